"""Session 22: what a march wants stopped or looked into ("to demand an end to the abduction of critics", "an inquiry
into the killing", "une marche anti-enlèvements") names its grievance, not an event; the march is the event. An
abduction the report tells as news stays one. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

from report_events import extract, kinds


def test_a_march_demanding_an_end_to_abductions_is_a_protest() -> None:
    text = "Hundreds of students marched in Nakuru on Tuesday to demand an end to the abduction of activists."
    assert kinds(extract(text, "en", None)) == [("Protests", "Peaceful protest")]


def test_a_march_calling_for_an_inquiry_into_an_abduction_is_a_protest() -> None:
    text = "Residents marched in Nakuru on Tuesday to call for an investigation into the abduction of a local activist."
    assert kinds(extract(text, "en", None)) == [("Protests", "Peaceful protest")]


def test_anti_abduction_marchers_are_no_abduction() -> None:
    text = "Police fired tear gas at anti-abduction marchers in Nakuru on Tuesday."
    assert kinds(extract(text, "en", None)) == [("Protests", "Protest with intervention")]


def test_une_marche_pour_exiger_la_fin_des_enlevements_est_une_manifestation() -> None:
    text = "Des centaines de jeunes ont marché mardi à Bamako pour exiger la fin des enlèvements de militants."
    assert kinds(extract(text, "fr", None)) == [("Protests", "Peaceful protest")]


def test_an_abduction_told_as_news_stays_one() -> None:
    text = "Gunmen abducted five traders in Nakuru on Tuesday and demanded a ransom for their release."
    assert kinds(extract(text, "en", None)) == [("Violence against civilians", "Abduction/forced disappearance")]
