"""The ``geoevents`` command line: ``map``, ``export``, ``resolve`` ...

Exit codes: 0 success, 1 data error (bad input, unresolvable, cannot write), 2 usage error.
Errors a user can cause print one line, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .commands import COMMANDS
from .errors import GeoeventsError
from .gazetteer.index import Progress, set_build_progress


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="geoevents",
        description="Offline geospatial event mapper: event tables and news to briefing maps and GIS files.",
    )
    parser.add_argument("--version", action="version", version=f"geoevents {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.add_parser(subparsers).set_defaults(run=command.run)
    return parser


def build_progress(args: argparse.Namespace) -> Progress:
    """A first gazetteer build's progress line: never with --json or -q, always with -v,
    else when standard error is a terminal."""
    if getattr(args, "json", False) or getattr(args, "quiet", False):
        return Progress.OFF
    return Progress.ON if getattr(args, "verbose", False) else Progress.AUTO


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    set_build_progress(build_progress(args))
    try:
        return args.run(args)
    except GeoeventsError as error:
        print(f"geoevents: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("geoevents: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
