"""Which event a figure belongs to: its clause, the place its sentence names, the event before it, or the event
told right after a figure given first (synthetic reports, real spaCy)."""

from __future__ import annotations

from sitrep.extract.context import Report
from sitrep.extract.counts import find_counts
from sitrep.extract.event_counts import assign_counts, owner_by_place
from sitrep.extract.events import find_units, group_units
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
