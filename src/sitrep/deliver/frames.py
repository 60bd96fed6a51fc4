"""DataFrames for notebooks: one row per event, per claim, per article (pandas, or polars on request).

>>> from sitrep.deliver.frames import events_frame
>>> events_frame("sitrep.db", country="Mali", since=datetime.date(2024, 1, 1))
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from sitrep.deliver.export import ACLED_COLUMNS, acled_row
from sitrep.deliver.source import StoreLike, article_rows, open_source
from sitrep.models import Event
from sitrep.store.filters import EventFilter

DbArg = str | Path | StoreLike | list[Event] | None

# Beyond ACLED's columns: what sitrep knows that ACLED's export has no column for (location_reported: the place
# the sources named when the event is coded at a nearby or enclosing place the gazetteer knows).
EXTRA_EVENT_COLUMNS = (
    "location_reported",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    # who the best estimate's dead were (`Event.deaths`; missing for events stored before tolls were split by side)
    "deaths_actor1",
    "deaths_actor2",
    "deaths_civilians",
    "deaths_unknown",
    "injured",
    "number_of_sources",
    "first_reported",
    "last_reported",
    "geonameid",
)
_INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
                "timestamp", "fatalities_low", "fatalities_best", "fatalities_high", "deaths_actor1", "deaths_actor2",
                "deaths_civilians", "deaths_unknown", "injured", "number_of_sources", "geonameid")  # fmt: skip
CLAIM_COLUMNS = ("event_id", "field", "value", "article_id", "outlet", "published", "quote", "attributed_to", "rule")
ARTICLE_COLUMNS = (
    "id",
    "title",
    "outlet",
    "author",
    "url",
    "published",
    "language",
    "dateline",
    "source_format",
    "near_duplicate_of",
    "chars",
)


def _convert(frame: pd.DataFrame, as_polars: bool) -> Any:
    if as_polars:
        try:
            import polars as pl
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError('as_polars needs polars: pip install "sitrep[polars]"', name="polars") from exc

        return pl.from_pandas(frame)
    return frame


def _where(filters: dict[str, Any]) -> EventFilter:
    """The `EventFilter` these keywords name, with dates also accepted as 'YYYY-MM-DD' strings."""
    dated: dict[str, Any] = {
        k: dt.date.fromisoformat(v) if k in ("since", "until") and isinstance(v, str) else v for k, v in filters.items()
    }
    return EventFilter(**dated)


def events_frame(db: DbArg = None, as_polars: bool = False, **filters: Any) -> Any:
    """One row per event: ACLED's 31 columns (event_date as a date) plus sitrep's extra columns.

    `db` is a database path/URL, a `.jsonl` export, a Store, or a list of Events (None: the `db` setting).
    `filters` are `EventFilter`'s: country, since, until, event_type, actor, bbox (dates as date or 'YYYY-MM-DD').
    Integer columns are pandas' nullable Int64.
    """
    rows = []
    for event in open_source(db).events(_where(filters)):
        row = acled_row(event)
        row["event_date"] = event.event_date
        row.update({name: getattr(event, name) for name in EXTRA_EVENT_COLUMNS if not name.startswith("deaths_")})
        if event.deaths is not None:
            row.update({f"deaths_{side}": n for side, n in event.deaths.model_dump().items()})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(ACLED_COLUMNS + EXTRA_EVENT_COLUMNS))
    for name in ("event_date", "first_reported", "last_reported"):  # dates as dates, so they sort and filter
        frame[name] = pd.to_datetime(frame[name])
    frame = frame.astype({name: "Int64" for name in _INT_COLUMNS})  # nullable: a missing toll stays missing
    return _convert(frame, as_polars)


def claims_frame(db: DbArg = None, as_polars: bool = False, **filters: Any) -> Any:
    """One row per claim: which source said what about which field of which event, with its quote."""
    rows = []
    for event in open_source(db).events(_where(filters)):
        by_article = {s.article_id: s for s in event.sources}
        for claim in event.claims:
            source = by_article.get(claim.article_id)
            rows.append(
                {
                    "event_id": event.event_id,
                    "field": claim.field,
                    "value": None if claim.value is None else str(claim.value),
                    "article_id": claim.article_id,
                    "outlet": source.outlet if source else None,
                    "published": source.published if source else None,
                    "quote": claim.quote,
                    "attributed_to": claim.attributed_to,
                    "rule": claim.rule,
                }
            )
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"])
    return _convert(frame, as_polars)


def articles_frame(db: DbArg = None, as_polars: bool = False) -> Any:
    """One row per stored article (without the text; `chars` is its length)."""
    rows = article_rows(open_source(db))
    frame = pd.DataFrame(
        rows, columns=list(ARTICLE_COLUMNS) + [c for c in ("status", "n_events") if rows and c in rows[0]]
    )
    frame["published"] = pd.to_datetime(frame["published"])
    return _convert(frame, as_polars)
