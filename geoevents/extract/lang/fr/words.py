"""French word lists, folded (lower case, no accents), as the engine compares them.

General-language lists, not lists of answers: nothing here names a place of any particular
article. What each list is for: :mod:`geoevents.extract.lexicon`.
"""

# Stopwords the language detector counts.
STOPWORDS = """le la les des du de un une et est sont dans pour par sur avec qui que ne pas au aux
    ce cette ces son sa ses leur leurs il elle ils elles a ont été selon mais ou où plus
    depuis après avant entre lors contre vers près hier aujourd d l qu s n se"""

COMMON_WORDS = """
    a à au aux avec ce ces cet cette comme dans de des du elle elles en entre et il ils je la le les leur
    leurs lui mais ni nous on ou où par pas pour qu que qui sa sans se selon ses si son sont sur ta tes
    ton tous tout toute toutes un une vers vous y après avant depuis pendant lors contre chez malgré
    hier aujourd demain ainsi alors aussi enfin encore déjà plus moins très bien mal là ici puis donc
    car or toutefois cependant pourtant désormais notamment selon face fin début mi milieu
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
    aout septembre octobre novembre decembre
    monde international actualite actu accueil chat video videos photo photos direct live une edition
    politique economie culture sport sports societe opinion opinions idees debats sciences
    s abonner abonnement connexion newsletter partager lire aussi voir plus menu recherche
    ville villes pays region province fleuve riviere vallee plaine nord sud est ouest centre
    president premier ministre general colonel capitaine chef porte parole armee forces
    etat etats gouvernement coalition etat-major
    janv fev fevr avr juil sept oct nov dec
    """

FUNCTION_WORDS = """a au aux avec ce ces cet cette dans de des du en et la le les l d par pour sur vers chez selon
    apres avant depuis entre hier lors contre pres un une m"""

COMMON_PHRASES = ("vieille ville", "centre-ville", "la ville")

TITLES = """
    m mm mme dr pr prof
    colonel col lieutenant lieutenant-colonel lt capitaine commandant
    cmdt major maj sergent caporal soldat general gen
    general-major marechal amiral brigadier
    president presidente premier ministre secretaire
    porte-parole ambassadeur ambassadrice emissaire
    envoye chef directeur directrice coordinateur coordinatrice
    redacteur redactrice correspondant correspondante journaliste analyste
    chercheur chercheuse expert experte professeur docteur
    roi reine prince princesse cheikh emir imam pape cardinal
    senateur senatrice depute deputee maire gouverneur juge avocat
    insp officier agent commissaire
    mgr pere soeur frere
    """

ORG_AFTER = """
    forces force armee brigade brigades bataillon front mouvement
    parti conseil comite agence presse institut universite
    groupe compagnie banque international
    courrier cartel cartels faction gang clan
    alliance coalition milice union ligue federation matin express association
    accord accords
    jour
    """

GROUP_NOUNS = """milices miliciens combattants rebelles communaute communautes tribus clans eleveurs"""

ORG_BEFORE = """etat islamique"""

NAMED_THINGS = """bateau navire ferry paquebot cargo chalutier fregate
    operation operations opération baptise baptisee nom hotel hôtel stade
    journal film livre"""

COMPARISON_BEFORE = (
    "le sort de",
    "le destin de",
    "le sort d'",
    "le destin d'",
    "un sort a la",
    "comme",
    "a la maniere de",
    "compare a",
    "comparee a",
    "comparable a",
    "un nouveau",
    "une nouvelle",
)
COMPARISON_VERBS = ("compar", "evoque", "evoquant")

ACTOR_VERBS = """dement dementi affirme affirmait accuse annonce estime assure assurait revendique reconnait confirme
    salue condamne exige appelle menace promet nie refuse a ont avait avaient
    prevoit vise veut compte entend envoie"""
ACTOR_PARTICIPLES = """dementi affirme annonce declare accuse menace commence denonce condamne exige rejete demande propose
    averti revendique reconnu repondu assure estime juge promis nie refuse lance engage decide appele
    salue confirme exhorte prevenu
    envoye envoyes deploye deployes tire frappe bombarde riposte repris pris reconquis evacue ferme depeche
    renforce ouvert porte signe rappele accepte suspendu rompu expulse convoque mobilise masse repousse"""
ACTOR_BEFORE = ("par les", "par la", "par le", "par l'", "par", "selon", "accuse", "accusent")
POSSESSIVE_ACTOR_NOUNS = ""

# Words after which a full stop does not end a sentence (lower-cased, accents kept, no dot).
ABBREVIATIONS = """m mm mme mmes mlle dr pr prof gen gén col lt lieut capt cpt cmdt sgt maj
    ste no nos vol env approx etc cf p pp fig févr fév avr sept oct nov déc"""

# Feature words before a name that tell the resolver its kind ("barrage de Kajaki"): regex
# alternatives ending where the name starts.
FEATURE_BEFORE = (
    r"(?:le |la |l')?(?:barrage|fleuve|riviere|province|gouvernorat|region|territoire|champ petrolier|champ gazier|"
    r"gisement petrolier|gisements petroliers|poste frontiere|lac)\s+(?:de |d'|du |des )?(?:la |l')?",
)
FEATURE_AFTER = ()
# Last words of a feature cue before a name: only next to these is a name not known alone tried with its cue.
FEATURE_END_WORDS = "de d' du des la l' barrage fleuve riviere lac"
FEATURE_START_WORDS = ""
# "la coopération militaire avec Paris": a state one deals with is an actor.
RELATION_NOUNS = (
    "cooperation",
    "relations?",
    "liens",
    "pourparlers",
    "negociations?",
    "dialogue",
    "accords?",
    "partenariat",
    "alliance",
    "rupture",
    "contacts?",
    "discussions?",
)
RELATION_ADJECTIVES = (
    "militaire",
    "militaires",
    "diplomatique",
    "diplomatiques",
    "securitaire",
    "bilaterale?s?",
    "economique",
    "directe?s?",
)
RELATION_WITH = ("avec",)
# Auxiliaries after a name that need a participle to make it an actor ("Bakou a repris"), and
# adverbs that may stand between them.
AUXILIARIES = "a ont avait avaient"
ADVERBS = "deja aussi encore enfin officiellement egalement"

# Words classification reads around a name (geoevents/extract/classify.py): regex alternatives.
ORG_PREFIX = ("etat islamique",)  # "État islamique au Sahel": part of an organisation's name
ORG_PREFIX_LINKS = ("au", "en", "du", "de", "d'")
TEXT_NAMES = ("accords?", "traite", "protocole")  # "les accords d'Arusha": a text, not a place
TEXT_OF = ("de", "d'")
COMPARED_TO = ("a", "avec")  # "a comparé la ville à Hiroshima"
APPEALS = (r"appel\w*", r"exhorte\w*")  # "a appelé Colombo à": the state appealed to acts
PLACE_PREPOSITIONS = ("a", "au", "en", "dans", "de", "d'", "pres de", "vers")
RELATIVES = ("qui",)  # "Moscou, qui a dénoncé"
WHOSE = ("dont",)
AND = ("et",)
THEIR = ("leurs", "ses")  # "et leurs alliés"
ALLIES = ("allies", "partenaires")
ARTICLES = ("le", "la", "les", "l'")
