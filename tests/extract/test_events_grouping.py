"""Which event a clause belongs to, and how many events one phrase tells (extract/events.py, discourse.py,
context.py, salience.py): the event told last takes a bare "attack" clause, civilians killed where the forces
were attacked stay in the battle, a post retaken after an attack is a battle, and N bombings in a large city
are N events (an announced second blast beside background: test_events_discourse.py). Synthetic reports written
for these tests; real spaCy pipelines, geocoder, actor knowledge base, date and count readers.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

from sitrep.models import EventMention


def _killed(event: EventMention) -> set[int]:
    return {c.low for c in event.counts if c.kind == "killed" and c.low is not None}


def test_a_bare_attack_clause_joins_the_event_told_last_not_the_one_begun_last() -> None:
    text = (
        "Jihadists attacked an army post in the village of Amakoul on Friday, killing 20 soldiers, the army said. "
        "On Saturday, a French soldier died when his vehicle hit an improvised explosive device near Gao, "
        "the French ministry said. "
        "The soldiers at Amakoul fought for three hours before help arrived. "
        "Officials first said 25 people died in what they called a terrorist attack at Amakoul."
    )
    extraction = extract(text, "en", dt.date(2019, 11, 3))
    assert kinds(extraction) == [
        ("Battles", "Armed clash"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ]
    battle, ied = extraction.events
    assert 25 in _killed(battle)
    assert _killed(ied) == {1}


def test_civilians_killed_where_the_post_was_attacked_stay_in_the_battle() -> None:
    text = (
        "Les postes de l'armée malienne de Tessit et d'Ansongo ont été attaqués le lundi 30 septembre 2019 par "
        "des jihadistes. Les soldats ont riposté pendant deux heures, selon l'armée. "
        "Un élu ajoute que « les assaillants ont tué quatre civils à Tessit »."
    )
    extraction = extract(text, "fr", None)
    assert set(kinds(extraction)) == {("Battles", "Armed clash")}


def test_civilians_killed_elsewhere_as_the_attackers_fled_are_still_an_event_of_their_own() -> None:
    text = (
        "Le poste de l'armée malienne de Tessit a été attaqué le lundi 30 septembre 2019 par des jihadistes. "
        "Les soldats ont riposté pendant deux heures, selon l'armée. "
        "Dans leur fuite, les assaillants ont tué quatre civils à Tessit."
    )
    extraction = extract(text, "fr", None)
    assert ("Violence against civilians", "Attack") in kinds(extraction)


def test_troops_retaking_their_own_post_after_an_attack_fought_a_battle() -> None:
    text = (
        "Militants attacked an army outpost at Tessit on Friday, killing 10 soldiers, the army said. "
        "An officer said troops arrived in the evening and took back control of their positions."
    )
    extraction = extract(text, "en", dt.date(2019, 11, 2))
    assert kinds(extraction)[0] == ("Battles", "Armed clash")


def test_two_car_bombs_in_a_capital_are_two_events_with_the_toll_on_the_first() -> None:
    text = (
        "Le bilan de l'explosion de deux voitures piégées à Mogadiscio samedi s'est alourdi à au moins 30 morts, "
        "selon la police."
    )
    extraction = extract(text, "fr", dt.date(2017, 10, 16))
    assert [k[0] for k in kinds(extraction)] == ["Explosions/Remote violence"] * 2
    first, second = extraction.events
    assert _killed(first) == {30} and not second.counts
    assert second.location is not None and second.location.place.name == "Mogadishu"
    assert second.date is not None and second.date.value == dt.date(2017, 10, 14)


def test_two_bombs_in_a_town_are_one_event() -> None:
    text = "Two bombs exploded at the market in Gao on Tuesday, killing five people, police said."
    extraction = extract(text, "en", dt.date(2021, 3, 10))
    assert len(extraction.events) == 1


def test_the_second_place_of_an_attack_comes_after_the_first_even_with_the_only_figure() -> None:
    text = (
        "Jihadists attacked the army posts at Tessit and Tinkar on Monday, the army said. "
        "The fighting lasted two hours. In Tinkar, four soldiers were killed."
    )
    extraction = extract(text, "en", dt.date(2019, 10, 1))
    assert [e.event_type for e in extraction.events] == ["Battles", "Battles"]
    first, second = extraction.events
    assert not first.counts and _killed(second) == {4}
    assert first.salience > second.salience


def test_a_second_place_introduced_by_its_own_place_noun_is_a_second_event() -> None:
    text = (
        "Des jihadistes ont attaqué le camp militaire de Tessit et le poste militaire d'Ansongo le lundi 30 "
        "septembre 2019, selon l'armée. La double attaque a fait douze morts."
    )
    extraction = extract(text, "fr", None)
    places = [e.location.place.name if e.location else None for e in extraction.events]
    assert places == ["Tessit", "Ansongo"]
