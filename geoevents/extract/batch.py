"""Extract events from many articles: on all local cores, or on a Dask cluster.

The unit of work is :func:`extract_one` (one file in, a picklable :class:`FileResult` out),
so the same pipeline runs in-process, in a process pool or on Dask workers. A file that
fails is reported in :attr:`BatchResult.failures` and the others carry on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GeoeventsError, InputError
from ..gazetteer import default_gazetteer
from ..limits import BudgetExceeded, article_budget, cpu_budget
from ..model import Event
from .document import TEXT_EXTENSIONS, Metadata
from .pipeline import extract_file

__all__ = [
    "BatchResult",
    "FileResult",
    "extract_one",
    "find_articles",
    "run_dask",
    "run_local",
]


@dataclass(frozen=True)
class FileResult:
    """What one file gave: its events and warnings, or the error that stopped it."""

    path: str
    events: tuple[Event, ...] = ()
    problems: tuple[str, ...] = ()
    error: str | None = None
    size: int = 0


@dataclass
class BatchResult:
    """All events of a batch, in input order, and the files that failed."""

    events: list[Event] = field(default_factory=list)
    failures: list[FileResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0

    def add(self, result: FileResult) -> None:
        """Fold one file's result in."""
        self.files += 1
        self.bytes += result.size
        if result.error is not None:
            self.failures.append(result)
        self.events.extend(result.events)
        self.problems.extend(result.problems)


def find_articles(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named, folders searched recursively (sorted, hidden files skipped)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in TEXT_EXTENSIONS and not p.name.startswith(".")
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    return found


def extract_one(
    path: str | Path, metadata: Metadata | None = None, near: Sequence[str] = (), use_spacy: bool = False
) -> FileResult:
    """Extract one file, never raising: an error becomes :attr:`FileResult.error`."""
    path = str(path)
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    budget = article_budget(size)
    try:
        with cpu_budget(budget):
            extraction = extract_file(path, metadata=metadata, near=near, use_spacy=use_spacy)
    except BudgetExceeded:
        return FileResult(
            path, error=f"{path}: skipped: over its budget of {budget:.0f} s of CPU time", size=size
        )
    except GeoeventsError as error:
        return FileResult(path, error=str(error), size=size)
    except Exception as error:  # a bug or an unreadable file must not stop thousands of others
        return FileResult(path, error=f"{path}: {type(error).__name__}: {error}", size=size)
    return FileResult(path, tuple(extraction.events), tuple(extraction.problems), size=size)


def _progress(total: int, enabled: bool, unit: str = "file") -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, disable=not enabled, desc="extract", leave=False)


def _collect(results: Iterator[tuple[int, FileResult]], count: int, progress: bool) -> BatchResult:
    ordered: list[FileResult | None] = [None] * count
    with _progress(count, progress) as bar:
        for number, result in results:
            ordered[number] = result
            bar.update(1)
    batch = BatchResult()
    for result in ordered:
        assert result is not None
        batch.add(result)
    return batch


def run_local(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    metadata: Metadata | None = None,
    near: Sequence[str] = (),
    progress: bool = True,
    use_spacy: bool = False,
) -> BatchResult:
    """Extract every file on ``jobs`` local processes (default: all cores; 1: in this process)."""
    jobs = jobs or os.cpu_count() or 1
    near = tuple(near)
    default_gazetteer()  # load once here: forked workers share it
    if jobs == 1 or len(paths) <= 1:
        return _collect(
            ((n, extract_one(p, metadata, near, use_spacy)) for n, p in enumerate(paths)),
            len(paths),
            progress,
        )
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        futures = {
            pool.submit(extract_one, str(p), metadata, near, use_spacy): n for n, p in enumerate(paths)
        }
        return _collect(((futures[f], f.result()) for f in as_completed(futures)), len(paths), progress)


def run_dask(
    paths: Sequence[str | Path],
    client: Any,
    *,
    metadata: Metadata | None = None,
    near: Sequence[str] = (),
    progress: bool = True,
    batch_size: int = 64,
    use_spacy: bool = False,
) -> BatchResult:
    """Extract every file on the workers of a ``distributed.Client`` (files must be readable there)."""
    from distributed import as_completed as dask_completed

    near = tuple(near)
    chunks = [list(map(str, paths[i : i + batch_size])) for i in range(0, len(paths), batch_size)]
    futures = client.map(
        _extract_chunk, chunks, metadata=metadata, near=near, use_spacy=use_spacy, pure=False
    )
    index = {future.key: n for n, future in enumerate(futures)}

    def results() -> Iterator[tuple[int, FileResult]]:
        for future in dask_completed(futures):
            first = index[future.key] * batch_size
            for offset, result in enumerate(future.result()):
                yield first + offset, result

    return _collect(results(), len(paths), progress)


def _extract_chunk(
    paths: list[str], metadata: Metadata | None, near: Sequence[str], use_spacy: bool = False
) -> list[FileResult]:
    return [extract_one(p, metadata, near, use_spacy) for p in paths]
