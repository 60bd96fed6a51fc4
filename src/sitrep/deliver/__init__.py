"""Delivery: exports (ACLED/UCDP CSV, GeoJSON, JSONL, Parquet), DataFrames, the JSON API + web UI, briefs.

Modules are imported by what uses them (the CLI starts fast); `sitrep.events_frame` etc. re-export the frames.
"""

from typing import Literal

# Here rather than in export.py, so the CLI can name the formats without importing the models.
ExportFormat = Literal["acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet"]
FORMATS: tuple[str, ...] = ("acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet")
