"""YAML loading with limits: no alias bomb, no stack overflow, no crash on a bad date or number.

Used by the YAML event reader and by the front matter of articles. The document's events are
checked by :func:`geoevents.limits.yaml_events_problem` before anything is built; a
scalar that looks like a timestamp but is not one (``2017-02-30``) stays text, and a whole
number of thousands of digits is marked invalid, so the row that holds it is reported and
the others are kept.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..errors import InputError
from ..limits import MAX_INT_DIGITS, Invalid, yaml_events_problem

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """The safe loader, with dates and numbers out of range kept as text."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node)
    if len(text) > MAX_INT_DIGITS:
        return Invalid(f"a whole number of {len(text):,} digits (at most {MAX_INT_DIGITS})")
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        return text


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)


def load_yaml(text: str, path: str, invalid: str = "invalid YAML") -> Any:
    """Parse one YAML document; raise :class:`InputError` (one line, with the position) if it
    is invalid (``invalid`` starts the message) or over the limits."""
    try:
        problem = yaml_events_problem(yaml.parse(text, Loader=_BASE))
        if problem:
            raise InputError(path, f"YAML refused: {problem}")
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(path, f"{invalid}{where}: {problem}") from None
    except RecursionError:
        raise InputError(path, "YAML refused: nested too deeply") from None
