"""Realistic synthetic event mentions, for timing the resolver (`sitrep bench`) and for tests.

Each synthetic real-world event is reported by one to five outlets, each with its own noise: a date off by a
day, only a week/month or none at all, a nearby place or only the region, actors named or left out, tolls that disagree
or are missing. Events are spread over time in proportion to `n`, so the density of events per day and
place stays the same as the corpus grows (as it does when an archive covers more years).
"""

from __future__ import annotations

import datetime as dt
import random

from sitrep.models import (
    ActorRef,
    CountClaim,
    DateClaim,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
)

# (name, country, country code, admin1, latitude, longitude): real places of the Sahel and coastal West Africa.
PLACES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("Menaka", "Mali", "ML", "Ménaka", 15.9182, 2.4022),
    ("Indelimane", "Mali", "ML", "Ménaka", 15.8708, 1.5198),
    ("Gao", "Mali", "ML", "Gao", 16.2717, -0.0447),
    ("Ansongo", "Mali", "ML", "Gao", 15.6597, 0.5022),
    ("Mopti", "Mali", "ML", "Mopti", 14.4843, -4.1830),
    ("Bandiagara", "Mali", "ML", "Mopti", 14.3500, -3.6167),
    ("Djibo", "Burkina Faso", "BF", "Sahel", 14.1022, -1.6306),
    ("Dori", "Burkina Faso", "BF", "Sahel", 14.0354, -0.0345),
    ("Arbinda", "Burkina Faso", "BF", "Sahel", 14.2300, -0.8700),
    ("Fada N'gourma", "Burkina Faso", "BF", "Est", 12.0616, 0.3584),
    ("Kaya", "Burkina Faso", "BF", "Centre-Nord", 13.0917, -1.0844),
    ("Tillaberi", "Niger", "NE", "Tillabéri", 14.2117, 1.4531),
    ("Ayorou", "Niger", "NE", "Tillabéri", 14.7308, 0.9174),
    ("Diffa", "Niger", "NE", "Diffa", 13.3154, 12.6113),
    ("Tahoua", "Niger", "NE", "Tahoua", 14.8888, 5.2692),
    ("Maiduguri", "Nigeria", "NG", "Borno", 11.8464, 13.1603),
    ("Monguno", "Nigeria", "NG", "Borno", 12.6700, 13.6100),
    ("Kafolo", "Ivory Coast", "CI", "Savanes", 9.5990, -4.3300),
)

ACTORS: dict[str, tuple[tuple[str, int], ...]] = {
    "state": (("Military Forces of {country}", 1),),
    "armed": (
        ("JNIM: Group for Support of Islam and Muslims", 2),
        ("Islamic State Sahel", 2),
        ("Islamic State West Africa Province", 2),
        ("Unidentified Armed Group", 3),
    ),
}

# Outlets word the same event differently: the trigger sentences share names, not phrasing.
SENTENCES: tuple[str, ...] = (
    "Fighters of {actor1} {verb} the {actor2} near {place} in {admin1}.",
    "Security sources in {admin1} said an attack at {place} involved {actor1}.",
    "{place}: residents reported gunfire and casualties after {actor1} moved in.",
    "The {actor2} said it was targeted around {place} by suspected {actor1} militants.",
    "Local officials confirmed the incident in {place}, blaming {actor1}.",
)

TYPES: tuple[tuple[str, str, str], ...] = (
    ("Battles", "Armed clash", "clashed with"),
    ("Battles", "Armed clash", "attacked a position of"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "hit an explosive device laid by"),
    ("Violence against civilians", "Attack", "raided a village, killing civilians, blamed on"),
    ("Explosions/Remote violence", "Air/drone strike", "carried out a drone strike against"),
    ("Protests", "Peaceful protest", "marched against"),
)


def generate_mentions(n: int, seed: int = 0) -> list[EventMention]:
    """`n` mentions of about n/2.5 synthetic events, in the order their reports appeared."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    span_days = max(30, n // 12)  # keeps ~30 mentions a day across the region at any corpus size
    reports: list[tuple[dt.date, EventMention]] = []
    event_no = 0
    while len(reports) < n:
        event_no += 1
        truth = _truth(rng, start + dt.timedelta(days=rng.randrange(span_days)))
        for outlet in range(min(rng.choice((1, 1, 2, 2, 3, 3, 4, 5)), n - len(reports))):
            published = truth["date"] + dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
            article_id = f"syn{event_no:07d}-{outlet}"
            reports.append((published, _mention(rng, truth, article_id)))
    reports.sort(key=lambda item: (item[0], item[1].mention_id))
    return [mention for _, mention in reports]


def _truth(rng: random.Random, day: dt.date) -> dict:
    """One real-world event; its village lies up to ~100 km from a real town (villages are many)."""
    town, country, code, admin1, lat, lon = rng.choice(PLACES)
    village = rng.randrange(400)
    spot = random.Random(f"{town}/{village}")
    place = (f"{town} village {village}", country, code, admin1, lat + spot.uniform(-0.9, 0.9),
             lon + spot.uniform(-0.9, 0.9))
    event_type, sub_type, verb = rng.choice(TYPES)
    armed, inter = rng.choice(ACTORS["armed"])
    state = ACTORS["state"][0][0].format(country=place[1])
    killed = rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 35, 50))
    return {"date": day, "place": place, "type": (event_type, sub_type, verb), "actor1": (armed, inter),
            "actor2": (state, 1), "killed": killed}


def _mention(rng: random.Random, truth: dict, article_id: str) -> EventMention:
    name, country, code, admin1, lat, lon = truth["place"]
    event_type, sub_type, verb = truth["type"]
    sentence = rng.choice(SENTENCES).format(actor1=truth["actor1"][0], verb=verb, actor2=truth["actor2"][0],
                                            place=name, admin1=admin1)
    evidence = Evidence(article_id=article_id, start=0, end=len(sentence), quote=sentence, rule="synthetic")
    roll = rng.random()
    if roll < 0.7:
        date = DateClaim(value=truth["date"], precision=1, evidence=evidence)
    elif roll < 0.8:
        date = DateClaim(value=truth["date"] + dt.timedelta(days=rng.choice((-1, 1))), precision=1)
    elif roll < 0.9:
        date = DateClaim(value=truth["date"], precision=2)
    elif roll < 0.95:  # "this month": the mentions carry all the time there is (callers may pass no publication date)
        date = DateClaim(value=truth["date"], precision=3)
    else:  # no date the text can fix: with no publication date either, matching has no time to block on
        date = None
    precision = 1 if rng.random() < 0.8 else 3
    place = Place(
        name=name if precision == 1 else admin1, country=country, country_code=code, admin1=admin1,
        latitude=lat + rng.uniform(-0.01, 0.01), longitude=lon + rng.uniform(-0.01, 0.01),
        feature_class="P" if precision == 1 else "A",
    )
    actor1 = ActorRef(name=truth["actor1"][0], inter_code=truth["actor1"][1]) if rng.random() < 0.85 else None
    actor2 = ActorRef(name=truth["actor2"][0], inter_code=1, country=country)
    counts = []
    if truth["killed"] and rng.random() < 0.85:
        low = max(1, truth["killed"] + rng.choice((0, 0, 0, -1, 2)))
        counts.append(CountClaim(kind="killed", low=low, high=low, who="soldiers", side="actor2", evidence=evidence))
    return EventMention(
        mention_id=f"{article_id}#0", article_id=article_id, salience=1.0, event_type=event_type,
        sub_event_type=sub_type, type_evidence=evidence, date=date, actor1=actor1, actor2=actor2,
        location=PlaceClaim(place=place, geo_precision=precision, evidence=evidence), counts=counts,
        trigger=evidence,
    )


def make_mention(
    article_id: str,
    sentence: str,
    *,
    index: int = 0,
    event_type: str = "Battles",
    sub_event_type: str = "Armed clash",
    date: dt.date | None = None,
    date_precision: int = 1,
    place: Place | None = None,
    geo_precision: int = 1,
    actor1: tuple[str, int] | None = None,
    actor2: tuple[str, int] | None = None,
    killed: list[tuple[int, str, str | None]] | None = None,
) -> EventMention:
    """A hand-made mention for tests and examples; `killed` lists (figure, side, attributed to)."""
    evidence = Evidence(article_id=article_id, start=0, end=len(sentence), quote=sentence, rule="test")
    return EventMention(
        mention_id=f"{article_id}#{index}", article_id=article_id, salience=1.0 - index / 10,
        event_type=event_type, sub_event_type=sub_event_type, type_evidence=evidence, trigger=evidence,
        date=DateClaim(value=date, precision=date_precision, evidence=evidence) if date else None,  # type: ignore[arg-type]
        location=PlaceClaim(place=place, geo_precision=geo_precision, evidence=evidence) if place else None,  # type: ignore[arg-type]
        actor1=ActorRef(name=actor1[0], inter_code=actor1[1], evidence=evidence) if actor1 else None,
        actor2=ActorRef(name=actor2[0], inter_code=actor2[1], evidence=evidence) if actor2 else None,
        counts=[
            CountClaim(kind="killed", low=n, high=n, side=side, attributed_to=by, evidence=evidence)  # type: ignore[arg-type]
            for n, side, by in (killed or [])
        ],
    )


def place(name: str) -> Place:
    """A Place for one of the real towns in `PLACES`."""
    for town, country, code, admin1, lat, lon in PLACES:
        if town == name:
            return Place(name=town, country=country, country_code=code, admin1=admin1, latitude=lat, longitude=lon,
                         feature_class="P")
    raise KeyError(f"{name!r} is not one of the synthetic places")
