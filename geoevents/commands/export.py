"""``geoevents export INPUT... -o OUT.{geojson,geojsonl,kml,gpkg,csv}``: events for GIS tools."""

from __future__ import annotations

import argparse

from ..io import SOURCE_FORMATS, WRITERS, export_columnar, write_events
from .common import add_input_options, add_output_options, finish, load

NAME = "export"


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    formats = ", ".join(ext for module in WRITERS for ext in module.EXTENSIONS)
    parser = subparsers.add_parser(
        NAME,
        help="export events with their geometries (GeoJSON, GeoJSONSeq, KML, GeoPackage, CSV)",
        description=f"Read event files, resolve their places and write them out. Formats: {formats} "
        "(chosen by the output's extension or --format). Writes atomically: an interrupted export "
        "leaves no file behind, and an existing file is replaced only with --force.",
    )
    add_input_options(parser)
    add_output_options(parser, ".geojson")
    parser.add_argument(
        "--format",
        dest="fmt",
        default=None,
        metavar="FORMAT",
        help="output format, overriding the extension (geojson, geojsonl, geojsons, kml, gpkg, csv); "
        "a data set name (acled, ucdp, gdelt, liveuamap) forces the input format instead",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    if args.fmt and args.fmt.lower() in SOURCE_FORMATS:  # --format acled: what the inputs are
        args.input_format, args.fmt = args.fmt.lower(), None
    if _columnar(args):
        return 0
    loaded = load(args)
    write_events(loaded.events, args.output, fmt=args.fmt, force=args.force)
    return finish(loaded, args.output, quiet=args.quiet)


def _columnar(args: argparse.Namespace) -> bool:
    """One ACLED CSV to GeoJSON or GeoParquet: the columnar path, when it takes the table."""
    if len(args.inputs) != 1 or args.fmt or getattr(args, "input_format", None) not in (None, "acled"):
        return False
    count = export_columnar(args.inputs[0], args.output, force=args.force)
    if count is None:
        return False
    if not args.quiet:
        print(f"wrote {args.output}: {count} events ({count} located, 0 unresolved)")
    return True
