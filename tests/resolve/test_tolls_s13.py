"""ACLED's peaceful protests and protests dispersed without lethal force code no deaths: the deaths their reports
tell are what the crowd protests about (a protest met with lethal force is "Excessive force against protesters")."""

from __future__ import annotations

import pytest

from sitrep.models import CountClaim, EventMention, Evidence
from sitrep.resolve import build_event


def mention(sub_event_type: str) -> EventMention:
    evidence = Evidence(article_id="a1", start=0, end=5, quote="five people killed", rule="count:killed:after")
    counts = [CountClaim(kind="killed", low=5, high=5, who="people", evidence=evidence),
              CountClaim(kind="injured", low=3, high=3, who="people", evidence=evidence)]
    return EventMention(mention_id="a1#0", article_id="a1", event_type="Protests", sub_event_type=sub_event_type,
                        counts=counts)


@pytest.mark.parametrize(
    ("sub_event_type", "fatalities"),
    [("Peaceful protest", None), ("Protest with intervention", None), ("Excessive force against protesters", 5)],
)
def test_only_a_protest_met_with_lethal_force_has_a_toll(sub_event_type: str, fatalities: int | None) -> None:
    event = build_event([mention(sub_event_type)], {})
    assert (event.fatalities, event.fatalities_high, event.injured) == (fatalities, fatalities, 3)
    assert ("not this" in event.notes) is (fatalities is None)
    assert [c.value for c in event.claims if c.field == "fatalities"] == [5]  # the reports' figures stay claims
