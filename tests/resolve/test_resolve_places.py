"""Session 4 merge and split rules about places and undated days, on hand-made mentions and synthetic reports.

One story whose reports place it apart (the commune, the villages, the region an outlet wrote), a place from
another country's report that an event doubts, and what two undated reports' words say of the day together.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep.models import Article, ArticleExtraction, DateClaim, EventMention, PartialDate, Place
from sitrep.resolve import InMemoryResolver, Resolver
from sitrep.resolve.context import article_context, name_key
from sitrep.resolve.similarity import compare, mention_features, merge_features
from sitrep.resolve.synthetic import make_mention, place
from sitrep.store import Store

DAY = dt.date(2021, 3, 21)  # a Sunday
VAC = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
TILLIA = Place(name="Tillia", country="Niger", country_code="NE", admin1="Tahoua", latitude=16.137, longitude=4.787,
               feature_class="P")

# Three reports of one raid on hamlets of a rural commune: one outlet places it by the region it wrote
# (wrongly), the others by the commune. Each spells the hamlets its own way.
REGION_REPORT = ("Gunmen on motorbikes raided the hamlets of Kelwane, Tamirat and Adrar-Bous in western Niger on "
                 "Sunday, said Issa Maiga, mayor of Tilia, the commune they belong to, near the Tillaberi border.")
COMMUNE_REPORT = ("Les hameaux de Kelouane, Tamirate et Adrar-Bous, dans la commune de Tillia, ont été attaqués "
                  "dimanche par des hommes armés, selon le maire Issa Maïga.")
UNRELATED = ("Armed men attacked a wedding near Ayorou on Sunday; the prefect Moussa Kane said the guests fled "
             "towards the river.")
AYOROU_REPORT = ("Gunmen opened fire on a market at Ayorou on Sunday, prefect Moussa Kane and the regional "
                 "governor said; traders fled.")


def _resolver() -> InMemoryResolver:
    return InMemoryResolver(threshold=0.45, window_days=3)


def test_names_keep_vowels_but_not_doubled_letters_when_short() -> None:
    assert name_key("tilia") == name_key("tillia") == "tilia"
    assert name_key("gao") == "gao"


def test_reports_placing_one_story_apart_merge_when_each_names_the_others_place() -> None:
    r = _resolver()
    region = r.add(make_mention("t1", "Gunmen raided the hamlets.", date=DAY, place=place("Tillaberi"), **VAC),
                   DAY, context=article_context(REGION_REPORT))
    commune = r.add(make_mention("t2", "Des hameaux attaqués.", date=DAY, place=TILLIA, **VAC), DAY,
                    context=article_context(COMMUNE_REPORT))
    assert commune.event_id == region.event_id
    assert commune.match is not None and commune.match.signals["place"] == 0.35  # neither agrees nor rules out
    assert commune.match.note == "places apart, each named in the other side's reports"


def test_the_events_history_says_why_reports_placed_apart_were_merged(tmp_path: Path) -> None:
    store = Store(tmp_path / "sitrep.db")
    resolver = Resolver(store, threshold=0.45, window_days=3)
    for article_id, text, place_ in (("t1", REGION_REPORT, place("Tillaberi")), ("t2", COMMUNE_REPORT, TILLIA)):
        article = Article(id=article_id, text=text, published=DAY, language="en")
        store.add_article(article)
        mention = make_mention(article_id, text[:40], date=DAY, place=place_, **VAC)
        extraction = ArticleExtraction(article_id=article_id, language="en", events=[mention])
        store.save_extraction(extraction)
        resolver.add(article, extraction)
    (event,) = store.events()
    joined = [h for h in store.explain_event(event.event_id).history if h.action == "joined"]
    assert len(event.sources) == 2 and "named in the other side's reports" in joined[0].reason


def test_places_apart_that_no_report_names_on_the_other_side_stay_apart() -> None:
    # The same day and type near Ayorou (Tillabéri region), ~420 km from Tillia; the reports share no names.
    r = _resolver()
    tillia = r.add(make_mention("u1", "Des hameaux attaqués.", date=DAY, place=TILLIA, **VAC), DAY,
                   context=article_context(COMMUNE_REPORT))
    ayorou = r.add(make_mention("u2", "Gunmen attacked a wedding.", date=DAY, place=place("Ayorou"), **VAC), DAY,
                   context=article_context(UNRELATED))
    assert tillia.created and ayorou.created


def test_a_place_named_elsewhere_does_not_bridge_another_day_or_another_type() -> None:
    event = mention_features(make_mention("v1", "Gunmen raided the hamlets.", date=DAY, place=place("Tillaberi"),
                                          **VAC), DAY, context=article_context(REGION_REPORT))
    two_days_later = mention_features(
        make_mention("v2", "Des hameaux attaqués.", date=DAY + dt.timedelta(days=2), place=TILLIA, **VAC),
        DAY + dt.timedelta(days=2), context=article_context(COMMUNE_REPORT))
    battle = mention_features(make_mention("v3", "Des combats.", date=DAY, place=TILLIA), DAY,
                              context=article_context(COMMUNE_REPORT))
    assert compare(two_days_later, event, 3).veto == "places too far apart"
    assert compare(battle, event, 3).veto is not None


def test_a_place_from_another_countrys_report_is_doubted_by_the_event() -> None:
    # A Malian event; a report read as Burkina Faso's Sahel region joins it (it doubted its own country), and
    # a later report placing it in the Mopti region is not ruled out by that region.
    mali = article_context("Les camps de Boulkessi et Mondoro ont été attaqués; l'armée a perdu des soldats.",
                           country="ML")  # the analyst's hint
    burkina = article_context("Boulkessi and Mondoro camps were stormed near the Burkina Faso border; the "
                              "Burkinabe army closed the road, Burkina Faso officials said.")
    event = mention_features(make_mention("w1", "Les camps ont été attaqués.", date=DAY), DAY, context=mali)
    sahel = Place(name="Sahel", country="Burkina Faso", country_code="BF", admin1="Sahel", latitude=14.2,
                  longitude=-0.36, feature_class="A", feature_code="ADM1")
    joining = mention_features(make_mention("w2", "Camps stormed.", date=DAY, place=sahel, geo_precision=3), DAY,
                               context=burkina)
    assert event.country == "ML" and joining.country == "BF" and joining.points
    merge_features(event, joining)
    assert event.points == [] and event.soft_points == joining.points
    mopti = mention_features(make_mention("w3", "Attaque à Mopti.", date=DAY, place=place("Mopti"),
                                          geo_precision=3), DAY, context=mali)
    assert compare(mopti, event, 3).veto is None


def _undated(article_id: str, partial: PartialDate, **kwargs: object) -> EventMention:
    mention = make_mention(article_id, "Les camps ont été attaqués.", **kwargs)  # type: ignore[arg-type]
    return mention.model_copy(update={"date": DateClaim(value=None, precision=None, partial=partial)})


def test_two_undated_reports_day_words_add_up() -> None:
    # "lundi" in one report, "le 30 septembre" in the next: together Monday 30 September, which a report
    # of "le 9 juin" (also a Sunday-to-Monday night) cannot be.
    event = mention_features(_undated("x1", PartialDate(weekday=0)), None)
    merge_features(event, mention_features(_undated("x2", PartialDate(day=30, month=9)), None))
    assert event.partial == PartialDate(day=30, month=9, weekday=0)
    june = mention_features(_undated("x3", PartialDate(day=9, month=6, weekday=6), **VAC), None)
    assert compare(june, event, 3).veto == "dates too far apart"


def test_a_report_of_the_civilians_killed_joins_the_attack_on_civilians_not_the_battle() -> None:
    # One day at one town: a battle with the garrison (64 soldiers) and an attack on the townspeople, told
    # as two events. A later report of 35 civilians killed (a toll that does not agree with the battle's)
    # joins the attack on civilians even though the battle's place is the more precise.
    arbinda = place("Arbinda")
    r = _resolver()
    battle = r.add(make_mention("y1", "The garrison was attacked.", date=DAY, place=arbinda,
                                actor2=("Military Forces of Burkina Faso", 1), killed=[(64, "actor2", None)]), DAY)
    civilians = r.add(make_mention("y2", "Townspeople were killed.", index=1, date=DAY, place=arbinda,
                                   geo_precision=3, actor2=("Civilians (Burkina Faso)", 7), **VAC), DAY)
    later = r.add(make_mention("y3", "35 civilians were killed.", date=DAY, place=arbinda,
                               actor2=("Civilians (Burkina Faso)", 7), killed=[(35, "actor2", None)], **VAC), DAY)
    assert battle.created and civilians.created
    assert later.event_id == civilians.event_id
    # A report of the soldiers' toll still joins the battle.
    soldiers = r.add(make_mention("y4", "64 soldiers died.", date=DAY, place=arbinda,
                                  actor2=("Military Forces of Burkina Faso", 1), killed=[(64, "actor2", None)]), DAY)
    assert soldiers.event_id == battle.event_id


# Two army camps the gazetteer lacks, attacked the same night, both placed at the region's point: the villages the
# reports name tell the two events apart, and a later report naming one of them (spelt its own way) joins it.
MOPTI = Place(name="Mopti", country="Mali", country_code="ML", admin1="Mopti", latitude=14.4843, longitude=-4.183,
              feature_class="A", feature_code="ADM1")


def _camp(article_id: str, sentence: str, village: str, killed: int) -> EventMention:
    mention = make_mention(article_id, sentence, date=dt.date(2019, 9, 30), place=MOPTI, geo_precision=3,
                           actor2=("Military Forces of Mali", 1), killed=[(killed, "actor2", None)])
    assert mention.location is not None
    return mention.model_copy(update={"location": mention.location.model_copy(update={"reported_name": village})})


def test_villages_the_gazetteer_lacks_tell_apart_events_placed_at_one_region() -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    texts = {
        "m1": "Jihadists stormed the army camp at Mondoro overnight; four soldiers died.",
        "b1": "The camp at Boulkessi fell after hours of fighting in which 40 soldiers died.",
        "b2": "Soldiers at Boulkessy held out until dawn; 38 of them were killed, the army said.",
    }
    first = r.add(_camp("m1", texts["m1"], "Mondoro", 4), dt.date(2019, 10, 1),
                  context=article_context(texts["m1"], "ML"))
    second = r.add(_camp("b1", texts["b1"], "Boulkessi", 40), dt.date(2019, 10, 1),
                   context=article_context(texts["b1"], "ML"))
    third = r.add(_camp("b2", texts["b2"], "Boulkessy", 38), dt.date(2019, 10, 2),
                  context=article_context(texts["b2"], "ML"))
    assert first.created and second.created
    assert third.event_id == second.event_id and third.match is not None
    assert third.match.signals["place"] >= 0.8
