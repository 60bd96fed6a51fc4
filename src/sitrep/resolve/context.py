"""What resolution reads from a whole article beside its mentions: its names and the countries it names.

Both guard against extraction slips: two reports of one event share rare names (the village, the unit, the
group) even when their sentences are worded apart or in two languages; and a place whose country the article
never names, while it names others, is more likely a misread word than the event's place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from unidecode import unidecode

from sitrep.resolve.cluster import name_terms


@dataclass(frozen=True, slots=True)
class ArticleContext:
    names: frozenset[str] = frozenset()
    countries: dict[str, int] = field(default_factory=dict)  # ISO alpha-2 -> how often the article names it

    def main_country(self) -> str:
        """The country the article names most, "" when none or a tie."""
        ranked = Counter(self.countries).most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return ""
        return ranked[0][0]


def article_context(text: str) -> ArticleContext:
    counts: Counter[str] = Counter()
    pattern, codes = _country_pattern()
    for match in pattern.finditer(unidecode(text).lower()):
        counts[codes[match.group(1)]] += 1
    # Country names and demonyms say which country, not which event: they are left to `countries`.
    return ArticleContext(name_terms(text) - codes.keys(), dict(counts))


def country_code(name: str) -> str:
    """ISO alpha-2 of a country name as the actor knowledge base writes it ("Mali"), "" when unknown."""
    from sitrep.extract.actors import get_actor_kb

    info = get_actor_kb().country(name)
    return info.iso2 if info else ""


@cache
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every country's English and French names, other names and demonyms (4+ letters)."""
    from sitrep.extract.actors import get_actor_kb

    codes: dict[str, str] = {}
    for info in get_actor_kb().countries:
        for name in (info.name, info.name_fr, *info.aliases, *info.demonyms_en, *info.demonyms_fr):
            key = unidecode(name).lower()
            if len(key) >= 4:
                codes.setdefault(key, info.iso2)
    alternatives = "|".join(re.escape(k) for k in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)"), codes
