"""Perpetrators read from a report's headline (`extract.headline`): which named groups a headline gives as the
doer, and when one replaces the main event's unidentified attacker. Headlines and reports are synthetic, written
for these tests; real actor knowledge base, real spaCy for the report-level tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.extract.headline import credit_headline, headline_actors
from sitrep.models import ActorRef, Article, EventMention
from sitrep.nlp import load_pipeline

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
MNLA = "MNLA: National Movement for the Liberation of Azawad"


def _found(title: str, language: str, country: str | None) -> list[tuple[str, str]]:
    article = Article(id="h1", text="Body.", title=title, language=language)
    return [(h.ref.name, h.cue) for h in headline_actors(article, language, country)]


@pytest.mark.parametrize(
    ("title", "language", "country", "expected"),
    [
        ("Boko Haram gunmen kill nine traders near Gwoza", "en", "Nigeria", [(BOKO, "agent")]),
        ("Al-Shabaab attack on a police post leaves four dead", "en", "Kenya", [("Al Shabaab", "agent")]),
        ("Three herders shot dead by suspected al-Shabaab fighters in Garissa", "en", "Kenya", [("Al Shabaab", "by")]),
        ("Le MNLA attaque la garnison de Tessalit", "fr", "Mali", [(MNLA, "agent")]),
        ("Tessalit : des exactions commises par le MLNA dénoncées", "fr", "Mali", [(MNLA, "by")]),
        # the group is the target, not the doer
        ("Troops kill twelve Boko Haram fighters in Sambisa", "en", "Nigeria", []),
        ("Air strike on al-Shabaab camp kills 20", "en", "Somalia", []),
        ("Offensive de l'armée contre le MNLA près de Kidal", "fr", "Mali", []),
        # "par" with no violence before it credits nothing
        ("Un forum sur la paix organisé par le MNLA à Kidal", "fr", "Mali", []),
        # category words are no named group
        ("Gunmen kill six in Borno village", "en", "Nigeria", []),
    ],
)
def test_headline_perpetrators(title: str, language: str, country: str, expected: list[tuple[str, str]]) -> None:
    assert _found(title, language, country) == expected


def test_headline_evidence_points_into_the_title() -> None:
    title = "Villagers say crimes were committed by the MNLA in Anefis"
    article = Article(id="h2", text="Body.", title=title, language="en")
    (found,) = headline_actors(article, "en", "Mali")
    evidence = found.ref.evidence
    assert evidence is not None and evidence.in_title and evidence.quote == title
    assert title[evidence.start : evidence.end] == "MNLA"
    assert evidence.rule == "actor:headline:by"


def _event(actor1: str, actor_type: str, kind: str = "Battles") -> EventMention:
    return EventMention(
        mention_id="h3#0", article_id="h3", event_type=kind, sub_event_type="Armed clash",
        actor1=ActorRef(name=actor1, actor_type=actor_type, inter_code=3, country="Mali"),
        actor2=ActorRef(name="Military Forces of Mali", actor_type="State forces", inter_code=1, country="Mali"),
    )


def _credit(title: str, *events: EventMention) -> list[EventMention]:
    article = Article(id="h3", text="Body.", title=title, language="fr", published=dt.date(2012, 2, 3))
    return credit_headline(article, list(events), "fr")


def test_the_headline_group_replaces_an_unidentified_attacker_of_the_main_event_only() -> None:
    main = _event("Unidentified Armed Group (Mali)", "Political militia")
    other = _event("Unidentified Armed Group (Mali)", "Political militia")
    credited, untouched = _credit("Le MNLA attaque le camp de Ménaka", main, other)
    assert credited.actor1 is not None and credited.actor1.name == MNLA
    assert credited.actor1.evidence is not None and credited.actor1.evidence.in_title
    assert untouched.actor1 is not None and untouched.actor1.name == "Unidentified Armed Group (Mali)"


def test_the_headline_never_replaces_a_group_the_body_names() -> None:
    main = _event("Ansar Dine", "Political militia")
    (kept,) = _credit("Le MNLA attaque le camp de Ménaka", main)
    assert kept.actor1 is not None and kept.actor1.name == "Ansar Dine"


def test_two_groups_credited_by_the_headline_decide_nothing() -> None:
    main = _event("Unidentified Armed Group (Mali)", "Political militia")
    (kept,) = _credit("Le MNLA attaque Ménaka, Ansar Dine attaque Tessalit", main)
    assert kept.actor1 is not None and kept.actor1.name == "Unidentified Armed Group (Mali)"


def test_a_peaceful_main_event_takes_no_headline_attacker() -> None:
    main = _event("Unidentified Armed Group (Mali)", "Political militia", kind="Protests")
    (kept,) = _credit("Le MNLA attaque le camp de Ménaka", main)
    assert kept.actor1 is not None and kept.actor1.name == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("title", "text", "language", "actor1"),
    [
        (
            "Boko Haram fighters storm a village in Borno",
            "Gunmen stormed the village of Kawuri in Borno State on Sunday, killing eight villagers, residents said.",
            "en",
            BOKO,
        ),
        (
            "Kidal : les crimes commis par le MNLA à Anefis",
            "Des hommes armés ont attaqué le camp militaire d'Anefis mercredi matin, tuant trois soldats maliens.",
            "fr",
            MNLA,
        ),
    ],
)
def test_a_report_whose_body_says_only_gunmen_takes_the_headline_group(
    title: str, text: str, language: str, actor1: str
) -> None:
    doc = load_pipeline(language)(text)
    untitled = Article(id="h4", text=text, language=language, published=dt.date(2014, 3, 4))
    before = extract_article(untitled, doc).events[0].actor1
    assert before is not None and before.name.startswith("Unidentified Armed Group")
    titled = untitled.model_copy(update={"title": title})
    main = extract_article(titled, doc).events[0]
    assert main.actor1 is not None and main.actor1.name == actor1
    assert main.actor1.evidence is not None and main.actor1.evidence.in_title
