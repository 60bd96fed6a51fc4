"""The people a health or aid campaign aims at ("more than 200,000 children are targeted", "sont ciblés") are no
victims of an attack: blind s22b s05n, a measles campaign, was coded an Attack and linked to a market massacre.
A campaign's workers shot or targeted by armed men stay an attack (non_violence.yaml: force, and the campaign's
harm words are only those of aiming)."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2025, 5, 17)


def _types(text: str, language: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, language, SATURDAY).events]


@pytest.mark.parametrize(("text", "language"), [
    ("La campagne de vaccination contre la rougeole a été lancée mercredi à Tillabéri par le gouverneur. Plus de "
     "250 000 enfants âgés de 9 mois à 14 ans sont ciblés dans les treize départements de la région.", "fr"),
    ("The measles vaccination campaign was launched on Wednesday in Garissa by the county governor. More than "
     "200,000 children are targeted in the six sub-counties.", "en"),
])
def test_whom_a_vaccination_campaign_targets_is_no_event(text: str, language: str) -> None:
    assert _types(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Deux agents de vaccination ont été ciblés par des hommes armés lundi à Ménaka. La campagne de vaccination "
     "vise 100 000 enfants.", "fr"),
    ("Two polio vaccinators were shot in Bajaur on Monday, police said. The vaccination campaign targets 300,000 "
     "children in the district.", "en"),
])
def test_vaccinators_shot_or_targeted_by_armed_men_are_attacked(text: str, language: str) -> None:
    assert _types(text, language) == ["Attack"]
