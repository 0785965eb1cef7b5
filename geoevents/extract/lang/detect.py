"""Stopwords of languages geoevents does not read, so that such a text is recognised and
reported ("Spanish text, read as: French and English") rather than silently read with the
rules of another language. Each list holds the language's most frequent function words,
those it shares with French or English included ("de", "la", "que", "in"): the words only
it has decide. Lower case, accents kept, as the detector reads them."""

STOPWORDS: dict[str, str] = {
    "es": """el la los las de del al y en a que se un una por para con no su sus lo como pero más
        fue muy sin hasta desde según también este esta estos donde cuando porque hay fueron tras
        durante sobre dijo ayer después años""",
    "de": """der die das den dem des und in zu ist nicht mit von im ein eine auf für sich auch wird
        wurde nach bei aus wie oder sind hat haben gegen""",
    "it": """il la le di del della delle degli dei e che in a per non con una un gli nel nella alla
        sono anche più dopo dal sul tra ieri stato""",
    "pt": """o a os as de do da dos das e em que no na não uma um com para pelo pela foi são também
        mais como depois ontem segundo""",
}
