"""``geoevents extract ARTICLE|DIR... -o events.csv``: news articles to dated, located events."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from ..errors import GeoeventsError, OutputError
from ..extract.batch import find_articles, run_dask, run_local, write_csv
from ..extract.document import Metadata
from ..extract.nlp import spacy_available
from ..io import write_events, writer_for
from .common import add_output_options, warn

NAME = "extract"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an ISO date like 2017-10-24, got {text!r}") from None


def _write(events, output: str, force: bool) -> None:
    """The shared writer for the output's extension; for CSV, this package's own table when
    ``geoevents.io`` has no CSV writer (yet)."""
    try:
        writer_for(output)
    except OutputError:
        if output.lower().endswith(".csv"):
            write_csv(events, output, force=force)
            return
        raise
    write_events(events, output, force=force)


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    parser = subparsers.add_parser(
        NAME,
        help="extract dated, located events from news articles (.txt, .md, .html)",
        description="Read French or English articles (files or folders), find their places, dates and "
        "events, and write them as CSV (WKT geometry) or any export format. Runs on all local cores, "
        "or on a Dask cluster with --dask. A file that fails is reported; the others carry on.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders of them")
    add_output_options(parser, ".csv")
    parser.add_argument(
        "--published", type=_date, help="publication date, for articles that do not give theirs (ISO date)"
    )
    parser.add_argument("--source", help="source name, for articles that do not give theirs")
    parser.add_argument("--url", help="source URL, for articles that do not give theirs")
    parser.add_argument(
        "--language", choices=("fr", "en"), help="language, for articles that do not give theirs (else detected)"
    )
    parser.add_argument(
        "--near", action="append", default=[], metavar="CC", help="focus country (ISO alpha-2); repeatable"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=0, help="local processes (default: all cores, 1: no pool)"
    )
    parser.add_argument("--dask", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--spacy", action="store_true", help="strengthen French toponyms with spaCy (extra 'nlp', installed)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command: exit 1 when a file failed (the others are still written)."""
    if args.jobs < 0:
        raise SystemExit("geoevents extract: error: --jobs must be 0 (all cores) or more")
    if args.spacy and not spacy_available():
        raise GeoeventsError("--spacy needs the 'nlp' extra: pip install 'geoevents[nlp]'")
    paths = find_articles(args.inputs)
    if not paths:
        raise GeoeventsError("no article files (.txt, .md, .html) found in the inputs")
    metadata = Metadata(published=args.published, source=args.source, url=args.url, language=args.language)
    progress = not args.no_progress and sys.stderr.isatty()
    if args.dask:
        try:
            from distributed import Client
        except ImportError:
            raise GeoeventsError("--dask needs the 'dask' extra: pip install 'geoevents[dask]'") from None
        with Client(args.dask) as client:
            result = run_dask(
                paths, client, metadata=metadata, near=args.near, progress=progress, use_spacy=args.spacy
            )
    else:
        result = run_local(
            paths,
            jobs=args.jobs or os.cpu_count() or 1,
            metadata=metadata,
            near=args.near,
            progress=progress,
            use_spacy=args.spacy,
        )
    for problem in result.problems:
        warn(problem)
    for failure in result.failures:
        warn(f"failed: {failure.error}")
    _write(result.events, args.output, args.force)
    located = sum(1 for e in result.events if e.place is not None)
    print(
        f"wrote {args.output}: {len(result.events)} events ({located} located) from "
        f"{result.files - len(result.failures)} of {result.files} files"
    )
    return 1 if result.failures else 0
