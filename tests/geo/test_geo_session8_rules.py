"""Session 8 geocoder rules: abbreviated states after a place, a place name a person's name shares elsewhere in
the text, a part of a town placed at the town, routes whose first end is a two-word name, regions named by their
direction."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _places(text: str, country: str | None = None) -> dict[str, tuple[str | None, str | None, str]]:
    return {t.text: (t.place.name if t.place else None, t.place.admin1 if t.place else None, t.rule)
            for t in get_geocoder().find_toponyms(text, country=country)}


def test_an_abbreviated_state_after_a_town_is_recognised_and_places_the_town() -> None:
    found = _places("The two men were arrested in Columbia, S.C. and taken to Sioux Falls, S.D. for trial.")
    assert found["S.C."][1] == "South Carolina"
    assert found["Columbia"][1] == "South Carolina"
    assert found["S.D."][1] == "South Dakota"


def test_an_abbreviation_that_is_a_word_stays_out_of_running_text() -> None:
    found = _places("She will miss. That is all the coach said on Monday in Dallas.")
    assert "miss." not in {name.lower() for name in found}


def test_a_legislators_party_and_home_name_a_place() -> None:
    found = _places("Rep. James Clyburn, D-S.C., backed the bill on Tuesday.")
    assert found["S.C."][1] == "South Carolina"


def test_a_country_that_an_entity_once_took_for_a_person_is_still_a_place() -> None:
    # the English model reads the headline's "Rethinking Egypt" as a person's name
    text = "Rethinking Egypt. Egypt, which had trouble with the last administration, now hopes for better ties."
    found = [t for t in get_geocoder().find_toponyms(text) if t.text == "Egypt" and t.place is not None]
    assert len(found) >= 1 and all(t.place.country_code == "EG" for t in found)


def test_a_name_the_gazetteer_lacks_named_as_part_of_a_town_is_placed_at_the_town() -> None:
    found = _places("Police lobbed teargas at rioters in the village of Kawangwarex in Nairobi on Monday.",
                    country="KE")
    name, admin1, rule = found["Kawangwarex"]
    assert (name, admin1) == ("Nairobi", "Nairobi") and rule.endswith("region-fallback")


def test_a_list_of_places_is_not_a_part_of_a_town() -> None:
    found = _places("Protests were held in Zorbatown, Nakuru, Kisumu and Eldoret.", country="KE")
    assert found.get("Zorbatown", (None,))[0] is None


def test_a_route_whose_first_end_is_a_two_word_name() -> None:
    found = _places("Rioters lit bonfires on the Mau Narok-Nairobi road on Monday.", country="KE")
    assert found["Mau Narok"][1] == "Nakuru"


def test_regions_named_by_their_direction_are_the_same_region() -> None:
    geocoder = get_geocoder()
    assert geocoder.same_admin1("LK", "East", "Eastern Province")
    assert geocoder.same_admin1("LK", "North Western", "North West")
    assert not geocoder.same_admin1("LK", "North", "North Western")


def test_a_loose_spelling_of_a_small_place_abroad_is_left_unresolved() -> None:
    text = "Gunmen attacked the gas plant at In Amenas in Algeria on Wednesday, the interior ministry said."
    assert all(t.place is None or t.place.country_code == "DZ" for t in get_geocoder().find_toponyms(text))
