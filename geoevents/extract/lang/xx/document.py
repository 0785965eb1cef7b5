"""Page furniture of no one language."""

RIGHTS = ("©",)
