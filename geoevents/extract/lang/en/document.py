"""English page furniture (regex alternatives over a line's text, case-insensitive)."""

# Links to other articles, before a colon or a dash ("Read more:").
LINK_LINES = (
    "read more",
    "read also",
    "see also",
    "related(?: coverage| stories| articles?)?",
    "more on this",
)
# Share and follow bars.
SHARE_LINES = ("share", "follow us")
# Subscription and sign-in prompts.
ACCOUNT_LINES = ("subscribe", "sign in", "newsletter")
# Caption and credit labels before a colon ("Photo caption:").
CAPTION_LABELS = ("photo", "credit", "caption")
RIGHTS = ("all rights reserved",)
# Words before a publication date in the page ("Published on October 24, 2017").
PUBLISHED = ("published(?: on)?", "updated(?: on)?")
