"""French date words (folded). Month and weekday names come from CLDR through babel
(:func:`geoevents.extract.lang.names`); here only the spellings news uses that CLDR lacks."""

EXTRA_MONTHS = {"fev": 2}

# Regex alternatives over folded text, read by the date finder (geoevents/extract/dates.py).
RELATIVE_YEAR = ("cette annee", "l'an dernier", "l'annee derniere", "l'an passe")
TIME_OF_DAY = ("soir", "matin", "apres-midi", "a l'aube")
RECENT = (
    "ces derniers jours",
    "ces dernieres semaines",
    "depuis (?:plusieurs|quelques|des) (?:jours|semaines)",
)
COMING = (
    "dans les (?:prochains jours|prochaines semaines|semaines a venir|jours a venir|prochains mois|mois a venir)",
)
# "dans les trois prochains jours", "d'ici deux semaines": the words before the count, the units
COMING_COUNT_BEFORE = ("dans les", "d'ici", "sous")
COMING_UNITS = ("jours", "semaines", "mois")
# "le lendemain" (1 day after the previous event), "le même jour" (0), "la veille" (-1)
ANAPHORA = {
    0: ("le meme jour", "ce jour-la", "plus tard dans la journee"),
    1: ("le lendemain", "un jour plus tard"),
    -1: ("la veille",),
}
ORDINALS = {
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
}
# Words one of which (or a digit) every date expression holds: a sentence without any has no date.
DATE_WORDS = """jour jours journee lendemain veille tard semaine semaines mois an ans annee annees nuit hier
    aujourd prise chute reprise liberation capture bataille depuis heures vingt"""
