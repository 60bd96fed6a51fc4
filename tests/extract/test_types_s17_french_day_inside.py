"""French puts the day between a compound verb and its object ("les FAMa ont repris samedi le contrôle de la ville
de Léré", "a repris samedi la ville"): territory changes told so were no event at all. The Azawad Liberation
Front (FLA, November 2024) is a rebel group of the knowledge base."""

import datetime as dt

import pytest

from tests.extract.report_events import extract

PUBLISHED = dt.date(2026, 4, 6)  # a Monday
REGAINS = ("Battles", "Government regains territory")


@pytest.mark.parametrize(
    "text",
    [
        "Les Forces armées maliennes (FAMa) ont repris samedi le contrôle de la ville de Léré, a annoncé l'état-major.",
        "L'armée malienne a repris samedi la ville de Léré aux rebelles du Front de libération de l'Azawad.",
        "Les FAMa ont repris dans la nuit de samedi le contrôle de Léré, selon l'armée.",
        "L'armée a repris samedi Léré, selon l'état-major.",
    ],
)
def test_a_day_between_verb_and_object_still_tells_the_retaking(text):
    extraction = extract(text, "fr", PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in extraction.events] == [REGAINS]
    assert extraction.events[0].date.value == dt.date(2026, 4, 4)


def test_the_retaking_from_the_fla_names_it():
    text = ("Les Forces armées maliennes ont repris samedi le contrôle de la ville de Léré, tombée mardi aux mains "
            "des rebelles du Front de libération de l'Azawad (FLA), a annoncé l'état-major.")
    (event,) = extract(text, "fr", PUBLISHED).events
    assert (event.event_type, event.sub_event_type) == REGAINS
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Mali", "FLA: Azawad Liberation Front")


def test_traffic_resuming_on_a_day_is_no_retaking():
    text = "Le trafic a repris samedi sur la route de Léré après trois jours d'interruption, selon des habitants."
    assert extract(text, "fr", PUBLISHED).events == []
