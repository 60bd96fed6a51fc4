"""Tolls told by several voices or in several sentences (synthetic sentences, English and French): voices that
each count another side's dead give parts of one toll; one person told without a figure is one of the side's
numbered dead; victims named by the words the report names a side by are that side's dead."""

from __future__ import annotations

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the army counts the attackers' dead (vague: dozens = 12), residents the civilians': one toll, summed
        ("Soldiers repelled an attack by gunmen on a base near Dori on Friday, killing dozens of assailants, the "
         "army said. Local residents said nine civilians were killed in the crossfire.", "en", 21),
        # the ministry counts its gendarmes, its statement the assailants: their dead add up
        ("Douze gendarmes ont été tués vendredi dans une attaque contre un poste près de Dori, a annoncé le "
         "ministère de la Défense. « Plusieurs dizaines d'assaillants ont été neutralisés », précise le "
         "communiqué.", "fr", 24),
        # two voices for the same side are competing claims: the lowest
        ("The army said 12 soldiers were killed when gunmen attacked a base near Dori on Friday. Residents said "
         "20 soldiers died.", "en", 12),
        # the rioters' own dead are a side's part beside the officer they killed
        ("Rioters hacked a police officer to death in Kisumu on Friday. Three rioters were shot dead by police.",
         "en", 4),
        # the commander told without a figure is one of the three militants
        ("Police killed the militant commander in a raid near Garissa on Friday. Three militants were killed.",
         "en", 3),
        # so is the gang leader among four gang members (a whole toll: no side named)
        ("Police shot dead the gang leader during a raid in Mombasa on Friday. Four gang members were killed in the "
         "raid.", "en", 4),
    ],
)
def test_tolls_across_voices_and_sentences(text: str, language: str, expected: int) -> None:
    assert fatalities(text, language) == expected
