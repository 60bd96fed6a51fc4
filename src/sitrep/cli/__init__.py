"""Command-line interface: thin commands over the library, one module per group of commands."""

from __future__ import annotations

from sitrep.cli import core, deliver, evaluate, geo, resolve  # noqa: F401  (each module registers its commands)
from sitrep.cli.app import app


def main() -> None:
    app()
