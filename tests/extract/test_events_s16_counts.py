"""A count of earlier events ("the third clash in the area this year") is no event of its own: the event it counts
is the one told before it, which stays news (session 16, blind s15 s05a and s08a)."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

SATURDAY_REPORT = dt.date(2019, 7, 8)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Gunmen killed two herders near Baragoi on Saturday, the third attack in the area this month.", "en",
         ("Violence against civilians", "Attack")),
        ("Gunmen killed two herders near Baragoi on Saturday. It was the second attack on herders in the county in "
         "less than a week.", "en", ("Violence against civilians", "Attack")),
        ("A suspected US drone fired two missiles at a compound in Datta Khel on Saturday, killing four militants. "
         "It was the third drone strike in the tribal region this year.", "en",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Des hommes armés ont attaqué le village de Boni samedi, tuant cinq civils. Il s'agit de la troisième "
         "attaque dans la zone cette année.", "fr", ("Violence against civilians", "Attack")),
    ],
)
def test_a_count_of_earlier_events_adds_no_event(text: str, language: str, kind: tuple[str, str]) -> None:
    extraction = extract(text, language, SATURDAY_REPORT)
    assert kinds(extraction) == [kind]
    assert extraction.events[0].date.value == dt.date(2019, 7, 6)


def test_the_clash_a_count_follows_in_its_sentence_stays_news() -> None:
    extraction = extract("Members of two communities fought with machetes in Kuresoi on Saturday until police "
                         "officers arrived \u2014 the third clash in the area this year.", "en", SATURDAY_REPORT)
    assert [e.date.value for e in extraction.events] == [dt.date(2019, 7, 6)]


def test_a_second_day_of_protest_is_no_count_of_past_events() -> None:
    extraction = extract("Protesters blocked roads in Kisumu on Monday for the second day in a row.", "en",
                         SATURDAY_REPORT)
    assert kinds(extraction) == [("Protests", "Peaceful protest")]
