"""Session-11 end-to-end misreadings of event units and dates, each on a sentence of our own in the same shape:
the fighting a police shooting answered, a night's date before a dated statement, a headline over its lead, the
attack a trial is about, a date that opens a sentence of separate attacks.

Real spaCy, geocoder and extraction throughout.
"""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc

from sitrep.extract import extract_article
from sitrep.extract.context import Report
from sitrep.models import Article, ArticleExtraction
from sitrep.nlp import load_pipeline
from sitrep.resolve import build_event


def extract(text: str, published: dt.date, language: str = "en") -> ArticleExtraction:
    article = Article(id="r2", text=text, language=language, published=published)
    return extract_article(article, load_pipeline(language)(text))


def test_fire_the_police_answered_is_the_same_clash() -> None:
    events = extract("Police officers shot dead two suspected gang members in Mathare, Nairobi, on Sunday evening "
                     "after the suspects fired at a patrol.", dt.date(2025, 5, 13)).events
    assert len(events) == 1
    assert events[0].event_type == "Battles" and events[0].date.value == dt.date(2025, 5, 11)


def test_what_led_to_the_event_on_a_day_of_its_own_is_still_apart() -> None:
    events = extract("Following a roadside bomb attack the day before, soldiers raided the village of Korondo on "
                     "3 March 2021 and beat residents with sticks.", dt.date(2021, 3, 4)).events
    assert {e.event_type for e in events} == {"Violence against civilians", "Explosions/Remote violence"}


def test_a_night_before_a_dated_statement_dates_the_event() -> None:
    events = extract("Armed men abducted 12 travellers near Funtua in Katsina State on Tuesday night, officials "
                     "said on Wednesday.", dt.date(2025, 6, 19)).events
    assert events and events[0].date.value == dt.date(2025, 6, 17)


def test_the_statement_date_alone_does_not_date_the_event() -> None:
    events = extract("Armed men abducted 12 travellers near Funtua in Katsina State, officials said on Wednesday.",
                     dt.date(2025, 6, 19)).events
    assert events and events[0].date.value != dt.date(2025, 6, 18)


def test_a_french_day_after_an_announcement_in_quotes_dates_the_event() -> None:
    for verb in ("« neutralisé »", "neutralisé"):
        events = extract(f"Les forces armées ont annoncé dimanche avoir {verb} vendredi plusieurs terroristes près "
                         "de Ménaka.", dt.date(2025, 3, 10), "fr").events
        assert events and events[0].date.value == dt.date(2025, 3, 7), verb


def test_a_headline_over_its_lead_is_one_event_of_the_lead_type() -> None:
    events = extract("Drone strike kills four militants near Kismayo\n\nA drone strike killed four al-Shabaab "
                     "militants near Kismayo in Lower Juba on Monday, officials said.", dt.date(2025, 7, 9)).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike" and events[0].date.value == dt.date(2025, 7, 7)


def test_a_headline_about_another_town_stays_apart() -> None:
    events = extract("Gunmen kill five herders in Garissa\n\nA drone strike killed four al-Shabaab militants near "
                     "Kismayo in Lower Juba on Monday, officials said.", dt.date(2025, 7, 9)).events
    assert len(events) == 2


def test_the_attack_a_trial_is_about_is_no_event() -> None:
    extraction = extract("A court in Garissa began hearing the case of four men charged over a 2020 attack on a bus "
                         "near Mandera on Monday.\n\nThe attack killed 11 passengers.", dt.date(2025, 4, 16))
    assert not extraction.events
    assert extraction.background


def test_a_new_attack_after_a_trial_is_news() -> None:
    events = extract("A court in Garissa began hearing the case of four men charged over a 2020 attack on a bus "
                     "near Mandera on Monday.\n\nOn Sunday, gunmen attacked a police post near Mandera, killing two "
                     "officers.", dt.date(2025, 4, 16)).events
    assert events and events[0].date.value == dt.date(2025, 4, 13)


def test_a_date_opening_separate_attacks_dates_each() -> None:
    events = extract("In two separate incidents on Saturday, gunmen shot dead a trader in Wajir and a roadside bomb "
                     "killed two police officers near Mandera, police said.", dt.date(2025, 9, 16)).events
    bomb = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bomb and bomb[0].date.value == dt.date(2025, 9, 13)


def test_a_headline_counting_attacks_gives_no_toll_of_its_own() -> None:
    text = ("Two attacks near Wajir leave nine dead\n\nOn Thursday, gunmen shot dead six herders outside Wajir and a "
            "roadside bomb killed three police officers near Tarbaj, officials said.")
    article = Article(id="r2", text=text, language="en", published=dt.date(2025, 10, 3))
    extraction = extract_article(article, load_pipeline("en")(article.text))
    bomb = [e for e in extraction.events if e.event_type == "Explosions/Remote violence"]
    assert bomb and bomb[0].date.value == dt.date(2025, 10, 2)
    assert build_event([bomb[0]], {article.id: article}).fatalities == 3
    herders = [e for e in extraction.events if e.event_type == "Violence against civilians"]
    assert herders and build_event([herders[0]], {article.id: article}).fatalities == 6  # not the headline's 9
    assert any("headline-sum" in b.rule for b in extraction.background)


def test_a_one_line_note_counting_blasts_is_the_event() -> None:
    events = extract("Twin blasts near a market in Garissa wound civilians", dt.date(2025, 10, 3)).events
    assert events and events[0].event_type == "Explosions/Remote violence"


def test_a_sentence_the_parser_cuts_mid_line_is_one() -> None:
    """The parser may end a sentence with no stop ("attaqué lundi | près de Téra,"): the line goes on with it."""
    text = "Un convoi a été attaqué lundi près de Téra, dans la région de Tillabéri. Le bilan est de 9 morts."
    words = text[:-1].split(" ") + ["."]
    words = [w for part in words for w in ((part[:-1], part[-1]) if part[-1] in ",." and len(part) > 1 else (part,))]
    cut = {words.index("lundi") + 1, words.index("Le")}
    spaces = []
    at = 0
    for w in words:
        at = text.index(w, at) + len(w)
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces,
              sent_starts=[i == 0 or i in cut for i in range(len(words))])
    assert doc.text == text
    report = Report.build(Article(id="r2", text=text, language="fr"), doc)
    assert [s.text for s in report.sentences] == [text[: text.index(" Le")], "Le bilan est de 9 morts."]
