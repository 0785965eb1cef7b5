"""Cost that cannot explode: every pathological class of text is extracted in linear time, and
one article over its budget is skipped, not waited for.

Linear is checked as growth: four times the text costs at most about four times the CPU (a
quadratic rewrite would cost sixteen). The absolute target, 20 ms of CPU per KB, is the
benchmark's (``python -m benchmarks.bench_pathological``, on a quiet machine); here it gets a
margin for a loaded test machine."""

from __future__ import annotations

import time

import pytest

import geoevents.limits
from benchmarks.bench_pathological import CLASSES, LIMIT_MS_PER_KB
from geoevents.extract.batch import extract_one
from geoevents.extract.document import document_from_text
from geoevents.extract.pipeline import extract_document

KB = 16


def _cpu_ms_per_kb(kind: str, text: str, gazetteer) -> float:
    started = time.process_time()
    extract_document(document_from_text(text, path=f"case{kind}", kind=kind), gazetteer=gazetteer)
    return (time.process_time() - started) * 1000 / (len(text.encode("utf-8")) / 1024)


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_pathological_text_is_extracted_in_linear_time(name, gazetteer):
    kind, small = CLASSES[name](KB * 1024 // 4)
    _, large = CLASSES[name](KB * 1024)
    _cpu_ms_per_kb(kind, small, gazetteer)  # warm the caches a first article fills
    small_per_kb = _cpu_ms_per_kb(kind, small, gazetteer)
    per_kb = _cpu_ms_per_kb(kind, large, gazetteer)
    assert per_kb < 2.5 * max(small_per_kb, 1.0), f"{name}: {small_per_kb:.1f} -> {per_kb:.1f} ms/KB at 4x"
    assert per_kb < 3 * LIMIT_MS_PER_KB, f"{name}: {per_kb:.1f} ms/KB"


def test_an_article_over_its_budget_is_skipped_with_one_line(tmp_path, monkeypatch, gazetteer):
    article = tmp_path / "long.txt"
    article.write_text(CLASSES["article"](256 * 1024)[1], encoding="utf-8")
    monkeypatch.setattr(geoevents.limits, "ARTICLE_SECONDS", 0.05)
    monkeypatch.setattr(geoevents.limits, "ARTICLE_MS_PER_KB", 0.0)
    started = time.process_time()
    result = extract_one(article)
    assert time.process_time() - started < 5
    assert result.events == () and result.error is not None
    assert result.error.startswith(f"{article}: skipped: over its budget") and "\n" not in result.error
