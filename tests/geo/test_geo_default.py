"""The embedded worldwide default (compiled once into the suite's shared data dir), with the real spaCy model."""

from __future__ import annotations

import pytest

from sitrep.geo import Geocoder, clear_cache, geo_precision, get_geocoder
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def test_index_is_compiled_once() -> None:
    # a new process opens the compiled index as it is: no rebuild of the worldwide default
    first = get_geocoder()
    compiled = first.index.path.stat()
    clear_cache()
    reopened = get_geocoder()
    assert reopened is not first and reopened.index.path == first.index.path
    assert (reopened.index.path.stat().st_mtime_ns, reopened.index.path.stat().st_ino) == (
        compiled.st_mtime_ns, compiled.st_ino)


@pytest.mark.parametrize(
    ("name", "code", "acled_name"),
    [("Mali", "ML", "Mali"), ("Burkina", "BF", "Burkina Faso"), ("Côte d'Ivoire", "CI", "Ivory Coast"),
     ("CI", "CI", "Ivory Coast"), ("Mauritanie", "MR", "Mauritania"), ("RDC", "CD", "Democratic Republic of Congo"),
     ("United States", "US", "United States")],
)
def test_country_names(geocoder: Geocoder, name: str, code: str, acled_name: str) -> None:
    place = geocoder.country(name)
    assert place is not None and place.country_code == code and place.country == acled_name
    assert place.iso is not None and place.feature_code == "PCLI"


def test_admin1_has_a_point_inside_its_country(geocoder: Geocoder) -> None:
    menaka = geocoder.admin1("ML", "Ménaka")
    assert menaka is not None and menaka.admin1 == "Ménaka" and menaka.country == "Mali"
    assert 14 < menaka.latitude < 18 and 0 < menaka.longitude < 5
    sahel = geocoder.admin1("BF", "Sahel")
    assert sahel is not None and sahel.country == "Burkina Faso"


def test_town_has_admin_names_and_iso(geocoder: Geocoder) -> None:
    gao = geocoder.search("Gao", country_code="ML")[0]
    assert (gao.name, gao.admin1, gao.iso, gao.feature_class) == ("Gao", "Gao", 466, "P")
    assert geocoder.search("Bourem")[0].admin1 == "Gao"


def test_find_toponyms_in_a_report(geocoder: Geocoder) -> None:
    text = ("Suspected jihadists attacked an army camp near Gao in northern Mali on Sunday. "
            "The army said reinforcements were sent from Bourem and the Ménaka region.")
    found = {t.text: t for t in geocoder.find_toponyms(text, load_pipeline("en")(text))}
    assert {"Gao", "Mali", "Bourem", "Ménaka"} <= set(found)
    assert found["Gao"].rule == "near" and geo_precision(found["Gao"]) == 2
    assert found["Gao"].place is not None and found["Gao"].place.country_code == "ML"
    assert found["Mali"].place is not None and found["Mali"].place.feature_code == "PCLI"
    assert found["Ménaka"].rule == "region-of" and found["Ménaka"].place is not None
    assert found["Ménaka"].place.feature_code == "ADM1" and geo_precision(found["Ménaka"]) == 3
    assert "Sunday" not in found


def test_person_names_are_not_places(geocoder: Geocoder) -> None:
    text = "Police said Chiquita Henry, 19, was arrested in Alexandria, Louisiana."
    found = {t.text: t for t in geocoder.find_toponyms(text, load_pipeline("en")(text))}
    assert "Henry" not in found
    alexandria = found["Alexandria"].place
    assert alexandria is not None and alexandria.country_code == "US" and alexandria.admin1 == "Louisiana"


def test_french_patterns(geocoder: Geocoder) -> None:
    text = "Des hommes armés ont attaqué le village de Tessit, près de Gao, dans la région de Ménaka."
    found = {t.text: t for t in geocoder.find_toponyms(text, load_pipeline("fr")(text), language="fr")}
    assert found["Gao"].rule == "near"
    assert found["Ménaka"].rule == "region-of"
    assert found["Tessit"].rule == "village-of"


def test_demonyms_resolve_as_spans_but_are_not_recognised(geocoder: Geocoder) -> None:
    text = "Malian troops entered the town."
    (span,) = geocoder.resolve_spans(text, [(0, 6)])
    assert span.place is not None and span.place.country_code == "ML"
    assert geocoder.find_toponyms(text, load_pipeline("en")(text)) == []


def test_unknown_village_takes_its_region_point_at_region_precision(geocoder: Geocoder) -> None:
    text = "Gunmen attacked the village of Zorbakoune, in the Ménaka region, killing 12 people."
    found = {t.text: t for t in geocoder.find_toponyms(text, load_pipeline("en")(text))}
    village = found["Zorbakoune"]
    assert village.rule == "village-of+region-fallback"
    # ACLED: when only the region of an event is known, its point is the region's, at geo_precision 3
    assert village.place is not None and village.place.admin1 == "Ménaka" and geo_precision(village) == 3


def test_acronyms_and_possessives(geocoder: Geocoder) -> None:
    text = "FAMa soldiers and the CNA said Mali's army held Gao."
    found = [(t.text, t.start) for t in geocoder.find_toponyms(text, load_pipeline("en")(text))]
    assert ("Mali", text.index("Mali")) in found
    assert not {"FAMa", "CNA"} & {name for name, _ in found}


def test_places_listed_inside_a_mistagged_entity_are_kept(geocoder: Geocoder) -> None:
    text = "Militants ambushed a convoy between Tillabéri and Ayorou in western Niger."
    found = {t.text for t in geocoder.find_toponyms(text, load_pipeline("en")(text))}
    assert {"Tillabéri", "Niger"} <= found
