"""How `extract_article` splits and folds events: one event per attacked place (ACLED's one location per event),
a date hung off the verb of a trigger noun, threatened attacks that did not happen, details of the main event
with nothing of their own, and earlier attacks told in passing. Synthetic reports, written for these tests; real
spaCy pipelines, geocoder, actor knowledge base, date and count readers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

# --- one event per place --------------------------------------------------------------------------------------


def test_two_camps_attacked_in_one_clause_are_two_events_fr() -> None:
    text = (
        "Dans la nuit du 2 au 3 mars 2021, des jihadistes ont attaqué les camps militaires de Tessit et de Tessalit, "
        "dans le nord du Mali. Douze soldats ont été tués dans ces deux attaques, selon l'armée."
    )
    extraction = extract(text, "fr", dt.date(2021, 3, 4))
    assert kinds(extraction) == [("Battles", "Armed clash")] * 2
    places = [e.location.place.name for e in extraction.events if e.location]
    assert places == ["Tessit", "Tessalit"]
    assert [e.date.value for e in extraction.events] == [dt.date(2021, 3, 2)] * 2
    # The toll of the two attacks stays with the first event; the second has no figure of its own.
    assert extraction.events[0].counts and not extraction.events[1].counts


def test_villages_named_again_later_are_separate_events_en() -> None:
    text = (
        "Gunmen killed at least 20 villagers in central Mali on Saturday, a local official said. "
        "The assaults on the villages of Ogossagou and Sobane took place before dawn. "
        "In Sobane, several houses were burned."
    )
    extraction = extract(text, "en", dt.date(2019, 3, 24))
    assert len(extraction.events) == 2
    assert extraction.events[1].date.value == dt.date(2019, 3, 23)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A list of hamlets the report never tells apart is one raid (the coder codes it once).
        pytest.param(
            "Gunmen on motorbikes attacked the villages of Ouro Kessa, Tanta and Kelmi in western Niger on Sunday, "
            "killing 30 people, the mayor said.", dt.date(2021, 3, 22), id="villages-listed-once"),
        # A stretch between two towns is one place.
        pytest.param(
            "Jihadists ambushed a military convoy on the road between Gao and Ansongo on Monday, killing four "
            "soldiers, the army said. In Gao, the army later reinforced its patrols, and in Ansongo the market "
            "closed.", dt.date(2020, 6, 2), id="stretch-between-two-towns"),
    ],
)
def test_places_the_report_does_not_tell_apart_are_one_event(text: str, published: dt.date) -> None:
    assert len(extract(text, "en", published).events) == 1


# --- dates, threats, details, passing mentions --------------------------------------------------------------


def test_date_hanging_off_the_verb_of_a_trigger_noun_dates_a_second_event() -> None:
    text = (
        "We condemn Friday's attack against the army camp in Tessit, where 20 soldiers were killed. "
        "The mission also reports that an improvised explosive device killed one peacekeeper from Chad on "
        "2 November in the vicinity of Aguelhok."
    )
    extraction = extract(text, "en", dt.date(2019, 11, 4))
    assert [k[0] for k in kinds(extraction)] == ["Battles", "Explosions/Remote violence"]
    assert [e.date.value for e in extraction.events] == [dt.date(2019, 11, 1), dt.date(2019, 11, 2)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les familles ont quitté le village par peur d'une attaque. La menace d'attaque pèse sur la région, "
         "selon les autorités locales.", "fr"),
        ("Residents fled the town this week over the threat of an attack by armed groups, officials said.", "en"),
    ],
)
def test_a_threatened_attack_is_no_event(text: str, language: str) -> None:
    assert extract(text, language, dt.date(2022, 5, 2)).events == []


def test_hostages_taken_during_the_assault_are_part_of_it() -> None:
    """A second armed clause with no date, place or figure of its own is a facet of the main event."""
    text = (
        "Des rebelles ont attaqué le camp militaire d'Aguelhok le 24 janvier 2012, a indiqué l'armée. "
        "Au préalable, les assaillants avaient pris en otage le personnel de l'école. "
        "Les combats ont duré plusieurs heures et une quarantaine de rebelles ont été tués."
    )
    extraction = extract(text, "fr", dt.date(2012, 1, 26))
    assert kinds(extraction) == [("Battles", "Armed clash")]


def test_an_earlier_attack_told_in_passing_is_background() -> None:
    text = (
        "Le mercredi 18 janvier 2012, des rebelles ont attaqué la ville de Tessalit et les combats ont duré "
        "jusqu'au soir, tuant une dizaine de soldats. "
        "Avec l'attaque du camp de Ménaka le mardi 17 janvier 2012, la peur s'était installée à Tessalit."
    )
    extraction = extract(text, "fr", dt.date(2012, 2, 3))
    assert [e.date.value for e in extraction.events] == [dt.date(2012, 1, 18)]
    assert any("before the report's main event, told in passing" in b.rule for b in extraction.background)


def test_attack_said_to_come_days_after_a_massacre_leaves_the_massacre_as_background() -> None:
    text = (
        "Des hommes armés ont tué au moins 30 civils dimanche 21 mars 2021 dans le département de Tillia. "
        "Cette attaque survient quelques jours après le massacre perpétré à Banibangou, qui avait fait 60 morts."
    )
    extraction = extract(text, "fr", dt.date(2021, 3, 23))
    assert len(extraction.events) == 1
    assert extraction.events[0].location is not None and extraction.events[0].location.place.name == "Tillia"
    # the span of time is a clause of its own, which names the past event (protest_types.PAST_EVENT)
    assert any("quelques jours après" in b.rule for b in extraction.background)


def test_pluperfect_after_a_background_sentence_goes_on_telling_the_past_event() -> None:
    text = (
        "Des jihadistes ont attaqué le camp militaire de Tessit vendredi 1er novembre 2019, tuant 20 soldats. "
        "Début octobre dernier, un bataillon de l'armée avait essuyé une attaque près de Boni. "
        "Pas moins de 38 soldats y avaient été tués par les assaillants."
    )
    extraction = extract(text, "fr", dt.date(2019, 11, 3))
    assert len(extraction.events) == 1
    rules = [b.rule for b in extraction.background]
    assert "background:marker:début octobre dernier" in rules
    assert "background:marker:pluperfect-after-background" in rules


def test_a_dated_day_of_last_month_is_news_not_background() -> None:
    """ "le 24 janvier dernier" is the usual French way to date a recent event."""
    text = "L'assaut des rebelles sur le camp de Tessalit le 24 janvier dernier a fait une quarantaine de morts."
    extraction = extract(text, "fr", dt.date(2012, 2, 13))
    assert [e.date.value for e in extraction.events] == [dt.date(2012, 1, 24)]
