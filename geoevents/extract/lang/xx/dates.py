"""Date words of no one language (none yet)."""
