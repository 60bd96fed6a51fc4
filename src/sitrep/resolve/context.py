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
from sitrep.resolve.rules import rules


@dataclass(frozen=True, slots=True)
class ArticleContext:
    names: frozenset[str] = frozenset()
    countries: dict[str, int] = field(default_factory=dict)  # ISO alpha-2 -> how often the article names it
    hint: str = ""  # the analyst's word on the country (`Article.country`, ISO alpha-2)
    language: str = ""  # ISO 639-1 of the article, "" when unknown: wordings compare only within one language

    def main_country(self) -> str:
        """The analyst's hint, else the country the article names most, "" when none or a tie."""
        if self.hint:
            return self.hint
        ranked = Counter(self.countries).most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return ""
        return ranked[0][0]


def article_context(
    text: str, country: str | None = None, language: str | None = None, title: str | None = None
) -> ArticleContext:
    """Names and countries of an article's text; `country`: the analyst's hint (`Article.country`);
    `language`: the article's (`Article.language`); `title`: its headline, whose countries count too when the
    text does not hold it (a headline often names the country the body leaves unsaid: 'Cameroun : trois
    gendarmes tués à Bali')."""
    counts: Counter[str] = Counter()
    pattern, codes, names = _country_pattern()
    for counted in (text, title if title and title not in text else ""):
        folded = unidecode(counted)
        for match in pattern.finditer(folded.lower()):
            key = match.group(1)
            # A country's name is written capitalised; lower case it is a word ("grenade" is not Grenada).
            if key not in names or folded[match.start()].isupper():
                counts[codes[key]] += 1
    # Country names and demonyms (and each word of them) say which country, not which event: they are left
    # to `countries`; calendar words, titles and the like are no story's own.
    names = name_terms(_without_credits(text)) - codes.keys() - _country_words() - rules().story_not_names
    return ArticleContext(frozenset(map(name_key, names)), dict(counts), (country or "").upper(), language or "")


def _without_credits(text: str) -> str:
    """The text without its credit line ("Sahel Wire, KAYA") and its lead's dateline ("GAO, 14 March -"): they
    say who filed the report and from where, not where the event was; unrelated events one outlet reported
    from one town would share them as story names."""
    from sitrep.ingest.metadata import extract_dateline
    from sitrep.ingest.text import credit_line

    lines = text.split("\n")
    top = [i for i, line in enumerate(lines) if line.strip()][:_CREDIT_LINES]
    if top and any(credit_line(lines[top[0]].strip())):
        lines[top.pop(0)] = ""
    dateline = extract_dateline([lines[i] for i in top])
    for i in top:
        if dateline and lines[i].lstrip().startswith(dateline.place):
            lines[i] = lines[i].replace(dateline.place, "", 1)
            break
    return "\n".join(lines)


_CREDIT_LINES = 4  # a credit line, a headline and the lead: where a report's credits sit
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")
_HARD_C = re.compile(r"c(?![eiyh])")
_SOFT_C = re.compile(r"c(?=[eiy])")


def name_key(name: str) -> str:
    """A name as its consonants ("boulkessi", "boulikessi", "boulkessy" -> "blks"): outlets and languages
    transcribe the same village or group with other vowels and doubled letters, and write the k sound as c, k
    or q ("Aguelhoc", "Aguelhok"; "Qaida", "Kaida"). Names with fewer than three consonants keep their vowels
    (too many would collide) but not their doubled letters ("tilia", "tillia")."""
    name = _SOFT_C.sub("s", _HARD_C.sub("k", name)).replace("q", "k")
    skeleton = _DOUBLES.sub(r"\1", _VOWELS.sub("", name))
    return skeleton if len(skeleton) >= 3 else _DOUBLES.sub(r"\1", name)


@cache
def country_code(name: str) -> str:
    """ISO alpha-2 of a country name as the actor knowledge base writes it ("Mali"), "" when unknown."""
    from sitrep.extract.actors import get_actor_kb

    info = get_actor_kb().country(name)
    return info.iso2 if info else ""


@cache
def _country_words() -> frozenset[str]:
    """Each word of the countries' multi-word names ("burkina", "faso")."""
    return frozenset(w for key in _country_pattern()[1] if " " in key for w in key.split() if len(w) >= 4)


@cache
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One regex over every country's English and French names, other names and demonyms (4+ letters);
    the folded words -> ISO alpha-2; which of them are names (not demonyms, which French writes in lower case)."""
    from sitrep.extract.actors import get_actor_kb

    codes: dict[str, str] = {}
    names: set[str] = set()
    for info in get_actor_kb().countries:
        for is_name, words in ((True, (info.name, info.name_fr, *info.aliases)),
                               (False, (*info.demonyms_en, *info.demonyms_fr))):
            for word in words:
                key = unidecode(word).lower()
                if len(key) >= 4 and key not in codes:
                    codes[key] = info.iso2
                    if is_name:
                        names.add(key)
    alternatives = "|".join(re.escape(k) for k in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)"), codes, frozenset(names)
