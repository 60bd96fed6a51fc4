"""French puts the day between a casualty verb and its figure ("ont tué mardi une vingtaine de civils"): the figure
is still the verb's object and the event's toll. A figure after another verb stays no toll."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Des militaires ont tué mardi une vingtaine de civils dans un village du cercle de Niono, selon des "
         "habitants.", 20),
        ("Des hommes armés ont tué dans la nuit de jeudi à vendredi six éleveurs près de Djibo, selon une source "
         "locale.", 6),
        ("Des hommes armés ont abattu hier soir trois commerçants sur la route de Kaya, a-t-on appris de sources "
         "sécuritaires.", 3),
    ],
)
def test_a_day_between_the_verb_and_its_figure(text, toll):
    assert fatalities(text, "fr") == toll


def test_a_figure_after_another_verb_is_no_toll():
    text = "Des hommes armés ont attaqué mardi 20 villages et tué deux civils près de Kaya, selon une source locale."
    assert fatalities(text, "fr") == 2
