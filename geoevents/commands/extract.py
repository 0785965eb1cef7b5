"""``geoevents extract ARTICLE|DIR... -o events.csv``: news articles to dated, located events."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import GeoeventsError
from ..extract.batch import DASK_BATCH_SIZE, BatchResult, FileResult, find_articles, run_dask, run_local
from ..extract.nlp import spacy_available
from ..io import csvfile, format_key, geojsonseq, write_events, writer_for
from ..io.atomic import atomic_output
from ..io.csvfile import COLUMNS, event_row
from ..io.geojson import feature_chunks
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
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=DASK_BATCH_SIZE,
        metavar="N",
        help=f"with --dask: articles per Dask task (default {DASK_BATCH_SIZE})",
    )
    parser.add_argument(
        "--send-files",
        action="store_true",
        help="with --dask: send the articles' contents to the workers (for workers that cannot read "
        "this machine's files; without it, workers get absolute paths)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--spacy", action="store_true", help="strengthen French toponyms with spaCy (extra 'nlp', installed)"
    )
    return parser


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    """Run the command: exit 1 when a file failed (the others are still written).

    CSV and GeoJSONSeq outputs are written as the results come (in input order, each file's
    events once every earlier file's are in), into a temporary file moved into place at the end;
    the other formats are written once all files are read."""
    if args.spacy and not spacy_available():
        raise GeoeventsError("--spacy needs the 'nlp' extra: pip install 'geoevents[nlp]'")
    paths = find_articles(args.inputs)
    if not paths:
        raise GeoeventsError("no article files (.txt, .md, .html) found in the inputs")
    output = Path(args.output)
    module = writer_for(output)
    if module in (csvfile, geojsonseq):
        with atomic_output(output, force=args.force, binary=module is geojsonseq) as handle:
            result = _extract(args, paths, _sink(module, handle, format_key(output, None)))
    else:
        result = _extract(args, paths, None)
        write_events(result.events, output, force=args.force)
    for problem in result.problems:
        warn(problem)
    for failure in result.failures:
        warn(f"failed: {failure.error}")
    print(
        f"wrote {args.output}: {result.count} events ({result.located} located) from "
        f"{result.files - len(result.failures)} of {result.files} files"
    )
    return 1 if result.failures else 0


def _sink(module, handle, extension: str) -> Callable[[FileResult], None]:
    """Write each file's events as they come, as the format's writer writes them."""
    if module is geojsonseq:
        prefix = geojsonseq.RS if geojsonseq.options_for(extension)["rfc8142"] else b""

        def features(result: FileResult) -> None:
            for block in feature_chunks(result.events, prefix=prefix):
                handle.write(block)

        return features
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)  # events read from articles have no pass-through attributes

    def rows(result: FileResult) -> None:
        writer.writerows(event_row(e) for e in result.events)

    return rows


def _extract(args: argparse.Namespace, paths, sink) -> BatchResult:
    metadata = metadata_from(args)
    progress = not args.no_progress and sys.stderr.isatty()
    if args.dask:
        try:
            from distributed import Client
        except ImportError:
            raise GeoeventsError("--dask needs the 'dask' extra: pip install 'geoevents[dask]'") from None
        with Client(args.dask) as client:
            return run_dask(
                paths,
                client,
                metadata=metadata,
                near=args.near,
                progress=progress,
                use_spacy=args.spacy,
                batch_size=args.batch_size,
                send_contents=args.send_files,
                sink=sink,
            )
    return run_local(
        paths,
        jobs=args.jobs or os.cpu_count() or 1,
        metadata=metadata,
        near=args.near,
        progress=progress,
        use_spacy=args.spacy,
        sink=sink,
    )
