"""Session 19: what an attacker's spokesman says a strike aimed at is a claim about the site, no side hit, when the
report tells civilians killed: ACLED codes the civilians as actor2. A group the strike itself hit stays actor2."""

from __future__ import annotations

import pytest
from report_events import main_event

HOUTHIS = "Military Forces of Yemen Houthi"


def _sides(text: str) -> tuple[str | None, str | None]:
    event = main_event(text, country="YE")
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


def test_the_target_a_spokesman_names_is_no_side_when_civilians_died() -> None:
    text = ("Coalition air strikes hit a market in Sirwah on Tuesday, killing six civilians, medics said. A coalition "
            "spokesman said the strikes targeted Houthi ammunition stores.")
    assert _sides(text)[1] == "Civilians (Yemen)"


@pytest.mark.parametrize(
    "text",
    [
        # the strike hit the group itself
        "Coalition air strikes hit Houthi positions near Sirwah on Tuesday, killing six fighters.",
        # nobody says civilians were hit: the aim is all the report tells of the target
        "Coalition warplanes struck near Sirwah on Tuesday. A spokesman said the raids targeted Houthi commanders.",
    ],
)
def test_a_group_the_strike_hit_stays_its_target(text: str) -> None:
    assert _sides(text)[1] == HOUTHIS
