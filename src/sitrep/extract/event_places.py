"""The place of one event: the deciding clause's place, else the lead's, else the dominant region or country.

Places in the report come from `geo`; these rules decide which of them is where the event happened (not the
dateline, not where someone spoke, not a namesake abroad). What the words around a name say of it is
`place_clues`; the report's home country is `home_country`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from sitrep import geo
from sitrep.extract.actors import get_actor_kb
from sitrep.extract.context import DEMONSTRATIONS, LEAD_SENTENCES, Group, Report, Unit, role_words
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_SUBJECTS
from sitrep.extract.discourse import coordinated_places, discourse
from sitrep.extract.home_country import STATE_FORCES, named_forces, title_countries
from sitrep.extract.place_clues import (
    LOOSE_RULES,
    across_border,
    far_off,
    is_country,
    is_dateline,
    not_here,
    on_road_to,
    part_of_another_country,
    place_word_rank,
)
from sitrep.extract.triggers import normalise
from sitrep.geo.areas import is_region
from sitrep.geo.demonyms import demonym_table
from sitrep.geo.normalise import name_key
from sitrep.geo.patterns import admin_type_words, event_place_words, pattern_after, pattern_before
from sitrep.models import Evidence, Place, PlaceClaim, Toponym

PLACE_REACH = 90  # a place this close to a trigger locates it even when the parse does not link them
# How a name the gazetteer lacks must have been found to be kept as the event's reported place: after a place
# word or a locative preposition, by the NER as a place, joined to a locality in a list of attacked places, or
# given by its distance and direction from a town.
REPORTED_RULES = {"near", "village-of", "district-of", "in", "ner", "coordinated", "bearing"}
UNNAMED_FIRST = {"le", "la", "les", "l'", "l’", "the", "un", "une", "a", "an"}  # "Le Gouvernement" is no place
_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# "the town's airstrip", "in the city", "la ville": a town the lead does not name; not "the town of X"
# "LOCATION: X in Y District": a label saying where the event was, up to the next label ("FATALITIES:") or line
_LOCATION_LABEL = re.compile(r"\bLOCATION\s*:([^\n]*?)(?=\s+[A-Z]{4,}(?: [A-Z]+)?\s*:|\n|$)")
_THE_TOWN = re.compile(r"\b(?:the|this) (?:town|city)\b(?!\s+(?:of|de)\b)|\b(?:la|cette) (?:ville|localité)\b(?!\s+d)",
                       re.IGNORECASE)


def usable_place(report: Report, toponym: Toponym, where_spoken: bool = False) -> bool:
    """A place an event may be located at: resolved, not a country, not the dateline, not where someone spoke
    (unless `where_spoken`), in the report's own country, or named with a place word ("in", "near", "village
    of") in a country the report names (a namesake abroad, like Bonn for Boni, is never the place of a Sahel
    report's event)."""
    place = toponym.place
    if place is None or is_country(place) or is_dateline(report, toponym) \
            or (not where_spoken and _spoken_at(report, toponym)) or _capital_speaking(report, toponym):
        return False
    if far_off(report, toponym) or not_here(report, toponym) or names_a_people(report, toponym):
        return False
    if part_of_another_country(report, toponym):
        return False
    if report.home_country is None or place.country_code == report.home_country:
        return True
    return toponym.rule not in LOOSE_RULES and place.country_code in _named_countries(report)


def names_a_people(report: Report, toponym: Toponym) -> bool:
    """ "Kikuyu civilians", "Maasai and Kikuyu tribes clashed", "a gang of 1,000 Kikuyu attacked": the name of an
    ethnic group the actor KB reads as a side, not the town of that name. An area named after the group ("Turkana
    raiders": Turkana County) stays: its homeland is where ACLED codes the event when the report names no place."""
    if toponym.place is None or toponym.place.feature_class != "P" or place_word_rank(report, toponym) == 0:
        return False  # "students in Kisii stormed the school": the place word says it is the town
    return any(start <= toponym.start and toponym.end <= end
               for start, end in _people_spans(report.article.text, report.language, report.home_country))


@lru_cache(maxsize=32)
def _people_spans(text: str, language: str, country: str | None) -> tuple[tuple[int, int], ...]:
    return tuple((m.start, m.end) for m in get_actor_kb().find_mentions(text, language, country)
                 if m.rule.startswith("actor:ethnic-group"))


def _spoken_at(report: Report, toponym: Toponym) -> bool:
    """Where someone spoke ("the army said in Bamako"), not where an event was reported to happen ("clashes were
    reported in Njoro", "des affrontements ont été signalés à Kidal": the event is the verb's passive subject).
    A verb that reports only with an object ("posted a video", "paid tribute") reports nothing without one:
    "officials posted at the court in Peshawar"."""
    if not report.is_reporting(toponym.start):
        return False
    verb = report.governing_verb(toponym.start)
    needs_object = event_place_words(report.article.language or "en").reporting_needs_object
    if verb is not None and verb.lemma_.lower() in needs_object and not any(
            c.dep_ in OBJECTS or c.dep_ == "ccomp" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] if verb is not None else []
    return not any(a <= c.idx < b for c in subjects for a, b in report.trigger_spans)


def _capital_speaking(report: Report, toponym: Toponym) -> bool:
    """ "Alger a précisé", "Algiers said", "Washington has warned": a capital standing for its government as the
    subject of a reporting verb (read from the words: the parse may take "Alger" for a verb), not a place."""
    if toponym.place is None or toponym.place.feature_code != "PPLC":
        return False
    token = report.token_at(toponym.end - 1)
    if token is None:
        return False
    reporting = role_words().reporting[report.language]
    for following in report.doc[token.i + 1 : token.i + 4]:
        if following.lemma_.lower() in reporting or following.text.lower() in reporting:
            return True
        if following.pos_ not in ("AUX", "ADV") or following.is_punct:
            return False
    return False


def _named_countries(report: Report) -> set[str]:
    return {t.place.country_code for t in report.toponyms if t.place and t.place.country_code and is_country(t.place)}


def unit_place(report: Report, unit: Unit) -> Toponym | None:
    """Where one clause says the event happened: not the town a road leads to ("blocked the Narok road": `on_road_to`;
    the event stays with the place the report told it at, and the town is its place only when the report names no other;
    but a route's end, "the Narok-Maai Mahiu road", is one); a place not named as a destination, origin or office (not
    "from Isiolo" over "near Maua"), not a route's end when the clause names another place ("blocked the Nairobi-Mombasa
    highway" by "demonstrators from Sagalla in Taita Taveta County": ACLED codes the route's first end only when nothing
    else is said); then the most precise, one the words around it put the event at before one they leave bare, nor one
    of the earlier event the sentence names as its cause ("struck Belet Xaawo in response to an attack in Lamu"); then
    the most precise, one the words around it put the event at before one they leave bare, then the nearest after the
    trigger."""
    trigger = unit.ctype.hit.start
    return report.nearest_attached(
        unit,
        report.toponyms,
        lambda t: usable_place(report, t) and not on_road_to(report, t),
        PLACE_REACH,
        lambda t: (place_word_rank(report, t) == 2, _of_antecedent(report, t), t.rule.startswith("route"),
                   geo.geo_precision(t), place_word_rank(report, t), _route_end(report, t), t.start < trigger,
                   abs(t.start - trigger)),
    )


def _of_antecedent(report: Report, toponym: Toponym) -> bool:
    """A place a few words after "in response to", "following", "after", named with a place word ("in retaliation
    for an attack in Lamu"): where the earlier event the sentence names happened (see `antecedent` in
    discourse.yaml); not a name the event's people bear ("after Meru leaders clashed")."""
    text = report.article.text
    if pattern_before(text, toponym.start, report.article.language or "en") is None:
        return False
    sentence = report.sentence_of(toponym.start)
    before = text[sentence.start if sentence is not None else 0 : toponym.start]
    return discourse().antecedent[report.language].search(normalise(before)) is not None


def _route_end(report: Report, toponym: Toponym) -> bool:
    """The far end of a route ("the Eldoret-Kitale road"): ACLED codes an event on a route at its first end."""
    return toponym.rule.startswith("route") and report.article.text[toponym.start - 1 : toponym.start] == "-"


def pick_place(report: Report, group: Group, is_main: bool) -> PlaceClaim | None:
    """The group's most precise place; for the main event, else a place in the lead; else the dominant region.
    A village the gazetteer lacks that the event's clause names ("l'attaque du camp de Boulkessi") is kept as
    the claim's `reported_name` when the claim is the area around it."""
    claim = _pick_place(report, group, is_main)
    if claim is not None and _at_region_middle(claim.place):
        claim = _town_of_listed_area(report, claim) or claim
    if claim is None or claim.geo_precision == 1:
        return claim
    named = _reported_place(report, group, claim)
    if named is None or name_key(named.text) == name_key(claim.place.name):
        return claim
    # the evidence quotes the village's words, under the rule that placed the event at the area
    rule = claim.evidence.rule if claim.evidence else "geo:reported"
    return claim.model_copy(update={"reported_name": named.text,
                                    "evidence": report.evidence(named.start, named.end, rule)})


def _at_region_middle(place: Place) -> bool:
    """An area `geo/data/areas.yaml` lists that no package gives a point (Bangladesh's upazilas, Myanmar's
    townships): it stands at the point of its first-level area, which says its region and little of where it is."""
    if place.geonameid is not None or place.feature_code != "ADM2" or not place.country_code or not place.admin1:
        return False
    region = geo.get_geocoder().admin1(place.country_code, place.admin1)
    return region is not None and (region.latitude, region.longitude) == (place.latitude, place.longitude)


def _town_of_listed_area(report: Report, claim: PlaceClaim) -> PlaceClaim | None:
    """An area that stands at its first-level area's point (`_at_region_middle`: "Khetlal upazila") yields
    its point to a town, or a district with towns of its own, that the report names in the same first-level area,
    the one named nearest the area ("In Joypurhat, a bus was torched at Khetlal upazila", "at Mirsarai in Chittagong
    district"): a point near the event rather than the region's middle, the area around it (geo_precision 2). Not
    an origin, a destination or an office, nor a place of the background."""
    area, at = claim.place, claim.evidence.start if claim.evidence else 0
    towns = [t for t in report.toponyms if t.place and (t.place.country_code, t.place.admin1) == (
        area.country_code, area.admin1) and (t.place.feature_class == "P" or (
            t.place.feature_code == "ADM2" and (t.place.population or 0) > 0))
        and usable_place(report, t) and place_word_rank(report, t) < 2 and not report.in_past(t.start)]
    if not towns:
        return None
    town = min(towns, key=lambda t: (abs(t.start - at), t.start))
    rule = f"{claim.evidence.rule}+town-of-area" if claim.evidence else "geo:town-of-area"
    return PlaceClaim(place=town.place, geo_precision=2, evidence=report.evidence(town.start, town.end, rule))


def _reported_place(report: Report, group: Group, claim: PlaceClaim) -> Toponym | None:
    """The place the group's clauses name that the gazetteer lacks (placed at its region at best): its own of a
    list of attacked places split into one event each, else the one named nearest a trigger of the group, else
    the name the claim was read from ("Indelimane, in the Ménaka region", placed at the region)."""
    for unit in group.units:
        chain = coordinated_places(report, unit)
        if len(chain) >= 2:  # "les camps de Mondoro et de Boulkessi": the first is the group's, the others split
            if group.parent is None:
                return chain[0] if _unknown_place(report, chain[0]) else None
            own = [t for t in chain[1:] if t.place is None or t in group.places()]
            return own[0] if len(own) == 1 and _unknown_place(report, own[0]) else None
    for unit in group.units:
        hit = unit.ctype.hit
        nearest = report.nearest_attached(unit, report.toponyms, lambda t: _unknown_place(report, t), PLACE_REACH,
                                          lambda t, hit=hit: (place_word_rank(report, t), abs(t.start - hit.start)))
        if nearest is not None:
            return nearest
    read = [t for t in report.toponyms if claim.evidence and t.start == claim.evidence.start]
    return read[0] if read and _unknown_place(report, read[0]) else None


def _unknown_place(report: Report, toponym: Toponym) -> bool:
    """A name the gazetteer lacks (unresolved, or placed at the region the text names with it) that the words
    around it or the NER call a place, not a group's name, not an origin or a place far off or abroad."""
    if toponym.place is not None and not toponym.rule.endswith("region-fallback"):
        return False
    words = toponym.text.split()
    if not words or not words[0][:1].isupper() or words[0].lower() in UNNAMED_FIRST or toponym.text.isupper():
        return False  # "Le Gouvernement", "JNIM"
    if toponym.rule.split("+")[0] not in REPORTED_RULES or get_actor_kb().lookup(toponym.text) is not None:
        return False
    if any(len(m.text) == len(toponym.text) for m in demonym_table(report.article.language or "en").find(toponym.text)):
        return False  # "les Algériens": a people, not a place
    if any(start <= toponym.start and toponym.end <= end
           for start, end in _people_spans(report.article.text, report.language, report.home_country)):
        return False  # "Fulani herders and Dogon farmers": an ethnic group the actor KB reads as a side
    return not (far_off(report, toponym) or across_border(report, toponym) or is_dateline(report, toponym)
                or place_word_rank(report, toponym) == 2 or _spoken_at(report, toponym)
                or _near_reference(report, toponym) or _office_of(report, toponym))


def _office_of(report: Report, toponym: Toponym) -> bool:
    """ "le maire de la commune de Sangha", "the governor of X": where an official serves, not the event's place."""
    before = report.article.text[max(0, toponym.start - 40) : toponym.start].lower()
    offices = "|".join(re.escape(w) for w in event_place_words(report.article.language or "en").office_after)
    return re.search(rf"\b(?:{offices})\s+(?:de|du|d['’]|of)\b[^.,;:]*$", before) is not None


def _near_reference(report: Report, toponym: Toponym) -> bool:
    """ "près de la ville de Sangha", "near the town of X": a landmark the event was near, not its place."""
    text, language = report.article.text, report.article.language or "en"
    pattern = pattern_before(text, toponym.start, language)
    if pattern is not None and pattern.rule == "village-of":  # what comes before "la ville de"
        pattern = pattern_before(text, len(text[: toponym.start].rstrip()) - len(pattern.phrase), language)
    return pattern is not None and pattern.rule == "near"


def _pick_place(report: Report, group: Group, is_main: bool) -> PlaceClaim | None:
    labelled = _labelled_places(report) if is_main else []
    if labelled:
        best = min(labelled, key=lambda t: (geo.geo_precision(t), t.start))
        return _place_claim(report, best, geo.geo_precision(best), f"geo:location-label:{best.rule}")
    places = group.places()
    if places and all(place_word_rank(report, t) == 2 for t in places):
        # "Attempted robbery by Isiolo bandits ... LOCATION: Mukinduri Village, near Kerugoya Town": where the
        # attackers come from, or where a road leads, yields to a place the lead puts an event at
        places = _lead_places(report, lambda t: place_word_rank(report, t) == 0
                              and not _opens_longer_name(report, t)) or places
    if places:
        best = min(places, key=lambda t: (place_word_rank(report, t) == 2, geo.geo_precision(t), places.index(t)))
        return _place_claim(report, best, geo.geo_precision(best), f"geo:event-clause:{best.rule}")
    if is_main and report.sentences:
        lead_end = report.sentences_end(LEAD_SENTENCES)
        lead = _lead_places(report)
        if group.event_type in DEMONSTRATIONS and all(place_word_rank(report, t) == 2 for t in lead):
            # "In Faisalabad they also stated that ...", "workers in Nakuru claim ...": at a demonstration the
            # people who speak are the demonstrators; where they speak, rather than an origin, an office or a
            # company's name, when the lead says nothing else (not "relatives posted photos in Lahore")
            heard = [t for t in report.toponyms if t.start < lead_end and place_word_rank(report, t) < 2
                     and usable_place(report, t, where_spoken=True)]
            lead = heard or lead
        if lead:
            # as in the event's clause, an origin, destination or office yields to a place the lead leaves bare or
            # puts an event at ("men from Kericho West attacked Nyakach": Nyakach, though the town is more precise)
            best = min(lead, key=lambda t: (place_word_rank(report, t) == 2, geo.geo_precision(t),
                                            place_word_rank(report, t), t.start))
            return _place_claim(report, best, geo.geo_precision(best), f"geo:lead:{best.rule}")
        filed = _dateline_town_meant(report, lead_end)
        if filed is not None:
            return _place_claim(report, filed, geo.geo_precision(filed), "geo:dateline-town")
    region = dominant_region(report)
    if region is not None:
        return _place_claim(report, region, 3, "geo:dominant-region")
    named = _region_of_any_place(report)
    area = geo.get_geocoder().admin1(named.place.country_code, named.place.admin1) \
        if named is not None and named.place and named.place.country_code and named.place.admin1 else None
    if named is not None and area is not None:  # the region itself: the town is not said to be the place
        return PlaceClaim(place=area, geo_precision=3,
                          evidence=report.evidence(named.start, named.end, "geo:region-of-named-place"))
    group_area = _area_in_group_name(report)
    if group_area is not None:
        return group_area
    home = report.home_country
    country = next(
        (t for t in report.toponyms if t.place and is_country(t.place) and t.place.country_code == home), None
    )
    if country is not None:  # the report names only its country: the event is at least in it
        return _place_claim(report, country, 3, "geo:country-only")
    return _unnamed_home(report)


def _labelled_places(report: Report) -> list[Toponym]:
    """The places after a "LOCATION:" label ("LOCATION: Kipkelion in Kericho District", "LOCATION: Teldet Forest (part
    of Mount Elgon forest park), Trans Nzoia District"), up to the next label or line: where the writer says the
    event was. When the label names an area, only places in it (Mount Elgon, a park across two areas, is not said to
    be the place; Embakasi "near Kitale" is no Nairobi estate)."""
    match = _LOCATION_LABEL.search(report.article.text)
    if match is None:
        return []
    places = [t for t in report.toponyms if match.start(1) <= t.start < match.end(1) and usable_place(report, t)
              and t.place and t.place.admin1]
    # the areas the words call one ("Trans Nzoia District"), else those the gazetteer does
    areas = {(t.place.country_code, t.place.admin1) for t in places
             if t.place and t.rule.split("+")[0] in ("district-of", "region-of")} \
        or {(t.place.country_code, t.place.admin1) for t in places if t.place and is_region(t.place)}
    return [t for t in places if not areas or (t.place and (t.place.country_code, t.place.admin1) in areas)]


def _dateline_town_meant(report: Report, lead_end: int) -> Toponym | None:
    """ "DJIBO (AP) — ... attacked soldiers at the town's airstrip": a lead that names no place but says "the
    town" means the dateline's, when it lies in the report's country."""
    if not _THE_TOWN.search(report.article.text, 0, lead_end):
        return None
    return next((t for t in report.toponyms if t.place and t.place.feature_class == "P" and is_dateline(report, t)
                 and report.home_country in (None, t.place.country_code)), None)


def _unnamed_home(report: Report) -> PlaceClaim | None:
    """The home country when only the headline ("Mali : ...") or the dateline ("BAMAKO (AFP) -") says it: a
    village the gazetteer lacks ("le camp de Boulkessi") still lies in it."""
    home = report.home_country
    titled = next((t for t in title_countries(report) if t.place and t.place.country_code == home), None)
    if titled is not None:
        evidence = Evidence(article_id=report.article.id, start=titled.start, end=titled.end,
                            quote=report.article.title or "", rule="geo:country-in-headline", in_title=True)
        return PlaceClaim(place=titled.place, geo_precision=3, evidence=evidence)
    filed = next((t for t in report.toponyms if t.place and t.place.country_code == home
                  and is_dateline(report, t)), None)
    # else "l'armée malienne a frappé près de Léré", "les FAMa ont repoussé une attaque": the forces' country
    force = next((f for f in named_forces(report) if f.country == home), None) if filed is None else None
    said = filed or force
    country = geo.get_geocoder().country(home) if said is not None and home else None
    if said is None or country is None:
        return None
    rule = force.rule if force is not None else "geo:country-of-dateline"
    return PlaceClaim(place=country, geo_precision=3, evidence=report.evidence(said.start, said.end, rule))


def _opens_longer_name(report: Report, toponym: Toponym) -> bool:
    """ "outside Raj Bhawan": the name is the first word of a longer one no place bears (not "Kerugoya Town")."""
    text, language = report.article.text, report.article.language or "en"
    following = _NEXT_NAME.match(text, toponym.end)
    return following is not None and following.group(1).lower() not in admin_type_words() \
        and pattern_after(text, toponym.end, language) is None


def _lead_places(report: Report, keep: Callable[[Toponym], bool] = lambda t: True) -> list[Toponym]:
    """The places of the lead's sentences an event may be placed at (and that `keep` keeps): not those only a
    background clause names ("two weeks after an ambush near Boni")."""
    if not report.sentences:
        return []
    lead_end = report.sentences_end(LEAD_SENTENCES)
    return [t for t in report.toponyms if t.start < lead_end and usable_place(report, t) and keep(t)
            and not report.in_past(t.start)]


def _place_claim(report: Report, toponym: Toponym, precision: int, rule: str) -> PlaceClaim:
    assert toponym.place is not None
    return PlaceClaim(
        place=toponym.place,
        geo_precision=precision,  # type: ignore[arg-type]
        evidence=report.evidence(toponym.start, toponym.end, rule),
    )


def dominant_region(report: Report) -> Toponym | None:
    """The first toponym of the admin1 region the report's places fall in most often (for a region-only event):
    places of the news, not of background clauses, in the report's home country (when it has one), and ones named
    as an origin, destination or office only when there are no others ("a man from Northern Ireland was among the
    hostages" is none of them)."""
    usable = [t for t in report.toponyms if usable_place(report, t) and t.place and t.place.admin1
              and not report.in_past(t.start)]
    usable = [t for t in usable if place_word_rank(report, t) < 2] or usable  # "taken to X hospital" at worst
    if report.home_country is not None:  # never a region abroad named only as where someone is from
        usable = [t for t in usable if t.place and t.place.country_code == report.home_country]
    if not usable:
        return None
    counts = Counter((t.place.country_code, t.place.admin1) for t in usable if t.place)
    (country, admin1), _ = counts.most_common(1)[0]
    return next(t for t in usable if t.place and (t.place.country_code, t.place.admin1) == (country, admin1))


def _region_of_any_place(report: Report) -> Toponym | None:
    """The region of the first place of the report's own country that the text names where it names no place an
    event may be placed at: "denying an IIT to Raichur", "condemned the attack in Sopore": a place named only as
    a destination or as where someone spoke still tells the region a short report is about (precision 3, the
    region, never the town). Not a dateline, a place far off or across a border, nor a force named after it."""
    home = report.home_country
    if home is None:
        return None
    return next((t for t in report.toponyms if t.place and t.place.country_code == home and t.place.admin1
                 and not is_country(t.place) and not is_dateline(report, t) and not far_off(report, t)
                 and not names_a_people(report, t)
                 and not across_border(report, t) and not part_of_another_country(report, t)
                 and not not_here(report, t)), None)


def _area_in_group_name(report: Report) -> PlaceClaim | None:
    """The first-level area of the first place of the report's own country named inside a group's name ("the
    Karnataka Rajya Raitha Sangha staged a protest", "militants of the Dima Hasao National Army attacked"), when
    the report names no other place: such a place says nothing of where the group struck when the report says
    where (`group_names` keeps it out of the report's places), but a group named after its area acts there when
    nothing else is said (precision 3, the region, never the town)."""
    home, text = report.home_country, report.article.text
    if home is None:
        return None
    groups = [(m.start, m.end) for m in get_actor_kb().find_mentions(text, report.language, home)
              if m.rule == "actor:alias" and m.ref.inter_code != STATE_FORCES]  # not "the Assam Rifles"
    if not groups:
        return None
    named = next((t for t in geo.get_geocoder().find_toponyms(text, report.doc, report.language, home)
                  if t.place and t.place.country_code == home and t.place.admin1 and not is_country(t.place)
                  and any(start <= t.start and t.end <= end for start, end in groups)), None)
    area = geo.get_geocoder().admin1(home, named.place.admin1) if named is not None and named.place \
        and named.place.admin1 else None
    if named is None or area is None:
        return None
    return PlaceClaim(place=area, geo_precision=3,
                      evidence=report.evidence(named.start, named.end, "geo:area-in-group-name"))


def dominant_country(report: Report) -> str | None:
    """The name of the report's home country (for generic actors of events with no place)."""
    names = [t.place.country for t in report.toponyms if t.place and t.place.country_code == report.home_country]
    return names[0] if names else None
