"""A provisional toll told in the past ("Un bilan provisoire faisait état de sept morts") is one the report's later
toll replaced; the figure told on top of it in the next sentence ("revu à la hausse après la découverte de cinq
autres corps") is part of the new toll, not a toll of its own. "Le bilan s'alourdit à douze morts" is an updated
toll. A provisional toll told in the present is the report's toll. Synthetic sentences, real spaCy."""

from __future__ import annotations

from sitrep.extract.counts import find_counts

REVISED = ("Douze pêcheurs ont été tués mardi près de Tarbo, selon les autorités locales. Un bilan provisoire, établi "
           "mercredi matin par le chef de village, faisait état de sept morts. Il a été revu à la hausse dans "
           "l'après-midi après la découverte de cinq autres corps, a précisé le préfet.")


def test_a_provisional_toll_told_in_the_past_is_replaced_and_what_rose_is_in_the_new_toll() -> None:
    counts = [(c.low, c.superseded, c.included or c.superseded) for c in find_counts(REVISED, "fr")
              if c.kind == "killed"]
    assert counts == [(12, False, False), (7, True, True), (5, False, True)]


def test_the_toll_growing_heavier_is_an_updated_toll() -> None:
    text = "Le bilan de l'attaque contre des pêcheurs près de Tarbo s'alourdit à douze morts."
    assert [(c.low, c.revised) for c in find_counts(text, "fr")] == [(12, True)]


def test_guard_a_provisional_toll_in_the_present_is_the_reports_toll() -> None:
    for text in ("Selon un bilan provisoire, douze personnes ont été tuées mardi près de Tarbo.",
                 "Le bilan provisoire est de douze morts, selon la police."):
        assert [(c.low, c.superseded) for c in find_counts(text, "fr")] == [(12, False)]
