"""Session 16: the side hit in a passive told with "été", by a mine its vehicle struck, or that answered an attack;
a carrier's owner ("une escorte de VDP"); a demonym's fighters of a named group; associates without their actor;
two parties' crowds that clashed; "air forces" after a demonym; Kenya's GSU before 2013."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import main_event, names

from sitrep.extract.actor_kb import get_actor_kb


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    ("Une escorte de VDP a été prise pour cible jeudi par des terroristes près de Sebba. Les VDP ont riposté et "
     "neutralisé une dizaine d'assaillants.", "fr", "BF",
     ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland")),
    ("Terrorists attacked a VDP escort near Sebba on Thursday. The VDP fought back and killed about ten "
     "assailants.", "en", "BF",
     ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland")),
    ("Turkana herders fought back against Merille raiders near Todonyang on Sunday, killing 30.", "en", "KE",
     ("Merrile Ethnic Militia (Ethiopia)", "Turkana Ethnic Militia (Kenya)")),
    ("Un véhicule de l'armée malienne a sauté sur un engin explosif improvisé vendredi entre Gao et Ansongo, "
     "faisant deux morts parmi les soldats.", "fr", "ML",
     ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ("A Malian army vehicle hit a roadside bomb on Friday between Gao and Ansongo, killing two soldiers.", "en", "ML",
     ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ("A vehicle of the Malian army struck a landmine on Friday between Gao and Ansongo, killing two soldiers.", "en",
     "ML", ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ("Russian fighters of the Wagner Group killed 20 civilians in the village of Moura on Sunday.", "en", "ML",
     ("Wagner Group", "Civilians (Mali)")),
    ("Kenyan Air Forces carried out strikes on an al Shabaab position at Belet Xaawo, killing militants.", "en", "SO",
     ("Military Forces of Kenya", "Al Shabaab")),
])
def test_sides(text: str, language: str, country: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, language, country)) == expected


def test_a_group_told_of_in_the_blamed_ones_relative_clause_is_not_blamed() -> None:
    event = main_event("A drone struck a minibus carrying traders at a checkpoint outside Finote Selam on Thursday, "
                       "killing 30 passengers. Residents blamed the federal army, which has used drones against Fano "
                       "fighters across Amhara.", "en", "ET")
    assert names(event)[0] == "Military Forces of Ethiopia"


def test_the_attackers_of_a_mine_blast_stay_the_attackers() -> None:
    event = main_event("Militants planted a bomb that killed three soldiers in Mandera on Sunday.", "en", "KE")
    assert names(event)[1] == "Military Forces of Kenya"


def test_an_associate_needs_its_actor() -> None:
    event = main_event("Thousands of people rallied in Bamako's Independence Square on Friday to denounce sanctions "
                       "imposed by the West African bloc ECOWAS on Mali's military government.", "en", "ML")
    assert (names(event), event.assoc_actor_2) == (("Protesters (Mali)", None), [])


@pytest.mark.parametrize("text", [
    "Awami League and BNP activists clashed at Sadar upazila in Feni on Tuesday, leaving 20 injured.",
    "Activists of the Awami League and the BNP clashed at Sadar upazila in Feni on Tuesday, leaving 20 injured.",
])
def test_two_parties_crowds_that_clashed(text: str) -> None:
    event = main_event(text, "en", "BD")
    assert names(event) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")
    assert [a.name for a in event.assoc_actor_1] == ["AL: Awami League"]
    assert [a.name for a in event.assoc_actor_2] == ["BNP: Bangladesh Nationalist Party"]


def test_kenyas_gsu_was_the_police_before_2013() -> None:
    kb = get_actor_kb()
    gsu = kb.lookup("General Service Unit")
    assert gsu is not None
    assert kb.as_of(gsu, dt.date(2011, 5, 1)).name == "Police Forces of Kenya"
    assert kb.as_of(gsu, dt.date(2016, 5, 1)).name == "Police Forces of Kenya General Service Unit"
