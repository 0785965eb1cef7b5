"""Spanish word lists, folded (lower case, no accents), as the engine compares them.

General-language lists, not lists of answers: nothing here names a place of any particular
article. What each list is for: :mod:`geoevents.extract.lexicon`.
"""

# Stopwords the language detector counts (accents kept: the detector reads lower-cased text).
# Words Spanish shares with French or English ("de", "la", "en", "a") count for both; the
# others decide.
STOPWORDS = """el la los las de del al y en que se un una por para con no su sus lo como pero más
    fue muy sin hasta desde según también este esta estos donde cuando porque hay fueron tras
    durante sobre dijo ayer después años hacia entre contra ha han había habían"""

COMMON_WORDS = """
    hubo habia fue fueron era es son esta estan segun y o u con sin por para segun tras desde hasta hacia entre contra sobre durante
    mientras ademas tambien aunque pero sino donde cuando como cual quien este esta estos estas ese esa
    aquel ayer anteayer hoy manana anoche ahora luego despues antes todavia aun ya
    lunes martes miercoles jueves viernes sabado domingo
    mundo internacional noticias portada inicio ultima hora directo video videos foto fotos
    politica economia cultura deportes sociedad opinion
    suscribete suscribirse compartir comentarios
    ciudad pueblo pais region provincia departamento estado municipio norte sur este oeste centro
    presidente presidenta ministro ministra general coronel capitan jefe portavoz vocero ejercito
    gobierno fuerzas policia fiscalia nacional defensa independencia medicina consejo
    aqui alli ahi cae caen sus
    uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte cien cientos mil miles
    mas menos varios varias decenas cientos centenares
    """

FUNCTION_WORDS = """del al y con por para desde hasta tras sobre entre hacia segun durante contra sin"""

COMMON_PHRASES = ("la ciudad", "casco antiguo", "centro de la ciudad", "el consejo")

TITLES = """
    sr sra srta dr dra lic ing
    coronel teniente teniente-coronel capitan comandante sargento cabo soldado general
    almirante mariscal brigadier mayor
    presidente presidenta expresidente expresidenta mandatario mandataria
    ministro ministra exministro exministra canciller secretario secretaria
    portavoz vocero vocera embajador embajadora enviado enviada emisario
    jefe jefa director directora coordinador coordinadora
    periodista corresponsal analista investigador investigadora experto experta
    profesor profesora doctor doctora
    rey reina principe princesa papa cardenal obispo monsenor sacerdote padre
    senador senadora diputado diputada alcalde alcaldesa gobernador gobernadora
    juez jueza fiscal abogado abogada defensor defensora
    comisionado comisionada comisario comisaria inspector agente oficial
    alias lider cabecilla
    """

ORG_AFTER = """generacion europea"""

# None: Spanish puts the people after its noun ("las milicias de Arauca"), so a group noun after
# a name belongs to the next phrase ("Cauca: disidencias atacan").
GROUP_NOUNS = ""

ORG_BEFORE = ""

NAMED_THINGS = """barco buque ferry carguero fragata petrolero oleoducto gasoducto
    operacion bautizada bautizado llamado llamada hotel estadio
    diario periodico pelicula libro"""

# Words before a name that make it part of an organisation's name ("el Cártel de Sinaloa",
# "el Clan del Golfo", "las Fuerzas Armadas Revolucionarias de Colombia"): regex alternatives
# ending where the name starts.
ORG_LEAD = (
    r"(?:cartel(?:es)?|clan|bloque) (?:de|del|de los)",
    r"(?:frente|ejercito|movimiento) (?:\w+ )?(?:de|para la) liberacion(?: nacional)?(?: de| del)?",
    r"(?:gobernacion|embajada|alcaldia|fiscalia|cancilleria|consulado) (?:de|del)",
    r"(?:brigada|batallon|mision|operacion)(?: (?:naval|militar|europea|internacional|conjunta))*",
    r"(?:policia|guardia)",
    r"fuerzas armadas revolucionarias de",
    r"autodefensas (?:unidas |gaitanistas )?de",
    r"(?:universidad|diario|periodico|heraldo|correo|radio) (?:nacional )?(?:de|del)",
)

COMPARISON_BEFORE = (
    "otro",
    "otra",
    "peor que",
    "como en",
    "como lo fue",
    "parece",
    "lo de",
    "el destino de",
    "la suerte de",
    "como",
    "al estilo de",
    "comparada con",
    "comparado con",
    "comparable a",
    "un nuevo",
    "una nueva",
)
COMPARISON_VERBS = ("compar", "evoca", "evocando", "recuerda", "se parece")

ACTOR_VERBS = """dijo dijeron dice dicen afirma afirman afirmo afirmaron anuncia anuncian anuncio anunciaron
    acusa acusan acuso acusaron niega niegan nego negaron denuncia denuncian denuncio denunciaron
    condena condenan condeno condenaron exige exigen exigio exigieron pide piden pidio pidieron
    advierte advierten advirtio advirtieron amenaza amenazan amenazo amenazaron promete prometen
    prometio prometieron rechaza rechazan rechazo rechazaron confirma confirman confirmo confirmaron
    asegura aseguran aseguro aseguraron sostiene sostienen sostuvo reconoce reconocen reconocio
    reconocieron responde responden respondio respondieron insta instan insto instaron
    envia envian envio enviaron enviara enviaran despliega despliegan desplego desplegaron
    lanza lanzan lanzo lanzaron bombardea bombardean bombardeo bombardearon ataca atacan ataco
    atacaron avanza avanzan avanzo avanzaron evacua evacuan evacuo evacuaron prepara preparan
    preparo prepararon declara declaran declaro declararon suspende suspenden suspendio suspendieron
    felicita felicitan felicito felicitaron descarta descartan descarto descartaron dispara disparan
    disparo dispararon informa informan informo informaron califica calificaron califico
    considera consideran considero critica criticaron critico ordena ordenan ordeno ordenaron
    decidio decidieron firmo firmaron cerro cerraron cierra cierran retira retiran retiro retiraron
    expulsa expulso expulsaron convoca convoco convocaron mantiene mantienen mantuvo
    promete prometera pedira pediran debe deben quiere quieren busca buscan
    ha han habia habian"""
ACTOR_PARTICIPLES = """dicho afirmado anunciado acusado negado denunciado condenado exigido pedido advertido
    amenazado prometido rechazado confirmado asegurado reconocido respondido enviado desplegado
    lanzado bombardeado atacado retomado tomado recuperado cerrado expulsado convocado pronunciado
    reaccionado"""
ACTOR_BEFORE = (
    "por parte de",
    "acusa a",
    "acuso a",
    "acusan a",
    "liderada por",
    "liderado por",
    "dirigida por",
    "dirigido por",
    "ocupada por",
    "ocupado por",
    "respaldada por",
    "respaldado por",
    "apoyada por",
    "apoyado por",
    "controlada por",
    "controlado por",
)
# Words that may stand between a subject and its verb ("Caracas lo negó", "Bogotá no se ha
# pronunciado", "Bogotá también prepara").
PRE_VERB = "no lo se ya tambien aun todavia nunca"
# "EE.UU. y el Reino Unido bombardean": a second subject.
SUBJECT_AND = "y"
SUBJECT_ARTICLES = "el los las"
POSSESSIVE_ACTOR_NOUNS = ""

# Words after which a full stop does not end a sentence (lower-cased, accents kept, no dot).
ABBREVIATIONS = """sr sra srta dr dra gral cnel tte cap sgto lic ing ud uds etc pág núm
    ene feb mar abr jun jul ago sept oct nov dic"""

# Feature words before a name that tell the resolver its kind ("provincia de Idlib", "el río
# Magdalena", "el paso fronterizo de Rafah"): regex alternatives ending where the name starts.
FEATURE_BEFORE = (
    r"(?:el |la |los )?(?:departamento|provincia|region|estado|municipio|rio|lago|represa|presa|"
    r"embalse|yacimientos? petroliferos?|yacimientos? de (?:petroleo|gas)|yacimientos?|campos? petroleros?|"
    r"paso fronterizo|cruce fronterizo|puesto fronterizo)\s+(?:de |del |de la |de los )?(?:la |el )?",
)
FEATURE_AFTER = ()
FEATURE_END_WORDS = "de del la el rio lago"
FEATURE_START_WORDS = ""
# "la cooperación militar con Caracas": a state one deals with is an actor.
RELATION_NOUNS = (
    "cooperacion",
    "relaciones",
    "lazos",
    "negociaciones",
    "conversaciones",
    "dialogo",
    "acuerdos?",
    "alianza",
    "ruptura",
    "contactos",
)
RELATION_ADJECTIVES = ("militar", "militares", "diplomaticas?", "bilaterale?s?", "economicas?", "directas?")
RELATION_WITH = ("con",)
# Auxiliaries after a name that need a participle to make it an actor ("Caracas ha negado").
AUXILIARIES = "ha han habia"
ADVERBS = "ya tambien todavia finalmente oficialmente"
