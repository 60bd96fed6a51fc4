"""The main job's commands: ingest, events, show, articles, extract, settings."""

from __future__ import annotations

from rich.table import Table

from sitrep import settings
from sitrep.cli.app import app, console


@app.command("settings")
def show_settings() -> None:
    """List every setting with its effective value (defaults < settings.toml < SITREP_<NAME>)."""
    table = Table(title=f"Settings (user file: {settings.config_path()})")
    for column in ("name", "value", "default", "help"):
        table.add_column(column)
    for setting in settings.SETTINGS:
        table.add_row(setting.name, str(settings.get(setting.name)), str(setting.default), setting.help)
    console.print(table)
