"""``geoevents map INPUT... -o OUT.html``: the briefing map."""

from __future__ import annotations

import argparse

from ..extract.language import detect_language
from ..render.briefing import UI_LANGUAGES, BriefingOptions, write_briefing
from .common import INPUT_FORMATS, add_input_options, add_output_options, finish, load, non_negative_int

NAME = "map"


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    parser = subparsers.add_parser(
        NAME,
        help="write a self-contained briefing map (HTML) with a timeline",
        description="Read event files, resolve their places and write one self-contained Leaflet "
        "HTML map with a timeline slider, a legend by event type and popups.",
    )
    add_input_options(parser)
    add_output_options(parser, ".html")
    parser.add_argument(
        "--format",
        dest="input_format",
        type=str.lower,
        choices=INPUT_FORMATS,
        metavar="FORMAT",
        help="same as --input-format: read the tables as this data set (acled, ucdp, gdelt, liveuamap)",
    )
    parser.add_argument("--title", default="Event briefing", help="title shown on the map")
    parser.add_argument("--note", default="", help="note text shown under the title")
    parser.add_argument(
        "--window",
        type=non_negative_int,
        default=0,
        metavar="DAYS",
        help="start in sliding-window mode with this window",
    )
    parser.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        help="language of the map's text and country names (default: --language, else the events' language)",
    )
    return parser


def page_language(args: argparse.Namespace, events) -> str:
    """``--lang``, else ``--language``, else the language of the events' titles and descriptions."""
    if args.lang:
        return args.lang
    if args.language:
        return args.language
    text = "\n".join(f"{e.title}. {e.description}" for e in events[:2000])
    return detect_language(text, default="en")


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    loaded = load(args)
    options = BriefingOptions(
        title=args.title, note=args.note, window_days=args.window, lang=page_language(args, loaded.events)
    )
    write_briefing(loaded.events, args.output, options, force=args.force)
    return finish(loaded, args.output, quiet=args.quiet)
