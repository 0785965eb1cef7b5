"""Derive ``gazetteer/derived/historic_states.jsonl.gz``: former states as areas (class region).

The class: the formerly used country codes of ISO 3166-3 (pycountry ``historic_countries``,
26.2.16), each the union of today's Natural Earth polygons of the land it covered (same row format
as ``areas.jsonl.gz``, kind ``historic_state``; the machinery of ``build_areas.py`` is reused). The
successors come by rule from the ISO 3166-3 four-letter code, whose last two letters are the code
of the country that took it over ("ZRCD": Zaire -> CD, "HVBF": Upper Volta -> BF), or, for a state
that was divided ("HH": "SUHH" the USSR, "CSHH" Czechoslovakia) or merged ("XX", "CS"), from the
reviewed :data:`DIVIDED` table (a reference per row). A state that covered only part of today's
country is built from its first-level units (:data:`PARTS`: East Germany's five Länder and
Berlin) or left out (:data:`LEFT_OUT`, with the reason). West Germany is no ISO 3166-3 code (the
Federal Republic kept "DE"), but is the other half of the :data:`PARTS` row and is built with it.

Names: the reviewed table's names for the divided states and the parts ("Soviet Union", "USSR",
"Union soviétique"; the ISO name where the table has none: "Gilbert and Ellice Islands"), the
ISO name read as a phrase for the others ("Zaire, Republic of" -> "Zaire", "Republic of Zaire"). The point is the centroid of the union
(inside it), or a point inside.

    python gazetteer/build/build_historic_states.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import shapely
from shapely.geometry import mapping

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))
from build_areas import _admin1_parts, _countries, _simple, write  # noqa: E402

from geoevents.gazetteer.sources.country_forms import phrase_forms  # noqa: E402

OUT = HERE.parent / "derived" / "historic_states.jsonl.gz"

# alpha_4 -> (key, successor countries, extra names, reference)
DIVIDED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    "SUHH": (
        "soviet-union",
        tuple("AM AZ BY EE GE KZ KG LV LT MD RU TJ TM UA UZ".split()),
        (
            "Soviet Union",
            "USSR",
            "U.S.S.R.",
            "Union of Soviet Socialist Republics",
            "Union soviétique",
            "URSS",
        ),
        "ISO 3166-3 SUHH; the 15 union republics (Wikipedia 'Post-Soviet states')",
    ),
    "CSHH": (
        "czechoslovakia",
        ("CZ", "SK"),
        ("Czechoslovakia", "Tchécoslovaquie"),
        "ISO 3166-3 CSHH; divided into the Czech Republic and Slovakia in 1993 (Wikipedia 'Czechoslovakia')",
    ),
    "YUCS": (
        "yugoslavia",
        tuple("BA HR ME MK RS SI XK".split()),
        ("Yugoslavia", "Socialist Federal Republic of Yugoslavia", "Yougoslavie"),
        "ISO 3166-3 YUCS; the Socialist Federal Republic of Yugoslavia (1945-1992) and its six republics "
        "with Kosovo (Wikipedia 'Breakup of Yugoslavia')",
    ),
    "CSXX": (
        "serbia-and-montenegro",
        ("RS", "ME", "XK"),
        ("Serbia and Montenegro", "Serbie-et-Monténégro"),
        "ISO 3166-3 CSXX; Serbia and Montenegro, 2003-2006, with Kosovo (Wikipedia 'Serbia and Montenegro')",
    ),
    "GEHH": (
        "gilbert-and-ellice-islands",
        ("KI", "TV"),
        (),
        "ISO 3166-3 GEHH: 'now split into Kiribati and Tuvalu'",
    ),
    "PCHH": (
        "trust-territory-of-the-pacific-islands",
        ("FM", "MH", "MP", "PW"),
        ("Trust Territory of the Pacific Islands",),
        "ISO 3166-3 PCHH: 'divided into FM, MH, MP, and PW'",
    ),
    "ANHH": (
        "netherlands-antilles",
        ("CW", "SX", "AW"),
        (),
        "ISO 3166-3 ANHH; Curaçao, Sint Maarten and, until 1986, Aruba (Wikipedia 'Netherlands "
        "Antilles'; Bonaire, Sint Eustatius and Saba have no Natural Earth polygon of their own)",
    ),
}

# alpha_4 (or a key for a state ISO 3166-3 does not list) -> (key, first-level units, names, reference)
PARTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    "DDDE": (
        "east-germany",
        ("DE-BB", "DE-BE", "DE-MV", "DE-SN", "DE-ST", "DE-TH"),
        ("East Germany", "German Democratic Republic", "GDR", "Allemagne de l'Est"),
        "ISO 3166-3 DDDE; the five new Länder and Berlin (all of it: West Berlin was not part of the "
        "GDR; Wikipedia 'New states of Germany')",
    ),
    "west-germany": (
        "west-germany",
        tuple("DE-BW DE-BY DE-HB DE-HE DE-HH DE-NI DE-NW DE-RP DE-SH DE-SL".split()),
        ("West Germany", "Allemagne de l'Ouest"),
        "not in ISO 3166-3 (the Federal Republic kept DE); the ten old Länder without West Berlin "
        "(Wikipedia 'West Germany')",
    ),
}

LEFT_OUT = {
    "BUMM": "Burma: already a name of Myanmar (world/country_names.csv), the country answers",
    "TPTL": "East Timor: already a name of Timor-Leste (Natural Earth NAME_ALT), the country answers",
    "YDYE": "South Yemen: part of Yemen, no unit list of its 1990 border in admin1",
    "VDVN": "North Vietnam: part of Vietnam, split at the 17th parallel, not along provinces",
    "SKIN": "Sikkim: now the Indian state (ISO 3166-2 IN-SK), already in the gazetteer",
    "PZPA": "Panama Canal Zone: a strip of Panama, no polygon",
    "NTHH": "the Saudi-Iraqi Neutral Zone: no polygon",
    "FXFR": "Metropolitan France: a statistical code, not a former state",
    "BYAA": "Byelorussian SSR: the code is reserved, Belarus kept BY",
    "BQAQ": "an Antarctic territory",
    "NQAQ": "an Antarctic territory",
    "FQHH": "an Antarctic territory",
    "CTKI": "small islands (Canton and Enderbury) with no polygon of their own",
    "JTUM": "a small island of the US Minor Outlying Islands",
    "MIUM": "a small island of the US Minor Outlying Islands",
    "WKUM": "a small island of the US Minor Outlying Islands",
    "PUUM": "small islands of the US Minor Outlying Islands",
}


def _iso_names(name: str) -> list[str]:
    """ "USSR, Union of Soviet Socialist Republics" -> USSR; "Upper Volta, Republic of" -> Upper
    Volta, Republic of Upper Volta."""
    head = name.split(",")[0].strip()
    return list(dict.fromkeys([head, *phrase_forms(name)]))


def plan() -> list[tuple[str, str, tuple[str, ...], list[str], str]]:
    """``(key, 'countries'|'admin1', members, names, reference)`` for every former state built."""
    import pycountry

    out = []
    for state in sorted(pycountry.historic_countries, key=lambda s: s.alpha_4):
        code, suffix = state.alpha_4, state.alpha_4[2:]
        names = _iso_names(state.name)
        if code in DIVIDED:
            key, members, extra, reference = DIVIDED[code]
            out.append((key, "countries", members, [*extra] or names, reference))
        elif code in PARTS:
            key, members, extra, reference = PARTS[code]
            out.append((key, "admin1", members, list(extra), reference))
        elif code in LEFT_OUT:
            continue
        elif pycountry.countries.get(alpha_2=suffix) is not None:
            reference = f"ISO 3166-3 {code}: {state.name}, now {suffix} (withdrawn {state.withdrawal_date})"
            out.append((names[0].lower().replace(" ", "-"), "countries", (suffix,), names, reference))
        else:
            raise SystemExit(f"build_historic_states.py: {code} ({state.name}): no successor rule")
    key, members, names, reference = PARTS["west-germany"]
    out.append((key, "admin1", members, list(names), reference))
    return out


def rows() -> list[dict]:
    """One ``areas.jsonl.gz``-style row per former state."""
    by_code: dict[str, list] = {}
    for code, _continent, geometry in _countries():
        by_code.setdefault(code, []).append(geometry)
    planned = plan()
    admin1 = _admin1_parts({m for _k, how, members, _n, _r in planned if how == "admin1" for m in members})
    out = []
    for key, how, members, names, reference in planned:
        missing = [m for m in members if how == "countries" and m not in by_code]
        if missing:
            raise SystemExit(f"build_historic_states.py: {key}: no Natural Earth country {missing}")
        parts = [admin1[m] if how == "admin1" else shapely.union_all(by_code[m]) for m in members]
        union = _simple(shapely.union_all(parts))
        point = union.centroid if union.covers(union.centroid) else union.representative_point()
        out.append(
            {
                "key": key,
                "kind": "historic_state",
                "name": names[0],
                "names": list(dict.fromkeys(names)),
                "name_fr": None,
                "countries": sorted({m.split("-")[0] for m in members}),
                "lat": round(point.y, 4),
                "lon": round(point.x, 4),
                "reference": reference,
                "geometry": mapping(union),
            }
        )
    return out


def main() -> int:
    found = rows()
    print(f"{OUT.name}: {len(found)} former states, {write(found, OUT):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
