"""CLI subcommands, one module each: ``add_parser(subparsers)`` and ``run(args) -> int``.

To add a command, add a module here and list it in ``COMMANDS``.
"""

from __future__ import annotations

from . import export, extract, gazetteer, geoparse, map, resolve

COMMANDS = (map, export, extract, geoparse, resolve, gazetteer)
