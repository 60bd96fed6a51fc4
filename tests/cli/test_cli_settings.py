"""Settings given the wrong name: an environment variable that is no setting is named, with the one it may mean,
instead of being ignored without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import settings
from sitrep.cli import app


@pytest.mark.parametrize(("variable", "warning"), [
    ("SITREP_DATABASE_URL", "SITREP_DATABASE_URL is not a sitrep setting and is ignored; did you mean SITREP_DB?"),
    ("SITREP_RESOLVE_TRESHOLD", "SITREP_RESOLVE_TRESHOLD is not a sitrep setting and is ignored; did you mean "
                                "SITREP_RESOLVE_THRESHOLD?"),
    ("SITREP_COLOUR", "SITREP_COLOUR is not a sitrep setting and is ignored; see `sitrep settings` for the settings"),
])
def test_a_variable_that_is_no_setting_names_the_setting_it_may_mean(variable: str, warning: str) -> None:
    assert settings.unknown_variables({variable: "x", "SITREP_DB": "a.db", "HOME": "/root"}) == [warning]


def test_settings_and_the_test_suites_own_variables_are_no_mistake() -> None:
    environ = {"SITREP_DB": "a.db", "SITREP_DATA_DIR": "/tmp", "SITREP_TEST_POSTGRES_URL": "postgresql://x",
               "SITREP_SHARED": "/work/shared", "SITREP_CHROMIUM": "/usr/bin/chromium", "DATABASE_URL": "x"}
    assert settings.unknown_variables(environ) == []


def test_the_cli_warns_and_goes_on_with_the_setting_in_force(tmp_path: Path) -> None:
    db = tmp_path / "named.db"
    result = CliRunner().invoke(app, ["ingest", "--samples"], env={
        "SITREP_DATABASE_URL": f"sqlite:///{tmp_path / 'meant.db'}", "SITREP_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == ("Warning: SITREP_DATABASE_URL is not a sitrep setting and is ignored; "
                                             "did you mean SITREP_DB?")
    assert db.exists() and not (tmp_path / "meant.db").exists()
