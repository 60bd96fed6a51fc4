"""Violence against civilians that the attackers already told ("the gunmen", "they") "also" did, in the sentences
right after and with no day or place of its own, is the same raid: ACLED codes one event per day, place and pair
of actors, and people killed in an abduction make it an attack. The forces "also" killing is another actor."""

from tests.extract.report_events import file_events

RAID = """Gunmen seize dozens of villagers in northern raid

KORANA, Nigeria, March 9, 2024 (Wire) - Armed men raided a market in Korana in Zamfara state on Thursday and \
abducted at least 30 traders, a local official said on Saturday.

A villager said the gunmen also shot dead three people who tried to run away.
"""
BACKGROUND = (
    "\nAttacks on villages have grown common in the region, where armed groups killed over 200 people in January.\n"
)


def _coded(events):
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in events]


def test_killing_told_after_an_abduction_is_the_same_raid(tmp_path):
    events = file_events(tmp_path, RAID)
    assert _coded(events) == [("Violence against civilians", "Attack", 3)]
    assert events[0].location == "Korana" or events[0].admin1 == "Zamfara"


def test_same_raid_survives_a_background_paragraph(tmp_path):
    assert _coded(file_events(tmp_path, RAID + BACKGROUND)) == [("Violence against civilians", "Attack", 3)]


def test_forces_also_killing_stay_apart(tmp_path):
    """Guard: "the soldiers also shot dead" tells another actor's violence, not the raid's."""
    text = RAID.replace("the gunmen also shot dead three people who tried to run away",
                        "the soldiers also shot dead three people who tried to run away")
    assert len(file_events(tmp_path, text)) == 2


def test_killing_without_also_stays_apart(tmp_path):
    """Guard: without "also" the rule does not join the killing to the abduction."""
    text = RAID.replace("the gunmen also shot dead", "the gunmen shot dead")
    assert len(file_events(tmp_path, text)) == 2
