"""Misspelt names of places in the country the analyst says a report is about ("Nariobi", "Nygeri"): a name no
gazetteer entry bears, one letter (two in a long name) away from a name of one large town or first-level area of
that country.

Only the analyst's country is searched (`Article.country`, `sitrep ingest --country`): its few thousand names are
read once per process, and a misspelling is then looked up among them alone, never among the world's namesakes.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sitrep.geo.index import Entry, GazetteerIndex
from sitrep.geo.normalise import cached_key
from sitrep.geo.patterns import admin_type_words

# Smaller places are too many: an unknown village's name would land on a namesake hamlet (on ACLED notes, most names
# the gazetteer lacks are real villages, few are misspelt towns).
MIN_POPULATION = 100_000
MIN_LENGTH = 5  # "Gao" one letter off is another name, not a misspelling
LONG_NAME = 8  # from this length two edits (a swap and a missing letter: "Nariobi") still leave one reading


class MisspeltNames:
    """Sizeable places of one country by name key, for the names a report misspells."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index
        self._by_country: dict[str, tuple[list[str], list[Entry]]] = {}

    def find(self, name: str, country_code: str) -> Entry | None:
        """The one place of the country whose name is nearest `name` within the allowed edits, if one is."""
        key = _without_kind(cached_key(name))
        area = key != cached_key(name)
        if len(key) < MIN_LENGTH or not key.replace(" ", "").isalpha():
            return None
        keys, entries = self._names(country_code.upper())
        limit = 1 if len(key) < LONG_NAME else 2
        hits = [(distance, n) for _, distance, n in process.extract(
            key, keys, scorer=OSA.distance, score_cutoff=limit, limit=None) if keys[n][0] == key[0]]
        extended = {entries[n].id for _, n in hits if _extends(key, keys[n])}
        found = [(distance, entries[n]) for distance, n in hits if entries[n].id not in extended]
        if not found:
            return None
        nearest = min(distance for distance, _ in found)
        places = list({entry.id: entry for distance, entry in found if distance == nearest}.values())
        if len({(entry.cc, entry.a1) for entry in places}) != 1:
            return None  # two places of those names: no one reading
        # a town and the area named after it ("Nyeri"): the town, as for a name spelt right; the area when the
        # name says it is one ("Mandara county")
        return max(places, key=lambda entry: (entry.fclass == ("A" if area else "P"), entry.pop))

    def _names(self, country_code: str) -> tuple[list[str], list[Entry]]:
        if country_code not in self._by_country:
            names = self.index.sizeable_names(country_code, MIN_POPULATION)
            self._by_country[country_code] = ([key for key, _ in names], [entry for _, entry in names])
        return self._by_country[country_code]


def _extends(name: str, town: str) -> bool:
    """ "Kiamburi" after "Kiambu": a name that is a town's with letters added at its end is another name (villages
    are often named so), not a slip of the pen, whatever other spelling of the town it is near ("Kiambuu"); one
    letter more ("Nyerii") is still a typing slip, and so is the town run into the next word ("in Lahoreto
    protest")."""
    return len(name) - len(town) >= 2 and name.startswith(town) and name[len(town):] not in _RUN_ON_WORDS


_RUN_ON_WORDS = frozenset({"to", "in", "on", "at", "of", "and", "after", "for", "by", "from", "with"})


def area_abroad(entry: Entry, name: str, votes: dict[str, float], home: set[str]) -> bool:
    """ "Madera County" in a Kenyan report: a district of a country neither the reader nor the report's other names
    point to, named with its kind word. Counties, states, districts are in many countries, and such a name in a
    report about one of them is that country's area, likely misspelt (Kenya's Mandera), not a US county."""
    key = cached_key(name)
    return bool(home) and entry.cc not in home and entry.fclass == "A" and entry.admin_level >= 2 \
        and votes.get(entry.cc, 0.0) < 0.05 and _without_kind(key) != key


def _without_kind(key: str) -> str:
    """ "mandara county" -> "mandara": the area's own name, the word saying what kind of area it is aside."""
    words = key.split()
    while len(words) > 1 and words[-1] in admin_type_words():
        words.pop()
    return " ".join(words)
