"""The actor knowledge base and matcher, under the one name callers import (`sitrep.extract.actors`).

The data half is `actor_files` (reading the YAML) and `actor_kb` (lookup by name, per-country categories);
finding actors in text is `actor_mentions` (the matcher) and `mention_context` (what neighbours make of a
mention). README.md in `data/actors/` explains the resolution rules.
"""

from sitrep.extract.actor_files import DATA_DIR, INTER_CODES, ActorEntry, ActorKBError, CountryInfo
from sitrep.extract.actor_kb import ActorKB, get_actor_kb, normalise_actor_name
from sitrep.extract.actor_mentions import ActorMention, fold

__all__ = [
    "DATA_DIR",
    "INTER_CODES",
    "ActorEntry",
    "ActorKB",
    "ActorKBError",
    "ActorMention",
    "CountryInfo",
    "fold",
    "get_actor_kb",
    "normalise_actor_name",
]
