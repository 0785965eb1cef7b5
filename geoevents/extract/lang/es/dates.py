"""Spanish date words (folded). Month and weekday names come from CLDR through babel
(:func:`geoevents.extract.lang.names`); here only the spellings news uses that CLDR lacks,
and the CLDR abbreviations left out because they are common words of a language read."""

EXTRA_MONTHS = {"setiembre": 9}
# CLDR's "ago" (agosto) is English "ago" ("three days ago"): not read as a month.
CLDR_SKIP = ("ago",)

# Regex alternatives over folded text, read by the date finder (geoevents/time/find.py).
RELATIVE_YEAR = ("este ano", "el ano pasado", "el pasado ano", "el ano anterior", "ano pasado")
TIME_OF_DAY = ("por la manana", "por la tarde", "por la noche", "en la madrugada", "de madrugada")
RECENT = (
    "en (?:los|estos) ultimos dias",
    "en (?:las|estas) ultimas semanas",
    "(?:desde|durante) hace (?:varios|algunos|unos) dias",
    "(?:desde|durante) hace (?:varias|algunas|unas) semanas",
)
COMING = (
    "en (?:los proximos dias|las proximas semanas|los proximos meses|las semanas venideras|los dias venideros)",
)
# "en los próximos tres días", "dentro de dos semanas": the words before the count, the units
COMING_COUNT_BEFORE = ("en los proximos", "en las proximas", "dentro de", "en un plazo de")
COMING_UNITS = ("dias", "semanas", "meses")
# "al día siguiente" (1 day after the previous event), "ese mismo día" (0), "la víspera" (-1)
ANAPHORA = {
    0: ("ese mismo dia", "el mismo dia", "ese dia", "mas tarde ese dia"),
    1: ("al dia siguiente", "un dia despues", "un dia mas tarde"),
    -1: ("la vispera", "el dia anterior"),
}
ORDINALS = {
    "segundo": 2,
    "segunda": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
    "sexto": 6,
    "sexta": 6,
    "septimo": 7,
    "septima": 7,
    "octavo": 8,
    "octava": 8,
    "noveno": 9,
    "novena": 9,
    "decimo": 10,
    "decima": 10,
}
# Words one of which (or a digit) every date expression holds: a sentence without any has no date.
DATE_WORDS = """decada decadas manana madrugada dia dias semana semanas mes meses ano anos noche madrugada ayer anteayer anoche hoy
    vispera siguiente toma caida captura recuperacion liberacion batalla desde horas veinticuatro
    principios mediados finales fines comienzos inicios"""

# ---- words the date grammar's shared rules are made of (geoevents/time/find.py: the
# rule "{PART} {OF_MONTH} {MONTH} {OF_YEAR} {YEAR}" reads "a principios de octubre de 2017")
DAY_ARTICLE = ("el",)  # before a day: "el 17 de octubre"
DAY_OF = ("de",)  # between a day and its month: "17 de octubre"
IN = ("en",)  # before a month or a year: "en agosto", "en 2014"
IN_MONTH = ("en", "en el mes de", "durante el mes de")
AND = ("y",)
LAST_BEFORE = ()
LAST_AFTER = ("pasado",)  # after a month: "en mayo pasado"
OF_MONTH = (r"de\s+", r"del\s+mes\s+de\s+")  # between a part and a month: "finales de octubre"
OF_YEAR = (r"de\s+", r"del\s+")  # between a month and a year: "agosto de 2014", "mayo del año pasado"
OF_PART_YEAR = (r"de\s+", r"del\s+")  # between a part and a year: "finales de 2021"
NIGHT_OF = (r"(?:en\s+)?la\s+(?:noche|madrugada)\s+del",)  # "la noche del viernes al sábado"
NIGHT_OF_TO = ("al",)
WEEKEND = (
    r"(?:el|este)\s+(?:pasado\s+)?fin\s+de\s+semana(?:\s+pasado)?",
    r"durante\s+el\s+fin\s+de\s+semana",
)
ON_DAY = ("el",)  # before two weekdays: "el sábado y domingo"
SECOND_DAY_ARTICLE = ("el",)  # before the second of two weekdays: "el lunes y el martes"
WEEKDAY_BEFORE = ("el pasado", "el proximo", "este pasado")  # "el pasado martes"
WEEKDAY_AFTER = (r"pasado", r"proximo", r"que viene")  # "el martes pasado" (read with its article)
FOR = ("para",)  # "una reunión convocada para el miércoles": the coming one
ON_WEEKDAY = ("el", "este")
NIGHT = ("la pasada noche", "durante la noche")
HOURS_24_BEFORE = ("en", "en las ultimas", "durante las ultimas")
TWENTY_FOUR = ("veinticuatro",)
HOURS = ("horas",)
# "mañana" is tomorrow, but "esta mañana" (this morning: today) and "por la mañana" (in the morning)
DAY_WORDS = (
    "anteayer",
    "antier",
    "ayer",
    "anoche",
    "hoy",
    "esta manana",
    "esta madrugada",
    "pasado manana",
    r"(?<!la )(?<!esta )(?<!pasado )(?<!de )manana(?! (?:del|de la|de los)\b)",
)
WEEK = (
    "la semana (?:pasada|anterior|proxima|que viene)",
    "la proxima semana",
    "la pasada semana",
    "esta semana",
)
MONTH_RELATIVE = ("el mes (?:pasado|anterior|proximo|que viene)", "el proximo mes", "el pasado mes")
EARLIER_LATER = (r"(?:a\s+)?(?:principios|comienzos)\s+de\s+(?:este\s+mes|esta\s+semana)",)
DECADE = ()
MONTH_EDGE_ARTICLE = ("a",)  # "a finales de mes"
MONTH_EDGE = ("finales", "fines", "principios", "comienzos")
OF_THIS_MONTH = (r"de\s+mes", r"del\s+mes", r"de\s+este\s+mes")
WEEK_START = ()
EARLY_THIS_YEAR = ("a principios de este ano", "a principios de ano")
WEEKEND_WORD = ("fin de semana",)
SINCE = ("desde",)  # open since: runs to publication
FROM = ("a partir del?",)  # starts then: may lie ahead
SINCE_ARTICLE = ("el", "la", "en")
UNTIL = ("hasta",)
UNTIL_ARTICLE = ("el", "la")
AFTER = ("tras", "despues de", "luego de", "desde")  # "tras la toma de X": a date that leans on another event
THE = ("la", "el")
CAPTURE_NOUNS = ("toma", "caida", "captura", "recuperacion", "reconquista", "liberacion", "batalla")
OF = (r"de\s+",)
PLACE_STOPS = ("en", "a", "al", "el", "la", "los", "las", "de", "del", "y", "por", "desde")
SINCE_EVENT = ("desde",)  # "desde el inicio de la ofensiva"
SINCE_EVENT_OPENERS = (
    "el (?:inicio|comienzo|estallido) (?:de la |del |de los |de las |de )",
    r"que (?:la |el |los |las )?(?=[a-z][\w'-]* (?:comenzo|empezo|estallo|inicio))",
)
TIME_NOUNS = ("mes", "semana", "ano", "dia", "decada", "siglo")
ARTICLES = ("la", "el", "los", "las", "del")
BEGAN = ("comenzo", "empezo", "estallo", "inicio")
SINCE_THEN = ("desde entonces", "desde ese dia", "desde aquel dia")
# A clause dating its subject's start ("Los combates, iniciados en junio, han dejado 300 muertos"):
# a tally told after it runs from that start to publication.
STARTED_CLAUSE = ("lanzad[oa]s?", "iniciad[oa]s?", "comenzo", "empezo", "estallo", "inicio")
ABOUT_LATER = ("menos de ", "unos ", "unas ", "apenas ")
LATER_UNITS = ("dias?", "horas", "semanas?")
LATER = ("despues", "mas tarde")
FEW = ("unas", "algunas", "pocas", "varias")  # "a few hours later": the same day
LASTING_BEFORE = ("tras", "despues de", "al cabo de", "luego de")
ABOUT = ("mas de ", "casi ", "unos ", "unas ", "cerca de ")
UNITS = ("dias?", "semanas?", "meses", "anos")
OF_NOUN = ("de",)
THE_NTH = ("el", "la")
ORDINAL_SUFFIXES = ("o", "er")
NTH_UNITS = ("dia", "semana")
UNIT_STEMS = {
    "day": ("dia",),
    "week": ("semana",),
    "month": ("mes",),
    "year": ("ano",),
    "decade": ("decada",),
}
WEEKS = ("semanas",)
YEAR_OF = ("de", "del")  # "el acuerdo de paz de 2016": the year of the noun before
RANGE_TO = ("a", "al", "y")
YEAR_DETERMINERS = ()
DATE_LEADS = ("en", "el", "a", "desde", "principios", "mediados", "finales")
MID_PREFIX = ()
BETWEEN = ("entre", "desde")
BETWEEN_AND = ("y", "a", "hasta")
DAY_RANGE_FROM = ("del",)  # "del 3 al 5 de marzo"
DAY_RANGE_TO = ("al",)
MID = ("mediados",)
SUPERLATIVES = (
    "el mas",
    "la mas",
    "los mas",
    "las mas",
    "primera?s?",
    "primeros?",
    "(?:el|la|los|las) (?:mayor|peor|menor|mejor)(?:es)?",  # "la mayor incursion desde ..."
)

# ---- words of the value parser (geoevents/time/parse.py), which reads a value or phrase whole
NUMBERS = {
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
    "quince": 15,
}
# the part of a month or year a word names: "a principios de", "a mediados de", "a finales de"
# (with or without "a")
PART_WORDS = {
    "principios de": "early",
    "a principios de": "early",
    "comienzos de": "early",
    "a comienzos de": "early",
    "inicios de": "early",
    "a inicios de": "early",
    "mediados de": "mid",
    "a mediados de": "mid",
    "finales de": "late",
    "a finales de": "late",
    "fines de": "late",
    "a fines de": "late",
}
END_WORDS = ("finales de", "a finales de", "fines de", "a fines de")  # of a year: November and December
VALUE_SINCE = ("desde", "a partir del")
TODAY = ("hoy", "esta manana", "esta madrugada")
# "anoche" is the evening of the day before: a day, as the Spanish gold set reads it
YESTERDAY = ("ayer", "anoche")
DAY_BEFORE_YESTERDAY = ("anteayer", "antier")
TOMORROW = ("manana",)
DAY_AFTER_TOMORROW = ("pasado manana",)
LAST_WEEK = ("la semana pasada", "la semana anterior", "la pasada semana")
OVERNIGHT = ("la pasada noche", "durante la noche")
# weekdays: "el lunes", "este lunes" (the latest on or before the anchor), "el pasado martes",
# "el martes pasado" (before it), "el próximo domingo", "para el miércoles" (after it)
WEEKDAY_ON = ("el", "este")
WEEKDAY_ARTICLE = ("el",)  # "el martes pasado", "el domingo que viene"
LAST_WEEKDAY_BEFORE = ("el pasado", "este pasado")
LAST_WEEKDAY_AFTER = ("pasado",)
NEXT_WEEKDAY_BEFORE = ("el proximo", "para el", "para", "hasta el")
NEXT_WEEKDAY_AFTER = ("proximo", "que viene")
VALUE_WEEKEND = ("(?:el |este )(?:pasado )?fin de semana(?: pasado)?", "durante el fin de semana")
THIS_WEEK = ("esta semana",)
NEXT_WEEK = ("la proxima semana", "la semana (?:proxima|que viene)")
LAST_MONTH = ("el mes (?:pasado|anterior)", "el pasado mes")
NEXT_MONTH = ("el proximo mes", "el mes (?:proximo|que viene)")
LAST_MONTH_IN = ("en",)  # "en mayo pasado"
MONTH_EDGE_LATE = ("finales", "fines")
THIS_YEAR = ("este ano",)
LAST_YEAR = ("(?:el )?ano pasado", "el pasado ano", "el ano anterior")
COUNT_UNITS = ("dias?", "semanas?", "mes", "meses", "anos?", "decadas?")
COUNT_ABOUT = ("unos ", "unas ", "casi ", "mas de ", "apenas ")
AGO_BEFORE = ("hace",)
PAST_COUNT = (r"(?:en |durante )?(?:los|las) (?:ultimos|ultimas) (?P<n>{count}) (?:dias|semanas|meses)",)
# days and months read whole: "el 17 de octubre de 2017", "a finales del mes de octubre"
VALUE_SINCE_ARTICLE = ("el ", "la ")
DAY_BEFORE = ("el ",)
DAY_MONTH_OF = ("de ",)
DAY_YEAR_OF = ("de ", "del ")
PART_MONTH_OF = ("del mes de ",)
MONTH_YEAR_OF = ("de ", "del ")
PART_YEAR_OF = ("del ",)
VALUE_IN_MONTH = ("en ", "en el mes de ", "durante el mes de ")
IN_MONTH_YEAR_OF = ("de ", "del ")
