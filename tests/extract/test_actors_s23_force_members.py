"""Words naming a force through the men it is made of ("five personnel of the CRPF were killed", "trois éléments de
la gendarmerie ont été tués") take those men's role, as words completing a vehicle or a convoy do: the force was hit.
An armed group's men among the dead still tell no side. Synthetic reports written for these tests; real spaCy and
actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, names


def _main(text: str, language: str) -> tuple[str | None, str | None]:
    events = extract(text, language, dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Five personnel of the CRPF were killed on Tuesday when Maoists detonated a landmine under their truck near "
     "Sukma, in Chhattisgarh, police said.", "en",
     ("CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India")),
    ("Trois éléments de la gendarmerie nationale ont été tués lundi lorsque leur véhicule a sauté sur une mine "
     "artisanale près de Djibo, dans la province du Soum, a-t-on appris de sources sécuritaires.", "fr",
     ("Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso")),
])
def test_a_force_named_through_its_men_was_hit(text: str, language: str, expected: tuple[str, str]) -> None:
    assert _main(text, language) == expected


def test_an_armed_groups_men_among_the_dead_keep_their_reading() -> None:  # guard
    text = ("Four members of Al Shabaab were killed on Monday when soldiers of the Kenya Defence Forces raided their "
            "hideout near Kiunga in Lamu county.")
    assert set(_main(text, "en")) == {"Al Shabaab", "Military Forces of Kenya"}
