"""``geoevents map INPUT... -o OUT.html``: the briefing map."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..extract.language import detect_language
from ..render.briefing import (
    UI_LANGUAGES,
    BriefingOptions,
    write_briefing,
    write_page_streamed,
)
from ..render.columnar import acled_page
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


def _options(args: argparse.Namespace, language: str) -> BriefingOptions:
    return BriefingOptions(title=args.title, note=args.note, window_days=args.window, lang=language)


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    if _columnar(args):
        return 0
    loaded = load(args)
    options = _options(args, page_language(args, loaded.events))
    write_briefing(loaded.events, args.output, options, force=args.force)
    return finish(loaded, args.output, quiet=args.quiet)


def _columnar(args: argparse.Namespace) -> bool:
    """One ACLED CSV whose rows all carry coordinates: the columnar path, when it takes the table
    (the same page as the event-by-event path, without one event object per row)."""
    if len(args.inputs) != 1 or getattr(args, "input_format", None) not in (None, "acled"):
        return False
    if getattr(args, "gazetteer", None) or getattr(args, "near", None):
        return False
    page = acled_page(Path(args.inputs[0]))
    if page is None:
        return False
    language = args.lang or args.language or detect_language(page.sample_text, default="en")
    options = _options(args, language)
    count = page.summary.count
    write_page_streamed(page.summary, page.rows, options, args.output, force=args.force)
    if not args.quiet:
        print(f"wrote {args.output}: {count} events ({count} located, 0 unresolved)")
    return True
