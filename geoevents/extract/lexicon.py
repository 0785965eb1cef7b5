"""Word lists for French and English news: stopwords, titles, first names, organisation words.

All entries are folded (lower case, no accents) as :func:`geoevents.extract.dates.fold_keep_offsets`
produces them. These are general-language lists, not lists of answers: nothing here names a
place of any particular article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that are common words (sentence starts, headlines, nav) and happen to be
# place names somewhere in the world ("Chat", "Hier", "Selon", "Mardi", "Home", "Read").
COMMON_WORDS = _words(
    """
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
    jan janv feb fev fevr apr avr jun jul juil aug sep sept oct nov dec
    """
)

# Words that never start a multi-word place name ("À Raqqa", "Les Houthis", "In Mosul").
FUNCTION_WORDS = _words(
    """a à au aux avec ce ces cet cette dans de des du en et la le les l d par pour sur vers chez selon
    apres avant depuis entre hier lors contre pres un une
    the a an and of in on at to for from by with as into after before since during near yesterday
    mr mrs ms dr gen lt col capt m""".replace("à", "a")
)

# Capitalised phrases that are names somewhere but not places in news prose.
COMMON_PHRASES = frozenset(
    (
        "old city",
        "vieille ville",
        "city centre",
        "city center",
        "centre-ville",
        "new city",
        "the city",
        "la ville",
    )
)

# Words before a name that make it a person ("le colonel Ryan Dillon", "Gen. Joseph Paris").
TITLES = _words(
    """
    m mm mme mr mrs ms miss dr pr prof sir lord lady
    colonel col lieutenant lieutenant-colonel lt capitaine capt captain commandant
    commander cmdt major maj sergent sergeant sgt caporal corporal soldat private general gen
    general-major marechal marshal amiral admiral adm brigadier
    president presidente president-elect premier prime ministre minister secretaire secretary
    porte-parole spokesman spokeswoman spokesperson ambassadeur ambassadrice ambassador envoy emissaire
    envoye chef chief directeur directrice director coordinateur coordinatrice coordinator editor
    redacteur redactrice correspondant correspondante correspondent journaliste journalist analyste
    analyst chercheur chercheuse researcher expert experte professeur professor docteur doctor
    roi reine king queen prince princesse princess cheikh sheikh emir imam pape pope cardinal
    senateur senatrice senator depute deputee maire mayor gouverneur governor juge judge avocat lawyer
    sen rep gov insp inspector officer officier agent commissaire commissioner
    mgr pere father soeur sister frere brother
    """
)

# Common first names (English, French, Arabic, Slavic, African): a capitalised word after one
# of these is a surname ("Ryan Dillon", "Marc Lyon", "Mark Florence").
FIRST_NAMES = _words(
    """
    aaron abdallah abdel abdelaziz abdelkader abdul abdullah abdourahamane abdoulaye abou abu adam adel
    ahmad ahmed aisha alain alan alexander alexandre alexei alexis ali alice amadou amina amir amine andre
    andrei andrew andriy angela anna anne antoine antonio anthony arnaud assimi bachar bashar ben benjamin
    bernard bill bob boris brahim bruno carlos catherine charles chris christian christine christophe claire
    claude daniel david denis dmitri dmitry donald ed edouard elena elizabeth emmanuel eric fabien fatima
    florian francois frank franck frederic gabriel george georges gerard guillaume haftar haider haidar
    hamid hassan hemeti henri hussein ibrahim igor ivan jack jacques james jean jean-claude jean-luc
    jean-marie jean-pierre jeff jennifer jerome jim joe john jonathan jose joseph julia julien karim
    khalifa khaled kim laurent leila louis lucas mahamat mahmoud marc marco maria marie mark martin
    mary matthew maxime michael michel mike mohamed mohammad mohammed moussa mustafa mustapha nabil nadia
    nicolas olivier omar oleksandr omer paul paul-henri peter philippe pierre rached rachid ramzan recep
    richard robert roger roman ryan said salah salman sami samuel sarah sebastien serge sergei sergey
    sophie stephane steve steven sylvain talal thomas tom valery vincent vladimir volodymyr william
    yahya yassine yevgeny yves zelensky juan joaquin ismael ovidio miguel pedro luis diego alejandro
    fernando jorge javier manuel rafael ricardo sergio andres gustavo
    """
)

# Capitalised words after a name that make the whole an organisation or a title of a work
# ("Euphrates Shield", "Red Sea Newswire", "Kyiv Independent").
ORG_AFTER = _words(
    """
    shield forces force army armee brigade brigades battalion bataillon front movement mouvement
    party parti council conseil committee comite agency agence news newswire wire times post daily
    tribune journal herald observer gazette press presse desk institute institut university universite
    group groupe company compagnie corporation bank banque airlines airways fc club international
    independent monitor review radio tv television network courrier cartel cartels faction gang clan
    alliance coalition militia milice union league ligue federation dispatch matin express association path
    accord accords agreement agreements protocol treaty
    day jour
    """
)

# Lower-case nouns after a name that make it a people or a group, not a place.
GROUP_NOUNS = _words(
    """groups group militia militias militiamen fighters rebels insurgents community communities tribe
    tribes clan clans herders farmers ethnic milices miliciens combattants rebelles communaute communautes
    tribus clans eleveurs"""
)

# Words just before a name that make it part of an organisation ("État islamique au Sahel").
ORG_BEFORE = _words("""etat islamique islamic state""")

# Nouns of vessels and works: "le bateau Tombouctou", "the ship Odessa".
NAMED_THINGS = _words(
    """bateau navire ferry paquebot cargo chalutier ship vessel boat tanker frigate fregate
    operation operations op opération code-named baptise baptisee nom named hotel hôtel stade stadium
    journal film livre book"""
)

# Words that introduce a comparison: the place that follows is not where anything happens.
COMPARISON_BEFORE = (
    "le sort de",
    "le destin de",
    "le sort d'",
    "le destin d'",
    "un sort a la",
    "fate of",
    "the fate of",
    "like",
    "comme",
    "a la maniere de",
    "reminiscent of",
    "compare a",
    "comparee a",
    "compared to",
    "compared with",
    "comparing it to",
    "comparable a",
    "un nouveau",
    "une nouvelle",
    "a new",
    "another",
)
# "a comparé la ville détruite à Hiroshima": a comparison verb earlier in the sentence and à/to.
COMPARISON_VERBS = ("compar", "likened", "reminiscent", "evoque", "evoquant")

# After a country or capital: a verb that makes the name an actor (metonymy), not a place.
ACTOR_VERBS = _words(
    """said says say claimed claims denied denies accused accuses warned warns announced announces
    insisted insists rejected rejects demanded demands condemned condemns blamed blames threatened
    threatens responded responds vowed vows pledged pledges confirmed confirms called calls urged urges
    dement dementi affirme affirmait accuse annonce estime assure assurait revendique reconnait confirme
    salue condamne exige appelle menace promet nie refuse a ont avait avaient has have
    had is plans plan wants intends sent envoie prevoit vise veut compte entend flew flies evacuated
    closed closes seized captured retook launched deployed dispatched sends battles fights seeks orders
    declared declares votes bans hits strikes"""
)
ACTOR_PARTICIPLES = _words(
    """dementi affirme annonce declare accuse menace commence denonce condamne exige rejete demande propose
    averti revendique reconnu repondu assure estime juge promis nie refuse lance engage decide appele
    salue confirme exhorte prevenu brokered broker
    said denied accused warned announced claimed rejected demanded called condemned begun started
    launched been battling fought promised vowed pledged insisted confirmed threatened
    envoye envoyes deploye deployes tire frappe bombarde riposte repris pris reconquis evacue ferme depeche
    renforce ouvert porte signe rappele accepte suspendu rompu expulse convoque mobilise masse repousse
    sent deployed fired struck bombed shelled retaliated retaken taken seized captured evacuated closed flown"""
)
# Preposition + article before a country that makes it an actor ("dirigée par les États-Unis").
ACTOR_BEFORE = (
    "par les",
    "par la",
    "par le",
    "par l'",
    "by the",
    "by",
    "par",
    "selon",
    "according to",
    "accuses",
    "accused",
    "accuse",
    "accusent",
    "blames",
    "blamed",
    "blame",
)
# Possessive + these words: "Russia's defence ministry", "Sudan's Rapid Support Forces".
POSSESSIVE_ACTOR_NOUNS = _words(
    """defence defense foreign interior military army armed air navy government president prime
    ministry minister forces rapid general intelligence security parliament leader leaders leadership
    officials authorities embassy envoy ambassador national central state regime junta troops
    offensive operation campaign invasion incursion gain gains victory decision strikes biggest largest
    joint command commander commanders police navy"""
)
