"""Spanish language pack."""
