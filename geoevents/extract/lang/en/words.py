"""English word lists, folded (lower case, no accents), as the engine compares them.

General-language lists, not lists of answers: nothing here names a place of any particular
article. What each list is for: :mod:`geoevents.extract.lexicon`.
"""

# Stopwords the language detector counts.
STOPWORDS = """the of and to in is are was were for on with by that this these which who has have
        had been from at as it its their they he she his her not but or an a said after
        before since between during against toward near yesterday"""

COMMON_WORDS = """
    the a an and or but of in on at to for from by with as into over under after before since during
    against toward towards near about around between among through until within without
    yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december
    he she it we they i you his her its their our this that these those there here who what when where
    which why how all any some many more most much other another such no not only own same so than too
    very can will just should now also still even back well
    home world news latest top story stories read more related subscribe sign share print edition desk
    opinion business sport sports video live breaking updates update analysis photos photo gallery
    city town state states region province river valley plain north south east west central
    western eastern northern southern
    president prime minister general colonel captain chief spokesman army forces government coalition
    mr mrs ms dr gen lt col capt st mount saint
    new old great big little long high low good first last next early late mid front popular rail shining
    barisan
    un un-backed us u.s uk eu nato brig
    jan feb apr jun jul aug sep sept oct nov dec
    """

FUNCTION_WORDS = """the a an and of in on at to for from by with as into after before since during near yesterday
    mr mrs ms dr gen lt col capt"""

COMMON_PHRASES = ("old city", "city centre", "city center", "new city", "the city", "white house")

TITLES = """
    mr mrs ms miss dr prof sir lord lady
    colonel col lieutenant lt capt captain
    commander major maj sergeant sgt corporal private general gen
    marshal admiral adm brigadier
    president president-elect premier prime minister secretary
    spokesman spokeswoman spokesperson ambassador envoy
    chief director coordinator editor
    correspondent journalist
    analyst researcher expert professor doctor
    king queen prince princess sheikh emir imam pope cardinal
    senator mayor governor judge lawyer
    sen rep gov insp inspector officer agent commissioner
    father sister brother
    pastor reverend rev deacon bishop coach detective deputy sheriff trooper principal
    superintendent councilman councilwoman chairman chairwoman attorney dean
    """

ORG_AFTER = """
    shield forces force army brigade brigades battalion front movement
    party council committee agency news newswire wire times post daily
    tribune journal herald observer gazette press desk institute university
    group company corporation bank airlines airways fc club international
    independent monitor review radio tv television network cartel cartels faction gang clan
    alliance coalition militia union league federation dispatch express association path
    accord accords agreement agreements protocol treaty
    day
    """

GROUP_NOUNS = """groups group militia militias militiamen fighters rebels insurgents community communities tribe
    tribes clan clans herders farmers ethnic"""

ORG_BEFORE = """islamic state"""

NAMED_THINGS = """ferry cargo ship vessel boat tanker frigate
    operation operations op code-named named hotel stadium
    journal film book"""

COMPARISON_BEFORE = (
    "fate of",
    "the fate of",
    "like",
    "reminiscent of",
    "compared to",
    "compared with",
    "comparing it to",
    "a new",
    "another",
)
COMPARISON_VERBS = ("likened", "reminiscent")

ACTOR_VERBS = """said says say claimed claims denied denies accused accuses warned warns announced announces
    insisted insists rejected rejects demanded demands condemned condemns blamed blames threatened
    threatens responded responds vowed vows pledged pledges confirmed confirms called calls urged urges
    has have had is plans plan wants intends sent flew flies evacuated
    closed closes seized captured retook launched deployed dispatched sends battles fights seeks orders
    declared declares votes bans hits strikes"""
ACTOR_PARTICIPLES = """brokered broker
    said denied accused warned announced claimed rejected demanded called condemned begun started
    launched been battling fought promised vowed pledged insisted confirmed threatened
    sent deployed fired struck bombed shelled retaliated retaken taken seized captured evacuated closed flown"""
ACTOR_BEFORE = ("by the", "by", "according to", "accuses", "accused", "blames", "blamed", "blame")
POSSESSIVE_ACTOR_NOUNS = """defence defense foreign interior military army armed air navy government president prime
    ministry minister forces rapid general intelligence security parliament leader leaders leadership
    officials authorities embassy envoy ambassador national central state regime junta troops
    offensive operation campaign invasion incursion gain gains victory decision strikes biggest largest
    joint command commander commanders police navy"""

# Words after which a full stop does not end a sentence (lower-cased, no dot).
ABBREVIATIONS = """dr prof gen col lt capt cpt sgt maj adm gov sen rep
    mr mrs ms st no nos vol approx etc cf p pp fig jan feb mar apr aug
    sept sep oct nov dec inc ltd co corp jr sr u.s u.n u.k vs mt ft ste"""

# Feature words before a name that tell the resolver its kind ("the eastern bank of the
# Dnipro", "across the Dnipro"): regex alternatives ending where the name starts.
FEATURE_BEFORE = (
    r"(?:(?:east|west|north|south)(?:ern)? |left |right |opposite |far )?banks? of (?:the )?",
    r"(?:across|over|crossing|crossed|cross|along) the ",
)
# Feature words after a name ("the Sahel region"): regex alternatives starting after it.
FEATURE_AFTER = (
    "river",
    "dam",
    "province",
    "governorate",
    "region",
    "territory",
    "oil ?field",
    "gas ?field",
    "lake",
    "border crossing",
)
# Last words of a feature cue before a name, first words of one after it: only next to these is
# a name not known alone tried with its cue.
FEATURE_END_WORDS = "the of"
FEATURE_START_WORDS = "river dam province governorate region territory lake"
# "talks with Moscow": a state one deals with is an actor.
RELATION_NOUNS = (
    "cooperation",
    "relations?",
    "ties",
    "talks",
    "negotiations?",
    "dialogue",
    "accords?",
    "agreements?",
    "deal",
    "partnership",
    "alliance",
    "contacts?",
    "discussions?",
)
RELATION_ADJECTIVES = ("military", "diplomatic", "security", "bilateral", "economic", "direct")
RELATION_WITH = ("with",)
# Auxiliaries after a name that need a participle to make it an actor ("Baku has retaken"),
# and adverbs that may stand between them.
AUXILIARIES = "has have had is"
ADVERBS = "already also still finally officially"

# Head nouns of organisation, facility and event names ("Fargo Police", "Douglas County
# Hospital", "City Hall", "Cooper Street", "the Recovery Act"): written alone with a capital they
# are the head of a longer name, never a place by themselves (the villages called Police,
# Council or Hospital are not what a news text means).
NAME_HEADS = """
    street streets st road rd avenue ave lane drive boulevard blvd parkway
    center centre hall hospital clinic school schools academy college university campus church
    chapel cathedral temple mosque synagogue department police sheriff council court courthouse
    jury house senate congress assembly legislature commission committee board bureau agency
    office ministry cabinet administration authority corp corporation inc co ltd company
    station airport terminal stadium arena theater theatre museum library zoo mall plaza
    hotel motel restaurant shop shops store market club association foundation society
    act law bill amendment day week war battle festival fair parade
    force guard navy federal justice commerce energy media band
    """

# Given spans (geoevents.geoparse(text, spans=...)) that are an organisation, a facility or an
# event named after a place ("Colorado State University", "University of Alberta", "Tipperary
# County Council", "Liverpool FC", "Glenrock Lagoon", "the British Embassy") and are no place
# themselves are answered with the place they contain; one of these words must stand outside
# that place's name. Organisations and teams (the only heads a demonym may modify: "the
# British Embassy" is the United Kingdom's, "the French Quarter" is not in France):
EMBEDDING_ORGANISATIONS = """
    university universities college polytechnic school academy institute seminary
    fc afc cf sc club city united rovers athletic wanderers
    council councils mdc lga district municipality borough commission government assembly
    parliament legislature senate house chamber chambers commerce office embassy consulate
    ministry department police sheriff court bank reserve authority agency board service
    """
# Facilities, sites and natural features:
EMBEDDING_FACILITIES = """
    centre center hospital airport station stadium arena park reserve area castle tower
    hotel racecourse church cathedral basilica estate zoo museum library prison barracks base
    lagoon peninsula hills valley bay canal
    """
# Events:
EMBEDDING_EVENTS = """cup turf summit games championship championships open marathon festival"""
# Words of those heads that may also end a place's own name ("Walker County Sheriff's Office":
# "Walker County" is the place).
EMBEDDING_NAME_WORDS = """county parish city"""
# Words before a place name that name a part of it ("West Surrey", "East of England"): such a
# span is answered with the whole place.
EMBEDDING_PARTS = """
    north south east west northern southern eastern western central
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    upper lower greater inner outer
    """
# Words of news media names ("Washington Post", "China Daily"): a place that starts one is not a
# mention of that place end to end (some corpora mark it, others do not).
MEDIA_WORDS = """daily times post herald journal journal-constitution tribune gazette observer press
    news newswire wire broadcasting radio tv television network review chronicle telegraph courier
    examiner star globe standard mail express"""
# Words of natural features that are never, alone, the place such a name holds ("North Island" is
# not Iceland, "Island" in Icelandic).
EMBEDDING_NOT_PLACES = """island islands isle lake lakes river mount mountain mountains sea bay coast
    gulf creek falls hills valley forest"""
# Words that link a head to the place ("University of Alberta", "Summit of the Americas").
EMBEDDING_LINKS = """of the and for"""
# The links an organisation's name found in running text may hold ("Bank of England"; "and" ends it).
ORGANISATION_LINKS = """of the for"""

# Abbreviations written with a period that begin a place's name ("St. Louis", "Ft. Worth",
# "Mt. Vernon", "Ste. Genevieve"): the period does not end the name.
NAME_ABBREVIATIONS = "st mt ft ste"

# Words after a name that make it a street's name ("Cooper Street", "Dublin Road").
STREET_HEADS = "street road avenue ave lane drive boulevard blvd parkway pkwy terrace"

# English common words that are also the names of small places somewhere ("God" -> Göd,
# "Sun", "None"): capitalised in prose for other reasons, never a place alone.
COMMON_PLACE_WORDS = """
    god jesus christ lord holy bible heaven
    one two three four five six seven eight nine ten none
    man men woman women sun moon star free green blue best young hope peace
    sen sens rep reps gov
    parent leader royal post web bond box course daily list out buy lack
    i've i'll i'm we'll we've we're you'll you've it's that's there's
    """

# Words before a place name that do not make it part of a longer name ("Metro Atlanta",
# "Greater Manchester", "Downtown Fargo"): a place may follow them with a capital.
PLACE_MODIFIERS = """
    metro greater downtown uptown suburban rural upstate downstate inner outer
    northern southern eastern western central north south east west northeast northwest metropolitan historic
    republican democratic democrat liberal conservative
    southeast southwest mid upper lower old new
    """

# Common English first names (US Social Security Administration lists, general language): a
# capitalised word after one of these is a surname ("Sharon Mueller", "Pat Zavoral").
FIRST_NAMES = """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean carl arthur lawrence dylan jesse
    bryan billy joe bruce gabriel albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip phillip louis harry howard fred earl
    glenn ron rick ricky greg jim jimmy tom tim bill bob mike dan dave steve chris matt
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce kelly lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann sara frances kathryn janice jean abigail alice judy sophia grace denise
    amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
    marie kayla alexis lori pat peggy minnie cora sally tracy stacy jenny gail eva
    """

# Words classification reads around a name (geoevents/extract/classify.py): regex alternatives.
ORG_PREFIX = ("islamic state",)  # "Islamic State in Iraq": part of an organisation's name
ORG_PREFIX_LINKS = ("in", "of")
TEXT_NAMES = ()
TEXT_OF = ()
COMPARED_TO = ("to", "with")  # "likened the city to Hiroshima"
APPEALS = ("urged", "urges", "called on", "calls on")  # "urged Colombo to": the state urged acts
PLACE_PREPOSITIONS = ("in", "at", "from", "near", "to", "of")
RELATIVES = ("which",)  # "Malaysia, which has brokered"
WHOSE = ("whose",)
AND = ("and",)
THEIR = ("its", "their")  # "and their allies"
ALLIES = ("allies", "partners")
ARTICLES = ("the",)
