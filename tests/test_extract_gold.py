"""The extraction pipeline scored on the annotated news gold set (tests/data/news_gold).

The scoring rules are in ``news_gold_eval.py``. The figures and every failure are printed
(``pytest -s`` or on failure). Targets of issue #4: toponym F1 >= 0.90, resolution
acc@161 km >= 0.90, event date interval exact >= 0.80.
"""

from __future__ import annotations

import pytest

try:
    from tests.news_gold_eval import GOLD, Scores, evaluate
except ImportError:  # tests/ is not a package here: pytest puts it on sys.path
    from news_gold_eval import GOLD, Scores, evaluate  # type: ignore[no-redef]

TOPONYM_F1 = 0.90
ACC_161 = 0.90
EVENT_DATE = 0.80
# Measured floor: a drop below it is a regression (event place has no target in the issue).
# 0.837 on the 56 articles on 2026-11-28; held-out batches scored 0.629 (41-48) and 0.674 (49-56) when first measured.
EVENT_PLACE_FLOOR = 0.82


@pytest.fixture(scope="module")
def scores() -> Scores:
    if not any((GOLD / "annotations").glob("*.yaml")):
        pytest.fail(f"no gold annotations under {GOLD}")
    result = evaluate()
    print("\n" + result.report())
    print("\n".join(result.failures))
    return result


def test_gold_set_is_the_full_one(scores):
    assert scores.articles >= 32


def test_language_detection(scores):
    assert scores.language_ok == scores.articles


def test_toponym_f1(scores):
    assert scores.f1 >= TOPONYM_F1, scores.report()


def test_resolution_accuracy_at_161_km(scores):
    assert scores.acc161 >= ACC_161, scores.report()


def test_event_place_accuracy(scores):
    assert scores.event_place >= EVENT_PLACE_FLOOR, scores.report()


def test_event_date_accuracy(scores):
    assert scores.event_date >= EVENT_DATE, scores.report()
