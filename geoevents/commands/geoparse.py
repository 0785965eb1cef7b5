"""``geoevents geoparse FILE... [--spans SPANS.json] [--json | -o OUT.geojson]``: the place names
of texts, each resolved in the context of the others."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import InputError
from ..extract.lang import READ
from ..geoparsing import PlaceMention, geoparse
from ..io.atomic import atomic_output
from .common import add_gazetteer_option, gazetteer_from, iso_date

NAME = "geoparse"


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    parser = subparsers.add_parser(
        NAME,
        help="find and resolve the place names of plain-text files",
        description="Read UTF-8 text files, find their place names (or resolve the character spans "
        "given with --spans) and resolve each in the context of the others. Offsets count characters "
        "of the file as it is. Prints a table, JSON (--json), or writes GeoJSON (-o OUT.geojson).",
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="UTF-8 text files")
    parser.add_argument(
        "--spans",
        metavar="SPANS.json",
        type=Path,
        help='spans to resolve instead of finding names: [[start, end], ...] for one FILE, or {"FILE": [[start, '
        "end], ...], ...} keyed by the FILE as given or its file name",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    output.add_argument(
        "-o", "--output", metavar="OUT.geojson", type=Path, help="write a GeoJSON FeatureCollection"
    )
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument(
        "--near", action="append", default=[], metavar="CC", help="focus country (ISO alpha-2); repeatable"
    )
    parser.add_argument("--language", choices=READ, help="language of the texts (else detected)")
    parser.add_argument("--published", type=iso_date, help="publication date of the texts (ISO date)")
    add_gazetteer_option(parser)
    return parser


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror})") from None


def _span_list(where: str, value) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        raise InputError(where, "expected a list of [start, end] pairs")
    spans = []
    for number, pair in enumerate(value):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, int) for v in pair)):
            raise InputError(
                where, f"span {number}: expected [start, end] with two whole numbers, got {pair!r}"
            )
        spans.append((pair[0], pair[1]))
    return spans


def read_spans(path: Path, inputs: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The spans of every input file, from a ``--spans`` JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"not JSON ({error})") from None
    if isinstance(data, list):
        if len(inputs) != 1:
            raise InputError(str(path), "a list of spans needs exactly one FILE; key the spans by file name")
        return {inputs[0]: _span_list(str(path), data)}
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a list of [start, end] pairs or an object keyed by file")
    spans = {}
    for name in inputs:
        value = data.get(name, data.get(Path(name).name))
        if value is None:
            raise InputError(str(path), f"no spans for {name}")
        spans[name] = _span_list(f"{path}: {name}", value)
    return spans


def _feature(name: str, mention: PlaceMention) -> dict:
    properties = {"file": name, **mention.to_dict()}
    del properties["candidates"]
    lat, lon = mention.latitude, mention.longitude
    geometry = (
        None
        if lat is None or lon is None
        else {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
    )
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _table_line(name: str, m: PlaceMention) -> str:
    if m.place is None:
        return f"{name}\t{m.start}\t{m.end}\t{m.text}\t-\t\t\t\t{m.reason}"
    return (
        f"{name}\t{m.start}\t{m.end}\t{m.text}\t{m.place.name} [{m.place.gazetteer_id}]\t"
        f"{m.latitude:.5f}\t{m.longitude:.5f}\t{m.score if m.score is not None else ''}\t{m.reason}"
    )


def run(args: argparse.Namespace) -> int:
    """Run the command: exit 0 (unresolved mentions are listed with the reason, not an error)."""
    texts = {name: _read_text(name) for name in args.inputs}
    spans = read_spans(args.spans, args.inputs) if args.spans else {}
    gazetteer = gazetteer_from(args)
    results: dict[str, list[PlaceMention]] = {}
    for name, text in texts.items():
        try:
            results[name] = geoparse(
                text,
                language=args.language,
                published=args.published,
                near=args.near,
                spans=spans.get(name) if args.spans else None,
                gazetteer=gazetteer,
            )
        except ValueError as error:
            raise InputError(name, str(error)) from None
    if args.output is not None:
        features = [_feature(name, m) for name, found in results.items() for m in found]
        with atomic_output(args.output, force=args.force) as handle:
            json.dump(
                {"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False, indent=1
            )
            handle.write("\n")
        located = sum(f["geometry"] is not None for f in features)
        print(f"wrote {args.output}: {len(features)} place mentions ({located} resolved)")
    elif args.json:
        payload = [
            {"file": name, "mentions": [m.to_dict() for m in found]} for name, found in results.items()
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        print("file\tstart\tend\ttext\tplace [id]\tlatitude\tlongitude\tscore\twhy")
        for name, found in results.items():
            for mention in found:
                print(_table_line(name, mention))
    return 0
