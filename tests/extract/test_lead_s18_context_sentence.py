"""A sentence that tells the event again only to set it in context ("The attack came despite peace talks between
the Taliban and the government in Doha") lends the event neither its place nor its parties."""

import pytest

from tests.extract.report_events import file_events

REPORT = """Insurgents kill five police in checkpoint attack

KUNDUZ, Afghanistan, Oct 12, 2020 (AP) - Taliban fighters attacked a police checkpoint on the outskirts of Kunduz
city late Sunday, killing five policemen, a provincial police spokesman said Monday. He said seven attackers were
also killed in the hour-long gunbattle.

{context}
"""


@pytest.mark.parametrize(
    "context",
    [
        "The attack came despite ongoing peace talks between the Taliban and the Afghan government in Doha, Qatar.",
        "The assault comes amid negotiations between the insurgents and the government in Doha, Qatar.",
    ],
)
def test_a_context_sentence_gives_no_place_or_actor(tmp_path, context):
    (event,) = file_events(tmp_path, REPORT.format(context=context))
    assert (event.location, event.actor1, event.actor2) == ("Kunduz", "Taliban", "Police Forces of Afghanistan")


def test_a_sentence_that_places_the_event_still_does(tmp_path):
    """Guard: the event told again with its own place ("The attack took place near the airport of Kunduz")."""
    text = REPORT.format(context="The attack took place near Kunduz airport, residents said.")
    (event,) = file_events(tmp_path, text)
    assert event.location == "Kunduz"
