"""A lead naming no place but "the town" means the dateline's town; a dateline town alone still gives the
country, whatever the NER model tags the dateline's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_events import file_events

from sitrep.geo import get_geocoder


def test_the_town_of_the_lead_is_the_datelines(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Dozens killed in attack on army base\n\nDJIBO (AP) — Islamic extremists "
                                        "attacked soldiers at the town's airstrip on Sunday, killing at least 12 "
                                        "people, officials said.\n")
    assert (event.location, event.admin1, event.country) == ("Djibo", "Sahel", "Burkina Faso")


def test_a_dateline_alone_gives_its_country(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Dozens killed in attack on army base\n\nDJIBO (AP) — Islamic extremists "
                                        "attacked soldiers at an army post on Sunday, killing at least 12 people, "
                                        "officials said.\n")
    assert (event.country, event.geo_precision, event.location) == ("Burkina Faso", 3, "Burkina Faso")


def test_the_town_of_a_report_about_another_country_is_not_the_datelines(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Soldiers killed in Somalia\n\nNAIROBI (AP) — Militants attacked soldiers "
                                        "at the town's airstrip in Somalia on Sunday, killing 12, officials said.\n")
    assert event.location != "Nairobi"


@pytest.mark.parametrize("text", ["DJIBO (AP) — Islamic extremists attacked soldiers.",
                                  "Djibo (AP) — Islamic extremists attacked soldiers."])
def test_a_dateline_town_is_a_place_whatever_the_ner_tags_it(text: str) -> None:
    assert [(t.text, t.place.name if t.place else None) for t in get_geocoder().find_toponyms(text)][0][1] == "Djibo"
