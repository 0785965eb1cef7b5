"""English event words (folded): triggers by event type, status, place and actor cues.

Each entry is a tuple of regex alternatives over folded text (lower case, no accents); the
engine (:mod:`geoevents.extract.events`) joins the packs' alternatives, with its own word
boundaries around them. Within a type, an earlier alternative wins where two match at the
same place.
"""

# Trigger words by event type (the engine's order of types is their priority).
TRIGGERS = {
    "airstrike": (
        r"air ?strikes?",
        r"drone strikes?",
        r"strikes",
        r"shelling",
        r"shelled",
        r"bombed",
        r"bombing",
        r"pounded",
        r"sorties",
        r"struck",
        r"warplanes",
        r"fired",
        r"missiles",
        r"artillery",
        r"(?:nato |russian |syrian |israeli |coalition |government |military )?aircraft",
    ),
    "casualties": (
        r"killed",
        r"killing",
        r"dead",
        r"deaths",
        r"wounded",
        r"injured",
        r"bodies",
        r"massacr\w*",
        r"succumbed",
        r"died",
        r"perished",
        r"were (?:assassinated|murdered|massacred|executed)",
    ),
    "capture": (
        r"(?<=the )fall of",
        r"(?:has|have|had) (?:also |now |already |since )?taken",
        r"occupied",
        r"occupying",
        r"occupation",
        r"captur\w+",
        r"recaptur\w+",
        r"retook",
        r"retaken",
        r"seized",
        r"took control",
        r"taken control",
        r"full control",
        r"liberation",
        r"fully secured",
        r"overran",
        r"swept (?:into|through)",  # "three weeks after they swept into Kabul"
        r"(?:drove|driven|pushed|forced) (?:\w+ ){0,3}?out of",  # "drove the insurgents out of Gamboru"
        r"fell to",
        r"entered",
        r"took(?! place| part)",
        r"seizing",
        r"taking",
        r"(?<!shells )(?<!rockets )(?<!bombs )(?<!missiles )(?:fell(?= (?:on|to|after|in|last|early|late|at|within|without))|(?:has|had|have) fallen)",
        r"held",
        r"controls",
        r"controlled",
        r"under \S+ control since",
        r"battlefield gains?",
    ),
    "offensive": (
        r"offensives?",
        r"assaults?",
        r"operations?",
        r"progress\w+",
        r"pushed",
        r"push(?:ed)? (?:toward|into|on)",
        r"push",
        r"move on",
        r"press on",
        r"pressed",
        r"intervene militarily",
        r"incursions?",
        r"(?:could|would|may|might|will) (?:next |soon |also )?threaten",
        r"march(?:ed|ing)? on",
        r"flush\w* out",
        r"rolled into",
        r"broke the siege",
        r"(?:has|have|had) advanced",
        r"advancing",
        r"advances? (?:on|toward|towards|into|in)",
        r"cleare?d? out",
        r"clearing out",
        r"clearing operations?",
        r"mopping[- ]up",
        r"campaign",
    ),
    "clashes": (
        r"combats?",
        r"clashes",
        r"fighting",
        r"battle",
        r"ambush\w*",
        r"attacked",
        r"attacks?",
        r"war (?:broke|erupted)",
        r"gun ?battles?",
        r"firefights?",
        r"exchanged fire",
        r"counter-attacks?",
        r"stormed",
        r"opened fire",
        r"raids?",
        r"gunmen",
        r"clash",
        r"clashed",
        r"fought",
        r"fights",
        r"war",
        r"violences?",
        r"routed",
        r"defeated",
    ),
    "displacement": (
        r"fled",
        r"flee\w*",
        r"displace\w*",
        r"evacu\w+",
        r"refugees",
        r"left the (?:state|city|town|area)",
        r"leaving",
        r"crossed (?:into|the border)",
        r"left their (?:homes?|farms?|villages?)",
        r"forced (?:from|out of) their homes",
        r"forced to flee",
        r"homeless",
        r"moved away",
        r"relocated",
        r"returned (?:home|to their)",
        r"(?:to )?(?:host|shelter) (?:[\d,]+ )?(?:families|refugees|displaced)",
    ),
    "statement": (
        r"affirm\w+",
        r"praised",
        r"welcomed",
        r"said",
        r"says",
        r"stated",
        r"announced",
        r"told",
        r"declare",  # "refused to declare"
        r"declared",
        r"claimed",
        r"vowed",
        r"warned",
        r"statement",
        r"proposed",
        r"congratulate",
        r"confirmed",
        r"confirms",
        r"urged",
        r"urges",
        r"demanded",
        r"called (?:for|on)",
        r"ha(?:s|ve) called",
        r"accuses",
        r"accused",
        r"rejected",
        r"rejects",
        r"condemn\w*",
        r"denied",
        r"denies",
        r"demands",
        r"concerned",
        r"promised",
        r"promises",
        r"estimates",
        r"accepted",
        r"blamed",
        r"condolences",
        r"according to",
        r"fear(?:s|ed)? (?:that|a|an|the)",
        r"(?:to|will|would) address",
        r"addressed",
    ),
    "other": (
        r"consolidat\w+ (?:the |their |its |our |these )?(?:gains|positions|hold)",
        r"withdr\w+",
        r"blockade",
        r"siege",
        r"reinforcements",
        r"suspend\w*",
        r"conference",
        r"talks",
        r"blown up",
        r"cut off",
        r"(?:convoy|column)s? (?:had |has )?(?:left|set off)",
        r"encircled",
        r"flew to",
        r"visit\w*",
        r"arrived in",
        r"arrive\w*",
        r"deploy\w*",
        r"protest\w*",
        r"burn\w*",
        r"set fire",
        r"vote",
        r"elections?",
        r"explos\w+",
        r"car bomb",
        r"cancel\w*",
        r"deal",
        r"patrols?",
        r"arrested",
        r"ordered",
        r"coup",
        r"ceasefire",
        r"truce",
        r"met (?:with|in|on)",
        r"meetings?",
        r"dialogue",
        r"summit",
        r"curfew",
        r"closed (?:its|the|their) (?:land )?borders?",
        r"border closure",
        r"assassin\w+",
        r"kidnapp\w+",
        r"abduct\w+",
        r"hostages?",
        r"stranded",
        r"referendum",
        r"ultimatum",
        r"pulled (?:back|out)",
        r"abandon\w+",
        r"sent (?:troops|soldiers|\d[\d,. ]*)",
        r"dispatched",
        r"peace (?:deal|agreement|accord|talks)",
        r"agreement",
        r"signed",
        r"mourning",
        r"proclamation",
        r"martial law",
        r"state of emergency",
        r"besieg\w+",
        r"shut",
        r"closed (?:its|the|their) \w+",
        r"airspace",
        r"immobilis\w+",
        r"halted",
        r"targeted",
        r"sessions?",
        r"decrees?",
        r"escaped",
        r"evade\w*",
        r"evasion",
        r"vanished",
        r"briefing",
        r"patrol\w*",
        r"putsch",
        r"barricades?",
        r"re-elected",
        r"elected",
        r"replaced",
        r"dismissed",
        r"won a (?:second|third|new) term",
        r"designation",
        r"returned to",
        r"cut (?:\w+ )?(?:internet|access|power|phone)",
        r"restored",
        r"ha(?:s|ve) sent",
        r"voting",
        r"voted",
        r"sacked",
        r"discuss\w*",
        r"ceremon\w*",
        r"accords?",
        r"(?:is|are) due (?:in|to \w+)",
        r"live in camps",
        r"riots?",
        r"rioting",
        r"rioters",
        r"slipped (?:away|out)",
        r"dispers\w+",
        r"rall(?:y|ies)",
        r"runoff",
        r"held hostage",
        r"reopen\w*",
        r"on the run",
        r"(?:is|are) expected (?:\w+ ){0,2}?in",
        r"revolt",
        r"uprising",
        r"rebellion",
        r"insurrection",
        r"flew (?:in )?(?:\w+ ){0,3}(?:troops|soldiers|paratroopers|reinforcements|battalions?)",
        r"regroup\w+",
        r"(?:have|has|had) been cut",
        r"razed",
        r"(?:official|provisional|final) results",
        r"surrender\w*",
        r"capitul\w+",
        r"closed since",
        r"broke off",
        r"severed",
        r"charged",
        r"indicted",
        r"aid package",
        r"aid bill",
        r"adopt\w+ (?:a|an|the) (?:resolution|bill|law)",
        r"aid convoys?",
        r"allegiance",
        r"recalled (?:its|their|his|her) (?:\w+ )?ambassadors?",
        r"will travel to",
        r"to travel to",
    ),
}

# Modal and future forms that make an event planned.
PLANNED = (
    r"prepar\w*",
    "(?:we|they|it) (?:must|need to|have to)",
    r"intend\w*",
    "plan",
    "plans",
    "planned",
    "planning",
    r"expect\w*",
    "will",
    "would",
    "could",
    r"(?<!in )(?<!since )(?<!late )(?<!early )(?<!mid-)(?<!mid )(?<!of )(?<!by )(?<!until )may(?! \d)(?![.,;])",
    "set to",
    r"threaten\w*",
    "vowed to",
    "in the coming",
    "try",
    "attempt to",
    "(?:is|are) due",
)
# Aspect words that make an event ongoing.
ONGOING = (
    r"continu\w*",
    "still",
    r"progresse\w*",
    "is advancing",
    "are advancing",
    "under way",
    "underway",
    "ongoing",
    "rage",
    "raging",
    "pressed",
    "pressing",
    "pushing",
)
# Head nouns of armed actors ("Iraqi troops").
ACTOR_HEADS = (
    "forces",
    "army",
    "troops",
    "coalition",
    "militias?",
    "rebels",
    "insurgents",
    "jihadists",
    "police",
    "government",
    "junta",
    "peshmergas?",
    "fighters",
    "paramilitaries",
    "soldiers",
    "marines",
    "navy",
    "air force",
)
# Armed groups' names in English (as written).
GROUPS = ("Islamic State",)
# Number words up to five ("two days after").
SMALL_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# An auxiliary (and maybe one word) right before a verb that tells it in the past ("had taken";
# not "a": an article in English).
PAST_AUXILIARIES = ("was", "were", "had", "has been", "have been")
# A trigger word told in a past tense by its ending (folded), or opening with an auxiliary.
PAST_ENDINGS = ("ed",)
PAST_TRIGGER_START = ()
# Before a participle, words that make it present ("are now besieged", "has ordered an inquiry").
PRESENT_BEFORE = ("is", "are", "am", "has", "have", "remains?")
# Words that open a clause naming when something happened.
WHEN_WORDS = ("when",)

# Triggers that tell a lasting state whose start is the event ("have held Hodeidah since"):
# alternatives matched at the trigger's start.
STATE_TRIGGERS = ("held", "control", "occup", r"under \S+ control")
# A state told in the present ("the insurgents control"): still so at publication.
PRESENT_STATE = ("controls", "control")
COPULAS = ("is", "are", "remains?")
STATE_ADVERBS = ("now", "still", "firmly", "largely", "entirely")
# "the Houthis have controlled Sanaa since late 2014": a perfect that runs to publication.
PERFECT_STATE = ("(?:has|have)(?: (?:long|largely|now|already|effectively))?",)
# Words before a place the trigger points to ("strikes on western Mosul").
POINTING = (
    "toward",
    "towards",
    "into",
    "in",
    "at",
    "on",
    "near",
    "around",
    "of",
    "against",
    "the town of",
    "the city of",
    "seize",
    "seized",
    "capture",
    "captured",
    "retake",
    "retook",
    "took",
    "attacked",
    "attack",
    "hit",
    "targeting",
    "targeted",
    "encircle",
    "entered",
)
ARTICLES = ("the ",)
# "said in Kabul": where something was said, not where it happened.
SPOKEN = (
    "said",
    "says",
    "told reporters",
    "told",
    "statement",
    "press conference",
    # who speaks: "a coalition spokesman in Baghdad", "the Defense Ministry in Mexico City said"
    r"spokes(?:man|men|woman|women|person)",
    r"officials?",
    r"ministry",
    r"sources",
)
SPOKEN_AT = ("in", "at", "from")
# "fired missiles from the Mediterranean": where a strike was launched from.
LAUNCHED_FROM = ("from",)
# "fled toward Mandalay": where people fled to.
DESTINATION = (
    "toward",
    "towards",
    "to",
    "into",
    "camps? (?:in|at|near)",
    "refuge in",
    "shelter (?:in|at)",
    "north to",
    "south to",
    "east to",
    "west to",
)
DESTINATION_ARTICLES = ("camps in ",)
# "two days after", "the day after": days after what follows.
DAY_UNITS = ("days?",)
AFTER = ("after",)
NEXT_DAY = ("the day after ",)
# A conjunction before a trigger that links another verb ("overnight and took").
LINKING = ("and", "before", "then", "but", "after")
# "according to the army": an attribution.
ATTRIBUTION = ("according to ",)
# English present perfects that run up to publication: a count ("have been killed") or
# anything "since" ("have since deployed").
PERFECT = ("(?:has|have)(?: been| now)?",)
HAVE_SINCE = (r"(?:has|have) since (?:\w+ ){0,3}",)
SINCE_ADVERB = ("(?:has|have|had) since",)
AFTER_WHAT = ("after", "since")

# "without the consent of the authorities", "without a fight": a trigger noun after these did not happen.
NEGATED_BEFORE = ("without", "without the", "without a", "without any", "for lack of")
# Words between a verb and the event noun it governs ("plans a new offensive", "ordered the
# operation"): one event.
OBJECT_DETERMINERS = """a an the its their his her this that these new fresh major large wide"""
# "a new offensive in Syria": the words right after a trigger naming the country it happens in.
IN_COUNTRY = ("in", "into", "inside")
# "praised the operation from Baghdad": where a statement was made from, not what it is about.
SPOKEN_FROM = ("from",)

# Words opening a reported clause ("said that"): a date after them is what is reported.
COMPLEMENTIZERS = (
    "that",
    r"(?:he|she|it|we|they) (?:had|has|have|would|will|was|were)",
)  # "say they have retaken"

# "were wounded and flown to Nairobi": where the wounded or the evacuated were taken, not where they were hurt.
TAKEN_TO = (
    r"(?:flown|taken|rushed|evacuated|airlifted|transferred|transported|moved|brought) (?:\w+ )?(?:to|into)",
    r"left for",
)
OR = ("or",)
# Words before a place named as a landmark ("200 km east of Tripoli", "the border with Chad"): not
# where the event is.
REFERENCE = (
    r"(?:border|frontier) with",
    r"(?:kilometres|kilometers|km|miles)(?: \([^)]{1,20}\))?(?: (?:north|south|east|west)(?:-?(?:east|west))?)? (?:of|from)",
)

# Words that name the article's country or town without naming it: an event with no place of
# its own is there ("voting went ahead across the country", "shelling of the town").
COUNTRY_ANAPHORS = ("the country", "nationwide", "national")
TOWN_ANAPHORS = ("the city", "the town")

# Pronouns opening a sentence whose statement goes on the one before ("He said").
PRONOUN_SUBJECTS = ("he", "she", "they")
