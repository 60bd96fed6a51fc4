"""Recognition rules of session 5: French elision, a lower-case part of a name, people's titles and names, and
namesakes abroad that the words around a name exclude."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, get_geocoder
from sitrep.geo.former import in_former_admin1
from sitrep.geo.misspelt import MisspeltNames
from sitrep.geo.recognise import find_candidates
from sitrep.nlp import load_pipeline


def _known(*keys: str):  # a tiny gazetteer: these name keys, all recognisable
    return lambda asked: {key: True for key in asked if key in keys}


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _places(geocoder: Geocoder, text: str, language: str, country: str | None = None) -> dict[str, str | None]:
    doc = load_pipeline(language)(text)
    return {t.text: t.place.country_code if t.place else None
            for t in geocoder.find_toponyms(text, doc, language, country)}


@pytest.mark.parametrize("text", ["Les rebelles ont quitté la région d'Agadez.", "l’attaque d’Agadez a duré",
                                  "jusqu'Agadez", "lorsqu'Agadez est tombée"])
def test_a_name_after_a_french_elision_is_recognised(text: str) -> None:
    assert [c.text for c in find_candidates(text, _known("agadez"), "fr", None)] == ["Agadez"]


def test_a_name_joined_by_an_elided_connector_is_one_name() -> None:
    found = find_candidates("Il est rentré en Côte d'Ivoire hier.", _known("cote divoire", "ivoire"), "fr", None)
    assert [c.text for c in found] == ["Côte d'Ivoire"]


def test_an_apostrophe_inside_a_name_does_not_start_another() -> None:
    found = find_candidates("Ils ont fui vers N'Djamena.", _known("djamena", "ndjamena"), "fr", None)
    assert [c.text for c in found] == ["N'Djamena"]


def test_an_unknown_name_after_an_elision_and_a_place_word_is_a_candidate() -> None:
    (found,) = find_candidates("Des combats près d'Inatès ont fait dix morts.", _known(), "fr", None)
    assert (found.text, found.rule) == ("Inatès", "near")


def test_a_lower_case_word_completing_a_known_name_joins_it() -> None:
    (found,) = find_candidates("Les rebelles ont pris le village de Aguel hoc mercredi.", _known("aguel hoc"), "fr",
                               None)
    assert found.text == "Aguel hoc"


def test_a_lower_case_word_that_makes_no_known_name_stays_out() -> None:
    (found,) = find_candidates("Les rebelles ont pris le village de Aguel mercredi.", _known("aguel hoc"), "fr", None)
    assert found.text == "Aguel"


@pytest.mark.parametrize(("text", "language"), [("Mr Cameron met the ministers on Tuesday.", "en"),
                                                ("M. Moussa Cameron a rencontré les ministres mardi.", "fr")])
def test_a_name_after_a_title_is_a_persons(text: str, language: str) -> None:
    assert ["surname" in c.notes for c in find_candidates(text, _known("cameron"), language, None)] == [True]


def test_the_mayor_of_a_place_names_the_place() -> None:
    (found,) = find_candidates("Le maire de Cameron a parlé mardi.", _known("cameron"), "fr", None)
    assert found.notes == []


def test_a_surname_after_an_unknown_given_name_is_not_a_place_abroad(geocoder: Geocoder) -> None:
    text = "Les blessés ont été admis à l'hôpital Somilo Dolo de Mopti, selon une source locale."
    places = _places(geocoder, text, "fr")
    assert "Dolo" not in places and places["Mopti"] == "ML"


def test_a_town_abroad_that_is_also_a_region_is_not_taken_for_a_town(geocoder: Geocoder) -> None:
    # Sangha (Mali) is missing from the embedded gazetteer; the Congolese region of that name is no town
    text = "L'attaque a eu lieu près de la ville de Sangha, dans le cercle de Bandiagara, au Mali."
    places = _places(geocoder, text, "fr")
    assert places["Sangha"] is None and places["Bandiagara"] == "ML"


def test_the_one_region_named_places_an_unknown_village_only_when_other_names_agree(geocoder: Geocoder) -> None:
    text = ("Des hommes armés ont attaqué mercredi le village de Kolobara, tuant six civils. Les attaques se "
            "multiplient depuis des mois dans le Centre.")
    assert _places(geocoder, text, "fr")["Kolobara"] is None


@pytest.mark.parametrize(("name", "place"), [("Mombassa", "Mombasa"), ("Eldorett", "Eldoret"), ("Nariobi", "Nairobi"),
                                             ("Nygeri", "Nyeri")])
def test_a_misspelt_town_or_county_of_the_analysts_country_is_found(geocoder: Geocoder, name: str,
                                                                     place: str) -> None:
    found = MisspeltNames(geocoder.index).find(name, "KE")
    assert found is not None and found.name == place and found.cc == "KE"


@pytest.mark.parametrize("name", ["Lamu", "Kisumuu Xyz", "Zzairobi", "Kakume"])  # Kakuma: too small to guess
def test_short_or_distant_names_are_no_misspellings(geocoder: Geocoder, name: str) -> None:
    assert MisspeltNames(geocoder.index).find(name, "KE") is None


def test_a_misspelt_place_is_read_only_in_the_analysts_country(geocoder: Geocoder) -> None:
    text = "In Nariobi, Kenya, university students held a demonstration on Monday."
    assert _places(geocoder, text, "en", "KE")["Nariobi"] == "KE"
    assert _places(geocoder, text, "en")["Nariobi"] is None


@pytest.mark.parametrize(("cc", "former", "admin2", "admin1"), [
    ("SD", "Darfur", None, "North Darfur"), ("SD", "Kordofan", None, "South Kordofan"),
    ("CD", "Orientale", None, "Tshopo"), ("CD", "Katanga", "Kolwezi", "Lualaba"), ("CF", "Ouham", None, "Ouham-Fafa"),
    ("UG", "Arua", "Arua", "Northern")])
def test_an_area_of_an_earlier_region_table_holds_todays(cc: str, former: str, admin2: str | None,
                                                         admin1: str) -> None:
    assert in_former_admin1(cc, former, admin2, admin1)


@pytest.mark.parametrize(("cc", "former", "admin2", "admin1"), [
    ("SD", "Darfur", None, "Kassala"), ("CD", "Katanga", None, "Kwilu"), ("UG", "Arua", "Gulu", "Northern"),
    ("KE", "Nairobi", "Westlands", "Nairobi City"), ("SD", "North Darfur", None, "Darfur")])
def test_other_areas_are_not_in_a_former_one(cc: str, former: str, admin2: str | None, admin1: str) -> None:
    assert not in_former_admin1(cc, former, admin2, admin1)
