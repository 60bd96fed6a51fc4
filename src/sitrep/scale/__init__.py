"""SCALE: extraction, the costly and embarrassingly parallel stage, spread over processes or a Dask cluster.

    extract_parallel(articles, workers)        a spawn process pool on this machine
    extract_dask(articles, scheduler=None)     Dask distributed (optional extra: pip install "sitrep[dask]")
    extract_ray(articles, scheduler="ray")     Ray, a local runtime or a cluster (optional: pip install ray)

Both stream the articles in batches and yield one ArticleExtraction per article in input order, whatever the
number of workers, so storing and resolving stay in the calling process and give the same events. An article
whose extraction raises, or that kills its worker, comes back skipped with a reason (`is_failure` tells these
apart from unsupported languages) instead of ending the run.
"""

from sitrep.scale.batch import FAILURE_PREFIX, ExtractionFailed, extract_batch, is_failure
from sitrep.scale.cluster import DaskNotInstalled, extract_dask
from sitrep.scale.local import extract_parallel
from sitrep.scale.on_ray import RayNotInstalled, extract_ray, is_ray

__all__ = [
    "FAILURE_PREFIX", "DaskNotInstalled", "ExtractionFailed", "RayNotInstalled", "extract_batch", "extract_dask",
    "extract_parallel", "extract_ray", "is_failure", "is_ray",
]
