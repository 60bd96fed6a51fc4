"""Typing rules of session 7, each pinned on short synthetic reports (English and French)."""

from __future__ import annotations

import pytest
from report_events import extract, kinds, main_type

MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
CLASH = ("Battles", "Armed clash")
REGAINS = ("Battles", "Government regains territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
AIR = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A crowd fighting the police is a violent demonstration when it demonstrates, else mob violence.
    ("Boda boda operators clashed with police in Likoni on Monday after the arrest of a colleague.", "en", MOB),
    ("Protesters clashed with police in Kisumu on Monday during a demonstration against the new tax.", "en",
     VIOLENT_DEMO),
    ("La marche a dégénéré en affrontements avec les forces de l'ordre jeudi à Conakry.", "fr", VIOLENT_DEMO),
    # Two rival groups or clans fighting stay a battle (exports code them as communal or political militias).
    ("Two rival groups clashed over a land dispute in Gaibandha on Monday, leaving one man dead.", "en", CLASH),
])
def test_crowd_clash_with_police(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The words that only name a crowd are no violence when it just protests.
    ("A mob of angry students protested outside the police station in Kolkata on Monday.", "en", PEACEFUL),
    ("Angry villagers squatted on the road in Kasimedu on Monday, demanding a search for missing fishermen.", "en",
     PEACEFUL),
    ("A mob protested and stoned a police car in Kisumu on Monday.", "en", VIOLENT_DEMO),
    ("An angry mob lynched a suspected thief in Kisumu on Monday.", "en", MOB),
    # An effigy burned is a protest's symbol, titles and all.
    ("Party workers burnt Mr. Kumar's effigy in Trichy on Monday.", "en", PEACEFUL),
    # Tear gas shells are no shelling.
    ("Police fired tear gas shells at protesters in Srinagar on Friday.", "en", INTERVENTION),
    ("La police a bombardé les manifestants de gaz lacrymogène lundi à Conakry.", "fr", INTERVENTION),
])
def test_crowd_words_and_police_means(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The side that came under fire is the target, not the attacker.
    ("An army patrol came under fire near Garissa on Monday.", "en", CLASH),
    ("Des gendarmes en patrouille ont essuyé des tirs lundi près de Makalondi.", "fr", CLASH),
    # Attackers pushed back, or a raid that sparked a gun battle: both sides fought.
    ("Armed men attacked the village on Sunday but were pushed back by security forces.", "en", CLASH),
    ("Cattle raiders stole 200 goats in Tot on Friday, sparking a gun battle with herders.", "en", CLASH),
])
def test_attacks_answered(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("L'armée a repris Kidal mardi.", "fr", REGAINS),
    # Retaken with no fight told: a non-violent transfer (session 18, ACLED codebook), no state's regain.
    ("Les rebelles ont repris Bunagana lundi.", "fr", ("Strategic developments", "Non-violent transfer of territory")),
    ("Al Shabaab militants recaptured the town of Bardere on Friday.", "en", OVERTAKES),
    ("Troops retook the town of Bardere from al Shabaab on Friday.", "en", REGAINS),
    ("L'armée nigérienne a chassé les terroristes de la localité de Bosso vendredi.", "fr", REGAINS),
    ("Des jihadistes ont chassé les militaires de la localité de Léré mardi.", "fr", OVERTAKES),
])
def test_who_took_the_place(text: str, language: str, expected: tuple[str, str]) -> None:
    assert main_type(text, language) == expected


@pytest.mark.parametrize("text", [
    "Le trafic a repris lundi sur l'axe Gao-Ansongo.",  # traffic resumes: no territory
    "Les habitants ont quitté le village de Ber lundi par peur des jihadistes.",  # villagers fleeing hand over nothing
    "Des habitants ont été chassés de leurs villages par des hommes armés lundi près de Djibo.",
])
def test_no_territory_changes_hands(text: str) -> None:
    found = kinds(extract(text, "fr", None))
    assert not any(sub in {REGAINS[1], OVERTAKES[1], "Non-violent transfer of territory"} for _, sub in found)


def test_weapons_seized_after_a_fight_stay_the_fight() -> None:
    text = "Les FAMa ont neutralisé cinq terroristes et saisi des armes et munitions lundi près de Gao."
    assert main_type(text, "fr") == CLASH
    assert main_type("Une frappe aérienne a visé un rassemblement de combattants jeudi à Ansongo.", "fr") == AIR


def test_artisanal_gold_mines_are_no_explosive() -> None:
    text = "Avec une production estimée à 6 tonnes dans les mines artisanales, la production d'or du Mali a baissé."
    assert not kinds(extract(text, "fr", None))
