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
# Comment boxes, reactions and "related articles" blocks: a short line opening with one of these.
COMMENT_LINES = (
    r"(?:\d+ )?comments?(?: \(\d+\))?\s*$",
    "sign in to comment",
    "log in to comment",
    "leave a comment",
    "add a comment",
    "join the (?:discussion|conversation)",
    "share this (?:article|story|page)",
)
# Headings of a block of links to other articles, alone on their line: the short titles under
# them are the block's.
RELATED_HEADINGS = (
    "related(?: articles?| stories| coverage| content)?",
    "more from [\\w .'-]{1,40}",
    "more stories",
    "you may also like",
    "read more",
    "most read",
    "see also",
)
# Caption and credit labels before a colon ("Photo caption:").
CAPTION_LABELS = ("photo", "credit", "caption")
RIGHTS = ("all rights reserved",)
# Words before a publication date in the page ("Published on October 24, 2017").
PUBLISHED = ("published(?: on)?", "updated(?: on)?")
