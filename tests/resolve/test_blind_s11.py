"""Resolution rules found by the session-11 blind table: short stories of 2-4 synthetic reports each, by
different outlets, read end to end (ingest, extract, resolve).

Two events in one town a day apart (a battle on Sunday, a bombing on Monday) were one event; a report filed
from one town about an attack in another shared the story's names with an attack in the filing town.
"""

from __future__ import annotations

import datetime as dt

from sitrep.models import ActorRef, Article, EventMention, Evidence, Place
from sitrep.resolve import InMemoryResolver, build_event
from sitrep.resolve.context import article_context, name_key
from sitrep.resolve.synthetic import make_mention, place

SUNDAY = dt.date(2025, 3, 9)
MONDAY = dt.date(2025, 3, 10)
BOKO_HARAM = ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2)
MILITIA = ("Civilian JTF", 3)
ARMY = ("Military Forces of Nigeria", 1)

BASE = ("Lake Chad Wire, MAIDUGURI\n\nFive soldiers killed at Monguno base\n\nInsurgents attacked a military "
        "base in Monguno on Sunday, killing five soldiers.")
MOSQUE = ("Borno Daily, MAIDUGURI\n\nEight worshippers killed in Monguno mosque\n\nSuicide bombers struck a "
          "mosque in Monguno on Monday evening, killing eight worshippers, a militia member said.")


def _resolver() -> InMemoryResolver:
    return InMemoryResolver(threshold=0.45, window_days=3)


def _battle(article_id: str, day: dt.date, killed: int) -> object:
    return make_mention(article_id, "Insurgents attacked the base.", date=day, place=place("Monguno"),
                        actor1=BOKO_HARAM, actor2=ARMY, killed=[(killed, "actor2", None)])


def _bombing(article_id: str, day: dt.date, killed: int) -> object:
    return make_mention(article_id, "Suicide bombers struck a mosque.", date=day, place=place("Monguno"),
                        event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
                        actor1=("Unidentified Armed Group (Nigeria)", 3), actor2=MILITIA,
                        killed=[(killed, "civilians", None)])


def test_a_bombing_the_day_after_a_battle_in_the_same_town_is_another_event() -> None:
    r = _resolver()
    battle = r.add(_battle("a1", SUNDAY, 5), SUNDAY, context=article_context(BASE))
    bombing = r.add(_bombing("a2", MONDAY, 8), MONDAY, context=article_context(MOSQUE))
    assert battle.created and bombing.created
    assert len(r) == 2


def test_a_day_apart_one_event_still_merges_when_type_or_toll_agrees() -> None:
    # a night attack told as Sunday by one outlet and Monday by another: the same type, or the same toll
    r = _resolver()
    first = r.add(_battle("b1", SUNDAY, 5), SUNDAY, context=article_context(BASE))
    same_type = r.add(_battle("b2", MONDAY, 8), MONDAY, context=article_context(BASE.replace("Sunday", "Monday")))
    same_toll = r.add(_bombing("b3", MONDAY, 5), MONDAY, context=article_context(BASE))
    assert first.created
    assert same_type.event_id == first.event_id and same_toll.event_id == first.event_id


def test_the_same_day_another_type_and_toll_still_merge_when_victims_agree() -> None:
    # outlets code one attack as a battle or a bombing, with tolls of the day and of the next day
    r = _resolver()
    first = r.add(_battle("c1", SUNDAY, 5), SUNDAY, context=article_context(BASE))
    other = r.add(_bombing("c2", SUNDAY, 8), SUNDAY, context=article_context(BASE))
    assert other.event_id == first.event_id


KAYA_FILED = ("Agence Burkinabè, KAYA\n\nSix volunteers killed at Barsalogho\n\nSix volunteers were killed on "
              "Saturday in an attack on their position at Barsalogho, in the Centre-Nord region, a source said.")
KAYA_EVENT = ("Sahel Wire, OUAGADOUGOU\n\nGunmen kill nine civilians at Kaya market\n\nGunmen opened fire on a "
              "market in Kaya on Saturday, killing nine civilians, a security source said.")


def test_a_credit_line_and_a_dateline_are_no_story_names() -> None:
    names = article_context(KAYA_FILED).names
    assert name_key("barsalogho") in names and name_key("kaya") not in names
    assert name_key("agence") not in names
    lead = "GAO, 14 March (Reuters) - Gunmen attacked a convoy near Ansongo, officials said."
    assert name_key("ansongo") in article_context(lead).names and name_key("gao") not in article_context(lead).names
    # the town named again in the story is the story's
    again = KAYA_FILED + " Reinforcements were sent from Kaya."
    assert name_key("kaya") in article_context(again).names


def test_an_attack_filed_from_a_town_is_not_the_attack_in_that_town() -> None:
    r = _resolver()
    saturday = dt.date(2025, 9, 6)
    # the week's other reports: a name's rarity is counted among the articles seen
    for i, town in enumerate(("Djibo", "Dori", "Arbinda", "Gao")):
        r.add(make_mention(f"x{i}", "Soldiers were killed.", date=saturday - dt.timedelta(days=i + 2),
                           place=place(town), actor2=("Military Forces of Burkina Faso", 1)),
              saturday, context=article_context(f"Sahel Wire, OUAGADOUGOU\n\nSoldiers were killed near {town}."))
    village = r.add(make_mention("d1", "Six volunteers were killed.", date=saturday, place=place("Kaya"),
                                 geo_precision=3, event_type="Violence against civilians", sub_event_type="Attack",
                                 killed=[(6, "civilians", None)]), saturday, context=article_context(KAYA_FILED))
    market = r.add(make_mention("d2", "Gunmen opened fire on a market.", date=saturday, place=place("Kaya"),
                                event_type="Violence against civilians", sub_event_type="Attack",
                                killed=[(9, "civilians", None)]), saturday, context=article_context(KAYA_EVENT))
    assert village.created and market.created


def _actor(name: str, inter: int, country: str, rule: str) -> ActorRef:
    return ActorRef(name=name, inter_code=inter, country=country,
                    evidence=Evidence(article_id="x", start=0, end=8, quote="soldiers", rule=rule))


BALAD = Place(name="Balad", country="Iraq", country_code="IQ", admin1="Salah Al-Din", latitude=34.0148,
              longitude=44.1457, feature_class="P")
BELET_WEYNE = Place(name="Belet Weyne", country="Somalia", country_code="SO", admin1="Hiiraan", latitude=4.7358,
                    longitude=45.2036, feature_class="P")


def _base_attack(article_id: str, where: Place) -> EventMention:
    """Al-Shabaab storms a base; the soldiers are read as the forces of the country the place was found in."""
    mention = make_mention(article_id, "Al-Shabaab fighters stormed a military base, killing nine soldiers.",
                           date=dt.date(2026, 1, 11), place=where, killed=[(9, "actor2", None)])
    return mention.model_copy(update={
        "actor1": _actor("Al Shabaab", 2, "Somalia", "actor:alias"),
        "actor2": _actor(f"Military Forces of {where.country}", 1, str(where.country), "actor:generic:state_forces"),
    })


def test_soldiers_read_in_a_namesake_abroad_do_not_vouch_for_it() -> None:
    # "Beled Weyne" found as Balad (Iraq): the soldiers became Iraq's forces, and that vouched for Iraq
    r = _resolver()
    abroad = r.add(_base_attack("e1", BALAD), dt.date(2026, 1, 12),
                   context=article_context("Al-Shabaab attack on base in Beled Weyne kills 9 soldiers"))
    home = r.add(_base_attack("e2", BELET_WEYNE), dt.date(2026, 1, 12),
                 context=article_context("Heavy fighting at Belet Weyne army base"))
    assert abroad.created and home.event_id == abroad.event_id
    articles = {"e1": Article(id="e1", text="Al-Shabaab attack on base in Beled Weyne kills 9 soldiers"),
                "e2": Article(id="e2", text="Heavy fighting at Belet Weyne army base")}
    event = build_event([_base_attack("e1", BALAD), _base_attack("e2", BELET_WEYNE)], articles)
    assert event.country == "Somalia" and event.actor2 == "Military Forces of Somalia"
