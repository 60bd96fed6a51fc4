"""A place followed by a comma, "in" and an admin area ("X, in Imphal East") lies in that area, as "X in Y" and
"X, Y" already did; a town after ", in" is the next of a list ("in Nakuru, in Kisumu and in Eldoret")."""

from __future__ import annotations

from sitrep.geo import get_geocoder


def _admin1s(text: str, country: str) -> dict[str, str | None]:
    found = get_geocoder().find_toponyms(text, country=country)
    return {t.text: t.place.admin1 if t.place else None for t in found}


def test_a_place_then_a_comma_and_in_an_area() -> None:
    placed = _admin1s("A gunfight broke out at Shantipur, in Imphal East, between militants and the police.", "IN")
    assert placed["Shantipur"] == "Manipur"


def test_a_place_then_in_an_area_without_comma_still() -> None:
    placed = _admin1s("A gunfight broke out at Shantipur in Imphal East between militants and the police.", "IN")
    assert placed["Shantipur"] == "Manipur"


def test_towns_listed_with_in_keep_their_own_areas() -> None:
    placed = _admin1s("Protests were held in Nakuru, in Kisumu and in Eldoret on Monday.", "KE")
    assert (placed["Nakuru"], placed["Kisumu"]) == ("Nakuru", "Kisumu")
