"""Resolution: reports of the same real-world event become one Event, with every source's claims kept.

    build_event(mentions, articles)   one Event from its mentions (also used without a store)
    InMemoryResolver                  incremental matching with blocking, no database
    Resolver(store).add(article, x)   the same against the store, one transaction per article
    cluster_documents(docs)           story clustering of any news by text and time
"""

from sitrep.resolve.build import build_event, event_id_for
from sitrep.resolve.cluster import ClusterDoc, cluster_documents
from sitrep.resolve.core import Decision, InMemoryResolver
from sitrep.resolve.resolver import Resolver

__all__ = [
    "ClusterDoc", "Decision", "InMemoryResolver", "Resolver", "build_event", "cluster_documents", "event_id_for",
]
