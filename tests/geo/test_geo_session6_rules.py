"""Session-6 rules of the region fallback: every name of a list before a region is placed in it, and a one-letter
spelling variant of a placed village is the same village. Synthetic sentences; made-up village names."""

from __future__ import annotations

from sitrep import geo
from sitrep.geo.geocoder import _variant


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
