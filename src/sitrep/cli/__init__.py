"""Command-line interface: thin commands over the library, one module per group of commands."""

from __future__ import annotations

import sys

from sitrep.cli import core, deliver, evaluate, geo, resolve  # noqa: F401  (each module registers its commands)
from sitrep.cli.app import app, say


def main() -> None:
    """The `sitrep` command. A usage mistake (a missing option, a bad value, an unknown command) is one `Error:`
    line, as every other error is, instead of a framed panel; `sitrep` alone still shows the help."""
    import typer
    from typer import rich_utils

    try:  # Typer 0.2x carries its own copy of Click; older Typer uses Click itself
        from typer._click import exceptions as usage
    except ImportError:
        from click import exceptions as usage  # type: ignore[no-redef]

    try:
        code = app(prog_name="sitrep", standalone_mode=False)
    except usage.NoArgsIsHelpError as exc:
        rich_utils.rich_format_error(exc)
        code = exc.exit_code
    except usage.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else _command_path(sys.argv[1:])
        say(f"Error: {exc.format_message()} (see {where} --help)")
        code = exc.exit_code
    except usage.ClickException as exc:
        say(f"Error: {exc.format_message()}")
        code = exc.exit_code
    except typer.Abort:
        say("Aborted.")
        code = 1
    sys.exit(code if isinstance(code, int) else 0)


def _command_path(args: list[str]) -> str:
    """The command the arguments name ("sitrep export" for `export -f`), for a usage error Click raised without
    its context (an option missing its value)."""
    import typer

    path, command = ["sitrep"], typer.main.get_command(app)
    for arg in args:
        found = getattr(command, "commands", {}).get(arg)
        if found is None:
            break
        path.append(arg)
        command = found
    return " ".join(path)
