"""Decision (session 18): a non-state group taking a place with no violence told is a non-violent transfer of
territory (ACLED codebook: a location acquired without a violent interaction), not a battle. A place taken by
force, a taking told with fighting or killing anywhere in the report, and the state's taking of a place stay
battles."""

from __future__ import annotations

import pytest
from report_events import extract, main_type

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
REGAINS = ("Battles", "Government regains territory")


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters took over Mokowe village on Sunday and preached at the mosque before leaving.",
    "Militants of the group overtook Kiunga village in Lamu on Tuesday night.",
    "Militiamen moved into Dodori village in large numbers, effectively \"taking over\" the village.",
    "Rebels took control of the market town of Ndala on Friday, residents said.",
])
def test_a_place_taken_with_no_violence_told_is_a_transfer(text: str) -> None:
    assert main_type(text) == TRANSFER


@pytest.mark.parametrize(("text", "expected"), [
    # Violence told in the taking's clause or in another sentence of the report.
    ("Al Shabaab fighters took over Mokowe village on Sunday, killing two police reservists.", OVERTAKES),
    ("Al Shabaab fighters took over Mokowe village on Sunday. Two police reservists were shot dead.", OVERTAKES),
    # The taking words themselves tell force.
    ("Rebels overran the army post at Ndala on Friday.", OVERTAKES),
    ("Rebels captured the market town of Ndala on Friday.", OVERTAKES),
    ("Rebels took control of Ndala on Friday after driving out the soldiers.", OVERTAKES),
    # The state taking a place regains territory, fighting told or not.
    ("Troops took control of the market town of Ndala on Friday.", REGAINS),
])
def test_a_place_taken_by_force_or_by_the_state_stays_a_battle(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected


def test_a_vehicle_overtaken_is_no_taking_of_territory() -> None:
    events = extract("A speeding bus overtook a lorry near Mokowe on Sunday.", "en", None).events
    assert not any(e.sub_event_type in {TRANSFER[1], OVERTAKES[1]} for e in events)
