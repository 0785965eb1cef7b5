"""Fit the contextual ranker's weights (``geoevents/assets/ranker.json``) on geoparsing corpora.

    python -m benchmarks.fit_ranker CORPORA_DIR [--split fit] [--out geoevents/assets/ranker.json]

For every article of the chosen split (:func:`benchmarks.bench_geoparse.split_of`), the gold
spans are resolved as :func:`geoevents.geoparse` does, and the ranker's candidate table
(:func:`geoevents.gazetteer.context.candidate_table`) is kept with, for each candidate, whether
it lies within 161 km of the gold point (or, for an area, its polygon covers it). A conditional logit (softmax over each name's
candidates, several right candidates allowed) is fitted by gradient descent with an L2 penalty,
with numpy; names with no right candidate, or only one candidate, teach nothing and are left out.
Build-time only: the package reads the weights with the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from shapely.geometry import Point

from benchmarks.bench_geoparse import ACC_KM, read_corpus
from geoevents.extract.sentences import split_sentences
from geoevents.extract.toponyms import clear_caches
from geoevents.gazetteer import context
from geoevents.gazetteer.resolver import haversine_km
from geoevents.geoparsing import _span_mentions, geoparse, geoparsing_gazetteer
from geoevents.time import fold_keep_offsets

ROOT = Path(__file__).resolve().parent.parent
L2 = 0.01
STEPS = 3000
RATE = 0.05


def groups_of(articles, gazetteer) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, right) per name of every article: a matrix (candidates x features), a boolean vector."""
    tables: list[dict] = []
    real = context.candidate_table

    def keep(*args, **kwargs):
        table = real(*args, **kwargs)
        tables.append(table)
        return table

    context.candidate_table = keep
    groups = []
    try:
        for article in articles:
            toponyms = [t for t in article["toponyms"] if t.get("resolve") and t.get("lat") is not None]
            if not toponyms:
                continue
            text = article["text"]
            spans = [(t["start"], t["end"]) for t in toponyms]
            tables.clear()
            geoparse(text, spans=spans, gazetteer=gazetteer)
            if not tables:
                continue
            mentions = _span_mentions(
                text, fold_keep_offsets(text), [s.start for s in split_sentences(text)], spans
            )
            gold: dict[str, list[tuple[float, float]]] = {}
            for mention, toponym in zip(mentions, toponyms, strict=True):
                gold.setdefault(context.key_of(mention.query), []).append((toponym["lat"], toponym["lon"]))
            for key, rows in tables[0].items():  # the first round: features from the first answers
                if key not in gold or len(rows) < 2:
                    continue
                right = np.array([_right(gazetteer, s.entry, gold[key]) for s, _ in rows])
                if right.any():
                    x = np.array(
                        [[f.get(name, 0.0) for name in context.FEATURES] for _, f in rows], dtype=float
                    )
                    groups.append((x, right))
    finally:
        context.candidate_table = real
    return groups


AREAS = frozenset({"country", "admin1", "governorate", "province", "district", "region"})


def _right(gazetteer, entry, golds: list[tuple[float, float]]) -> bool:
    """Within 161 km of a gold point, or an area whose polygon covers one (the benchmark's area-aware rule)."""
    if any(haversine_km(lat, lon, entry.latitude, entry.longitude) <= ACC_KM for lat, lon in golds):
        return True
    if entry.feature_class not in AREAS:
        return False
    full = gazetteer.get(entry.id)
    if full is None or full.geometry_wkb is None:
        return False
    shape = full.geometry
    return any(shape.covers(Point(lon, lat)) for lat, lon in golds)


def _padded(groups) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features (names x candidates x features), which candidates exist, which are right."""
    rows = max(len(right) for _, right in groups)
    x = np.zeros((len(groups), rows, groups[0][0].shape[1]))
    present = np.zeros((len(groups), rows), dtype=bool)
    right = np.zeros((len(groups), rows), dtype=bool)
    for g, (features, good) in enumerate(groups):
        x[g, : len(good)] = features
        present[g, : len(good)] = True
        right[g, : len(good)] = good
    return x, present, right


def fit(groups: list[tuple[np.ndarray, np.ndarray]], keep: np.ndarray | None = None) -> np.ndarray:
    """Weights maximising the log-probability of the right candidates (Adam, full batch);
    ``keep``: 0 for the features left out (their weight stays 0)."""
    x, present, right = _padded(groups)
    w = np.zeros(x.shape[2])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        u = np.where(present, x @ w, -np.inf)
        p = np.exp(u - u.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        q = p * right
        q /= q.sum(axis=1, keepdims=True)
        grad = L2 * w - np.einsum("gc,gcf->f", q - p, x) / len(groups)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        if keep is not None:
            w *= keep
    return w


def top1(groups, w) -> float:
    """Share of names whose best-scored candidate is a right one."""
    return float(np.mean([right[int(np.argmax(x @ w))] for x, right in groups]))


def main(argv=None) -> int:
    """Fit and write the weights."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.fit_ranker", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--split", default="fit", choices=("fit", "test", "all"))
    parser.add_argument("--out", type=Path, default=ROOT / "geoevents" / "assets" / "ranker.json")
    parser.add_argument(
        "--without", action="append", default=[], metavar="FEATURE", help="leave a feature out"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    gazetteer = geoparsing_gazetteer()  # the one geoparse and the benchmark read with
    context.load_weights.cache_clear()
    groups = []
    for path in sorted(args.corpora.glob("*.jsonl")):
        clear_caches()
        found = groups_of(read_corpus(path, args.split), gazetteer)
        print(f"{path.stem}: {len(found)} names with a right candidate", file=sys.stderr)
        groups += found
    first = np.array([1.0 if f == context.Feature.CHOSEN else 0.0 for f in context.FEATURES])
    unknown = set(args.without) - {f.value for f in context.FEATURES}
    if unknown:
        parser.error(f"unknown feature(s): {', '.join(sorted(unknown))}")
    w = fit(groups, np.array([0.0 if f.value in args.without else 1.0 for f in context.FEATURES]))
    print(
        f"top-1 on {args.split}: first answer {top1(groups, first):.3f}, fitted {top1(groups, w):.3f}",
        file=sys.stderr,
    )
    weights = {f.value: round(float(x), 4) for f, x in zip(context.FEATURES, w, strict=True)}
    note = (
        "Conditional-logit weights of geoevents.gazetteer.context, fitted by benchmarks/fit_ranker.py "
        f"on the '{args.split}' split of {', '.join(sorted(p.stem for p in args.corpora.glob('*.jsonl')))} "
        f"({len(groups)} names, L2 {L2})."
    )
    args.out.write_text(json.dumps({"note": note, "weights": weights}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
