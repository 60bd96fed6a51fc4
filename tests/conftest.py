"""Fixtures every test module may use.

`shared_dir` is the workplace's `../shared` (gold sets, GeoNames dumps, seed reports); tests that need it skip
cleanly where it is absent. Set SITREP_SHARED to point elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
    if not (path / "eval").is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the user's own settings file; share one compiled gazetteer across the session."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "config"))
    monkeypatch.setenv("SITREP_DATA_DIR", os.environ.get("SITREP_TEST_DATA_DIR", str(REPO / ".test-data")))
