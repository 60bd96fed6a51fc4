"""Session 17: ACLED names the Islamist militants the Libyan National Army fought in Benghazi's war (2014-2017) as
the Shura Council of Benghazi Revolutionaries (generic.yaml `regional_insurgencies`, bounded by `until`)."""

from __future__ import annotations

import pytest
from report_events import main_event

from sitrep.extract.actors import get_actor_kb

BRSC = "BRSC: Shura Council of Benghazi Revolutionaries"


@pytest.mark.parametrize(
    "text",
    [
        "On 22 June 2016, LNA troops clashed with militants in the Gwarsha district of Benghazi. Four soldiers died.",
        "Libyan National Army forces fought Islamist militants in Benghazi on 3 March 2015, killing six of them.",
    ],
)
def test_benghazi_militants_are_the_brsc(text: str) -> None:
    event = main_event(text, country="LY")
    assert {event.actor1.name, event.actor2.name} == {"Military Forces of Libya", BRSC}


@pytest.mark.parametrize(
    "text",
    [
        # after the war's end, elsewhere in Libya, or with no militant word the attackers stay unidentified
        "On 22 June 2019, LNA troops clashed with militants in the Gwarsha district of Benghazi. Four soldiers died.",
        "On 22 June 2016, LNA troops clashed with militants in Sabha. Four soldiers died.",
        "On 22 June 2016, a car bomb exploded outside a hospital in Benghazi, killing two people.",
    ],
)
def test_other_attackers_stay_unidentified(text: str) -> None:
    event = main_event(text, country="LY")
    assert BRSC not in {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert "Unidentified Armed Group (Libya)" in {event.actor1.name, event.actor2.name if event.actor2 else None}


def test_until_bounds_the_insurgency() -> None:
    import datetime as dt

    kb = get_actor_kb()
    found = kb.regional_insurgency("LY", "Banghāzī", dt.date(2016, 6, 22), "militants")
    assert found is not None and found.name == BRSC
    assert kb.regional_insurgency("LY", "Banghāzī", dt.date(2018, 3, 1), "militants") is None
    assert kb.regional_insurgency("LY", "Banghāzī", dt.date(2016, 6, 22), "gunmen") is None
