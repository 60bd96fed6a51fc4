"""The place of one event: the deciding clause's place, else the lead's, else the dominant region or country.

Places in the report come from `geo`; these rules decide which of them is where the event happened (not the
dateline, not where someone spoke, not a namesake abroad) and the report's home country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from sitrep import countries, geo
from sitrep.extract.actors import get_actor_kb
from sitrep.extract.context import LEAD_SENTENCES, NON_STATE_ARMED, Group, Report, Unit, role_words
from sitrep.extract.discourse import coordinated_places
from sitrep.geo.bearing import number
from sitrep.geo.demonyms import DemonymMention, demonym_table
from sitrep.geo.normalise import name_key
from sitrep.geo.patterns import (
    admin_type_words,
    compass_words,
    event_place_words,
    institution_words,
    named_after,
    names_state_force,
    pattern_after,
    pattern_before,
)
from sitrep.models import Evidence, Place, PlaceClaim, Toponym

DEMONSTRATIONS = {"Protests", "Riots"}
PLACE_REACH = 90  # a place this close to a trigger locates it even when the parse does not link them
LOOSE_RULES = {"gazetteer", "ner"}  # toponyms found by name alone, with no place word around them
KNOWN_COUNTRY_WEIGHT = 4.0
# What follows a compass word that makes it a part of a country: "du pays", "of the country", "du Mali".
PART_OF = re.compile(
    r"\s+(?:du|de\s+la|de\s+l['’]|of(?:\s+the)?)\s*(?:pays|country|(?P<country>[A-ZÉ][\w'’-]+(?:\s+Faso)?))"
)
DATELINE_REACH = 120  # characters from the top of the text where a dateline ("BAMAKO (AFP) -") may sit
PLACE_WORD_RULES = {"near", "village-of", "region-of", "district-of"}
# How a name the gazetteer lacks must have been found to be kept as the event's reported place: after a place
# word or a locative preposition, by the NER as a place, or joined to a locality in a list of attacked places.
REPORTED_RULES = {"near", "village-of", "district-of", "in", "ner", "coordinated"}
UNNAMED_FIRST = {"le", "la", "les", "l'", "l’", "the", "un", "une", "a", "an"}  # "Le Gouvernement" is no place
FAR_KM = 50  # "à environ 1300 kilomètres d'Alger": a place this far off only says where the event is not
# "200 km from", "150 kms de la ville de", "30 km south-west of the town of": a figure, a unit, maybe a direction,
# then the place named as the reference point.
_DISTANCE_BEFORE = re.compile(
    r"(\d[\d\s,.]*)\s*(?:kms?|kilom[eè]tres?|kilometers?|kilometres?|miles?)\.?\s+(?:(?:au\s+|à\s+l['’]\s*)?\w+(?:-\w+)?\s+)?"
    r"(?:from|of|de|d['’]|du)\s*(?:(?:the|la|le|l['’])\s*)?"
    r"(?:(?:town|city|village|locality|ville|localité|commune)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE)
_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,3}$")
# The word after a name, past other capitalised names listed with it ("Turkana and Samburu militias").
_GROUP_WORD_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+([^\W\d_]+)")
_ARTICLE_AT_END = re.compile(r"(?:\s+(?:le|la|les|the)|\s*l['’])$")
# a colon or a dash, not a hyphen joining two names ("the Eldoret-Kitale road")
# "the town's airstrip", "in the city", "la ville": a town the lead does not name; not "the town of X"
_THE_TOWN = re.compile(r"\b(?:the|this) (?:town|city)\b(?!\s+(?:of|de)\b)|\b(?:la|cette) (?:ville|localité)\b(?!\s+d)",
                       re.IGNORECASE)
_SENTENCE_WORD = re.compile(r"\b[a-zà-ÿ]{3,}\b")  # words of a sentence; a credit ("AFP,") has none
_IN_SENTENCE = re.compile(r"\b[a-zà-ÿ]+$")  # a name after a lower-case word ("in", "near") is in a sentence
DATELINE_AFTER = re.compile(r"^\s*(?:\((?:AFP|Reuters|AP|APA|Xinhua|ANI|APS)\)\s*)?(?::|[\-\u2013\u2014](?![^\W\d_]))")


def is_dateline(report: Report, toponym: Toponym) -> bool:
    """ "BAMAKO:", "AFP, BAMAKO", "Niamey (AFP) -": where the story was filed, not where it happened."""
    text = report.article.text
    line_start = text.rfind("\n", 0, toponym.start) + 1
    dateline = (report.article.dateline or "").strip().lower()
    if dateline and toponym.text.strip().lower() == dateline and toponym.start <= DATELINE_REACH:
        # the dateline's own mention, not the same town named again in the lead ("GAO, 14 March - ... near Gao")
        return not _SENTENCE_WORD.search(text[line_start : toponym.start])
    before = text[line_start : toponym.start].strip(" \t,")
    if before and (toponym.start > DATELINE_REACH or _IN_SENTENCE.search(before)):
        return False  # not at the start of a line, nor in the page's first lines; "prison in Addis Ababa - and"
    if any(c.isdigit() for c in before) and text[toponym.end : toponym.end + 1] == ":":
        return False  # "15/02, PM Wajir: Al Shabaab attack ...": when and where the event was, not a dateline
    if toponym.place is not None and _is_country(toponym.place):
        # "Mali : le camp de ... attaqué", "KENYA: Police ...": a headline's label names the story's country
        return False
    if toponym.text.isupper() and len(toponym.text) > 3:
        return True
    return bool(DATELINE_AFTER.match(text[toponym.end : toponym.end + 14]))


def _is_country(place: Place) -> bool:
    return (place.feature_code or "").startswith("PCL")


def usable_place(report: Report, toponym: Toponym, where_spoken: bool = False) -> bool:
    """A place an event may be located at: resolved, not a country, not the dateline, not where someone spoke
    (unless `where_spoken`), in the report's own country, or named with a place word ("in", "near", "village
    of") in a country the report names (a namesake abroad, like Bonn for Boni, is never the place of a Sahel
    report's event)."""
    place = toponym.place
    if place is None or _is_country(place) or is_dateline(report, toponym) \
            or (not where_spoken and _spoken_at(report, toponym)) or _capital_speaking(report, toponym):
        return False
    if _far_off(report, toponym) or _not_here(report, toponym) or names_a_people(report, toponym):
        return False
    if _part_of_another_country(report, toponym):
        return False
    if report.home_country is None or place.country_code == report.home_country:
        return True
    return toponym.rule not in LOOSE_RULES and place.country_code in _named_countries(report)


def _not_here(report: Report, toponym: Toponym) -> bool:
    """ "a Nairobi-bound bus", "a Mogadishu-based journalist": a destination or a home, not where it happened;
    "an Assam Rifles post": a force named after the place, not the place."""
    text, language = report.article.text, report.article.language or "en"
    if named_after(text, toponym.end, language):
        return True
    after = text[toponym.end : toponym.end + 16].lower()
    return any(after.startswith(w) and not after[len(w) : len(w) + 1].isalpha()
               for w in event_place_words(language).not_here_after)


def names_a_people(report: Report, toponym: Toponym) -> bool:
    """ "Kikuyu civilians", "Maasai and Kikuyu tribes clashed", "a gang of 1,000 Kikuyu attacked": the name of an
    ethnic group the actor KB reads as a side, not the town of that name. An area named after the group ("Turkana
    raiders": Turkana County) stays: its homeland is where ACLED codes the event when the report names no place."""
    if toponym.place is None or toponym.place.feature_class != "P" or place_word_rank(report, toponym) == 0:
        return False  # "students in Kisii stormed the school": the place word says it is the town
    return any(start <= toponym.start and toponym.end <= end
               for start, end in _people_spans(report.article.text, report.language, report.home_country))


GROUP_CLUE_WEIGHT = 0.4  # less than one loosely matched place name
TITLE_COUNTRY_WEIGHT = 2.0  # "Mali : le camp de X attaqué", "Burkina: soldiers killed": as much as a sure mention
DATELINE_COUNTRY_WEIGHT = 0.25  # where the story was filed: counts only when the text names no place
DEMONYM_COUNTRY_WEIGHT = 1.0  # "l'armée malienne": counts only when neither text, headline nor dateline names a place


@lru_cache(maxsize=32)
def _title_countries(title: str, language: str) -> tuple[Toponym, ...]:
    """The countries a headline names (offsets into the title). Most layouts keep the headline out of the text."""
    return tuple(t for t in geo.get_geocoder().find_toponyms(title, language=language)
                 if t.place is not None and _is_country(t.place))


def title_countries(report: Report) -> tuple[Toponym, ...]:
    """The country a headline names, when it names one: "Drone strike in Mali, ambush in Niger" labels no
    country."""
    title = (report.article.title or "").strip()
    named = _title_countries(title, report.language) if title else ()
    return named if len({t.place.country_code for t in named if t.place}) == 1 else ()


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
            c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")] if verb is not None else []
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


def _part_of_another_country(report: Report, toponym: Toponym) -> bool:
    """ "au Centre du pays", "the North of Mali": a compass word that says which part of a country, not the
    region of that name (Burkina Faso's Centre) unless what follows names that region's own country."""
    place = toponym.place
    if place is None or toponym.text.lower() not in compass_words():
        return False
    m = PART_OF.match(report.article.text, toponym.end)
    if m is None:
        return False
    if m.group("country") is None:  # "au Centre du pays": a part of the country, never the region "Centre"
        return True
    country = geo.get_geocoder().country(m.group("country"))
    return country is not None and country.country_code != place.country_code


def _named_countries(report: Report) -> set[str]:
    return {t.place.country_code for t in report.toponyms if t.place and t.place.country_code and _is_country(t.place)}


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
        if _part_of_another_country(report, toponym) or place_word_rank(report, toponym) == 2 \
                or across_border(report, toponym) or _not_here(report, toponym):
            continue  # also an origin, a destination, an office or a neighbour: "a man from Northern Ireland",
            # "a Somalia-based group"
        sure = _is_country(place) or toponym.rule not in LOOSE_RULES
        weights[place.country_code] += (2.0 if sure else 0.5) * max(toponym.score, 0.1)
    for toponym in title_countries(report):
        weights[toponym.place.country_code] += TITLE_COUNTRY_WEIGHT  # type: ignore[union-attr,index]
    weights = weights or filed  # the dateline decides only when the text and headline name no place
    if not weights:  # "l'armée malienne a frappé près de Léré" (Chad's Léré left out): a demonym's one country
        named = {code for m in _country_demonyms(report) if (code := m.demonym.country)}
        if len(named) == 1:
            weights[named.pop()] += DEMONYM_COUNTRY_WEIGHT
    for code in group_names(report.article.text, report.language)[1]:
        weights[code] += GROUP_CLUE_WEIGHT  # where the text places nothing, where its armed groups fight
    return weights.most_common(1)[0][0] if weights else None


def across_border(report: Report, toponym: Toponym) -> bool:
    """ "près de la frontière avec le Burkina Faso", "the border with Niger": the far side of a border, a
    neighbour of the event's country (the words are `border_before` in geo/data/patterns.yaml)."""
    before = report.article.text[max(0, toponym.start - 48) : toponym.start].lower().rstrip()
    before = _ARTICLE_AT_END.sub("", before)
    return any(
        before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum())
        for phrase in event_place_words(report.article.language or "en").border_before
    )


def place_word_rank(report: Report, toponym: Toponym) -> int:
    """0: the words before the name say the event is there ("in X", "near X", "the village of X"); 1: nothing
    says; 2: a destination, an origin or an office ("to X", "from X", "the X Governor")."""
    words = event_place_words(report.article.language or "en")
    text = report.article.text
    after = text[toponym.end : toponym.end + 24].lower()
    if any(re.match(rf"\s+(?:county\s+)?{re.escape(office)}\b", after) for office in words.office_after):
        return 2
    group = _GROUP_WORD_AFTER.match(text, toponym.end)
    if group is not None and group.group(1).lower() in words.group_after:
        return 2  # "Turkana raiders", "Turkana and Samburu militias": where armed men come from
    if named_after(text, toponym.end, report.article.language or "en", roads=True):
        return 2  # "blocked Juja Road": a road named after a town may run far from it
    if opens_organisation(report, toponym):
        return 2  # "the Karachi Electric Supply Company", "Kenya Power": a company's name, not the event's place
    if toponym.rule.split("+")[0] in PLACE_WORD_RULES:
        return 0
    before = _WORD_BEFORE.search(text[max(0, toponym.start - 16) : toponym.start])
    word = before.group(1).lower() if before else ""
    return 0 if word in words.where else 2 if word in words.elsewhere else 1


def opens_organisation(report: Report, toponym: Toponym) -> bool:
    """The name opens an organisation's name the NER model tags, more capitalised words after it ("the Karachi
    Electric Supply Company", "Chatra Mukti Sangram Samiti"): not where the event happened. Not when the words
    after it say what kind of place it is ("Garissa County", "Lodwar Town") or name an institution that stands
    there ("Maseno University", "Kisumu Police Station": `institution_words`)."""
    token = report.token_at(toponym.start)
    if token is None or token.ent_type_ != "ORG":
        return False
    entity = next((e for e in report.doc.ents if e.start_char <= toponym.start < e.end_char), None)
    if entity is None or entity.end_char <= toponym.end + 1 or \
            report.article.text[entity.start_char:toponym.start].strip().lower() not in ("", "the"):
        return False
    rest = report.article.text[toponym.end:entity.end_char]
    first = rest.split()[0] if rest.split() else ""
    language = report.article.language or "en"
    return first[:1].isupper() and first.lower() not in admin_type_words() \
        and pattern_after(report.article.text, toponym.end, language) is None \
        and institution_words().search(entity.text) is None


def _far_off(report: Report, toponym: Toponym) -> bool:
    """ "à environ 1300 kilomètres d'Alger", "200 km from Niamey": a place named as far from the event."""
    text = report.article.text
    distance = _DISTANCE_BEFORE.search(text[max(0, toponym.start - 64) : toponym.start])
    return distance is not None and number(distance.group(1)) > FAR_KM


def unit_place(report: Report, unit: Unit) -> Toponym | None:
    """Where one clause says the event happened: a place not named as a destination, origin or office (not "from
    Isiolo" over "near Maua"), not a route's end when the clause names another place ("blocked the Nairobi-
    Mombasa highway" by "demonstrators from Sagalla in Taita Taveta County": ACLED codes the route's first end
    only when nothing else is said); then the most precise, one the words around it put the event at before one
    they leave bare, then the nearest after the trigger."""
    trigger = unit.ctype.hit.start
    return report.nearest_attached(
        unit,
        report.toponyms,
        lambda t: usable_place(report, t),
        PLACE_REACH,
        lambda t: (place_word_rank(report, t) == 2, t.rule.startswith("route"), geo.geo_precision(t),
                   place_word_rank(report, t), _route_end(report, t), t.start < trigger, abs(t.start - trigger)),
    )


def _route_end(report: Report, toponym: Toponym) -> bool:
    """The far end of a route ("the Eldoret-Kitale road"): ACLED codes an event on a route at its first end."""
    return toponym.rule.startswith("route") and report.article.text[toponym.start - 1 : toponym.start] == "-"


def pick_place(report: Report, group: Group, is_main: bool) -> PlaceClaim | None:
    """The group's most precise place; for the main event, else a place in the lead; else the dominant region.
    A village the gazetteer lacks that the event's clause names ("l'attaque du camp de Boulkessi") is kept as
    the claim's `reported_name` when the claim is the area around it."""
    claim = _pick_place(report, group, is_main)
    if claim is None or claim.geo_precision == 1:
        return claim
    named = _reported_place(report, group, claim)
    if named is None or name_key(named.text) == name_key(claim.place.name):
        return claim
    # the evidence quotes the village's words, under the rule that placed the event at the area
    rule = claim.evidence.rule if claim.evidence else "geo:reported"
    return claim.model_copy(update={"reported_name": named.text,
                                    "evidence": report.evidence(named.start, named.end, rule)})


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
    return not (_far_off(report, toponym) or across_border(report, toponym) or is_dateline(report, toponym)
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
        lead_end = report.sentences[min(LEAD_SENTENCES, len(report.sentences)) - 1].end
        lead = _lead_places(report)
        if group.event_type in DEMONSTRATIONS and all(place_word_rank(report, t) == 2 for t in lead):
            # "In Faisalabad they also stated that ...", "workers in Nakuru claim ...": at a demonstration the
            # people who speak are the demonstrators; where they speak, rather than an origin, an office or a
            # company's name, when the lead says nothing else (not "relatives posted photos in Lahore")
            heard = [t for t in report.toponyms if t.start < lead_end and place_word_rank(report, t) < 2
                     and usable_place(report, t, where_spoken=True)]
            lead = heard or lead
        if lead:
            best = min(lead, key=lambda t: (geo.geo_precision(t), place_word_rank(report, t), t.start))
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
    home = report.home_country
    country = next(
        (t for t in report.toponyms if t.place and _is_country(t.place) and t.place.country_code == home), None
    )
    if country is not None:  # the report names only its country: the event is at least in it
        return _place_claim(report, country, 3, "geo:country-only")
    return _unnamed_home(report)


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
    # else "l'armée malienne a frappé près de Léré": a village the gazetteer lacks, in the demonym's country
    said = filed or next((m for m in _country_demonyms(report) if m.demonym.country == home), None)
    country = geo.get_geocoder().country(home) if said is not None and home else None
    if said is None or country is None:
        return None
    rule = "geo:country-of-dateline" if said is filed else "geo:country-of-demonym"
    return PlaceClaim(place=country, geo_precision=3, evidence=report.evidence(said.start, said.end, rule))


def _country_demonyms(report: Report) -> list[DemonymMention]:
    """The text's demonyms of states' forces ("l'armée malienne", "Kenyan troops"; not "a Japanese man")."""
    text = report.article.text
    found = demonym_table(report.article.language or "en").find(text)
    return [m for m in found if m.demonym.is_country and m.demonym.country and names_state_force(text, m.start, m.end)]


def _opens_longer_name(report: Report, toponym: Toponym) -> bool:
    """ "outside Raj Bhawan": the name is the first word of a longer one no place bears (not "Kerugoya Town")."""
    text, language = report.article.text, report.article.language or "en"
    following = _NEXT_NAME.match(text, toponym.end)
    return following is not None and following.group(1).lower() not in admin_type_words() \
        and pattern_after(text, toponym.end, language) is None


def _lead_places(report: Report, keep: Callable[[Toponym], bool] = lambda t: True) -> list[Toponym]:
    """The places of the lead's sentences an event may be placed at (and that `keep` keeps)."""
    if not report.sentences:
        return []
    lead_end = report.sentences[min(LEAD_SENTENCES, len(report.sentences)) - 1].end
    return [t for t in report.toponyms if t.start < lead_end and usable_place(report, t) and keep(t)]


def _place_claim(report: Report, toponym: Toponym, precision: int, rule: str) -> PlaceClaim:
    assert toponym.place is not None
    return PlaceClaim(
        place=toponym.place,
        geo_precision=precision,  # type: ignore[arg-type]
        evidence=report.evidence(toponym.start, toponym.end, rule),
    )


def dominant_region(report: Report) -> Toponym | None:
    """The first toponym of the admin1 region the report's places fall in most often (for a region-only event):
    places in the report's home country (when it has one), and ones named as an origin, destination or office
    only when there are no others ("a man from Northern Ireland was among the hostages" is none of them)."""
    usable = [t for t in report.toponyms if usable_place(report, t) and t.place and t.place.admin1]
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
                 and not _is_country(t.place) and not is_dateline(report, t) and not _far_off(report, t)
                 and not names_a_people(report, t)
                 and not across_border(report, t) and not _part_of_another_country(report, t)
                 and not _not_here(report, t)), None)


def dominant_country(report: Report) -> str | None:
    """The name of the report's home country (for generic actors of events with no place)."""
    names = [t.place.country for t in report.toponyms if t.place and t.place.country_code == report.home_country]
    return names[0] if names else None
