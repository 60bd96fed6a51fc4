"""A source's figures for sides another source in the same report counts the same, beside more sides, restate those
parts ("two soldiers and eight militants were killed, the army's media office said ... killing eight of the
attackers, the press unit said"): not a lower count of the event. Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep import extract_text


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.fatalities_high) for e in extract_text(text, published="2024-03-15", language="en")]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed and eight militants were killed when rebels attacked an army convoy near Kalat on "
        "Thursday, the army's media office said. The Joint Press Unit said in a statement that troops had responded "
        "swiftly, killing eight of the attackers in a long gunfight.",
        "Militants attacked an army convoy near Kalat on Thursday. Two soldiers and eight militants were killed in the "
        "gunfight, a local official said. The army's press office said two soldiers were killed.",
    ],
)
def test_one_sides_figure_told_again_by_another_source_is_no_lower_total(text: str) -> None:
    assert _tolls(text) == [(10, 10)]


def test_guard_another_figure_for_a_side_still_competes() -> None:
    text = ("Militants attacked an army convoy near Kalat on Thursday. Two soldiers and eight militants were killed in "
            "the gunfight, the army said. Residents said that twelve of the attackers were killed.")
    assert _tolls(text) == [(10, 12)]
