"""A war's running toll told in the passive ('More than 7,000 people have been killed since the insurgency flared in
2004') is a recap, like its active form ('the insurgency has killed more than 40,000 people'): it is no news event
and its count is no event's toll (blind s23 s05 and s10 gave 6,000 and 7,000 dead to the reports' own events). So
are a year-to-date tally in a headline and a figure 'in the same period'. A news toll told in the passive perfect
stays news. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

from sitrep.extract.background import background_marker

FRIDAY = dt.date(2025, 3, 14)


def marker(text: str, trigger: str, language: str) -> str | None:
    return background_marker(text, (0, len(text)), text.index(trigger), language)


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        ("More than 7,000 people have been killed since an insurgency flared in the three provinces in 2004.",
         "killed", "en"),
        ("More than 6,000 people have been killed and over 600,000 displaced since then, a research group says.",
         "killed", "en"),
        ("Thousands of civilians have died in the fighting between the two armies.", "died", "en"),
        ("An estimated 1.5 million people have lost their lives in the war.", "lives", "en"),
        ("Plus de 6 000 personnes ont été tuées depuis le début de l'insurrection, selon une ONG.", "tuées", "fr"),
        ("Des milliers de civils ont péri dans ce conflit.", "péri", "fr"),
        # a year-to-date tally in a headline, and the figure for the same period after it
        ("Agency says more than 1,500 civilians killed in the northern provinces this year", "killed", "en"),
        ("More than 300 people had been abducted in the same period, the agency added.", "abducted", "en"),
        ("Plus de 300 personnes ont été enlevées sur la même période, selon l'agence.", "enlevées", "fr"),
        # the active form with any word of quantity before a count in the thousands, and a span of years
        ("The violence has killed nearly 3,000 people, according to the United Nations.", "killed", "en"),
        ("The conflict has claimed the lives of more than 6,000 people.", "claimed", "en"),
        ("The fighting has left at least 1,500 dead and thousands wounded.", "dead", "en"),
        ("An estimated 20,000 people were killed in the war between 2012 and 2016.", "killed", "en"),
        ("Les violences ont fait au moins 3 000 morts selon l'ONU.", "morts", "fr"),
    ],
)
def test_a_running_toll_in_the_passive_is_background(text: str, trigger: str, language: str) -> None:
    assert marker(text, trigger, language) is not None


@pytest.mark.parametrize(
    ("text", "trigger", "language"),
    [
        # a news toll told in the passive perfect, even a large one told by the day
        ("At least 30 people have been killed since Sunday in clashes between the two clans.", "killed", "en"),
        ("Twelve soldiers have been killed in the attack, the army said.", "killed", "en"),
        ("More than 120 people have died in the fighting in the town, doctors said on Friday.", "died", "en"),
        ("Au moins 30 personnes ont été tuées depuis dimanche dans les affrontements.", "tuées", "fr"),
        ("The attack has killed at least 30 people, officials said.", "killed", "en"),
        ("L'attaque a fait au moins 30 morts, selon des sources locales.", "morts", "fr"),
    ],
)
def test_a_news_toll_in_the_passive_stays_news(text: str, trigger: str, language: str) -> None:
    assert marker(text, trigger, language) is None


def test_a_running_toll_adds_no_dead_to_the_reports_shooting() -> None:
    text = ("Gunmen on a motorcycle shot dead a rubber tapper on his way home near the town of Kotabaru on Thursday "
            "evening, police said.\n\n"
            "More than 7,000 people have been killed since a separatist insurgency flared in the region in 2004, "
            "according to a monitoring group.")
    extraction = extract(text, "en", FRIDAY)
    assert [(e.sub_event_type, e.date and e.date.value) for e in extraction.events] == [
        ("Attack", dt.date(2025, 3, 13))]
    [event] = extraction.events
    assert max((c.high for c in event.counts if c.kind == "killed"), default=0) < 100
