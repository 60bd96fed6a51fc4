"""What a report's own words say of its country: the dateline's town, and its capital left unnamed ("in the
capital", "dans la capitale", "Kenya's capital")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from sitrep.geo.patterns import pattern_data
from sitrep.geo.recognise import Candidate
from sitrep.models import Toponym

if TYPE_CHECKING:
    from sitrep.geo.geocoder import Geocoder

DATELINE_REACH = 120  # characters from the top of the text where a dateline ("BAMAKO (AFP) -") may sit
_CREDIT = r"\((?:AFP|Reuters|AP|APA|Xinhua|ANI|APS)\)"  # "Niamey (AFP) -"
# A colon or a dash after the dateline's town, maybe after the agency's credit; not a hyphen joining two names ("the
# Eldoret-Kitale road").
DATELINE_AFTER = re.compile(rf"\s*(?:{_CREDIT}\s*)?(?::|[\-\u2013\u2014](?![^\W\d_]))")
_SIGNED_AFTER = re.compile(rf"\s*(?:{_CREDIT}|[\-\u2013\u2014](?![^\W\d_]))")
_NAMED_AFTER_CAPITAL = re.compile(r"\s*(?:of|de|du|d['’])\b|['’]s\b|\s+city\s+of\b|,?\s+[A-Z]")
_COUNTRY_CAPITAL = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+(capital)\b")


@cache
def capital_phrases(language: str) -> re.Pattern[str]:
    """`capital_phrases` of patterns.yaml: a country's capital left unnamed ("in the capital")."""
    data = pattern_data()["capital_phrases"]
    phrases = sorted(data.get(language) or data["en"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


@cache
def capital_institutions(language: str) -> re.Pattern[str]:
    """`capital_institutions` of patterns.yaml: a national institution after a word putting someone there (the
    institution's words are the match's group 1), not one said to stand elsewhere ("State House in Mombasa")."""
    data = pattern_data()["capital_institutions"]
    section = data.get(language) or data["en"]
    before, names = (sorted(section[key], key=len, reverse=True) for key in ("before", "names"))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in before) + r")\s+("
                      + "|".join(re.escape(n) for n in names) + r")\b(?!\s+(?:in|at)\s+[A-Z])", re.IGNORECASE)


def dateline_town(text: str, candidates: list[Candidate], signed: bool = False) -> Candidate | None:
    """The dateline's town ("KIDAL, 3 March -", "Niamey (AFP) -"): the first name of the text, written at its
    start, in capitals or before the dateline's punctuation. With `signed`, only before an agency's name or a
    dash ("DJIBO (AP) —"), not a name in capitals opening a sentence or a heading ("BAIN and ...", "JEWELL:")."""
    first = candidates[0] if candidates else None
    if first is None or first.start > DATELINE_REACH or text[:first.start].strip():
        return None
    if signed:
        return first if _SIGNED_AFTER.match(text, first.end) else None
    if not ((first.text.isupper() and len(first.text) > 3) or DATELINE_AFTER.match(text, first.end)):
        return None
    return first


def dateline_country(geocoder: Geocoder, text: str, candidates: list[Candidate]) -> set[str]:
    """The country of the dateline's town (`dateline_town`) when its best entry is sure."""
    first = dateline_town(text, candidates)
    if first is None:
        return set()
    ranked = geocoder._ranked(first.text, first.hint, first.given).entries
    return {ranked[0][0].cc} if ranked and ranked[0][0].kind == 0 and ranked[0][0].cc else set()


def capital_country(toponyms: list[Toponym], named: set[str]) -> str | None:
    """The country whose capital "in the capital" is when the reader gives none: the one country the text names,
    unless most of the places it names lie in another ("near Mogadishu's Lido beach ... backed by United States air
    strikes ... the deadliest in the capital": Somalia's). With no country named, or several, none: the places' own
    country may have moved its capital since (Burundi's Bujumbura, Gitega)."""
    if len(named) != 1:
        return None
    places = Counter(t.place.country_code for t in toponyms if t.place is not None and t.place.country_code
                     and not (t.place.feature_code or "").startswith("PCL"))  # a country named is no place in it
    [country] = named
    top, most = places.most_common(1)[0] if places else (country, 0)
    return top if most * 2 > places.total() and places[country] < most else country


def add_capitals(geocoder: Geocoder, text: str, toponyms: list[Toponym], country: str | None, language: str
                 ) -> list[Toponym]:
    """ "in the capital", "dans la capitale", "outside Parliament": the capital of the report's country (rule
    "capital"); "Kenya's capital": that country's (the word "capital"); not where a name is said with it ("the
    capital of Borno State", "the capital, Bamako", "Mali's capital Bamako" name their place)."""
    spans = [(m.span(), country) for m in capital_phrases(language).finditer(text)
             if country and not _NAMED_AFTER_CAPITAL.match(text, m.end())]
    institutions = [m.span(1) for m in capital_institutions(language).finditer(text)] if country else []
    if institutions:  # "outside Parliament", "the Supreme Court": the institution's words name no other place
        toponyms = [t for t in toponyms if not any(start <= t.start and t.end <= end for start, end in institutions)]
        spans += [(span, country) for span in institutions]
    if language == "en" and "capital" in text:  # "Kenya's capital", "in Kenyas capital": that country's
        for m in _COUNTRY_CAPITAL.finditer(text):
            name = m.group(1)
            named = geocoder.country(name) or (geocoder.country(name[:-1]) if name.endswith("s") else None)
            if named is not None and named.country_code and not _NAMED_AFTER_CAPITAL.match(text, m.end()):
                spans.append((m.span(2), named.country_code))
    extra = []
    for (start, end), cc in spans:
        capital = geocoder.index.capital(cc)
        if capital is not None and not any(t.start < end and start < t.end for t in toponyms):
            extra.append(Toponym(start=start, end=end, text=text[start:end], place=geocoder.index.place(capital),
                                 score=0.8, rule="capital"))
    return sorted(toponyms + extra, key=lambda t: t.start) if extra else toponyms
