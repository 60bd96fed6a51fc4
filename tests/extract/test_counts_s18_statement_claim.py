"""An armed group's statement that "its fighters" killed so many is the claimant counting its own kills: used only
when no other figure is given, as for "the group claimed to have killed 85 soldiers". The army's statement about
its own troops is no such claim."""

from tests.extract.report_events import fatalities

OFFICER = ("Militants attacked an army post near the town of Dalo on Monday, an army officer said, adding that four "
           "soldiers died in the fighting. ")


def test_group_statement_of_its_fighters_kills_yields_to_the_officer():
    text = OFFICER + "The group said in a statement that its fighters had killed 40 soldiers."
    assert fatalities(text) == 4


def test_group_statement_alone_still_gives_the_toll():
    """Guard: with no other figure the claim is the toll."""
    text = ("Militants attacked an army post near the town of Dalo on Monday. The group said in a statement that its "
            "fighters had killed 40 soldiers.")
    assert fatalities(text) == 40


def test_army_statement_of_its_troops_kills_still_counts():
    """Guard: "its troops" are the state's, whose figure of militants killed adds to the soldiers who died."""
    text = OFFICER + "The army said in a statement that its troops had killed 20 militants."
    assert fatalities(text) == 24


OFFICIER = ("Des jihadistes ont attaqué lundi un poste de l'armée près de la ville de Dalo, a indiqué un officier, "
            "précisant que quatre soldats avaient été tués dans les combats. ")


def test_french_group_statement_of_its_fighters_kills_yields_to_the_officer():
    text = OFFICIER + "Le groupe a affirmé dans un communiqué que ses combattants avaient tué 40 soldats."
    assert fatalities(text, "fr") == 4


def test_french_army_statement_of_its_troops_kills_still_counts():
    """Guard: "ses hommes" in the army's statement are the state's: their kills add to the soldiers who died."""
    text = OFFICIER + "L'armée a indiqué dans un communiqué que ses troupes avaient tué 20 assaillants."
    assert fatalities(text, "fr") == 24
