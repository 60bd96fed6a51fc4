"""Within one report, a figure other sources give ("D'autres sources parlent de 32 morts", "Other sources spoke of
32 dead") is a competing claim of another authority, not the whole toll of which the lead's victims are a part:
ACLED codes the lowest (20), UCDP's high end keeps the other (32)."""

import datetime as dt

import pytest

from tests.extract.report_events import file_events

EN = """Twenty civilians killed in raid on village in central Mali

BAMAKO, June 9, 2025 (AFP) - Gunmen raided the village of Sindo in central Mali on Sunday, killing at least 20
civilians, local officials said. Other sources {verb} 32 dead.
"""
FR = """Au moins vingt civils tués dans l'attaque d'un village du centre du Mali

BAMAKO, 9 juin 2025 (AFP) - Des hommes armés ont attaqué dimanche le village de Sindo, dans le centre du Mali,
tuant au moins 20 civils, selon des élus locaux. D'autres sources {verb} 32 morts.
"""


@pytest.mark.parametrize(
    "text",
    [EN.format(verb="spoke of"), FR.format(verb="parlent de"), FR.format(verb="évoquent")],
)
def test_other_sources_figure_competes_with_the_lead_toll(tmp_path, text):
    (event,) = file_events(tmp_path, text)
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (20, 20, 32)
    assert event.event_date == dt.date(2025, 6, 8)


def test_a_generic_toll_the_same_source_gives_is_still_the_whole():
    """Guard: with no other source named, a generic figure is the whole toll and the victims a part of it."""
    from tests.extract.report_events import fatalities

    text = ("Gunmen raided the village of Sindo in central Mali on Sunday, killing at least 20 civilians and "
            "six members of a self-defence group. In all, 26 people died, local officials said.")
    assert fatalities(text) == 26
