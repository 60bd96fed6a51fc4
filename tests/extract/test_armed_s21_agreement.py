"""An agreement named beside violence its sentence tells as news is no event of its own: the violence is
(ACLED codes an agreement only when nothing violent is told). An agreement the main verb tells stays one."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Militiamen attacked the village of Kotile on Tuesday despite a ceasefire agreement signed last week "
         "between the two communities.", "en", "Violence against civilians"),
        ("The rebels, who signed a ceasefire agreement with the government, attacked an army base near Bunia on "
         "Friday.", "en", "Battles"),
        ("Rebels attacked army positions near Rutshuru on Sunday in violation of the cessation of hostilities.",
         "en", "Battles"),
        ("Malgré le cessez-le-feu, les rebelles ont attaqué une position de l'armée près de Kitchanga lundi.",
         "fr", "Battles"),
    ],
)
def test_violence_told_beside_an_agreement_is_the_event(text: str, language: str, expected: str) -> None:
    assert main_type(text, language)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rival clans signed a peace agreement in Garsen on Tuesday after attacks that killed twelve people last "
        "month.",
        "The two communities signed a peace agreement in Isiolo on Friday, ending months of fighting.",
    ],
)
def test_agreement_told_by_the_main_verb_stays_the_event(text: str) -> None:
    assert main_type(text) == ("Strategic developments", "Agreement")
