"""Rules applied once a report's names are resolved: a name placed by the area named with it ("Indelimane, in the
Ménaka region", "Buruburu area in Nairobi"), a misspelt town dropped when the report names other areas, and
the spellings of one village within a report."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from sitrep.geo.normalise import cached_key, name_key
from sitrep.geo.patterns import admin_type_words, compass_words, named_after, names_site, pattern_after
from sitrep.geo.ranking import VILLAGE_POP
from sitrep.models import Place, Toponym

VARIANT_MIN_LENGTH = 7  # letters of a name a one-letter variant of which is the same village


def drop_misspellings_elsewhere(toponyms: list[Toponym], text: str) -> None:
    """A name read as a misspelt town is a village the gazetteer lacks when the report names the areas it is
    about and none holds that town ("Barekuri in Tinsukia district" is not Bareilly, 1,500 km away), or when the
    town named right after it holds it ("Hayatabad, Peshawar" is no Hyderabad of another province): left
    unresolved, the region fallback then places it in the area or the town the text names."""
    areas = {(t.place.country_code, t.place.admin1) for t in toponyms
             if t.place and t.place.admin1 and not t.rule.endswith("+misspelt") and _named_as_area(t, text)}
    by_start = sorted(toponyms, key=lambda t: t.start)
    for index, toponym in enumerate(by_start):
        place = toponym.place
        if place is None or not toponym.rule.endswith("+misspelt"):
            continue
        following = by_start[index + 1] if index + 1 < len(by_start) else None
        holder = following if following is not None and following.place is not None \
            and not following.rule.endswith("+misspelt") and ENCLOSED_BY.fullmatch(text, toponym.end, following.start) \
            and not in_list(text, toponym, following) else None
        outside_areas = bool(areas) and (place.country_code, place.admin1) not in areas
        outside_holder = holder is not None and holder.place is not None and holder.place.admin1 is not None \
            and (holder.place.feature_class == "P" or is_region(holder.place)) \
            and holder.place.country_code == place.country_code and holder.place.admin1 != place.admin1
        if outside_areas or outside_holder:
            toponym.place, toponym.score = None, 0.0
            toponym.rule = toponym.rule.removesuffix("+misspelt")


def drop_pieces_elsewhere(toponyms: list[Toponym], pieces: list[Toponym], text: str) -> None:
    """A small place matched, by another of its names, by the first word of a longer name the gazetteer lacks
    ("Ceel" of "Ceel Waaq", read as Eyl) is that unknown village when the report names the areas it is about and
    none holds the place: the name is read whole and left unresolved for the region fallback to place. Not when
    the words after it are another place ("Thatta Kashmir Day")."""
    if not pieces:
        return
    areas = {(t.place.country_code, t.place.admin1) for t in toponyms
             if t.place and t.place.admin1 and _named_as_area(t, text)}
    for toponym in pieces:
        place, rest = toponym.place, _REST_OF_NAME.match(text, toponym.end)
        if place is None or place.feature_class != "P" or not areas or (place.country_code, place.admin1) in areas \
                or rest is None or rest.group().split()[0].lower() in admin_type_words() \
                or pattern_after(text, toponym.end, "en") is not None \
                or any(toponym.end < t.start < toponym.end + len(rest.group()) for t in toponyms):
            continue  # "Galguduud Region", "Kerugoya Town": the place by its name and kind
        toponym.place, toponym.score = None, 0.0
        toponym.end += len(rest.group())
        toponym.text = text[toponym.start:toponym.end]


_REST_OF_NAME = re.compile(r"(?: [A-Z][\w'’-]*){1,2}")


def _named_as_area(toponym: Toponym, text: str) -> bool:
    """A first- or second-level area, or a name the words around it call one ("Tinsukia district")."""
    assert toponym.place is not None
    if is_region(toponym.place) or toponym.rule.split("+")[0] in ("region-of", "district-of"):
        return True
    after = pattern_after(text, toponym.end, "en")
    return after is not None and after.rule in ("region-of", "district-of")


def fall_back_to_regions(toponyms: list[Toponym], text: str, countries: dict[str, float],
                          votes: dict[str, tuple[str, float]]) -> None:
    """A place the gazetteer lacks, named with its region ("Indelimane, in the Ménaka region") or with the town
    it is part of ("Buruburu area in Nairobi"), takes the region's or the town's point: ACLED's practice
    (geo_precision 2, a part of the region). A name joined to the region's by
    "and" is beside it, not in it ("between Borana and Samburu militias"). Failing that, the one region the
    report names, when it lies in the country the report's other names point to (not a hostage's home region
    in a report about Algeria; a compass word such as "Centre" only when another name points to its country); not
    a site ("Jeevanjee Gardens", "Place de la Nation": `site_words`) when the report also names a town of another
    first-level area of that country (`_town_elsewhere`): the park a march set off from is in either."""
    by_start = sorted(toponyms, key=lambda t: t.start)
    regions = {t.place.geonameid: t for t in by_start
               if t.place and is_region(t.place) and not named_after(text, t.end, "en")}  # not "Assam Rifles"
    only_region = None
    if len(regions) == 1:
        region = next(iter(regions.values()))
        others = dict(countries)
        own_cc, own_weight = votes.get(name_key(region.text), ("", 0.0))
        others[own_cc] = others.get(own_cc, 0.0) - own_weight
        country = max(others, key=lambda cc: others[cc])
        # a compass word ("au Centre du pays") stands for a region only when other names point to its country
        if country == region.place.country_code and (others[country] > 0.05 or
                                                      region.text.lower() not in compass_words()):
            only_region = region.place
    sites_elsewhere = only_region is not None and _town_elsewhere(by_start, only_region)
    in_region: set[int] = set()  # names placed by the region named right after them
    for index in range(len(by_start) - 1, -1, -1):  # from the end: "X et Y, dans la région de Z" places Y, then X
        toponym = by_start[index]
        if toponym.place is not None:
            continue
        following = by_start[index + 1] if index + 1 < len(by_start) else None
        between = text[toponym.end:following.start] if following else ""
        if following and following.place and is_region(following.place) and following.start - toponym.end <= 40 \
                and not following.rule.endswith("region-fallback") and not _JOINED.search(between):
            toponym.place = following.place
            in_region.add(index)
        elif following and index + 1 in in_region and _LISTED.match(between):
            toponym.place = following.place  # "les camps de Mondoro et de Boulkessi, dans la région de Mopti"
            in_region.add(index)
        elif following and following.place and following.place.feature_class == "P" \
                and not following.rule.endswith(("region-fallback", "+misspelt")) \
                and ENCLOSED_BY.fullmatch(between) \
                and not (between.strip() == "," and in_list(text, toponym, following)):
            toponym.place = following.place  # "Buruburu area in Nairobi": a part of the town, placed at it
        elif only_region is not None and toponym.rule != "ner" and not (sites_elsewhere and names_site(toponym.text)):
            toponym.place = only_region  # the one region the report names
        else:
            continue
        toponym.rule = f"{toponym.rule}+region-fallback"
    placed = {cached_key(t.text): t for t in by_start if t.place is not None and t.rule.endswith("region-fallback")}
    for toponym in by_start + by_start:  # other mentions of a name placed by its region ("Lere" again, and
        if toponym.place is not None or not placed:  # a variant of a variant: "Boulkessy", "Boulkessi", "Boulikessi")
            continue
        key = cached_key(toponym.text)
        same = placed.get(key) or next((t for k, t in placed.items() if _variant(key, k)), None)
        if same is not None:
            toponym.place = same.place
            toponym.rule = f"{toponym.rule}+region-fallback"
            placed.setdefault(key, toponym)


def spellings_of_one_village(toponyms: list[Toponym], countries: dict[str, float]) -> None:
    """A report that spells one village several ways ("Boulikessi", "Boulkessi", "Boulkessy": `_variant`) names one
    place: a spelling that matches a village abroad yields to another spelling's village in a country the report's
    names point to more (Burkina Faso's Boulikéssi for Mali's Boulkessi in a report about Mopti's camps). Villages
    only: two towns one letter apart are two towns."""
    villages = [t for t in toponyms if t.place is not None and t.place.feature_class == "P"
                and (t.place.population or 0) < VILLAGE_POP]  # not two towns: Mkuranga is no Murang'a
    for toponym in villages:
        assert toponym.place is not None
        key, own = cached_key(toponym.text), countries.get(toponym.place.country_code, 0.0)
        other = max((t for t in villages if t.place is not None and t.place.country_code != toponym.place.country_code
                     and countries.get(t.place.country_code, 0.0) > own and _variant(key, cached_key(t.text))),
                    key=lambda t: countries.get(t.place.country_code, 0.0) if t.place else 0.0, default=None)
        if other is not None:
            toponym.place = other.place


def _town_elsewhere(toponyms: list[Toponym], region: Place) -> bool:
    """Whether the report names a town of another first-level area of the region's country ("marching in Nairobi
    ... In Kitengela, in Kajiado County")."""
    return any(t.place is not None and t.place.feature_class == "P" and t.place.country_code == region.country_code
               and t.place.admin1 and t.place.admin1 != region.admin1 for t in toponyms)


def in_list(text: str, first: Toponym, second: Toponym) -> bool:
    """Two names joined by a comma within a longer list: a name and a comma before the first, or a comma or "and"
    and a capitalised word after the second ("Sylhet, Bogra, Feni", "Isiolo, Marsabit and Wajir")."""
    return bool(_LIST_BEFORE.search(text, 0, first.start) or _LIST_AFTER.match(text, second.end))


# Between a place and the area holding it: a comma ("Karimabad, Karachi"), a bracket ("Boni Forest (Garissa
# county)"), or (after a comma or not) up to two words saying what the place is, then "in", "of" or "under"
# ("Sherpur upazila of Bogra", "Kiriko village in Tetu", "X area of Y", "Shantipur, in Imphal East"); not a
# conjunction: "in Accra and in the Eastern region" names two places.
ENCLOSED_BY = re.compile(
    r"\s*,\s*|\s*\(\s*|\s*,?\s+(?:(?!(?:and|or|but|et|ou)\b)[^\W\d_]+[\s-]+){0,2}(?:in|of|under)\s+(?:the\s+)?",
    re.IGNORECASE)
_LIST_BEFORE = re.compile(r"[^\W\d_]\s*,\s*$")
# "Wajir North and X", "Alexandria, and Suez"
_LIST_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)*\s*(?:,(?:\s*(?:and|or)\b)?|\band\b|\bor\b|&)\s*[A-Z]")


def _variant(key: str, other: str) -> bool:
    """Two spellings of one village name in a report ("Boulkessi", "Boulkessy", "Boulikessi"): one letter apart,
    same first letter, long enough that a one-letter change rarely makes another name."""
    return min(len(key), len(other)) >= VARIANT_MIN_LENGTH and key[0] == other[0] \
        and Levenshtein.distance(key, other, score_cutoff=1) <= 1


_JOINED = re.compile(r"\b(?:and|or|et|ou)\b|&")
# Between two names of one list: a comma or "and"/"et", maybe a repeated "de"/"of" ("Mondoro et de Boulkessi").
_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or|et|ou)\b)\s*(?:(?:de|d['’]|du|of)\s*)?$", re.IGNORECASE)


def is_region(place: Place) -> bool:
    return (place.feature_code or "").startswith(("ADM1", "ADM2", "ADM3"))
