"""A group that changed kind is read as what it was on the report's date: the Taliban are Afghanistan's state forces
from the fall of Kabul (15 August 2021), so in a later report "Taliban fighters" are the state and a suicide bomber
in a sentence naming them is not taken for them; before, they stay the insurgents. An accused only of letting or
helping others ("accuses the Taliban government of allowing the TTP to plan attacks") is no side of the violence.
Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names

from sitrep.extract.actors import get_actor_kb

AFGHAN_ARMY = "Military Forces of Afghanistan"
ISKP = "Islamic State Khorasan Province"


def _main(text: str, published: dt.date) -> tuple[str | None, str | None]:
    events = extract(text, "en", published).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


@pytest.mark.parametrize(("when", "expected"), [
    (dt.date(2024, 3, 5), AFGHAN_ARMY),
    (dt.date(2021, 8, 15), AFGHAN_ARMY),
    (dt.date(2021, 8, 14), "Taliban"),  # guard: the day before the fall of Kabul
    (dt.date(2016, 5, 1), "Taliban"),  # guard
])
def test_the_taliban_by_the_reports_date(when: dt.date, expected: str) -> None:
    [mention] = get_actor_kb().find_mentions("Taliban fighters sealed off the road.", "en", "AF", when=when)
    assert mention.ref.name == expected
    assert mention.ref.inter_code == (1 if expected == AFGHAN_ARMY else 2)


def test_a_bomber_beside_the_taliban_state_is_no_taliban_fighter() -> None:
    text = ("A suicide bomber blew himself up inside a mosque in Kunduz during Friday prayers, killing nine "
            "worshippers, a Taliban spokesman said. Taliban fighters cordoned off the area. The Islamic State Khorasan "
            "Province later said it had carried out the bombing.")
    assert _main(text, dt.date(2024, 10, 4)) == (ISKP, "Civilians (Afghanistan)")


def test_before_the_fall_of_kabul_taliban_fighters_attack_the_army() -> None:  # guard
    text = "Taliban fighters attacked an army checkpoint in Kunduz province on Monday, killing four soldiers."
    assert _main(text, dt.date(2019, 6, 4)) == ("Taliban", AFGHAN_ARMY)


def test_a_government_accused_of_letting_a_group_plan_attacks_is_no_side() -> None:
    text = ("Militants stormed a police post in Dera Ismail Khan, in Pakistan's Khyber Pakhtunkhwa province, on "
            "Monday, killing three policemen, officials said. Islamabad accused the Taliban government in Kabul of "
            "allowing the militants to plan attacks from Afghan soil.")
    assert _main(text, dt.date(2024, 5, 8))[1] == "Police Forces of Pakistan"


def test_the_accused_of_a_killing_did_it() -> None:  # guard
    text = "The family accused the police of killing their son in Kisumu on Sunday."
    assert _main(text, dt.date(2019, 6, 4))[0] == "Police Forces of Kenya"
