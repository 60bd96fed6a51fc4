"""Session 10 rules on which clauses a report gives as news and how they group: a marker the clause cut left just
before a trigger, "the latest in a series" after one, funerals, violence told after an arrest, a participle that
tells what the event did, a bare "attacked" that comes "hours later", "the attack" after nothing but background.
Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday
VAC, BATTLE, ERV = "Violence against civilians", "Battles", "Explosions/Remote violence"


def _events(text: str, language: str = "en") -> list[tuple[str, dt.date | None]]:
    return [(e.event_type, e.date.value) for e in extract(text, language, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after its trigger, "the latest in a series" says the event is the newest one: news
        (
            "Gunmen shot dead two traders in Moyale on Monday, the latest in a series of attacks that have killed "
            "dozens of people in the county this year.",
            [(VAC, dt.date(2025, 3, 10))],
        ),
        # the marker the clause cut left right before the trigger ("two years since gunmen | killed")
        (
            "Hundreds of people marched in Kaya on Sunday to mark two years since gunmen killed 30 traders at the "
            "market.",
            [("Protests", dt.date(2025, 3, 9))],
        ),
        # the victims a funeral is of were killed before: no event on the funeral's day
        ("Crowds attended the burial on Tuesday of three rangers who were killed by poachers near Tsavo.", []),
        (
            "Des milliers de personnes ont assisté mardi aux funérailles des huit villageois tués par des jihadistes.",
            [],
        ),
    ],
)
def test_background_or_news(text: str, expected: list[tuple[str, dt.date | None]]) -> None:
    language = "fr" if " des " in text else "en"
    assert _events(text, language) == expected


def test_deaths_a_funeral_dates_to_a_day_are_news() -> None:
    text = "The funeral of six soldiers killed on Sunday in an ambush near Lamu was held in Nairobi on Tuesday."
    assert [day for _, day in _events(text)] == [dt.date(2025, 3, 9)]  # the type is typing's


def test_violence_at_a_funeral_is_news() -> None:
    found = _events("Youths rioted and burned two cars after the burial of a chief in Migori on Monday.")
    assert found == [("Riots", dt.date(2025, 3, 10))]


def test_violence_told_after_an_arrest_is_the_event() -> None:
    text = (
        "Police arrested three suspected robbers in Kitale on Monday. Two other suspects were shot dead as they "
        "tried to run away."
    )
    extraction = extract(text, "en", PUBLISHED)
    assert len(extraction.events) == 1
    assert extraction.events[0].event_type in {VAC, BATTLE}
    assert extraction.events[0].date.value == dt.date(2025, 3, 10)


def test_a_plan_told_after_an_arrest_stays_an_arrest() -> None:
    text = "Police arrested two foreigners in Nairobi on Monday. The men were allegedly planning an attack on a mall."
    assert kinds(extract(text, "en", PUBLISHED)) == [("Strategic developments", "Arrests")]


def test_gunmen_of_their_own_after_an_arrest_are_another_event() -> None:
    text = "Police arrested five suspects in Eldoret on Monday. Separately, gunmen killed a trader in Kapsabet."
    types = {e.event_type for e in extract(text, "en", PUBLISHED).events}
    assert VAC in types


def test_participle_tells_what_the_bombing_did() -> None:
    text = (
        "A roadside bomb exploded near a police post in Mogadishu's Hodan district on Monday, killing three police "
        "officers, a police spokesman said."
    )
    assert _events(text) == [(ERV, dt.date(2025, 3, 10))]


def test_hours_later_attack_of_another_kind_is_a_second_event() -> None:
    text = (
        "Jihadists killed six herders near Djibo on Monday. Hours later, the jihadists attacked an army post in "
        "the town, and soldiers fought them off."
    )
    assert _events(text) == [(VAC, dt.date(2025, 3, 10)), (BATTLE, dt.date(2025, 3, 10))]


def test_the_attack_after_only_background_is_that_past_attack() -> None:
    text = (
        "A court in Garissa on Tuesday jailed two men for a 2015 raid on a college in which 140 students were "
        "killed. The judge said the men had helped plan the attack."
    )
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cattle raiders clashed with police in Kapedo on Monday. Two raiders and two civilians were killed.",
        "Police and cattle raiders clashed in Kapedo on Monday. Two civilians were killed and two raiders were "
        "shot dead.",
    ],
)
def test_civilians_killed_in_a_clash_are_its_toll(text: str) -> None:
    """ACLED codes one battle with all four dead, not a battle and a killing of civilians."""
    assert _events(text) == [(BATTLE, dt.date(2025, 3, 10))]
