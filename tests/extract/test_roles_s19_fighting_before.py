"""Session 19: a force named in the fighting a capture came after ("took the town after three days of fighting with
the army") is the other side of the event; one named in a circumstance of no violence ("two days after the
withdrawal of the army") stays no side (tests/extract/test_actors_s13.py)."""

from __future__ import annotations

import pytest
from report_events import main_event

M23 = "M23: March 23 Movement"
ARMY = "Military Forces of Democratic Republic of Congo"


def _sides(text: str) -> tuple[str | None, str | None]:
    event = main_event(text, country="CD")
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels took the town of Kibumba on Friday after three days of fighting with the Congolese army.",
        "M23 rebels took the town of Kibumba on Friday after three days of fighting with the Congolese army. At "
        "least four civilians were killed by stray bullets during the fighting.",
    ],
)
def test_the_force_fought_before_a_capture_is_its_other_side(text: str) -> None:
    assert _sides(text) == (M23, ARMY)


def test_a_force_named_in_a_withdrawal_before_a_killing_is_no_side() -> None:
    text = ("M23 rebels killed three villagers near Kibumba on Friday, two days after the withdrawal of the Congolese "
            "army.")
    assert _sides(text) == (M23, "Civilians (Democratic Republic of Congo)")
