"""Session 20: whom the news was learned from ("a-t-on appris auprès des autorités locales", "AFP learned from
local authorities") is the source, no side of the event, as "according to local authorities" already was. Reports
are synthetic, written for these tests; real spaCy and actor knowledge base."""

from __future__ import annotations

import pytest
from report_events import main_event, names

JIHADISTS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des combattants de Boko Haram ont pillé hier soir un village proche de Kolofata avant d'incendier des "
         "cases, a-t-on appris auprès des autorités locales.", "fr"),
        ("Boko Haram fighters looted a village near Kolofata last night before setting fire to huts, AFP learned "
         "from local authorities.", "en"),
    ],
)
def test_the_authorities_the_news_came_from_are_no_side(text: str, language: str) -> None:
    assert names(main_event(text, language, country="CM")) == (JIHADISTS, None)


def test_authorities_attacked_stay_the_side_hit() -> None:
    text = "Boko Haram fighters attacked local authorities near Kolofata last night, burning the sub-prefect's office."
    assert names(main_event(text, "en", country="CM"))[1] == "Government of Cameroon"
