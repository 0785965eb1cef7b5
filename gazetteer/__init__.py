"""Curated gazetteer data (reviewed like code), shipped as ``geoevents.curated``."""
