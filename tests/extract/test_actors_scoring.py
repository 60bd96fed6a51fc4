"""How the scorers compare actor names: ACLED's periods ignored, a country suffix accepted only where the gold
name has none, the order of the two actors ignored except in Violence against civilians."""

from __future__ import annotations

import pytest

from sitrep.evaluate.acled import actor_key, actors_match
from sitrep.evaluate.common import names_match


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Unidentified Armed Group (Mali)", "Unidentified Armed Group", True),
        ("Unidentified Armed Group", "Unidentified Armed Group (Mali)", False),
        ("Dogon Ethnic Militia (Niger)", "Dogon Ethnic Militia (Mali)", False),
        ("Police Forces of Kenya", "Police Forces of Kenya (2013-)", True),
        ("Police Forces of Kenya (2002-2013)", "police forces of kenya", True),
        ("Military Forces of Nigeria (2015-) Special Forces", "Military Forces of Nigeria Special Forces", True),
        ("Military Forces of Mali", "Military Forces of Niger", False),
        (None, "JNIM", False),
    ],
)
def test_names_match(predicted: str | None, gold: str, same: bool) -> None:
    assert names_match(predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Police Forces of Kenya", "Police Forces of Kenya (2013-)", True),
        ("Military Forces of Kenya", "Military Forces of Kenya (2002-2013)", True),
        ("ODM: Orange Democratic Movement", "ODM: Orange Democratic Movement", True),
        ("Al Shabaab", "al-Shabab", True),
        ("Unidentified Armed Group (Kenya)", "Unidentified Armed Group (Somalia)", False),
        ("Police Forces of Kenya", "Military Forces of Kenya (2013-)", False),
        # a communal militia named by its place, with or without the country later exports add
        ("Kandi Communal Militia (Bangladesh)", "Kandi Communal Militia", True),
        ("Kandi Communal Militia (Bangladesh)", "Pirpur Communal Militia", False),
        ("Unidentified Communal Militia (Kenya)", "Unidentified Communal Militia (Uganda)", False),
        ("Pokot Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Uganda)", False),
        # one export names an identity militia nobody names either way, by the event's year
        ("Unidentified Communal Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)", True),
        ("Unidentified Ethnic Militia (Kenya)", "Unidentified Communal Militia (Kenya)", True),
        ("Unidentified Communal Militia (Kenya)", "Unidentified Ethnic Militia (Ethiopia)", False),
        ("Unidentified Communal Militia (Kenya)", "Unidentified Clan Militia (Kenya)", False),
        ("Pokot Communal Militia (Kenya)", "Pokot Ethnic Militia (Kenya)", False),
        # later exports write the acronym after the name, older ones before it
        ("ISWAP: Islamic State West Africa Province", "Islamic State West Africa Province (ISWAP)", True),
        ("JNIM: Group for Support of Islam and Muslims", "Group for Support of Islam and Muslims (JNIM)", True),
        # ... but a country in brackets is never an acronym, and a faction's name stays
        ("Protesters", "Protesters (USA)", False),
        ("Mayi Mayi Militia", "Mayi Mayi Militia (Apa Na Pale)", False),
        ("Civilians (International)", "Civilians (International)", True),
        ("Military Forces of Yemen Houthi", "Military Forces of Yemen (2017-) Houthi", True),
        ("Military Forces of Yemen", "Military Forces of Yemen (2017-) Houthi", False),
    ],
)
def test_acled_actor_key(predicted: str, gold: str, same: bool) -> None:
    assert (actor_key(predicted) == actor_key(gold)) is same


ARMY, SHABAAB = "Military Forces of Somalia (2012-)", "Al Shabaab"


@pytest.mark.parametrize(
    ("predicted", "gold", "ordered", "expected"),
    [
        # a battle told with the other side first: both actors are named (the codebook gives order no meaning)
        ((SHABAAB, "Military Forces of Somalia"), (ARMY, SHABAAB), False, (True, True)),
        ((ARMY, SHABAAB), (ARMY, SHABAAB), False, (True, True)),
        # one side right but in the other column: the gold actor it names counts, the other does not
        ((SHABAAB, "Unidentified Armed Group (Somalia)"), (ARMY, SHABAAB), False, (False, True)),
        # each predicted actor stands for one gold actor only
        ((SHABAAB, SHABAAB), (ARMY, SHABAAB), False, (False, True)),
        ((ARMY, None), (ARMY, None), False, (True, True)),
        # Violence against civilians: the target is always Actor 2, so the columns are compared as they are
        (("Civilians (Somalia)", SHABAAB), (SHABAAB, "Civilians (Somalia)"), True, (False, False)),
        ((SHABAAB, "Civilians (Somalia)"), (SHABAAB, "Civilians (Somalia)"), True, (True, True)),
    ],
)
def test_acled_actor_order(predicted: tuple[str | None, str | None], gold: tuple[str, str | None], ordered: bool,
                           expected: tuple[bool, bool]) -> None:
    assert actors_match(*predicted, *gold, ordered=ordered) == expected
