"""Session-19: people shot dead by no one named, on no day of their own, in a report that opens with a demonstration,
died at that day's demonstration in the place their sentence names (ACLED: one demonstration event per location;
deaths at the hands of the force dispersing it are excessive force). A killing told with its attackers, or on a
day of its own, stays an attack on civilians."""

from __future__ import annotations

from pathlib import Path

from report_events import file_events

REPORT = """Police fire tear gas at fuel price protest in Mombasa

MOMBASA, March 4, 2025 (Wire) - Kenyan police fired tear gas on Tuesday to disperse hundreds of traders who blocked \
roads and burned tyres in central Mombasa over rising fuel prices.

{killing} in the Mtwapa area of Kilifi county, a human rights group said, while police said nine officers were hurt.

Traders also marched peacefully in Nyeri, witnesses said.
"""


def _coded(tmp_path: Path, killing: str) -> set[tuple[str, str, str, str | None, int | None]]:
    return {(str(e.event_date), e.sub_event_type, e.location or "", e.actor2, e.fatalities)
            for e in file_events(tmp_path, REPORT.format(killing=killing))}


def test_people_shot_dead_in_another_town_died_at_its_demonstration(tmp_path: Path) -> None:
    assert _coded(tmp_path, "At least three people were shot dead") == {
        ("2025-03-04", "Violent demonstration", "Mombasa", "Police Forces of Kenya", None),
        ("2025-03-04", "Excessive force against protesters", "Mtwapa", "Police Forces of Kenya", 3),
        ("2025-03-04", "Peaceful protest", "Nyeri", None, None),
    }


def test_a_killing_by_named_attackers_stays_an_attack(tmp_path: Path) -> None:
    kinds = {(sub, place) for _, sub, place, _, _ in _coded(tmp_path, "At least three people were shot dead by "
                                                                      "unknown gunmen")}
    assert ("Attack", "Mtwapa") in kinds


def test_a_killing_on_a_day_of_its_own_stays_an_attack(tmp_path: Path) -> None:
    kinds = {(day, sub, place) for day, sub, place, _, _ in _coded(
        tmp_path, "On Sunday, at least three people were shot dead")}
    assert ("2025-03-02", "Attack", "Mtwapa") in kinds
