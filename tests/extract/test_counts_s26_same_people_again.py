"""Session 26: the dead told twice in one phrase, people joined to the ones before them, and killings that did not
happen (synthetic sentences, real find_counts and extraction).

- An apposition between commas tells the same people again: "killed a teacher, a father of three, in ..." is one
  death, "two suspects, a man and a woman, were shot dead" two (each item opens on a figure or an owner, the items add
  up to the figure, and the clause goes on after the closing comma). A list stays a list.
- "A commander and his three bodyguards were killed": the owner and his people, four; "One soldier from the army and
  four members of the militia were killed": the list goes on after the first victims' group, five.
- "attempts to kill", "tries to shoot dead", "threatens to lynch": the killing did not happen, in every tense.
"""

from __future__ import annotations

import pytest
from report_events import fatalities

from sitrep.extract.counts import find_counts


def _toll(text: str) -> int:
    return fatalities(text) or 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a teacher, a father of three, in Garissa.", 1),
        ("Bandits killed a herder, a young man from the village, near Baringo on Monday.", 1),
        ("Armed men killed a ward official, an unarmed elder associated with the chief, at a market in Kilifi.", 1),
        ("Police killed two suspects, a man and a woman, in Kisumu.", 2),
        ("Police shot dead two suspects, a man and his son, at a roadblock near Thika.", 2),
        ("Two people, a man and a woman, were killed in an attack in Kisumu.", 2),
        ("A trader, a mother of two, was killed by robbers in Thika.", 1),
        ("Des hommes armés ont tué deux commerçants, un homme et une femme, à Gao.", 2),
    ],
)
def test_an_apposition_tells_the_same_dead_again(text: str, expected: int) -> None:
    language = "fr" if text.startswith("Des ") else "en"
    assert (fatalities(text, language) or 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list, with or without a comma before its last item
        ("Raiders killed a herder, a trader, a teacher and a boy in Baringo.", 4),
        ("Gunmen killed a local chief, an elderly man, and his son in Wajir.", 3),
        # the items do not add up to the figure, or the clause does not go on after them
        ("Gunmen killed two soldiers, a civilian and a child, witnesses said.", 4),
        ("Police shot dead three suspects, a man and a woman, at a roadblock near Thika.", 5),
        # a name, then who the person was: one death as before
        ("Gunmen shot dead John Kamau, a teacher, in Garissa.", 1),
    ],
)
def test_a_list_between_commas_stays_a_list(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An alleged commander and his three bodyguards were killed in a police operation near Garissa.", 4),
        ("A farmer and his two wives were hacked to death in Wajir.", 3),
        ("Two militants and their three commanders were killed in an army raid near Mandera.", 5),
        ("One soldier from the army and four members of the militia were killed in fighting near Moyale.", 5),
        ("Three herders from the village and two police reservists were killed when raiders struck.", 5),
    ],
)
def test_people_joined_to_the_first_victims_are_counted_with_them(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a farmer and his three sons in Wajir.", 4),
        ("A chief was killed and his two sons were injured in an attack near Wajir.", 1),
        # an article is no head count: "an exchange of fire with police" is not one more dead
        ("In an exchange of fire with police, three militants were killed in Wajir.", 3),
        # "hundreds of cattle" counts no people, even joined by a comma
        ("100 raiders stole hundreds of cattle, 6 herdsmen killed.", 6),
    ],
)
def test_joined_words_that_are_no_victims(text: str, expected: int) -> None:
    assert _toll(text) == expected


def test_the_apposition_of_a_death_a_crowd_is_about_is_about_it_too() -> None:
    text = "Boda boda riders began rioting after a rider, a young man from Kisii, was lynched."
    killed = [c for c in find_counts(text, "en") if c.kind == "killed"]
    assert killed and all(c.grievance for c in killed)


@pytest.mark.parametrize(
    "text",
    [
        "A police officer attempts to assassinate an election official in Eldoret.",
        "A police officer tries to shoot dead a trader in Nakuru.",
        "Youths threaten to lynch two suspected thieves in Kisii.",
        "A gang plots to murder a businessman in Thika.",
        "A soldier attempted to kill a local official in Eldoret.",
    ],
)
def test_a_killing_tried_or_threatened_did_not_happen(text: str) -> None:
    assert not any(c.kind == "killed" for c in find_counts(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men attack a bus and kill two passengers in Mandera.", 2),
        ("A soldier killed a local official in Eldoret after he tried to flee.", 1),
    ],
)
def test_a_killing_that_happened_still_counts(text: str, expected: int) -> None:
    assert _toll(text) == expected
