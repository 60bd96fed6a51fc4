"""Session 25: a town's press club ("outside the Larkana Press Club") stands in that town, as its university or
police station does (`institution_words`): the protest held there is in the town, not in the province whose
government it protests against; the national press club ("the National Press Club", Bangladesh's "Jatiya Press
Club") stands in the capital (`capital_institutions`). The team's own sentences; embedded default gazetteer."""

from __future__ import annotations

import pytest
from report_events import main_event


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Teachers staged a protest outside the Larkana Press Club on Monday against the Sindh government for "
     "withholding their salaries.", "PK", "Larkana"),
    ("Members of a civil society group staged a protest at the National Press Club on Monday against the killing of "
     "a journalist.", "PK", "Islamabad"),
    ("Garment workers formed a human chain in front of the Jatiya Press Club on Monday demanding their unpaid wages.",
     "BD", "Dhaka"),
])
def test_a_protest_at_a_press_club_is_in_its_town(text: str, country: str, name: str) -> None:
    place = main_event(text, "en", country).location
    assert place is not None and place.place.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Lawyers protested outside the Peshawar Press Club on Monday against the arrest of a colleague.", "Peshawar"),
    ("Officials told reporters at the Karachi Press Club that farmers had protested in Hyderabad on Monday.",
     "Hyderabad"),
])
def test_a_towns_own_press_club_or_where_the_event_was_stays(text: str, name: str) -> None:
    place = main_event(text, "en", "PK").location
    assert place is not None and place.place.name == name
