"""Benchmark: geoparsing accuracy and speed on public corpora (LGL, GeoWebNews, GeoVirus...).

    python -m benchmarks.bench_geoparse CORPORA_DIR [--split fit|test|all] [--corpus NAME] [--limit N]

``CORPORA_DIR`` holds one ``NAME.jsonl`` per corpus, one article per line: ``id``, ``text``,
``published`` and ``toponyms`` (``start``, ``end``, ``lat``, ``lon``, ``geonameid``, ``recognise``,
``resolve``). The corpora are research data with their own licences and are not in the
repository. Printed per corpus:

* resolution with the gold spans given (:func:`geoevents.geoparse` with ``spans``): acc@161 on
  the representative point, acc@161 area-aware (a predicted polygon covering the gold point
  counts too), exact GeoNames-id match where the corpus gives ids, mean and median error in km
  over the answered toponyms, share unanswered, toponyms per CPU-second;
* end to end (the recogniser finds the names): precision, recall and F1 with exact and with
  overlapping spans against the toponyms marked ``recognise``; a found name overlapping only
  toponyms not marked so (a corpus's non-literal expressions) is neither right nor wrong;
  KB of text per CPU-second; ``e2eacc``: acc@161 (area-aware) of the names found with the exact
  span of a resolvable gold toponym.

``--split``: ``fit`` and ``test`` are two fixed parts of every corpus, chosen by a hash of
the article id (:func:`split_of`), so that a ranker fitted on ``fit`` is reported on ``test``.
Not a test: it prints.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point

from geoevents.extract.toponyms import clear_caches
from geoevents.gazetteer import Gazetteer
from geoevents.gazetteer.resolver import haversine_km
from geoevents.geoparsing import PlaceMention, geoparse, geoparsing_gazetteer

ACC_KM = 161.0
FIT_SHARE = 60  # percent of each corpus's articles in the fit part
SPLITS = ("fit", "test", "all")


def split_of(corpus: str, article_id: str) -> str:
    """``"fit"`` or ``"test"``: a fixed part for an article, from a hash of its corpus and id."""
    digest = hashlib.sha1(f"{corpus}:{article_id}".encode()).hexdigest()
    return "fit" if int(digest[:8], 16) % 100 < FIT_SHARE else "test"


def _well_placed(article: dict) -> dict:
    """The article with only the toponyms whose offsets hold their phrase (a few corpus rows point
    before the text)."""
    text = article["text"]
    kept = [
        t
        for t in article.get("toponyms", ())
        if 0 <= t["start"] < t["end"] <= len(text)
        and text[t["start"] : t["end"]] == t.get("phrase", text[t["start"] : t["end"]])
    ]
    return {**article, "toponyms": kept}


def _without_types(article: dict, types: set[str]) -> dict:
    """The article with its toponyms of these types left out of recognition (not of resolution)."""
    if not types:
        return article
    toponyms = [{**t, "recognise": False} if t.get("type") in types else t for t in article["toponyms"]]
    return {**article, "toponyms": toponyms}


def read_corpus(path: Path, split: str = "all", limit: int | None = None) -> list[dict]:
    """The articles of one corpus file in the chosen split."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: not JSON ({error.msg})") from None
            if split != "all" and split_of(path.stem, str(article.get("id", number))) != split:
                continue
            articles.append(_well_placed(article))
    return articles[:limit] if limit else articles


@dataclass
class Scores:
    """Counts for one corpus."""

    resolvable: int = 0
    within: int = 0
    within_area: int = 0
    with_id: int = 0
    same_id: int = 0
    unanswered: int = 0
    errors: list[float] = field(default_factory=list)
    resolve_cpu: float = 0.0
    gold: int = 0
    found: int = 0
    exact_hits: int = 0
    exact_gold_hits: int = 0
    overlap_hits: int = 0
    overlap_gold_hits: int = 0
    ignored: int = 0
    chars_kb: float = 0.0
    found_resolvable: int = 0
    found_within: int = 0
    recognise_cpu: float = 0.0


def score_resolution(scores: Scores, toponyms: Sequence[dict], mentions: Sequence[PlaceMention]) -> None:
    """Add one article's resolutions (one mention per gold toponym, same order)."""
    for gold, mention in zip(toponyms, mentions, strict=True):
        scores.resolvable += 1
        geonameid = str(gold.get("geonameid") or "")
        if geonameid:
            scores.with_id += 1
        if mention.place is None:
            scores.unanswered += 1
            continue
        if geonameid and mention.place.gazetteer_id == f"geonames:{geonameid}":
            scores.same_id += 1
        error = haversine_km(gold["lat"], gold["lon"], mention.latitude, mention.longitude)
        scores.errors.append(error)
        if error <= ACC_KM:
            scores.within += 1
            scores.within_area += 1
        elif mention.place.geometry.geom_type in (
            "Polygon",
            "MultiPolygon",
        ) and mention.place.geometry.covers(Point(gold["lon"], gold["lat"])):
            scores.within_area += 1


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_recognition(scores: Scores, toponyms: Sequence[dict], found: Iterable[tuple[int, int]]) -> None:
    """Add one article's recognised spans against its gold toponyms."""
    gold = [(t["start"], t["end"]) for t in toponyms if t.get("recognise")]
    other = [(t["start"], t["end"]) for t in toponyms if not t.get("recognise")]
    spans = list(found)
    gold_set = set(gold)
    kept = [s for s in spans if any(_overlaps(s, g) for g in gold) or not any(_overlaps(s, o) for o in other)]
    scores.ignored += len(spans) - len(kept)
    scores.gold += len(gold)
    scores.found += len(kept)
    scores.exact_hits += sum(s in gold_set for s in kept)
    scores.exact_gold_hits += len(gold_set & set(kept))
    scores.overlap_hits += sum(any(_overlaps(s, g) for g in gold) for s in kept)
    scores.overlap_gold_hits += sum(any(_overlaps(s, g) for s in kept) for g in gold)


def score_found(scores: Scores, toponyms: Sequence[dict], found: Sequence[PlaceMention]) -> None:
    """End to end: the names found with the exact span of a resolvable gold toponym, area-aware."""
    gold = {(t["start"], t["end"]): t for t in toponyms if t.get("resolve") and t.get("lat") is not None}
    for mention in found:
        toponym = gold.get((mention.start, mention.end))
        if toponym is None:
            continue
        scores.found_resolvable += 1
        if mention.place is not None and _area_hit(toponym, mention):
            scores.found_within += 1


def _area_hit(gold: dict, mention: PlaceMention) -> bool:
    if haversine_km(gold["lat"], gold["lon"], mention.latitude, mention.longitude) <= ACC_KM:
        return True
    shape = mention.place.geometry
    return shape.geom_type in ("Polygon", "MultiPolygon") and shape.covers(Point(gold["lon"], gold["lat"]))


def measure(articles: Sequence[dict], gazetteer: Gazetteer, recognition: bool = True) -> Scores:
    """Resolve the gold spans of every article, then (``recognition``) parse them end to end."""
    scores = Scores()
    clear_caches()
    for article in articles:
        toponyms = [t for t in article["toponyms"] if t.get("resolve") and t.get("lat") is not None]
        if not toponyms:
            continue
        spans = [(t["start"], t["end"]) for t in toponyms]
        cpu = time.process_time()
        mentions = geoparse(article["text"], spans=spans, gazetteer=gazetteer)
        scores.resolve_cpu += time.process_time() - cpu
        score_resolution(scores, toponyms, mentions)
    if recognition:
        clear_caches()
        for article in articles:
            cpu = time.process_time()
            found = geoparse(article["text"], gazetteer=gazetteer)
            scores.recognise_cpu += time.process_time() - cpu
            scores.chars_kb += len(article["text"].encode("utf-8")) / 1000
            score_recognition(scores, article["toponyms"], ((m.start, m.end) for m in found))
            score_found(scores, article["toponyms"], found)
    return scores


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(scores: Scores) -> dict[str, float]:
    """The printed figures of one corpus."""
    p_exact, r_exact = _ratio(scores.exact_hits, scores.found), _ratio(scores.exact_gold_hits, scores.gold)
    p_over, r_over = _ratio(scores.overlap_hits, scores.found), _ratio(scores.overlap_gold_hits, scores.gold)
    return {
        "toponyms": scores.resolvable,
        "acc161": _ratio(scores.within, scores.resolvable),
        "acc161_area": _ratio(scores.within_area, scores.resolvable),
        "id_match": _ratio(scores.same_id, scores.with_id) if scores.with_id else float("nan"),
        "mean_km": statistics.fmean(scores.errors) if scores.errors else float("nan"),
        "median_km": statistics.median(scores.errors) if scores.errors else float("nan"),
        "unanswered": _ratio(scores.unanswered, scores.resolvable),
        "toponyms_per_s": _ratio(scores.resolvable, scores.resolve_cpu),
        "p_exact": p_exact,
        "r_exact": r_exact,
        "f1_exact": _f1(p_exact, r_exact),
        "p_overlap": p_over,
        "r_overlap": r_over,
        "f1_overlap": _f1(p_over, r_over),
        "kb_per_s": _ratio(scores.chars_kb, scores.recognise_cpu),
        "found_acc161_area": _ratio(scores.found_within, scores.found_resolvable),
    }


HEADER = (
    f"{'corpus':<11} {'split':<5} {'n':>5} {'acc161':>6} {'area':>6} {'id':>6} {'mean km':>8} {'med km':>7} "
    f"{'unans':>6} {'top/s':>6} | {'P ex':>5} {'R ex':>5} {'F1 ex':>5} {'P ov':>5} {'R ov':>5} {'F1 ov':>5} {'KB/s':>6} {'e2eacc':>6}"
)


def row(corpus: str, split: str, f: dict[str, float]) -> str:
    """One printed line."""
    return (
        f"{corpus:<11} {split:<5} {f['toponyms']:>5} {f['acc161']:>6.3f} {f['acc161_area']:>6.3f} {f['id_match']:>6.3f} "
        f"{f['mean_km']:>8.0f} {f['median_km']:>7.1f} {f['unanswered']:>6.3f} {f['toponyms_per_s']:>6.0f} | "
        f"{f['p_exact']:>5.3f} {f['r_exact']:>5.3f} {f['f1_exact']:>5.3f} {f['p_overlap']:>5.3f} "
        f"{f['r_overlap']:>5.3f} {f['f1_overlap']:>5.3f} {f['kb_per_s']:>6.1f} {f['found_acc161_area']:>6.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of every corpus in the folder."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_geoparse", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("corpora", type=Path, nargs="?", help="folder of NAME.jsonl corpora")
    parser.add_argument("--split", choices=SPLITS, default="all", help="articles to score (default all)")
    parser.add_argument(
        "--corpus", action="append", default=[], help="only this corpus (file stem); repeatable"
    )
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per corpus")
    parser.add_argument(
        "--ignore-type",
        action="append",
        default=[],
        metavar="TYPE",
        help="gold toponyms of this type (e.g. Demonym) count neither way for recognition; repeatable",
    )
    parser.add_argument("--no-recognition", action="store_true", help="gold spans only (faster)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.corpora is None:
        print("bench_geoparse: give the folder of the corpora (not in the repository); skipped")
        return 0
    files = sorted(args.corpora.glob("*.jsonl"))
    if args.corpus:
        files = [f for f in files if f.stem in args.corpus]
    if not files:
        print(f"{args.corpora}: no .jsonl corpus found", file=sys.stderr)
        return 1
    gazetteer = geoparsing_gazetteer()
    geoparse("Warm-up in Paris, France.", gazetteer=gazetteer)  # load the stores before the clock
    results = {}
    if not args.json:
        print(HEADER)
    for path in files:
        articles = [
            _without_types(a, set(args.ignore_type)) for a in read_corpus(path, args.split, args.limit)
        ]
        scores = measure(articles, gazetteer, not args.no_recognition)
        results[path.stem] = figures(scores)
        if not args.json:
            print(row(path.stem, args.split, results[path.stem]), flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
