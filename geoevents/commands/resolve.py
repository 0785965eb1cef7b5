"""``geoevents resolve "Abou Kamal" [--near SY]``: candidates with coordinates and scores."""

from __future__ import annotations

import argparse
import json

from .common import add_gazetteer_option, gazetteer_from

NAME = "resolve"


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the command."""
    parser = subparsers.add_parser(
        NAME,
        help="resolve a place name and print its candidates",
        description="Resolve a place mention with the embedded gazetteer and print the best "
        "candidates with coordinates, score and the reason for the score.",
    )
    parser.add_argument("mention", help='the place as written, e.g. "Abou Kamal" or "Omara fields"')
    parser.add_argument(
        "--near", action="append", default=[], metavar="CC", help="focus country (ISO alpha-2)"
    )
    parser.add_argument("--limit", type=int, default=5, help="how many candidates to print (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--context",
        default=None,
        metavar="TEXT",
        help='free text around the mention, e.g. "Libyan capital" or "small town in Texas"',
    )
    add_gazetteer_option(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command: exit 0 when a place was chosen, 1 when none was good enough."""
    result = gazetteer_from(args).resolve(
        args.mention, near=args.near, context=args.context, limit=max(1, args.limit)
    )
    if args.json:
        print(
            json.dumps(
                {
                    "mention": result.mention,
                    "resolved": result.resolved,
                    "gazetteer_id": result.place.gazetteer_id if result.place else None,
                    "score": result.score,
                    "reason": result.reason,
                    "candidates": [c.to_dict() for c in result.candidates],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        if result.place:
            print(
                f"{result.mention!r} -> {result.place.name} ({result.place.gazetteer_id}), score {result.score}"
            )
        else:
            print(f"{result.mention!r}: not resolved ({result.reason})")
        print(
            f"{'#':>2}  {'score':>5}  {'latitude':>9}  {'longitude':>10}  {'cc':2}  {'class':<15} name [id]: why"
        )
        for rank, c in enumerate(result.candidates, start=1):
            print(
                f"{rank:>2}  {c.score:>5.3f}  {c.latitude:>9.4f}  {c.longitude:>10.4f}  {c.country or '--':2}  "
                f"{c.feature_class:<15} {c.name} [{c.gazetteer_id}]: {c.reason}"
            )
    return 0 if result.resolved else 1
