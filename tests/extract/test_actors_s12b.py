"""Session 12 (second actors pass): an acronym two actors share is the one of the report's country ("ANP" is
the Afghan National Police in Afghanistan, the Awami National Party in Pakistan); an acronym restating a name in
brackets plays the name's role. Synthetic sentences; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(
    ("country", "actor"),
    [
        ("PK", "ANP: Awami National Party"),
        ("AF", "Police Forces of Afghanistan"),
    ],
)
def test_a_shared_acronym_is_the_report_countrys_actor(kb: ActorKB, country: str, actor: str) -> None:
    text = "Unknown gunmen shot dead an ANP leader near his home on Monday."
    [anp] = [m for m in kb.find_mentions(text, "en", country) if m.text == "ANP"]
    assert anp.ref.name == actor


@pytest.mark.parametrize(
    "text",
    [
        "Dix Volontaires pour la défense de la patrie (VDP) ont été tués mardi dans une embuscade tendue par des "
        "hommes armés non identifiés près de Dori.",
        "Ten Volunteers for the Defense of the Homeland (VDP) were killed on Tuesday in an ambush by unidentified "
        "gunmen near Dori.",
    ],
)
def test_a_bracketed_acronym_plays_the_names_role(text: str) -> None:
    event = main_event(text, "fr" if text.startswith("Dix") else "en", "BF")
    assert names(event) == ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland")
