"""One report's figures for the two sides of a fight add up; a breakdown between a toll and its verb, and a side
reporting its own kills in the past perfect, leave the toll read; those who died on the spot are a share of the toll
told before (synthetic sentences, English and French)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the victims' toll from the police and the attackers' dead from a police spokesman: one authority, summed
        ("Gunmen raided a guest house in Kismayo on Sunday, killing at least 12 guests, police said. A police "
         "spokesman said all four gunmen were shot dead.", "en", 16),
        # soldiers and assailants in one French headline-like clause: both sides' dead
        ("Trois gendarmes tués et six assaillants neutralisés lors de l'attaque d'un poste à Dori, dimanche.",
         "fr", 9),
        ("Troops killed 12 assailants in an attack on a camp near Dori on Sunday, while three soldiers died, the "
         "army said.", "en", 15),
        # a breakdown between a French toll and its verb is a part of it, not the toll
        ("Au moins vingt-cinq personnes, dont une dizaine de gendarmes, ont été tuées dimanche dans une attaque "
         "contre un poste à Dori.", "fr", 25),
        # an army reporting its own kills with a vague word: ACLED's 'several' = 10
        ("The Burkinabe army said it had killed several terrorists in air strikes near Dori on Sunday.", "en", 10),
    ],
)
def test_sides_and_parts_of_one_report(text: str, language: str, expected: int) -> None:
    assert fatalities(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vingt personnes, dont 8 soldats, 4 gendarmes et 8 civils, ont été tuées dimanche.", "fr", [20]),
        ("Douze personnes, y compris des enfants, ont été blessées.", "fr", []),  # injured, not killed
        ("Twenty people, including eight soldiers, were killed on Sunday.", "en", [20]),
    ],
)
def test_a_breakdown_between_commas_leaves_the_verb_to_the_toll(text: str, language: str, expected: list[int]) -> None:
    counts = find_counts(text, language)
    assert [c.low for c in counts if c.kind == "killed" and not c.included] == expected


@pytest.mark.parametrize(
    ("text", "figure", "grievance"),
    [
        ("The army said it had killed 14 militants near the border.", 14, False),
        ("The rebels claimed they had killed 14 soldiers near the border.", 14, False),
        ("Villagers lynched a man who had killed two people.", 2, True),  # a death before the lynching
    ],
)
def test_a_side_reporting_its_own_kills_is_no_grievance(text: str, figure: int, grievance: bool) -> None:
    (count,) = [c for c in find_counts(text, "en") if c.kind == "killed" and c.low == figure]
    assert count.grievance is grievance


@pytest.mark.parametrize(
    ("text", "included"),
    [
        ("Seven people died when a bomb hit a minibus near the market on Friday. Five people, among them a "
         "driver, died on the spot and 12 others were hurt.", True),
        ("Seven people died when a bomb hit a minibus on Friday. Five people were killed instantly.", True),
        ("Five people died on the spot when a bomb hit a minibus on Friday.", False),  # no larger toll before
    ],
)
def test_those_who_died_at_once_are_a_share_of_the_toll(text: str, included: bool) -> None:
    (five,) = [c for c in find_counts(text, "en") if c.kind == "killed" and c.low == 5]
    assert five.included is included
