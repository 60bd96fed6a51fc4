"""Delivery: exports (ACLED/UCDP CSV, GeoJSON, JSONL, Parquet), DataFrames, the JSON API + web UI, briefs."""

from sitrep.deliver.export import export_events
from sitrep.deliver.frames import articles_frame, claims_frame, events_frame

__all__ = ["articles_frame", "claims_frame", "events_frame", "export_events"]
