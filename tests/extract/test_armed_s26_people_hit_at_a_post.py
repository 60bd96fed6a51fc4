"""Who was hit is read in the noun the parse gives the killing word, not in the phrase that tells where they were: "a
soldier shot dead a fisherman at a checkpoint" is the army's Attack on a civilian, not a battle with whoever holds
checkpoints (context.Report.target_span; blind s25 s09). A post of the forces named after "near", "outside", "près
du" is a place wherever the clause is read for its target (targets.ADDRESS). A phrase before the verb ("On Sunday,
...") is no target; what was fired ("fired shots at officers") is no side, the phrase after it is. People named by
their trade or age, and criminals named by their crime, are the target words' families. A member of the forces
counted among the hit ("including a member of the police") makes the attack a battle (targets.AMONG_HIT). Synthetic
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2025, 5, 17)


def _coded(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor2 and e.actor2.name) for e in extract(text, language, SATURDAY).events]


@pytest.mark.parametrize(("text", "language", "civilians"), [
    ("On Tuesday a soldier shot dead a fisherman at a checkpoint outside Pemba after an argument over a bribe.", "en",
     "Civilians (Mozambique)"),
    ("A policeman shot and wounded a hawker near the police station in Kisumu on Monday.", "en", "Civilians (Kenya)"),
    ("Gunmen killed a child and his mother at a roadblock near the army camp in Lamu on Friday.", "en",
     "Civilians (Kenya)"),
    ("Soldiers beat a motorcyclist at a checkpoint on the Mombasa highway on Wednesday.", "en", "Civilians (Kenya)"),
    ("Bandits shot a pastoralist near the KDF base in Isiolo on Thursday.", "en", "Civilians (Kenya)"),
    ("One person was shot dead at a police roadblock in Mathare on Sunday.", "en", "Civilians (Kenya)"),
    ("Mardi, un militaire a abattu un pêcheur à un poste de contrôle près de Pemba.", "fr", "Civilians (Mozambique)"),
    ("Des hommes armés ont tué un enseignant près du camp militaire de Djibo lundi.", "fr",
     "Civilians (Burkina Faso)"),
])
def test_people_hit_at_a_post_are_civilians(text: str, language: str, civilians: str) -> None:
    assert _coded(text, language) == [("Attack", civilians)]


@pytest.mark.parametrize("text", [
    "Police shot dead five suspected carjackers in Ruiru on Tuesday after a car chase.",
    "Kenya Wildlife Service rangers shot dead two poachers in Tsavo on Tuesday.",
])
def test_criminals_named_by_their_crime_are_an_armed_side(text: str) -> None:
    assert [sub for sub, _ in _coded(text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "On Tuesday, gunmen shot dead two police officers at a checkpoint outside Garissa.",
    "On Tuesday, gunmen attacked a police post near the market in Mandera.",
    "On Tuesday, police fired shots at officers of an anti-corruption unit who had come to arrest two colleagues in "
    "Nairobi.",
])
def test_forces_hit_at_their_post_are_still_fought(text: str) -> None:
    assert [sub for sub, _ in _coded(text)] == ["Armed clash"]


def test_a_date_before_the_verb_is_no_target() -> None:
    assert _coded("On Sunday, police shot and wounded a man in Likoni, accusing him of belonging to a gang.") == [
        ("Attack", "Civilians (Kenya)")]


@pytest.mark.parametrize(("text", "language"), [
    ("Gunmen attacked a bus near Mandera on Monday, wounding four people, including a member of the police.", "en"),
    ("Lundi, des hommes armés ont tué trois personnes, dont un membre des forces de sécurité, près de Djibo.", "fr"),
])
def test_a_member_of_the_forces_among_the_hit_makes_a_battle(text: str, language: str) -> None:
    assert [sub for sub, _ in _coded(text, language)] == ["Armed clash"]


def test_members_of_a_family_among_the_hit_stay_civilians() -> None:
    text = "Gunmen attacked a bus near Mandera on Monday, killing four people, including members of one family."
    assert _coded(text) == [("Attack", "Civilians (Kenya)")]
