"""Session 20: episodes a report tells in several sentences that are one ACLED event.

- "the clash" names the clash already told, as "the clashes" did: the deaths "in the clash" are that riot's or
  battle's, not a battle of their own ("a riot with 1 dead plus a battle with 8").
- "Three rustlers killed and two herders killed": a toll the parse reads as an active verb with no object kills no
  one, so the herders are the clash's dead, not civilians the rustlers killed apart from it.
- What led to the news ("after he assaulted a boy") is not what "the attack" told next goes on telling, unless
  named again ("an ambush" ... "the ambush").
- Violence the forces meet or do right after a demonstration, with no day or place of its own and no armed group
  named ("Police shot dead three people who were looting"), is that demonstration's, as "they clashed" already was.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds

THURSDAY = dt.date(2026, 3, 5)
RIOT = ("Riots", "Violent demonstration")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def _tolls(text: str, language: str = "en") -> list[tuple[tuple[str, str], list[int]]]:
    extraction = extract(text, language, THURSDAY)
    return [((e.event_type, e.sub_event_type), [c.low for c in e.counts if c.kind == "killed" and not c.included])
            for e in extraction.events]


def test_deaths_in_the_clash_are_the_riots() -> None:
    text = ("On Monday, police clashed with protesters demanding a new province in Tikapur. At least eight people, "
            "including two police officers, were killed and 30 were injured in the clash.")
    assert _tolls(text) == [(RIOT, [8])]


def test_a_clash_of_another_day_is_another_event() -> None:
    text = ("On Monday, police clashed with protesters demanding a new province in Tikapur. On Tuesday, a clash "
            "between two armed groups near Dhangadhi killed four fighters.")
    assert kinds(extract(text, "en", THURSDAY)) == [RIOT, CLASH]


def test_a_toll_list_after_a_clash_is_its_toll() -> None:
    text = ("Cattle rustlers clashed with police at a water point near Baragoi. Three rustlers killed and two herders "
            "killed.")
    assert _tolls(text) == [(CLASH, [3, 2])]


def test_civilians_killed_as_the_attackers_fled_are_an_event_of_their_own() -> None:
    text = ("Des jihadistes ont attaqué le camp militaire de Boni lundi. Dans leur fuite, les assaillants ont tué "
            "quatre civils à Kiri.")
    assert kinds(extract(text, "fr", THURSDAY)) == [CLASH, ATTACK]


def test_police_shooting_looters_after_riots_is_the_riot() -> None:
    text = ("Riots broke out in two estates of Busia after the election result was announced. Police shot dead three "
            "people who were looting shops.")
    assert _tolls(text) == [(RIOT, [3])]


def test_gunmen_shooting_traders_after_riots_is_another_event() -> None:
    text = ("Riots broke out in two estates of Busia after the election result was announced. Gunmen shot dead three "
            "traders at a market.")
    assert kinds(extract(text, "en", THURSDAY)) == [RIOT, ATTACK]


def test_the_attack_after_a_motive_is_the_news() -> None:
    # what led to the mob killing ("assaulted a small boy") is no event "the attack" goes on telling
    text = ("A man was beaten to death by residents in a village near Embu after it became believed he assaulted a "
            "small boy. The date of the attack is not known.")
    assert _tolls(text)[0] == (("Riots", "Mob violence"), [1])


def test_rioters_after_a_cause_are_the_protest() -> None:
    text = ("Police fired tear gas to disperse hundreds of traders who were protesting the burning of their stalls in "
            "Nairobi, demanding compensation after the fire destroyed their goods. The rioters threw stones at passing "
            "cars and at the police.")
    assert kinds(extract(text, "en", THURSDAY)) == [RIOT]


def test_the_ambush_named_again_is_the_earlier_event() -> None:
    text = ("Soldiers raided the village of Kirawa on Tuesday following an ambush on an army convoy nearby on Monday. "
            "The ambush killed four soldiers, a military source said.")
    assert _tolls(text) == [(CLASH, [4]), (ATTACK, [])]
