"""A place the gazetteer lacks, given by its distance and direction from one it has ("Bulo Marer, about 120 km
south-west of Mogadishu", "Kadji, à 60 km au nord-est de Gao"): the point that far that way from the named town
lies in the first-level area of the town nearest to it, and the place is put in that area as ACLED puts a village
it cannot find (geo_precision 2), not at the town the distance is measured from."""

from __future__ import annotations

import math
import re

from sitrep.geo.areas import is_region
from sitrep.geo.index import GazetteerIndex
from sitrep.geo.normalise import name_key
from sitrep.geo.patterns import stopwords
from sitrep.geo.ranking import distance_km
from sitrep.geo.recognise import Candidate
from sitrep.models import Toponym

TOWN_KM = 100  # the nearest town to the point must lie this close for its area to be the place's (sparse gazetteers)
_EARTH_KM = 6371.0
_MILE_KM = 1.609
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
             "northwest": 315, "nord": 0, "nordest": 45, "est": 90, "sudest": 135, "sud": 180, "sudouest": 225,
             "ouest": 270, "nordouest": 315}
# What an apposition may call the place: "Bariire, a farming town about 45 km west of Mogadishu"
_PLACE_KINDS = "town|village|city|settlement|hamlet|locality|camp|ville|localité|commune"
# Between the place and the town: the rest of a name the gazetteer knows only the first word of ("Bulo Marer"), a
# comma, maybe words saying what the place is ("a farming town", "une localité située"), a figure and a unit, a
# direction, then "of"/"de" and maybe "the town of".
_FROM = re.compile(
    r"((?:\s+[A-Z][\w'’-]*){0,2})\s*,?\s*"
    rf"(?:(?i:an?|une?)\s+(?:[^\W\d_]+\s+){{0,2}}?(?i:{_PLACE_KINDS})\s+(?:(?i:located|situated|situ[ée]e?)\s+)?)?"
    r"(?i:(?:(?:about|some|around|roughly|nearly|approximately|almost|à|environ)\s+)*)"
    r"(\d[\d,.]*)\s*(?i:(km|kms|kilom[eè]tres?|kilometers?|kilometres?|miles?)\.?\s+(?:au\s+|à\s+l['’]\s*)?"
    r"([^\W\d_]+(?:[\s-][^\W\d_]+)?)\s+(?:of|de|d['’]|du)\s*(?:(?:the|la|le|l['’])\s*)?"
    r"(?:(?:town|city|capital|village|ville|localité)\s+(?:of|de|d['’])\s*)?)")

_DISTANCE = re.compile(r"\d\s*(?:km|kms|kilom|mile)", re.IGNORECASE)
# a capitalised name (and up to two more words) right before a distance and a direction from a capitalised one
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)*(?={_FROM.pattern}[A-Z])")


def names_by_bearing(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` and the names the gazetteer and the NER missed that a distance and a direction from another place
    follow ("took back Bariire, a farming town about 45 km west of Mogadishu"), in text order: places whatever
    their name, for `place_by_bearing` to place."""
    if not _DISTANCE.search(text):
        return found
    stop, extra, seen = stopwords(), [], 0
    for match in _NAME_BEFORE.finditer(text):
        rest = _FROM.match(text, match.end())
        assert rest is not None  # the look-ahead matched it
        start, end = match.start(), match.end() + len(rest.group(1))
        if start < seen:
            continue  # "Marer" of "Bulo Marer", a name already read whole
        seen = end
        if any(word in stop for word in name_key(text[start:end]).split()) \
                or any(c.start < end and start < c.end for c in found):  # "On Sunday, 60 km west of ..."
            continue
        extra.append(Candidate(start, end, text[start:end], rule="bearing"))
    return sorted(found + extra, key=lambda c: c.start) if extra else found


def measured_from(text: str, end: int, start: int) -> bool:
    """Whether the text between a name ending at `end` and one starting at `start` gives the first's distance and
    direction from the second ("Bariire, a farming town about 45 km west of Mogadishu")."""
    return _measured(text, end, start) is not None


def _measured(text: str, end: int, start: int) -> tuple[re.Match[str], int] | None:
    """The words giving a distance and a direction between a name ending at `end` and one starting at `start`, with
    the direction's bearing in degrees."""
    match = _FROM.fullmatch(text, end, start)
    bearing = _BEARINGS.get(re.sub(r"[\W_]", "", match.group(4).lower())) if match else None
    return (match, bearing) if match is not None and bearing is not None else None


def number(digits: str) -> float:
    """ "1,300" / "1 300" / "12.5" as a number (a comma or space between thousands, a point before decimals)."""
    cleaned = re.sub(r"[\s,]", "", digits.strip().rstrip("."))
    try:
        return float(cleaned)
    except ValueError:
        return 0.0


def place_by_bearing(toponyms: list[Toponym], text: str, index: GazetteerIndex) -> None:
    """Put each name followed by a distance and a direction from a resolved one in the area of the town nearest
    that point (rule suffix "+region-fallback"), unless it names a place near that point already (a namesake
    elsewhere, "Bulo" in the Philippines, is not the place); the name takes in the capitalised words the
    gazetteer did not know ("Bulo" of "Bulo Marer")."""
    by_start = sorted(toponyms, key=lambda t: t.start)
    for toponym, reference in zip(by_start, by_start[1:], strict=False):
        origin, own = reference.place, toponym.place
        if origin is None or origin.latitude is None or origin.longitude is None or not origin.country_code \
                or (own is not None and is_region(own)):
            continue
        measured = _measured(text, toponym.end, reference.start)
        if measured is None:
            continue
        match, bearing = measured
        km = number(match.group(2)) * (_MILE_KM if match.group(3).lower().startswith("mile") else 1.0)
        lat, lon = _destination(origin.latitude, origin.longitude, km, bearing)
        if own is not None and own.latitude is not None and own.longitude is not None \
                and distance_km(lat, lon, own.latitude, own.longitude) <= TOWN_KM:
            continue
        towns = index.towns_near(origin.country_code, lat, lon, TOWN_KM)
        nearest = min(towns, key=lambda e: distance_km(lat, lon, e.lat, e.lon), default=None)
        if nearest is None or distance_km(lat, lon, nearest.lat, nearest.lon) > TOWN_KM or not nearest.a1:
            continue
        area = index.admin_entry(nearest.cc, nearest.a1)
        if area is None:
            continue
        toponym.place = index.place(area)
        toponym.end += len(match.group(1))
        toponym.text = text[toponym.start:toponym.end]
        toponym.rule = f"{toponym.rule}+region-fallback"


def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) heading `bearing` degrees clockwise from north (on a sphere)."""
    angle, heading = km / _EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(angle) + math.cos(p1) * math.sin(angle) * math.cos(heading))
    l2 = l1 + math.atan2(math.sin(heading) * math.sin(angle) * math.cos(p1),
                         math.cos(angle) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), math.degrees(l2)
