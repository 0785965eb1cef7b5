"""Extract events from many articles: on all local cores, or on a Dask cluster.

The unit of work is :func:`extract_one` (one file in, a picklable :class:`FileResult` out),
so the same pipeline runs in-process, in a process pool or on Dask workers. A file that
fails is reported in :attr:`BatchResult.failures` and the others carry on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    """All events of a batch, in input order, and the files that failed.

    With ``keep_events`` false (results handed to a sink as they come), ``events`` stays
    empty and only the counts are kept."""

    events: list[Event] = field(default_factory=list)
    failures: list[FileResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    count: int = 0  # events
    located: int = 0  # events with a place
    keep_events: bool = True

    def add(self, result: FileResult) -> None:
        """Fold one file's result in."""
        self.files += 1
        self.bytes += result.size
        if result.error is not None:
            self.failures.append(result)
        if self.keep_events:
            self.events.extend(result.events)
        self.count += len(result.events)
        self.located += sum(1 for e in result.events if e.place is not None)
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
    path: str | Path,
    metadata: Metadata | None = None,
    near: Sequence[str] = (),
    use_spacy: bool = False,
    content: bytes | None = None,
) -> FileResult:
    """Extract one file, never raising: an error becomes :attr:`FileResult.error`.

    ``content``: the file's bytes read elsewhere (``path`` then only names it)."""
    path = str(path)
    if content is not None:
        size = len(content)
    else:
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
    budget = article_budget(size)
    try:
        with cpu_budget(budget):
            extraction = extract_file(
                path, metadata=metadata, near=near, use_spacy=use_spacy, content=content
            )
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


Sink = Callable[[FileResult], None]


def _collect(
    results: Iterator[tuple[int, FileResult]], count: int, progress: bool, sink: Sink | None = None
) -> BatchResult:
    """Results in input order. With a ``sink``, each result is handed to it (and folded in) as
    soon as every earlier one has come: only results that came early wait in memory."""
    batch = BatchResult(keep_events=sink is None)
    waiting: dict[int, FileResult] = {}
    following = 0
    with _progress(count, progress) as bar:
        for number, result in results:
            waiting[number] = result
            bar.update(1)
            while following in waiting:
                ready = waiting.pop(following)
                batch.add(ready)
                if sink is not None:
                    sink(ready)
                following += 1
    assert not waiting and following == count
    return batch


def run_local(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    metadata: Metadata | None = None,
    near: Sequence[str] = (),
    progress: bool = True,
    use_spacy: bool = False,
    sink: Sink | None = None,
) -> BatchResult:
    """Extract every file on ``jobs`` local processes (default: all cores; 1: in this process);
    ``sink``: see :func:`_collect`."""
    jobs = jobs or os.cpu_count() or 1
    near = tuple(near)
    default_gazetteer()  # load once here: forked workers share it
    if jobs == 1 or len(paths) <= 1:
        return _collect(
            ((n, extract_one(p, metadata, near, use_spacy)) for n, p in enumerate(paths)),
            len(paths),
            progress,
            sink,
        )
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        futures = {
            pool.submit(extract_one, str(p), metadata, near, use_spacy): n for n, p in enumerate(paths)
        }
        return _collect(((futures[f], f.result()) for f in as_completed(futures)), len(paths), progress, sink)


DASK_BATCH_SIZE = 16  # files per Dask task


def run_dask(
    paths: Sequence[str | Path],
    client: Any,
    *,
    metadata: Metadata | None = None,
    near: Sequence[str] = (),
    progress: bool = True,
    batch_size: int = DASK_BATCH_SIZE,
    use_spacy: bool = False,
    send_contents: bool = False,
    sink: Sink | None = None,
) -> BatchResult:
    """Extract every file on the workers of a ``distributed.Client``, ``batch_size`` files a task.

    Paths are sent absolute, so workers started in another directory find them; with
    ``send_contents`` the files are read here and their bytes sent (workers on machines that
    cannot see these files). Results come back as each task ends (``sink``: see :func:`_collect`);
    a file that fails on a worker is reported like a local one.
    """
    from distributed import as_completed as dask_completed

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    near = tuple(near)
    files = [(str(p), str(Path(p).resolve())) for p in paths]  # the name as given, where it is
    chunks = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    futures = [
        client.submit(
            _extract_chunk,
            [(name, where, _read(where) if send_contents else None) for name, where in chunk],
            metadata,
            near,
            use_spacy,
            pure=False,
        )
        for chunk in chunks
    ]
    index = {future.key: n for n, future in enumerate(futures)}

    def results() -> Iterator[tuple[int, FileResult]]:
        for future in dask_completed(futures):
            first = index[future.key] * batch_size
            for offset, result in enumerate(future.result()):
                yield first + offset, result
            future.release()

    return _collect(results(), len(paths), progress, sink)


def _read(path: str) -> bytes | None:
    """A file's bytes to send (``None``: unreadable here; the worker then tries it)."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _extract_chunk(
    files: list[tuple[str, str, bytes | None]],
    metadata: Metadata | None,
    near: Sequence[str],
    use_spacy: bool = False,
) -> list[FileResult]:
    """On a worker: each file by its absolute path (or the bytes sent), named as it was given."""
    results = []
    for name, where, content in files:
        if content is None and Path(name).suffix.lower() in TEXT_EXTENSIONS:
            try:
                content = Path(where).read_bytes()
            except FileNotFoundError:
                results.append(FileResult(name, error=f"{name}: no such file on the worker ({where})"))
                continue
            except OSError as error:
                results.append(FileResult(name, error=f"{name}: cannot read on the worker: {error.strerror}"))
                continue
        results.append(extract_one(name, metadata, near, use_spacy, content))
    return results
