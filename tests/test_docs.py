"""Docs that cannot drift: every setting and every command is in the README."""

from __future__ import annotations

from pathlib import Path

from sitrep.cli import app
from sitrep.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in README]
    assert not missing, f"settings missing from README: {missing}"


def test_every_command_is_documented() -> None:
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    missing = [n for n in names if f"sitrep {n}" not in README]
    assert not missing, f"commands missing from README: {missing}"
