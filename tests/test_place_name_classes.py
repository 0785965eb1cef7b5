"""Classes of place names as the press writes them: country names beyond the short name
(official, common and alternate forms; '&' initials).

Sentences are written here; answers are asserted within a stated distance of the real place, or
inside its polygon.
"""

from __future__ import annotations

import pytest

from geoevents.gazetteer.resolver import haversine_km
from geoevents.gazetteer.sources.country_forms import (
    and_initials,
    initials_abbreviations,
    phrase_forms,
)
from geoevents.geoparsing import geoparse

VATICAN = (41.904, 12.453)
TRINIDAD_AND_TOBAGO = (10.69, -61.22)


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return spans


def resolve_in(text: str, *names: str):
    return geoparse(text, spans=spans_of(text, *names))


@pytest.mark.parametrize(
    ("written", "forms"),
    [
        ("Holy See (Vatican City State)", ["Holy See", "Vatican City State"]),
        ("Micronesia, Federated States of", ["Federated States of Micronesia"]),
        ("Iran, Islamic Republic of", ["Islamic Republic of Iran"]),
        ("Saint Martin (French part)", ["Saint Martin"]),
        ("Taiwan, Province of China", ["Taiwan"]),
        ("the State of Palestine", ["State of Palestine"]),
        ("Falkland Islands (Islas Malvinas)", ["Falkland Islands", "Islas Malvinas"]),
        ("", []),
    ],
)
def test_phrase_forms_never_give_a_partial_name(written, forms):
    assert phrase_forms(written) == forms


def test_and_initials_only_for_two_single_words():
    assert and_initials("Trinidad and Tobago") == "T&T"
    assert and_initials("Bosnia and Herzegovina") == "B&H"
    assert and_initials("Saint Vincent and the Grenadines") is None
    assert and_initials("Turks and Caicos Islands") is None
    assert {"T&T", "B&H", "A&B"} <= initials_abbreviations()


def test_holy_see_is_the_vatican(gazetteer):
    (mention,) = resolve_in("The Holy See said on Monday it would send an envoy.", "Holy See")
    assert mention.place is not None and mention.place.feature_class == "country"
    assert haversine_km(mention.latitude, mention.longitude, *VATICAN) < 5


def test_t_and_t_is_trinidad_and_tobago(gazetteer):
    text = "Flooding hit T&T on Sunday, and T&T officials asked for help."
    first, second = resolve_in(text, "T&T", "T&T")
    for mention in (first, second):
        assert mention.place is not None and mention.place.gazetteer_id == "country:TT"
        assert haversine_km(mention.latitude, mention.longitude, *TRINIDAD_AND_TOBAGO) < 60


def test_initials_are_abbreviations_taken_only_as_written():
    from geoevents.gazetteer.sources.countries import abbreviations

    assert "T&T" in abbreviations() and "B&H" in abbreviations()
    assert "t&t" not in abbreviations()


def test_swaziland_and_east_timor_are_alternate_names(gazetteer):
    swazi, timor = resolve_in("Aid went to Swaziland and to East Timor.", "Swaziland", "East Timor")
    assert swazi.place is not None and swazi.place.country == "SZ"
    assert timor.place is not None and timor.place.country == "TL"
