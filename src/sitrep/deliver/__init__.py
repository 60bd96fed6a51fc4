"""Delivery: exports (ACLED/UCDP CSV, GeoJSON, JSONL, Parquet), DataFrames, the JSON API + web UI, briefs.

Modules are imported by what uses them (the CLI starts fast); `sitrep.events_frame` etc. re-export the frames.
"""
