"""French date words (folded). Month and weekday names come from CLDR through babel
(:func:`geoevents.extract.lang.names`); here only the spellings news uses that CLDR lacks."""

EXTRA_MONTHS = {"fev": 2}

# Regex alternatives over folded text, read by the date finder (geoevents/time/find.py).
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
DATE_WORDS = """decennie decennies jour jours journee lendemain veille tard semaine semaines mois an ans annee annees nuit hier
    aujourd prise chute reprise liberation capture bataille depuis heures vingt week"""  # "week-end"

# ---- words the date grammar's shared rules are made of (geoevents/time/find.py: the
# rule "{PART} {OF_MONTH} {MONTH} {OF_YEAR} {YEAR}" reads "début du mois d'octobre 2017")
DAY_ARTICLE = ("le",)  # before a day: "le 17 octobre"
DAY_OF = ()  # between a day and its month
IN = ("en",)  # before a month or a year: "en août", "en 2014"
IN_MONTH = ("en", "au mois d'", "au mois de")
AND = ("et",)
LAST_BEFORE = ()  # before a month: none in French
LAST_AFTER = ("dernier",)  # after a month: "en mai dernier"
OF_MONTH = ("d'", r"de\s+", "du mois d'", r"du mois de\s+")  # between a part and a month: "fin d'octobre"
OF_YEAR = (r"de\s+",)  # between a month and a year
OF_PART_YEAR = (r"de\s+", "d'")  # between a part and a year: "fin de 2014"
NIGHT_OF = (r"(?:dans\s+)?la nuit de",)  # "dans la nuit de samedi à dimanche"
NIGHT_OF_TO = ("a", "au")
WEEKEND = (r"(?:ce|le)\s+week-?end(?:\s+dernier)?",)
ON_DAY = ("le",)  # before two weekdays: "le samedi et dimanche"
WEEKDAY_BEFORE = ()  # before a weekday: none in French
WEEKDAY_AFTER = ("dernier", "prochain", "passe")  # after a weekday: "samedi dernier"
FOR = ("pour",)  # "un sommet convoqué pour mercredi": the coming one
ON_WEEKDAY = ()
NIGHT = ("la nuit derniere", "cette nuit", "dans la nuit(?! de)")
HOURS_24_BEFORE = ("en", "au cours des", "ces dernieres")
TWENTY_FOUR = ("vingt-quatre",)
HOURS = ("heures",)
DAY_WORDS = ("hier", "aujourd'hui")
WEEK = ("la semaine (?:derniere|passee|prochaine)", "cette semaine")
MONTH_RELATIVE = ("le mois (?:dernier|passe|prochain)",)
EARLIER_LATER = (
    r"plus\s+(?:tot|tard)\s+(?:ce\s+mois-ci|dans\s+le\s+mois|cette\s+semaine|dans\s+la\s+semaine)",
)
DECADE = (r"les\s+annees\s+(?:1[89]\d0|20\d0)",)
MONTH_EDGE_ARTICLE = ("a", "la")  # "à la fin du mois"
MONTH_EDGE = ("fin", "debut")
OF_THIS_MONTH = (r"du\s+mois",)
WEEK_START = (r"le\s+debut\s+(?:de\s+la|de\s+cette)\s+semaine",)
EARLY_THIS_YEAR = ("debut de l'annee", "le debut de l'annee")
WEEKEND_WORD = ("week-end",)
SINCE = ("depuis",)  # open since: runs to publication
FROM = ("a partir d[eu']", "a compter d[eu']")  # starts then: may lie ahead
SINCE_ARTICLE = ("le", "en", "la")
UNTIL = (r"d'ici\s+(?:au|a|le|la fin d[e'])?", "jusqu'(?:au|a|en)")
UNTIL_ARTICLE = ("la",)
AFTER = ("apres", "depuis")  # "après la prise de X": a date that leans on another event
THE = ("la",)
CAPTURE_NOUNS = ("prise", "chute", "reprise", "liberation", "bataille")
OF = (r"de\s+", "d'")
PLACE_STOPS = ("en", "a", "au", "le", "la", "les", "de", "du", "des", "et", "dans", "par", "depuis")
SINCE_EVENT = ("depuis",)  # "depuis le début de l'offensive"
SINCE_EVENT_OPENERS = (
    "le (?:debut|declenchement) (?:de la |de l'|des |du |de )",
    "l'eclatement (?:de la |de l'|des |du )",
    r"que (?:la |le |l'|les )?(?=[a-z][\w'-]* (?:a|ont) (?:commence|eclate|debute))",
)
TIME_NOUNS = ("mois", "semaine", "annee", "an", "jour", "decennie", "siecle")
ARTICLES = ("la", "le", "les", "des", "du", "l'")
BEGAN = ("a commence", "ont commence", "a eclate", "ont eclate", "a debute")
SINCE_THEN = ("depuis lors", "depuis ce jour")
# A clause dating its subject's start ("Les combats, lancés début juin, ont fait 3 000 morts"):
# a tally told after it runs from that start to publication.
STARTED_CLAUSE = ("lancee?s?", "declenchee?s?", "entamee?s?", "(?:a|ont) (?:commence|eclate|debute)")
ABOUT_LATER = ("moins de ", "environ ", "a peine ")
LATER_UNITS = ("jours?", "heures", "semaines?")
LATER = ("plus tard",)
FEW = ("quelques", "plusieurs")  # "a few hours later": the same day
LASTING_BEFORE = ("apres", "au terme d[e']", "a l'issue d[e']")
ABOUT = ("plus de ", "pres de ", "environ ", "quelque ")
UNITS = ("jours?", "semaines?", "mois", "ans", "annees")
OF_NOUN = ("de", "d'")
THE_NTH = ("le", "la")
ORDINAL_SUFFIXES = ("e", "eme")
NTH_UNITS = ("jour", "semaine")
UNIT_STEMS = {
    "day": ("jour",),
    "week": ("semaine",),
    "month": ("mois",),
    "year": ("an", "annee"),
    "decade": ("decenni",),
}
WEEKS = ("semaines",)
YEAR_OF = ("de", "du")  # "l'accord de paix de 2016": the year of the noun before
RANGE_TO = ("a", "au", "et")
YEAR_DETERMINERS = ()
DATE_LEADS = ("en", "le", "au", "debut", "fin")
MID_PREFIX = ("mi-",)
BETWEEN = ("entre", "de", "du")
BETWEEN_AND = ("et", "a", "au", "jusqu'a", "jusqu'au", "jusqu'en")
DAY_RANGE_FROM = ("du",)  # "du 3 au 5 mars"
DAY_RANGE_TO = ("au",)
MID = ("mi", "milieu")
SUPERLATIVES = (
    "le plus",
    "la plus",
    "les plus",
    "premiere?s?",
    "(?:le|la|les) (?:pire|meilleur|meilleure)s?",
)

# ---- words of the value parser (geoevents/time/parse.py), which reads a value or phrase whole
NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
}
# the part of a month or year a word names ("début octobre", "mi-2016", "fin 2021")
PART_WORDS = {
    "debut": "early",
    "au debut de": "early",
    "debut de": "early",
    "mi": "mid",
    "mi-": "mid",
    "milieu de": "mid",
    "fin": "late",
    "fin de": "late",
    "a la fin de": "late",
}
END_WORDS = ("fin", "fin de", "a la fin de")  # of a year: narrower than "late" (November and December)
YEAR_PART_WORDS = {"debut": "early", "milieu": "mid", "fin": "end"}
SEASONS = {"printemps": "spring", "ete": "summer", "automne": "autumn", "hiver": "winter"}
VALUE_SINCE = ("depuis", "a partir de", "des")
TODAY = ("aujourd'hui", "ce jour")
YESTERDAY = ("hier",)
LAST_WEEK = ("la semaine derniere", "la semaine passee")
OVERNIGHT = ("cette nuit", "la nuit derniere", "dans la nuit")
# weekdays: "le lundi", "ce lundi" (the latest on or before the anchor), "jeudi dernier"
# (before it), "d'ici dimanche", "pour mercredi", "dimanche prochain" (after it)
WEEKDAY_ON = ("le", "ce")
LAST_WEEKDAY_AFTER = ("dernier", "passe")
NEXT_WEEKDAY_BEFORE = ("d'ici", "d'ici a", "pour", "pour le")
NEXT_WEEKDAY_AFTER = ("prochain",)
VALUE_TIME_OF_DAY = ("dans la nuit",)  # "lundi dans la nuit"
VALUE_WEEKEND = (
    "ce week-?end",
    "le week-?end(?: dernier)?",
    "(?:au cours du |pendant le |durant le )week-?end(?: dernier)?",
)
START_ARTICLE = ("le",)
START_WORDS = ("debut",)
OF_THE_WEEK = ("de la", "de cette")
WEEK_WORDS = ("semaine",)
THIS_WEEK = ("cette semaine",)
NEXT_WEEK = ("la semaine prochaine",)
EARLIER_LATER_VALUE = (
    r"plus (?P<when>tot|tard) (?:ce |cette |dans le |dans la )(?P<unit>mois-ci|mois|semaine)",
)
EARLIER = ("tot",)
DECADE_BEFORE = ("depuis",)
DECADE_VALUE = (r"les annees (?P<decade>1[89]\d0|20\d0)",)
LAST_MONTH = ("le mois dernier", "le mois passe")
NEXT_MONTH = ("le mois prochain",)
LAST_MONTH_IN = ("en",)  # "en mai dernier"
MONTH_EDGE_LATE = ("fin",)
THIS_YEAR_PART_BEFORE = ("au", "le", "a la", "la")
OF_THIS_YEAR = ("de l'annee",)
THIS_YEAR = ("cette annee",)
LAST_YEAR = ("l'an dernier", "l'annee derniere", "l'an passe")
# seasons: "l'automne", "cet hiver", "l'été 2014"; "été" (also "been") only with a word that makes it one
SEASON_BEFORE = ("l'", "a l'", "au ", "en ", "cet ", "ce ", "le ", "pendant l'", "durant l'")
AMBIGUOUS_SEASONS = ("ete",)
AMBIGUOUS_SEASON_BEFORE = ("(?:a |durant |pendant )?(?:l'|cet )",)
SEASON_OF = ("de ", "d'")
SEASON_LAST = ("dernier", "passe")  # "l'automne dernier"
COUNT_UNITS = ("jours?", "semaines?", "mois", "ans", "annees?", "decennies?")
COUNT_ABOUT = ("environ ", "pres de ", "plus de ", "a peine ")
AGO_BEFORE = ("il y a",)
PAST_COUNT = (
    r"(?:au cours (?:des|de ces) |pendant (?:les|ces) |ces |les )(?P<n>{count})"
    r" (?:derniers jours|dernieres semaines|derniers mois)",
    r"en (?:l'espace d'|l'espace de |moins d'|moins de |a peine |tout juste )?(?P<n>{count}) (?:jours|semaines|mois)",
)
# days and months read whole: "le 1er octobre", "début du mois d'octobre", "au mois de mai 2017"
DAY_SUFFIXES = ("er",)  # "1er"
FIRST_DAY_SUFFIX = ("er",)  # "du 1er au 5 mars", "1er-3 mars"
VALUE_SINCE_ARTICLE = ("le ", "l'", "en ", "la ")
DAY_BEFORE = ("le ",)
PART_MONTH_OF = ("d'", "de ", "du mois d'", "du mois de ")
PART_YEAR_OF = ("de ",)
VALUE_IN_MONTH = ("en ", "au mois d'", "au mois de ", "le mois d'")
COMING_NEXT = ("prochain(?:e?s)",)  # "dans les trois prochains jours"
