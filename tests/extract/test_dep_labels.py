"""The shared dependency-label sets name labels the two models really give, one spelling from each scheme."""

from __future__ import annotations

import pytest

from sitrep.extract import dep_labels
from sitrep.extract.dep_labels import AGENTS, OBJECTS, PASSIVE_AUX, PASSIVE_SUBJECTS, RELATIVE_CLAUSES, SUBJECTS
from sitrep.nlp import load_pipeline

SETS = {name: value for name, value in vars(dep_labels).items() if name.isupper()}


def _labels(language: str) -> set[str]:
    return set(load_pipeline(language).get_pipe("parser").labels)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_label_is_one_models_own(name: str) -> None:
    english, french = _labels("en"), _labels("fr")
    for label in SETS[name]:
        assert label in english or label in french, (name, label)


@pytest.mark.parametrize("labels", [PASSIVE_SUBJECTS, PASSIVE_AUX, OBJECTS, AGENTS, RELATIVE_CLAUSES],
                         ids=["PASSIVE_SUBJECTS", "PASSIVE_AUX", "OBJECTS", "AGENTS", "RELATIVE_CLAUSES"])
def test_each_role_has_one_spelling_per_model(labels: frozenset[str]) -> None:
    assert len(labels & _labels("en")) == 1
    assert len(labels & _labels("fr")) == 1


@pytest.mark.parametrize(("language", "sentence", "subject", "auxiliary"), [
    ("en", "Four herders were abducted by armed men near the river.", "herders", "were"),
    ("fr", "Quatre éleveurs ont été enlevés par des hommes armés près du fleuve.", "éleveurs", "été"),
])
def test_a_passive_reads_the_same_in_both_languages(language: str, sentence: str, subject: str,
                                                    auxiliary: str) -> None:
    doc = load_pipeline(language)(sentence)
    by_word = {t.text: t for t in doc}
    assert by_word[subject].dep_ in PASSIVE_SUBJECTS and by_word[subject].dep_ in SUBJECTS
    assert by_word[auxiliary].dep_ in PASSIVE_AUX


@pytest.mark.parametrize(("language", "sentence", "target"), [
    ("en", "Armed men burned the market on Sunday.", "market"),
    ("fr", "Des hommes armés ont incendié le marché dimanche.", "marché"),
])
def test_an_active_object_is_no_passive_subject(language: str, sentence: str, target: str) -> None:
    token = next(t for t in load_pipeline(language)(sentence) if t.text == target)
    assert token.dep_ in OBJECTS and token.dep_ not in SUBJECTS
