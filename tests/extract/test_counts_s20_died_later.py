"""A victim hurt in an attack who died of it later is one of its dead: told after a relative clause ("A herder who was
tortured by guards on Monday died in hospital on Tuesday"), in a clause opened by "where"/"while", some days later
("Days later the suspect died of his burns"), burnt alive, or hit by an officer "leading to her death" (which made
no event at all). Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from tests.extract.report_events import fatalities, main_type


def killed(text: str) -> list[tuple[int, bool]]:
    return [(c.low, c.additional) for c in find_counts(text, "en") if c.kind == "killed"]


def test_a_victim_told_with_a_relative_clause_who_died_later() -> None:
    text = "A herder who was tortured by border guards on Monday died at a district hospital on Wednesday."
    assert fatalities(text) == 1


def test_an_injured_victim_whose_main_verb_is_died_is_killed() -> None:
    text = ("A trader, who was wounded after being hit by a firebomb during an attack on a lorry in Ramnagar on "
            "Friday night, died at a city hospital on Saturday.")
    assert [(c.kind, c.low) for c in find_counts(text, "en")] == [("killed", 1)]


def test_injured_people_who_died_keep_their_figure() -> None:
    text = "Two people who were injured in the blast in Ramnagar died in hospital on Sunday."
    assert [(c.kind, c.low) for c in find_counts(text, "en")] == [("killed", 2)]


def test_the_injured_who_did_not_die_stay_injured() -> None:
    """Guard: the relative clause's victim lives; the death told after it is another's."""
    text = "A man who was injured in the blast said two neighbours had died."
    assert ("injured", 1) in [(c.kind, c.low) for c in find_counts(text, "en")]


def test_two_deaths_in_clauses_opened_by_where_and_while() -> None:
    text = ("Two gunmen attacked a lawyer and his clerk in Ramnagar on Monday. Both were taken to hospital, where "
            "the lawyer died before he could be treated while the clerk later succumbed to his wounds.")
    assert fatalities(text) == 2


def test_days_later_someone_else_than_the_dead_told_before_died() -> None:
    text = ("A mob set fire to the house of a suspected thief in Ramnagar on Monday, killing his two daughters. "
            "Some days later the suspect died of burns sustained in the fire.")
    assert fatalities(text) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed in the ambush near Ramnagar. The trader died later in hospital.",
        "Two people were killed in the ambush near Ramnagar. The driver died later in hospital.",
    ],
)
def test_a_later_death_that_may_be_one_of_the_dead_told_before_adds_none(text: str) -> None:
    """Guard: "men" and "people" may include the trader or the driver: one of them, not one more."""
    assert killed(text) == [(2, False), (1, False)]


def test_passengers_burnt_alive_are_killed() -> None:
    text = ("Three passengers were burnt alive when rioters set fire to a bus in Ramnagar early Monday. One more "
            "victim of the attack succumbed to his burns in hospital on Monday night.")
    assert fatalities(text) == 4


def test_a_marcher_who_died_later_is_one_dead() -> None:
    assert killed("Badly hurt, the marcher died later in hospital.") == [(1, False)]


@pytest.mark.parametrize(
    "text",
    [
        "A woman was hit by a police officer in Kisumu on Monday, leading to her death.",
        "A girl was hit in the head by a police officer using a baton in Kisumu on Monday, leading to her death.",
    ],
)
def test_a_blow_by_an_officer_leading_to_a_death_is_an_attack_with_one_dead(text: str) -> None:
    assert main_type(text) == ("Violence against civilians", "Attack")
    assert fatalities(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A man was hit by a police vehicle in Kisumu on Monday.",
        "A boy was hit by a police officer's car in Kisumu on Monday.",
    ],
)
def test_hit_by_a_forces_vehicle_is_no_attack(text: str) -> None:
    """Guard: a road accident, even with a police car, is no violence."""
    from sitrep import extract_text

    assert extract_text(text, published="2024-03-15", language="en") == []


def test_a_death_the_protest_is_about_stays_no_toll() -> None:
    """Guard: the hawker beaten and dead is what the traders protest."""
    text = "Traders protested in Ramnagar on Monday after a hawker who was beaten by county guards died in hospital."
    assert fatalities(text) is None
