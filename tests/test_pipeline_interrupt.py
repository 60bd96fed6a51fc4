"""Ctrl+C in the middle of `sitrep ingest`: the article being stored is rolled back, those before it stay whole,
the command says so in one line and exits 130, and running it again takes up the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.store import Store

REPORTS = {
    f"r{n}.txt": f"Gunmen attacked a police post in {place} on {n + 3} March 2024, killing {n + 2} police officers, "
                 "a local official said.\n"
    for n, place in enumerate(("Kidal", "Gao", "Mopti", "Segou", "Kayes"))
}

# `sitrep ingest` whose third article stops inside its transaction, after its extraction is written, until the
# test sends SIGINT (what Ctrl+C sends).
RUN = r"""
import sys, time
from pathlib import Path
from sitrep.cli import app
from sitrep.store import Store

signal_file = Path(sys.argv[1])
save = Store.save_extraction
calls = []

def save_extraction(self, extraction):
    save(self, extraction)
    calls.append(extraction.article_id)
    if len(calls) == 3 and not signal_file.exists():
        signal_file.touch()
        time.sleep(120)

Store.save_extraction = save_extraction
sys.argv = ["sitrep", *sys.argv[2:]]
app()
"""


@pytest.mark.slow
def test_ctrl_c_mid_batch_keeps_the_stored_articles_whole_and_a_rerun_takes_up_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db, waiting = tmp_path / "s.db", tmp_path / "third-article"
    command = [sys.executable, "-c", RUN, str(waiting), "ingest", str(folder), "--db", str(db)]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "COLUMNS": "200"})
    deadline = time.monotonic() + 150
    while not waiting.exists():
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.1)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err[-2000:]
    assert err.strip().splitlines()[-1] == ("Interrupted: every report stored before it is kept whole with its events; "
                                            "run the same command again to take up the rest (stored reports are "
                                            "skipped).")
    store = Store(db)
    stored = store.articles()
    assert len(stored) == 2 and all(row.extracted and row.n_events == 1 for row in stored)
    assert len(store.events()) == 2
    store.close()

    again = subprocess.run(command, capture_output=True, text=True, timeout=200, env={**os.environ, "COLUMNS": "200"})
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.startswith("3 article(s) added (0 near-duplicate), 2 already stored, 0 rejected;")
    store = Store(db)
    assert len(store.articles()) == 5 and len(store.events()) == 5
