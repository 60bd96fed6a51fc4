"""A lead that gives one toll for several attacks, then tells each attack with its own toll: ACLED codes each
attack's own figure and divides the sum only when nothing better is reported, so the sum (and the victims its
breakdown names) is no clause of the first attack. Synthetic reports, real spaCy."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep import extract_text
from sitrep.extract.context import Report
from sitrep.extract.counts import find_counts
from sitrep.models import Article
from sitrep.nlp import load_pipeline

TOLD_APART = ("Around 30 people, including 18 soldiers and 12 militiamen, were killed on Saturday and Sunday in two "
              "separate attacks in the north of the country, security sources said on Monday. On Saturday, gunmen "
              "attacked an army post in Dalo, killing 18 soldiers. On Sunday, militiamen were targeted near Kora and "
              "12 of them were killed.")
RACONTEES = ("Une trentaine de personnes, dont 18 soldats et 12 miliciens, ont été tuées samedi et dimanche dans "
             "deux attaques distinctes dans le nord du pays, a-t-on appris lundi de sources sécuritaires. Samedi, des "
             "hommes armés ont attaqué un poste de l'armée à Dalo, tuant 18 soldats. Dimanche, des miliciens ont été "
             "pris pour cible près de Kora : 12 d'entre eux ont été tués.")


def tolls(text: str, language: str) -> list[tuple[str, int | None]]:
    events = extract_text(text, published="2024-03-18", language=language)
    return sorted((str(e.event_date), e.fatalities) for e in events)


def test_each_attack_keeps_its_own_toll_not_the_sum() -> None:
    assert tolls(TOLD_APART, "en") == [("2024-03-16", 18), ("2024-03-17", 12)]


def test_french_each_attack_keeps_its_own_toll_not_the_sum() -> None:
    assert tolls(RACONTEES, "fr") == [("2024-03-16", 18), ("2024-03-17", 12)]


def test_the_first_attack_is_coded_from_its_own_words_not_the_sums_victims() -> None:
    """The militiamen the sum names died on Sunday: Saturday's attackers are the gunmen."""
    first = min(extract_text(TOLD_APART, published="2024-03-18", language="en"), key=lambda e: str(e.event_date))
    assert first.actor2 is not None and first.actor2.startswith("Military Forces")
    assert first.actor1 is not None and "Militia" not in first.actor1


def test_a_sum_with_no_toll_per_attack_stays_the_events() -> None:
    """Guard: nothing better is reported, so the sum is still read (divided among the attacks)."""
    text = ("Around 30 people were killed on Saturday and Sunday in two separate attacks in the north of the country, "
            "security sources said on Monday. On Saturday, gunmen attacked an army post in Dalo. On Sunday, militiamen "
            "were targeted near Kora.")
    assert [f for _, f in tolls(text, "en")] == [15]


def test_a_figure_before_its_breakdown_still_reads_the_attacks_it_covers() -> None:
    """The clause of "30 people" goes on after its breakdown between commas: it was told for two attacks."""
    thirty = next(c for c in find_counts(TOLD_APART, "en") if c.low == 30)
    assert thirty.events == 2
    trente = next(c for c in find_counts(RACONTEES, "fr") if c.low == 30)
    assert trente.events == 2


def test_a_breakdown_figure_stays_part_of_the_sum() -> None:
    """Guard: the 12 militiamen named in the sum's breakdown are included in it, whatever else its clause says."""
    twelve = next(c for c in find_counts(TOLD_APART, "en") if c.low == 12)
    assert twelve.included


def test_a_sentence_never_opens_on_a_comma_or_a_colon() -> None:
    """The parser cut "Samedi | , des hommes armés ..." and "Burkina | : deux attaques": the pieces are one sentence
    (the day then dates the attack; the headline counts its attacks)."""
    text = "Burkina : deux attaques\n\nSamedi, des hommes armés ont attaqué Dalo."
    nlp = load_pipeline("fr")
    words = ["Burkina", ":", "deux", "attaques", "\n\n", "Samedi", ",", "des", "hommes", "armés", "ont", "attaqué",
             "Dalo", "."]
    spaces = [True, True, True, False, False, False, True, True, True, True, True, True, False, False]
    starts = [True, True, False, False, False, True, True] + [False] * 7
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    assert doc.text == text
    report = Report.build(Article(id="t1", text=text, language="fr", source_format="text"), doc)
    assert [s.text for s in report.sentences] == [
        "Burkina : deux attaques", "Samedi, des hommes armés ont attaqué Dalo."]


def test_a_sentence_after_a_stop_still_opens_on_its_own_line() -> None:
    """Guard: a line that ends with a stop ends its sentence."""
    text = "Dalo a été attaqué.\nSamedi, des hommes armés ont attaqué Kora."
    nlp = load_pipeline("fr")
    report = Report.build(Article(id="t1", text=text, language="fr", source_format="text"), nlp(text))
    assert len(report.sentences) == 2
