"""A clash told with stones or fists, or broken up with tear gas, and no armed group or weapon named near it, is a
riot: ACLED's battles need armed sides."""

from tests.extract.report_events import main_type


def test_a_clash_broken_up_with_tear_gas_is_a_riot():
    text = ("Two factions of the party clashed at its offices in Kisumu on Monday. "
            "Police broke up the scuffling groups with tear gas.")
    assert main_type(text)[0] == "Riots"


def test_a_clash_with_stones_is_a_riot():
    text = "Rival groups of traders clashed at the market in Kisii on Monday, pelting each other with stones."
    assert main_type(text)[0] == "Riots"


def test_a_clash_of_gunmen_stays_a_battle():
    text = ("Gunmen clashed with police at a roadblock in Mandera on Monday. "
            "Police later fired tear gas to disperse residents who gathered at the scene.")
    assert main_type(text)[0] == "Battles"
