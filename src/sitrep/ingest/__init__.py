"""Ingest: report files of every format in, cleaned `Article`s (or `Rejection`s) out.

    read_paths(paths)            files and folders -> Article | Rejection
    dedupe.content_hash(text)    exact-duplicate key
    dedupe.NearDuplicateIndex    same wire story in two outlets
    language.detect_language     ISO 639-1 code or None
"""

from sitrep.ingest.read import read_file, read_paths

__all__ = ["read_file", "read_paths"]
