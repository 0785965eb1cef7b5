"""``geoevents gazetteer build|info|import``: manage the offline gazetteer.

- ``build``: build (or load) the embedded index now and say where it lives;
- ``info``: the embedded index's size and cache file;
- ``import``: turn GeoNames dump files (``allCountries.txt``, ``XX.zip``, optionally
  ``alternateNamesV2.txt``) into a ``.store`` file for ``--gazetteer``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..errors import OutputError

NAME = "gazetteer"


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    parser = subparsers.add_parser(
        NAME,
        help="build, inspect or extend the offline gazetteer",
        description="Build or inspect the embedded offline gazetteer, or import GeoNames dump files "
        "into a gazetteer file to use with --gazetteer.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("build", help="build the embedded index now (it is otherwise built on first use)")
    actions.add_parser("info", help="print the embedded index's size and cache file")
    imp = actions.add_parser(
        "import",
        help="import GeoNames dump files (every feature class) into a .store file",
        description="Read GeoNames geoname tables (allCountries.txt, XX.txt or XX.zip) and optional "
        "alternate names (alternateNamesV2.txt or .zip); write a gazetteer store to use with "
        "--gazetteer OUT.store. Entries keep GeoNames ids, so they override the embedded ones.",
    )
    imp.add_argument("files", nargs="+", metavar="DUMP", help="allCountries.txt, XX.txt or XX.zip")
    imp.add_argument(
        "--alternate-names",
        action="append",
        default=[],
        metavar="FILE",
        help="alternateNamesV2.txt (or its .zip); repeatable",
    )
    imp.add_argument("-o", "--output", required=True, metavar="OUT.store", help="the store file to write")
    imp.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    if args.action == "import":
        return _import(args)
    from ..gazetteer import default_gazetteer

    started = time.perf_counter()
    gazetteer = default_gazetteer()
    elapsed = time.perf_counter() - started
    index = gazetteer.index
    store = getattr(index, "store", None)
    where = store.path if store is not None else "memory"
    print(f"gazetteer: {len(gazetteer):,} entries in {where} (ready in {elapsed:.1f} s)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..gazetteer.geonames_dump import import_dumps

    output = Path(args.output)
    if output.suffix != ".store":
        raise OutputError(f"{output}: the output of gazetteer import must end in .store")
    if output.exists() and not args.force:
        raise OutputError(f"{output} exists (use --force to overwrite it)")
    started = time.perf_counter()
    report = import_dumps(args.files, output, alternate_names=args.alternate_names)
    print(
        f"wrote {output}: {report.entries:,} entries, {report.names + report.alternate_names:,} names "
        f"({report.alternate_names:,} alternate), {report.skipped_lines} malformed line(s) skipped, "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0
