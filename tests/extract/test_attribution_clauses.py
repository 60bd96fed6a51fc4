"""A source phrase read forwards ends where the parse opens the sentence's next clause (its finite verb or the subject
before it), not at a listed word: "auprès des habitants | font état de dix morts". Synthetic sentences; real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import clause_starts, find_attribution
from sitrep.nlp import load_pipeline


def _source(sentence: str, language: str) -> str | None:
    doc = load_pipeline(language)(sentence)
    return find_attribution(sentence, language, clause_starts(doc[:], 0))


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        ("Des informations recueillies auprès des habitants font état de six morts.", "fr", "habitants"),
        ("Des renseignements recueillis auprès de notables de la commune confirment la mort de quatre bergers.", "fr",
         "notables de la commune"),
        ("According to local officials the gunmen fled towards the river.", "en", "local officials"),
    ],
)
def test_a_source_read_forwards_stops_at_the_next_clause(sentence: str, language: str, source: str) -> None:
    assert _source(sentence, language) == source


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        # a participle inside the source phrase opens no clause
        ("According to a statement released by the army, ten militants were killed.", "en",
         "a statement released by the army"),
        ("Selon des habitants joints par téléphone, les assaillants sont repartis vers la frontière.", "fr",
         "des habitants"),
        ("Trois soldats ont été tués, a indiqué le gouvernement qui a décrété un deuil.", "fr", "le gouvernement"),
    ],
)
def test_a_source_without_a_clause_after_it_is_read_as_before(sentence: str, language: str, source: str) -> None:
    assert _source(sentence, language) == source
    assert find_attribution(sentence, language) == source
