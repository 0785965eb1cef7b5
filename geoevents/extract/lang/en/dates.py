"""English date words (folded). Month and weekday names come from CLDR through babel
(:func:`geoevents.extract.lang.names`); here only the spellings news uses that CLDR lacks."""

EXTRA_MONTHS = {"sept": 9}  # "Sept. 11" (CLDR's English abbreviation is "Sep")

# Regex alternatives over folded text, read by the date finder (geoevents/time/find.py).
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
DATE_WORDS = """decade decades day days later week weeks weekend month months year years night overnight yesterday today
    fall recapture battle since hours twenty liberation capture"""

# ---- words the date grammar's shared rules are made of (geoevents/time/find.py: the
# rule "{PART} {OF_MONTH} {MONTH} {OF_YEAR} {YEAR}" reads "early October of 2017")
DAY_ARTICLE = ()
DAY_OF = ("of",)  # "the 17th of October"
IN = ("in",)
IN_MONTH = ("in",)
AND = ("and",)
LAST_BEFORE = ("last",)  # "last May"
LAST_AFTER = ()
OF_MONTH = (r"of\s+",)
OF_YEAR = (r"of\s+",)
OF_PART_YEAR = (r"of\s+",)
NIGHT_OF = ()
NIGHT_OF_TO = ()
WEEKEND = (r"(?:over|on|during)\s+the\s+weekend", "last weekend")
ON_DAY = ("on",)
WEEKDAY_BEFORE = ("last", "next", "this past")
WEEKDAY_AFTER = ()
FOR = ("for",)
ON_WEEKDAY = ("on",)
NIGHT = ("overnight", "last night", "during the night")
HOURS_24_BEFORE = ("in", "over", "within", "(?:in|over) the (?:past|last)")
TWENTY_FOUR = ("twenty-four",)
HOURS = ("hours",)
DAY_WORDS = ("yesterday", "today")
WEEK = ("last week", "(?:this|next) week")
MONTH_RELATIVE = ("(?:last|next) month",)
EARLIER_LATER = (r"(?:earlier|later)\s+(?:this|in\s+the)\s+(?:month|week)",)
DECADE = (r"the\s+(?:1[89]\d0|20\d0)s",)
MONTH_EDGE_ARTICLE = ("the",)
MONTH_EDGE = ("end", "beginning", "start")
OF_THIS_MONTH = (r"of\s+the\s+month", r"of\s+this\s+month")
WEEK_START = (r"the\s+(?:start|beginning)\s+(?:of\s+the|of\s+this)\s+week",)
EARLY_THIS_YEAR = ("early this year",)
WEEKEND_WORD = ("weekend",)
SINCE = ("since",)
FROM = ("starting (?:in|on|from)",)
SINCE_ARTICLE = ("the", "in")
UNTIL = ("until", "by")
UNTIL_ARTICLE = ()
AFTER = ("after", "since")  # "after the fall of X"
THE = ("the",)
CAPTURE_NOUNS = ("capture", "fall", "recapture", "liberation", "battle")
OF = (r"of\s+",)
PLACE_STOPS = ("in", "on", "at", "of", "the", "and", "by", "since", "last", "this")
SINCE_EVENT = ("since", "ever since")  # "since the start of the fighting", "since the war began"
SINCE_EVENT_OPENERS = (
    "the (?:start|beginning|outbreak|onset) of (?:the )?",
    r"(?:the )?(?=[a-z][\w'-]* (?:began|started|erupted|broke out))",
)
TIME_NOUNS = ("month", "week", "year", "day", "decade", "century")
ARTICLES = ("the",)
BEGAN = ("began", "started", "erupted", "broke out")
SINCE_THEN = ("since then", "ever since", "since that day")
# A clause dating its subject's start ("the fighting, which began in June, has killed ..."):
# a tally told after it runs from that start to publication.
STARTED_CLAUSE = ("launched", "began", "started", "erupted", "broke out")
ABOUT_LATER = ("less than ", "some ", "about ")
LATER_UNITS = ("days?", "hours", "weeks?")
LATER = ("later",)
FEW = ("a few", "several", "some")  # "a few hours later": the same day
LASTING_BEFORE = ("after", "following", "at the end of")
ABOUT = ("nearly ", "almost ", "more than ", "about ", "some ")
UNITS = ("days?", "weeks?", "months?", "years?")
OF_NOUN = ("of",)
THE_NTH = ("the",)
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
NTH_UNITS = ("day", "week")
UNIT_STEMS = {
    "day": ("day",),
    "week": ("week",),
    "month": ("month",),
    "year": ("year",),
    "decade": ("decade",),
}
WEEKS = ("weeks",)
YEAR_OF = ("of",)  # "the deal of 2016"
RANGE_TO = ("to", "and")
YEAR_DETERMINERS = ("the", "its", "their", "this", "that", "a", "an")  # "the 2016 peace deal"
DATE_LEADS = ("in", "on", "the", "last", "next", "this", "early", "late")
MID_PREFIX = ("mid-?",)
BETWEEN = ("between", "from")
BETWEEN_AND = ("and", "to", "into", "until", "through", "till")
DAY_RANGE_FROM = ()
DAY_RANGE_TO = ()
MID = ("mid", "middle")
SUPERLATIVES = (r"\w+est", "most", "first", "worst", "best")

# ---- words of the value parser (geoevents/time/parse.py), which reads a value or phrase whole
NUMBERS = {
    "a": 1,
    "an": 1,
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
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
}
# the part of a month or year a word names ("early October", "mid-2016", "the end of 2021")
PART_WORDS = {
    "early": "early",
    "beginning of": "early",
    "start of": "early",
    "mid": "mid",
    "mid-": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
}
END_WORDS = ("end of",)  # of a year: narrower than "late" (November and December)
# "le début de l'année" / "at the end of this year": the part of the anchor's year a word names
YEAR_PART_WORDS = {"beginning": "early", "start": "early", "middle": "mid", "end": "end"}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
VALUE_SINCE = ("since", "from", "starting")  # "since August 2014": from then to the anchor
TODAY = ("today",)
YESTERDAY = ("yesterday",)
LAST_WEEK = ("last week",)
# "overnight", "in the past 24 hours": the anchor and the day before
OVERNIGHT = ("overnight", "last night", "during the night")
# weekdays: "on Monday" (the latest on or before the anchor), "last Friday" (before it),
# "next Sunday", "by Sunday", "for Wednesday" (after it)
WEEKDAY_ON = ("on",)
LAST_WEEKDAY_BEFORE = ("last", "this past")
NEXT_WEEKDAY_BEFORE = ("next", "by", "for")
VALUE_WEEKEND = (r"(?:over |on |during )?(?:the |last )?weekend",)
# "the start of the week": its Monday
START_ARTICLE = ("the",)
START_WORDS = ("start", "beginning")
OF_THE_WEEK = ("of the", "of this")
WEEK_WORDS = ("week",)
THIS_WEEK = ("this week",)
NEXT_WEEK = ("next week",)
# "earlier this month" (from its first day to the anchor), "later this week" (after the anchor)
EARLIER_LATER_VALUE = (r"(?P<when>earlier|later) (?:this|in the) (?P<unit>month|week)",)
EARLIER = ("earlier",)
DECADE_BEFORE = ("in", "during", "since")
DECADE_VALUE = (r"the (?P<decade>1[89]\d0|20\d0)s",)
LAST_MONTH = ("last month",)
NEXT_MONTH = ("next month",)
MONTH_EDGE_LATE = ("end",)  # "the end of the month": its last part
THIS_YEAR_PART_BEFORE = ("at the", "since the", "the")
OF_THIS_YEAR = ("of (?:the|this) year",)
THIS_YEAR = ("this year",)
LAST_YEAR = ("last year",)
# seasons: "in the spring of 2015", "last summer"; "fall" only with a word that makes it one
SEASON_BEFORE = ("in ", "during ", "the ", "this ", "last ")
AMBIGUOUS_SEASONS = ("fall",)
AMBIGUOUS_SEASON_BEFORE = ("(?:in |during )?(?:the |this |last )",)
SEASON_OF = ("of ",)
LAST_SEASON = (r"(?:since |in )?last ",)  # "last autumn" said in the autumn: the one before
# counts: "ten days ago", "about two weeks ago", "over the past three days"
COUNT_UNITS = ("days?", "weeks?", "months?", "years?", "decades?")
COUNT_ABOUT = ("just ", "about ", "some ", "nearly ", "almost ", "more than ")
AGO_AFTER = ("ago",)
PAST_COUNT = (r"(?:(?:in|over|during) )?the (?:past|last) (?P<n>{count}) (?:days|weeks|months)",)
# days and months read whole: "on the 17th of October", "October 17, 2017", "in October of 2017"
DAY_SUFFIXES = ("st", "nd", "rd", "th")  # "17th"
VALUE_SINCE_ARTICLE = ("the ",)
DAY_BEFORE = ("on ", "the ")
DAY_MONTH_OF = ("of ",)
MONTH_DAY_BEFORE = ("on ",)
PART_MONTH_OF = ("of ",)
PART_YEAR_OF = ("of ",)
VALUE_IN_MONTH = ("in ",)
IN_MONTH_YEAR_OF = ("of ",)
HALF_OF_YEAR = (r"(?P<half>first|second) half of (?P<year>\d{4})",)
FIRST_HALF = ("first",)
EVENT_YEAR_ARTICLE = ("the",)  # "since the 1971 war": an event named by its year, not a date
