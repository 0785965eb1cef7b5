"""Which date an event gets: the choice among the date expressions of its sentence, and the
dates read against the publication date or the events told before.

The finder (:mod:`.find`) gives the date expressions of a sentence; the news reader
(:mod:`geoevents.extract.pipeline`) finds the triggers and builds the events. Between the two:

- before any event of a sentence is built, its expressions are completed:
  :func:`outside_dateline` drops a dateline's date, :func:`resolve_anaphora` dates "le
  lendemain", "later that day" from the day told before, :func:`resolve_lasting` "after three
  days of fighting" up to the sentence's nearest date, :func:`night_of_day` "overnight Monday",
  :func:`resolve_since_event` "since the war began" from the first such event told, and
  :func:`resolve_after` "après la prise de X" from the capture of X told before;
- :func:`event_date` picks the expression of one trigger (the closest, a clause boundary
  counting as ``CLAUSE_PENALTY`` characters; a statement takes only a date of its own) and
  :func:`chosen_when` turns it into the event's interval (its "since" start, its shift in days,
  a tally up to publication); :func:`own_since` tells a "since" date of the trigger's clause;
- an event with no date of its own takes one from the text or the publication:
  :func:`since_adverb` with :func:`last_dated_before` ("have since been held"),
  :func:`told_date` and :func:`lead_date` (the paragraph's and the report's news),
  :func:`same_speaker_said`, :func:`undated_tally`, :func:`before_publication`,
  :func:`publication_day`;
- a planned event's date is moved ahead of publication: :func:`ahead`, :func:`from_publication`.

Pure functions; the words are the language packs' (``lang/<language>/events.py`` and
``dates.py``). Triggers and sentences are read through their offsets only (:class:`Trigger`,
:class:`Stretch`), so this module does not import the news reader.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Protocol

from ..extract import lang
from ..model import DatePrecision, Event, EventType, ResolvedPlace, TimeSpan
from .anchor import lasting_span
from .find import DateMention
from .tables import MONTHS, WEEKDAYS, fold_keep_offsets

__all__ = [
    "CLAUSE_PENALTY",
    "UNDATED_PAST_NOTE",
    "PlaceMention",
    "Stretch",
    "Trigger",
    "ahead",
    "before_publication",
    "chosen_when",
    "event_date",
    "from_publication",
    "is_tally",
    "last_dated_before",
    "lead_date",
    "night_of_day",
    "outside_dateline",
    "own_since",
    "publication_day",
    "resolve_after",
    "resolve_anaphora",
    "resolve_lasting",
    "resolve_since_event",
    "same_speaker_said",
    "since_adverb",
    "told_date",
    "undated_tally",
]


class Trigger(Protocol):
    """What the choice reads of a trigger word (:class:`geoevents.extract.events.Trigger`): its
    offsets ``[start, end)`` in the document, its event type and whether it tells a lasting state."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def event_type(self) -> EventType: ...
    @property
    def state(self) -> bool: ...


class Stretch(Protocol):
    """A stretch of the document (a :class:`geoevents.extract.sentences.Sentence`): ``[start, end)``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class PlaceMention(Protocol):
    """What the choice reads of a place name (:class:`geoevents.extract.toponyms.Mention`): where
    it starts and the place it resolved to."""

    @property
    def start(self) -> int: ...
    @property
    def place(self) -> ResolvedPlace | None: ...


# ---------------------------------------------------------------- the expressions of a sentence


_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,\s*[^—–\n]{0,40}?)?(?:\s*\([^)\n]{0,40}\))?\s+[—–-]\s")


def outside_dateline(text: str, sentence: Stretch, dates: list[DateMention]) -> list[DateMention]:
    """Drop the dates of a dateline ("DAMASCUS, Nov 9 (Reuters) -"): they date the report, not the event."""
    if text[max(0, sentence.start - 1) : sentence.start] not in ("", "\n"):
        return dates
    m = _DATELINE.match(text, sentence.start, sentence.end)
    if m is None:
        return dates
    return [d for d in dates if d.start >= m.end()]


def resolve_anaphora(dates: list[DateMention], events: list[Event]) -> list[DateMention]:
    """Date "le lendemain", "later that day", "la veille" from the last event dated in the text."""
    out: list[DateMention] = []
    for date in dates:
        if date.days_after_previous is None:
            out.append(date)
        elif (window := _coarse_window_before(out, date)) is not None:
            # "In December, 300 boys were abducted and released a week later": still that month
            out.append(replace(date, span=replace(window, text=date.text)))
        elif before := [
            d
            for d in out
            if d.span is not None and d.span.precision is DatePrecision.DAY and d.end <= date.start
        ]:
            # "tombée le 2 janvier, et ... une semaine plus tard": the day named before in the sentence
            day = before[-1].span.start + dt.timedelta(days=date.days_after_previous)  # type: ignore[union-attr]
            out.append(replace(date, span=TimeSpan(day, day, DatePrecision.DAY, date.text)))
        elif dated := [e for e in events if e.evidence is not None and e.evidence.date_span is not None]:
            # "that day", "le lendemain" refer to a day: the last event dated to one, if any
            days = [e for e in dated if e.when.precision is DatePrecision.DAY]
            previous = (days or dated)[-1].when
            day = (previous.end or previous.start) if date.days_after_previous >= 0 else previous.start
            day += dt.timedelta(days=date.days_after_previous)
            out.append(replace(date, span=TimeSpan(day, day, DatePrecision.DAY, date.text)))
    return out


def _coarse_window_before(dates: list[DateMention], date: DateMention) -> TimeSpan | None:
    """The window of the date named last before ``date`` in its sentence when that date is coarser
    than a day and longer than the offset ("in December ... a week later" stays in December);
    ``None`` when the last date named before is a day, or none was named."""
    before = [d for d in dates if d.span is not None and d.end <= date.start]
    if not before or date.days_after_previous is None:
        return None
    span = before[-1].span
    assert span is not None
    if span.precision is DatePrecision.DAY or span.end is None:
        return None
    if (span.end - span.start).days <= abs(date.days_after_previous):
        return None
    return span


@lru_cache(maxsize=8)
def _night_words(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:" + lang.alternatives("dates", "NIGHT", languages) + r")")


_DAY_LINK = re.compile(r"(?:\s+|\s*(?:-|–|to|a|al)\s*)")  # "overnight Monday to Tuesday"
NIGHT_DAYS_READ = 2  # day expressions after a night word that can name it ("overnight Monday to Tuesday")


def night_of_day(dates: list[DateMention], folded: str, languages: tuple[str, ...]) -> list[DateMention]:
    """A night named with its day ("overnight Monday", "overnight Monday to Tuesday") is that
    night, the day it starts and the next, not the night before publication."""
    out: list[DateMention] = []
    skip: set[int] = set()
    night = _night_words(languages)
    for i, date in enumerate(dates):
        if i in skip:
            continue
        after = [
            (j, d)
            for j, d in enumerate(dates[i + 1 : i + 1 + NIGHT_DAYS_READ], start=i + 1)
            if d.span is not None and d.span.precision is DatePrecision.DAY
        ]
        if (
            date.span is None
            or not night.fullmatch(folded, date.start, date.end)
            or not after
            or not _DAY_LINK.fullmatch(folded, date.end, after[0][1].start)
        ):
            out.append(date)
            continue
        first = after[0][1].span
        assert first is not None
        end, last = after[0][1].end, after[0][0]
        if len(after) > 1 and _DAY_LINK.fullmatch(folded, after[0][1].end, after[1][1].start):
            end, last = after[1][1].end, after[1][0]
        skip.update(range(i + 1, last + 1))
        next_day = first.start + dt.timedelta(days=1)
        span = TimeSpan(first.start, next_day, DatePrecision.RANGE, date.text)
        out.append(replace(date, end=end, span=span))
    return out


def resolve_lasting(dates: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """ "After three days of fighting": three days up to the sentence's nearest past date
    ("Lashio fell on Saturday after nearly a month of fighting"), else up to publication."""
    out: list[DateMention] = []
    for date in dates:
        if date.lasting is None:
            out.append(date)
            continue
        others = [d for d in dates if d.span is not None and not d.future and d.since is None]
        if others:
            nearest = min(others, key=lambda d: abs(d.start - date.start)).span
            assert nearest is not None
            end = nearest.end or nearest.start
        elif anchor is not None:
            end = anchor
        else:
            continue
        out.append(replace(date, span=lasting_span(date.lasting, end, date.text)))
    return out


_ARMED = {EventType.OFFENSIVE, EventType.CLASHES, EventType.AIRSTRIKE, EventType.CAPTURE}


def resolve_since_event(
    dates: list[DateMention],
    events: list[Event],
    anchor: dt.date | None,
    kinds_named: Callable[[str], set[EventType]],
) -> list[DateMention]:
    """Give "since the start of the fighting", "since the war began", "since then" the span
    from the first dated event of that kind in the text (the previous one for "since then")
    to publication; left out when the text has none. ``kinds_named`` gives the event types a
    noun's trigger words signal (the news reader's trigger finder)."""
    out: list[DateMention] = []
    for date in dates:
        if date.since_event is None:
            out.append(date)
            continue
        dated = [
            e
            for e in events
            if e.evidence is not None
            and e.evidence.date_span is not None
            and e.event_type is not EventType.STATEMENT
        ]
        if date.since_event:
            kinds = kinds_named(date.since_event)
            if kinds & _ARMED:
                kinds |= _ARMED  # "the start of the fighting": the first armed event told, whatever its word
            match = min((e for e in dated if e.event_type in kinds), key=lambda e: e.when.start, default=None)
        else:
            match = dated[-1] if dated else None
        if match is None or anchor is None or match.when.start > anchor:
            continue
        start = TimeSpan(match.when.start, match.when.start, DatePrecision.DAY, date.text)
        out.append(
            replace(
                date, span=TimeSpan(match.when.start, anchor, DatePrecision.RANGE, date.text), since=start
            )
        )
    return out


def resolve_after(
    dates: list[DateMention], events: list[Event], anchor: dt.date | None, mentions: Sequence[PlaceMention]
) -> list[DateMention]:
    """Give "après la prise de X" the span after the capture of X read earlier in the text.

    X is the same place when it resolved to the same gazetteer entry ("Mossoul" and "Mosul"),
    or, unresolved, has the same name.
    """
    out: list[DateMention] = []
    for date in dates:
        if date.after_place is None:
            out.append(date)
            continue
        key = fold_keep_offsets(date.after_place)
        named = next((m for m in mentions if date.start <= m.start < date.end and m.place is not None), None)
        place_id = named.place.gazetteer_id if named is not None and named.place is not None else None

        for event in reversed(events):
            if (
                event.event_type == EventType.CAPTURE
                and _same_place(event, place_id, key)
                and event.when.end is not None
            ):
                start = event.when.end + dt.timedelta(days=1)
                end = anchor if anchor is not None and anchor >= start else None
                out.append(replace(date, span=TimeSpan(start, end, DatePrecision.RANGE, date.text)))
                break
    return out


def _same_place(event: Event, place_id: str | None, folded_name: str) -> bool:
    """The event happened at this gazetteer entry, or (unresolved) at a place of this name."""
    if place_id is not None and event.place is not None:
        return event.place.gazetteer_id == place_id
    return event.place_text is not None and fold_keep_offsets(event.place_text) == folded_name


# ---------------------------------------------------------------- the expression of a trigger


CLAUSE_PENALTY = 60  # characters a clause boundary (comma, semicolon, dash) is worth
_CLAUSE = re.compile(r"[,;:—–()]|\s-\s")


@cache
def _small_numbers(languages: tuple[str, ...]) -> dict[str, int]:
    return {
        word: n
        for language in languages
        for word, n in getattr(lang.pack(language, "events"), "SMALL_NUMBERS", {}).items()
    }


def _days_after(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:(?P<n>"
        + "|".join(_small_numbers(languages))
        + r"|\d+) (?:"
        + lang.alternatives("events", "DAY_UNITS", languages)
        + r") "
        r"(?:"
        + lang.alternatives("events", "AFTER", languages)
        + r")(?![\w-])|(?P<next_day>"
        + lang.alternatives("events", "NEXT_DAY", languages)
        + r"))"
    )


STATEMENT_DATE_REACH = 30  # characters between "said" and its own date ("said in a statement on Thursday")
# farther after it, a date is still the statement's when no other event is told in between ("vowed
# in a televised address from Nairobi on Thursday night", not "said 104 passengers had been
# rescued overnight")
STATEMENT_DATE_FAR = 60


def _word_re(part: str, name: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    """One word list of the packs of ``languages`` as a whole-word pattern."""
    return re.compile(r"(?<![\w-])(?:" + lang.alternatives(part, name, languages) + r")(?![\w-])")


@dataclass(frozen=True, slots=True)
class _Rules:
    """The patterns that choose an event's date, compiled from the packs of one document's
    languages (a French clause word is no cue on English text)."""

    days_after: re.Pattern[str]  # "deux jours après", "the next day"
    other_trigger: re.Pattern[str]  # any trigger but a statement's
    reported: re.Pattern[str]  # "that", "que": a reported clause
    linked_clause: re.Pattern[str]  # a conjunction right before the trigger links another verb
    said_before: re.Pattern[str]  # "a annoncé", "said" right before a date
    attribution: re.Pattern[str]  # "selon", "according to"
    perfect: re.Pattern[str]  # "have been" before a tally
    have_since: re.Pattern[str]  # "have since"
    when_clause: re.Pattern[str]  # ", when", ", lorsque" after a "since" date
    started_clause: re.Pattern[str]  # "qui a éclaté", "which began"
    since_adverb: re.Pattern[str]  # "have since" before the trigger
    since_adverb_after: re.Pattern[str]  # "since" alone a few words after it
    small_numbers: dict[str, int]  # "deux": 2


@cache
def _rules(languages: tuple[str, ...]) -> _Rules:
    """The date-choosing patterns of ``languages`` (compiled once per language tuple)."""
    since_adverbs = lang.alternatives("events", "SINCE_ADVERB", languages)
    others = (lang.triggers(kind.value, languages) for kind in EventType if kind is not EventType.STATEMENT)
    return _Rules(
        days_after=_days_after(languages),
        other_trigger=re.compile(r"(?<![\w-])(?:" + "|".join(others) + r")(?![\w-])"),
        reported=re.compile(
            r"(?<![\w'-])(?:"
            + lang.alternatives("events", "COMPLEMENTIZERS", languages)
            + r")(?:(?<=')|(?![\w-]))"
        ),
        # "overnight and took", "on Thursday before seizing"
        linked_clause=re.compile(
            r"(?<![\w-])(?:" + lang.alternatives("events", "LINKING", languages) + r")(?: \w+)? ?$"
        ),
        said_before=re.compile(
            r"(?<![\w-])(?:" + lang.triggers(EventType.STATEMENT.value, languages) + r")(?: (?:on|le))? $"
        ),
        attribution=re.compile(lang.alternatives("events", "ATTRIBUTION", languages)),
        perfect=re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", "PERFECT", languages) + r") $"),
        have_since=re.compile(
            r"(?<![\w-])(?:" + lang.alternatives("events", "HAVE_SINCE", languages) + r")$"
        ),
        when_clause=re.compile(r",? (?:" + lang.alternatives("events", "WHEN_WORDS", languages) + r")\b"),
        started_clause=_word_re("dates", "STARTED_CLAUSE", languages),
        since_adverb=re.compile(r"(?<![\w-])(?:" + since_adverbs + r")(?: \w+){0,3} $"),
        since_adverb_after=re.compile(r"(?:[ -][\w'-]+){0,4} (?:" + since_adverbs + r")(?![\w-])"),
        small_numbers=_small_numbers(languages),
    )


_OPENING = re.compile(r"[\s\"'«»“”(]*")


@dataclass(frozen=True, slots=True)
class _Marks:
    """Where clause boundaries and "days after" phrases are in one text, so that counting them
    between two offsets is a bisection, not a scan (linear cost)."""

    clause_starts: list[int]
    clause_ends: list[int]
    days_after: list[re.Match[str]]
    days_after_starts: list[int]

    def clauses(self, start: int, end: int) -> int:
        """Clause boundaries lying within ``[start, end)``."""
        return max(0, bisect_right(self.clause_ends, end) - bisect_left(self.clause_starts, start))

    def first_days_after(self, start: int, end: int) -> re.Match[str] | None:
        """The first "a day after" phrase lying within ``[start, end)``."""
        at = bisect_left(self.days_after_starts, start)
        if at < len(self.days_after) and self.days_after[at].end() <= end:
            return self.days_after[at]
        return None


@lru_cache(maxsize=4)
def _marks(text: str, languages: tuple[str, ...]) -> _Marks:
    clauses = list(_CLAUSE.finditer(text))
    days = list(_rules(languages).days_after.finditer(text))
    return _Marks([m.start() for m in clauses], [m.end() for m in clauses], days, [m.start() for m in days])


@lru_cache(maxsize=8)
def _gap_verb(languages: tuple[str, ...]) -> re.Pattern[str]:
    """An auxiliary of a past tense ("had", "ont"), in the packs of ``languages`` (a past
    participle alone may be an adjective: "a televised address")."""
    return re.compile(
        r"(?<![\w-])(?:" + lang.alternatives("events", "PAST_AUXILIARIES", languages) + r")(?![\w-])"
    )


@lru_cache(maxsize=8)
def _planned_words(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The planned words of the packs of ``languages`` (a French future ending is no Spanish cue)."""
    return re.compile(r"(?<![\w-])(?:" + lang.alternatives("events", "PLANNED", languages) + r")(?![\w-])")


def _tells_more(gap: str, languages: tuple[str, ...]) -> bool:
    """Whether the words between a statement and a date tell another event or a verb ("said 104
    passengers had been rescued overnight"), so that the date is what is reported."""
    return bool(
        _rules(languages).other_trigger.search(gap)
        or _gap_verb(languages).search(gap)
        or _planned_words(languages).search(gap)
    )


def _statement_dates(
    trigger: Trigger,
    dates: list[DateMention],
    folded: str,
    sentence_start: int,
    languages: tuple[str, ...] = lang.READ,
) -> list[DateMention]:
    """The dates that can be a statement's own: right next to it ("said on Thursday", "a
    indiqué mardi") or opening its sentence ("On Thursday, the ministry said"). Other dates in
    the sentence belong to what is reported ("captured the town on Wednesday, the army said")."""
    own = []
    for d in dates:
        if d.since is not None or d.future:
            continue  # a statement is made on a day, not "since", and not ahead
        if d.start >= trigger.end:
            gap = folded[trigger.end : d.start]
            if len(gap) > STATEMENT_DATE_FAR or (
                len(gap) > STATEMENT_DATE_REACH and _tells_more(gap, languages)
            ):
                continue
            if not _CLAUSE.search(gap) and not _rules(languages).reported.search(gap):
                own.append(d)
        elif _OPENING.fullmatch(folded, sentence_start, d.start) or (
            max(0, trigger.start - d.end) <= STATEMENT_DATE_REACH
            and not _CLAUSE.search(folded, d.end, trigger.start)
        ):
            own.append(d)
    return own


def event_date(
    trigger: Trigger,
    dates: Sequence[DateMention],
    folded: str = "",
    sentence_start: int | None = None,
    languages: tuple[str, ...] = lang.READ,
) -> tuple[DateMention, bool, int] | None:
    """The date expression of the event signalled by ``trigger``.

    The closest one, a clause boundary counting as ``CLAUSE_PENALTY`` characters, as does a
    conjunction that links another verb ("rolled in overnight and took control on Tuesday":
    "overnight" is the rolling in). A statement takes only a date of its own (see
    :func:`_statement_dates`; ``sentence_start`` is where its sentence begins). Returns
    the mention, whether to take its "since" start ("aux mains de l'EI depuis juillet 2014"
    dates the capture, not the occupation), and a shift in days: "on Monday, a day after the
    offensive began" puts the start of the offensive on Sunday.
    """
    # "after three days of fighting" dates only the fighting
    usable = [
        d
        for d in dates
        if d.span is not None and (d.only_for is None or d.only_for[0] <= trigger.start <= d.only_for[1])
    ]
    if trigger.event_type is EventType.STATEMENT and folded:
        usable = _statement_dates(
            trigger, usable, folded, trigger.start if sentence_start is None else sentence_start, languages
        )
        if _rules(languages).attribution.match(folded, trigger.start):
            # "selon l'armée": no date of its own but one after it ("selon un bilan publié mardi")
            usable = [d for d in usable if d.start >= trigger.end]
    elif trigger.event_type is EventType.STATEMENT:
        usable = [d for d in usable if d.since is None]
    if not usable:
        return None

    best = _closest_date(trigger, usable, folded, languages)
    shift = 0
    marks = _marks(folded, languages) if folded else None
    if marks and best.start >= trigger.end:
        if m := marks.first_days_after(trigger.end, best.start):
            shift = _days(
                m, languages
            )  # "un cessez-le-feu, au lendemain de l'offensive du 19 septembre": the 20th
        # "deux jours après l'assassinat du procureur, tué lundi": a date after the trigger is its own
    elif marks and (m := marks.first_days_after(best.end, trigger.start)):
        shift = -_days(m, languages)  # "a annoncé mardi, au lendemain de la proclamation": Monday
    return best, trigger.state and best.since is not None, shift


LINKED_CLAUSE_REACH = 64  # characters before the trigger where a linking conjunction is looked for
SAID_BEFORE_REACH = 40  # characters before a date where "a annoncé", "said" makes it the statement's
BEFORE_TRIGGER_COST = 5  # characters a date before its trigger costs more: a date just after it wins a tie


def _gap(trigger: Trigger, d: DateMention) -> tuple[int, int]:
    return (d.end, trigger.start) if d.end <= trigger.start else (trigger.end, d.start)


def _date_cost(trigger: Trigger, d: DateMention, folded: str, languages: tuple[str, ...]) -> int:
    """Characters between the date and the trigger, a clause boundary counting ``CLAUSE_PENALTY``."""
    start, end = _gap(trigger, d)
    boundaries = _marks(folded, languages).clauses(start, end) if folded else 0
    rules = _rules(languages)
    if (
        folded
        and d.end <= trigger.start
        and rules.linked_clause.search(folded, max(start, end - LINKED_CLAUSE_REACH), end)
    ):
        boundaries += 1
    if (
        folded
        and trigger.event_type is not EventType.STATEMENT
        and rules.said_before.search(folded, max(0, d.start - SAID_BEFORE_REACH), d.start)
    ):
        boundaries += 1  # "a annoncé dimanche une trêve": Sunday is the announcement's
    distance = max(0, end - start) + (BEFORE_TRIGGER_COST if d.end <= trigger.start else 0)
    return distance + CLAUSE_PENALTY * boundaries


def _closest_date(
    trigger: Trigger, usable: list[DateMention], folded: str, languages: tuple[str, ...]
) -> DateMention:
    """The date of least :func:`_date_cost` (the first of equals, in the given order).

    Dates are costed nearest first, and no further once their distance alone exceeds the best
    cost found: a cost is never below the distance, so the answer is the same as costing every
    date, at a cost that does not grow with the number of dates in a long sentence.
    """
    order = sorted(
        range(len(usable)), key=lambda i: max(0, _gap(trigger, usable[i])[1] - _gap(trigger, usable[i])[0])
    )
    best_cost: int | None = None
    best_index = 0
    for i in order:
        start, end = _gap(trigger, usable[i])
        if best_cost is not None and max(0, end - start) > best_cost:
            break
        cost = _date_cost(trigger, usable[i], folded, languages)
        if best_cost is None or cost < best_cost or (cost == best_cost and i < best_index):
            best_cost, best_index = cost, i
    return usable[best_index]


def _days(m: re.Match[str], languages: tuple[str, ...]) -> int:
    if m["next_day"]:
        return 1
    number = m["n"]
    return int(number) if number.isdigit() else _rules(languages).small_numbers[number]


# ---------------------------------------------------------------- the event's interval


TALLY_REACH = 45  # characters before a trigger where "have been", "have since" is looked for


def is_tally(folded: str, trigger: Trigger, languages: tuple[str, ...] = lang.READ) -> bool:
    """An English present perfect that runs up to publication: a count ("have been killed",
    "has displaced") or anything "since" ("have since deployed")."""
    before = folded[max(0, trigger.start - TALLY_REACH) : trigger.start]
    rules = _rules(languages)
    if rules.have_since.search(before):
        return True
    return trigger.event_type in (EventType.CASUALTIES, EventType.DISPLACEMENT) and bool(
        rules.perfect.search(before)
    )


_CLAUSE_MARK = re.compile(r"[,;:—–()]")
_PARTICIPLE_NEXT = re.compile(r"\s*\w+(?:ant|ing)\b")


def _within_clause(folded: str, start: int, end: int) -> bool:
    """No clause ends in ``folded[start:end]``, but for a participle going on ("jour où ils ont
    attaqué le camp, tuant dix soldats"): "since 12 July, when X happened, 400 people were
    killed" ends it."""
    return all(_PARTICIPLE_NEXT.match(folded, m.end()) for m in _CLAUSE_MARK.finditer(folded, start, end))


def _shifted(span: TimeSpan, days: int) -> TimeSpan:
    delta = dt.timedelta(days=days)
    return TimeSpan(span.start + delta, span.end + delta if span.end else None, span.precision, span.text)


def chosen_when(
    chosen: tuple[DateMention, bool, int],
    trigger: Trigger,
    folded: str,
    present_state: bool,
    published: dt.date | None,
    languages: tuple[str, ...] = lang.READ,
) -> TimeSpan:
    """The event's interval from the date expression :func:`event_date` chose for it (with
    whether to take its "since" start and its shift in days), by the rules of ``languages``."""
    mention, use_since, shift = chosen
    when = mention.since if use_since and not present_state and mention.since is not None else mention.span
    assert when is not None
    if (
        mention.since_at is not None
        and trigger.start < mention.since_at
        and published is not None
        and not use_since
    ):
        # "have fled since fighting broke out on March 21": from March 21 to publication
        when = TimeSpan(when.start, max(published, when.end or when.start), DatePrecision.RANGE, when.text)
    elif (
        mention.since is not None
        and mention.since_at is None
        and (when_clause := _rules(languages).when_clause.match(folded, mention.end, trigger.start))
        and _within_clause(folded, when_clause.end(), trigger.start)
    ):
        when = mention.since  # "since mid-August, when police fired tear gas": the firing was mid-August
    if shift:
        when = _shifted(when, shift)
    if (
        is_tally(folded, trigger, languages)
        and published is not None
        and mention.since is None
        and when.start < published
    ):
        # "the battle, launched in October 2016, has displaced 900,000": October 2016 until now
        when = TimeSpan(when.start, published, DatePrecision.RANGE, when.text)
    elif (
        published is not None
        and when.start < published
        and _dates_the_start(folded, mention, trigger, languages)
    ):
        # "Les combats, lancés début juin, ont fait 3 000 morts": from June until now
        when = TimeSpan(when.start, published, DatePrecision.RANGE, when.text)
    return when


STARTED_CLAUSE_CHARS = 60  # the farthest a clause's opening comma stands before its date


def _dates_the_start(folded: str, mention: DateMention, trigger: Trigger, languages: tuple[str, ...]) -> bool:
    """A death or displacement toll after a clause that dates its subject's start, set between
    commas before it ("La guerre, qui a éclaté en avril 2023, a fait des milliers de morts")."""
    if trigger.event_type not in (EventType.CASUALTIES, EventType.DISPLACEMENT) or mention.since is not None:
        return False
    if mention.end > trigger.start:
        return False
    opening = folded.rfind(",", max(0, mention.start - STARTED_CLAUSE_CHARS), mention.start)
    closing = folded.find(",", mention.end, trigger.start)
    if opening < 0 or closing < 0 or "," in folded[closing + 1 : trigger.start]:
        return False
    return _rules(languages).started_clause.search(folded, opening, mention.start) is not None


def own_since(date: DateMention, trigger: Trigger, folded: str, sentence_start: int) -> bool:
    """A "since" date in the trigger's own clause ("qui contrôle la ville depuis août 2014"),
    or opening its sentence ("Depuis mi-2016, les insurgés contrôlent ...")."""
    if date.since is None:
        return False
    if date.end <= trigger.start and not folded[sentence_start : date.start].strip(" \t\n\"'«»“”"):
        return not _CLAUSE_MARK.search(folded[date.end : trigger.start].replace(",", "", 1))
    gap = folded[date.end : trigger.start] if date.end <= trigger.start else folded[trigger.end : date.start]
    return not _CLAUSE_MARK.search(gap)


# ---------------------------------------------------------------- events with no date of their own


SINCE_ADVERB_REACH = 45  # characters either side of a trigger where "since" alone is looked for


def since_adverb(
    folded: str, sentence: Stretch, trigger: Trigger, languages: tuple[str, ...] = lang.READ
) -> bool:
    """Whether the trigger is told with "since" alone ("dozens of politicians have since been
    held"): from the event told before (:func:`last_dated_before`) to publication."""
    rules = _rules(languages)
    return bool(
        rules.since_adverb.search(
            folded, max(sentence.start, trigger.start - SINCE_ADVERB_REACH), trigger.start
        )
        or rules.since_adverb_after.match(
            folded, trigger.end, min(sentence.end, trigger.end + SINCE_ADVERB_REACH)
        )
    )


def last_dated_before(earlier: list[Event], published: dt.date) -> Event | None:
    """The last event told before with a date of its own that began before publication."""
    return next(
        (
            e
            for e in reversed(earlier)
            if e.evidence is not None and e.evidence.date_span is not None and e.when.start < published
        ),
        None,
    )


LEAD_DAYS = 1  # the news of the day before publication, at most: a wire report's "on Wednesday"


def lead_date(events: list[Event], published: dt.date | None) -> TimeSpan | None:
    """The day of the news: that of the first event dated to a day by the text, before
    publication ("retook the town of Sinjar on Friday"). An event told in the past with no
    date in its paragraph ("At least 11 fighters were killed in the assault") is of that day."""
    for event in events:
        when = event.when
        if (
            event.evidence is not None
            and event.evidence.date_span is not None
            and event.event_type is not EventType.STATEMENT
            and when.precision is DatePrecision.DAY
        ):
            recent = published is not None and 0 <= (published - when.start).days <= LEAD_DAYS
            return when if recent else None
    return None


def told_date(inherited: Event | None, paragraph_events: list[Event]) -> TimeSpan | None:
    """The date a sentence's undated past event takes from its paragraph: that of the last
    event before it dated by the text (its own date or one it took), not a publication-day
    default ("were killed on Tuesday ... blocked avenues ... attacked checkpoints")."""
    if inherited is None:
        return None
    told = [
        e for e in paragraph_events if e.when.text is not None and e.event_type is not EventType.STATEMENT
    ]
    if told:
        return told[-1].when
    return inherited.when if inherited.when.text is not None else None


_PRONOUN_OPENING = re.compile(
    r"[\s\"'«»“”]*(?:" + lang.alternatives("events", "PRONOUN_SUBJECTS") + r")(?![\w-])"
)


def same_speaker_said(folded: str, sentence: Stretch, earlier: list[Event]) -> TimeSpan | None:
    """A statement of a sentence opening with a pronoun ("He said", "Il a ajouté") goes on the
    statements told just before, back to the last one dated by the text: the same speaker on the
    same day (an event of another kind in between ends the run)."""
    if not _PRONOUN_OPENING.match(folded, sentence.start):
        return None
    for event in reversed(earlier):
        if event.event_type is not EventType.STATEMENT or event.evidence is None:
            return None
        if event.evidence.date_span is not None:
            return event.when
    return None


NEWS_DAYS = 31  # the farthest back the first dated event of a report starts its news


def _first_news(earlier: list[Event], published: dt.date) -> Event | None:
    """The first event told with a date of its own, not a statement, that began before
    publication and at most ``NEWS_DAYS`` before it: where the news of the report starts."""
    return next(
        (
            e
            for e in earlier
            if e.evidence is not None
            and e.evidence.date_span is not None
            and e.event_type is not EventType.STATEMENT
            and 0 < (published - e.when.start).days <= NEWS_DAYS
        ),
        None,
    )


def publication_day(published: dt.date | None) -> TimeSpan | None:
    """The day of publication (``None`` without one): the date of an event the text does not date."""
    return TimeSpan(published, published, DatePrecision.DAY, None) if published is not None else None


def undated_tally(
    folded: str,
    trigger: Trigger,
    earlier: list[Event],
    published: dt.date | None,
    languages: tuple[str, ...] = lang.READ,
) -> TimeSpan | None:
    """An undated perfect tally ("have fled", "han huido"): from the first news of the report
    (:func:`_first_news`) to publication."""
    if published is None or not is_tally(folded, trigger, languages):
        return None
    first = _first_news(earlier, published)
    return TimeSpan(first.when.start, published, DatePrecision.RANGE, None) if first is not None else None


UNDATED_PAST_DAYS = 365  # the span given to a past event told with no date: the year up to publication
UNDATED_PAST_NOTE = "date not given: some time before publication (start unknown)"


def before_publication(published: dt.date) -> TimeSpan:
    """The interval of a past event the text gives no date for ("après la prise de Mossoul"):
    a ``range`` ending at publication whose start is unknown, written as ``UNDATED_PAST_DAYS``
    before it (a time span has a first day; the event's notes say the start is unknown)."""
    return TimeSpan(published - dt.timedelta(days=UNDATED_PAST_DAYS), published, DatePrecision.RANGE, None)


# ---------------------------------------------------------------- planned events


def from_publication(span: TimeSpan, anchor: dt.date | None) -> TimeSpan:
    """A planned event cannot start before it was announced: "this week" said on a Tuesday
    runs from that Tuesday to Sunday."""
    if anchor is None or not span.start < anchor <= (span.end or anchor):
        return span
    precision = DatePrecision.DAY if span.end == anchor else DatePrecision.RANGE
    return TimeSpan(anchor, span.end, precision, span.text)


_BARE_WEEKDAY = re.compile(
    r"(?:(?:"
    + lang.alternatives("dates", "ON_WEEKDAY")
    + "|"
    + lang.alternatives("dates", "DAY_ARTICLE")
    + r"|ce) )?"
    r"(?:" + "|".join(WEEKDAYS) + r")"
)
_MONTH_NAME = re.compile(r"(?<![a-z])(?:" + "|".join(MONTHS) + r")(?![a-z])")
_OWN_YEAR = re.compile(r"\d{4}|year|annee|\ban\b|last|dernier|passe")  # "2017", "last year": not yearless
HALF_YEAR_DAYS = 183  # a yearless planned date at most this far back stays where it is
WEEK_DAYS = 7


def ahead(span: TimeSpan, anchor: dt.date | None) -> TimeSpan:
    """A planned event's yearless date that fell before publication is next year's; its bare
    weekday ("le pays observera mardi une journée de deuil") next week's."""
    if anchor is None or span.text is None or (span.end or span.start) >= anchor:
        return span
    written = fold_keep_offsets(span.text)
    if span.precision is DatePrecision.DAY and _BARE_WEEKDAY.fullmatch(written):
        day = span.start + dt.timedelta(days=WEEK_DAYS)
        return TimeSpan(day, day, span.precision, span.text)
    if _OWN_YEAR.search(written) or not _MONTH_NAME.search(written):
        return span
    if (anchor - (span.end or span.start)).days <= HALF_YEAR_DAYS:
        return span  # "Feb. 1" told on 15 February is that day, whatever the tense around it
    try:
        return TimeSpan(
            span.start.replace(year=span.start.year + 1),
            span.end.replace(year=span.end.year + 1) if span.end else None,
            span.precision,
            span.text,
        )
    except ValueError:  # 29 February
        return span
