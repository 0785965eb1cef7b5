"""Outputs that cannot surprise: only regular files replaced, no-overwrite that does not race,
modes under the umask, one line for I/O errors, no temporary file left behind for long."""

from __future__ import annotations

import errno
import os
import stat
import threading

import pytest

from geoevents.errors import OutputError
from geoevents.io.atomic import atomic_output, atomic_path
from tests.helpers import SEED, run_cli


def _write(path, text="new\n", force=False):
    with atomic_output(path, force=force) as handle:
        handle.write(text)


@pytest.mark.parametrize("kind", ["directory", "symlink", "fifo", "dangling symlink"])
def test_only_regular_files_are_replaced_even_with_force(tmp_path, kind):
    target = tmp_path / "out.geojson"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    if kind == "directory":
        target.mkdir()
    elif kind == "symlink":
        target.symlink_to(victim)
    elif kind == "dangling symlink":
        target.symlink_to(tmp_path / "nowhere")
    else:
        os.mkfifo(target)
    with pytest.raises(OutputError, match="not a regular file"):
        _write(target, force=True)
    assert victim.read_text() == "keep\n"
    assert (
        target.is_dir()
        if kind == "directory"
        else (target.is_symlink() or stat.S_ISFIFO(os.lstat(target).st_mode))
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_the_cli_refuses_a_fifo_in_one_line(tmp_path):
    fifo = tmp_path / "out.geojson"
    os.mkfifo(fifo)
    result = run_cli("export", str(SEED), "-o", str(fifo), "--force")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("refusing to replace it (give a file name)")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_no_overwrite_is_atomic_when_writers_race(tmp_path):
    target = tmp_path / "out.txt"
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def writer(number: int) -> None:
        barrier.wait()
        try:
            _write(target, f"writer {number}\n")
            outcomes.append("wrote")
        except OutputError as error:
            outcomes.append("refused" if "already exists" in str(error) else str(error))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused"] * 7 + ["wrote"]
    assert target.read_text().startswith("writer ")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        _write(tmp_path / "a.txt")
        with atomic_path(tmp_path / "b.gpkg") as tmp:
            tmp.write_bytes(b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "a.txt").st_mode) == mode
    assert stat.S_IMODE(os.stat(tmp_path / "b.gpkg").st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "secret.geojson"
    target.write_text("old\n")
    target.chmod(0o600)
    _write(target, force=True)
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_full_disk_is_one_line_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old\n")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as caught:
        _write(target, force=True)
    assert str(caught.value) == f"{target}: cannot write (No space left on device)"
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_unwritable_folder_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError) as caught:
        _write(blocker / "sub" / "out.txt")
    assert str(caught.value) == f"{blocker / 'sub' / 'out.txt'}: cannot write (Not a directory)"


def test_stale_temporary_files_of_a_dead_writer_are_removed(tmp_path):
    target = tmp_path / "out.txt"
    dead = tmp_path / ".out.txt.4194999.abcd.tmp"  # beyond the kernel's largest process id
    dead.write_text("half")
    dead_dir = tmp_path / ".out.txt.4194998.efgh.tmp"
    dead_dir.mkdir()
    live = tmp_path / f".out.txt.{os.getppid()}.ijkl.tmp"  # a writer still running
    live.write_text("busy")
    other = tmp_path / ".other.txt.4194999.abcd.tmp"
    other.write_text("not ours")
    _write(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, live.name, other.name])
