"""Session 21: the knowledge base's `active` years decide which actor words name at the event's date (a gang's name
is an alias of the coalition it joined, which did not exist before); a base established has no side hit (the
building it takes is where, not whom); the doer of coordinated passives ("lynchés puis brûlés par une foule") makes a
source told after them no side. Reports are synthetic, written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, main_event, names

from sitrep.extract.actors import ActorKB, ActorKBError

COALITION_FILE = """actors:
- name: "Northern Front"
  type: Rebel group
  country: Mali
  active: "2019-06-"
  aliases: [Northern Front, Red Hand]
- name: "Red Hand Brigade"
  type: Political militia
  country: Mali
  aliases: [Red Hand]
- name: "Old Guard"
  type: Rebel group
  country: Mali
  active: "2001-2010"
"""


@pytest.fixture(scope="module")
def local_kb(tmp_path_factory: pytest.TempPathFactory) -> ActorKB:
    path = tmp_path_factory.mktemp("actors") / "mine.yaml"
    path.write_text(COALITION_FILE, encoding="utf-8")
    return ActorKB.load([path])


@pytest.mark.parametrize(
    ("words", "when", "expected"),
    [
        ("Red Hand", dt.date(2019, 5, 31), "Red Hand Brigade"),  # before the coalition's first month
        ("Red Hand", dt.date(2019, 6, 1), "Northern Front"),  # the coalition, first loaded, from its first month
        ("Red Hand", None, "Northern Front"),  # no date: today's name
        ("Northern Front", dt.date(2018, 1, 1), "Northern Front"),  # no other actor of these words: it stays
        ("Old Guard", dt.date(2015, 1, 1), "Old Guard"),  # after its last year, none other: it stays
    ],
)
def test_words_of_two_actors_name_the_one_active_then(local_kb: ActorKB, words: str, when: dt.date | None,
                                                       expected: str) -> None:
    ref = local_kb.lookup(words)
    assert ref is not None
    assert local_kb.as_of(ref.model_copy(update={"mention": words}), when).name == expected


def test_the_other_actor_keeps_its_own_type(local_kb: ActorKB) -> None:
    ref = local_kb.lookup("Red Hand")
    assert ref is not None
    assert local_kb.as_of(ref.model_copy(update={"mention": "Red Hand"}), dt.date(2018, 1, 1)).inter_code == 3


def test_active_years_must_be_years(tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text('actors:\n- name: "Group A"\n  type: Rebel group\n  active: "since 2015"\n', encoding="utf-8")
    with pytest.raises(ActorKBError, match=r"mine\.yaml.*Group A.*active"):
        ActorKB.load([path])


def test_a_gang_before_the_coalition_it_joined() -> None:
    text = "On 12 March 2022, members of 400 Mawozo kidnapped five travellers near Croix-des-Bouquets, police said."
    [event] = extract(text, "en", dt.date(2022, 3, 14)).events
    assert event.actor1 is not None and event.actor1.name == "400 Mawozo Gang"


def test_the_gang_in_the_coalition_once_formed() -> None:
    text = "On 12 March 2024, members of 400 Mawozo kidnapped five travellers near Croix-des-Bouquets, police said."
    [event] = extract(text, "en", dt.date(2024, 3, 14)).events
    assert event.actor1 is not None and event.actor1.name == "Viv Ansanm"


def test_a_base_set_up_in_an_abandoned_police_station_has_no_side_hit() -> None:
    text = "Gang members set up a base in an abandoned police station in Ganthier on Thursday, residents said."
    event = main_event(text, "en", country="HT")
    assert event.sub_event_type == "Headquarters or base established"
    assert event.actor2 is None


def test_a_police_station_attacked_keeps_the_police_as_the_side_hit() -> None:
    text = "Gang members attacked a police station in Ganthier on Thursday, residents said."
    assert names(main_event(text, "en", country="HT"))[1] == "Police Forces of Haiti"


@pytest.mark.parametrize("told", ["Deux hommes accusés de vol ont été battus puis brûlés",
                                  "Un homme accusé de vol a été lynché puis brûlé"])
def test_the_police_reporting_a_lynching_told_in_two_verbs_are_no_side(told: str) -> None:
    text = f"{told} par une foule en colère samedi soir à Jacmel, a rapporté la police."
    assert names(main_event(text, "fr", country="HT")) == ("Rioters (Haiti)", "Civilians (Haiti)")


def test_two_verbs_with_no_doer_keep_the_reporting_army() -> None:
    text = "Dix terroristes ont été encerclés puis neutralisés lundi près de Djibo, a indiqué l'armée."
    assert "Military Forces of Burkina Faso" in names(main_event(text, "fr", country="BF"))
