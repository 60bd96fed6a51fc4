"""Sudan's Rapid Support Forces under their Arabic name, Quwat al-Da'm al-Sari' (with or without "Quwat", in the
spellings reports use), are the RSF in the actor knowledge base. Synthetic reports written for these tests; real
spaCy and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names

RSF = "RSF: Rapid Support Forces"
SHELLED = " shelled a camp for displaced people near Mellit, North Darfur, on Sunday, killing 14 civilians."


@pytest.mark.parametrize("doer", [
    "Fighters of the Quwat al-Da'm al-Sari'",
    "Al-Da'm al-Sari' militiamen",
    "Al-Dam'a al-Sari'a forces",
    "The Da’m al-Sari’ militia",
    "Al Daam Al Sarie fighters",
    "Quwwat al Dam al Sari fighters",
])
def test_the_arabic_name_is_the_rsf(doer: str) -> None:
    assert names(main_event(doer + SHELLED)) == (RSF, "Civilians (Sudan)")


def test_unnamed_gunmen_stay_unidentified() -> None:  # guard
    assert names(main_event("Unknown gunmen" + SHELLED)) == ("Unidentified Armed Group (Sudan)", "Civilians (Sudan)")
