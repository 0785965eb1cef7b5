"""French event words (folded): triggers by event type, status, place and actor cues.

Each entry is a tuple of regex alternatives over folded text (lower case, no accents); the
engine (:mod:`geoevents.extract.events`) joins the packs' alternatives, with its own word
boundaries around them. Within a type, an earlier alternative wins where two match at the
same place.
"""

# Trigger words by event type (the engine's order of types is their priority).
TRIGGERS = {
    "airstrike": (
        r"frappes?(?: aeriennes?| russes?| de drones?| americaines?)?",
        r"raids? aeriens?",
        r"bombardements?",
        r"bombard\w*",
        r"pilonn\w+",
        r"obus",
        r"tirs? de (?:roquettes?|missiles?|mortiers?|drones?)",
        r"roquettes?",
        r"missiles? (?:ont|a) ",
        r"sorties",
        r"a tire",
        r"ont tire",
        r"tirent",
        r"missiles",
        r"tirs? d'artillerie",
        r"touchee?s? par des tirs",
        r"ont ete touchee?s",
    ),
    "casualties": (
        r"(?:ont ete|a ete|sont|ete) tu(?:e|es|ee|ees)\b",
        r"tu(?:es|ee|ees)",
        r"morts",
        r"blessee?s?",  # "un soldat a été blessé", "ont blessé deux civils"
        r"blessant",
        r"tuant",
        r"(?:avoir|a|ont|avait|avaient) tue",
        r"massacr\w*",
        r"succombe\w*",
        r"(?:a|ont|avait|avaient)(?: \w+)? peri",
        r"(?:ont ete|ete|sont) (?:assassinee?s|massacree?s|executee?s)",
    ),
    "capture": (
        r"pris le controle",
        r"pris(?= (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
        r"(?:avoir|a|ont|avait|avaient|aurait|auraient) (?:deja |aussi |egalement )?pris",
        r"occupe\w*",
        r"occupation",
        r"aux mains des",
        r"repris\w*",
        r"reprise",
        r"reprendre",
        r"captur\w+",
        r"controle total",
        r"liberation",
        r"libere\w*",
        r"entree?s? dans",
        r"tombee? aux mains",
        r"(?<=la )chute d(?:e |')",
        r"chass(?:e|es|ee|ees|ent|aient|ait|er)(?! de chez)",  # "ont chassé les shebab de plusieurs villages"
        r"aux mains d[eu']",
        r"prise (?:du|de la|de l'|des|de|d')(?! ?(?:otages?|position|parole|conscience|contact|fonction|sang|decision|pouvoir|vue|main|risque)\b)",
        r"(?<!obus )(?<!roquettes )(?<!bombes )(?<!missiles )(?<!projectiles )(?:est|sont) tombee?s?(?! sur)",
        r"(?:est|sont|etaient|etait) (?:\w+ ){0,2}?entree?s?(?! en (?:vigueur|fonction|contact|guerre|service|politique))(?![\w-])",
        r"controlent",
        r"controlai\w*",
        r"controle",
        r"penetre\w*",
        r"tenir",
        r"tient",
        r"tiennent",
        r"(?:ete|etait|fut) (?:\w+ )?prise?s?",
        r"occupee?s? depuis",
        r"tenue?s? depuis",
        r"controlee?s? depuis",
        r"fait sa \S* ?capitale",
        r"gains? territoria\w+",
    ),
    "offensive": (
        r"contre-offensives?",
        r"offensives?",
        r"assauts?",
        r"operations?",
        r"avancent",
        r"avance",
        r"avancer",
        r"avanc\w+ vers",
        r"progress\w+",
        r"se diriger vers",
        r"intervenir militairement",
        r"incursions?",
        r"marche\w* sur",
        r"vague d'attaques",
        r"lance\w* (?:\w+ )?(?:une|l') (?:attaque|assaut)",
        r"brise\w* le siege",
        r"ratissages?",
        r"nettoyage",
        r"operations? de nettoyage",
        r"poussee (?:vers|sur|en direction)",
        r"campagne militaire",
        r"(?:etait|etaient|est|sont|avait|avaient) partie?s?(?= de | d')",
    ),
    "clashes": (
        r"combats?",
        r"affrontements?",
        r"heurts",
        r"accrochages",
        r"bataille",
        r"embuscade",
        r"attaque\w*",
        r"guerre",
        r"s'affront\w+",
        r"affrontent",
        r"echange\w* de tirs",
        r"contre-attaques?",
        r"prise? d'assaut",
        r"fait irruption",
        r"ouvert le feu",
        r"raids?",
        r"se battent",
        r"se sont battus",
        r"tirs sporadiques",
        r"echanges? de tirs",
        r"riposte\w*",
        r"violences?",
        r"mis en deroute",
        r"mise en deroute",
        r"defait\w*",
    ),
    "displacement": (
        r"fui\w*",
        r"fuir",
        r"deplace\w*",
        r"evacu\w+",
        r"refugi\w+",
        r"exode",
        r"pris la route",
        r"ont franchi la frontiere",
        r"quitte\w* leurs? (?:fermes?|maisons?|foyers?|villages?|domiciles?)",
        r"chasse\w* de chez (?:eux|elles)",
        r"sans-abri",
        r"regagner",
        r"rentre\w* chez (?:eux|elles)",
        r"accueill\w+ (?:[\d ]+|des|les) (?:familles|refugies|deplaces|personnes)",
    ),
    "statement": (
        # the inverted incise after a quotation: "« ... », a lancé le président", "», ont martelé"
        r"(?<=[»\"”], )(?:a|ont) (?!ete )\w+e(?![\w'-])",
        r"a declare",
        r"ont declare",
        r"declare",
        r"a indique",
        r"indique",
        r"a annonce",
        r"annonce",
        r"affirm\w+",
        r"a salue",
        r"a appele",
        r"a accuse",
        r"accuse",
        r"dementi",
        r"a propose",
        r"proclame",
        r"a menace",
        r"denonce\w*",
        r"a assure",
        r"ont assure",
        r"assure",
        r"confirme\w*",
        r"exhorte\w*",
        r"reclame\w*",
        r"a prevenu",
        r"previent",
        r"rejete\w*",
        r"condamne\w*",
        r"a demande",
        r"ont demande",
        r"exige\w*",
        r"fait etat",
        r"font etat",
        r"preoccupee?s?",
        r"a promis",
        r"ont promis",
        r"estime\w*",
        r"a accepte",
        r"l'a accepte",
        r"ont accepte",
        r"attribuent",
        r"attribue",
        r"s'etonnent",
        r"bilan officiel",
        r"revendiqu\w+",
        r"condoleances",
        r"s'inquiet\w+",
        r"selon",  # "selon l'ONU", "selon Amnesty International", "selon lui"
        r"(?:a|ont|avait|avaient) dit",
        r"disent",
        r"se dit",
        r"se disent",
        r"s'est dite?",
        r"se sont dite?s",
        r"evoqu(?:e|ent|ait|aient)",
        r"soupconn(?:e|ent|ait|aient)",
        r"parl(?:e|ent|ait|aient) d(?:e|')",
        r"dit (?:que|qu'|avoir|vouloir|etre|s'|craindre)",
        r"racont\w+",
        r"temoign\w+",
        r"craign\w+",
        r"redout\w+",
        r"s'exprim\w+",
        r"promettent",
        r"promet",
    ),
    "other": (
        r"consolid\w+ (?:les |leurs |ses |nos |ces )?(?:succes|gains|acquis|positions)",
        r"retrait",
        r"blocus",
        r"siege",
        r"assiege\w*",
        r"renforce\w*",
        r"suspend\w*",
        r"conference",
        r"negociations",
        r"detruit\w*",
        r"renversement",
        r"coup d'etat",
        r"coupee?s?",
        r"retablir",
        r"encercl\w+",
        r"se rend\w* a",
        r"visit\w*",
        r"quitt\w+",
        r"arrive(?!d )\w*",  # not English "arrived in" (an English phrase of its own)
        r"deploy\w*",  # "se déployer", "déployant"
        r"deploie\w*",
        r"deployee?s?",
        r"renforts",
        r"manifest\w+",
        r"protest\w*",
        r"brule\w*",
        r"vote",
        r"elections?",
        r"explos\w+",
        r"piegee?",
        r"annul\w+",
        r"patrouilles?",
        r"arrete\w*",
        r"ordonne\w*",
        r"coup",
        r"cessez-le-feu",
        r"treve",
        r"rencontr\w+",
        r"reunions?",
        r"se retrouv\w+",
        r"a recu",
        r"ont recu",
        r"pourparlers",
        r"dialogue",
        r"sommet",
        r"envisagee?s?",
        r"couvre-feu",
        r"ferme\w* (?:sa|la|leur|ses) frontieres?",
        r"assassin\w+",
        r"enlev\w+",
        r"otages?",
        r"bloque\w*",
        r"referendum",
        r"ultimatum",
        r"abandon\w+",
        r"a envoye",
        r"ont envoye",
        r"depeche\w*",
        r"accord de (?:paix|cessez-le-feu)",
        r"signe\w*",
        r"minute de silence",
        r"deuil",
        r"proclamation",
        r"loi martiale",
        r"etat d'urgence",
        r"ferme\w* (?:son|sa|ses|leur|leurs) \w+",
        r"espace aerien",
        r"immobilis\w+",
        r"interrompu\w*",
        r"cible\w*",
        r"sessions?",
        r"reun\w+",
        r"decrets?",
        r"evade\w*",
        r"evasion",
        r"briefing",
        r"informee?",
        r"patrouill\w+",
        r"putsch",
        r"coup d'etat",
        r"manifestants",
        r"manifestation\w*",
        r"descendu\w* dans la rue",
        r"barricades?",
        r"reelu\w*",
        r"elu\w*",
        r"remplace\w*",
        r"incendi\w+",
        r"contestation",
        r"designation",
        r"est rentre",
        r"sont rentres",
        r"coupure",
        r"retabli\w*",
        r"scrutin",
        r"limoge\w*",
        r"discuss\w*",
        r"ceremon\w*",
        r"hommage",
        r"accords?",
        r"vivent dans des camps",
        r"emeutes?",
        r"emeutiers",
        r"dispers\w+",
        r"rassemblements?",
        r"presidentielle",
        r"legislatives",
        r"second tour",
        r"retenue?s? (?:en otage|par)",
        r"rouvert\w*",
        r"(?:est|sont) attendue?s? (?:\w+ ){0,2}?(?:a|au|aux|en|dans)",
        r"rebellion",
        r"insurrection",
        r"soulevement",
        r"revolte",
        r"regroup\w+",
        r"rase\w* (?:la|le|les|l'|une|des)",
        r"resultats (?:officiels|provisoires|definitifs)",
        r"rendu les armes",
        r"se sont rendus",
        r"reddition",
        r"capitul\w+",
        r"fermee?s? depuis",
        r"(?:est|sont|a ete|ont ete|reste|restent) fermee?s?",
        r"rompu\w*",
        r"inculpe\w*",
        r"adopt\w+ (?:une|la|le) (?:resolution|loi|texte)",
        r"convois? d'aide",
        r"achemin\w+",
        r"allegeance",
        r"rappel\w* (?:son|ses|leur|leurs) ambassadeurs?",
        r"se rend\w* (?:en|au|aux|dans)",
    ),
}

# Modal and future forms that make an event planned.
PLANNED = (
    r"prepar\w*",
    "va",
    "vont",
    "allait",
    "allaient",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "faut",  # falloir: "il nous faut consolider", always an obligation
    "faudra(?:it)?",
    r"prevoi\w*",
    r"prevu\w*",
    "compte",
    "comptent",
    r"entend\w*",
    r"menace d\w*",
    r"envisag\w*",
    "d'ici",
    "dans les (?:prochain|semaines a venir)",
    "tenter",
    "(?:est|sont) attendue?s?",
    r"\w{3,}(?:era|eront|iront|dront)",
)
# Aspect words that make an event ongoing.
ONGOING = (
    "en cours",
    r"se poursui\w+",
    r"poursuiv\w+",
    r"continu\w*",
    "toujours",
    r"progresse\w*",
    "avancent",
    "font rage",
    "fait rage",
    "se regroupent",
    "sont en train",
)
# Head nouns of armed actors ("les forces irakiennes").
ACTOR_HEADS = (
    "forces",
    "armee",
    "troupes",
    "coalition",
    "milices?",
    "rebelles",
    "insurges",
    "jihadistes",
    "police",
    "gouvernement",
    "junte",
    "peshmergas?",
    "combattants",
    "paramilitaires",
    "soldats",
    "marines",
)
# Armed groups' names in French (as written).
GROUPS = ("État islamique", "Etat islamique")
# Number words up to five ("deux jours après").
SMALL_NUMBERS = {
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
}
# An auxiliary (and maybe one word) right before a verb that tells it in the past ("ont pris").
PAST_AUXILIARIES = ("a", "ont", "avait", "avaient", "eut", "eurent", "été", "était", "étaient")
# A trigger word told in a past tense by its ending (folded), or opening with an auxiliary.
PAST_ENDINGS = ()
PAST_TRIGGER_START = ("ont", "a", "avait", "avaient", "ete", "avoir")
# Before a participle, words that make it present (none: past participles follow an auxiliary).
PRESENT_BEFORE = ()
# Words that open a clause naming when something happened ("le jour où").
WHEN_WORDS = ("lorsque", "quand", "jour ou", "le jour ou", "date a laquelle")

# Triggers that tell a lasting state whose start is the event ("aux mains de l'EI depuis"):
# alternatives matched at the trigger's start.
STATE_TRIGGERS = (
    "aux mains d",
    "control",
    "tenir",
    "tient",
    "tiennent",
    "occup",
    r"tenue?s? depuis",
    r"controlee?s? depuis",
    "fait sa",
)
# A state told in the present ("qui contrôle la province"): still so at publication.
PRESENT_STATE = (
    "controlent",
    "tiennent",
    "tenir",
    "occupent",
    r"(?:controle|tient|occupe)(?= (?:la|le|les|l'|des|une|un|toujours|encore|desormais|depuis)\b)",
)
COPULAS = ("est", "sont", "reste", "restent")
STATE_ADVERBS = ("desormais", "deja", "toujours", "encore")
# A perfect before a state trigger that runs it to publication (none in French: the present says it).
PERFECT_STATE = ()
# Words before a place the trigger points to ("l'offensive sur Abou Kamal").
POINTING = (
    "sur",
    "contre",
    "vers",
    "a",
    "au",
    "aux",
    "dans",
    "de",
    "d'",
    "du",
    "pres de",
    "pres d'",
    "autour de",
    "la ville de",
    "la ville d'",
    "reprendre",
    "prendre",
    "pris",
    "repris",
    "attaquer",
    "attaque",
    "bombarder",
    "vise",
    "visant",
    "encercler",
    "entre dans",
)
ARTICLES = ("la ", "le ", "l'", "les ")
# "a indiqué à Kaboul": where something was said, not where it happened.
SPOKEN = (
    r"indique\w*",
    r"declare\w*",
    r"annonce\w*",
    r"affirme\w*",
    r"precise\w*",
    "point de presse",
    "communique",
    # qui parle : « un porte-parole à Bamako », « le ministère à Paris a indiqué »
    "porte-parole",
    r"responsables?",
    "ministere",
    "sources",
)
SPOKEN_AT = ("a", "au", "depuis")
# "a tiré des missiles depuis la Méditerranée": where a strike was launched from.
LAUNCHED_FROM = ("depuis", "a partir d[eu']?")
# "ont fui vers Goma": where people fled to.
DESTINATION = ("vers", "en direction d[eu']", "jusqu'a", "camps? (?:pres de|a)", "refuge a")
# "deux jours après", "au lendemain de": days after what follows.
DAY_UNITS = ("jours?",)
AFTER = ("apres",)
NEXT_DAY = ("au lendemain (?:de |du |des |d')",)
# A conjunction before a trigger that links another verb ("et", "avant de").
LINKING = ("et", "avant de", "avant d'", "puis", "mais", "apres")
# "selon l'armée": an attribution.
ATTRIBUTION = ("selon ",)
# "les habitants ont depuis fui": a perfect with "since" runs up to publication.
SINCE_ADVERB = ("(?:a|ont|avait|avaient) depuis",)
# "après la prise de", "depuis le": what a date leans on.
AFTER_WHAT = ("après", "depuis")

# "sans l'accord des autorités", "sans combat": a trigger noun after these did not happen.
NEGATED_BEFORE = ("sans", "sans le", "sans la", "sans l'", "sans aucune?", "faute d[e']")
# Words between a verb and the event noun it governs ("envisage une nouvelle offensive",
# "lancer l'assaut"): one event (folded, the elided article written with its apostrophe).
OBJECT_DETERMINERS = """un une le la l' les des du sa son ses leur leurs cette ce cet
    nouvelle nouvel nouveau nouvelles vaste vastes grande grand large"""
# "une nouvelle offensive en Syrie": the words right after a trigger naming the country it happens in.
IN_COUNTRY = ("en", "au", "aux")
# "a salué depuis Bagdad l'opération": where a statement was made from, not what it is about.
SPOKEN_FROM = ("depuis",)

# Words opening a reported clause ("said that"): a date after them is what is reported.
COMPLEMENTIZERS = ("que", "qu'", "d'avoir", "avoir", "d'etre", "etre")  # "affirment avoir quitté la ville"

# "ont été évacués vers Gao": where the wounded or the evacuated were taken, not where they were hurt.
TAKEN_TO = (
    r"(?:evacue|transporte|transfere|achemine|conduit|emmene|hospitalise)e?s? (?:\w+ )?(?:vers|a|au|aux|jusqu'a)",
)
OR = ("ou",)
# Words before a place named as a landmark ("à 200 km de Tripoli", "la frontière avec le Nigeria"):
# not where the event is.
REFERENCE = (
    r"frontieres? avec",
    r"(?:kilometres|km)(?: (?:au (?:nord|sud)(?:-(?:est|ouest))?|a l'(?:est|ouest)))? (?:de|d'|du)",
)

# Mots qui désignent le pays ou la ville de l'article sans les nommer ("dans le pays", "la ville").
COUNTRY_ANAPHORS = ("le pays", "du pays", "national", "nationale")
TOWN_ANAPHORS = ("la ville", "la localite")

# Pronoms ouvrant une phrase dont la déclaration poursuit la précédente (« Il a ajouté »).
PRONOUN_SUBJECTS = ("il", "elle", "ils", "elles")
