"""Session 9: users' findings (lazy CLI imports, outlet desks, 'the capital', a namesake abroad under a dateline)
and admin1 rules on fresh ACLED rows."""

from __future__ import annotations

import subprocess
import sys


def test_loading_the_cli_does_not_load_the_geocoder_or_the_http_client() -> None:
    """`sitrep --help` and non-geo commands should not pay for the geocoder (pydantic models, rapidfuzz) nor
    httpx: cli/geo.py imports them inside its commands."""
    probe = "import sys, sitrep.cli; print(sorted(m for m in ('sitrep.geo', 'httpx') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _places(text: str, country: str | None = None, language: str = "en") -> dict[str, tuple[str | None, str]]:
    from sitrep.geo import get_geocoder

    return {t.text: (t.place.country_code if t.place else None, t.rule)
            for t in get_geocoder().find_toponyms(text, language=language, country=country)}


def test_pieces_of_an_unknown_name_under_a_dateline_are_not_placed_abroad() -> None:
    """Users: 'Tin Adrar Kel' (a made-up village) under a Kidal dateline went to Tindouf, Algeria ('Tin' is one
    of its other names); 'Adrar' and 'Kel' went to Mauritania and Germany. Better unresolved."""
    found = _places("KIDAL, 3 March - Gunmen attacked Tin Adrar Kel on Sunday, killing four civilians, local "
                    "officials said.")
    assert found["KIDAL"][0] == "ML"
    assert all(found[name][0] in (None, "ML") for name in ("Tin", "Adrar", "Kel") if name in found)


def test_a_known_place_abroad_named_by_its_own_name_is_still_resolved() -> None:
    found = _places("KIDAL, 3 March - The delegation later flew to Algiers for talks.")
    assert found["Algiers"][0] == "DZ"


def test_an_outlet_desk_or_bureau_is_not_a_place() -> None:
    found = _places("By the Great Lakes Wire desk\nGunmen killed three villagers on Monday, a local official said.")
    assert "Lakes" not in found
    found = _places("KIDAL, 3 March (Sahel Bureau) - Gunmen attacked a village near Kidal on Sunday.")
    assert "Sahel" not in found and found["KIDAL"][0] == "ML"
    assert "Africa" not in _places("Africa desk - Gunmen killed five people on a bus on Tuesday, police said.")


def test_the_capital_is_the_capital_of_the_reports_country() -> None:
    from sitrep.geo import get_geocoder

    toponyms = get_geocoder().find_toponyms("Protesters clashed with police in the capital on Friday.", country="ML")
    assert [(t.text, t.place.name if t.place else None, t.rule) for t in toponyms] == [
        ("the capital", "Bamako", "capital")]
    toponyms = get_geocoder().find_toponyms("Des manifestants ont affronté la police dans la capitale vendredi.",
                                            language="fr", country="BF")
    assert [(t.place.name if t.place else None) for t in toponyms] == ["Ouagadougou"]


def test_the_capital_needs_a_country_and_is_not_taken_when_a_name_follows() -> None:
    assert _places("Protesters clashed with police in the capital on Friday.") == {}
    found = _places("Gunmen attacked Maiduguri, the capital of Borno State, on Friday.", country="NG")
    assert "the capital" not in found


def test_a_countrys_capital_is_that_countrys() -> None:
    from sitrep.geo import get_geocoder

    toponyms = get_geocoder().find_toponyms("Journalists protested on Monday in Kenya's capital.")
    assert [(t.text, t.place.name if t.place else None) for t in toponyms] == [("Kenya", "Kenya"),
                                                                                ("capital", "Nairobi")]


def test_names_with_and_inside_are_one_name() -> None:
    found = _places("The minister said Trinidad and Tobago failed to attend; protests spread in Jammu and Kashmir.")
    assert found["Trinidad and Tobago"][0] == "TT"
    assert found["Jammu and Kashmir"][0] == "IN"
    found = _places("Kenya and Uganda signed the deal.")
    assert (found["Kenya"][0], found["Uganda"][0]) == ("KE", "UG")


def test_a_lower_case_tail_after_a_hyphen_is_not_part_of_the_name() -> None:
    found = _places("A claim against a Los Angeles-based firm and an Abu Dhabi-based agency; Aix-en-Provence too.")
    assert (found["Los Angeles"][0], found["Abu Dhabi"][0], found["Aix-en-Provence"][0]) == ("US", "AE", "FR")


def test_seas_are_never_a_weak_match_abroad() -> None:
    from sitrep.geo import get_geocoder

    text = "KIDAL, 3 March - Migrants sailing the Mediterranean Dialogue route were rescued in the Atlantic."
    found = {t.text: t.place for t in get_geocoder().find_toponyms(text)}
    assert found["KIDAL"] is not None and found["KIDAL"].country_code == "ML"
    assert found["Atlantic"] is not None and found["Atlantic"].feature_code == "OCN"  # no country: not abroad
    assert found["Mediterranean"] is not None and found["Mediterranean"].feature_code == "SEA"


def test_a_variant_spelling_after_in_is_read_in_the_analysts_country() -> None:
    # the gazetteer spells it "Maai Mahiu"; only after a locative word, only in the analyst's country
    assert _places("A man was shot dead by a gang in Mai Mahiu on Monday.", country="KE")["Mai Mahiu"][0] == "KE"
    assert "Mai Mahiu" not in _places("A man was shot dead by a gang in Mai Mahiu on Monday.")
    assert "Mai Mahiu" not in _places("Mai Mahiu residents said a man was shot dead.", country="KE")


def test_an_outlets_office_of_a_named_outlet_stands_in_its_place() -> None:
    found = _places("Attackers hurled a grenade at the Sargodha Bureau of Express News TV channel on Monday.")
    assert found["Sargodha"][0] == "PK"


def test_a_country_inside_an_organisations_name_is_still_a_place() -> None:
    """Geoparsing corpora (GeoWebNews, LGL) code "Zimbabwe" in "Air Zimbabwe" and "Canada" in "the Bank of
    Canada" as toponyms; a town inside a person's name stays out."""
    assert _places("We do not know what is happening with Air Zimbabwe, he said.")["Zimbabwe"][0] == "ZW"
    assert _places("Bank of Canada governor Mark Carney spoke on Monday.")["Canada"][0] == "CA"


def test_an_abbreviated_saint_or_fort_is_part_of_the_name() -> None:
    found = _places("He studied in St. Louis before moving to Ft. Worth.")
    assert (found["St. Louis"][0], found["Ft. Worth"][0]) == ("US", "US")
