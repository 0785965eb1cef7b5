"""One article in, events out: document -> sentences -> toponyms + dates -> events.

:func:`extract_document` is pure given a gazetteer; :func:`extract_file` adds the file read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path

from ..gazetteer import Gazetteer, default_gazetteer
from ..model import DatePrecision, Event, EventStatus, EventType, Evidence, ResolvedPlace, Source, TimeSpan
from ..time.choose import (
    UNDATED_PAST_NOTE,
    ahead,
    before_publication,
    chosen_when,
    event_date,
    from_publication,
    last_dated_before,
    lead_date,
    night_of_day,
    outside_dateline,
    own_since,
    publication_day,
    resolve_after,
    resolve_anaphora,
    resolve_lasting,
    resolve_since_event,
    same_speaker_said,
    since_adverb,
    told_date,
    undated_tally,
)
from ..time.find import DateMention, clear_date_cache, find_dates
from ..time.tables import fold_keep_offsets
from . import lang
from .document import Document, Metadata, document_from_bytes, load_document
from .events import (
    SAME_EVENT_CHARS,
    Trigger,
    event_place,
    event_status,
    find_actors,
    find_triggers,
    is_dateline,
    is_present_state,
    quoted,
)
from .language import language_name
from .nlp import entities
from .sentences import Sentence, split_sentences
from .toponyms import Mention, MentionKind, resolve_mentions, spot
from .toponyms import clear_caches as _clear_toponym_caches

__all__ = ["Extraction", "extract_document", "extract_file"]


@dataclass
class Extraction:
    """Everything read from one article (mentions and dates too, for evaluation and debugging)."""

    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DateMention]
    events: list[Event]
    problems: list[str] = field(default_factory=list)

    @property
    def places(self) -> list[Mention]:
        """The mentions taken for places (resolved or not)."""
        return [m for m in self.mentions if m.is_place]


def extract_file(
    path: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    metadata: Metadata | None = None,
    near: Iterable[str] = (),
    use_spacy: bool = False,
    content: bytes | None = None,
) -> Extraction:
    """Read an article and extract its events.

    ``metadata`` fills in what the file does not say about itself (publication date, source,
    URL, language); what the file says wins. ``content``: the file's bytes, when they were
    read elsewhere (``path`` then only names the article).
    """
    if content is not None:
        document = document_from_bytes(content, path, defaults=metadata)
    else:
        document = load_document(path, defaults=metadata)
    return extract_document(document, gazetteer=gazetteer, near=near, use_spacy=use_spacy)


def _language_problems(document: Document) -> list[str]:
    """A text in a language geoevents does not read is read with the packs it has: say so."""
    language = (document.meta.language or "").split("-")[0].lower()
    if not language or language in lang.READ:
        return []
    packs = [language_name(code) for code in lang.languages_for(language)]
    read_as = ", ".join(packs[:-1]) + " and " + packs[-1] if len(packs) > 1 else packs[0]
    return [
        f"{document.path}: {language_name(language)} text, read as: {read_as} (the languages geoevents "
        "reads): expect missed places, dates and events"
    ]


def extract_document(
    document: Document,
    *,
    gazetteer: Gazetteer | None = None,
    near: Iterable[str] = (),
    use_spacy: bool = False,
) -> Extraction:
    """Extract the events of a loaded document.

    ``use_spacy``: strengthen toponym recognition with spaCy's French model (extra ``nlp``);
    English text and the default path use no model.
    """
    gazetteer = gazetteer or default_gazetteer()
    text = document.text
    folded = fold_keep_offsets(text)
    anchor = document.meta.published
    sentences = split_sentences(text)
    found = entities(text, document.meta.language) if use_spacy else []
    mentions = resolve_mentions(gazetteer, spot(gazetteer, text, sentences, folded, found), near=near)
    languages = lang.languages_for(document.meta.language)  # the packs whose rules are read
    dates_by_sentence = [
        outside_dateline(text, s, find_dates(text, s.start, s.end, anchor, folded, languages))
        for s in sentences
    ]
    focus_place = _main_place(mentions, text)
    focus = (focus_place, _country_of(mentions, focus_place))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)

    problems: list[str] = _language_problems(document)
    skipped = 0
    events: list[Event] = []
    background: set[str] = set()  # events dated as one noun only ("since the 1971 war")
    previous: tuple[int, Event] | None = None  # (paragraph, last event) for inheritance
    paragraph, paragraph_events = -1, list[Event]()  # the events of the current paragraph
    for number, sentence in enumerate(sentences):
        sentence_mentions = by_sentence.get(number, [])
        dates = _outside_comparisons(dates_by_sentence[number], sentence_mentions, folded)
        dates = resolve_after(dates, events, anchor, sentence_mentions)
        dates = resolve_anaphora(dates, events)
        dates = resolve_lasting(dates, anchor)
        dates = night_of_day(dates, folded, languages)
        dates = resolve_since_event(dates, events, anchor, _kinds_named)
        first = len(events)
        if paragraph != sentence.paragraph:
            paragraph, paragraph_events = sentence.paragraph, []
        for trigger in find_triggers(folded, sentence.start, sentence.end, languages):
            if _describes_comparison(trigger, sentence_mentions, folded):
                continue
            inherited = previous[1] if previous is not None and previous[0] == sentence.paragraph else None
            event = _make_event(
                document,
                folded,
                sentence,
                number,
                trigger,
                sentence_mentions,
                dates,
                (inherited, told_date(inherited, paragraph_events) or lead_date(events, anchor)),
                focus,
                [e for e in events if e.id not in background] if background else events,
            )
            if event is None:
                skipped += 1
                continue
            events.append(event)
            one_noun = _dated_as_one_noun(event, dates)
            if one_noun:
                background.add(event.id)  # no toll, "since" or speaker of a later event is its
            else:
                paragraph_events.append(event)
            if (
                event.event_type is not EventType.STATEMENT
                or previous is None
                or previous[0] != sentence.paragraph
            ) and not one_noun:
                # "selon l'armée" does not date what follows, nor "since the 1971 war"
                previous = (sentence.paragraph, event)
        if len(events) - first > 1:
            merged = one_event_per_fact(events[first:], folded)
            if previous is not None and previous[1] not in merged and previous[1] in events[first:]:
                previous = (sentence.paragraph, merged[-1])
            events[first:] = merged
        if (announced := _announced_plan(events[first:], dates, anchor)) is not None:
            events.append(announced)
    if skipped:
        problems.append(
            f"{document.path}: {skipped} event(s) skipped: no date in their sentence and no publication "
            "date to anchor one (give it in front matter or with --published)"
        )
    all_dates = [d for ds in dates_by_sentence for d in ds]
    return Extraction(document, sentences, mentions, all_dates, events, problems)


def clear_caches() -> None:
    """Forget everything remembered about texts already read: name resolutions, decoded
    gazetteer entries, folded and normalised spellings, actors of a sentence, date expressions
    (benchmarks of text never seen before; after the gazetteer changed)."""
    from ..gazetteer import demonym_country
    from ..gazetteer.normalize import fold, normalize, skeleton

    _clear_toponym_caches()
    fold_keep_offsets.cache_clear()
    find_actors.cache_clear()
    clear_date_cache()
    for cached in (normalize, fold, skeleton, demonym_country):
        cached.cache_clear()


_TOWNS = frozenset({"city", "town"})  # feature classes "la ville", "the town" can refer to


class _Anaphor(Enum):
    """What a sentence names without a name: the article's country or its town."""

    COUNTRY = "country"
    TOWN = "town"


_ANAPHORS = {
    language: (
        (
            _Anaphor.COUNTRY,
            re.compile(
                r"(?<![\w-])(?:"
                + lang.alternatives("events", "COUNTRY_ANAPHORS", (language,))
                + r")(?![\w-])"
            ),
        ),
        (
            _Anaphor.TOWN,
            re.compile(
                r"(?<![\w-])(?:" + lang.alternatives("events", "TOWN_ANAPHORS", (language,)) + r")(?![\w-])"
            ),
        ),
    )
    for language in lang.READ
}


def _place_anaphor(folded: str, sentence: Sentence, language: str | None) -> _Anaphor | None:
    """Whether a sentence that names no place speaks of "the country" or "the town"."""
    for code in lang.languages_for(language):
        for anaphor, pattern in _ANAPHORS[code]:
            if pattern.search(folded, sentence.start, sentence.end):
                return anaphor
    return None


def _named_without_a_name(
    folded: str,
    sentence: Sentence,
    language: str | None,
    inherited: Event | None,
    focus: tuple[Mention | None, Mention | None],
) -> Mention | None:
    """The place of a sentence that names none but "dans le pays", "across the country" (the
    article's country) or "la ville", "the town" (the previous sentence's town, else the place
    the article is about); ``None`` when it says neither."""
    anaphor = _place_anaphor(folded, sentence, language)
    if anaphor is _Anaphor.COUNTRY:
        return focus[1]
    if anaphor is _Anaphor.TOWN and (
        inherited is None or inherited.place is None or inherited.place.feature_class not in _TOWNS
    ):
        return focus[0]
    return None


def _country_of(mentions: list[Mention], focus_place: Mention | None) -> Mention | None:
    """The most mentioned country of the text that holds the place it is about."""
    if focus_place is None or focus_place.place is None:
        return None
    code = focus_place.place.country
    countries = [
        m
        for m in mentions
        if m.is_place
        and m.place is not None
        and m.place.feature_class == "country"
        and m.place.country == code
    ]
    return countries[0] if countries else None


def _main_place(mentions: list[Mention], text: str) -> Mention | None:
    """The place the article is about: the most mentioned resolved place finer than a country
    (a dateline, "LIMA, April 11 -", says where the report was filed, not what it is about)."""
    counts: dict[str, list[Mention]] = {}
    for mention in mentions:
        if is_dateline(text, mention):
            continue
        if mention.is_place and mention.place is not None and mention.place.feature_class != "country":
            counts.setdefault(mention.place.gazetteer_id, []).append(mention)
    if not counts:
        return None
    best = max(counts.values(), key=lambda group: (len(group), -group[0].start))
    return best[0]


# The types a more specific trigger next to them replaces: "envisage une nouvelle offensive" is
# one planned offensive, "lancer une opération" one operation.
_GENERIC_TYPES = frozenset({EventType.OTHER})
_NOT_SPECIFIC = frozenset({EventType.OTHER, EventType.STATEMENT})


def _trigger_word(folded: str, event: Event) -> str:
    span = event.evidence.trigger_span if event.evidence is not None else None
    start, end = span or (0, 0)
    return folded[start:end]


OBJECT_WORDS = 2  # words between a generic verb and the trigger it governs ("une nouvelle")
_OBJECT_DETERMINERS = lang.words("events", "OBJECT_DETERMINERS")


def _governs(folded: str, generic: Event, specific: Event) -> bool:
    """The generic trigger has the specific one as its object: "envisage une nouvelle
    offensive", "to launch an assault" (at most ``OBJECT_WORDS`` determiners or adjectives between)."""
    first = generic.evidence.trigger_span if generic.evidence is not None else None
    second = specific.evidence.trigger_span if specific.evidence is not None else None
    if first is None or second is None:
        return False
    end, start = first[1], second[0]
    if not 0 <= start - end <= SAME_EVENT_CHARS:
        return False
    gap = folded[end:start].replace("'", "' ").split()
    return len(gap) <= OBJECT_WORDS and all(word in _OBJECT_DETERMINERS for word in gap)


def _with_note(event: Event, note: str) -> Event:
    return replace(event, notes=f"{event.notes}; {note}" if event.notes else note)


def one_event_per_fact(events: list[Event], folded: str) -> list[Event]:
    """One sentence's events, at most one per fact: a generic trigger ("envisage", "lancer")
    governing a more specific one ("une nouvelle offensive") is the same event; the specific
    type wins and the generic reading goes to its notes."""
    out = list(events)
    for generic in [e for e in events if e.event_type in _GENERIC_TYPES]:
        partner = next(
            (
                i
                for i, e in enumerate(out)
                if e.event_type not in _NOT_SPECIFIC and _governs(folded, generic, e)
            ),
            None,
        )
        if partner is None:
            continue
        word = _trigger_word(folded, generic)
        out[partner] = _with_note(out[partner], f"also read as {generic.event_type.value} ('{word}')")
        out.remove(generic)
    return out


COMPARISON_REACH = 60  # characters after a comparison's place that still describe it


def _kinds_named(noun: str) -> set[EventType]:
    """The event types whose triggers a noun holds ("the start of the fighting": clashes)."""
    return {t.event_type for t in find_triggers(noun, 0, len(noun))}


def _dated_as_one_noun(event: Event, dates: list[DateMention]) -> bool:
    """The event took a date that dates one noun only ("since the 1971 war", "the 2016 peace
    deal"): it tells of another time than the sentences around it."""
    span = event.evidence.date_span if event.evidence is not None else None
    return span is not None and any((d.start, d.end) == span and d.only_for is not None for d in dates)


def _outside_comparisons(dates: list[DateMention], mentions: list[Mention], folded: str) -> list[DateMention]:
    """Drop a date that tells of a comparison's place: "a comparé la ville à Hiroshima en 1945";
    not once a quotation holding the comparison has closed ("« ... le sort d'Alep », a lancé
    vendredi")."""
    compared = [m for m in mentions if m.kind == MentionKind.COMPARISON]
    return [
        d
        for d in dates
        if not any(
            0 <= d.start - m.end <= COMPARISON_DATE_REACH and not _QUOTE_END.search(folded, m.end, d.start)
            for m in compared
        )
    ]


COMPARISON_DATE_REACH = 25  # characters between a comparison's place and a date that belongs to it


_QUOTE_END = re.compile(r"[»”\"]")


def _describes_comparison(trigger: Trigger, mentions: list[Mention], folded: str) -> bool:
    """A trigger just after a comparison's place tells of the comparison, not of an event of
    the text: "Raqqa a vécu le destin de Dresde, détruite en 1945 par les bombardements"; not
    once a quotation holding the comparison has closed ("« ... un nouveau Gwoza », a assuré")."""
    before = [m for m in mentions if m.end <= trigger.start]
    if not before or before[-1].kind != MentionKind.COMPARISON:
        return False
    if _QUOTE_END.search(folded, before[-1].end, trigger.start):
        return False
    return trigger.start - before[-1].end <= COMPARISON_REACH


ANNOUNCED_NOTE = "announced in a statement with a stated horizon"


def _announced_plan(made: list[Event], dates: list[DateMention], anchor: dt.date | None) -> Event | None:
    """ "The bloc said it would send a mission in the coming days": a statement whose sentence states a
    horizon after its speech verb announces a plan; the plan is its own event (``other``,
    ``planned``), dated by that horizon from publication on, the statement keeping its own day.

    Only when the sentence's other events were told before the statement ("Talks were suspended
    last month, and mediators said they hoped to resume them within weeks"): an event told after
    it (a planned offensive or strike) takes the horizon itself."""
    said = next((e for e in reversed(made) if e.event_type is EventType.STATEMENT), None)
    if anchor is None or said is None or said.evidence is None or said.evidence.trigger_span is None:
        return None
    spoken_at = said.evidence.trigger_span[1]
    told = [e.evidence.trigger_span if e.evidence is not None else None for e in made if e is not said]
    if any(span is None or span[0] >= spoken_at for span in told):
        return None
    horizons = [d for d in dates if d.future and d.span is not None and d.start >= spoken_at]
    if not horizons or said.status is EventStatus.PLANNED:
        return None
    horizon = horizons[0]
    assert horizon.span is not None
    when = from_publication(ahead(horizon.span, anchor), anchor)
    notes = "; ".join(n for n in (said.notes, ANNOUNCED_NOTE) if n)
    return replace(
        said,
        id=f"{said.id}-plan",
        event_type=EventType.OTHER,
        status=EventStatus.PLANNED,
        when=when,
        evidence=replace(said.evidence, date_span=(horizon.start, horizon.end)),
        notes=notes,
    )


def _make_event(
    document: Document,
    folded: str,
    sentence: Sentence,
    number: int,
    trigger: Trigger,
    mentions: list[Mention],
    dates: list[DateMention],
    inheritance: tuple[Event | None, TimeSpan | None],
    focus: tuple[Mention | None, Mention | None],
    earlier: list[Event],
) -> Event | None:
    inherited, inherited_when = inheritance
    focus_place = focus[0]
    text = document.text
    meta = document.meta
    notes = ""
    sentence_text = sentence.text(text)
    place = event_place(trigger, mentions, folded, text, sentence.start)
    if trigger.event_type is EventType.STATEMENT:
        place, spoken_from = _spoken_about(trigger, place, mentions, folded, text, sentence)
        notes = f"spoken from {spoken_from.text}" if spoken_from is not None else ""
    languages = lang.languages_for(meta.language)  # the packs whose date rules are read
    chosen = event_date(trigger, dates, folded, sentence.start, languages)
    if (
        chosen is not None
        and chosen[0].future
        and _told_in_the_past(text, folded, sentence, trigger, meta.language)
    ):
        # "a décrété un deuil national pour samedi 31 octobre, après l'attaque": the attack was
        # told in the past, the coming day is another event's
        chosen = event_date(
            trigger,
            [d for d in dates if not d.future],
            folded,
            sentence.start,
            languages,
        )
    present_state = is_present_state(folded, trigger)
    # "Goma est désormais aux mains des rebelles": so at publication, whatever other dates say
    held_now = (
        present_state
        and meta.published is not None
        and (chosen is None or not own_since(chosen[0], trigger, folded, sentence.start))
    )
    date_span: tuple[int, int] | None = None
    future = False
    if held_now:
        assert meta.published is not None
        when = TimeSpan(meta.published, meta.published, DatePrecision.DAY, None)
    elif chosen is not None:
        mention = chosen[0]
        when = chosen_when(chosen, trigger, folded, present_state, meta.published, languages)
        date_span = (mention.start, mention.end)
        future = mention.future
    elif (
        meta.published is not None
        and since_adverb(folded, sentence, trigger, languages)
        and (previous := last_dated_before(earlier, meta.published)) is not None
    ):
        # "dozens of politicians have since been held": from the event told before to publication
        when = TimeSpan(previous.when.start, meta.published, DatePrecision.RANGE, None)
    elif (toll_of := _toll_of(trigger, place, earlier)) is not None:
        when = toll_of.when
    elif meta.published is not None and _told_as_background(text, sentence, trigger):
        # "après la prise de Mossoul", "after the fall of Mosul": before publication, not on its day
        when = before_publication(meta.published)
        notes = UNDATED_PAST_NOTE
    elif (
        inherited_when is not None
        and trigger.event_type is not EventType.STATEMENT
        and _told_in_the_past(text, folded, sentence, trigger, meta.language)
        and not (meta.published and inherited_when.start > meta.published)
    ):
        when = inherited_when  # a statement without a date of its own is made on the day of the report
    elif trigger.event_type is EventType.STATEMENT and (said := same_speaker_said(folded, sentence, earlier)):
        when = said  # "told reporters on Friday ... He said the town would be run by Kurds"
    elif (
        undated := undated_tally(folded, trigger, earlier, meta.published, languages)
        or publication_day(meta.published)
    ) is not None:
        # "several thousand families have fled": since the news began, up to publication; else
        # the day of the report
        when = undated
    else:
        return None
    status = event_status(
        folded[sentence.start : sentence.end],
        trigger,
        sentence.start,
        future,
        _past_verb(text, folded, sentence, trigger, meta.language),
        text[sentence.start : sentence.end],
        lang.languages_for(meta.language),
    )
    if present_state and status is EventStatus.HAPPENED:
        status = EventStatus.ONGOING
    if status is EventStatus.PLANNED and chosen is None and meta.published is not None:
        when = TimeSpan(meta.published, meta.published, DatePrecision.DAY, None)
    elif status is EventStatus.PLANNED:
        when = from_publication(ahead(when, meta.published), meta.published)
    non_places = tuple(
        _full_name(text, m) for m in mentions if m.kind in (MentionKind.PERSON, MentionKind.ACTOR)
    )
    if place is None:
        place = _named_without_a_name(folded, sentence, meta.language, inherited, focus)
    fields = _event_place_fields(place, inherited, focus_place)
    digest = hashlib.blake2s(f"{document.path}:{trigger.start}".encode(), digest_size=4).hexdigest()
    return Event(
        id=f"{_stem(document.path)}-{number + 1}-{digest}",
        title=_title(sentence_text),
        when=when,
        event_type=trigger.event_type,
        status=status,
        description=sentence_text,
        actors=find_actors(sentence_text, non_places),
        source=Source(name=meta.source, url=meta.url, published=meta.published),
        evidence=Evidence(
            file=document.path,
            sentence=sentence_text,
            trigger_span=(trigger.start, trigger.end),
            place_span=(place.start, place.end) if place is not None else None,
            date_span=date_span,
        ),
        notes=notes,
        **fields,
    )


_PAST_AUXILIARY = {
    language: re.compile(
        r"(?<![\w'-])(?:" + lang.alternatives("events", "PAST_AUXILIARIES", (language,)) + r")(?: \w+)? $"
    )
    for language in lang.READ
}


# A trigger word told in a past tense by its ending ("closed the border", "huyeron"), or
# opening with an auxiliary ("ont fui", "avoir quitté").
_PAST_WORD = {
    language: re.compile(r"\w+(?:" + lang.alternatives("events", "PAST_ENDINGS", (language,)) + r")$")
    for language in lang.READ
}
_PRESENT_BEFORE = {
    language: re.compile(
        r"(?<![\w'-])(?:"
        + lang.alternatives("events", "PRESENT_BEFORE", (language,))
        + r")(?: \w+ly| now| still)? $"
    )
    for language in lang.READ
}
_PAST_TRIGGER_START = {
    language: re.compile(r"(?:" + lang.alternatives("events", "PAST_TRIGGER_START", (language,)) + r") ")
    for language in lang.READ
}

_AFTER_WHAT = re.compile(
    r"(?<![\w'-])(?:" + lang.alternatives("events", "AFTER_WHAT") + r") (?:l'|la |le |les |the )?$"
)


_SPOKEN_FROM = re.compile(
    r"(?<![\w-])(?:" + lang.alternatives("events", "SPOKEN_FROM") + r") (?:the |la |le |l')?$"
)


def _spoken_about(
    trigger: Trigger,
    place: Mention | None,
    mentions: list[Mention],
    folded: str,
    text: str,
    sentence: Sentence,
) -> tuple[Mention | None, Mention | None]:
    """A statement's place and the place it was spoken from, if the sentence says ("praised the
    operation in Mosul from Baghdad": Mosul, from Baghdad). Spoken from where it was chosen, the
    statement goes to what it is about, a place named outside a quotation ("'Kherson is ours,' he
    said from Kyiv" stays in Kyiv)."""

    def spoken_from(m: Mention) -> bool:
        return bool(_SPOKEN_FROM.search(folded, max(sentence.start, m.start - 12), m.start))

    origin = next((m for m in mentions if m.is_place and m.place is not None and spoken_from(m)), None)
    if place is None or origin is None or not spoken_from(place):
        return place, origin
    others = [
        m
        for m in mentions
        if not spoken_from(m)
        and not quoted(text, m.start, sentence.start)
        and not (
            m.place is not None
            and place.place is not None
            and m.place.gazetteer_id == place.place.gazetteer_id
        )
    ]
    about = event_place(trigger, others, folded, text, sentence.start)
    return (about, origin) if about is not None else (place, None)


def _told_as_background(text: str, sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun after "après la", "after the", "depuis la" ("après la prise de Mossoul"):
    an event of the past, told to situate another."""
    if trigger.event_type is EventType.STATEMENT:
        return False
    return bool(_AFTER_WHAT.search(text[max(sentence.start, trigger.start - 30) : trigger.start].lower()))


def _event_place_fields(place: Mention | None, inherited: Event | None, focus_place: Mention | None) -> dict:
    """The event's place: its own, else the previous sentence's event's, else the article's."""
    if place is not None:
        return _place_fields(place.text, place.place, place.score, place.reason)
    if inherited is not None and inherited.place is not None:
        return _place_fields(
            inherited.place_text,
            inherited.place,
            inherited.resolution_score,
            f"{inherited.resolution_reason}; place of the previous sentence",
        )
    if focus_place is not None and focus_place.place is not None:
        return _place_fields(
            focus_place.text,
            focus_place.place,
            focus_place.score,
            f"{focus_place.reason}; the place the article is about",
        )
    return _place_fields(None, None, None, "")


def _place_fields(text: str | None, place: ResolvedPlace | None, score: float | None, reason: str) -> dict:
    """The event's place fields: what was written, the resolved place, its score and why."""
    return dict(
        place_text=text,
        place=place,
        resolution_score=score,
        resolution_reason=reason.strip("; "),
        place_country=place.country if place is not None else None,
    )


def _past_verb(text: str, folded: str, sentence: Sentence, trigger: Trigger, language: str | None) -> bool:
    """Whether the trigger is a verb told in a past tense ("ont été tués", "were killed",
    "declared"), or what follows "after"/"since"."""
    before = text[max(sentence.start, trigger.start - 30) : trigger.start].lower()  # "a" (has), not "à" (to)
    word = folded[trigger.start : trigger.end]
    languages = (language,) if language in _PAST_AUXILIARY else tuple(_PAST_AUXILIARY)
    return (
        any(_PAST_AUXILIARY[code].search(before) for code in languages)
        or bool(_AFTER_WHAT.search(before))
        or any(
            _PAST_WORD[code].match(word.split(" ", 1)[0]) and not _PRESENT_BEFORE[code].search(before)
            for code in languages
        )  # "closed the border", not "are now besieged", "has ordered" (so at publication)
        or any(_PAST_TRIGGER_START[code].match(word) for code in languages)  # "ont fui", "han huido"
    )


def _told_in_the_past(
    text: str, folded: str, sentence: Sentence, trigger: Trigger, language: str | None
) -> bool:
    """Whether the trigger is told in a past tense ("ont été tués", "were killed", "l'attaque
    ... a eu lieu"), with no modal or plan around it."""
    past = _past_verb(text, folded, sentence, trigger, language)
    return (
        past
        and event_status(
            folded[sentence.start : sentence.end],
            trigger,
            sentence.start,
            False,
            languages=lang.languages_for(language),
        )
        is not EventStatus.PLANNED
    )


def _toll_of(trigger: Trigger, place: Mention | None, earlier: list[Event]) -> Event | None:
    """The dated event an undated toll counts: "overran a base in Monguno on Saturday ... At
    least 12 soldiers were killed in Monguno" -- the last earlier dated event at the same place."""
    if trigger.event_type is not EventType.CASUALTIES or place is None or place.place is None:
        return None
    for event in reversed(earlier):
        if (
            event.place is not None
            and event.place.gazetteer_id == place.place.gazetteer_id
            and event.event_type is not EventType.STATEMENT
            and event.evidence is not None
            and event.evidence.date_span is not None
        ):
            return event
    return None


@lru_cache(maxsize=64)
def _stem(path: str) -> str:
    """The file name without its extension, the first part of the events' ids."""
    return Path(path).stem


def _full_name(text: str, mention: Mention) -> str:
    """A person's name with the capitalised words just before it ("Ryan Dillon" for "Dillon")."""
    start = mention.start
    while True:
        m = re.search(r"([A-ZÀ-Ý][\w'-]+) $", text[max(0, start - 30) : start])
        if m is None or m[1].lower() in ("le", "la", "les", "the"):
            break
        start -= len(m[0])
    return text[start : mention.end]


def _title(sentence: str, limit: int = 120) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
