"""Resolution rules found by the session-12 blind table (tests/e2e/blind_s12): short synthetic stories of 2-4
reports each, by different outlets, read end to end.

Two outlets named one village the gazetteer lacks as the place of a base attack; one was placed at the region it
wrote, the other at the town it gave the distance from ('120 km south-west of Mogadishu'): two events, as the
two points lie in two regions. A report naming Mali and Burkina Faso alike read "the army" and "jihadists" with no
country; published first, its bare "Military Forces" won the vote over the other report's "Military Forces of Mali".
"""

from __future__ import annotations

import datetime as dt

from sitrep.models import ActorRef, Article, Place
from sitrep.resolve import InMemoryResolver, build_event
from sitrep.resolve.context import article_context
from sitrep.resolve.synthetic import make_mention, place

SUNDAY = dt.date(2025, 7, 20)
SHABAAB = ("Al Shabaab", 2)
AU = ("ATMIS: African Union Transition Mission in Somalia", 8)
LOWER_SHABELLE = Place(name="Lower Shabelle", country="Somalia", country_code="SO", admin1="Lower Shabelle",
                       latitude=2.167, longitude=44.826, feature_class="A", feature_code="ADM1")
MOGADISHU = Place(name="Mogadishu", country="Somalia", country_code="SO", admin1="Banaadir", latitude=2.037,
                  longitude=45.344, feature_class="P")

REGION_REPORT = ("Mogadishu Monitor, MOGADISHU\n\nMilitants attack AU base in Lower Shabelle\n\nAl-Shabaab "
                 "fighters attacked an AU base in {village}, in the Lower Shabelle region, on Sunday, residents said.")
DISTANCE_REPORT = ("Four peacekeepers killed as militants storm base\n\nFour AU peacekeepers were killed when "
                   "al-Shabaab militants stormed their base in {village}, about 120 km south-west of Mogadishu, on "
                   "Sunday, an officer said.")


def _attack(article_id: str, where: Place, precision: int, village: str, killed: int, day: dt.date = SUNDAY):
    mention = make_mention(article_id, "Militants attacked the base.", date=day, place=where,
                           geo_precision=precision, actor1=SHABAAB, actor2=AU, killed=[(killed, "actor2", None)])
    assert mention.location is not None
    return mention.model_copy(update={"location": mention.location.model_copy(update={"reported_name": village})})


def _resolve(first_village: str, second_village: str, second_day: dt.date = SUNDAY) -> int:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    r.add(_attack("a", LOWER_SHABELLE, 3, first_village, 30), dt.date(2025, 7, 21),
          context=article_context(REGION_REPORT.format(village=first_village)))
    r.add(_attack("b", MOGADISHU, 2, second_village, 4, second_day), dt.date(2025, 7, 21),
          context=article_context(DISTANCE_REPORT.format(village=second_village)))
    return len(r)


def test_one_village_named_by_both_outlets_is_one_place_whatever_points_they_got() -> None:
    assert _resolve("Bulo Marer", "Bulo Marer") == 1


def test_two_villages_at_points_apart_stay_two_events() -> None:
    assert _resolve("Bulo Marer", "Janaale") == 2


def test_one_village_on_two_days_at_points_apart_stays_two_events() -> None:
    assert _resolve("Bulo Marer", "Bulo Marer", SUNDAY - dt.timedelta(days=2)) == 2


SATURDAY = dt.date(2025, 2, 15)


def _camp_attack(article_id: str, actors: tuple[str, str], country: str | None):
    mention = make_mention(article_id, "Jihadists attacked the army camp.", date=SATURDAY, place=place("Mopti"),
                           killed=[(10, "actor2", None)])
    sides = [ActorRef(name=name, inter_code=code, country=country) for name, code in zip(actors, (3, 1), strict=True)]
    return mention.model_copy(update={"actor1": sides[0], "actor2": sides[1]})


def _article(article_id: str, day: int) -> Article:
    return Article(id=article_id, text="Jihadists attacked the army camp.", published=dt.date(2025, 2, day))


def test_categories_read_with_no_country_are_the_events_countrys() -> None:
    bare = _camp_attack("en", ("Unidentified Armed Group", "Military Forces"), None)
    malian = _camp_attack("fr", ("Unidentified Armed Group (Mali)", "Military Forces of Mali"), "Mali")
    for mentions in ([bare, malian], [bare]):
        event = build_event(mentions, {"en": _article("en", 16), "fr": _article("fr", 17)})
        assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_with_no_place_the_categories_stay_without_a_country() -> None:
    bare = _camp_attack("en", ("Unidentified Armed Group", "Military Forces"), None)
    bare = bare.model_copy(update={"location": None})
    event = build_event([bare], {"en": _article("en", 16)})
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Military Forces")
