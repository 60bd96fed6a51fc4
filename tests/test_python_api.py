"""The README's Python API, in a fresh interpreter as a notebook would use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPORT = (
    "Gunmen kill four villagers near Ayorou\n\n"
    "Gunmen on motorbikes killed four villagers near Ayorou in the Tillaberi region on Sunday, a local official said.\n"
)

# Loading the stage package sitrep.ingest (events_frame's store, a submodule import) must not rebind
# `sitrep.ingest`, so the function still works on the second call.
SCRIPT = """
import sys
import sitrep
import sitrep.ingest.read
db, folder = sys.argv[1], sys.argv[2]
first = sitrep.ingest([folder], db=db)
frame = sitrep.events_frame(db)
second = sitrep.ingest([folder], db=db)
print(first.added, first.events_created, second.added, second.duplicates, len(frame), frame["admin1"].iloc[0])
"""


def test_ingest_twice_and_read_the_frame(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ayorou.txt").write_text(REPORT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "api.db"), str(folder)],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1", "1", "0", "1", "1", "Tillabéri"]
