"""Discourse rules of `extract_article` (extract/discourse.py): tolls told after the event, announced second
incidents, link headlines to other stories, timelines in the historical present, civilians killed apart from a
battle, context passages, and clauses that refer back to the event. Synthetic reports, written for these tests;
real spaCy pipelines, geocoder, actor knowledge base, date and count readers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds


def test_toll_line_naming_where_the_wounded_went_is_not_another_event() -> None:
    text = (
        "Des terroristes ont attaqué le camp militaire de Tessit le mardi 12 septembre 2023, a indiqué l'armée. "
        "Les soldats ont repoussé l'attaque après plusieurs heures de combats.\n\n"
        "Le bilan provisoire fait état de:\n\n"
        "- Côté amis: 5 morts et 8 blessés, tous évacués sur Gao.\n\n"
        "- Côté terroristes: 20 terroristes neutralisés à Tessit."
    )
    extraction = extract(text, "fr", dt.date(2023, 9, 13))
    assert kinds(extraction) == [("Battles", "Armed clash")]
    event = extraction.events[0]
    assert event.location is not None and event.location.place.name == "Tessit"
    assert {c.low for c in event.counts} >= {5, 20}


@pytest.mark.parametrize(
    ("text", "published", "announced"),
    [
        pytest.param(
            "A car bomb exploded near the main market in Mogadishu on Saturday, killing at least ten people, "
            "police said. The blast destroyed several shops. "
            "About two hours later, a second blast hit the Hodan district. "
            "No group has said it carried out the bombings.", dt.date(2021, 5, 9), "second blast", id="later"),
        # Still news beside a background passage.
        pytest.param(
            "A truck bomb exploded outside a hotel in Mogadishu on Saturday, killing 20 people, police said. "
            "The blast destroyed several buildings. "
            "A separate blast struck the Medina district two hours later. "
            "The militants have carried out regular attacks in the capital since 2011.", dt.date(2017, 10, 15),
            "separate blast", id="beside-background"),
    ],
)
def test_second_blast_announced_later_is_its_own_event(text: str, published: dt.date, announced: str) -> None:
    extraction = extract(text, "en", published)
    assert [k[0] for k in kinds(extraction)] == ["Explosions/Remote violence"] * 2
    assert extraction.events[1].trigger is not None and announced in extraction.events[1].trigger.quote


def test_second_statement_about_clashes_is_the_same_event() -> None:
    text = (
        "Gunmen attacked a hotel in Nairobi on Tuesday, killing at least 14 people, police said. "
        "Witnesses said people ran from the building. "
        "The group later released a second statement saying fierce clashes continued at the site."
    )
    extraction = extract(text, "en", dt.date(2019, 1, 16))
    assert len(extraction.events) == 1


def test_link_headline_to_a_story_abroad_is_not_an_event_of_the_report() -> None:
    text = (
        "More than 30 killed in attack on Burkina Faso village\n\n"
        "Gunmen killed more than 30 civilians in the village of Seytenga in northern Burkina Faso on Saturday, "
        "the government said.\n\n"
        "Related stories:\n\n"
        "Bandits kidnap 20 people in Katsina, Nigeria\n\n"
        "The army found more than 30 bodies after the attack, the spokesman said."
    )
    extraction = extract(text, "en", dt.date(2022, 6, 13))
    assert len(extraction.events) == 1
    assert extraction.events[0].location is not None and extraction.events[0].location.place.country_code == "BF"
    assert any(b.rule.endswith("link-headline") for b in extraction.background)


def test_timeline_in_the_historical_present_gives_no_event() -> None:
    timeline = (
        "Le 16 janvier 2013, des hommes armés attaquent un site gazier près d'In Amenas, dans le sud-est algérien. "
        "Ils prennent en otage des dizaines d'employés étrangers."
    )
    extraction = extract(timeline, "fr", None)
    assert extraction.events == []
    assert any(b.rule.endswith("historical-present") for b in extraction.background)
    news = timeline.replace("attaquent", "ont attaqué").replace("prennent", "ont pris")
    assert len(extract(news, "fr", None).events) == 1


def test_civilians_killed_by_fleeing_attackers_are_a_second_event() -> None:
    text = (
        "Dans la matinée du mardi 24 décembre 2019, une attaque terroriste a visé le détachement militaire de "
        "Djibo. Les soldats ont riposté et neutralisé 40 terroristes après plusieurs heures de combats. "
        "Dans leur fuite, les terroristes ont tué douze civils dans le village."
    )
    extraction = extract(text, "fr", None)
    assert kinds(extraction) == [("Battles", "Armed clash"), ("Violence against civilians", "Attack")]
    battle, civilians = extraction.events
    assert civilians.date is not None and civilians.date.value == dt.date(2019, 12, 24)
    assert civilians.location is not None and battle.location is not None
    assert civilians.location.place.name == battle.location.place.name == "Djibo"
    assert civilians.actor2 is not None and civilians.actor2.name.startswith("Civilians")


def test_civilians_hit_by_stray_bullets_stay_in_the_battle() -> None:
    text = (
        "Jihadists attacked an army base in Djibo on Tuesday and soldiers fought back for several hours, the "
        "army said. The attackers fled on motorbikes. Stray bullets killed two civilians in the town."
    )
    extraction = extract(text, "en", dt.date(2019, 12, 26))
    assert kinds(extraction) == [("Battles", "Armed clash")]


def test_undated_secondary_event_in_a_context_passage_is_background() -> None:
    text = (
        "Des hommes armés ont tué au moins 30 civils le 21 mars 2021 dans plusieurs villages du département de "
        "Tillia, a annoncé le gouvernement. Les assaillants ont incendié des maisons. "
        "Le ministre s'est rendu sur place. "
        "Mercredi, au moins treize personnes ont été tuées dans la région de Tillabéri. "
        "Cette région est régulièrement la cible d'attaques jihadistes."
    )
    extraction = extract(text, "fr", None)
    assert len(extraction.events) == 1
    assert any(b.rule.endswith("context-passage") for b in extraction.background)


def test_victims_killed_in_these_attacks_refer_back_to_the_event() -> None:
    text = (
        "Dans la nuit de lundi à mardi, des groupes jihadistes ont attaqué les camps militaires de Mondoro et "
        "de Boulkessi, dans la région de Mopti. Quarante soldats ont été tués dans ces deux attaques, selon un "
        "bilan officiel."
    )
    extraction = extract(text, "fr", dt.date(2019, 10, 2))
    # One event per camp (ACLED's one location per event), and the toll of "ces deux attaques" is no third one:
    # it stays with the first.
    assert len(extraction.events) == 2
    assert [c.low for c in extraction.events[0].counts] == [40] and not extraction.events[1].counts


def test_later_deaths_of_the_wounded_update_the_toll_of_the_event_told() -> None:
    text = (
        "Gunmen raided the village of Tessit on Tuesday and killed 9 civilians, a local official said.\n\n"
        "Residents buried the victims the next morning.\n\n"
        "Two of the wounded died overnight, the official added."
    )
    extraction = extract(text, "en", dt.date(2023, 9, 14))
    assert kinds(extraction) == [("Violence against civilians", "Attack")]
    assert extraction.events[0].date is not None and extraction.events[0].date.value == dt.date(2023, 9, 12)


def test_a_habitual_description_of_the_area_is_background() -> None:
    text = (
        "Gunmen raided the village of Tessit on Tuesday and killed 9 civilians, a local official said.\n\n"
        "The area has seen repeated violence between armed groups and self-defence militias."
    )
    extraction = extract(text, "en", dt.date(2023, 9, 14))
    assert kinds(extraction) == [("Violence against civilians", "Attack")]
