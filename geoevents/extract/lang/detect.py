"""Stopwords of languages geoevents does not read, so that such a text is recognised and
reported ("German text, read as: French, English and Spanish") rather than silently read with the
rules of another language. Each list holds the language's most frequent function words,
those it shares with a language read included ("de", "la", "que", "in"): the words only
it has decide. Lower case, accents kept, as the detector reads them."""

STOPWORDS: dict[str, str] = {
    "de": """der die das den dem des und in zu ist nicht mit von im ein eine auf für sich auch wird
        wurde nach bei aus wie oder sind hat haben gegen""",
    "it": """il la le di del della delle degli dei e che in a per non con una un gli nel nella alla
        sono anche più dopo dal sul tra ieri stato""",
    "pt": """o a os as de do da dos das e em que no na não uma um com para pelo pela foi são também
        mais como depois ontem segundo""",
}
