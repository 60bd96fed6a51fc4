"""Measuring instruments: scorers for every gold set (`sitrep eval`) and their shared metrics."""
