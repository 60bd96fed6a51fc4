"""Attackers the report calls unidentified in so many words ("unidentified gunmen", "des hommes armés non
identifiés") are ACLED's Unidentified Armed Group even when the raid also took livestock, which otherwise makes
unnamed raiders a communal militia (the Kenyan convention for cattle raiders)."""

import pytest

from tests.extract.report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unidentified gunmen attacked the village of Sindo in central Mali on Sunday, killing 14 civilians. The "
         "attackers burned granaries and stole livestock before leaving.", "en"),
        ("Des hommes armés non identifiés ont attaqué dimanche le village de Sindo, dans le centre du Mali, tuant "
         "14 civils. Les assaillants ont incendié des greniers et emporté du bétail.", "fr"),
    ],
)
def test_unidentified_raiders_are_the_unidentified_armed_group(text, language):
    assert names(main_event(text, language)) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_unnamed_cattle_raiders_stay_a_communal_militia():
    """Guard: raiders nobody calls unknown are the country's communal militia."""
    text = ("Armed raiders attacked a village in Turkana county on Sunday, killing four herders and driving off "
            "200 cattle.")
    assert names(main_event(text, "en", country="KE"))[0] == "Unidentified Communal Militia (Kenya)"
