"""A day hung on a verb of telling dates the telling, not an event. The reporting verbs are a family: a toll
"évoqué" / "mentioned" by sources the next day, or a survivor's account "raconté" / "recounted" the next day, is the
first day's attack, not a second event on the day it was told (blind s21b s03). A day hung on a deed stays that
deed's day."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 5, 21)  # a Tuesday
SUNDAY, MONDAY = dt.date(2024, 5, 19), dt.date(2024, 5, 20)


def _events(text: str, language: str) -> list[tuple[str, dt.date | None]]:
    return sorted((e.sub_event_type, e.date.value if e.date else None)
                  for e in extract(text, language, PUBLISHED).events)


def test_a_toll_evoked_the_next_day_is_the_attacks() -> None:
    text = ("Des hommes armés ont attaqué dimanche un hameau de la commune de Koumbri, dans la province du Yatenga. "
            "Lundi, après la découverte de nouveaux corps, des sources locales ont évoqué au moins douze morts et "
            "plusieurs blessés, admis à l'hôpital de Ouahigouya.")
    assert _events(text, "fr") == [("Attack", SUNDAY)]


def test_a_survivors_account_told_on_monday_dates_nothing() -> None:
    text = ("Des hommes armés ont attaqué dimanche un hameau de la commune de Koumbri et tué six cultivateurs. "
            "Lundi, un rescapé a raconté que les assaillants avaient incendié des greniers.")
    assert _events(text, "fr") == [("Attack", SUNDAY)]


def test_an_account_recounted_on_monday_dates_nothing() -> None:
    text = ("Gunmen attacked a hamlet near Koumbri, in Yatenga province, on Sunday and killed six farmers. On Monday, "
            "a survivor recounted how the attackers had set granaries on fire.")
    assert _events(text, "en") == [("Attack", SUNDAY)]


def test_a_second_attack_on_monday_keeps_its_day() -> None:
    text = ("Des hommes armés ont attaqué dimanche un hameau de la commune de Koumbri et tué six cultivateurs. "
            "Lundi, d'autres assaillants ont tué trois bergers près de Kongoussi.")
    assert _events(text, "fr") == [("Attack", SUNDAY), ("Attack", MONDAY)]


def test_a_second_attack_told_by_a_witness_keeps_its_day() -> None:
    text = ("Gunmen attacked a hamlet near Koumbri, in Yatenga province, on Sunday and killed six farmers. A witness "
            "said other gunmen killed three herders near Kongoussi on Monday.")
    assert _events(text, "en") == [("Attack", SUNDAY), ("Attack", MONDAY)]
