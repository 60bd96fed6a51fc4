"""An index build that was killed leaves no half-built file behind once the next build runs; one that is
interrupted cleans up after itself; a build still running elsewhere keeps its file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.geo import build
from sitrep.geo.build import build_default, index_path


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                              check=True)
    return int(finished.stdout)


def test_a_killed_builds_files_are_removed_and_a_running_ones_kept(tmp_path: Path) -> None:
    path = index_path(tmp_path)
    dead = path.with_name(f"{path.name}.{_dead_pid()}.tmp")
    dead_journal = path.with_name(f"{dead.name}-journal")
    running = path.with_name(f"{path.name}.{os.getppid()}.tmp")  # the test runner's parent is alive
    for leftover in (dead, dead_journal, running):
        leftover.write_bytes(b"half an index")
    build_default(tmp_path, embedded=False)
    assert not dead.exists() and not dead_journal.exists()
    assert running.exists()
    assert path.exists()


def test_an_interrupted_build_removes_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(_conn: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "apply_overrides", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_default(tmp_path, embedded=False)
    assert list(tmp_path.iterdir()) == []
