"""French army and press wording for tolls: "mis hors d'état de nuire" (a communiqué's word for killed, like
"neutralisés"), and "un premier bilan" (a first toll a later one replaces, like "le bilan initial"). Synthetic
sentences, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from tests.extract.report_events import fatalities


def killed(text: str) -> list[int]:
    return [c.low for c in find_counts(text, "fr") if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une dizaine d'assaillants en fuite ont été « mis hors d'état de nuire » par les frappes aériennes.", [10]),
        ("Douze terroristes ont été mis hors d'état de nuire lors de l'opération.", [12]),
    ],
)
def test_put_out_of_action_is_killed(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


def test_guard_repelled_attackers_are_no_toll() -> None:
    assert killed("Les assaillants ont été repoussés et mis en déroute par l'armée.") == []


def test_a_first_toll_gives_way_to_the_later_one() -> None:
    text = ("Des hommes armés ont attaqué le village de Kora dimanche. Un premier bilan communiqué dimanche soir par "
            "un responsable communal faisait état de neuf morts. Lundi, après la découverte de nouveaux corps, des "
            "sources locales ont évoqué au moins quatorze morts.")
    assert fatalities(text, "fr") == 14


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont attaqué le village de Kora dimanche. Un premier bilan fait état de neuf morts.",
        "Des hommes armés ont attaqué le village de Kora dimanche. Un bilan provisoire fait état de neuf morts.",
    ],
)
def test_guard_a_first_or_provisional_toll_alone_stands(text: str) -> None:
    assert fatalities(text, "fr") == 9
