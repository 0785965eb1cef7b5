"""English date words (folded). Month and weekday names come from CLDR through babel
(:func:`geoevents.extract.lang.names`); here only the spellings news uses that CLDR lacks."""

EXTRA_MONTHS = {"sept": 9}  # "Sept. 11" (CLDR's English abbreviation is "Sep")

# Regex alternatives over folded text, read by the date finder (geoevents/extract/dates.py).
RELATIVE_YEAR = ("this year", "last year")
TIME_OF_DAY = ("morning", "evening", "night", "afternoon")
RECENT = (
    "in recent days",
    "in recent weeks",
    "over the past (?:few )?(?:days|weeks?)",
    "these past days",
    "for (?:several |some |a few )?(?:days|weeks)",
)
COMING = (
    "in the coming (?:days|weeks|months)",
    "within (?:days|weeks|months)",
    "in the next few (?:days|weeks)",
)
# "within two weeks", "over the next three days": the words before the count, the units
COMING_COUNT_BEFORE = ("within", "in the next", "over the next")
COMING_UNITS = ("days", "weeks", "months")
# "the next day" (1 day after the previous event), "later that day" (0), "the day before" (-1)
ANAPHORA = {
    0: ("(?:later )?that day", "the same day"),
    1: ("the next day", "the following day", "a day later"),
    -1: ("the day before", "the previous day"),
}
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Words one of which (or a digit) every date expression holds: a sentence without any has no date.
DATE_WORDS = """day days later week weeks weekend month months year years night overnight yesterday today
    fall recapture battle since hours twenty liberation capture"""
