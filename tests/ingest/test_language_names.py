"""Short reports full of names keep the language of their other words (our own sentences)."""

from __future__ import annotations

import pytest

from sitrep.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # each of these read as Somali or Spanish when names were read too
        ("On 4 May 2021, Al Shabaab attacked an AMISOM base in Jowhar.", "en"),
        ("On 11 May 2021, Kenya Defence Forces killed 5 Al Shabaab militants in Boni Forest (Lamu).", "en"),
        ("Le 4 mai, Al Shabaab a attaqué une base de l'AMISOM à Jowhar.", "fr"),
        # names left out, the rest still tells the language
        ("Al Shabaab ayaa weeraray saldhig ciidamada AMISOM ee ku yaalla Jowhar, sida ay sheegeen dadka deegaanka.",
         "so"),
        ("Hombres armados de Al Shabaab atacaron una base de la AMISOM en Jowhar el domingo.", "es"),
    ],
)
def test_names_do_not_decide_the_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_report_made_almost_only_of_names_is_read_whole() -> None:
    # too few other letters to judge by: the whole text is read rather than nothing
    assert detect_language("Kenya Defence Forces, Al Shabaab, Boni Forest, Lamu County, Mandera") is not None
