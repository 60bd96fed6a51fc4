"""What the words around a place name say of it: a dateline, an origin, a destination or an office, the far side
of a border, a place named as far off, a part of a country, the opening of a company's name.

`event_places` and `home_country` read these clues; none of them decides alone where an event happened.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sitrep import geo
from sitrep.extract.context import Report
from sitrep.geo.bearing import measured_from, number
from sitrep.geo.home import DATELINE_AFTER, DATELINE_REACH
from sitrep.geo.patterns import (
    admin_type_words,
    compass_words,
    event_place_words,
    institution_words,
    named_after,
    pattern_after,
    pattern_data,
    road_to,
)
from sitrep.models import Place, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Token

LOOSE_RULES = {"gazetteer", "ner"}  # toponyms found by name alone, with no place word around them
PLACE_WORD_RULES = {"near", "village-of", "region-of", "district-of"}
# What follows a compass word that makes it a part of a country: "du pays", "of the country", "du Mali".
PART_OF = re.compile(
    r"\s+(?:du|de\s+la|de\s+l['’]|of(?:\s+the)?)\s*(?:pays|country|(?P<country>[A-ZÉ][\w'’-]+(?:\s+Faso)?))"
)
_SENTENCE_WORD = re.compile(r"\b[a-zà-ÿ]{3,}\b")  # words of a sentence; a credit ("AFP,") has none
_IN_SENTENCE = re.compile(r"\b[a-zà-ÿ]+$")  # a name after a lower-case word ("in", "near") is in a sentence
FAR_KM = 50  # "à environ 1300 kilomètres d'Alger": a place this far off only says where the event is not
# "200 km from", "150 kms de la ville de", "30 km south-west of the town of": a figure, a unit, maybe a direction,
# then the place named as the reference point.
_DISTANCE_BEFORE = re.compile(
    r"(\d[\d\s,.]*)\s*(?:kms?|kilom[eè]tres?|kilometers?|kilometres?|miles?)\.?\s+(?:(?:au\s+|à\s+l['’]\s*)?\w+(?:-\w+)?\s+)?"
    r"(?:from|of|de|d['’]|du)\s*(?:(?:the|la|le|l['’])\s*)?"
    r"(?:(?:town|city|village|locality|ville|localité|commune)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,3}$")
# The word after a name, past other capitalised names listed with it ("Turkana and Samburu militias").
_GROUP_WORD_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+([^\W\d_]+)")
# "de Gao vers Kidal", "de Mopti à destination de Sévaré": a place named after the word, not "de Tessalit vers 4 heures"
_ROUTE_ON = re.compile(
    r"\s+(?:vers|jusqu['’]à|à\s+destination\s+(?:de|du|d['’]))\s*(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý]")
_ARTICLE_AT_END = re.compile(r"(?:\s+(?:le|la|les|the)|\s*l['’])$")


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
    if toponym.place is not None and is_country(toponym.place):
        # "Mali : le camp de ... attaqué", "KENYA: Police ...": a headline's label names the story's country
        return False
    if toponym.text.isupper() and len(toponym.text) > 3:
        return True
    return bool(DATELINE_AFTER.match(text[toponym.end : toponym.end + 14]))


def is_country(place: Place) -> bool:
    return (place.feature_code or "").startswith("PCL")


def not_here(report: Report, toponym: Toponym) -> bool:
    """ "a Nairobi-bound bus", "a Mogadishu-based journalist": a destination or a home, not where it happened;
    "an Assam Rifles post": a force named after the place, not the place."""
    text, language = report.article.text, report.article.language or "en"
    if named_after(text, toponym.end, language):
        return True
    after = text[toponym.end : toponym.end + 16].lower()
    return any(after.startswith(w) and not after[len(w) : len(w) + 1].isalpha()
               for w in event_place_words(language).not_here_after)


def part_of_another_country(report: Report, toponym: Toponym) -> bool:
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


def across_border(report: Report, toponym: Toponym) -> bool:
    """ "près de la frontière avec le Burkina Faso", "the border with Niger": the far side of a border, a
    neighbour of the event's country (the words are `border_before` in geo/data/patterns.yaml)."""
    before = report.article.text[max(0, toponym.start - 48) : toponym.start].lower().rstrip()
    before = _ARTICLE_AT_END.sub("", before)
    return any(
        before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum())
        for phrase in event_place_words(report.article.language or "en").border_before
    )


def on_road_to(report: Report, toponym: Toponym) -> bool:
    """ "blocked the Namanga road", "the Mombasa highway": the town a road leads to, which may be far off (`road_to`);
    not a route's end ("the Eldoret-Kitale road": ranked as a route's, `geo.recognise`)."""
    return not toponym.rule.startswith("route") and road_to(report.article.text, toponym.end, report.language)


def place_word_rank(report: Report, toponym: Toponym) -> int:
    """0: the words before the name say the event is there ("in X", "near X", "the village of X"); 1: nothing
    says; 2: a destination, an origin, an office or where a source is ("to X", "from X", "the X Governor",
    "according to a source in X")."""
    words = event_place_words(report.article.language or "en")
    text = report.article.text
    after = text[toponym.end : toponym.end + 24].lower()
    if any(re.match(rf"\s+(?:county\s+)?{re.escape(office)}\b", after) for office in words.office_after):
        return 2
    group = _GROUP_WORD_AFTER.match(text, toponym.end)
    if group is not None and group.group(1).lower() in words.group_after:
        return 2  # "Turkana raiders", "Turkana and Samburu militias": where armed men come from
    if named_after(text, toponym.end, report.article.language or "en", roads=True) or on_road_to(report, toponym):
        return 2  # "blocked Juja Road", "the Namanga road": a road named after a town or leading there may run far
    if opens_organisation(report, toponym):
        return 2  # "the Karachi Electric Supply Company", "Kenya Power": a company's name, not the event's place
    if carried_to(report, toponym):
        return 2  # "évacués par aéronefs sur Sévaré", "taken to hospital in Eldoret": where the wounded were taken
    if told_from(report, toponym):
        return 2  # "selon une source sécuritaire à Gao": where a source is, not where the event was
    if protested_there(report, toponym):
        return 2  # "protested the raid in Karachi": where what they protest happened
    if toponym.rule.split("+")[0] in PLACE_WORD_RULES:
        return 0
    before = _WORD_BEFORE.search(text[max(0, toponym.start - 16) : toponym.start])
    word = before.group(1).lower() if before else ""
    if word in ("de", "d", "du") and _ROUTE_ON.match(text, toponym.end):
        return 2  # "le convoi faisait route de Gao vers Kidal": where it set off from
    return 0 if word in words.where else 2 if word in words.elsewhere else 1


def carried_to(report: Report, toponym: Toponym) -> bool:
    """ "évacués par aéronefs Fama sur Sévaré", "taken to hospital in Garissa": where the wounded or the dead were
    taken, a destination (the event's place only when the report names no other: ACLED then codes the town)."""
    start = toponym.start
    return _carried_before(report.article.language or "en").search(report.article.text, max(0, start - 80),
                                                                    start) is not None


@cache
def _carried_before(language: str) -> re.Pattern[str]:
    """A word of `carried` (patterns.yaml), up to four words (not "place", "scene", "hostage": "has taken place in
    X" is no evacuation), then a locative word, ending where a name starts; or the hospital the words name, then
    its town ("évacués vers le centre hospitalier régional de X", "admis à l'hôpital Saint-Camille de X", "rushed
    to the regional hospital of X"): at least one word between, so that "évacués de X" stays where they were."""
    section = pattern_data()["event_place_words"]
    words = (section.get(language) or section["en"]).get("carried") or []
    carried = rf"\b(?:{'|'.join(re.escape(w) for w in words)})"
    between = r"(?:\s+(?!(?:place|scene|hostage|captive|lieu)\b)[\w'’()-]+)"
    return re.compile(rf"{carried}{between}{{0,4}}?"
                      r"\s+(?:to|in|at|into|sur|vers|à|au|aux|dans|en)\s+(?:(?:the|le|la|les|l['’])\s*)?$"
                      rf"|{carried}{between}{{1,5}}?\s+(?:of\s+|de\s+|du\s+|d['’])$",
                      re.IGNORECASE)


def told_from(report: Report, toponym: Toponym) -> bool:
    """ "according to a security source in Gao", "selon un élu local à Gao": where the one who told of the event
    is, as a place someone spoke at (the event's place only when the report names no other)."""
    start = toponym.start
    return _source_before(report.article.language or "en").search(report.article.text, max(0, start - 80),
                                                                   start) is not None


@cache
def _source_before(language: str) -> re.Pattern[str]:
    """A word of `source_before` (patterns.yaml), one to six words naming the source (no punctuation: "selon
    l'armée, les assaillants ont fui vers X" is the event's own clause; none of `source_there`: residents and
    witnesses are where it happened), then a `where` word, ending where a name starts."""
    section = pattern_data()["event_place_words"]
    words, there = event_place_words(language), (section.get(language) or section["en"]).get("source_there") or []
    source = rf"\b(?:{'|'.join(re.escape(w) for w in words.source_before)})"
    where = "|".join(re.escape(w) for w in sorted(words.where, key=len, reverse=True))
    named = rf"(?:\s+(?!(?:{'|'.join(re.escape(w) for w in there)})\b)[\w'’-]+)"
    return re.compile(rf"{source}{named}{{1,6}}?\s+(?:{where})\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.IGNORECASE)


_VENUE = {"outside", "opposite", "front"}  # "outside the X Press Club", "in front of the X Collectorate"


def protested_there(report: Report, toponym: Toponym) -> bool:
    """ "workers in Peshawar protested the raid on their offices in Karachi", "students rallied against the attacks
    on their fellows in Yangon", "gathered in solidarity with people in Islamabad": the name hangs, in the parse,
    from an event a demonstration is against (its object, or a `grievance` word after it: an act the report's
    triggers name, "raid", "killing", "attack"), or from those it is in solidarity with: where that happened, not
    where the demonstrators were. Not the demonstration's own place ("staged a protest in X", "protested outside
    the X Press Club"), nor a place of what it is against that is no event ("protested against police inaction in
    X": the parse may hang the demonstration's place there)."""
    token = report.token_at(toponym.start)
    if token is None:
        return False
    words = event_place_words(report.article.language or "en")
    below, acts, solidarity = token, False, False
    for head in token.ancestors:
        link = below.lower_ if below.dep_ == "prep" else ""
        if not acts and (link in _VENUE or below.lower_ in _VENUE):
            return False  # "against the arrest of their leader outside the Larkana Press Club"
        before = report.doc[below.i - 1].lower_ if below.i else ""
        solidarity = solidarity or bool({f"{head.lower_} {link}", f"{before} {link}"}
                                        & words.grievance)  # "in solidarity with people in X"
        if _demonstration(head, words.protest) or (head.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and _demonstration(c, words.protest) for c in head.children)):
            # "protested", "a rally", "staged a sit-in": the demonstration
            against = (below.dep_ in ("dobj", "obj") and head.pos_ == "VERB"
                       and not _demonstration(below, words.protest)) or link in words.grievance
            return solidarity or (against and acts)
        acts = acts or (head is not token and any(start <= head.idx < end for start, end in report.trigger_spans))
        below = head
    return False


def _demonstration(token: Token, protest: frozenset[str]) -> bool:
    """A word of a demonstration (`protest`), one word ("rallied", "a dharna") or written in three ("a sit-in")."""
    return token.lemma_.lower() in protest or token.lower_ in protest \
        or token.doc[max(0, token.i - 2):token.i + 1].text.lower() in protest


def opens_organisation(report: Report, toponym: Toponym) -> bool:
    """The name opens an organisation's name the NER model tags, more capitalised words after it ("the Karachi
    Electric Supply Company", "Chatra Mukti Sangram Samiti"): not where the event happened. Not when the words
    after it say what kind of place it is ("Garissa County", "Lodwar Town"), nor when the name ends in one ("Mafa
    Local Government Area": an area, not a body), or name an institution that stands there ("Maseno University",
    "Kisumu Police Station": `institution_words`)."""
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
        and entity.text.split()[-1].lower() not in admin_type_words() \
        and pattern_after(report.article.text, toponym.end, language) is None \
        and institution_words().search(entity.text) is None


def far_off(report: Report, toponym: Toponym) -> bool:
    """ "à environ 1300 kilomètres d'Alger", "200 km from Niamey": a place named as far from the event; or nearer,
    the town a distance and a direction are measured from when they put the name before it in another area
    ("Bariire, a farming town about 45 km west of Mogadishu": `sitrep.geo.bearing`)."""
    text = report.article.text
    distance = _DISTANCE_BEFORE.search(text[max(0, toponym.start - 64) : toponym.start])
    if distance is None:
        return False
    if number(distance.group(1)) > FAR_KM:
        return True
    named = max((t for t in report.toponyms if t.end <= toponym.start), key=lambda t: t.end, default=None)
    return named is not None and named.place is not None and toponym.place is not None \
        and named.rule.endswith("region-fallback") and measured_from(text, named.end, toponym.start) \
        and (named.place.country_code, named.place.admin1) != (toponym.place.country_code, toponym.place.admin1)
