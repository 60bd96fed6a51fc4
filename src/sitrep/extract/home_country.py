"""The country a report is about: its places and countries weighed by how sure each mention is, then the
headline's, the dateline's and the countries of its named forces and armed groups as weaker clues.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from sitrep import countries, geo
from sitrep.extract.actors import get_actor_kb
from sitrep.extract.context import NON_STATE_ARMED, Report
from sitrep.extract.place_clues import (
    LOOSE_RULES,
    across_border,
    is_country,
    is_dateline,
    not_here,
    part_of_another_country,
    place_word_rank,
)
from sitrep.geo.demonyms import demonym_table
from sitrep.geo.patterns import names_state_force, state_force_after
from sitrep.models import Toponym

KNOWN_COUNTRY_WEIGHT = 4.0
GROUP_CLUE_WEIGHT = 0.4  # less than one loosely matched place name
TITLE_COUNTRY_WEIGHT = 2.0  # "Mali : le camp de X attaqué", "Burkina: soldiers killed": as much as a sure mention
DATELINE_COUNTRY_WEIGHT = 0.25  # where the story was filed: counts only when the text names no place
# "l'armée malienne", "les FAMa": a country whose forces the text names counts only when neither the text, the
# headline nor the dateline names a place
DEMONYM_COUNTRY_WEIGHT = 1.0
STATE_FORCES = 1  # the ACLED inter code of a state's forces


class ForceMention(NamedTuple):
    """A state's force the text names, with the country it serves and the rule that read it."""

    start: int
    end: int
    country: str  # ISO 3166-1 alpha-2
    rule: str


def home_country(report: Report) -> str | None:
    """The country code the report is about: its named countries and places, counted by how sure they are,
    the country the analyst said the report is about (`Article.country`), worth two sure mentions, a country the
    headline names, worth one, the countries its named armed groups fight in, worth less than any place, and
    the dateline's only when the text names no place."""
    weights: Counter[str] = Counter()
    filed: Counter[str] = Counter()
    if report.article.country:
        weights[report.article.country.upper()] += KNOWN_COUNTRY_WEIGHT
    for toponym in report.toponyms:
        place = toponym.place
        if place is None or not place.country_code:
            continue
        if is_dateline(report, toponym):
            filed[place.country_code] += DATELINE_COUNTRY_WEIGHT
            continue
        if part_of_another_country(report, toponym) or place_word_rank(report, toponym) == 2 \
                or across_border(report, toponym) or not_here(report, toponym):
            continue  # also an origin, a destination, an office or a neighbour: "a man from Northern Ireland",
            # "a Somalia-based group"
        if is_country(place) and state_force_after(report.article.text, toponym.end):
            # "United States warplanes struck ... near Hodeidah", "the US military said": the attacker's state,
            # as much as a demonym ("American jets"), not where the strike fell
            weights[place.country_code] += DEMONYM_COUNTRY_WEIGHT
            continue
        sure = is_country(place) or toponym.rule not in LOOSE_RULES
        weights[place.country_code] += (2.0 if sure else 0.5) * max(toponym.score, 0.1)
    for toponym in title_countries(report):
        weights[toponym.place.country_code] += TITLE_COUNTRY_WEIGHT  # type: ignore[union-attr,index]
    weights = weights or filed  # the dateline decides only when the text and headline name no place
    if not weights:  # "l'armée malienne a frappé près de Léré" (Chad's Léré left out), "les FAMa ont repoussé
        # une attaque": the one country whose forces the text names
        named = {force.country for force in named_forces(report)}
        if len(named) == 1:
            weights[named.pop()] += DEMONYM_COUNTRY_WEIGHT
    for code in group_names(report.article.text, report.language)[1]:
        weights[code] += GROUP_CLUE_WEIGHT  # where the text places nothing, where its armed groups fight
    return weights.most_common(1)[0][0] if weights else None


@lru_cache(maxsize=32)
def _title_places(title: str, language: str) -> tuple[Toponym, ...]:
    """The places a headline names (offsets into the title). Most layouts keep the headline out of the text."""
    return tuple(t for t in geo.get_geocoder().find_toponyms(title, language=language) if t.place is not None)


def title_countries(report: Report) -> tuple[Toponym, ...]:
    """The country a headline names, when its places all lie in that one: "Drone strike in Mali, ambush in Niger"
    labels no country, nor does "US strikes Houthi sites near Hodeidah" (the striker's country and the place)."""
    title = (report.article.title or "").strip()
    named = _title_places(title, report.language) if title else ()
    if len({t.place.country_code for t in named if t.place}) != 1:
        return ()
    return tuple(t for t in named if t.place and is_country(t.place))


@lru_cache(maxsize=32)
def group_names(text: str, language: str) -> tuple[tuple[tuple[int, int], ...], dict[str, frozenset[str]]]:
    """Where the text names a group by a name of the actor KB ("l'État islamique au Sahel", "the Mombasa
    Republican Council"), and the countries its armed groups that are no state's fight in, each with its
    neighbours (`Geocoder.find_toponyms`): a place inside a group's name says nothing of where the group struck."""
    kb = get_actor_kb()
    mentions = [m for m in kb.find_mentions(text, language) if m.rule == "actor:alias"]
    clues = {}
    for m in mentions:
        code = countries.iso2(m.ref.country) if m.ref.inter_code in NON_STATE_ARMED else None
        if code is not None and code not in clues:
            clues[code] = frozenset(countries.iso2(n) or "" for n in kb.neighbours(m.ref.country or "")) - {""}
    return tuple((m.start, m.end) for m in mentions), clues


def named_forces(report: Report) -> list[ForceMention]:
    """The states' forces the text names, in text order: by a demonym ("l'armée malienne", "Kenyan troops"; not "a
    Japanese man") or by a force's own name in the actor KB ("les FAMa", "the KDF")."""
    text = report.article.text
    found = [ForceMention(m.start, m.end, m.demonym.country, "geo:country-of-demonym")
             for m in demonym_table(report.article.language or "en").find(text)
             if m.demonym.is_country and m.demonym.country and names_state_force(text, m.start, m.end)]
    for m in get_actor_kb().find_mentions(text, report.language):
        code = countries.iso2(m.ref.country) if m.rule == "actor:alias" and m.ref.inter_code == STATE_FORCES else None
        if code is not None:
            found.append(ForceMention(m.start, m.end, code, "geo:country-of-force"))
    return sorted(found)
