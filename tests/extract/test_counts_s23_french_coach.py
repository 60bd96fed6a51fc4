"""French 'car' is the coach after a determiner ("Cinq passagers d'un car ont été tués"), and the conjunction
"because" otherwise: the victims' words then run on to their passive verb. Synthetic reports, real spaCy."""

from __future__ import annotations

from sitrep.extract.counts import find_counts


def test_the_passengers_of_a_coach_are_counted() -> None:
    counts = find_counts("Cinq passagers d'un car ont été tués lundi près de Gao.", "fr")
    assert [(c.kind, c.low) for c in counts] == [("killed", 5)]


def test_guard_car_as_because_still_ends_the_victims_words() -> None:
    # "car" opens a clause of its own: the soldiers' verb is not read across it
    counts = find_counts("Trois soldats, car ils étaient en patrouille, ont été tués lundi près de Gao.", "fr")
    assert counts == []
