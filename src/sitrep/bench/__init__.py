"""Throughput and scaling measurements of the pipeline (`sitrep bench`)."""
