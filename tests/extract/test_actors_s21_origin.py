"""Session 21: armed men told as of another country's people ("assailants of Somali origin", "gunmen of Ethiopian
descent", "des hommes armés d'origine nigérienne") are that country's, as armed men said to come from it already
were (ACLED names an unidentified armed group by where it is from). Reports are synthetic, written for these tests;
real spaCy and actor knowledge base.
"""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    ("Three people were shot dead when armed assailants of Somali origin attacked a village in Kitui on Monday.",
     "en", "KE", "Unidentified Armed Group (Somalia)"),
    ("Gunmen of Ethiopian descent killed two herders near Moyale on Monday.", "en", "KE",
     "Unidentified Armed Group (Ethiopia)"),
    ("Des hommes armés d'origine nigérienne ont tué trois bergers lundi près de Ménaka.", "fr", "ML",
     "Unidentified Armed Group (Niger)"),
])
def test_armed_men_of_another_countrys_people_are_its_armed_group(text: str, language: str, country: str,
                                                                  expected: str) -> None:
    assert names(main_event(text, language, country=country))[0] == expected


def test_victims_of_another_countrys_people_do_not_move_the_attackers() -> None:
    text = "Gunmen killed two traders of Somali origin near Garissa on Monday."
    assert names(main_event(text, "en", country="KE"))[0] == "Unidentified Armed Group (Kenya)"


def test_armed_men_from_a_country_stay_as_before() -> None:
    text = "Gunmen from Ethiopia killed two herders near Moyale on Monday."
    assert names(main_event(text, "en", country="KE"))[0] == "Unidentified Armed Group (Ethiopia)"
