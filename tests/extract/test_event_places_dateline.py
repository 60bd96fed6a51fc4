"""The dateline is where a story was filed, not where its event happened; the same town named again in the lead
is the event's place."""

from __future__ import annotations

from pathlib import Path

from report_events import file_events


def test_the_dateline_town_named_again_in_the_lead_places_the_event(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Attack near Gao\n\nGao, 14 March 2024 - Gunmen attacked an army post near "
                                        "Gao on Tuesday, killing four soldiers.\n")
    assert (event.location, event.country) == ("Gao", "Mali")


def test_a_dateline_alone_does_not_place_the_event(tmp_path: Path) -> None:
    (event, *_) = file_events(tmp_path, "Attack on an army post\n\nBAMAKO, 14 March 2024 - Gunmen attacked an army "
                                        "post near Douentza on Tuesday, killing four soldiers.\n")
    assert event.location == "Douentza"
