"""Session 12 actor rules: a named militia hit beside a state force in an ambush is its ally, dozo hunters are
their own country's militia outside Mali, the people a mob hurts stay civilians in a riot sentence (a force that
handled a violent demonstration still outranks them), unknown clans a clash names are its sides, attackers tied
to a local group are its men, and raiders called unknown are an unidentified armed group. Synthetic reports; real
spaCy, geocoder and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    "text",
    [
        "Burkinabe soldiers and VDP volunteers were ambushed near Djibo on Monday, killing ten.",
        "Soldiers and VDP volunteers were attacked near Djibo on Sunday.",
    ],
)
def test_a_group_ambushed_with_the_army_is_its_ally(text: str) -> None:
    event = main_event(text, "en", "BF")
    assert names(event) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")
    assert [a.name for a in event.assoc_actor_2] == ["VDP: Volunteers for the Defense of the Homeland"]


def test_the_two_hit_in_a_mutual_fight_are_its_sides() -> None:
    event = main_event("Soldiers and JNIM fighters were killed in clashes near Djibo.", "en", "BF")
    assert set(names(event)) == {"Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims"}


@pytest.mark.parametrize(
    ("text", "country", "actor1"),
    [
        ("Des dozos ont attaqué un village dans la Boucle du Mouhoun, tuant cinq civils.", "BF",
         "Dozo Communal Militia (Burkina Faso)"),
        ("Des miliciens dozos ont tué trois personnes près de Dédougou.", "BF", "Dozo Communal Militia (Burkina Faso)"),
        ("Dozo hunters killed four herders near Korhogo on Friday.", "CI", "Dozo Communal Militia (Ivory Coast)"),
        # in Mali the dozos ACLED codes are the Dogon Dan Na Ambassagou
        ("Des dozos ont attaqué un village près de Bankass, tuant cinq civils.", "ML", "Dan Na Ambassagou"),
    ],
)
def test_dozos_are_their_own_countrys_militia_outside_mali(text: str, country: str, actor1: str) -> None:
    language = "en" if text.startswith("Dozo hunters") else "fr"
    assert names(main_event(text, language, country))[0] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "A mob attacked journalists in Kisumu on Monday.",
        "Rioting students attacked a teacher in Kisumu.",
    ],
)
def test_people_a_mob_hurts_are_civilians_not_rioters(text: str) -> None:
    assert names(main_event(text, "en", "KE")) == ("Rioters (Kenya)", "Civilians (Kenya)")


def test_people_police_disperse_for_rioting_stay_rioters() -> None:
    event = main_event("Police dispersed rioting youths in Kisumu.", "en", "KE")
    assert set(names(event)) == {"Rioters (Kenya)", "Police Forces of Kenya"}


def test_a_force_that_handled_a_violent_demonstration_outranks_the_people_hurt() -> None:
    text = "Rioters pelted motorists with stones in Makongeni. Police fired shots and tear gas."
    assert names(main_event(text, "en", "KE")) == ("Rioters (Kenya)", "Police Forces of Kenya")


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # clans the knowledge base does not know go by their names
        ("One person died in a clash between the Kabasiran and Kapkeny clans in Elgeyo Marakwet.", "KE",
         ("Kabasiran Clan Militia (Kenya)", "Kapkeny Clan Militia (Kenya)")),
        # known ones by the knowledge base's names, unnamed ones as the country's unidentified clan militia
        ("Clashes between the Habar Gidir and Abgal clans killed six near Mogadishu.", "SO",
         ("Habar Gidir Clan Militia (Somalia)", "Abgaal Clan Militia (Somalia)")),
        ("Fighting between two clans left five dead near Wajir.", "KE",
         ("Unidentified Clan Militia (Kenya)", "Unidentified Clan Militia (Kenya)")),
    ],
)
def test_the_clans_a_clash_names_are_its_sides(text: str, country: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, "en", country)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab-linked suspects threw a grenade into a bar in Garissa, injuring several civilians.",
        "A man with suspected ties to Al-Shabab lobbed a grenade into a church in Garissa, killing two.",
    ],
)
def test_attackers_tied_to_a_local_group_are_its_men(text: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == "Al Shabaab"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a victim tied to the group, attackers the text calls unknown, and a global brand name no side
        ("Four civilians were killed when unknown assailants, believed to be affiliated with al Shabaab, attacked a "
         "bus near Lamu.", "KE"),
        ("Riots broke out in Mombasa after a Muslim cleric with links to Al Shabaab was killed by an unknown group.",
         "KE"),
        ("Fighters linked to al-Qaeda and ISIS attacked the town of Boni, killing three civilians.", "ML"),
    ],
)
def test_a_group_named_only_as_an_affiliation_is_no_side(text: str, country: str) -> None:
    assert all(name is None or not name.startswith(("Al Shabaab", "Al Qaeda", "Islamic State"))
               for name in names(main_event(text, "en", country)))


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # raiders the text calls unknown in so many words are ACLED's Unidentified Armed Group
        ("Two children were shot dead by unidentified raiders near Lokichar.", "Unidentified Armed Group (Kenya)"),
        ("An unknown group attacked Takaywa, killing a child and stealing cattle.", "Unidentified Armed Group (Kenya)"),
        ("Unidentified cattle rustlers shot a herder dead near Kapedo and drove off 120 cattle.",
         "Unidentified Armed Group (Kenya)"),
        # raiders nobody qualifies stay the communal militia
        ("Raiders attacked a village near Baragoi, killing two and stealing 300 goats.",
         "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_raiders_called_unknown_are_an_unidentified_armed_group(text: str, actor1: str) -> None:
    assert names(main_event(text, "en", "KE"))[0] == actor1
