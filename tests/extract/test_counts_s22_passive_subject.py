"""One victim told as the subject of a passive casualty verb that the readers of words in a row miss (modifiers, a
relative clause or a reporting verb around it) is found by the parse: one death, when the text gives no killed
figure at all. Synthetic reports, real spaCy."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from sitrep.nlp import load_pipeline
from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    "text",
    [
        # three words before the victim's noun
        "Former Red Hand Gang member was killed after leaving the gang and joining a church in Eldoret.",
        # a relative clause between the victim and the verb
        "A guard of the warehouse that was looted last month was stoned to death by a mob in Nakuru.",
        # a reporting verb before the clause
        "Gunmen abducted a trader near Wajir. It was later learned the trader was beheaded.",
        # a relative clause after the victim, then "found killed"
        "A local chief who accused officers of extortion was found killed near Kitale on Friday.",
    ],
)
def test_a_passive_verbs_subject_is_one_death(text: str) -> None:
    assert fatalities(text, "en") == 1


def test_a_passive_verbs_subject_with_its_own_figure_counts_that_many() -> None:
    assert fatalities('Four "spies" are lynched by a crowd at the cattle market in Kapenguria.', "en") == 4


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # not done: negated or only possible
        ("A chief was not killed when gunmen raided his home in Moyale, though his house was burnt.", 0),
        ("Officials warned that the Red Hand Gang member could be killed by rivals if released in Eldoret.", 0),
        # a plural subject with no figure tells no count
        ("Members of the Red Hand Gang were killed by vigilantes in Eldoret.", 0),
        # a figure told elsewhere is the toll: the uncounted person may be one of its dead
        ("Three people died when raiders attacked a village near Baragoi. A local chief who accused officers of "
         "neglect was found killed in the same village.", 3),
    ],
)
def test_guard_no_death_or_another_figure(text: str, toll: int) -> None:
    assert (fatalities(text, "en") or 0) == toll


def test_guard_without_a_parse_the_words_alone_are_read() -> None:
    text = "Former Red Hand Gang member was killed after leaving the gang and joining a church in Eldoret."
    assert find_counts(text, "en") == []
    (count,) = find_counts(text, "en", load_pipeline("en")(text))
    assert (count.text, count.kind, count.low, count.rule) == ("member", "killed", 1, "count:killed:victim")
