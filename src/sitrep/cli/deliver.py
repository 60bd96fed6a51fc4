"""Commands of this group are registered on `sitrep.cli.app.app`."""
