"""Two names joined by "and" before the victims' noun ("4 TTP and LI militants killed") are one phrase: the
figure counts its people and the verb after the noun tells their death (synthetic sentences, real spaCy)."""

from __future__ import annotations

from sitrep.extract.counts import find_counts


def killed(text: str) -> list[tuple[int, str | None]]:
    return [(c.low, c.who) for c in find_counts(text, "en") if c.kind == "killed"]


def test_two_groups_names_before_militants_killed() -> None:
    assert killed("4 TTP and LI militants killed and 3 injured in air strikes in the valley") == [(4, "militants")]


def test_two_clans_names_before_herders() -> None:
    assert killed("Raiders killed two Pokot and Turkana herders near the river.") == [(2, "herders")]


def test_a_name_after_and_with_no_name_before_is_another_victim() -> None:
    """Guard: "two soldiers and Colonel X": the "and" does not join two names, so the soldiers end the phrase."""
    assert killed("Gunmen killed two soldiers and Colonel Okello was wounded.") == [(2, "soldiers")]
