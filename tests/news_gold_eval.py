"""Score the extraction pipeline against the annotated news gold set (tests/data/news_gold).

Used by ``tests/test_extract_gold.py``; runnable alone to print the report::

    python tests/news_gold_eval.py [--spacy] [--articles 41-48] [--gold DIR]

``--gold DIR`` scores another set laid out the same way (``DIR/articles``, ``DIR/annotations``),
e.g. a held-out extension kept apart from the tuned set; the default is tests/data/news_gold.

Definitions (spans are character offsets in the article file):

- toponym precision/recall: a predicted place mention is right when it overlaps an
  annotated toponym occurrence; an annotated occurrence is found when a predicted place
  overlaps it. Occurrences listed under ``not_places`` (and all boilerplate) must not be
  predicted: they count as false positives like any other wrong prediction.
- acc@161 km: over found toponyms, the predicted place within 161 km of the gold point. The
  distance to an area (a country's polygon) is 0 when the gold point lies inside it; when the
  gold place is itself an area (a country, region or district, which the gold set puts at its
  capital or seat), up to 25 km outside it counts as inside: the gazetteer's generalised coast
  can leave out a coastal capital such as Banjul.
  The distance to a line (a river) is the distance to its nearest point: the gold set puts a
  river at one published point on it (the Niger at Niamey), whatever stretch the article speaks of.
- event place / date accuracy: over annotated events; an event is matched with a predicted
  event whose sentence contains ``sentence_contains`` (the same type preferred, then the
  trigger nearest the annotated one). Place: within 161 km (events without a gold place are
  left out). Date: the predicted interval equals ``date_start``-``date_end``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

GOLD = Path(__file__).resolve().parent / "data" / "news_gold"
KM = 161.0


AREA_KINDS = ("country", "region", "district")  # the gold set puts these at their capital or seat
COAST_KM = 25.0  # how far outside a predicted area its gold capital may lie (generalised coasts)


def distance_km(place, lat: float, lon: float, gold_is_area: bool = False) -> float:
    """Kilometres from the gold point to the predicted place (0 inside a predicted area; to the
    nearest point of a predicted line or area: the gold set puts a river at one published point on
    it, a country at its capital)."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    from geoevents.gazetteer.resolver import haversine_km

    geometry = place.geometry
    if geometry.geom_type in ("Polygon", "MultiPolygon") and geometry.contains(Point(lon, lat)):
        return 0.0
    point = haversine_km(place.latitude, place.longitude, lat, lon)
    if gold_is_area and geometry.geom_type in ("Polygon", "MultiPolygon"):
        on_edge = nearest_points(geometry, Point(lon, lat))[0]
        if haversine_km(on_edge.y, on_edge.x, lat, lon) <= COAST_KM:
            return 0.0  # a coastal capital just outside the generalised coast: inside
    if geometry.geom_type in ("LineString", "MultiLineString"):
        on_shape = nearest_points(geometry, Point(lon, lat))[0]
        return min(point, haversine_km(on_shape.y, on_shape.x, lat, lon))
    return point


def _occurrences(text: str, needle: str, offset: int) -> list[int]:
    pattern = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])")
    return [offset + m.start() for m in pattern.finditer(text)]


def _body_offset(raw: str, path: Path) -> int:
    """Where the annotated text starts: after the front matter of a Markdown file."""
    if path.suffix == ".md" and (m := re.match(r"\A---\n(.*?)\n---\n", raw, re.S)):
        return m.end()
    return 0


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass
class Scores:
    """Counts over the whole gold set, with the failures to print."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved_ok: int = 0
    resolved_n: int = 0
    place_ok: int = 0
    place_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    type_ok: int = 0
    status_ok: int = 0
    matched: int = 0
    language_ok: int = 0
    articles: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        found = self.tp_gold
        return found / (found + self.fn) if found + self.fn else 0.0

    tp_gold: int = 0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return self.resolved_ok / self.resolved_n if self.resolved_n else 0.0

    @property
    def event_place(self) -> float:
        return self.place_ok / self.place_n if self.place_n else 0.0

    @property
    def event_date(self) -> float:
        return self.date_ok / self.date_n if self.date_n else 0.0

    def report(self) -> str:
        """The figures, one per line."""
        return "\n".join(
            [
                f"articles: {self.articles} (language detected right: {self.language_ok})",
                f"toponyms: precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f} "
                f"(tp {self.tp}, fp {self.fp}, gold found {self.tp_gold}, missed {self.fn})",
                f"resolution acc@{KM:.0f} km: {self.acc161:.3f} ({self.resolved_ok}/{self.resolved_n})",
                f"event place acc@{KM:.0f} km: {self.event_place:.3f} ({self.place_ok}/{self.place_n})",
                f"event date interval exact: {self.event_date:.3f} ({self.date_ok}/{self.date_n})",
                f"events matched to a sentence: {self.matched}/{self.date_n}; "
                f"type right {self.type_ok}, status right {self.status_ok}",
            ]
        )


def evaluate(
    gazetteer=None, use_spacy: bool = False, numbers: range | None = None, gold: Path = GOLD
) -> Scores:
    """Run the pipeline on every annotated article of ``gold`` (or those numbered in ``numbers``)
    and score it."""
    from geoevents.extract import Metadata, extract_document, load_document

    scores = Scores()
    for ann_path in sorted((gold / "annotations").glob("*.yaml")):
        if numbers is not None and int(ann_path.name.split("-", 1)[0]) not in numbers:
            continue
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        path = gold / "articles" / ann["article"]
        published = _as_date(ann["published"])
        document = load_document(path)
        if document.meta.published is None:
            # what a user gives with --published when the page does not say it
            document = load_document(path, Metadata(published=published))
        elif document.meta.published != published:
            scores.failures.append(
                f"{path.name}: publication date read as {document.meta.published}, not {published}"
            )
        scores.articles += 1
        scores.language_ok += document.meta.language == ann["language"]
        if document.meta.language != ann["language"]:
            scores.failures.append(
                f"{path.name}: language detected {document.meta.language}, not {ann['language']}"
            )
        extraction = extract_document(document, gazetteer=gazetteer, use_spacy=use_spacy)
        raw = document.raw
        body = _body_offset(raw, path)
        text = raw[body:]
        _score_toponyms(scores, path.name, ann, extraction, text, body)
        _score_events(scores, path.name, ann, extraction, text, body)
    return scores


def _score_toponyms(scores: Scores, name: str, ann: dict, extraction, text: str, body: int) -> None:
    gold: list[tuple[int, int, float, float, str, bool]] = []
    for t in ann.get("toponyms") or []:
        occurrences = _occurrences(text, t["text"], body)
        if t.get("occurrence"):
            occurrences = [occurrences[t["occurrence"] - 1]]
        area = t.get("feature_type") in AREA_KINDS
        gold += [(s, s + len(t["text"]), t["lat"], t["lon"], t["text"], area) for s in occurrences]
    predicted = [m for m in extraction.mentions if m.is_place and m.place is not None]
    for m in predicted:
        if any(m.start < e and s < m.end for s, e, *_ in gold):
            scores.tp += 1
        else:
            scores.fp += 1
            scores.failures.append(
                f"{name}: toponym false positive {m.text!r} at {m.start} -> {m.place.name}"
            )
    for s, e, lat, lon, written, area in gold:
        hits = [m for m in predicted if m.start < e and s < m.end]
        if not hits:
            scores.fn += 1
            others = [m for m in extraction.mentions if m.start < e and s < m.end]
            why = f" (seen as {others[0].kind}: {others[0].reason})" if others else ""
            scores.failures.append(f"{name}: toponym missed {written!r} at {s}{why}")
            continue
        scores.tp_gold += 1
        scores.resolved_n += 1
        place = hits[0].place
        distance = distance_km(place, lat, lon, area)
        if distance <= KM:
            scores.resolved_ok += 1
        else:
            scores.failures.append(
                f"{name}: {written!r} resolved to {place.name} ({place.country}) {distance:.0f} km away"
            )


def _score_events(scores: Scores, name: str, ann: dict, extraction, text: str, body: int) -> None:
    areas = {t["text"] for t in ann.get("toponyms") or [] if t.get("feature_type") in AREA_KINDS}
    for e in ann.get("events") or []:
        scores.date_n += 1
        where = text.index(e["sentence_contains"]) + body
        span = (where, where + len(e["sentence_contains"]))
        trigger_at = _trigger_at(text, str(e.get("trigger", "")), span[0] - body, span[1] - body) + body
        candidates = [
            ev
            for ev in extraction.events
            if ev.evidence is not None
            and _sentence_span(ev, extraction)[0] < span[1]
            and span[0] < _sentence_span(ev, extraction)[1]
        ]
        label = f"{name}: event {e['type']} {e['sentence_contains'][:50]!r}"
        if e.get("place") is not None:
            scores.place_n += 1
        if not candidates:
            scores.failures.append(f"{label}: no event found in its sentence")
            continue
        scores.matched += 1
        candidates.sort(
            key=lambda ev: (ev.event_type != e["type"], abs(ev.evidence.trigger_span[0] - trigger_at))
        )
        event = candidates[0]
        scores.type_ok += event.event_type == e["type"]
        scores.status_ok += event.status == e["status"]
        if e.get("place") is not None:
            if (
                event.place is not None
                and distance_km(event.place, e["lat"], e["lon"], e["place"] in areas) <= KM
            ):
                scores.place_ok += 1
            else:
                got = f"{event.place_text} -> {event.place.name}" if event.place else event.place_text
                scores.failures.append(f"{label}: place {got!r}, want {e['place']!r}")
        start, end = _as_date(e["date_start"]), _as_date(e["date_end"])
        if event.when.start == start and event.when.end == end:
            scores.date_ok += 1
        else:
            scores.failures.append(
                f"{label}: date {event.when.start}..{event.when.end} ({event.when.label()!r}), want {start}..{end}"
            )


def _trigger_at(text: str, trigger: str, start: int, end: int) -> int:
    """Where the annotated trigger is: its occurrence nearest to ``sentence_contains`` (inside
    it when it is there), not the first one of the paragraph."""
    found = [m.start() for m in re.finditer(re.escape(trigger), text)] if trigger else []
    if not found:
        return start
    return min(found, key=lambda at: 0 if start <= at < end else min(abs(at - start), abs(at - end)))


def _sentence_span(event, extraction) -> tuple[int, int]:
    trigger = event.evidence.trigger_span[0]
    for sentence in extraction.sentences:
        if sentence.start <= trigger < sentence.end:
            return sentence.start, sentence.end
    return trigger, trigger


def _numbers(argv: list[str]) -> range | None:
    """``--articles 41-48``: only those articles (a held-out part of the set)."""
    if "--articles" not in argv:
        return None
    first, _, last = argv[argv.index("--articles") + 1].partition("-")
    return range(int(first), int(last or first) + 1)


def _gold(argv: list[str]) -> Path:
    """``--gold DIR``: score the set in DIR (``articles/`` and ``annotations/``) instead."""
    if "--gold" not in argv:
        return GOLD
    gold = Path(argv[argv.index("--gold") + 1])
    if not (gold / "annotations").is_dir() or not (gold / "articles").is_dir():
        sys.exit(f"news_gold_eval: {gold}: no articles/ and annotations/ folders")
    return gold


if __name__ == "__main__":
    result = evaluate(use_spacy="--spacy" in sys.argv, numbers=_numbers(sys.argv), gold=_gold(sys.argv))
    print(result.report())
    print("\n".join(result.failures))
    sys.exit(0)
