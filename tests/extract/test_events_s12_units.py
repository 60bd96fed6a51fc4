"""Session-12 event units: a toll told with a passive auxiliary ("were injured after an explosion") is the
explosion's, and the crowd of a demonstration who "clashed with police" in the next sentence riots in that same
demonstration. Sentences of our own; real spaCy, geocoder and extraction.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def events(text: str, language: str = "en", country: str | None = None) -> list[EventMention]:
    article = Article(id="s12", text=text, language=language, published=dt.date(2024, 3, 15), country=country)
    return extract_article(article, load_pipeline(language)(text)).events


def test_people_injured_after_an_explosion_is_the_explosion() -> None:
    for text, country in [
        ("Three people were injured after an explosion went off outside a bank in Peshawar.", "PK"),
        ("A man was injured following the explosion of a landmine near his farm outside Kismayo.", "SO"),
        ("Two children were wounded after a mortar shell landed on their house in Tirah valley.", "PK"),
    ]:
        found = events(text, country=country)
        assert [e.event_type for e in found] == ["Explosions/Remote violence"], text
        assert any(c.kind == "injured" for c in found[0].counts), text


def test_french_wounded_after_a_mine_blast_is_the_blast() -> None:
    found = events("Deux civils ont été blessés après l'explosion d'une mine près de Dori.", "fr", "BF")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]


def test_the_crowd_that_clashed_in_the_next_sentence_rioted() -> None:
    for text in (
        "Farmers held a rally in Ludhiana demanding payment of arrears. They clashed with police.",
        "Hundreds of traders protested in Kisumu on Tuesday against evictions. They threw stones and clashed with "
        "police.",
    ):
        found = events(text)
        assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")], text


def test_a_clash_of_others_after_a_protest_stays_its_own_event() -> None:
    found = events("Traders protested in Kisumu on Tuesday against evictions. Gunmen clashed with police near the "
                   "market.")
    assert {e.event_type for e in found} == {"Protests", "Battles"}


def test_a_toll_cut_off_before_what_caused_it_is_that_event() -> None:
    for text, kind in [
        ("Two soldiers were killed, while five others were wounded when a roadside bomb struck their patrol near "
         "Kismayo on Thursday.", "Explosions/Remote violence"),
        ("Three guards were killed on Wednesday, while 12 others sustained injuries when a bomb exploded at a "
         "checkpoint in Mogadishu.", "Explosions/Remote violence"),
    ]:
        found = events(text, country="SO")
        assert [e.event_type for e in found] == [kind], text
        assert {c.kind for c in found[0].counts} >= {"killed", "injured"}, text


def test_a_toll_before_an_ambush_keeps_the_victims_side() -> None:
    found = events("Four policemen were killed, while two others were injured when gunmen ambushed their patrol in "
                   "Lamu on Tuesday.", country="KE")
    assert [(e.event_type, e.actor2.name if e.actor2 else None) for e in found] == [
        ("Battles", "Police Forces of Kenya")
    ]


def test_a_man_killed_by_police_after_attacking_them_is_one_clash() -> None:
    for text in (
        "A man was shot dead by police outside the county offices in Nakuru on Friday after stabbing an officer "
        "with a knife.",
        "The suspect was shot dead by detectives in Malindi after he hurled a hand grenade at the officers.",
    ):
        found = events(text, country="KE")
        assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")], text


def test_civilians_killed_by_soldiers_after_a_bomb_are_not_an_answered_attack() -> None:
    found = events("Soldiers shot dead three herders in Dogo on Monday after a roadside bomb hit their convoy.",
                   country="NE")
    assert "Violence against civilians" in {e.event_type for e in found}
