"""`sitrep cluster`: story clustering of any news, JSON Lines in and out."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from sitrep.cli.app import app, fail

if TYPE_CHECKING:  # imported inside the commands, to keep `sitrep --help` fast
    from sitrep.resolve.cluster import ClusterDoc


def read_cluster_docs(path: Path) -> list[ClusterDoc]:
    """Parse `{"id", "text", "published"?}` lines; a bad line is an error naming the file and line."""
    from sitrep.resolve.cluster import ClusterDoc

    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        fail(f"{path}: not UTF-8 text (at byte {exc.start}); give JSON Lines in UTF-8")
    except OSError as exc:
        fail(f"{path}: cannot read ({exc.strerror or exc})")
    docs: list[ClusterDoc] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            published = row.get("published")
            docs.append(ClusterDoc(
                id=str(row["id"]), text=str(row["text"]),
                published=dt.date.fromisoformat(published[:10]) if published else None,
            ))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            fail(
                f'{path}:{number}: expected a JSON object with "id", "text" and optional "published" '
                f"(YYYY-MM-DD): {exc.__class__.__name__}: {exc}"
            )
    return docs


@app.command()
def cluster(
    jsonl: Path = typer.Option(..., "--jsonl", help='JSON Lines of {"id", "text", "published"?}.'),
    threshold: float = typer.Option(0.2, help="Average cosine similarity at which documents are one story."),
    window_days: int = typer.Option(7, help="Documents published further apart never share a cluster."),
) -> None:
    """Group documents that report the same story; prints {"article_id", "cluster_id"} per document."""
    from sitrep.resolve.cluster import cluster_documents

    docs = read_cluster_docs(jsonl)
    try:
        clusters = cluster_documents(docs, threshold=threshold, window_days=window_days)
    except ValueError as exc:
        fail(f"{jsonl}: {exc}")
    for doc in docs:
        sys.stdout.write(json.dumps({"article_id": doc.id, "cluster_id": clusters[doc.id]}) + "\n")
