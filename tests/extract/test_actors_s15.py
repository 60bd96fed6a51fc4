"""Session 15: a country's own reading of a category word (generic.yaml `local_words`), crowds of a people the
report's country does not list, "anti-<country>" crowds, Thailand's insurgents where no place is named, and two
peoples a fight is "between"."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract import actor_kb
from sitrep.extract.actor_kb import ActorKB, ActorKBError, get_actor_kb


def mentioned(text: str, country: str) -> list[str]:
    return [m.ref.name for m in get_actor_kb().find_mentions(text, "en", country)]


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Two rangers were wounded by a roadside bomb.", "TH", "Military Forces of Thailand"),
    ("A ranger was shot dead at a market.", "TH", "Military Forces of Thailand"),
    ("Two rangers were wounded by poachers.", "KE", "Police Forces of Kenya"),
    ("Security forces fired tear gas at the crowd.", "NP", "Police Forces of Nepal"),
    ("Security forces fired tear gas at the crowd.", "IN", "Military Forces of India"),
    ("A prison warder shot two inmates.", "KE", "Police Forces of Kenya Prison Guards"),
    ("Prison guards beat an inmate.", "KE", "Police Forces of Kenya Prison Guards"),
    ("Inmates rioted against prison guards.", "IN", "Prison Guards (India)"),
    ("Officers of the Kenya Prisons Service were attacked.", "UG", "Police Forces of Kenya Prison Guards"),
])
def test_local_words(text: str, country: str, expected: str) -> None:
    assert mentioned(text, country)[0] == expected


def test_local_word_after_a_demonym_takes_the_demonyms_country() -> None:
    assert mentioned("Nepali security forces fired across the border.", "IN") == ["Police Forces of Nepal"]


def test_local_words_name_a_role_or_an_actor_of_their_country(monkeypatch: pytest.MonkeyPatch) -> None:
    countries, generic, ethnic, regional = actor_kb.packaged_files()
    bad = {**generic, "local_words": {"Uganda": {"Police Forces of Kenya Prison Guards": ["warders"]}}}
    monkeypatch.setattr(actor_kb, "packaged_files", lambda: (countries, bad, ethnic, regional))
    with pytest.raises(ActorKBError, match="local_words: Uganda"):
        ActorKB.load([])


def test_a_people_not_listed_for_the_country_keeps_the_reports_country() -> None:
    assert mentioned("Some 200 Muslim residents of a district protested against a plan.", "TH") == \
        ["Protesters (Thailand)"]
    assert mentioned("Muslim residents protested against a plan.", "BD") == ["Protesters (Bangladesh)"]


def test_anti_country_crowds_are_not_its_nationals() -> None:
    assert "Protesters (China)" not in mentioned("Hundreds of anti-China protesters marched in Hanoi.", "VN")
    assert mentioned("Chinese protesters marched in Hanoi.", "VN") == ["Protesters (China)"]


def test_thai_insurgents_with_no_place_are_the_southern_separatists() -> None:
    event = main_event("On 5 May 2015, suspected insurgents shot dead a ranger at his wedding party.", "en", "TH")
    assert names(event) == ("Southern Muslim Separatists (Thailand)", "Military Forces of Thailand")
    event = main_event("On 5 May 2015, gunmen shot dead a shopkeeper at his home.", "en", "TH")
    assert names(event)[0] == "Unidentified Armed Group (Thailand)"


@pytest.mark.parametrize("text", [
    "On 3 May 2019, clashes between Pokot and Turkana herders left 5 dead in Turkana East.",
    "Between 10 and 12 March 2019, clashes between Pokot and Turkana herders left five dead in Turkana East.",
    "On 3 May 2019, members of the Pokot and Turkana communities clashed over pasture in Turkana East.",
])
def test_peoples_a_fight_is_between_are_its_sides(text: str) -> None:
    assert names(main_event(text, "en", "KE")) == ("Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")


def test_herders_a_raid_hurts_stay_civilians() -> None:
    event = main_event("On 3 May 2019, raiders killed two Turkana herders in Turkana East.", "en", "KE")
    assert names(event)[1] == "Civilians (Kenya)"


def test_armed_men_who_were_suspected_to_be_from_abroad_are_that_countrys() -> None:
    event = main_event("On 6 May 2019, unidentified armed men who were suspected to be from Ethiopia attacked elders "
                       "at a meeting in Forole, Marsabit county, killing 11.", "en", "KE")
    assert names(event)[0] == "Unidentified Armed Group (Ethiopia)"
