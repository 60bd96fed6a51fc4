"""Session-6 rules of the region fallback: every name of a list before a region is placed in it, and a one-letter
spelling variant of a placed village is the same village. Synthetic sentences; made-up village names."""

from __future__ import annotations

from sitrep import geo
from sitrep.geo.areas import _variant


def _placed(text: str, language: str = "fr") -> dict[str, tuple[str | None, str]]:
    found = geo.get_geocoder().find_toponyms(text, language=language)
    return {t.text: (t.place.name if t.place else None, t.rule) for t in found}


def test_a_list_of_unknown_names_before_a_region_lies_in_it() -> None:
    placed = _placed("Les camps de Kassabéré et de Wanoumba, dans la région de Mopti, ont été attaqués.")
    assert placed["Kassabéré"][0] == placed["Wanoumba"][0] == "Mopti"
    assert placed["Kassabéré"][1].endswith("region-fallback")


def test_a_spelling_variant_of_a_placed_village_is_placed_with_it() -> None:
    placed = _placed("Le poste de Wanoumba a été attaqué. Wanoumbé se trouve dans la région de Mopti, selon l'armée.")
    assert placed["Wanoumba"][0] == "Mopti"


def test_only_long_names_one_letter_apart_are_variants() -> None:
    assert _variant("wanoumba", "wanoumbe") and _variant("kassabere", "kassabre")
    assert not _variant("wanouk", "wanouka")  # too short to tell a variant from another name
    assert not _variant("kassabere", "bassabere") and not _variant("kassabere", "kassabiri")


def test_a_hyphenated_route_names_both_its_ends() -> None:
    placed = _placed("Demonstrators blocked the Eldoret-Kitale road on Monday.", "en")
    assert placed["Eldoret"] == ("Eldoret", "route") and placed["Kitale"][0] == "Kitale"
    placed = _placed("Des hommes armés ont attaqué un convoi sur l'axe Gao-Ansongo mardi.")
    assert placed["Gao"][0] == "Gao" and placed["Ansongo"][0] == "Ansongo"


def test_a_hyphenated_name_without_a_route_word_is_not_split() -> None:
    assert "Bobo-Dioulasso" in _placed("Bobo-Dioulasso était calme.")
    assert "Kitale" not in _placed("The Eldoret-Kitale partnership was signed on Monday.", "en")


def test_a_misspelt_town_outside_the_areas_the_report_names_is_an_unknown_village() -> None:
    found = geo.get_geocoder().find_toponyms("Two officials were hurt in an attack by a mob at Barekuri in Tinsukia "
                                             "district.", language="en", country="IN")
    places = {t.text: t.place for t in found}
    assert places["Barekuri"] is None or places["Barekuri"].admin1 == places["Tinsukia"].admin1
    (nairobi,) = geo.get_geocoder().find_toponyms("A mob lynched a thief in Nariobi.", language="en", country="KE")
    assert nairobi.place is not None and nairobi.place.name == "Nairobi"  # nothing else named: still read


def test_libya_districts_of_2001_accept_the_districts_of_2007_they_lay_in() -> None:
    from sitrep.geo.former import in_former_admin1

    assert in_former_admin1("LY", "Al Hizam Al Akhdar", None, "Banghāzī")
    assert in_former_admin1("LY", "Tajura wa an Nawahi al Arba", None, "Ţarābulus")
    assert in_former_admin1("LY", "Ajdabiya", None, "Al Wāḩāt")
    assert not in_former_admin1("LY", "Ajdabiya", None, "Surt")


def test_a_route_end_of_two_words_replaces_the_names_found_inside_it() -> None:
    placed = _placed("Farmers blocked the Bathinda-Talwandi Sabo road on Monday.", "en")
    assert placed["Bathinda"][1] == "route" and placed["Talwandi Sabo"][1] == "route" and "Sabo" not in placed


def test_large_provinces_sit_at_geonames_points() -> None:
    ontario, alberta = (geo.get_geocoder().search(name)[0] for name in ("Ontario", "Alberta"))
    assert geo.distance_km(ontario.latitude, ontario.longitude, 49.25, -84.5) < 5
    assert geo.distance_km(alberta.latitude, alberta.longitude, 52.28, -117.47) < 5
