"""Word lists for news: stopwords, titles, first names, organisation words.

The words themselves live in the language packs (``lang/fr/words.py``, ``lang/en/words.py``,
``lang/xx/words.py`` for first names); here are their unions over the languages read
(:data:`geoevents.extract.lang.READ`). All entries are folded (lower case, no accents) as
:func:`geoevents.time.tables.fold_keep_offsets` produces them. These are general-language
lists, not lists of answers: nothing here names a place of any particular article.
"""

from __future__ import annotations

from .lang import phrases, words

# Capitalised words that are common words (sentence starts, headlines, nav) and happen to be
# place names somewhere in the world ("Chat", "Hier", "Selon", "Mardi", "Home", "Read").
COMMON_WORDS = (
    words("words", "COMMON_WORDS") | words("words", "NAME_HEADS") | words("words", "COMMON_PLACE_WORDS")
)

# Head nouns of organisation and facility names ("Police", "Hall", "Street"): never a place alone.
NAME_HEADS = words("words", "NAME_HEADS")

# Street words: "Cooper Street", "Dublin Road" name a street, not Cooper or Dublin.
STREET_HEADS = words("words", "STREET_HEADS")

# Abbreviations with a period that begin a place's name ("St. Louis", "Ft. Worth").
NAME_ABBREVIATIONS = words("words", "NAME_ABBREVIATIONS")

# Words before a place name that leave it a place ("Metro Atlanta", "Greater Manchester").
PLACE_MODIFIERS = words("words", "PLACE_MODIFIERS")

# Words that never start a multi-word place name ("À Raqqa", "Les Houthis", "In Mosul").
FUNCTION_WORDS = words("words", "FUNCTION_WORDS")

# Capitalised phrases that are names somewhere but not places in news prose.
COMMON_PHRASES = words("words", "COMMON_PHRASES")

# Words before a name that make it a person ("le colonel Ryan Dillon", "Gen. Joseph Paris").
TITLES = words("words", "TITLES")

# Common first names (of no one language): a capitalised word after one of these is a surname
# ("Ryan Dillon", "Marc Lyon", "Mark Florence").
FIRST_NAMES = words("words", "FIRST_NAMES", neutral=True) | words("words", "FAMILY_NAMES_FIRST", neutral=True)
# First names that also begin places' names ("Ben Guerdane", "Abou Kamal")
PLACE_NAME_STARTS = words("words", "PLACE_NAME_STARTS", neutral=True)

# Names of organisations, facilities and events that hold a place ("Colorado State University",
# "Tipperary County Council", "Liverpool FC"): their head words, the words of those heads that may
# also end a place's own name ("Walker County"), the words naming a part of a place ("West
# Surrey"), links ("University of Alberta"), natural-feature words that are never the place alone
# ("North Island"), and news media ("Washington Post").
EMBEDDING_ORGANISATIONS = words("words", "EMBEDDING_ORGANISATIONS")
EMBEDDING_HEADS = (
    EMBEDDING_ORGANISATIONS | words("words", "EMBEDDING_FACILITIES") | words("words", "EMBEDDING_EVENTS")
)
EMBEDDING_NAME_WORDS = words("words", "EMBEDDING_NAME_WORDS")
EMBEDDING_PARTS = words("words", "EMBEDDING_PARTS")
EMBEDDING_LINKS = words("words", "EMBEDDING_LINKS")
EMBEDDING_NOT_PLACES = words("words", "EMBEDDING_NOT_PLACES")
ORGANISATION_LINKS = words("words", "ORGANISATION_LINKS")
MEDIA_WORDS = words("words", "MEDIA_WORDS")
# Words that end places' own names ("Henry County", "Victoria Falls", "Grand Island"): a first
# name before one of these does not make the pair a person's name.
PLACE_NAME_ENDS = EMBEDDING_NAME_WORDS | EMBEDDING_NOT_PLACES

# Capitalised words after a name that make the whole an organisation or a title of a work
# ("Euphrates Shield", "Red Sea Newswire", "Kyiv Independent").
ORG_AFTER = words("words", "ORG_AFTER")

# Lower-case nouns after a name that make it a people or a group, not a place.
GROUP_NOUNS = words("words", "GROUP_NOUNS")

# Words just before a name that make it part of an organisation ("État islamique au Sahel").
ORG_BEFORE = words("words", "ORG_BEFORE")

# Nouns of vessels and works: "le bateau Tombouctou", "the ship Odessa".
NAMED_THINGS = words("words", "NAMED_THINGS")

# Words that introduce a comparison: the place that follows is not where anything happens.
COMPARISON_BEFORE = phrases("words", "COMPARISON_BEFORE")
# "a comparé la ville détruite à Hiroshima": a comparison verb earlier in the sentence and à/to.
COMPARISON_VERBS = phrases("words", "COMPARISON_VERBS")

# After a country or capital: a verb that makes the name an actor (metonymy), not a place.
ACTOR_VERBS = words("words", "ACTOR_VERBS")
ACTOR_PARTICIPLES = words("words", "ACTOR_PARTICIPLES")
# Preposition + article before a country that makes it an actor ("dirigée par les États-Unis").
ACTOR_BEFORE = phrases("words", "ACTOR_BEFORE")
# Possessive + these words: "Russia's defence ministry", "Sudan's Rapid Support Forces".
POSSESSIVE_ACTOR_NOUNS = words("words", "POSSESSIVE_ACTOR_NOUNS")
