"""Tense and framing in short reports (ACLED notes, wire briefs): the historical present of one dated sentence is
the event, a timeline told in the present is not; an announced or threatened event is none; a date that opens a
note dates its event even when it hangs off "claimed"; a strike its opening places is its event. Synthetic reports
written for these tests; real spaCy.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, main_event


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On 4 July 2016, parents hold a demonstration in Kisii against the sacking of school principals."),
        ("en", "Traders and their supporters protest outside the county offices in Nakuru on April 19, 2017 over "
               "the outcome of a nomination."),
        ("fr", "Le 16 janvier 2013, des commerçants organisent une manifestation devant la mairie de Gao contre une "
               "nouvelle taxe."),
    ],
)
def test_one_dated_sentence_in_the_present_is_the_event(language: str, text: str) -> None:
    events = extract(text, language, None).events
    assert [e.event_type for e in events] == ["Protests"]
    assert events[0].date.value is not None and events[0].date.value.year in {2013, 2016, 2017}


def test_timeline_going_on_in_the_present_is_background() -> None:
    text = (
        "Le 16 janvier 2013, des hommes armés attaquent un site gazier près d'In Amenas, dans le sud-est algérien. "
        "Ils prennent en otage des dizaines d'employés étrangers."
    )
    extraction = extract(text, "fr", None)
    assert extraction.events == []
    assert any(b.rule.endswith("historical-present") for b in extraction.background)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Teachers will hold a protest in Nairobi tomorrow over delayed salaries."),
        ("en", "Nurses plan to strike in Kisumu on Monday over unpaid allowances."),
        ("en", "Residents threatened to demonstrate in Eldoret if the road is not repaired."),
        ("en", "The union is going to stage a demonstration in Mombasa on Friday."),
        ("en", "Youths will be protesting in Kisumu on Monday."),
        ("fr", "Les enseignants menacent de manifester lundi à Bamako."),
        ("fr", "Les commerçants vont manifester demain à Bamako."),
        ("fr", "Les syndicats manifesteront jeudi à Bamako."),
        ("fr", "Une marche est prévue samedi à Niamey."),
    ],
)
def test_an_announced_event_is_no_event(language: str, text: str) -> None:
    assert extract(text, language, dt.date(2024, 3, 13)).events == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Teachers held a protest in Nairobi on Monday over delayed salaries."),
        ("en", "Traders went to protest at the county offices in Nakuru on Monday."),
        ("en", "Gunmen attempted to attack a police post in Mandera on Monday, killing one officer."),
        ("en", "Police said they will investigate the attack in which gunmen killed three people in Lamu."),
        ("fr", "Les jeunes ont manifesté hier à Gao contre les coupures d'électricité."),
        ("fr", "Les jeunes ont organisé une manifestation devant le gouvernorat de Gao."),
    ],
)
def test_a_done_event_beside_future_words_stays(language: str, text: str) -> None:
    assert len(extract(text, language, dt.date(2024, 3, 13)).events) == 1


def test_announced_second_protest_does_not_add_an_event() -> None:
    text = "Teachers held a protest in Nairobi on Monday. They will hold another protest in Kisumu next week."
    assert len(extract(text, "en", dt.date(2024, 3, 13)).events) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around December 16 2019, Al Shabaab claimed it killed 9 people in a village near Garissa town.",
         dt.date(2019, 12, 16)),
        ("24 September 2018: Al Shabaab militants claim to have overrun a military base in Lamu County, killing "
         "ten soldiers.", dt.date(2018, 9, 24)),
        # the bracketed aside is no statement the date belongs to
        ("Around Jul 24th 2019 (no exact date reported) residents of Gatundu protested against the lack of a "
         "police investigation.", dt.date(2019, 7, 24)),
    ],
)
def test_date_opening_a_note_dates_its_event(text: str, value: dt.date) -> None:
    event = main_event(text, "en", "KE")
    assert event.date.value == value and event.date.precision == 1


def test_statement_date_later_in_a_report_does_not_date_the_event() -> None:
    text = "Gunmen killed three herders near Garissa. Police said on 16 December 2019 that they had made arrests."
    assert main_event(text, "en", "KE").date.value is None


def test_strike_placed_in_the_opening_of_a_long_note_is_its_event() -> None:
    """No day, no figure, four sentences (no brief): a strike the opening places is still the report's event."""
    text = (
        "A general strike called by traders against new taxes paralysed Srinagar on Saturday. Shops and offices "
        "stayed shut. Traffic was thin on the main roads. Schools remained closed as well."
    )
    event = main_event(text, "en", "IN")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.location is not None and event.location.place.name == "Srinagar"
