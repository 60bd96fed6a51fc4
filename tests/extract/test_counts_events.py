"""Which figures are this event's deaths: long victim phrases, time words, deaths before the event, updated tolls,
attempts, later deaths and the days a figure covers (synthetic sentences, English and French)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from sitrep.extract.event_counts import span_days


def killed(text: str, language: str = "en") -> list[int]:
    """The killed figures that count for the event (not a grievance, not part of another figure)."""
    return [c.low for c in find_counts(text, language) if c.kind == "killed" and not (c.grievance or c.included)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims told at length before a passive verb
        ("Two Border Guard Service (BGS) personnel were killed when their truck hit a mine.", [2]),
        ("Six fighters, linked to the northern faction, were gunned down near the market.", [6]),
        ("A driver accused of stealing 11 goats was beaten to death by a crowd.", [1]),
        # ... but not across another clause
        ("Three soldiers attacked the hamlet where people were killed.", []),
        # time words between the auxiliary and the verb
        ("Two rangers were Friday afternoon shot dead by unknown gunmen.", [2]),
        ("Three suspects were on 24/02 lynched by residents.", [3]),
        ("Two herders were in the evening hours shot dead.", [2]),
        ("At least 4 people were last night killed in a car explosion.", [4]),
        # the victims between the verb and "to death"
        ("Villagers stabbed 3 traders to death at the market.", [3]),
        ("A trader was assassinated outside his shop.", [1]),
        ("Four guards were shot, hacked and decapitated by an armed group.", [4]),
        # an active verb with an object: the figure did the killing
        ("Three gunmen executed the operation using a truck.", []),
        # the victim's noun after "of" is read whole
        ("Two officers were killed in the ambush.", [2]),
        # an attempt is not a death
        ("Residents nearly lynched a pastor accused of theft.", []),
        ("The gang tried to kill two witnesses.", []),
        # an ACLED note's own coding
        ("The elder spoke of many casualties in the clashes (coded as 10).", [10]),
        ("Police found the bodies of four men in a car.", [4]),
        # one person named between the verb and "dead"
        ("Armed men stopped a bus and shot the driver dead.", [1]),
        ("A gunman stabbed to death a police colonel at his gate.", [1]),
        ("Police shot the driver in the leg.", []),
        # attackers killed by their own act
        ("Two suicide bombers detonated at a mosque, killing only themselves.", [2]),
        ("The bomber set off his vest at the gate, killing himself.", [1]),
        ("Gunmen killed 5 soldiers before killing themselves.", [5]),
    ],
)
def test_killed_figures_en(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les assaillants ont tenté de tuer deux gendarmes.", []),
        ("Des jeunes ont failli tuer deux voleurs présumés.", []),
        ("Deux soldats ont été tués par des hommes armés.", [2]),
        ("Deux kamikazes se sont fait exploser devant la mosquée, ne tuant qu'eux-mêmes.", [2]),
    ],
)
def test_killed_figures_fr(text: str, expected: list[int]) -> None:
    assert killed(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language", "grievances"),
    [
        ("Youths rioted following the death of a student in custody.", "en", [1]),
        ("Residents lynched two robbers accused of killing three people.", "en", [3]),
        ("Hawkers blocked the road after a colleague was killed.", "en", [1]),
        ("Police shot a man who had killed two people.", "en", [2]),
        ("Des jeunes ont incendié le commissariat après la mort de deux détenus.", "fr", [2]),
    ],
)
def test_deaths_before_the_event_are_grievances(text: str, language: str, grievances: list[int]) -> None:
    assert [c.low for c in find_counts(text, language) if c.grievance] == grievances
    assert all(c.low not in grievances for c in find_counts(text, language) if not c.grievance)


def test_later_death_of_one_victim_counts_one() -> None:
    counts = find_counts("A reporter was stabbed by assailants on Tuesday. He succumbed to his injuries.", "en")
    assert [(c.kind, c.low, c.rule, c.additional) for c in counts] == [("killed", 1, "count:killed:died", False)]


def test_later_death_of_one_of_the_injured_is_added() -> None:
    counts = find_counts("Two people were killed and a man injured. He later died in hospital.", "en")
    died = [c for c in counts if c.rule == "count:killed:died"]
    assert len(died) == 1 and died[0].additional


def test_injured_who_die_later_are_added() -> None:
    counts = find_counts("Two soldiers were killed and 11 injured. Three of the injured died the next day.", "en")
    assert [(c.kind, c.low, c.additional) for c in counts] == [
        ("killed", 2, False), ("injured", 11, False), ("killed", 3, True)]


def test_a_list_after_among_the_dead_breaks_down_the_toll() -> None:
    text = "Nine herders were killed. Among the dead are three women and six men who were shot dead."
    counts = find_counts(text, "en")
    assert [(c.low, c.included) for c in counts] == [(9, False), (3, True), (6, True)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bomb killed four and injured 30. The next day the death toll rose to six.", "en"),
        ("Une bombe a tué quatre civils. Le bilan s'est alourdi à six morts.", "fr"),
    ],
)
def test_updated_toll_is_marked_revised(text: str, language: str) -> None:
    counts = [c for c in find_counts(text, language) if c.kind == "killed"]
    assert [(c.low, c.revised) for c in counts] == [(4, False), (6, True)]


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        ("Riots in the county from 11 to 13 August left 5 people dead.", "en", 3),
        ("Clashes on September 11th and 12th killed six.", "en", 2),
        ("Fourteen fighters were killed over the weekend.", "en", 2),
        ("Twenty died as fighting flared over the course of ten days.", "en", 10),
        ("Heavy fighting on Jun. 19-20 left 16 dead.", "en", 2),
        ("Three soldiers were killed between Nov. 15 and 18.", "en", None),
        ("Gunmen killed 50 people in the night of 11 to 12 June.", "en", None),
        ("Cinquante personnes ont été tuées dans la nuit du 11 au 12 juin.", "fr", None),
        ("Six deaths (coded across 6 events) were reported.", "en", 6),
        ("Two days of clashes left 10 dead.", "en", 2),
        ("Five people were killed on 3 June.", "en", None),
        ("Twenty years of war have left the region poor.", "en", None),
        ("Des combats du 3 au 5 mars ont fait 12 morts.", "fr", 3),
        ("Les affrontements ont duré pendant deux jours.", "fr", 2),
        ("Ten were killed over the span of two days of fighting.", "en", 2),
        # hours that run into a second day are two days; a day's hours are one
        ("Seventeen are killed in clashes over a 36 hour period in Butiye.", "en", 2),
        ("Nine died in 72 hours of fighting.", "en", 3),
        ("Four people were killed in 24 hours.", "en", None),
        ("A 48-hour curfew followed the killing of two men.", "en", None),
    ],
)
def test_span_days(text: str, language: str, days: int | None) -> None:
    assert span_days(text, language) == days
