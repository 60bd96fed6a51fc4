"""Sources disagree on an event's place: the place most of them back wins, a report giving an area backing the
finer places inside it; the finest place no longer wins alone against the area every other source agrees on."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, Place
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention

DAY = dt.date(2021, 1, 3)
MOPTI_REGION = Place(name="Mopti", country="Mali", country_code="ML", admin1="Mopti", latitude=14.64, longitude=-3.93,
                     feature_class="A", feature_code="ADM1")
SEVARE = Place(name="Sévaré", country="Mali", country_code="ML", admin1="Mopti", latitude=14.53, longitude=-4.09,
               feature_class="P", feature_code="PPL")
DOUENTZA = Place(name="Douentza", country="Mali", country_code="ML", admin1="Mopti", latitude=15.00,
                 longitude=-2.95, feature_class="P", feature_code="PPLA2")


def _event(*placed: tuple[Place, int]) -> tuple[str | None, int | None]:
    mentions, articles = [], {}
    for n, (place, precision) in enumerate(placed):
        article = Article(id=f"r{n}", text="Villagers were killed in an air strike.", published=DAY)
        articles[article.id] = article
        mentions.append(make_mention(article.id, "Villagers were killed in an air strike.", date=DAY, place=place,
                                     geo_precision=precision, event_type="Explosions/Remote violence",
                                     sub_event_type="Air/drone strike"))
    event = build_event(mentions, articles)
    return event.location, event.geo_precision


def test_four_reports_near_one_town_outweigh_one_report_of_a_town_far_from_it() -> None:
    # four reports place a village the gazetteer lacks near Douentza; one misreads an evacuation to Sévaré
    assert _event(*[(DOUENTZA, 2)] * 4, (SEVARE, 1)) == ("Douentza", 2)
    assert _event((SEVARE, 1), *[(DOUENTZA, 2)] * 4) == ("Douentza", 2)


def test_a_town_inside_the_region_the_other_reports_give_refines_it() -> None:
    assert _event(*[(MOPTI_REGION, 3)] * 3, (SEVARE, 1)) == ("Sévaré", 1)


def test_one_report_against_one_keeps_the_finest_place() -> None:
    assert _event((DOUENTZA, 2), (SEVARE, 1)) == ("Sévaré", 1)


BOUNTI = Place(name="Bounti", country="Mali", country_code="ML", admin1="Mopti", latitude=15.20, longitude=-2.59,
               feature_class="P", feature_code="PPL")


def test_reports_about_foreign_forces_still_place_the_event_in_the_country_they_struck() -> None:
    # three reports are 'about' France by their words (French jets, the French army); all places are in Mali
    french = "French jets struck a wedding near Bounti, the French army and France's ministry said."
    malian = "Malian officials in Mali said the wounded were flown to Sévaré."
    mentions, articles = [], {}
    for n, (text, place, precision) in enumerate(
            [(french, BOUNTI, 1)] * 3 + [(malian, SEVARE, 1), (malian, MOPTI_REGION, 3)]):
        article = Article(id=f"r{n}", text=text, published=DAY)
        articles[article.id] = article
        mentions.append(make_mention(article.id, text, date=DAY, place=place, geo_precision=precision,
                                     event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"))
    assert build_event(mentions, articles).location == "Bounti"
