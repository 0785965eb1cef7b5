"""The gazetteer engine: store files, layers, resolution in context, and the embedded default."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import shapely
from shapely.geometry import LineString, Point

from geoevents.errors import GazetteerError
from geoevents.gazetteer import Gazetteer, ResolveContext, default_gazetteer, demonym_country
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.index import LayeredIndex, MemoryIndex, StoreIndex
from geoevents.gazetteer.resolver import NameMatch, context_cues, find_candidates, similar_enough, split_cues
from geoevents.gazetteer.sources import SourceRecord
from geoevents.gazetteer.store import GazetteerStore, StoreBuilder, key_hash


def _record(
    id_: str, name: str, cls: str, lat: float, lon: float, cc: str, *alts: str, pop: int = 0, geom=None
):
    entry = GazetteerEntry(
        id=id_,
        name=name,
        feature_class=cls,
        latitude=lat,
        longitude=lon,
        country=cc,
        population=pop,
        geometry_wkb=None if geom is None else shapely.to_wkb(geom),
    )
    return SourceRecord(entry, (name, *alts))


RIVER = LineString([(38.0, 36.5), (40.1, 35.3), (41.0, 34.4)])
RECORDS = [
    _record("t:1", "Abu Kamal", "town", 34.452, 40.918, "SY", "Albu Kamal", "البوكمال", pop=57000),
    _record("t:2", "Tripoli", "city", 32.887, 13.187, "LY", pop=1_300_000),
    _record("t:3", "Tripoli", "city", 34.433, 35.844, "LB", pop=229_000),
    _record("t:4", "Omar", "town", 30.0, 31.0, "EG", pop=2_000),
    _record("t:5", "Al-Omar oil field", "oil_field", 35.152, 40.576, "SY", "Omara", "al-Omar"),
    _record("t:6", "Euphrates", "river", 35.3, 40.1, "SY", "Euphrate", "al-Furat", geom=RIVER),
    _record("t:7", "Syria", "country", 35.0, 38.5, "SY", "Syrie", pop=20_000_000),
    _record("t:8", "Libya", "country", 27.0, 17.0, "LY", "Libye", pop=7_000_000),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "test.store"
    builder = StoreBuilder()
    for record in RECORDS:
        builder.add(record.entry, record.names, name_only=record.name_only)
    builder.write(path)
    return path


@pytest.fixture(scope="module")
def small(store_path: Path) -> Gazetteer:
    return Gazetteer(StoreIndex(GazetteerStore(store_path)))


def test_store_round_trip(store_path: Path) -> None:
    store = GazetteerStore(store_path)
    assert len(store) == len(RECORDS)
    number = store.number_of("t:6")
    entry = store.entry(number)
    assert (entry.name, entry.feature_class, entry.country) == ("Euphrates", "river", "SY")
    assert entry.geometry_wkb is None  # geometries are loaded only when asked for
    assert shapely.from_wkb(store.entry(number, geometry=True).geometry_wkb).equals(RIVER)
    assert list(store.exact.get("tripoli")) == sorted(store.exact.get("tripoli"))
    assert {store.entry(n).country for n in store.exact.get("tripoli")} == {"LY", "LB"}
    assert store.number_of("t:404") is None


def test_store_verifies_hash_hits(store_path: Path) -> None:
    store = GazetteerStore(store_path)
    assert len(store.exact.get("no such place")) == 0
    # Forge a query whose hash is a stored one but whose text differs: the key text check rejects it.
    slot = store.exact.slot("tripoli")
    assert slot is not None and store.exact.key_at(slot) == "tripoli"
    assert key_hash("tripoli") == store.exact._hashes[slot]
    assert store.exact.slot("tripoli ") is None


def test_broken_store_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.store"
    bad.write_bytes(b"not a store at all")
    with pytest.raises(GazetteerError, match="not a geoevents gazetteer store"):
        GazetteerStore(bad)


def test_transliterations_resolve_to_the_same_entry(small: Gazetteer) -> None:
    ids = {
        small.resolve(m).place.gazetteer_id for m in ("Abou Kamal", "Albu Kamal", "Abu Kemal", "Al-Bukamal")
    }
    assert ids == {"t:1"}
    assert small.resolve("Euphrate").place.gazetteer_id == "t:6"
    assert small.resolve("Euphrate").place.geometry.geom_type == "LineString"


def test_feature_cues_pick_the_oil_field(small: Gazetteer) -> None:
    result = small.resolve("Omara fields")
    assert result.place.gazetteer_id == "t:5"
    assert "oil field" in result.reason
    assert small.resolve("champ pétrolier d'al-Omar").place.gazetteer_id == "t:5"
    assert small.resolve("gisements pétroliers d'Omara").place.gazetteer_id == "t:5"


def test_context_text_disambiguates(small: Gazetteer) -> None:
    assert small.resolve("Tripoli", context="Libyan capital").place.country == "LY"
    assert (
        small.resolve("Tripoli", context="northern Lebanon, port near the Syrian border").place.country
        == "LB"
    )
    assert small.resolve("Tripoli", near=["LB"]).place.country == "LB"
    omar = small.resolve("Omar", context="rockets fired at the base at Omar in eastern Syria")
    assert omar.place.gazetteer_id == "t:5", omar.candidates


def test_every_answer_has_candidates_scores_and_reasons(small: Gazetteer) -> None:
    result = small.resolve("Tripoli")
    assert result.resolved and 0 < result.score <= 1 and result.reason
    assert len(result.candidates) >= 2
    assert all(c.reason and 0 <= c.score <= 1 for c in result.candidates)
    assert small.resolve("Zzyzx Qwerty").place is None


def test_nearby_places_and_bbox(small: Gazetteer) -> None:
    near_syria = ResolveContext(nearby=((34.9, 40.5),))
    assert small.resolve("Tripoli", context=near_syria).place.country == "LB"
    box = ResolveContext(bbox=(10.0, 30.0, 20.0, 35.0))
    assert small.resolve("Tripoli", context=box).place.country == "LY"


def test_a_region_outranks_a_same_name_village_not_a_town() -> None:
    """Without context a region (or a curated area) counts as a town of 20,000 people: it wins over
    a village sharing its name, often only through a GeoNames alternate name ("Kashmir" is also
    Cashmere, Washington; "Borno" Borna, Saxony), and loses to a larger town of that name."""
    records = [
        _record("t:kashmir", "Kashmir", "region", 34.09, 74.81, "IN", "Cachemire"),
        _record("t:cashmere", "Cashmere", "town", 47.52, -120.47, "US", "Kashmir", pop=3_159),
        _record("t:borno", "Borno State", "region", 11.85, 13.16, "NG", "Borno"),
        _record("t:borna", "Borna", "town", 51.12, 12.50, "DE", "Borno", pop=18_806),
        _record("t:khost-province", "Khost Province", "province", 33.34, 69.92, "AF", "Khost"),
        _record("t:khost", "Khost", "city", 33.34, 69.92, "AF", pop=106_083),
    ]
    small = Gazetteer(MemoryIndex.build(records))
    assert small.resolve("Kashmir").place.gazetteer_id == "t:kashmir"
    assert small.resolve("Borno").place.gazetteer_id == "t:borno"
    assert small.resolve("Khost").place.gazetteer_id == "t:khost"  # a town of 100,000 keeps its name
    assert small.resolve("Borno", context="a town in Saxony, Germany").place.gazetteer_id == "t:borna"


def test_a_full_name_wins_a_tie_with_the_name_without_its_cue_words() -> None:
    records = [
        _record("t:kri", "Kurdistan Region", "region", 36.19, 44.01, "IQ", "Kurdistan"),
        _record("t:ir-12", "Kordestan", "admin1", 35.31, 47.0, "IR", "Kurdistan", "Kurdistan Province"),
    ]
    small = Gazetteer(MemoryIndex.build(records))
    assert small.resolve("Kurdistan Province").place.gazetteer_id == "t:ir-12"
    assert small.resolve("Kurdistan", near=["IQ"]).place.gazetteer_id == "t:kri"
    assert small.resolve("Kurdistan", near=["IR"]).place.gazetteer_id == "t:ir-12"


def test_how_a_name_matched_travels_as_data_beside_its_reason(small: Gazetteer) -> None:
    """The match kind and the similarity are fields of the hits, candidates and answers; the
    reason text says the same thing in words ("similar name (88%)")."""
    hit = find_candidates(small.index, "Abu Kamol")[0]
    assert (hit.match, hit.similarity, hit.how) == (NameMatch.SIMILAR, 0.88, "similar name (88%)")
    similar = small.resolve("Abu Kamol")
    assert similar.place is not None and similar.place.gazetteer_id == "t:1"
    assert (similar.match, similar.similarity) == (NameMatch.SIMILAR, 0.88)
    assert similar.reason.startswith("similar name (88%)")
    assert (similar.candidates[0].match, similar.candidates[0].similarity) == (NameMatch.SIMILAR, 0.88)
    exact = small.resolve("Abū Kamāl")
    assert (exact.match, exact.similarity) == (NameMatch.EXACT, None)
    folded = small.resolve("Syriaa")
    assert (folded.match, folded.similarity) == (NameMatch.FOLDED, None)
    nothing = small.resolve("Lybia")
    assert nothing.place is None and nothing.match is None


def test_similar_enough_reads_the_similarity() -> None:
    assert similar_enough("Abu Kamol", "Abu Kamal", "town", 0.88)
    assert not similar_enough("Fire Island", "Friesland", "region", 0.84)
    assert similar_enough("Syrian", "Syria", "country", 0.77)  # a country whose name starts the mention
    assert similar_enough("Goma", "Goma", "town", None)  # not found by a similar name


def test_split_cues_and_context_cues() -> None:
    assert split_cues("gisements pétroliers d'Omara") == ("omara", frozenset({"oil_field", "gas_field"}))
    assert split_cues("province de Deir ez-Zor")[0] == "deir ez zor"
    assert split_cues("fleuve Niger") == ("niger", frozenset({"river"}))
    preferred, avoided = context_cues("seasonal flood of the river; the river, not the country")
    assert "river" in preferred and "country" in avoided and "country" not in preferred


def test_demonyms() -> None:
    assert demonym_country("Syrian") == "SY"
    assert demonym_country("Iraqi") == "IQ"
    assert demonym_country("Lebanese") == "LB"
    assert demonym_country("libyenne") == "LY"
    # the Factbook's adjective of Turkey (the CLDR prefix rule alone found it ambiguous:
    # Turkey, Turkmenistan, Turks and Caicos)
    assert demonym_country("Turkish") == "TR"
    assert demonym_country("Government") is None


def test_layer_adds_and_overrides(small: Gazetteer) -> None:
    moved = _record("t:1", "Abu Kamal", "town", 34.5, 40.9, "SY", "Boukamal city")
    added = _record("user:x", "Hajin camp", "camp", 34.7, 40.8, "SY")
    layered = small.with_layer([moved, added])
    assert isinstance(layered.index, LayeredIndex)
    result = layered.resolve("Albu Kamal")  # an embedded name now leads to the overriding entry
    assert result.place.gazetteer_id == "t:1" and result.place.latitude == pytest.approx(34.5)
    assert layered.resolve("Boukamal city").place.gazetteer_id == "t:1"
    assert layered.resolve("Hajin camp").place.gazetteer_id == "user:x"
    assert len({c.gazetteer_id for c in layered.resolve("Abu Kamal").candidates}) == len(
        layered.resolve("Abu Kamal").candidates
    )


def test_user_csv_and_geojson_files(small: Gazetteer, tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "id,name,latitude,longitude,feature_class,country,alt_names\n"
        "t:2,Tripoli,32.9,13.2,city,LY,Tarabulus al-Gharb\n"
        ",Green Village,35.1,40.2,camp,SY,Green Vilage|Qaryat al-Khadra\n",
        encoding="utf-8",
    )
    geojson_file = tmp_path / "mine.geojson"
    geojson_file.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[40, 35], [41, 35], [41, 36], [40, 35]]],
                        },
                        "properties": {
                            "id": "zone-a",
                            "name": "Zone A",
                            "feature_class": "region",
                            "country": "SY",
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    layered = small.with_files([csv_file, geojson_file])
    assert layered.resolve("Tarabulus al-Gharb").place.gazetteer_id == "t:2"
    assert layered.resolve("Qaryat al-Khadra").place.gazetteer_id == "user:mine:3"
    zone = layered.resolve("Zone A")
    assert zone.place.gazetteer_id == "user:zone-a" and zone.place.geometry.geom_type == "Polygon"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude\nNowhere,95,10\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"row 2: latitude 95\.0 is out of range"):
        small.with_files([bad])
    other = tmp_path / "places.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(GazetteerError, match="unknown gazetteer file type"):
        small.with_files([other])


def test_memory_index_matches_store(small: Gazetteer) -> None:
    memory = Gazetteer(MemoryIndex.build(RECORDS))
    for mention in ("Abou Kamal", "Omara fields", "Euphrate", "Tripoli", "Syrie", "al-Furat"):
        assert memory.resolve(mention).place.gazetteer_id == small.resolve(mention).place.gazetteer_id


def test_results_are_deterministic(small: Gazetteer) -> None:
    first = [small.resolve(m).candidates for m in ("Tripoli", "Omar", "Abu Kamal")]
    second = [small.resolve(m).candidates for m in ("Tripoli", "Omar", "Abu Kamal")]
    assert first == second


# The embedded default gazetteer (built once per cache directory).


@pytest.fixture(scope="module")
def embedded() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize("mention", ["Abou Kamal", "Al-Bukamal", "Albu Kamal", "Abu Kemal"])
def test_embedded_abu_kamal_spellings(embedded: Gazetteer, mention: str) -> None:
    assert embedded.resolve(mention, near=["SY"]).place.gazetteer_id == "geonames:174448"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Mossoul", "geonames:99072"),
        ("Deir Ezzor", "geonames:170794"),
        ("Syrie", "country:SY"),
        ("Irak", "country:IQ"),
        ("États-Unis", "country:US"),
    ],
)
def test_embedded_exonyms(embedded: Gazetteer, mention: str, expected: str) -> None:
    assert embedded.resolve(mention).place.gazetteer_id == expected


def test_embedded_river_field_and_region(embedded: Gazetteer) -> None:
    euphrates = embedded.resolve("Euphrate").place
    assert euphrates.feature_class == "river" and euphrates.geometry.geom_type in (
        "LineString",
        "MultiLineString",
    )
    omar = embedded.resolve("Omara fields", near=["SY"]).place
    assert omar.feature_class == "oil_field" and "omar" in omar.name.lower()
    province = embedded.resolve("province de Deir ez-Zor").place
    assert province.feature_class == "governorate" and province.geometry.geom_type in (
        "Polygon",
        "MultiPolygon",
    )
    assert province.geometry.covers(Point(40.14, 35.33))


def test_embedded_admin1_regions_are_natural_earth_polygons(embedded: Gazetteer) -> None:
    georgia = embedded.resolve("Georgia", context="US state, ballots counted in Atlanta").place
    assert georgia.gazetteer_id == "iso3166-2:US-GA" and not georgia.approximate
    assert georgia.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert georgia.geometry.covers(Point(-84.38798, 33.749))  # Atlanta, GeoNames 4180439
    assert embedded.resolve("Géorgie", context="South Caucasus republic").place.gazetteer_id == "country:GE"


def test_embedded_size(embedded: Gazetteer) -> None:
    assert len(embedded) > 230_000
    assert embedded.get("country:SY").feature_class == "country"
    assert sum(1 for e in embedded.lookup("Paris") if e.country == "US") >= 2


def test_cache_directory_handling(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from geoevents.gazetteer.index import load_or_build

    source = SimpleNamespace(__name__="tiny", fingerprint=lambda: "v1", records=lambda: iter(RECORDS))
    for age, name in enumerate(["gazetteer-old1.store", "gazetteer-old2.store", "gazetteer-old3.store"]):
        (tmp_path / name).write_bytes(b"stale")
        os.utime(tmp_path / name, (1_000_000 - age, 1_000_000 - age))
    index = load_or_build([source], tmp_path)
    assert len(index) == len(RECORDS)
    kept = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".store")
    assert kept == sorted([index.store.path.name, "gazetteer-old1.store", "gazetteer-old2.store"])
    again = load_or_build([source], tmp_path)  # loaded, not rebuilt
    assert again.store.path == index.store.path
    blocker = tmp_path / "a-file"  # a cache "directory" under a file cannot be created, even by root
    blocker.write_text("x", encoding="utf-8")
    unwritable = load_or_build([source], blocker / "cache")
    assert len(unwritable) == len(RECORDS)
    assert not unwritable.store.path.exists()  # built in a temporary file, mapped, then removed


def test_admin1_name_variants_and_links() -> None:
    from types import SimpleNamespace

    from geoevents.gazetteer.normalize import fold
    from geoevents.gazetteer.sources.admin1 import _Group, link, name_variants

    assert fold("Kharkiv") in name_variants("Kharkivska oblast")
    assert fold("Donetsk") in name_variants("Donetska oblast")
    assert fold("Belgorod") in name_variants("Belgorodskaya oblast'")
    assert fold("Borno") in name_variants("Borno State")
    groups = {("US", "GA"): _Group(), ("UA", "07"): _Group()}
    names = {("UA", fold("Kharkiv")): ("07", 1_400_000)}
    georgia = SimpleNamespace(code="US-GA", name="Georgia")
    kharkiv = SimpleNamespace(code="UA-63", name="Kharkivska oblast")
    tigray = SimpleNamespace(code="ET-TI", name="Tigrai")
    assert link(georgia, groups, names) == ("GA", "iso code")
    assert link(kharkiv, groups, names) == ("07", "named after a place")
    assert link(tigray, groups, names) is None  # left out rather than guessed
