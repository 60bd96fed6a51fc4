"""A death a protest is about is not a casualty of the protest, however many words stand between them."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.counts import find_counts

PROTESTS = [
    ("Hundreds of traders protested in Kisumu on Thursday after two hawkers were killed in a road accident "
     "last month. The protest was peaceful, police said.", "en"),
    ("Des centaines de commerçants ont manifesté jeudi à Kayes après la mort de deux vendeurs tués dans un "
     "accident le mois dernier.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), PROTESTS)
def test_the_death_a_protest_is_about_is_a_grievance(text: str, language: str) -> None:
    (count,) = [c for c in find_counts(text, language) if c.kind == "killed"]
    assert count.low == 2 and count.grievance


@pytest.mark.parametrize(("text", "language"), PROTESTS)
def test_a_protest_over_a_death_reports_no_fatalities(text: str, language: str) -> None:
    (event,) = sitrep.extract_text(text, published="2024-03-15", language=language)
    assert event.event_type == "Protests"
    assert event.fatalities is None


@pytest.mark.parametrize(
    "text",
    [
        # what the protesters demand is about an earlier death
        "Some 300 traders blocked the highway in Kitale demanding compensation for the family of a hawker killed "
        "by a lorry.",
        "Students marched to the county offices demanding the arrest of the men who shot dead a lecturer.",
        "Residents took to the streets of Kilifi demanding answers about a boy who died in police custody.",
        # a vigil or an anniversary remembers the dead
        "Widows held a sit-in in Garissa remembering the six lives lost in the raid last year.",
        "Traders closed their shops in Moyale on the first anniversary of the raid in which four herders were killed.",
        "Youths rioted in Lamu upon learning of an operation that led to the death of a fisherman.",
        # the suspect a crowd wants arrested killed someone before the crowd gathered
        "Mourners said the suspect who killed the 30 year old farmer had not been arrested.",
        "Family members of a murdered teacher staged a sit-in outside the police station in Meru.",
        # the victim told at length after "after": the death that set off the riot
        "Boda boda riders began rioting after a rider, a young man from Kisii, was lynched.",
    ],
)
def test_a_death_the_crowd_is_there_for_is_a_grievance(text: str) -> None:
    killed = [c for c in find_counts(text, "en") if c.kind == "killed"]
    assert killed and all(c.grievance for c in killed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A family of four was killed when gunmen raided their home in Mandera.", 4),
        ("Protesters demanding the release of their leader clashed with police in Kisumu. Two were shot dead.", 2),
        ("Police shot dead two suspects who had robbed a bank in Thika.", 2),
    ],
)
def test_the_event_s_own_dead_stay_its_toll(text: str, expected: int) -> None:
    killed = [c for c in find_counts(text, "en") if c.kind == "killed"]
    assert expected in [c.low for c in killed] and not any(c.grievance for c in killed)
