"""The contextual ranker: every name of a text (or of an event table) chosen among its candidates
in the context of the others.

One resolver for both paths: :func:`geoevents.extract.toponyms.resolve_mentions` (names in a
text) and :func:`geoevents.locate.locate_events` (the ``place_text`` of table rows) describe
their names as :class:`Name` objects and call :func:`rerank` with the answers they have so far.
For each distinct name (up to case, accents and punctuation: "MANSFIELD" and "Mansfield" are one
name), every candidate gets the features of :data:`FEATURES`:

* what the candidate is: population, feature class (country, first- and second-level region,
  populated place, other), how its name matched (exact main name, exact alternate name, folded,
  similar), the first scorer's raw score (feature cues, focus countries), and whether it was the
  first answer;
* what the other names say: the share of them whose first answer lies in the candidate's
  country, or in its first-level region, or that have any candidate there; a country or a region
  named in the text that holds it; distance to the other names' first answers;
* how the name is written: "Albany, Ga." (a City, State pair whose second name holds the
  candidate), a dateline ("MANSFIELD, Ohio —") whose place shares the candidate's region;
* polygons: a town inside a county or district another name of the text may be, and that county
  ("Clarke County ... Athens").

A conditional logit (a softmax over each name's candidates) with the weights of
``geoevents/assets/ranker.json``, fitted by ``benchmarks/fit_ranker.py``, scores them; no
dependency at run time beyond the standard library. The ranker runs :data:`ROUNDS` times: the
second round reads the other names' answers of the first (the weights are fitted on the first).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from shapely.geometry import Point

from .demonyms import demonym_place
from .entry import POPULATED, GazetteerEntry
from .normalize import fold, normalize
from .resolver import (
    REGION_CLASSES,
    NameMatch,
    ResolveContext,
    Scored,
    focus_part,
    haversine_km,
    rank,
    split_cues,
)

if TYPE_CHECKING:  # pragma: no cover
    from . import Resolution

__all__ = ["FEATURES", "Name", "Weights", "candidate_table", "clear_caches", "load_weights", "rerank"]

ROUNDS = 2  # the second round reads the answers of the first
DEMONYM_REASON = "a demonym of"
DEMONYM_RAW = 0.8  # the first scorer's raw score given to a demonym's place (its threshold to answer)
CANDIDATES = 12  # candidates ranked per name
LARGEST = 3  # of them, the most populous namesakes, however the focus ranks them
ALL_MATCHES = 60  # matches the first scorer ranks before the candidates are chosen
EARTH_KM = 6371.0088  # the mean radius resolver.haversine_km uses
NEAR_KM = 50.0  # distance scales of the closeness features
AROUND_KM = 300.0
SHARED_APART_KM = 2000.0  # regions of the same name this far apart: the name is a common word
WORLD_CITY_PEOPLE = 1_000_000
LARGEST_BY_CAP = 3.0  # the largest namesake's lead counts up to 1000 times the next one's people
ADMIN1_CLASSES = REGION_CLASSES - {"district"}
ADMIN2_CLASSES = frozenset({"district", "admin2", "county"})
DISTRICT_CLASSES = ADMIN2_CLASSES


class Feature(StrEnum):
    """The features of a candidate (names of the weights in ``ranker.json``)."""

    PRIOR = "prior"
    CHOSEN = "chosen"
    LOG_POPULATION = "log_population"
    NO_POPULATION = "no_population"
    RELATIVE_POPULATION = (
        "relative_population"  # log10 of its population over the name's most populous candidate's
    )
    LARGEST = "largest_by"  # the most populous candidate: log10 of its population over the next's
    WORLD_CITY = "world_city"  # the largest by ten times, a town of a million people or more
    # a town smaller than a namesake, that nothing below the country vouches for (no region, pair,
    # dateline or place within 150 km): log10 of the most populous candidate's population over its
    SMALL_UNSUPPORTED = "small_unsupported"
    # a region (first or second level) of a country nothing else in the text is in or may be in,
    # not in the focus, not written with a name that holds it
    REGION_ABROAD = "region_abroad"
    # a region whose name regions of several countries bear, and no country ("West Coast",
    # "Western", "North West", "Capital")
    SHARED_REGION_NAME = "shared_region_name"
    COUNTRY = "class_country"
    ADMIN1 = "class_admin1"
    ADMIN2 = "class_admin2"
    POPULATED = "class_populated"
    OTHER = "class_other"
    MAIN_NAME = "match_main_name"
    ALTERNATE = "match_alternate_name"
    FOLDED = "match_folded"
    SIMILAR = "match_similar"
    DEMONYM = "match_demonym"  # "Syrians": the place a demonym points to
    COUNTRY_SHARE = "country_share"
    ADMIN1_SHARE = "admin1_share"
    COUNTRY_ANY = "country_any"
    ADMIN1_ANY = "admin1_any"
    COUNTRY_NAMED = "country_named"
    REGION_NAMED = "region_named"
    PAIR = "city_state_pair"
    IN_NAMED_DISTRICT = "in_named_district"  # inside the polygon of a district another name may be
    HOLDS_NAMED_PLACE = "holds_named_place"  # a district whose polygon holds a place another name may be
    DATELINE = "dateline_region"
    CLOSE = "close_50km"
    AROUND = "around_300km"
    FAR = "log_distance"
    ALONE = "no_other_names"
    FOCUS = "in_focus"


FEATURES: tuple[Feature, ...] = tuple(Feature)


@dataclass(frozen=True, slots=True)
class Name:
    """One occurrence of a name: ``query`` as sent to the gazetteer; ``follows``: the index (in
    the same list) of the name this one is written after with a comma ("Albany, Ga.": "Ga."
    follows "Albany"); ``dateline``: the name opens the text in capitals ("MANSFIELD, Ohio —")."""

    query: str
    follows: int | None = None
    dateline: bool = False


Weights = Mapping[str, float]


def key_of(query: str) -> str:
    """The key under which the occurrences of a name are one name."""
    return normalize(query)


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    """The fitted weights shipped with the package (``geoevents/assets/ranker.json``)."""
    text = resources.files("geoevents").joinpath("assets/ranker.json").read_text(encoding="utf-8")
    return {str(k): float(v) for k, v in json.loads(text)["weights"].items()}


# ---------------------------------------------------------------- what each name offers


@dataclass(frozen=True, slots=True)
class _Option:
    scored: Scored
    chosen: bool


@lru_cache(maxsize=50_000)
def _ranked(gazetteer, query: str, focus: frozenset[str], demonyms: bool) -> tuple[Scored, ...]:
    """A name's best candidates with the focus only: the same in every text and every round;
    with ``demonyms``, the place a demonym points to comes first when no candidate of some size has
    the name as written (given spans only: a demonym the recogniser finds is an adjective more often than a
    place, "the Iraqi army")."""
    scored = _with_largest(rank(gazetteer.index, query, ResolveContext(focus=focus), ALL_MATCHES)[1])
    scored = _with_convention(gazetteer, query, focus, scored)
    exact = [s.entry for s in scored if s.match is NameMatch.EXACT]
    if not demonyms or any(_stands_for_itself(entry) for entry in exact):
        return scored
    target = demonym_place(query)
    number = gazetteer.index.number_of(target) if target else None
    if number is None:
        return scored
    entry = gazetteer.index.entry(number)
    demonym = Scored(entry, DEMONYM_RAW, (f"{DEMONYM_REASON} {entry.name}",), number, demonym=True)
    return (demonym, *(s for s in scored if s.entry.id != entry.id))[:CANDIDATES]


# Names the English-language press gives a place that no gazetteer source does: "America" written
# alone is the United States in news (the continents are "North America", "South America",
# "the Americas"); the ranker weighs it against the towns of the name (América, Argentina).
CONVENTIONS = {"america": "country:US"}
CONVENTION_REASON = "the press's name of"
CONVENTION_RAW = 1.3  # the first scorer's raw score of an exact country name


def _with_convention(
    gazetteer, query: str, focus: frozenset[str], scored: tuple[Scored, ...]
) -> tuple[Scored, ...]:
    """The candidates, with the place the press means by the name (:data:`CONVENTIONS`) first."""
    target = CONVENTIONS.get(normalize(query))
    number = gazetteer.index.number_of(target) if target else None
    if number is None:
        return scored
    entry = gazetteer.index.entry(number)
    raw = CONVENTION_RAW + focus_part(entry, focus)
    meant = Scored(entry, raw, (f"{CONVENTION_REASON} {entry.name}",), number)
    return (meant, *(s for s in scored if s.entry.id != entry.id))[:CANDIDATES]


def _with_largest(scored: Sequence[Scored]) -> tuple[Scored, ...]:
    """The first scorer's best candidates, and the name's most populous ones wherever it ranked
    them: a text about the United States still weighs London, England, against the dozen
    American Londons the focus puts first."""
    best = list(scored[: CANDIDATES - LARGEST])
    taken = {s.number for s in best}
    largest = sorted(scored, key=lambda s: -s.entry.population)[:LARGEST]
    extra = [s for s in largest if s.entry.population > 0 and s.number not in taken]
    taken |= {s.number for s in extra}
    rest = [s for s in scored[CANDIDATES - LARGEST :] if s.number not in taken]
    return (*best, *extra, *rest)[:CANDIDATES]


# A demonym ("Canadian", "English") is also offered as its country when the only places with the
# name as written are small ones (Canadian County, English in Indiana).
DEMONYM_OVER_PLACES_BELOW = 10_000


def _stands_for_itself(entry: GazetteerEntry) -> bool:
    """A place of the name as written that a demonym of the same spelling does not displace."""
    return entry.population >= DEMONYM_OVER_PLACES_BELOW or entry.feature_class in (
        "country",
        *ADMIN1_CLASSES,
    )


def clear_caches() -> None:
    """Forget the candidates of names already ranked and the polygons read (after the gazetteer changed)."""
    _ranked.cache_clear()
    _shape.cache_clear()


def _options(
    gazetteer, query: str, focus: frozenset[str], chosen_id: str | None, demonyms: bool
) -> list[_Option]:
    return [_Option(s, s.entry.id == chosen_id) for s in _ranked(gazetteer, query, focus, demonyms)]


def _first(options: Sequence[_Option]) -> GazetteerEntry | None:
    for option in options:
        if option.chosen:
            return option.scored.entry
    return options[0].scored.entry if options else None


def _region(entry: GazetteerEntry) -> tuple[str, str] | None:
    return (entry.country, entry.admin1) if entry.country and entry.admin1 else None


def _holds(outer: GazetteerEntry, inner: GazetteerEntry) -> bool:
    """Whether ``outer`` (a country or a first-level region) holds ``inner`` (by codes)."""
    if outer.id == inner.id or not outer.country or outer.country != inner.country:
        return False
    if outer.feature_class == "country":
        return True
    return outer.feature_class in ADMIN1_CLASSES and outer.admin1 is not None and outer.admin1 == inner.admin1


def _class_feature(entry: GazetteerEntry) -> Feature:
    if entry.feature_class == "country":
        return Feature.COUNTRY
    if entry.feature_class in ADMIN2_CLASSES:
        return Feature.ADMIN2
    if entry.feature_class in ADMIN1_CLASSES:
        return Feature.ADMIN1
    if entry.feature_class in POPULATED:
        return Feature.POPULATED
    return Feature.OTHER


def _match_feature(scored: Scored, query: str) -> Feature:
    if scored.demonym:
        return Feature.DEMONYM
    if scored.match is NameMatch.SIMILAR:
        return Feature.SIMILAR
    if scored.match is NameMatch.FOLDED:
        return Feature.FOLDED
    if normalize(query) == normalize(scored.entry.name):
        return Feature.MAIN_NAME
    # its main name only up to transliteration ("Pittsburgh" is an alternate name of Pittsburg,
    # California, whose main name folds like it)
    return Feature.FOLDED if fold(query) == fold(scored.entry.name) else Feature.ALTERNATE


# ---------------------------------------------------------------- the table


@dataclass(frozen=True)
class _Others:
    """What the other names of the text say, seen from one name."""

    firsts: tuple[GazetteerEntry, ...]
    regions_any: tuple[frozenset[tuple[str, str]], ...]
    countries_any: tuple[frozenset[str], ...]
    containers: tuple[GazetteerEntry, ...]  # candidates of the names written after this one ("Ga.")
    contained: tuple[GazetteerEntry, ...]  # candidates of the names this one is written after
    dateline: GazetteerEntry | None
    # (country, id) of every candidate of each other name
    placed_any: tuple[frozenset[tuple[str, str]], ...] = ()

    def country_seen_apart(self, entry: GazetteerEntry) -> bool:
        """Whether another name has an answer or a candidate in ``entry``'s country that is not
        ``entry`` itself ("West" and "Western" both name Iceland's Western Region: neither vouches
        for it)."""
        return any(o.country == entry.country and o.id != entry.id for o in self.firsts) or any(
            country == entry.country and number != entry.id
            for group in self.placed_any
            for country, number in group
        )

    @cached_property
    def countries(self) -> Counter:
        """How many other names' answers lie in each country."""
        return Counter(o.country for o in self.firsts)

    @cached_property
    def regions(self) -> Counter:
        """How many other names' answers lie in each first-level region."""
        return Counter(_region(o) for o in self.firsts)

    @cached_property
    def countries_seen(self) -> Counter:
        """How many other names have a candidate in each country."""
        return Counter(code for codes in self.countries_any for code in codes)

    @cached_property
    def regions_seen(self) -> Counter:
        """How many other names have a candidate in each first-level region."""
        return Counter(region for regions in self.regions_any for region in regions)

    @cached_property
    def points(self) -> tuple[tuple[float, float, float], ...]:
        """(latitude, longitude in radians, cosine of the latitude) of the other answers but countries."""
        return tuple(
            (math.radians(o.latitude), math.radians(o.longitude), math.cos(math.radians(o.latitude)))
            for o in self.firsts
            if o.feature_class != "country"
        )


def _nearest_km(latitude: float, longitude: float, points: Sequence[tuple[float, float, float]]) -> float:
    """Great-circle kilometres to the nearest of ``points`` (see :attr:`_Others.points`)."""
    lat, lon = math.radians(latitude), math.radians(longitude)
    cos_lat = math.cos(lat)
    nearest = min(
        math.sin((p_lat - lat) / 2) ** 2 + cos_lat * p_cos * math.sin((p_lon - lon) / 2) ** 2
        for p_lat, p_lon, p_cos in points
    )
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, nearest)))


_AS_WRITTEN = (Feature.MAIN_NAME, Feature.FOLDED)


def _largest_lead(options: Sequence[_Option], query: str) -> tuple[int, float]:
    """The most populous candidate's number and its lead over the next namesake (a candidate
    with the name as its own, not as an alternate: Rome over Rome, Georgia, not over Lomé):
    log10 of their populations' ratio, up to :data:`LARGEST_BY_CAP`, scaled to 1."""
    ranked = sorted(options, key=lambda o: -o.scored.entry.population)
    if not ranked or ranked[0].scored.entry.population <= 0:
        return -1, 0.0
    top = ranked[0].scored
    rest = [o.scored.entry.population for o in ranked[1:] if _match_feature(o.scored, query) in _AS_WRITTEN]
    ratio = math.log10((top.entry.population + 1) / ((rest[0] if rest else 0) + 1))
    return top.number, min(LARGEST_BY_CAP, ratio) / LARGEST_BY_CAP


def _features(
    option: _Option,
    query: str,
    others: _Others,
    focus: frozenset[str],
    most: int = 0,
    lead: tuple[int, float] = (-1, 0.0),
) -> dict[Feature, float]:
    """The features of one candidate (``most``: the largest population among the name's
    candidates; ``lead``: see :func:`_largest_lead`)."""
    entry = option.scored.entry
    f: dict[Feature, float] = {
        Feature.PRIOR: option.scored.raw - focus_part(entry, focus),  # the focus has its own feature
        Feature.CHOSEN: float(option.chosen),
        Feature.LOG_POPULATION: math.log10(entry.population + 1) / 7 if entry.population > 0 else 0.0,
        Feature.NO_POPULATION: float(entry.population <= 0),
        Feature.RELATIVE_POPULATION: math.log10((entry.population + 1) / (most + 1)) / 7,
        _class_feature(entry): 1.0,
        _match_feature(option.scored, query): 1.0,
        Feature.FOCUS: float(bool(focus) and entry.in_countries(focus)),
    }
    if option.scored.number == lead[0]:
        f[Feature.LARGEST] = lead[1]
        f[Feature.WORLD_CITY] = float(
            entry.feature_class in POPULATED
            and entry.population >= WORLD_CITY_PEOPLE
            and lead[1] >= 1 / LARGEST_BY_CAP
        )
    region = _region(entry)
    n = len(others.firsts)
    if n:
        f[Feature.COUNTRY_SHARE] = others.countries[entry.country] / n
        f[Feature.COUNTRY_ANY] = others.countries_seen[entry.country] / n
        if region is not None:
            f[Feature.ADMIN1_SHARE] = others.regions[region] / n
            f[Feature.ADMIN1_ANY] = others.regions_seen[region] / n
        f[Feature.COUNTRY_NAMED] = float(
            any(o.feature_class == "country" and _holds(o, entry) for o in others.firsts)
        )
        f[Feature.REGION_NAMED] = float(
            any(o.feature_class != "country" and _holds(o, entry) for o in others.firsts)
        )
        if others.points:
            d = _nearest_km(entry.latitude, entry.longitude, others.points)
            f[Feature.CLOSE] = math.exp(-d / NEAR_KM)
            f[Feature.AROUND] = math.exp(-d / AROUND_KM)
            f[Feature.FAR] = math.log1p(d) / 10
    else:
        f[Feature.ALONE] = 1.0
    f[Feature.PAIR] = float(
        any(_holds(outer, entry) for outer in others.containers)
        or any(_holds(entry, inner) for inner in others.contained)
    )
    if others.dateline is not None and region is not None:
        f[Feature.DATELINE] = float(_region(others.dateline) == region)
    if (
        _national_region(entry)
        and not any(f.get(s) for s in _COUNTRY_SUPPORT)
        and not others.country_seen_apart(entry)
    ):
        f[Feature.REGION_ABROAD] = 1.0
    if (
        entry.feature_class in POPULATED
        and entry.population < most
        and not any(f.get(s) for s in _LOCAL_SUPPORT)
        and f.get(Feature.CLOSE, 0) < 0.05
    ):
        f[Feature.SMALL_UNSUPPORTED] = math.log10((most + 1) / (max(entry.population, 0) + 1)) / 7
    return f


REGION_LEVELS = ADMIN1_CLASSES | ADMIN2_CLASSES


def _national_region(entry: GazetteerEntry) -> bool:
    """A first- or second-level region of one country (not a sea or a region of several)."""
    return entry.feature_class in REGION_LEVELS and bool(entry.country) and not entry.other_countries


# what says a candidate's country is the text's
_COUNTRY_SUPPORT = (Feature.PAIR, Feature.FOCUS)  # and another name's answer or candidate there
# what vouches for a candidate below the level of its country
_LOCAL_SUPPORT = (
    Feature.ADMIN1_SHARE,
    Feature.ADMIN1_ANY,
    Feature.REGION_NAMED,
    Feature.PAIR,
    Feature.DATELINE,
)


def candidate_table(
    gazetteer,
    names: Sequence[Name],
    chosen: Mapping[str, str | None],
    focus: frozenset[str],
    *,
    demonyms: bool = False,
) -> dict[str, list[tuple[Scored, dict[Feature, float]]]]:
    """Every distinct name's candidates with their features.

    ``chosen``: the gazetteer id each name key was first resolved to (or ``None``);
    ``demonyms``: a demonym's place is a candidate (see :func:`_ranked`).
    """
    keys = list(dict.fromkeys(key_of(n.query) for n in names))
    query_of = {key_of(n.query): n.query for n in reversed(names)}
    options = {k: _options(gazetteer, query_of[k], focus, chosen.get(k), demonyms) for k in keys}
    firsts = {k: _first(o) for k, o in options.items()}
    regions_any = {
        k: frozenset(r for o in opts if (r := _region(o.scored.entry))) for k, opts in options.items()
    }
    countries_any = {
        k: frozenset(o.scored.entry.country for o in opts if o.scored.entry.country)
        for k, opts in options.items()
    }
    placed_any = {
        k: frozenset((o.scored.entry.country, o.scored.entry.id) for o in opts if o.scored.entry.country)
        for k, opts in options.items()
    }
    datelines = [key_of(n.query) for n in names if n.dateline]
    after: dict[str, set[str]] = {k: set() for k in keys}
    before: dict[str, set[str]] = {k: set() for k in keys}
    for n in names:
        if n.follows is not None and 0 <= n.follows < len(names):
            first, second = key_of(names[n.follows].query), key_of(n.query)
            if first != second:
                after[first].add(second)
                before[second].add(first)
    table: dict[str, list[tuple[Scored, dict[Feature, float]]]] = {}
    for k in keys:
        other_keys = [o for o in keys if o != k and firsts[o] is not None]
        dateline = next((firsts[d] for d in datelines if d != k), None)
        others = _Others(
            firsts=tuple(entry for o in other_keys if (entry := firsts[o]) is not None),
            regions_any=tuple(regions_any[o] for o in other_keys),
            countries_any=tuple(countries_any[o] for o in other_keys),
            placed_any=tuple(placed_any[o] for o in other_keys),
            containers=tuple(o.scored.entry for a in after[k] for o in options[a]),
            contained=tuple(o.scored.entry for b in before[k] for o in options[b]),
            dateline=dateline,
        )
        most = max((o.scored.entry.population for o in options[k]), default=0)
        lead = _largest_lead(options[k], query_of[k])
        table[k] = [(o.scored, _features(o, query_of[k], others, focus, most, lead)) for o in options[k]]
        if _shared_region_name(options[k]):
            for scored, features in table[k]:
                if _national_region(scored.entry):
                    features[Feature.SHARED_REGION_NAME] = 1.0
    _mark_districts(gazetteer, table)
    return table


def _shared_region_name(options: Sequence[_Option]) -> bool:
    """Whether regions of countries far apart bear the name, and no country does (a common
    word: "West Coast" of The Gambia, New Zealand and Tasmania; not Punjab, of India and
    Pakistan side by side)."""
    entries = [o.scored.entry for o in options]
    if any(e.feature_class == "country" for e in entries):
        return False
    regions = [e for e in entries if _national_region(e)]
    return any(
        a.country != b.country
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > SHARED_APART_KM
        for i, a in enumerate(regions)
        for b in regions[i + 1 :]
    )


def generic_region(features: Mapping[Feature, float]) -> bool:
    """A region chosen for a name regions of several countries bear, in a country the text
    gives no sign of ("West Coast" in a story about California is not The Gambia's region):
    no answer is better than that."""
    return bool(features.get(Feature.REGION_ABROAD) and features.get(Feature.SHARED_REGION_NAME))


def _district_shape(gazetteer, entry: GazetteerEntry):
    """The polygon of a district candidate (counties, parishes), else ``None``."""
    if entry.feature_class not in DISTRICT_CLASSES:
        return None
    return _shape(gazetteer, entry.id)


@lru_cache(maxsize=8192)
def _shape(gazetteer, entry_id: str):
    full = gazetteer.get(entry_id)
    if full is None or full.geometry_wkb is None:
        return None
    shape = full.geometry
    return shape if shape.geom_type in ("Polygon", "MultiPolygon") else None


def _mark_districts(gazetteer, table: dict[str, list[tuple[Scored, dict[Feature, float]]]]) -> None:
    """A place inside a district that another name of the text may be, and that district
    ("Deputies in Clarke County ... Athens": Athens, Georgia, in Clarke County, Georgia)."""
    districts = [
        (k, scored.entry, shape, features)
        for k, rows in table.items()
        for scored, features in rows
        if (shape := _district_shape(gazetteer, scored.entry)) is not None
    ]
    if not districts:
        return
    for k, rows in table.items():
        for scored, features in rows:
            entry = scored.entry
            if entry.feature_class not in POPULATED:
                continue
            for other, district, shape, district_features in districts:
                if other != k and district.admin1 == entry.admin1 and district.country == entry.country:
                    if shape.covers(Point(entry.longitude, entry.latitude)):
                        features[Feature.IN_NAMED_DISTRICT] = 1.0
                        district_features[Feature.HOLDS_NAMED_PLACE] = 1.0


def choose(
    rows: Sequence[tuple[Scored, dict[Feature, float]]], weights: Weights
) -> tuple[int, list[float]] | None:
    """The best row's position and every row's probability (a softmax of the weighted features)."""
    if not rows:
        return None
    utilities = [sum(weights.get(f.value, 0.0) * v for f, v in features.items()) for _, features in rows]
    top = max(utilities)
    exps = [math.exp(u - top) for u in utilities]
    total = sum(exps)
    probabilities = [e / total for e in exps]
    best = max(range(len(rows)), key=lambda i: (utilities[i], -i))
    return best, probabilities


# A town named as written (its main name) from this many people; a town the name only matches by
# an alternate name ("Ar Raqqah" for "Raqqa", not "Maryland City" for "Maryland") from the second.
NAMESAKE_TOWN_MIN_POPULATION = {Feature.MAIN_NAME: 5_000, Feature.ALTERNATE: 100_000}
_EXACT_MATCHES = (Feature.MAIN_NAME, Feature.ALTERNATE)


def namesake_town(
    gazetteer, query: str, rows: Sequence[tuple[Scored, dict[Feature, float]]], best: int
) -> int:
    """A first-level region chosen for a bare name that is also the name of a town inside it
    gives way to the town: "Raqqa", "Kirkuk", "New York" written alone are the city; the region
    is meant when the text says so ("Raqqa province", "l'État de New York": a feature word in
    the query keeps the region)."""
    if not _exact_region(rows[best]) or split_cues(query)[1]:
        return best
    # the chosen region and its namesakes in the same country ("Moscow": the federal city and
    # the oblast around it)
    country = rows[best][0].entry.country
    regions = [
        scored.entry
        for scored, features in rows
        if _exact_region((scored, features)) and scored.entry.country == country
    ]
    towns = [
        i
        for i, (scored, features) in enumerate(rows)
        if scored.entry.feature_class in POPULATED
        and any(
            features.get(f) and scored.entry.population >= NAMESAKE_TOWN_MIN_POPULATION[f]
            for f in _EXACT_MATCHES
        )
        and any(_inside_region(gazetteer, region, scored.entry) for region in regions)
    ]
    return max(towns, key=lambda i: rows[i][0].entry.population) if towns else best


def _exact_region(row: tuple[Scored, dict[Feature, float]]) -> bool:
    return row[0].entry.feature_class in ADMIN1_CLASSES and any(row[1].get(f) for f in _EXACT_MATCHES)


def _inside_region(gazetteer, region: GazetteerEntry, town: GazetteerEntry) -> bool:
    """By codes when both use the same ones, else by the region's polygon (GeoNames codes its
    towns' regions "04" where a curated governorate says "SY-RA")."""
    if _holds(region, town):
        return True
    if region.country != town.country:
        return False
    shape = _shape(gazetteer, region.id)
    return shape is not None and shape.covers(Point(town.longitude, town.latitude))


_EXPLAINED = (
    (Feature.PAIR, "written with the region or country that holds it"),
    (Feature.IN_NAMED_DISTRICT, "inside a county or district the text names"),
    (Feature.HOLDS_NAMED_PLACE, "holds a place the text names"),
    (Feature.DATELINE, "in the dateline's region"),
    (Feature.REGION_NAMED, "in a region the text names"),
    (Feature.COUNTRY_NAMED, "in a country the text names"),
)


def _reason(scored: Scored, features: Mapping[Feature, float], probability: float) -> str:
    why = [text for feature, text in _EXPLAINED if features.get(feature)]
    if features.get(Feature.ADMIN1_SHARE):
        why.append(f"{features[Feature.ADMIN1_SHARE]:.0%} of the other names in its region")
    elif features.get(Feature.COUNTRY_SHARE):
        why.append(f"{features[Feature.COUNTRY_SHARE]:.0%} of the other names in its country")
    head = scored.reasons[0] if scored.reasons else "candidate"
    return "; ".join([head, f"ranked in context ({probability:.0%})", *why])


def _pick(gazetteer, query: str, rows, weights: Weights, first: str | None) -> str | None:
    """The id a name's round chooses (the town over its namesake region, as the last round does)."""
    picked = choose(rows, weights)
    if picked is None:
        return first
    return rows[namesake_town(gazetteer, query, rows, picked[0])][0].entry.id


def rerank(
    gazetteer,
    names: Sequence[Name],
    answers: Mapping[str, Resolution],
    focus: frozenset[str],
    *,
    fill: bool = False,
    weights: Weights | None = None,
) -> dict[str, Resolution]:
    """The answers (``Resolution`` per query) after the contextual ranker.

    ``answers``: the first answer of every query of ``names``; a query whose ranked best is its
    first answer keeps it as it is (a river's part, a pair's reason); another best replaces it,
    with the ranker's probability as its score. An unanswered query stays so unless ``fill``.
    """
    weights = load_weights() if weights is None else weights
    chosen = {key_of(q): (a.place.gazetteer_id if a.place is not None else None) for q, a in answers.items()}
    query_of = {key_of(n.query): n.query for n in reversed(names)}
    table = candidate_table(gazetteer, names, chosen, focus, demonyms=fill)
    for _ in range(ROUNDS - 1):
        chosen = {k: _pick(gazetteer, query_of[k], rows, weights, chosen.get(k)) for k, rows in table.items()}
        table = candidate_table(gazetteer, names, chosen, focus, demonyms=fill)
    out = dict(answers)
    for query, answer in answers.items():
        rows = table.get(key_of(query), [])
        picked = choose(rows, weights)
        if picked is None or (answer.place is None and not fill):
            continue
        ranked_best, probabilities = picked
        best = namesake_town(gazetteer, query, rows, ranked_best)
        if best != ranked_best:  # the town takes the probability the ranker gave its region
            probabilities[best], probabilities[ranked_best] = probabilities[ranked_best], probabilities[best]
        scored, features = rows[best]
        candidates = tuple(s.candidate(round(p, 3)) for (s, _), p in zip(rows, probabilities, strict=True))
        candidates = tuple(sorted(candidates, key=lambda c: -c.score))[:5]
        if generic_region(features):
            reason = (
                f"only regions of countries far apart bear the name, none the text's ({scored.entry.name})"
            )
            out[query] = replace(
                answer,
                place=None,
                score=None,
                reason=reason,
                candidates=candidates,
                declined=True,
                match=None,
                similarity=None,
            )
            continue
        if answer.place is not None and answer.place.gazetteer_id == scored.entry.id:
            out[query] = replace(answer, candidates=candidates)
            continue
        full = gazetteer.get(scored.entry.id) or scored.entry
        reason = _reason(scored, features, probabilities[best])
        if best != ranked_best:
            reason += f"; the town, not {rows[ranked_best][0].entry.name} named like it"
        out[query] = replace(
            answer,
            place=full.to_place(),
            score=round(probabilities[best], 3),
            reason=reason,
            candidates=candidates,
            match=scored.match,
            similarity=scored.similarity,
        )
    return out
