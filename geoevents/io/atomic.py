"""Write output files atomically: never a half-written file, never a silent overwrite."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import OutputError


@contextlib.contextmanager
def atomic_output(path: Path, *, force: bool = False, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file beside ``path``; move it into place only if the block succeeds.

    Raises :class:`OutputError` if ``path`` exists and ``force`` is false.
    """
    path = Path(path)
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(path: Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for writers that need a file name (GeoPackage, ...).

    The writer creates the file at the yielded path; it is moved into place only if the block
    succeeds, and removed otherwise. Raises :class:`OutputError` if ``path`` exists and
    ``force`` is false.
    """
    path = Path(path)
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmpdir = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    tmp = tmpdir / path.name
    try:
        yield tmp
        if not tmp.is_file():
            raise OutputError(f"{path}: the writer produced no file")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
