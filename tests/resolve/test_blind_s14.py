"""Resolution rules found by the session-14 blind table (tests/e2e/blind_s14): a town attacked on Sunday and
again on Monday was one event, whether the Sunday report was dated or not; a French report whose body names
no country, only "la région du Nord-Ouest" (read as Haiti's), was an event in Haiti though its headline says
"Cameroun".

A toll told a day late would be as high or higher (tolls only rise); a later day with fewer dead, and no night
between the two days in either report's words, is another attack.
"""

from __future__ import annotations

import datetime as dt

from sitrep.models import DateClaim, EventMention, PartialDate, Place
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.synthetic import make_mention, place

SUNDAY = dt.date(2026, 7, 19)
MONDAY = dt.date(2026, 7, 20)
GUNMEN = ("Unidentified Armed Group (Niger)", 3)
CIVILIANS = ("Civilians (Niger)", 7)
MARKET = "Gunmen on motorbikes opened fire at the weekly market in Ayorou on Sunday, killing eight civilians."
WATER_POINT = ("Gunmen on motorbikes shot dead five people at a water point in Ayorou on Monday. The killings came "
               "a day after an attack on the town's market that left eight dead.")


def _attack(article_id: str, sentence: str, day: dt.date | None, killed: int) -> EventMention:
    return make_mention(article_id, sentence, date=day, place=place("Ayorou"), event_type="Violence against civilians",
                        sub_event_type="Attack", actor1=GUNMEN, actor2=CIVILIANS, killed=[(killed, "civilians", None)])


def _undated_sunday(article_id: str, sentence: str, killed: int) -> EventMention:
    mention = _attack(article_id, sentence, SUNDAY, killed)
    assert mention.date is not None
    return mention.model_copy(update={"date": DateClaim(value=None, precision=None, evidence=mention.date.evidence,
                                                        partial=PartialDate(weekday=6))})


def _resolver() -> InMemoryResolver:
    return InMemoryResolver(threshold=0.45, window_days=3)


def test_a_town_attacked_on_sunday_and_again_on_monday_with_fewer_dead_is_two_events() -> None:
    r = _resolver()
    first = r.add(_attack("a1", MARKET, SUNDAY, 8), SUNDAY, context=article_context(MARKET))
    second = r.add(_attack("a2", WATER_POINT, MONDAY, 5), dt.date(2026, 7, 21), context=article_context(WATER_POINT))
    assert first.created and second.created


def test_an_undated_report_of_the_sunday_attack_does_not_join_mondays() -> None:
    r = _resolver()
    monday = r.add(_attack("b1", WATER_POINT, MONDAY, 5), dt.date(2026, 7, 21), context=article_context(WATER_POINT))
    sunday = r.add(_undated_sunday("b2", MARKET, 8), None, context=article_context(MARKET))
    assert monday.created and sunday.created


def test_a_night_across_the_two_days_is_still_one_event() -> None:
    night = MARKET.replace("on Sunday", "overnight Sunday into Monday")
    r = _resolver()
    first = r.add(_attack("c1", night, SUNDAY, 8), SUNDAY, context=article_context(night))
    second = r.add(_attack("c2", WATER_POINT, MONDAY, 5), dt.date(2026, 7, 21), context=article_context(WATER_POINT))
    assert second.event_id == first.event_id


def test_a_toll_risen_by_the_report_of_the_next_day_still_joins() -> None:
    r = _resolver()
    first = r.add(_attack("d1", WATER_POINT, SUNDAY, 5), SUNDAY, context=article_context(WATER_POINT))
    second = r.add(_attack("d2", MARKET, MONDAY, 8), MONDAY, context=article_context(MARKET))
    assert second.event_id == first.event_id


# A French report of the Bali attack whose body names no country: its 'région du Nord-Ouest' read as Haiti's
# department; its headline names Cameroon.
BALI = Place(name="Bali", country="Cameroon", country_code="CM", admin1="Nord-Ouest", latitude=5.887, longitude=10.012,
             feature_class="P")
HAITI_NORD_OUEST = Place(name="Nord-Ouest", country="Haiti", country_code="HT", admin1="Nord-Ouest", latitude=19.785,
                         longitude=-73.05, feature_class="A", feature_code="ADM1")
ENGLISH = ("Separatist fighters attacked a gendarmerie post in Bali, a town near Bamenda in Cameroon's North-West "
           "region, overnight Saturday into Sunday, killing three gendarmes.")
FRENCH = ("Trois gendarmes ont été tués dans la nuit de samedi à dimanche lors de l'attaque d'un poste de gendarmerie "
          "à Bali, dans la région du Nord-Ouest, par des combattants séparatistes.")
FRENCH_TITLE = "Cameroun : trois gendarmes tués dans une attaque à Bali"
SATURDAY = dt.date(2026, 6, 13)


def _gendarmes(article_id: str, sentence: str, where: Place, precision: int, country: str) -> EventMention:
    return make_mention(article_id, sentence, date=SATURDAY, place=where, geo_precision=precision,
                        actor1=("Unidentified Armed Group (" + country + ")", 3),
                        actor2=("Police Forces of " + country, 1), killed=[(3, "actor2", None)])


def test_a_country_named_only_in_the_headline_counts() -> None:
    assert article_context(FRENCH, title=FRENCH_TITLE).countries == {"CM": 1}
    assert article_context(f"{FRENCH_TITLE}\n\n{FRENCH}", title=FRENCH_TITLE).countries == {"CM": 1}  # not twice
    assert article_context(FRENCH).countries == {}


def test_a_region_abroad_of_a_report_whose_headline_names_the_country_joins_its_event() -> None:
    r = _resolver()
    english = r.add(_gendarmes("e1", ENGLISH, BALI, 1, "Cameroon"), dt.date(2026, 6, 14),
                    context=article_context(ENGLISH))
    french = r.add(_gendarmes("e2", FRENCH, HAITI_NORD_OUEST, 3, "Haiti"), dt.date(2026, 6, 15),
                   context=article_context(FRENCH, language="fr", title=FRENCH_TITLE))
    assert french.event_id == english.event_id
