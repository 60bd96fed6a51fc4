"""A report's own headline toll that is the sum of the sides' figures its sources give apart ("... leaves six dead";
four police officers, security sources said; two attackers, the mayor said) is their total: the attackers' dead are
not added to it again (UCDP high 6, was 8). A participle after the victims' noun ("four police officers guarding
it") is not their noun."""

from pathlib import Path

import pytest

from tests.extract.report_events import file_events

_REPORT = """ date 2023-05-10 Radio Kivu Nord, BENI

{title}

BENI - {body}
"""


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Prison attack in Beni leaves six dead",
         "Militiamen attacked the central prison in Beni, in North Kivu province, on Tuesday night, killing four "
         "police officers guarding it, security sources said.\n\nTwo attackers were killed in the exchange of fire, "
         "according to the town mayor."),
        ("Nord-Kivu : une attaque contre la prison de Beni fait six morts",
         "Des miliciens ont attaqué mardi soir la prison centrale de Beni, dans la province du Nord-Kivu, tuant "
         "quatre policiers qui la gardaient, a-t-on appris de sources sécuritaires.\n\nDeux assaillants ont été tués "
         "lors des échanges de tirs, selon le maire de la ville."),
    ],
)
def test_a_headline_toll_that_sums_the_sides_is_not_added_to(tmp_path: Path, title: str, body: str) -> None:
    [event] = file_events(tmp_path, _REPORT.format(title=title, body=body))
    assert (event.fatalities, event.fatalities_high) == (6, 6)


def test_a_headline_toll_beside_one_sides_figure_still_takes_the_attackers(tmp_path: Path) -> None:
    # guard: one authority, a headline toll the sides do not sum to: the attackers' dead add to it
    body = ("Militiamen attacked the central prison in Beni, in North Kivu province, on Tuesday night, killing four "
            "police officers, the mayor said. Two attackers were also killed, he said.")
    [event] = file_events(tmp_path, _REPORT.format(title="Prison attack in Beni leaves five dead", body=body))
    assert event.fatalities_high == 7
