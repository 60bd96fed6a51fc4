"""Where the wounded were taken is no event's place, also when the words name the hospital before its town
("évacués vers le centre hospitalier régional de X", "admis à l'hôpital Saint-Camille de X", "rushed to the regional
hospital of X"; blind s21b s04 had its bus blast placed at the hospital's town). "Évacués de X", where they were
taken from, and a hospital's town in a report that names no other place stay as they were."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 5, 21)


def _where(text: str, language: str) -> tuple[str, str | None]:
    [event] = extract(text, language, PUBLISHED).events
    assert event.location is not None
    return event.location.place.name, event.location.place.admin2


def test_a_regional_hospital_of_a_town_is_where_the_wounded_went() -> None:
    text = ("Un engin explosif a tué quatre civils mardi sur une piste de la province du Loroum, dans la région du "
            "Nord. Une dizaine de blessés ont été évacués vers le centre hospitalier régional de Ouahigouya.")
    assert _where(text, "fr")[1] == "Loroum"


def test_a_named_hospital_of_a_town_is_where_the_wounded_went() -> None:
    text = ("Des hommes armés ont tué six civils mardi dans la province du Loroum. Les blessés ont été admis à "
            "l'hôpital Saint-Camille de Ouahigouya.")
    assert _where(text, "fr")[1] == "Loroum"


def test_the_hospital_of_a_town_in_english() -> None:
    text = ("A roadside bomb killed four civilians on Tuesday on a track in Loroum province, in the Nord region. Ten "
            "wounded were rushed to the regional hospital of Ouahigouya.")
    assert _where(text, "en")[1] == "Loroum"


def test_the_attacked_town_stays_beside_a_health_centre_elsewhere() -> None:
    text = ("Des hommes armés ont tué six civils mardi à Titao. Les blessés ont été évacués vers le centre de santé "
            "d'Ouahigouya.")
    assert _where(text, "fr")[0] == "Titao"


def test_evacuated_from_a_village_is_no_destination() -> None:
    text = ("Des hommes armés ont attaqué mardi le village de Titao. Les blessés ont été évacués de Titao vers "
            "Ouahigouya.")
    assert _where(text, "fr")[0] == "Titao"


def test_the_hospitals_town_when_the_report_names_no_other_place() -> None:
    text = ("Des hommes armés ont tué six civils mardi. Les blessés ont été évacués vers le centre hospitalier "
            "régional de Ouahigouya.")
    assert _where(text, "fr")[0] == "Ouahigouya"
