"""A source set off from its reporting verb by an aside is still the source: words that set one account against
another ("the army, for its part, said", "l'armée a de son côté indiqué", "a au contraire affirmé") and a clause
between commas after the source ("a police officer, who asked not to be named, said", "un élu local, joint par
téléphone, a indiqué"). Competing accounts of one event's dead are then told apart by who gives them. Synthetic
sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import find_attribution


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        ("The army, for its part, said five soldiers were killed.", "en", "The army"),
        ("The governor for his part said five civilians died.", "en", "The governor"),
        ("Police meanwhile said three suspects were arrested.", "en", "Police"),
        ("The ministry, in a statement, said ten attackers were killed.", "en", "The ministry"),
        ("A police officer, who spoke on condition of anonymity, said five people were killed.", "en",
         "A police officer"),
        ("In Tarvo, a security source, who asked not to be named, said ten soldiers died.", "en", "a security source"),
        ("Le syndicat des chauffeurs a de son côté indiqué que deux chauffeurs avaient été tués.", "fr",
         "Le syndicat des chauffeurs"),
        ("L'état-major a au contraire affirmé que quinze terroristes avaient été neutralisés.", "fr", "L'état-major"),
        ("La police a par ailleurs annoncé que trois suspects ont été arrêtés.", "fr", "La police"),
        ("Le gouverneur a, pour sa part, indiqué que cinq civils ont été tués.", "fr", "Le gouverneur"),
        ("L'armée a, dans un communiqué publié lundi, affirmé que dix assaillants ont été tués.", "fr", "L'armée"),
        ("L'armée, de son côté, affirme que dix assaillants ont été tués.", "fr", "L'armée"),
        ("Un élu local, qui a requis l'anonymat, a indiqué que cinq civils ont été tués.", "fr", "Un élu local"),
        ("Moussa Kanté, joint par téléphone, a indiqué que cinq civils ont été tués.", "fr", "Moussa Kanté"),
        ("Un responsable de l'association, qui dit avoir dressé la liste des morts, évoque un bilan de treize tués.",
         "fr", "Un responsable de l'association"),
        # the claimant speaks for itself (its figure is flagged a claim), never the clause after the verb
        ("Le groupe, qui a revendiqué l'attaque, affirme avoir abattu 85 militaires.", "fr", "Le groupe"),
    ],
)
def test_a_source_set_off_from_its_verb(sentence: str, language: str, source: str) -> None:
    assert find_attribution(sentence, language) == source


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        # the clause between commas belongs to the victims: the source follows the verb
        ("Gunmen killed five people, who were returning from a market, police said.", "en", "police"),
        ("Five people were killed, said a police officer, who asked not to be named.", "en", "a police officer"),
        ("Cinq civils ont été tués, a de son côté indiqué le maire.", "fr", "le maire"),
        ("Vingt soldats ont été tués, a indiqué le gouvernement.", "fr", "le gouvernement"),
    ],
)
def test_guard_a_source_after_its_verb(sentence: str, language: str, source: str) -> None:
    assert find_attribution(sentence, language) == source


def test_guard_the_victims_before_their_clause_are_no_source() -> None:
    assert find_attribution("Gunmen killed five people, who were returning from a market, said police.", "en") != (
        "five people")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Troops retook the town; local officials say fourteen people died.", "local officials"),
        ("Residents say at least ten people were killed.", "Residents"),
        ("Five people were killed, residents say.", "residents"),
    ],
)
def test_a_source_that_says(sentence: str, source: str) -> None:
    # the present plural, as headlines and leads give a source's toll
    assert find_attribution(sentence, "en") == source


@pytest.mark.parametrize("sentence", ["Needless to say, five people died.", "They say ten people died."])
def test_guard_say_with_no_source(sentence: str) -> None:
    assert find_attribution(sentence, "en") is None
