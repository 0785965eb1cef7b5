"""One time grammar: the dates of structured sources and of news, read the same way.

Modules, one per stage:

- :mod:`.parse`: a value or a phrase read whole ("2017-10-17", "début octobre 2017",
  "since August 2014", "hier") into a :class:`~geoevents.model.TimeSpan` with its precision
  (:func:`parse_timespan`); the structured readers (:mod:`geoevents.io`) and ``--published``
  use it, and so does the finder for each expression it finds;
- :mod:`.find`: date expressions in running text, with their offsets (:func:`find_dates`);
- :mod:`.anchor`: expressions read against the publication date (yearless days, weekdays,
  windows such as "ces derniers jours", "after three days of fighting");
- :mod:`.choose`: which date an event gets: the expression of its sentence closest to its
  trigger (:func:`~.choose.event_date`), turned into its interval, or, with none of its own,
  a date from the events told before or from publication; "le lendemain", "overnight Monday",
  "after three days of fighting" completed first; a planned date moved ahead of publication;
- :mod:`.tables`: month and weekday names (CLDR through babel, with the language packs'
  extra spellings) and the folds of text the grammar reads.

Each language's date words live in its pack, ``geoevents/extract/lang/<language>/dates.py``
(and the cues of the choice in ``events.py``). The news reader (:mod:`geoevents.extract.pipeline`)
finds the triggers, places and tenses and calls :mod:`.choose`.
The finder and the choice are imported on first use: a structured reader needs only the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .anchor import TimeSpanError, lasting_span
from .parse import parse_timespan
from .tables import MONTHS, WEEKDAYS, fold_keep_offsets

if TYPE_CHECKING:
    from .find import DateMention, clear_date_cache, find_dates

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "TimeSpanError",
    "clear_date_cache",
    "find_dates",
    "fold_keep_offsets",
    "lasting_span",
    "parse_timespan",
]

_LAZY = {"DateMention": ".find", "clear_date_cache": ".find", "find_dates": ".find"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
