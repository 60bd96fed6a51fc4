"""Session 18: a side a convention supplied for want of words yields to the side another source names. One source
says only that a drone strike hit a vehicle (actor1 by default: the country's forces), another that a foreign
command carried it out: the event is that command's."""

from __future__ import annotations

from sitrep.models import ActorRef, EventMention
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention

US = ("Military Forces of the United States", 8)
SOMALIA = ("Military Forces of Somalia", 1)
SHABAAB = ("Al Shabaab", 2)


def _defaulted(mention: EventMention) -> EventMention:
    assert mention.actor1 is not None and mention.actor1.evidence is not None
    unnamed = "Unidentified" in mention.actor1.name
    rule = "actor1:default:" + ("unidentified-armed-group" if unnamed else "air-strike-state-forces")
    evidence = mention.actor1.evidence.model_copy(update={"rule": rule})
    actor1: ActorRef = mention.actor1.model_copy(update={"evidence": evidence})
    return mention.model_copy(update={"actor1": actor1})


def _strike(article_id: str, sentence: str, actor1: tuple[str, int]) -> EventMention:
    return make_mention(article_id, sentence, event_type="Explosions/Remote violence",
                        sub_event_type="Air/drone strike", actor1=actor1, actor2=SHABAAB)


def test_a_defaulted_side_yields_to_a_named_one() -> None:
    unowned = _defaulted(_strike("a1", "A drone strike hit a vehicle; it was not clear who carried it out.", SOMALIA))
    owned = _strike("a2", "The command said it had conducted the strike.", US)
    for order in ([unowned, owned], [owned, unowned]):
        assert build_event(order, {}).actor1 == US[0]


def test_two_named_sides_still_vote() -> None:
    one = _strike("a1", "Somali forces carried out the strike.", SOMALIA)
    two = _strike("a2", "Somali jets struck the vehicle.", SOMALIA)
    three = _strike("a3", "The command said it had conducted the strike.", US)
    assert build_event([one, two, three], {}).actor1 == SOMALIA[0]


def test_nobody_named_keeps_its_vote_against_a_misread_force() -> None:
    """Sources that name no bomber (an Unidentified Armed Group by default) outvote one whose "security forces"
    were read as the attackers."""
    unnamed = [_defaulted(make_mention(f"a{i}", "A truck bomb exploded at the junction.", event_type=
                                       "Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                                       actor1=("Unidentified Armed Group (Somalia)", 2))) for i in (1, 2)]
    misread = make_mention("a3", "The blast occurred as security forces were trailing the truck.",
                           event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                           actor1=SOMALIA)
    assert build_event([*unnamed, misread], {}).actor1 == "Unidentified Armed Group (Somalia)"
