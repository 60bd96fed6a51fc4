"""Session-9 rules of event finding and dating, each on a short report written for the test (real spaCy, real
gazetteer): a dateline cut off by the parser stays in the lead, an editor's note is no sentence, habitual
statements are background, "hours later" takes the day of the event told before it, and a civilian killing split
from a battle lends the battle the day of the lead that told both."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.extract.context import Report
from sitrep.models import Article, ArticleExtraction
from sitrep.nlp import load_pipeline


def _extract(text: str, published: dt.date | None, language: str = "en") -> ArticleExtraction:
    article = Article(id="t", text=text, language=language, published=published)
    return extract_article(article, load_pipeline(language)(text))


def test_dateline_piece_joins_the_lead_sentence() -> None:
    text = "Headline about a strike\n\nADDIS ABABA, Aug 14 (Reuters) - A drone strike hit a market on Sunday."
    report = Report.build(Article(id="t", text=text, language="en"), load_pipeline("en")(text))
    assert [s.text for s in report.sentences][1].startswith("ADDIS ABABA, Aug 14 (Reuters) - A drone strike")
    assert len(report.sentences) == 2


def test_update_story_headline_and_lead_are_one_event() -> None:
    # An editor's note line and a dateline the parser cuts off must not push the lead out of the opening.
    text = (
        "UPDATE 1-Drone strike on market kills 14 in Ethiopia's Amhara\n\n(Adds witness, background)\n\n"
        "ADDIS ABABA, Aug 14 (Reuters) - A drone strike hit a market in the town of Finote Selam in the Amhara "
        "region on Sunday, killing 14 people, a doctor said on Monday."
    )
    extraction = _extract(text, dt.date(2023, 8, 14))
    assert [(e.event_type, e.date.value) for e in extraction.events] == [
        ("Explosions/Remote violence", dt.date(2023, 8, 13))
    ]


def test_habitual_statement_is_background_not_an_event() -> None:
    text = (
        "A bomb hidden in a parked car exploded near a busy junction in Mogadishu on Saturday, killing seven "
        "people, police said. The militants have long been known to carry out suicide attacks on hotels in the city."
    )
    extraction = _extract(text, dt.date(2017, 10, 15))
    assert len(extraction.events) == 1
    assert any("known to" in b.rule for b in extraction.background)


def test_habitual_statement_french() -> None:
    text = (
        "Un engin explosif a tué cinq soldats samedi près de Gao, selon l'armée. Les jihadistes sont connus pour "
        "mener des attaques contre les convois dans la région."
    )
    extraction = _extract(text, dt.date(2023, 3, 6), "fr")
    assert len(extraction.events) == 1


def test_hours_later_takes_the_day_of_the_event_before() -> None:
    text = (
        "A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing eight people, police said. Two "
        "hours later, gunmen attacked an army post in Afgoye, killing two soldiers."
    )
    extraction = _extract(text, dt.date(2024, 3, 5))
    assert [e.date.value for e in extraction.events] == [dt.date(2024, 3, 2), dt.date(2024, 3, 2)]


def test_hours_later_after_an_undated_event_gives_no_day() -> None:
    # The last date named is a post's time stamp, not the day of the bombing the clause follows.
    text = (
        "BREAKING: toll now at 30, a reporter posted on October 16, 2017.\nPolice said a truck bomb exploded "
        "outside a hotel in Mogadishu, killing 30 people. A separate blast struck the Medina district two hours "
        "later."
    )
    extraction = _extract(text, dt.date(2017, 10, 17))
    assert len(extraction.events) == 2
    assert extraction.events[1].date.value is None


def test_bracketed_tag_closing_a_note_still_counts() -> None:
    # Only a line of its own in brackets is an editor's note: a coder's tag ending a note keeps its event word.
    extraction = _extract("Raiders, possibly linked with an ongoing land dispute. (Clan violence)", None)
    assert len(extraction.events) == 1


def test_battle_takes_the_lead_day_of_the_civilians_killed_apart_from_it() -> None:
    # The lead dates the attack by the civilians it killed; a quote further on gives another day: the lead wins.
    text = (
        "Thirty civilians, including 25 women, were killed on Tuesday in a jihadist attack in Arbinda, in the "
        "north of Burkina Faso. Four soldiers also died, and 80 terrorists were killed, the army said.\n\nThe "
        "president praised the forces, which repelled the attack on the Arbinda detachment.\n\nOn December 25 in "
        "the morning, \"a large number of terrorists attacked the military detachment of Arbinda\", according to "
        "the army.\n\n\"As they fled, the terrorists killed 30 civilians,\" the government said."
    )
    extraction = _extract(text, dt.date(2019, 12, 25))
    days = {e.event_type: e.date.value for e in extraction.events}
    assert days == {"Battles": dt.date(2019, 12, 24), "Violence against civilians": dt.date(2019, 12, 24)}


def test_day_possessive_refers_back_to_the_event_told() -> None:
    text = (
        "A suicide bomber blew himself up at a market in Maiduguri on Saturday, killing 12 people, police said. "
        "No group has yet claimed Saturday's bombing in the city."
    )
    extraction = _extract(text, dt.date(2024, 3, 5))
    assert len(extraction.events) == 1


def test_short_note_of_four_sentences_tells_its_one_event() -> None:
    # A coder's note in clipped lines: its only violence words are its one event.
    text = (
        "Raids reported between herding communities. DETAILS NOT GIVEN. ACTORS NOT GIVEN. Linked to revenge for "
        "raids the week before."
    )
    assert len(_extract(text, None).events) == 1


def test_what_they_said_they_would_do_is_no_event() -> None:
    text = (
        "Youths in Kisumu plan to attack the county offices tomorrow. They said they would burn the building. "
        "Police said they were ready. The governor called for calm."
    )
    assert _extract(text, dt.date(2024, 5, 2)).events == []
