"""Session 21 rules from long-form reports (blind s21): a recap of "a series of roadside bomb attacks" is background,
"after several hours of fighting" is the event's own length and no earlier event, and a year in a relative clause
that the trigger is outside of does not date the event. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _events(text: str, language: str = "en") -> list[tuple[str, dt.date | None, str | None]]:
    return [(e.event_type, e.date.value, e.location.place.name if e.location and e.location.place else None)
            for e in extract(text, language, PUBLISHED).events]


def test_a_series_of_attacks_with_their_kind_is_background() -> None:
    text = ("Two rangers were killed when their truck hit a landmine near Garsen on Tuesday, the police said. The "
            "militants have carried out a series of roadside bomb attacks on security forces in Lamu and Tana River "
            "counties this year.")
    assert _events(text) == [("Explosions/Remote violence", dt.date(2025, 3, 11), "Garsen")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Gunmen carried out a series of coordinated raids on three villages near Lokichogio on Monday, killing nine.",
     "Violence against civilians"),
    ("A wave of deadly raids on villages near Baidoa left 14 people dead on Sunday, officials said.",
     "Violence against civilians"),
    # told in the simple past, the series is the news (an ACLED note has no day)
    ("Insurgents staged a series of simultaneous bomb attacks on police posts across three districts of Yala.",
     "Explosions/Remote violence"),
])
def test_a_series_told_as_news_is_the_news(text: str, kind: str) -> None:
    assert [found for found, _, _ in _events(text)] == [kind]


HOURS_OF_FIGHTING = (
        "Fighting between the Congolese army and M23 rebels around the town of Kiwanja, in North Kivu's "
        'Rutshuru territory, left at least 12 rebels dead on Sunday, an army spokesman said, as the rebels '
        'tried to cut the road to the border.'
        "\n\n"
        'Major Paul Mbala, the army spokesman for the province, said soldiers backed by local Wazalendo '
        'militias had pushed back an M23 attack on army positions on the hills north of Kiwanja after several'
        ' hours of fighting. "The enemy suffered heavy losses. We counted 12 bodies on the battlefield," he '
        "said. He gave no figure for the army's own losses."
        "\n\n"
        'On Monday, shells fired from positions held by the M23 landed in a camp for displaced people on the '
        'edge of Goma, killing four people, the provincial government said. Civil society groups put the toll'
        ' at six. The M23 denied firing on the camp.'
)


def test_hours_of_fighting_are_the_events_own() -> None:
    # the spokesman's "after several hours of fighting" had made an undated third event of the Sunday clash
    assert [(kind, day) for kind, day, _ in _events(HOURS_OF_FIGHTING)] == [
        ("Battles", dt.date(2025, 3, 9)), ("Explosions/Remote violence", dt.date(2025, 3, 10))]


def test_days_of_fighting_before_the_news_are_still_read_as_before() -> None:
    text = ("Residents fled Kiwanja on Monday after two days of fighting between the army and M23 rebels killed nine "
            "civilians, a local official said.")
    assert [(kind, day) for kind, day, _ in _events(text)] == [("Battles", dt.date(2025, 3, 10))]


def test_a_year_in_a_relative_clause_does_not_date_the_strike() -> None:
    text = ("On Tuesday, a drone strike by the army hit a market in Nyala, the capital of South Darfur state, which "
            "the rebels have held since late 2023, killing six civilians, a monitoring group said.")
    [strike] = extract(text, "en", PUBLISHED).events
    assert (strike.date.value, [(c.kind, c.low) for c in strike.counts]) == (dt.date(2025, 3, 11), [("killed", 6)])


def test_gunmen_who_have_terrorised_an_area_since_a_year_are_news() -> None:
    # the year in the relative clause of the doers (the marker's own rule already said so) had dated the killing
    text = "Gunmen who have terrorised the area since 2021 killed three traders near Wajir on Monday."
    assert [(kind, day) for kind, day, _ in _events(text)] == [("Violence against civilians", dt.date(2025, 3, 10))]


def test_a_year_that_dates_the_clause_is_still_past() -> None:
    assert _events("In 2023, gunmen killed three traders near Wajir, which lies near the border.") == []
