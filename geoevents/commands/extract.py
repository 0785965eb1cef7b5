"""``geoevents extract ARTICLE|DIR... -o events.csv``: news articles to dated, located events."""

from __future__ import annotations

import argparse
import os
import sys

from ..errors import GeoeventsError
from ..extract.batch import find_articles, run_dask, run_local
from ..extract.nlp import spacy_available
from ..io import write_events
from .common import add_article_options, add_output_options, metadata_from, non_negative_int, warn

NAME = "extract"


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
    add_article_options(parser)
    parser.add_argument(
        "--near", action="append", default=[], metavar="CC", help="focus country (ISO alpha-2); repeatable"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=non_negative_int,
        default=0,
        help="local processes (default: all cores, 1: no pool)",
    )
    parser.add_argument("--dask", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--spacy", action="store_true", help="strengthen French toponyms with spaCy (extra 'nlp', installed)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command: exit 1 when a file failed (the others are still written)."""
    if args.spacy and not spacy_available():
        raise GeoeventsError("--spacy needs the 'nlp' extra: pip install 'geoevents[nlp]'")
    paths = find_articles(args.inputs)
    if not paths:
        raise GeoeventsError("no article files (.txt, .md, .html) found in the inputs")
    metadata = metadata_from(args)
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
    write_events(result.events, args.output, force=args.force)
    located = sum(1 for e in result.events if e.place is not None)
    print(
        f"wrote {args.output}: {len(result.events)} events ({located} located) from "
        f"{result.files - len(result.failures)} of {result.files} files"
    )
    return 1 if result.failures else 0
