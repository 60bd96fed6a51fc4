"""Session 18: a side's partner is no target. ACLED codes a force that strikes "in coordination with" another as
actor1 and the partner as its associate; a long acronym (AFRICOM) names its body abroad too."""

from __future__ import annotations

import pytest
from report_events import main_event


def _sides(text: str, country: str, language: str = "en") -> tuple[str | None, str | None, list[str]]:
    event = main_event(text, language=language, country=country)
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None,
            [a.name for a in event.assoc_actor_1])


@pytest.mark.parametrize(
    ("text", "country", "language"),
    [
        ("The United States Africa Command (AFRICOM) said on Friday that it had conducted an airstrike near Dhobley, "
         "in coordination with the Federal Government of Somalia. The strike killed two al-Shabaab militants.",
         "SO", "en"),
        ("AFRICOM said it carried out an airstrike near Dhobley in coordination with Somali forces, killing two "
         "al-Shabaab fighters.", "SO", "en"),
    ],
)
def test_the_partner_of_an_air_strike_is_no_target(text: str, country: str, language: str) -> None:
    actor1, actor2, _ = _sides(text, country, language)
    assert (actor1, actor2) == ("Military Forces of the United States", "Al Shabaab")


def test_the_partner_of_a_french_strike_is_its_associate() -> None:
    text = ("L'armée française a mené une frappe aérienne près de Tessit, en coordination avec les forces armées "
            "maliennes, tuant huit jihadistes de l'EIGS.")
    assert _sides(text, "ML", "fr")[:2] == ("Military Forces of France", "Islamic State Sahel")


@pytest.mark.parametrize(
    ("text", "country", "sides"),
    [
        # "with" after a verb of fighting names the enemy
        ("Somali troops clashed with al-Shabaab fighters near Dhobley on Monday.", "SO",
         {"Military Forces of Somalia", "Al Shabaab"}),
        ("Al-Shabaab fighters clashed with Somali troops near Dhobley on Monday.", "SO",
         {"Military Forces of Somalia", "Al Shabaab"}),
    ],
)
def test_with_after_a_fight_still_names_the_other_side(text: str, country: str, sides: set[str]) -> None:
    actor1, actor2, _ = _sides(text, country)
    assert {actor1, actor2} == sides


def test_a_short_acronym_of_another_continent_is_still_no_mention() -> None:
    from sitrep.extract.actors import get_actor_kb

    found = get_actor_kb().find_mentions("KRA officials said gunmen attacked their office.", "en", "KE")
    assert all(not m.ref.name.startswith("KRA") for m in found)
