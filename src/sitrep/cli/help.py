"""Help that reads as command-line help usually does: a value is named TEXT, INTEGER, PATH, FILE or [a|b], a flag
has no value name, and an argument is written in capitals (`sitrep ingest [OPTIONS] [PATHS]...`).

Typer 0.29 prints the Python annotation instead (`--db <str>`, `--samples <bool>`, `paths... <list[Path]>`, usage
`{source}`) and offers no setting for it, so the root group gives every parameter of every command these display
methods when the command line is built. Parsing is untouched: only how a parameter is named in help and errors."""

from __future__ import annotations

import re
from typing import Any

import typer.core as typer_core

_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "bool": "BOOLEAN", "path": "PATH", "Path": "PATH",
          "file": "FILE", "dir": "DIRECTORY", "int range": "INTEGER", "float range": "FLOAT"}


def value_name(label: str) -> str:
    """Typer's `<label>` as a value name: `<str>` -> TEXT, `<int range>` -> INTEGER, `<list[Path]>` -> PATH,
    `<html|md>` -> [html|md]; a label it does not know, in capitals."""
    inner = label.strip("<>")
    listed = re.fullmatch(r"list\[(.*)\]", inner)
    if listed:
        inner = listed.group(1)
    if "|" in inner:
        return f"[{inner}]"
    return _NAMES.get(inner, inner.upper())


class PlainOption(typer_core.TyperOption):
    """An option named by its value (`--db TEXT`); a flag (`--samples`, `--help`) by nothing."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag:
            return None
        name = value_name(self.display_type(ctx))
        return f"{name}..." if self.nargs != 1 else name


class PlainArgument(typer_core.TyperArgument):
    """An argument in capitals, required bare and optional in brackets: `SOURCE`, `[PATHS]...`."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar if self.metavar is not None else (self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return value_name(self.display_type(ctx))

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return f"{name}..." if self.nargs != 1 else name


def _plain(param: Any) -> None:
    if type(param) is typer_core.TyperOption:
        param.__class__ = PlainOption
    elif type(param) is typer_core.TyperArgument:
        param.__class__ = PlainArgument


class PlainCommand(typer_core.TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # the --help option is made here, on first use
        for param in params:
            _plain(param)
        return params


class PlainGroup(typer_core.TyperGroup):
    """The root group: every command and group under it, and their parameters, named the plain way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain_tree(self)

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            _plain(param)
        return params


def _plain_tree(group: typer_core.TyperGroup) -> None:
    for command in group.commands.values():
        if type(command) is typer_core.TyperGroup:
            command.__class__ = PlainGroup
            _plain_tree(command)
        elif type(command) is typer_core.TyperCommand:
            command.__class__ = PlainCommand


SUPPORTED = hasattr(typer_core, "TyperOption") and hasattr(typer_core.TyperOption, "display_type_rich")
"""Typer before 0.2x names values the Click way already and has none of these display methods."""
