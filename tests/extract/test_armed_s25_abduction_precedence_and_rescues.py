"""Three readers that made abductions where a careful coder sees none (blind s24 s05, s06b). A raid whose killing is
told first stays an Attack when a later sentence of the same event tells people taken (ACLED codes an abduction
only when it is the main act; event_groups.group_units, as it did for "the gunmen also abducted"). Captives freed
are no abduction by their rescuers, in French as in English ("l'armée a libéré deux otages", "troops freed two
hostages": data/event_types.yaml Change to group/activity, passing_mention). And a day closing two coordinated acts
dates both ("ont mis en déroute les assaillants et libéré deux otages lundi": event_units.find_units), so the
army's later act does not join the raid told before. Synthetic sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

WEDNESDAY = dt.date(2025, 4, 9)
TUESDAY = dt.date(2025, 4, 8)
MONDAY = dt.date(2025, 4, 7)
SUNDAY = dt.date(2025, 4, 6)


def _events(text: str, language: str = "en") -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, language, WEDNESDAY).events]


def test_a_killing_told_first_outranks_people_taken_later_in_french() -> None:
    text = ("Neuf éleveurs ont été tués mardi lors d'une attaque d'hommes armés contre un campement près de Garba. "
            "Les assaillants ont incendié les cases avant de repartir vers la brousse. Des habitants disent que ceux "
            "qui résistent sont enlevés.")
    assert _events(text, "fr") == [(TUESDAY, "Attack")]


def test_a_killing_told_first_outranks_people_taken_later() -> None:
    text = ("Nine herders were killed on Tuesday when gunmen raided a camp near Garba. The raiders burned huts before "
            "leaving. Residents said four women were abducted by the gunmen.")
    assert _events(text) == [(TUESDAY, "Attack")]


def test_an_abduction_with_nobody_killed_stays_an_abduction() -> None:
    # guard: the attack word alone, with no one killed, does not outrank the people taken
    text = "Gunmen attacked a village near Garba on Tuesday. Residents said four women were abducted by the gunmen."
    assert _events(text) == [(TUESDAY, "Abduction/forced disappearance")]


def test_hostages_freed_by_the_army_are_no_abduction_in_french() -> None:
    assert _events("L'armée a libéré deux otages lundi près de Garba.", "fr") == [(MONDAY, "Change to group/activity")]


def test_captives_freed_by_troops_are_no_abduction() -> None:
    assert _events("Troops freed two kidnapped women near Garba on Monday.") == [(MONDAY, "Change to group/activity")]


def test_people_taken_hostage_are_an_abduction_in_french() -> None:
    # guard: the taking itself
    text = "Des hommes armés ont pris en otage deux commerçants lundi près de Garba."
    assert _events(text, "fr") == [(MONDAY, "Abduction/forced disappearance")]


def test_the_day_closing_two_coordinated_acts_dates_both() -> None:
    text = ("Dix villageois ont été tués dans la nuit de samedi à dimanche lors d'une attaque de rebelles contre "
            "Garba. L'armée affirme avoir mis en déroute les assaillants et libéré deux otages lundi.")
    assert _events(text, "fr") == [(dt.date(2025, 4, 5), "Attack"), (MONDAY, "Armed clash")]


def test_a_day_told_first_stays_the_first_acts_own() -> None:
    # guard: a conjunct after its own day keeps the day of its first act
    text = "Gunmen raided Garba on Sunday and killed five villagers, police said on Monday."
    assert _events(text) == [(SUNDAY, "Attack")]
