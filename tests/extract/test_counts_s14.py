"""One person killed told without a figure, and figures whose verb comes late (synthetic sentences): a pronoun after
two joined verbs, a named person as a killing verb's object or as a subject with a relative clause, a body found,
"gunned" without "down", "known as" between the victim and the verb, people detained and later found dead, a victim
named by whose he was ("the Secretary's driver"), "leading to her death", a toll phrase told at length."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts


def killed(text: str) -> int:
    return sum(c.low for c in find_counts(text, "en") if c.kind == "killed" and not c.included)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided the home of a trader, killing and robbing him.", 1),
        ("The crowd seized the suspect and proceeded to kill him themselves.", 1),
        ("A well-known cleric known as \"Baba\" is shot dead by unidentified assailants.", 1),
        ("One person has been gunned and two others injured in Moyale.", 1),
        ("A man was gunned down in Eastleigh and 2 others were gunned in Kibera.", 3),
        ("Five suspects were detained by police and later found dead in a forest.", 5),
        ("Rioters clashed with police; a body is later found in the town.", 1),
        ("The student's body was later found in a forest.", 1),
        ("Gunmen shot dead the former deputy governor outside his house.", 1),
        ("Police shot and killed Peter Ouma, a 21-year-old man, on the night of August 11.", 1),
        ("Police beat to death 17-year-old Joseph Kamau after chasing him.", 1),
        ("Politician, Mary Wanjiku who ran for the party nomination last month was killed by three gunmen.", 1),
        ("11 reported to have been killed in the riots.", 11),
        ("The Transport Cabinet Secretary's driver is shot and killed in Kariobangi.", 1),
        ("A girl was hit in the head by an officer using a baton, leading to her death on August 15.", 1),
        ("The councillor was approached by three men at a hotel. His body was on Thursday evening found in a "
         "river.", 1),
        ("A warden shot an officer in Mombasa. The public retaliated by lynching the perpetrator.", 1),
        # a toll phrase that names the attack at length before its verb
        ("The death toll in an attack on Sunday by armed militia at a village in the north district in northern "
         "Kenya has risen to 11.", 11),
        # a group's name after the verb is no person
        ("Soldiers killed Al Shabaab fighters near Lamu.", 0),
    ],
)
def test_one_killed_without_a_figure(text: str, expected: int) -> None:
    assert killed(text) == expected
