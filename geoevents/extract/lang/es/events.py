"""Spanish event words (folded): triggers by event type, status, place and actor cues.

Each entry is a tuple of regex alternatives over folded text (lower case, no accents); the
engine (:mod:`geoevents.extract.events`) joins the packs' alternatives, with its own word
boundaries around them. Within a type, an earlier alternative wins where two match at the
same place.
"""

# Trigger words by event type (the engine's order of types is their priority).
TRIGGERS = {
    "airstrike": (
        r"bombardeos?",
        r"bombarde\w+",
        r"ataques? aereos?",
        r"ataques? con (?:drones?|misiles?|cohetes?|morteros?|artilleria)",
        r"ataques? de (?:drones?|artilleria|misiles?)",
        r"(?:incursiones|raids?) aere(?:as|os?)",
        r"misiles?",
        r"cohetes?",
        r"proyectiles",
        r"(?:fuego|disparos?) de (?:artilleria|morteros?|cohetes?)",
        r"artilleria",
        r"(?:lanzo|lanzaron|disparo|dispararon) (?:\w+ )?(?:misiles|cohetes|drones|proyectiles|obuses)",
        r"drones? (?:kamikaze|explosivos?|armados?)",
        r"dispar(?:o|aron)(?= (?:\w+ )?(?:contra|sobre)\b)",  # "disparó (ayer) contra una torre"
    ),
    "casualties": (
        r"murieron",
        r"murio",
        r"mueren",
        r"muere",
        r"muertos?",
        r"muertas?",
        r"fallecid[oa]s?",
        r"fallecieron",
        r"fallecio",
        r"heridos?",
        r"heridas",
        r"hiri(?:o|eron)",  # "hirió a dos cascos azules"
        r"lesionados?",
        r"(?:fue|fueron|resulto|resultaron) (?:asesinad|abatid|ejecutad)[oa]s?",
        r"asesinad[oa]s",
        r"abatid[oa]s?",
        r"mat(?:o|aron|ando)",
        r"(?:perdio|perdieron) la vida",
        r"victimas(?: mortales)?",
        r"cadaveres",
        r"masacres?",
        r"bajas",
    ),
    "capture": (
        r"tom(?:o|aron) el control",
        r"(?:ha|han|habia|habian|haber) (?:\w+ )?tomado",
        r"tom(?:o|aron)(?! (?:la palabra|posesion|nota|medidas|la decision|juramento|parte|cartas)\b)",
        r"toma (?:de|del)(?! (?:posesion|decisiones|rehenes)\b)",
        r"(?:ha |han )?recuper(?:o|aron|ado|ada|ar)",
        r"recuperacion",
        r"(?:ha |han )?retom(?:o|aron|ado|ada|ar)",
        r"reconquist\w+",
        r"(?:ha |han )?liber(?:o|aron|ado|ada|ar)",
        r"liberacion",
        r"captur\w+",
        r"control total",
        r"bajo (?:el )?control",
        r"controla(?:n|ba|ban)?",
        r"en manos d(?:e|el)",
        r"ca(?:yo|yeron) en manos",
        r"ocup(?:o|aron|ad[oa]s?|acion)",
        r"entr(?:o|aron) en",
        r"se (?:hizo|hicieron) con",
        r"conquist(?:o|aron|ado|ada)",
        r"expuls(?:o|aron|ado|ada|ados|adas)",  # "expulsaron a la guerrilla de tres veredas"
        r"cay(?:o|eron)(?! (?:sobre|en|un|una|al)\b)",
        r"ganancias territoriales",
    ),
    "offensive": (
        r"contraofensivas?",
        r"ofensivas?",
        r"asaltos?",
        r"operativos?",
        r"operacion(?:es)?",
        r"avanz\w+",
        r"avances?",
        r"incursion(?:es)?",
        r"march\w+ (?:sobre|hacia)",
        r"campana militar",
        r"arremetida",
        r"concentr(?:arse|o|aron|an) en",
        r"embestida",
    ),
    "clashes": (
        r"combates?",
        r"combat(?:ieron|en|ian|ia|e|iendo)",
        r"se disput(?:an|aron|a|aban)",
        r"enfrentamientos?",
        r"se enfrent\w+",
        r"enfrent(?:o|aron)",
        r"choques",
        r"escaramuzas?",
        r"batallas?",
        r"emboscadas?",
        r"ataques?",
        r"atac(?:o|aron|a|an|ar|ado|ados|ada|adas|ando|aba|aban|aron)",
        r"(?:intercambios?|cruce) de disparos",
        r"tiroteos?",
        r"balaceras?",
        r"hostigamientos?",
        r"hostig\w+",
        r"(?:abrio|abrieron) fuego",
        r"disparos",
        r"violencia",
        r"guerra",
        r"contraataques?",
        r"repeli\w+",
        r"irrump\w+",
        r"derrot\w+",
    ),
    "displacement": (
        r"desplazad[oa]s?",
        r"desplazamientos?",
        r"hu(?:ir|yeron|yo|yen|ido|yendo)",
        r"evacu\w+",
        r"refugiad[oa]s?",
        r"exodo",
        r"abandon\w+ sus (?:casas|hogares|viviendas|tierras|fincas|comunidades|pueblos)",
        r"confinad[oa]s?",
        r"confinamiento",
        r"cruzaron la frontera",
        r"albergues?",
    ),
    "statement": (
        r"anunci(?:o|aron|a|an|ado)",
        r"declar(?:o|aron|a|an|ado)",
        r"proclam(?:o|aron)",
        r"dij(?:o|eron)",
        r"dice",
        r"dicen",
        r"afirm\w+",
        r"asegur(?:o|aron|a|an)",
        r"indic(?:o|aron)",
        r"inform(?:o|aron|a|an)",
        r"denunci(?:o|aron|a|an)",
        r"conden(?:o|aron|a|an)",
        r"acus(?:o|aron|a|an)",
        r"neg(?:o|aron)",
        r"desminti\w+",
        r"advirti\w+",
        r"exigi\w+",
        r"pidi(?:o|eron)",
        r"pedir(?:a|an)",
        r"reclam(?:o|aron)",
        r"confirm(?:o|aron|a|an)",
        r"reivindic\w+",
        r"segun",  # "según la ONU", "según Médicos Sin Fronteras"
        r"comunicado",
        r"sostuvo",
        r"explic(?:o|aron)",
        r"relat(?:o|aron|an)",
        r"senal(?:o|aron)",
        r"prometi\w+",
        r"rechaz(?:o|aron)",
        r"manifest(?:o|aron)",
        r"insist(?:io|ieron)",
        r"advierte",
        r"calific(?:o|aron)",
        r"cont(?:o|aron)",
        r"testig\w+",
        r"reconoci(?:o|eron)",
        r"adelant(?:o|aron)",
        r"explic(?:a|an)",
        r"resumi(?:o|eron)",
        r"resume(?:n)?(?= (?:el|la|los|las|un|una)\b)",  # "..., resume el investigador"
        r"opin(?:o|aron|a|an)",
        r"advierten",
    ),
    "other": (
        r"retir(?:o|aron|ada|ado|adas|ados)",
        r"se retir\w+",
        r"repliegue",
        r"bloqueos?",
        r"bloque(?:o|aron|ad[oa]s?)",
        r"asedi\w+",
        r"sitiad[oa]s?",
        r"cerco",
        r"cercad[oa]s?",
        r"desplieg\w+",
        r"despleg\w+",
        r"refuerz\w+",
        r"reforz\w+",
        r"secuestr\w+",
        r"rehenes",
        r"detenid[oa]s?",
        r"detuv\w+",
        r"arrest\w+",
        r"protestas?",
        r"manifestacion(?:es)?",
        r"manifestantes",
        r"disturbios",
        r"saqueos?",
        r"paro armado",
        r"toque de queda",
        r"estado de (?:excepcion|emergencia|sitio)",
        r"alto el fuego",
        r"cese al fuego",
        r"tregua",
        r"negociaciones",
        r"dialogos?",
        r"conversaciones",
        r"reun\w+",
        r"cancel(?:o|aron|ado|ada|ados|adas)",
        r"acord(?:o|aron)",
        r"instal(?:o|aron|arse|ara|aran)",
        r"cumbre",
        r"acuerdos? de paz",
        r"acuerdos?",
        r"firm(?:o|aron|ado)",
        r"elecciones",
        r"comicios",
        r"votacion",
        r"explosion(?:es)?",
        r"explot\w+",
        r"coche bomba",
        r"artefactos? explosivos?",
        r"minas? antipersona",
        r"golpe de estado",
        r"asesinato",
        r"visit(?:o|aron|a)",
        r"lleg(?:o|aron|ara|aran)",
        r"envi(?:o|aron|ara|aran)",
        r"viaj(?:o|aron|ara|aran|a|an)",
        r"estara en",
        r"mant(?:iene|ienen|endra|endran|uvo|uvieron)",
        r"busc(?:a|an|aron|o)",
        r"cerc(?:a|an|aron|o)",
        r"hallad[oa]s?",
        r"fugas?",
        r"escap(?:o|aron)",
        r"desviad[oa]s?",
        r"consejo de seguridad",
        r"cierre",
        r"cerr(?:o|aron) (?:la|su|sus) fronteras?",
        r"suspend\w+",
        r"incendi\w+",
        r"quem(?:o|aron|ad[oa]s?)",
        r"extorsion\w*",
        r"rendicion",
        r"se rindi\w+",
        r"insurreccion",
        r"rebelion",
        r"levantamiento",
        r"patrull\w+",
    ),
}

# Modal and future forms that make an event planned.
PLANNED = (
    r"prepar\w*",
    "va a",
    "van a",
    "iba a",
    "iban a",
    "podria",
    "podrian",
    "deberia",
    "deberian",
    "debe",
    "deben",
    r"prev(?:e|en|isto|ista)",
    r"planea\w*",
    r"planific\w+",
    "pretende",
    "pretenden",
    r"amenaz\w+ con",
    "en los proximos",
    "en las proximas",
    "dentro de",
)
# The future tense as written, its accent kept ("viajará", "se reunirán", "podrá"; folded it
# reads like the past subjunctive "viajara"): a lower-case word ending in "-rá"/"-rán".
FUTURE_TENSE = (r"[a-zñéíóú]+rán?",)
# Aspect words that make an event ongoing.
ONGOING = (
    "en curso",
    r"continu\w+",
    r"sigu(?:e|en)",
    r"prosigu\w+",
    "todavia",
    "aun",
    r"avanzan",
    "se libra",
    "se libran",
    "estan en marcha",
)
# Head nouns of armed actors ("las fuerzas colombianas").
ACTOR_HEADS = (
    "fuerzas",
    "ejercito",
    "tropas",
    "militares",
    "milicias?",
    "rebeldes",
    "insurgentes",
    "guerrilleros",
    "yihadistas",
    "policia",
    "gobierno",
    "junta",
    "combatientes",
    "paramilitares",
    "soldados",
    "disidencias",
)
# Armed groups' names in Spanish (as written).
GROUPS = (
    "Estado Islámico",
    "Estado Islamico",
    "Clan del Golfo",
    "Cártel de Sinaloa",
    "Cartel de Sinaloa",
    "Tren de Aragua",
    "Segunda Marquetalia",
    "Sendero Luminoso",
)
# Number words up to five ("dos días después").
SMALL_NUMBERS = {
    "un": 1,
    "una": 1,
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
}
# An auxiliary (and maybe one word) right before a verb that tells it in the past ("han tomado").
PAST_AUXILIARIES = (
    "resultaron",
    "resulto",
    "resultó",
    "haber",
    "ha",
    "han",
    "habia",
    "habían",
    "había",
    "habian",
    "fue",
    "fueron",
    "hubo",
)
# A trigger word told in a past tense by its ending (folded), or opening with an auxiliary.
PAST_ENDINGS = ("aron", "ieron", "yeron")
PAST_TRIGGER_START = ("ha", "han", "habia", "habian", "haber", "fue", "fueron")
# Before a participle, words that make it present (none: past participles follow an auxiliary).
PRESENT_BEFORE = ()
# Words that open a clause naming when something happened ("el día en que").
WHEN_WORDS = ("cuando", "el dia en que", "el dia que")

# Triggers that tell a lasting state whose start is the event ("en manos del ELN desde"):
# alternatives matched at the trigger's start.
STATE_TRIGGERS = ("en manos d", "bajo (?:el )?control", "controla", "ocupad")
# A state told in the present ("que controla la provincia"): still so at publication.
PRESENT_STATE = ("controlan", r"controla(?= (?:la|el|los|las|una|un|todavia|aun|desde)\b)")
COPULAS = ("esta", "estan", "sigue", "siguen", "permanece", "permanecen")
STATE_ADVERBS = ("ya", "todavia", "aun", "ahora")
PERFECT_STATE = ()
# Words before a place the trigger points to ("la ofensiva sobre Cúcuta").
POINTING = (
    "sobre",
    "contra",
    "hacia",
    "a",
    "al",
    "de",
    "del",
    "cerca de",
    "cerca del",
    "alrededor de",
    "la ciudad de",
    "el municipio de",
    "tomar",
    "retomar",
    "recuperar",
    "atacar",
    "bombardear",
    "entrar en",
)
ARTICLES = ("la ", "el ", "los ", "las ")
# "declaró en Bogotá": where something was said, not where it happened.
SPOKEN = (
    r"declar\w*",
    r"anunci\w*",
    r"afirm\w*",
    r"dij\w+",
    r"inform\w*",
    "rueda de prensa",
    "conferencia de prensa",
    "comunicado",
    # quién habla: "un portavoz en Bogotá", "el Ministerio de Defensa en Madrid"
    r"portavoz",
    r"funcionarios?",
    "ministerio",
    "fuentes",
)
SPOKEN_AT = ("en", "desde")
# "lanzaron misiles desde el mar": where a strike was launched from.
LAUNCHED_FROM = ("desde",)
# "huyeron hacia Cúcuta": where people fled to.
DESTINATION = ("hacia", "rumbo a", "en direccion a", "hasta", "albergues? en", "refugio en")
# "dos días después", "al día siguiente de": days after what follows.
DAY_UNITS = ("dias?",)
AFTER = ("despues de", "tras")
NEXT_DAY = ("al dia siguiente (?:de |del |de la |de los )",)
# A conjunction before a trigger that links another verb ("y", "antes de").
LINKING = ("y", "antes de", "luego", "pero", "despues de", "tras")
# "según el ejército": an attribution.
ATTRIBUTION = ("segun ",)
# "los vecinos han huido desde entonces": a perfect with "since" runs up to publication.
SINCE_ADVERB = ("(?:ha|han|habia|habian) desde",)
# "tras la toma de", "desde el": what a date leans on.
AFTER_WHAT = ("tras", "después de", "despues de", "desde")

# Words opening a reported clause ("said that"): a date after them is what is reported.
COMPLEMENTIZERS = ("que",)

# "fue trasladado en helicóptero a Lima": where the wounded or the evacuated were taken, not where
# they were hurt.
TAKEN_TO = (r"(?:trasladad|evacuad|llevad|transportad)[oa]s?(?: en \w+)? (?:a|al|hacia|hasta)",)
OR = ("o",)
# Words before a place named as a landmark ("a 200 km de Trípoli", "la frontera con Colombia"): not
# where the event is.
REFERENCE = (
    r"fronteras? con",
    r"(?:kilometros|km)(?: al (?:norte|sur|este|oeste)(?:este|oeste)?)? (?:de|del)",
)

# "han muerto", "ha dejado al menos 80 muertos": a perfect count that runs up to publication.
PERFECT = (
    r"(?:ha|han)(?: sido| resultado)?",
    r"(?:ha|han) (?:dejado|causado|provocado|registrado|documentado)(?: [\w.]+){0,4}",
)

# Palabras que designan el país o la ciudad del artículo sin nombrarlos ("en el país", "la ciudad").
COUNTRY_ANAPHORS = ("el pais", "del pais", "nacional")
TOWN_ANAPHORS = ("la ciudad", "la localidad")

# Pronombres que abren una frase cuya declaración sigue a la anterior ("Él dijo").
PRONOUN_SUBJECTS = ("ella", "ellos", "ellas")  # not "él": folded, it is the article "el"
