"""Options and helpers shared by the commands that read event files."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..extract.document import Metadata
from ..extract.lang import READ
from ..gazetteer import Gazetteer, default_gazetteer
from ..inputs import DETAIL, LoadedEvents, load_events
from ..io import READERS, SOURCE_FORMATS
from ..model import is_web_url

INPUT_FORMATS = (*SOURCE_FORMATS, *(ext.lstrip(".") for module in READERS for ext in module.EXTENSIONS))


def iso_date(text: str) -> dt.date:
    """An ISO date argument (argparse type)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an ISO date like 2017-10-24, got {text!r}") from None


def non_negative_int(text: str) -> int:
    """A whole number ≥ 0 (argparse type: anything else is a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def web_url(text: str) -> str:
    """An ``--url`` argument: an absolute http(s) URL."""
    if not is_web_url(text):
        raise argparse.ArgumentTypeError(f"expected an http(s) URL, got {text!r}")
    return text


def add_article_options(parser: argparse.ArgumentParser) -> None:
    """--published, --source, --url, --language: what articles do not say about themselves."""
    parser.add_argument(
        "--published", type=iso_date, help="publication date, for articles that do not give theirs (ISO date)"
    )
    parser.add_argument("--source", help="source name, for articles that do not give theirs")
    parser.add_argument(
        "--url", type=web_url, help="source URL (http or https), for articles that do not give theirs"
    )
    parser.add_argument(
        "--language",
        choices=READ,
        help="language, for articles that do not give theirs (else detected)",
    )


def metadata_from(args: argparse.Namespace) -> Metadata:
    """The article metadata given on the command line."""
    return Metadata(published=args.published, source=args.source, url=args.url, language=args.language)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """INPUT files, --near, --strict."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="event files (.csv, .json, .yaml, .geojson, .geojsonl) or articles (.txt, .md, .html) or folders",
    )
    parser.add_argument(
        "--near",
        action="append",
        default=[],
        metavar="CC",
        help="focus place resolution on this country (ISO 3166-1 alpha-2, e.g. SY); repeatable",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first bad row instead of skipping it"
    )
    parser.add_argument(
        "--input-format",
        dest="input_format",
        type=str.lower,
        choices=INPUT_FORMATS,
        metavar="FORMAT",
        help="read the event tables as this data set or file format instead of telling it from the "
        f"header or extension: {', '.join(INPUT_FORMATS)}",
    )
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument(
        "-q", "--quiet", action="store_true", help="print errors only (no warnings, no summary line)"
    )
    noise.add_argument(
        "-v", "--verbose", action="store_true", help="list every bad row and unresolved place, one line each"
    )
    add_gazetteer_option(parser)
    add_article_options(parser)


def add_gazetteer_option(parser: argparse.ArgumentParser) -> None:
    """--gazetteer FILE (repeatable): user gazetteer files on top of the embedded one."""
    parser.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="FILE",
        help="extra gazetteer file (.csv, .geojson, or .store from 'gazetteer import') whose entries "
        "add to or override the embedded gazetteer; repeatable",
    )


def gazetteer_from(args: argparse.Namespace) -> Gazetteer:
    """The embedded gazetteer with the command line's --gazetteer files on top."""
    gazetteer = default_gazetteer()
    files = getattr(args, "gazetteer", None) or []
    return gazetteer.with_files(files) if files else gazetteer


def add_output_options(parser: argparse.ArgumentParser, suffix: str) -> None:
    """-o/--output and --force."""
    parser.add_argument("-o", "--output", required=True, metavar=f"OUT{suffix}", help="output file")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")


def warn(message: str) -> None:
    """One warning line on standard error."""
    print(f"geoevents: warning: {message}", file=sys.stderr)


def load(args: argparse.Namespace) -> LoadedEvents:
    """Read and locate the events named on the command line."""
    # Without --gazetteer, load_events opens the embedded gazetteer only if a place needs resolving.
    gazetteer = gazetteer_from(args) if getattr(args, "gazetteer", None) else None
    quiet = getattr(args, "quiet", False)
    return load_events(
        args.inputs,
        strict=args.strict,
        near=args.near,
        report=(lambda _message: None) if quiet else warn,
        gazetteer=gazetteer,
        metadata=metadata_from(args),
        fmt=getattr(args, "input_format", None),
        detail=None if getattr(args, "verbose", False) else DETAIL,
    )


def finish(loaded: LoadedEvents, written: str, *, quiet: bool = False) -> int:
    """Print the summary; exit 1 if rows were skipped (the output still holds every valid row)."""
    located = sum(1 for e in loaded.events if e.place is not None)
    if not quiet:
        print(
            f"wrote {written}: {len(loaded.events)} events ({located} located, "
            f"{len(loaded.unresolved)} unresolved)"
        )
    if loaded.row_errors:
        seen = "" if quiet else " (see above)"
        print(
            f"geoevents: error: {len(loaded.row_errors)} bad row(s) skipped{seen}; "
            "fix them, or use --strict to write nothing when a row is bad",
            file=sys.stderr,
        )
        return 1
    return 0
