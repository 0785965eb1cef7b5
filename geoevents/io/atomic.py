"""Write output files atomically: never a half-written file, never a silent overwrite.

- The output is written to a temporary file beside the target and moved into place only when
  the writer succeeded; an error (or a kill) never leaves a partial target.
- Only a regular file is ever replaced: a directory, a symbolic link, a device or a FIFO at the
  target is refused, with or without ``--force``.
- Without ``force`` the move is a hard link, which fails if the target appeared meanwhile: two
  writers racing for one name cannot both win (no check-then-replace window).
- A new file gets the usual mode under the umask (0644 under umask 022); a replaced file keeps
  its mode.
- A full disk, an unwritable directory or any other I/O error is one :class:`OutputError` line.
- The temporary files carry the writer's process id; those of a writer that died (SIGKILL,
  power loss) are removed by the next write to the same target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import OutputError

__all__ = ["atomic_output", "atomic_path"]


def _refuse_special(path: Path) -> os.stat_result | None:
    """The target's status if it is a regular file, ``None`` if it does not exist; else refuse."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    if stat.S_ISREG(status.st_mode):
        return status
    kind = (
        "a directory"
        if stat.S_ISDIR(status.st_mode)
        else "a symbolic link"
        if stat.S_ISLNK(status.st_mode)
        else "a FIFO"
        if stat.S_ISFIFO(status.st_mode)
        else "a device or other special file"
    )
    raise OutputError(f"{path}: is {kind}, not a regular file: refusing to replace it (give a file name)")


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def _remove_stale(directory: Path, path: Path) -> None:
    """Remove temporary files left beside ``path`` by writers that are no longer running."""
    start = f".{path.name}."
    try:
        names = [n for n in os.listdir(directory) if n.startswith(start) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(start) :].split(".", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        stale = directory / name
        with contextlib.suppress(OSError):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale)
            else:
                stale.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _prepare(path: Path, force: bool) -> tuple[Path, os.stat_result | None]:
    existing = _refuse_special(path)
    if existing is not None and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create its folder ({exc.strerror})") from None
    _remove_stale(directory, path)
    return directory, existing


def _install(tmp: Path, path: Path, force: bool, existing: os.stat_result | None) -> None:
    """Give ``tmp`` its mode and move it to ``path`` (replacing only a regular file)."""
    os.chmod(tmp, stat.S_IMODE(existing.st_mode) if existing is not None else _new_file_mode())
    if force:
        _refuse_special(path)  # checked again: the target may have changed while writing
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if the target exists: no window between check and write
    except FileExistsError:
        raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        _exclusive_replace(tmp, path)  # a file system without hard links
        return
    os.unlink(tmp)


def _exclusive_replace(tmp: Path, path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
    os.replace(tmp, path)


def _sync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path, *, force: bool = False, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file beside ``path``; move it into place only if the block succeeds.

    Raises :class:`OutputError` if ``path`` exists and ``force`` is false, if it is not a
    regular file, or on any I/O error (full disk, unwritable folder).
    """
    path = Path(path)
    directory, existing = _prepare(path, force)
    try:
        fd, name = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    tmp = Path(name)
    try:
        handle: IO = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _install(tmp, path, force, existing)
        _sync_directory(directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_path(path: Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for writers that need a file name (GeoPackage, ...).

    The writer creates the file at the yielded path; it is moved into place only if the block
    succeeds, and removed otherwise. Raises :class:`OutputError` as :func:`atomic_output` does.
    """
    path = Path(path)
    directory, existing = _prepare(path, force)
    try:
        tmpdir = Path(tempfile.mkdtemp(prefix=_prefix(path), suffix=".tmp", dir=directory))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    tmp = tmpdir / path.name
    try:
        yield tmp
        if not tmp.is_file():
            raise OutputError(f"{path}: the writer produced no file")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        _install(tmp, path, force, existing)
        _sync_directory(directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
