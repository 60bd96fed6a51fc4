"""Session 24: a bare killing word told after a demonstration and an arrest ("A commander said 20 people had been
arrested. Opposition leaders accused the police of killing a peaceful demonstrator") is the demonstration's death
told again, not how the arrest went: it joins the violent event the report told, and the accusers' "a peaceful
demonstrator" is the death already counted, not one more. Before, it joined the arrest into an undated Attack of the
police on civilians, whose armed violence made the report's other march (no day of its own) mere context, and the
riot's toll counted the demonstrator twice. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

from report_events import extract, fatalities, kinds

TUESDAY = dt.date(2024, 3, 12)
RIOT = ("Riots", "Violent demonstration")
MARCH = ("Protests", "Peaceful protest")
STRIKE_DAY = (
    "A protester was killed as police clashed with demonstrators enforcing a strike in Kisumu on Monday. "
    "The demonstrators burned tyres and threw stones at officers. A police commander said 20 people had been arrested. "
    "Opposition leaders accused the police of killing a peaceful demonstrator. "
    "In Eldoret, hundreds of opposition supporters marched through the town and dispersed peacefully."
)


def test_the_accusation_retells_the_riots_death() -> None:
    assert sorted(kinds(extract(STRIKE_DAY, "en", TUESDAY))) == [MARCH, RIOT]


def test_the_accused_killing_is_the_death_already_counted() -> None:
    text = ("A protester was killed as police clashed with demonstrators in Kisumu on Monday. Opposition leaders "
            "accused the police of killing a peaceful demonstrator.")
    assert fatalities(text) == 1


def test_violence_after_an_arrest_alone_is_how_it_went() -> None:
    """Guard: with no other violence told, the deaths after an arrest make it an attack (ACLED codes an arrest only
    when nothing else happened)."""
    text = "Police arrested seven suspects in Kisumu on Monday. Two others were shot dead while trying to escape."
    assert kinds(extract(text, "en", TUESDAY)) == [("Violence against civilians", "Attack")]


def test_an_accusation_alone_keeps_its_toll() -> None:
    """Guard: the accusation that is the report's only telling of the killing gives its toll."""
    assert fatalities("Residents of Kisumu accused the police of killing a hawker on Monday.") == 1
