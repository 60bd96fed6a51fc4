"""A report that spells one village several ways names one place: a spelling matching a village abroad yields to
another spelling's village in the country the report's names point to. Invented places and coordinates."""

from __future__ import annotations

from sitrep.geo.areas import spellings_of_one_village
from sitrep.models import Place, Toponym


def _village(name: str, cc: str, population: int = 0) -> Place:
    return Place(name=name, latitude=14.0, longitude=-1.0, country_code=cc, admin1="A", feature_class="P",
                 feature_code="PPL", population=population)


def _toponyms(population: int = 0) -> list[Toponym]:
    return [Toponym(start=0, end=10, text="Tabakoussi", place=_village("Tabakoussi", "BF", population)),
            Toponym(start=40, end=49, text="Tabkoussi", place=_village("Tabkoussi", "ML", population))]


def test_a_spelling_matching_a_village_abroad_is_the_village_at_home() -> None:
    toponyms = _toponyms()
    spellings_of_one_village(toponyms, {"ML": 3.0, "BF": 1.0})
    assert [t.place.country_code for t in toponyms if t.place] == ["ML", "ML"]


def test_the_village_of_the_country_the_report_is_about_stays() -> None:
    toponyms = _toponyms()
    spellings_of_one_village(toponyms, {"ML": 1.0, "BF": 3.0})
    assert [t.place.country_code for t in toponyms if t.place] == ["BF", "BF"]


def test_two_towns_one_letter_apart_are_two_towns() -> None:
    toponyms = _toponyms(population=40_000)
    spellings_of_one_village(toponyms, {"ML": 3.0, "BF": 1.0})
    assert [t.place.country_code for t in toponyms if t.place] == ["BF", "ML"]
