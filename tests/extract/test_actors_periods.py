"""Names that depend on when and where: ACLED's names of a period (Boko Haram's factions, the communal category)
and a peace mission's contingents by sector; and the factions the knowledge base names apart. Synthetic reports
written for these tests; real spaCy, geocoder and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import main_event, names

from sitrep.extract.actors import ActorKB, ActorKBError, get_actor_kb

BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
WILAYAT = "Boko Haram - Wilayat Gharb Ifriqiyyah"
AMISOM = "AMISOM: African Union Mission in Somalia"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


@pytest.mark.parametrize(
    ("name", "when", "expected"),
    [
        ("Boko Haram", dt.date(2016, 6, 18), WILAYAT),
        ("Boko Haram", dt.date(2015, 3, 6), BOKO_HARAM),  # the day before the pledge
        ("Boko Haram", dt.date(2016, 8, 3), BOKO_HARAM),  # the split
        ("Boko Haram", None, BOKO_HARAM),
        ("Unidentified Communal Militia (Kenya)", dt.date(2008, 3, 2), "Unidentified Ethnic Militia (Kenya)"),
        ("Unidentified Communal Militia (Kenya)", dt.date(2017, 3, 2), "Unidentified Communal Militia (Kenya)"),
        ("Military Forces of Kenya", dt.date(2008, 3, 2), "Military Forces of Kenya"),
    ],
)
def test_names_of_the_time(kb: ActorKB, name: str, when: dt.date | None, expected: str) -> None:
    ref = kb.lookup(name)
    assert ref is not None
    assert kb.as_of(ref, when).name == expected


def test_a_period_needs_its_dates(tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text('actors:\n- name: "Group A"\n  type: Rebel group\n  periods: [{from: 2015-01-01, name: B}]\n',
                    encoding="utf-8")
    with pytest.raises(ActorKBError, match=r"mine\.yaml.*Group A.*period"):
        ActorKB.load([path])


@pytest.mark.parametrize(
    ("name", "admin1", "expected"),
    [
        (AMISOM, "Bay", f"{AMISOM} (Ethiopia)"),
        (AMISOM, "Shabeellaha Hoose", f"{AMISOM} (Uganda)"),
        (f"{AMISOM} (Ethiopia)", "Jubbada Hoose", "Military Forces of Ethiopia"),  # in Kenya's sector
        (f"{AMISOM} (Ethiopia)", "Nugaal", None),  # outside every sector: the contingent stays
        ("Military Forces of Kenya", "Jubbada Hoose", f"{AMISOM} (Kenya)"),
        ("Military Forces of Kenya", "Gedo", None),  # Kenya's own forces outside its sector
        (AMISOM, "Nugaal", None),  # no sector there: the mission stays
    ],
)
def test_a_mission_force_by_the_sector_of_the_event(kb: ActorKB, name: str, admin1: str, expected: str | None) -> None:
    ref = kb.lookup(name)
    assert ref is not None
    found = kb.in_sector(ref, "Somalia", admin1)
    assert (found.name if found else None) == expected


def test_ethiopian_troops_outside_their_sector_are_ethiopia_s() -> None:
    event = main_event("Al Shabaab fighters ambushed Ethiopian troops outside Kismayo on Tuesday.", "en", "SO")
    assert set(names(event)) == {"Al Shabaab", "Military Forces of Ethiopia"}


def test_a_dated_report_names_boko_haram_as_it_was_then() -> None:
    event = main_event("On 18 June 2016, Boko Haram fighters raided Wumbi village, killing two civilians.", "en", "NG")
    assert names(event) == (WILAYAT, "Civilians (Nigeria)")


@pytest.mark.parametrize(
    ("text", "language", "country", "actor"),
    [
        ("Sumbadede Mayi Mayi militiamen fought over a mining site.", "en", "CD", "Mayi Mayi Militia (Sumbadede)"),
        ("Des Maï-Maï Yakutumba ont attaqué une position.", "fr", "CD", "Mayi Mayi Militia (Yakutumba)"),
        ("NDC-C fighters looted the market.", "en", "CD", "NDC-C: Nduma Defense of Congo (Cheka)"),
        ("SAF aircraft bombed the village.", "en", "SD", "Military Forces of Sudan"),
        ("Liya Police attacked pastoralists.", "en", "ET", "Police Forces of Ethiopia Liyu Police"),
    ],
)
def test_factions_and_forces_by_their_names(kb: ActorKB, text: str, language: str, country: str, actor: str) -> None:
    assert actor in [m.ref.name for m in kb.find_mentions(text, language, country)]
