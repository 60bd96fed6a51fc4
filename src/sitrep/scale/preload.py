"""Imported by the process pool's fork server, and only there: it loads the models once, at import.

`multiprocessing` lets a fork server do nothing but import modules before it forks workers, so the loading has
to happen at import. Every worker forked afterwards starts with the models already in memory (shared
copy-on-write between workers) instead of spending several seconds of CPU loading them itself.
"""

import os

# One worker per core already uses the cores; BLAS helper threads only spin against the other workers
# (measured: a quarter of the CPU time of extraction). Set before numpy is first imported in this process.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from sitrep.scale.batch import warm_up  # noqa: E402 - the thread limits must be set before numpy loads

warm_up()
