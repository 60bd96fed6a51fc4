"""Which event a figure belongs to: its clause, the place its sentence names, the event before it, or the event
told right after a figure given first; among events split by place, the place its sentence names alone
(synthetic reports, real spaCy)."""

from __future__ import annotations

import pytest

from sitrep.extract.context import Report
from sitrep.extract.counts import find_counts
from sitrep.extract.event_counts import assign_counts, owner_by_place
from sitrep.extract.events import extract_article, find_units, group_units
from sitrep.models import Article, Place, Toponym
from sitrep.nlp import load_pipeline


def report_of(text: str, language: str = "en") -> Report:
    article = Article(id="t1", text=text, language=language, source_format="text")
    return Report.build(article, load_pipeline(language)(text))


def owned_lows(text: str, language: str = "en") -> list[list[int]]:
    report = report_of(text, language)
    groups = group_units(find_units(report), report)
    counts = [c for c in find_counts(text, language) if c.kind == "killed"]
    return [[c.low for c in own] for own in assign_counts(groups, counts, report, 2)]


def test_a_figure_told_before_the_event_goes_to_it() -> None:
    assert owned_lows("Police found the bodies of four men near the river. They had been strangled to death.") == [[4]]
    assert owned_lows("La police a retrouvé les corps de trois hommes. Ils avaient été égorgés.", "fr") == [[3]]


def test_a_figure_far_before_every_event_is_left_out() -> None:
    text = "Nine people were counted. The market reopened. Prices rose. Gunmen later attacked a bus."
    assert all(not own for own in owned_lows(text))


def test_a_place_told_in_two_events_goes_to_the_one_told_mostly_there() -> None:
    text = "Gunmen attacked Alpha on Monday. Troops raided Beta. In Alpha, three villagers died."
    report = report_of(text)

    def toponym(name: str, start: int, geonameid: int) -> Toponym:
        place = Place(name=name, geonameid=geonameid, latitude=1.0, longitude=2.0)
        return Toponym(start=start, end=start + len(name), text=name, place=place)

    alpha, beta, alpha_again = toponym("Alpha", 16, 1), toponym("Beta", 47, 2), toponym("Alpha", 56, 1)
    report.toponyms = [alpha, beta, alpha_again]
    count = next(c for c in find_counts(text, "en") if c.kind == "killed")
    assert owner_by_place(report, count, [[alpha], [beta]]) == 0
    assert owner_by_place(report, count, [[beta], [alpha]]) == 1
    assert owner_by_place(report, count, [[beta], []]) is None
    assert owner_by_place(report, count, [[beta, alpha], [alpha]]) == 1
    assert owner_by_place(report, count, [[alpha], [alpha]]) is None


def event_lows(text: str, language: str = "en") -> list[list[tuple[int, int]]]:
    """Each event's killed figures (low, high), main event first."""
    article = Article(id="t1", text=text, language=language, source_format="text", country="ML")
    events = extract_article(article, load_pipeline(language)(text)).events
    return [[(c.low, c.high) for c in m.counts if c.kind == "killed"] for m in events]


SPLIT_EN = "Armed men attacked the villages of Kelbaro and Tinsaka on Saturday, the mayor said. "
SPLIT_FR = "Des hommes armés ont attaqué les villages de Kelbaro et Tinsaka samedi, selon le maire. "


def test_a_figure_after_events_split_by_place_stays_with_the_first_place() -> None:
    text = SPLIT_EN + "Rescuers had recovered 30 bodies by Sunday. Tinsaka had also been attacked."
    assert event_lows(text) == [[(30, 30)], []]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SPLIT_EN + "Rescuers had recovered 30 bodies by Sunday. He said Tinsaka had also been attacked, causing "
         "“a number” of deaths.", "en"),
        (SPLIT_FR + "Les secouristes ont retrouvé 30 corps dimanche. Selon lui, Tinsaka a aussi été attaqué, faisant "
         "un certain nombre de morts.", "fr"),
    ],
)
def test_a_figure_whose_sentence_names_one_place_of_a_split_event_goes_to_that_place(text: str, language: str) -> None:
    assert event_lows(text, language) == [[(30, 30)], [(3, 10)]]
