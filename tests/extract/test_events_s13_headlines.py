"""A headline that sums the body's events ("Bomb blast, ambush leave 11 dead") gives no toll to either of them, nor
makes the body's figures shares of its total; "on the same day" is the day of the event told before, not the day
of publication (blind s19a, session 12). Synthetic reports written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2025, 6, 12)  # a Thursday


def _tolls(text: str) -> list[tuple[str, int | None, dt.date | None]]:
    extraction = extract(text, "en", PUBLISHED)
    return [
        (e.sub_event_type, next((c.low for c in e.counts if c.kind == "killed"), None), e.date.value)
        for e in extraction.events
    ]


def test_a_headline_listing_two_events_after_an_outlet_line_gives_neither_its_sum() -> None:
    text = (
        "Sahel Post, BAMAKO\n\n"
        "Bomb blast, ambush leave 11 dead in central Mali\n\n"
        "A roadside bomb killed six passengers on a bus near Boni on Wednesday, police said.\n\n"
        "Separately, jihadists ambushed a military convoy near Douentza on the same day, killing five soldiers, "
        "a security source said."
    )
    assert sorted(_tolls(text)) == [
        ("Armed clash", 5, dt.date(2025, 6, 11)), ("Remote explosive/landmine/IED", 6, dt.date(2025, 6, 11))]


def test_the_body_s_figure_at_a_place_is_no_share_of_the_headline_s_sum() -> None:
    text = (
        "Air strike in Sudan, shelling in Chad leave 14 dead\n\n"
        "An air strike killed nine people at a market in Mellit, in North Darfur, on Tuesday, residents said.\n\n"
        "In neighbouring Chad, shelling killed five civilians near Adré on the same day, officials said."
    )
    assert [toll for _, toll, _ in _tolls(text)] == [9, 5]


def test_a_headline_naming_one_event_keeps_its_toll() -> None:
    text = (
        "Gunmen kill 12 in northwest Nigeria\n\n"
        "Gunmen killed 12 people in an attack on the village of Kucheri in Zamfara State on Tuesday night, "
        "residents said. The attackers arrived on motorcycles and shot at villagers as they fled."
    )
    assert _tolls(text) == [("Attack", 12, dt.date(2025, 6, 10))]
