"""Session 12 (second actors pass): an acronym two actors share is the one of the report's country ("ANP" is
the Afghan National Police in Afghanistan, the Awami National Party in Pakistan); the agent of a passive trigger
("shot dead by a police officer") did that event, not the subject of a clause above it; an acronym restating a
name in brackets plays the name's role. Synthetic sentences; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract import extract_article
from sitrep.extract.actors import ActorKB
from sitrep.models import Article
from sitrep.nlp import load_pipeline


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
    ("text", "actor1"),
    [
        ("Angry youths set fire to a police station in Kano on Saturday after a trader was allegedly shot dead by a "
         "police officer.", "Police Forces of Nigeria"),
        ("Police arrested two suspects on Monday after a farmer was hacked to death by gunmen in Kaduna.",
         "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_the_agent_of_a_passive_killing_did_it(text: str, actor1: str) -> None:
    article = Article(id="r1", text=text, language="en", country="NG")
    events = extract_article(article, load_pipeline("en")(text)).events
    [killing] = [e for e in events if e.event_type == "Violence against civilians"]
    assert names(killing) == (actor1, "Civilians (Nigeria)")


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
    assert names(event) == ("Unidentified Armed Group (Burkina Faso)",
                            "VDP: Volunteers for the Defense of the Homeland")
