"""A day the French parser tags as a verb ("a affirmé jeudi avoir neutralisé": "jeudi" VERB) still hangs off the
reporting verb: it dates the statement, and the attack takes its own day. Synthetic report written for this test."""

from __future__ import annotations

import datetime as dt

from report_events import extract


def test_a_statement_day_tagged_as_a_verb_does_not_date_the_attack() -> None:
    text = (
        "L'armée burkinabè a affirmé jeudi avoir « neutralisé » une vingtaine de terroristes lors d'une attaque "
        "repoussée mardi contre son détachement de Djibo, dans le nord du pays."
    )
    extraction = extract(text, "fr", dt.date(2025, 2, 14))  # a Friday
    assert [e.date.value for e in extraction.events] == [dt.date(2025, 2, 11)]
