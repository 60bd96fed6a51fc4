"""build_event: one Event from one or more mentions, every claim kept, tolls by the ACLED/UCDP rules."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import Article, CountClaim, Evidence, Place
from sitrep.resolve import build_event, event_id_for
from sitrep.resolve.build import source_totals
from sitrep.resolve.synthetic import make_mention, place

ISGS = ("Islamic State Sahel", 2)
FAMA = ("Military Forces of Mali", 1)
DAY = dt.date(2019, 11, 1)


def _article(article_id: str, published: dt.date, outlet: str) -> Article:
    return Article(id=article_id, text="(synthetic)", outlet=outlet, published=published,
                   url=f"https://example.org/{article_id}")


def test_single_mention_stands_alone() -> None:
    mention = make_mention("a1", "Gunmen attacked the post at Indelimane on Friday.", date=DAY,
                           place=place("Indelimane"), actor1=ISGS, actor2=FAMA, killed=[(5, "actor2", None)])
    event = build_event([mention], {"a1": _article("a1", DAY, "Wire A")})
    assert event.event_id == event_id_for("a1#0")
    assert (event.event_date, event.time_precision, event.location, event.admin1) == (DAY, 1, "Indelimane", "Ménaka")
    assert (event.actor1, event.inter1, event.actor2, event.inter2) == (ISGS[0], 2, FAMA[0], 1)
    assert (event.fatalities, event.fatalities_low, event.fatalities_best, event.fatalities_high) == (5, 5, 5, 5)
    assert event.number_of_sources == 1
    assert event.sources[0].outlet == "Wire A" and event.sources[0].quote.startswith("Gunmen")
    assert {c.field for c in event.claims} == {"event_type", "event_date", "location", "actor1", "actor2",
                                               "fatalities"}


def test_sides_are_summed_within_one_source() -> None:
    mention = make_mention("a1", "Five soldiers and thirty assailants died.",
                           killed=[(5, "actor2", None), (30, "actor1", None)])
    event = build_event([mention], {})
    assert event.fatalities == 35
    assert event.event_date is None and event.location is None and event.first_reported is None


def test_each_authority_gives_its_own_total() -> None:
    counts = [
        CountClaim(kind="killed", low=49, high=49, who="soldiers", side="actor2", attributed_to="the army"),
        CountClaim(kind="killed", low=53, high=53, who="soldiers", side="actor2", attributed_to="the government"),
        CountClaim(kind="killed", low=1, high=1, who="civilian", side="civilians", attributed_to="the government"),
    ]
    totals = source_totals(counts, "killed", "a1", DAY)
    assert sorted((t.attributed_to, t.low) for t in totals) == [("the army", 49), ("the government", 54)]


def test_three_outlets_three_tolls() -> None:
    mentions = [
        make_mention("a1", "The army said 49 soldiers died at Indelimane.", date=DAY, place=place("Indelimane"),
                     actor1=ISGS, actor2=FAMA, killed=[(49, "actor2", "the army")]),
        make_mention("a2", "The government put the toll at 53 soldiers.", date=DAY, place=place("Indelimane"),
                     actor1=ISGS, actor2=FAMA, killed=[(53, "actor2", "the government")]),
        make_mention("a3", "At least 50 troops were killed in the Menaka region.", date=DAY + dt.timedelta(days=1),
                     place=place("Menaka"), geo_precision=3, actor2=FAMA, killed=[(50, "actor2", None)]),
    ]
    articles = {
        "a1": _article("a1", DAY + dt.timedelta(days=1), "Wire A"),
        "a2": _article("a2", DAY + dt.timedelta(days=3), "Paper B"),
        "a3": _article("a3", DAY + dt.timedelta(days=2), "Radio C"),
    }
    event = build_event(mentions, articles)
    assert event.event_id == event_id_for("a1#0")  # founded by the earliest report
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (49, 49, 53)
    assert event.fatalities_best == 53  # the latest report's precise figure
    assert event.location == "Indelimane" and event.geo_precision == 1  # the most precise place
    assert event.event_date == DAY  # two day-precise claims against one
    assert event.number_of_sources == 3
    assert (event.first_reported, event.last_reported) == (DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=3))
    tolls = sorted((c.article_id, c.value, c.attributed_to) for c in event.claims if c.field == "fatalities")
    assert tolls == [("a1", 49, "the army"), ("a2", 53, "the government"), ("a3", 50, None)]
    assert "49, 50, 53" in event.notes and "2019-11-02" in event.notes


def test_actors_named_the_other_way_round() -> None:
    mentions = [
        make_mention("a1", "Jihadists attacked the army.", actor1=ISGS, actor2=FAMA),
        make_mention("a2", "Jihadists attacked the army.", actor1=ISGS, actor2=FAMA),
        make_mention("a3", "The army repelled jihadists.", actor1=FAMA, actor2=ISGS),
    ]
    event = build_event(mentions, {})
    assert (event.actor1, event.actor2) == (ISGS[0], FAMA[0])


def test_one_actor_on_both_sides_is_kept_only_when_no_other_side_is_named() -> None:
    rioters = ("Rioters (Kenya)", 5)
    rivals = [make_mention("a1", "Rival crowds of traders fought.", event_type="Riots", sub_event_type="Mob violence",
                           actor1=rioters, actor2=rioters)]
    assert (build_event(rivals, {}).actor1, build_event(rivals, {}).actor2) == (rioters[0], rioters[0])
    police = ("Police Forces of Kenya", 1)
    rivals.append(make_mention("a2", "Police broke up the fight.", event_type="Riots", sub_event_type="Mob violence",
                               actor1=rioters, actor2=police))
    assert build_event(rivals, {}).actor2 == police[0]


def test_no_mentions_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one mention"):
        build_event([], {})


def test_partial_counts_vague_words_and_whole_totals() -> None:
    def count(n: int, side: str, high: int | None = None, by: str | None = None) -> CountClaim:
        return CountClaim(kind="killed", low=n, high=high or n, side=side, attributed_to=by)  # type: ignore[arg-type]

    # "49 people died" and "3 civilians among them": a figure for no known side is a whole total.
    assert [t.low for t in source_totals([count(49, "unknown"), count(3, "civilians")], "killed", "a", DAY)] == [49]
    mentions = [make_mention("a1", "x"), make_mention("a2", "y"), make_mention("a3", "z")]
    mentions[0].counts = [count(40, "actor2")]
    mentions[1].counts = [count(1, "civilians", by="the mayor")]  # only the civilian: a partial count
    mentions[2].counts = [count(100, "unknown", high=999)]  # "hundreds"
    event = build_event(mentions, {})
    assert (event.fatalities, event.fatalities_low, event.fatalities_best, event.fatalities_high) == (40, 40, 40, 100)
    assert "1, 40, 100-999" in event.notes


def test_a_place_in_a_country_its_article_never_names_gives_way() -> None:
    bonn = Place(name="Bonn", country="Germany", country_code="DE", admin1="North Rhine-Westphalia",
                 latitude=50.73, longitude=7.1)
    mentions = [
        make_mention("a1", "Gunmen attacked the village on Friday.", date=DAY, place=bonn, geo_precision=3),
        make_mention("a2", "Fourteen villagers were killed in Mopti region.", date=DAY, place=place("Mopti"),
                     geo_precision=3),
    ]
    articles = {
        "a1": Article(id="a1", text="Gunmen killed villagers in central Mali on Friday.", published=DAY),
        "a2": Article(id="a2", text="In Mali's Mopti region, villagers were killed.", published=DAY),
    }
    event = build_event(mentions, articles)
    assert (event.location, event.country) == ("Mopti", "Mali")


def test_a_country_named_in_passing_is_doubted_and_most_reports_country_decides() -> None:
    sahel = Place(name="Sahel", country="Burkina Faso", country_code="BF", admin1="Sahel", latitude=14.0,
                  longitude=-0.5, feature_code="ADM1")
    mentions = [
        make_mention("a1", "Jihadists attacked two army camps.", date=DAY, place=sahel, geo_precision=3),
        make_mention("a2", "The camps were attacked at night.", date=DAY, place=place("Mopti"), geo_precision=3),
        make_mention("a3", "Two camps were attacked.", date=DAY, place=sahel, geo_precision=3),
    ]
    articles = {
        # a Malian report naming Burkina Faso once ("near the border with Burkina Faso")
        "a1": Article(id="a1", text="Two camps of the Mali army in Mali, near the border with Burkina Faso, were "
                                    "attacked.", published=DAY),
        "a2": Article(id="a2", text="Mali: the army of Mali lost camps in the Mopti region.", published=DAY),
        # a report naming both once: no country of its own, so its Burkinabe place stays credible
        "a3": Article(id="a3", text="Attack in Mali near Burkina Faso.", published=DAY),
    }
    event = build_event(mentions, articles)
    assert (event.location, event.country) == ("Mopti", "Mali")


def test_the_place_most_reports_name_beats_a_more_precise_misreading() -> None:
    # Two reports place the attack near Bandiagara (precision 2); one takes the Gao region it names in passing
    # for the place, precisely. Every report names Bandiagara; only one names Gao.
    mentions = [
        make_mention("a1", "Gunmen attacked a village near Bandiagara.", date=DAY, place=place("Bandiagara"),
                     geo_precision=2),
        make_mention("a2", "A village near Bandiagara was attacked.", date=DAY, place=place("Gao"), geo_precision=1),
        make_mention("a3", "Attackers struck near Bandiagara.", date=DAY, place=place("Bandiagara"), geo_precision=2),
    ]
    articles = {
        "a1": Article(id="a1", text="Gunmen attacked a village near Bandiagara in Mali.", published=DAY),
        "a2": Article(id="a2", text="A village near Bandiagara, far from Gao, was attacked in Mali.", published=DAY),
        "a3": Article(id="a3", text="Attackers struck near Bandiagara, Mali.", published=DAY),
    }
    event = build_event(mentions, articles)
    assert (event.location, event.geo_precision) == ("Bandiagara", 2)


def test_a_figure_its_source_says_was_replaced_gives_way_to_another_sources() -> None:
    mentions = [make_mention("a1", "x", killed=[(1, "actor2", None)]), make_mention("a2", "y")]
    replaced = Evidence(article_id="a2", start=0, end=1, quote="y", rule="count:killed:after+superseded")
    mentions[1].counts = [CountClaim(kind="killed", low=53, high=53, who="people", side="civilians",
                                     attributed_to="the government", evidence=replaced)]
    event = build_event(mentions, {})
    assert (event.fatalities, event.fatalities_best, event.fatalities_high) == (1, 1, 1)
    assert build_event(mentions[1:], {}).fatalities == 53  # alone, it is the only figure there is


def test_a_village_the_gazetteer_lacks_keeps_the_name_its_sources_give() -> None:
    mentions = [make_mention(f"a{i}", "Jihadists attacked the camp of Kolondi, in the Ménaka region.", date=DAY,
                             place=place("Menaka"), geo_precision=3) for i in (1, 2)]
    mentions[0].location.reported_name = mentions[1].location.reported_name = "Kolondi"  # type: ignore[union-attr]
    event = build_event(mentions, {})
    assert (event.location, event.geo_precision, event.location_reported) == ("Menaka", 3, "Kolondi")
    assert build_event(mentions[:1] + [make_mention("a3", "Clashes near Menaka.", date=DAY, place=place("Menaka"),
                                                    geo_precision=3)], {}).location_reported == "Kolondi"


def test_a_group_one_source_names_beats_the_gunmen_of_the_others() -> None:
    gunmen = ("Unidentified Armed Group (Mali)", 3)
    mentions = [make_mention(f"a{i}", "Terrorists attacked the post at Gao.", date=DAY, place=place("Gao"),
                             actor1=gunmen, actor2=FAMA) for i in (1, 2)]
    mentions.append(make_mention("a3", "The CMA said its fighters attacked the post at Gao.", date=DAY,
                                 place=place("Gao"), actor1=("Coordination of Azawad Movements", 2), actor2=FAMA))
    assert build_event(mentions, {}).actor1 == "Coordination of Azawad Movements"
    # the state on the other side is not "a named group": the majority's category stays
    flipped = [*mentions[:2], make_mention("a3", "Soldiers fought them.", date=DAY, place=place("Gao"),
                                           actor1=FAMA, actor2=gunmen)]
    assert build_event(flipped, {}).actor1 == gunmen[0]


def test_the_claimants_own_count_stays_in_the_ucdp_high_only() -> None:
    # "the group said it killed 30 soldiers" in one report, "4 soldiers were killed, the army said" in another:
    # ACLED and the best estimate take the army's figure, UCDP's high keeps the party's own
    boast = CountClaim(kind="killed", low=30, high=30, who="soldiers", side="actor2", attributed_to="the group",
                       evidence=Evidence(article_id="a1", start=0, end=1, quote="x",
                                         rule="count:killed:before+claimed"))
    mentions = [make_mention("a1", "x"), make_mention("a2", "y", killed=[(4, "actor2", "the army")])]
    mentions[0].counts = [boast]
    event = build_event(mentions, {})
    assert (event.fatalities, event.fatalities_low, event.fatalities_best, event.fatalities_high) == (4, 4, 4, 30)
    assert build_event(mentions[1:], {}).fatalities_high == 4


def test_an_event_in_uganda_names_the_district_as_its_first_level_area() -> None:
    arua = Place(name="Arua", country="Uganda", country_code="UG", admin1="Northern", admin2="Arua",
                 latitude=3.02, longitude=30.91, feature_class="P")
    mention = make_mention("a1", "Police dispersed traders in Arua on Monday.", date=DAY, place=arua)
    event = build_event([mention], {})
    assert (event.admin1, event.admin2) == ("Arua", None)  # as ACLED's exports name Uganda's areas


def test_sources_disagreeing_on_the_place_have_each_article_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The place rules (`_place_credible`, `_home`, `_most_named`) share one reading of each article; the Mali
    reports outnumber the one placing it in Burkina Faso."""
    from sitrep.resolve import build

    read: list[str] = []
    real = build.article_context

    def counted(text: str, *args: object) -> object:
        read.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "article_context", counted)
    day = dt.date(2024, 3, 4)
    texts = {"m1": "Gunmen attacked Gao in Mali on Monday.", "m2": "In Mali, an attack hit Gao on Monday.",
             "b1": "An attack hit Djibo in Burkina Faso on Monday."}
    articles = {i: Article(id=i, text=text, published=day) for i, text in texts.items()}
    mentions = [make_mention(i, text, date=day, place=place("Djibo" if i == "b1" else "Gao"))
                for i, text in texts.items()]
    event = build_event(mentions, articles)
    assert event.location == "Gao"
    assert sorted(read) == sorted(texts.values())
