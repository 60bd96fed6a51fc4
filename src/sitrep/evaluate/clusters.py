"""Story-clustering evaluation on ECB+ (Cybulska & Vossen 2014).

Gold: ECB+ has 43 topics; each topic holds documents about two different seminal events of the same kind,
the original ECB documents (`<topic>_<n>ecb.xml`) and the added ECB+ ones (`<topic>_<n>ecbplus.xml`). The gold
cluster of a document is therefore (topic, sub-topic). All 982 documents are clustered together (topics are
not given to the system), and scored with B³ and pairwise P/R/F1.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitrep.evaluate.metrics import PRF, b_cubed, pairwise
from sitrep.resolve.cluster import DEFAULT_THRESHOLD, ClusterDoc, cluster_documents

_NAME = re.compile(r"^((\d+)_\d+(ecbplus|ecb))\.xml(\.xml)?$")  # EventStoryLine's CAT files end .xml.xml
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "'s", "n't", "%"}


@dataclass(frozen=True, slots=True)
class ClusterReport:
    documents: int
    gold_clusters: int
    predicted_clusters: int
    b_cubed: PRF
    pairwise: PRF
    threshold: float
    seconds: float

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents, "gold_clusters": self.gold_clusters,
            "predicted_clusters": self.predicted_clusters, "b_cubed": self.b_cubed.as_dict(),
            "pairwise": self.pairwise.as_dict(), "threshold": self.threshold, "seconds": round(self.seconds, 2),
        }


def _documents(directory: Path) -> dict[str, tuple[Path, re.Match[str]]]:
    """The ECB+ documents anywhere under `directory` by name: in topic folders (1/, 2/, ...), under the
    release's ECB+/ folder, EventStoryLine's annotated_data/ (CAT files named `1_1ecbplus.xml.xml`), or all in
    one folder (a second copy of a name is the same document); other files
    (the sentence list, READMEs) are not documents."""
    documents: dict[str, tuple[Path, re.Match[str]]] = {}
    for path in sorted(directory.rglob("*.xml")):
        if (match := _NAME.match(path.name)) is not None:
            documents.setdefault(match.group(1), (path, match))
    if not documents:
        raise FileNotFoundError(f"{directory}: no ECB+ documents (<topic>_<n>ecb.xml or <topic>_<n>ecbplus.xml) "
                                "found here or in its folders")
    return documents


def load_ecbplus(directory: Path) -> tuple[list[ClusterDoc], dict[str, str]]:
    """The documents (text rebuilt from the tokens) and each one's gold cluster "<topic>/<ecb|ecbplus>"."""
    docs: list[ClusterDoc] = []
    gold: dict[str, str] = {}
    for path, match in _documents(directory).values():
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise ValueError(f"{path}: not well-formed ECB+ XML ({exc})") from exc
        words: list[str] = []
        for token in root.iter("token"):
            word = token.text or ""
            if words and word not in _NO_SPACE_BEFORE:
                words.append(" ")
            words.append(word)
        doc_id = match.group(1)
        docs.append(ClusterDoc(doc_id, "".join(words)))
        gold[doc_id] = f"{match.group(2)}/{match.group(3)}"
    return docs, gold


def evaluate_clusters(directory: Path, threshold: float = DEFAULT_THRESHOLD) -> ClusterReport:
    """Cluster every ECB+ document under `directory` and score against the seminal-event gold."""
    docs, gold = load_ecbplus(Path(directory))
    started = time.perf_counter()
    predicted = cluster_documents(docs, threshold=threshold, window_days=None)
    seconds = time.perf_counter() - started
    return ClusterReport(
        documents=len(docs), gold_clusters=len(set(gold.values())),
        predicted_clusters=len(set(predicted.values())), b_cubed=b_cubed(gold, predicted),
        pairwise=pairwise(gold, predicted), threshold=threshold, seconds=seconds,
    )
