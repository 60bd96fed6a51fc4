"""Imported by the process pool's fork server, and only there: it loads the models once, at import.

`multiprocessing` lets a fork server do nothing but import modules before it forks workers, so the loading has
to happen at import. Every worker forked afterwards starts with the models already in memory (shared
copy-on-write between workers) instead of spending several seconds of CPU loading them itself.
"""

from sitrep.scale.batch import warm_up

warm_up()
