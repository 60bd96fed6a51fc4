"""Reports in languages sitrep does not extract become sources of the events they clearly report, or of none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.models import Article
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.link import EventIndex, report_keys
from sitrep.resolve.synthetic import make_mention, place

DAY = dt.date(2019, 11, 1)
ISGS = ("Islamic State Sahel", 2)
FAMA = ("Military Forces of Mali", 1)
FABF = ("Military Forces of Burkina Faso", 1)
CIVILIANS = ("Civilians (Burkina Faso)", 7)


def _add(r: InMemoryResolver, article_id: str, text: str, **kwargs: object) -> str:
    mention = make_mention(article_id, text, **kwargs)  # type: ignore[arg-type]
    return r.add(mention, DAY + dt.timedelta(days=1), context=article_context(text, language="en")).event_id


def _resolver() -> tuple[InMemoryResolver, str, str]:
    """An attack on the Indelimane post (53 soldiers dead) and another on Djibo, two days later."""
    r = InMemoryResolver(threshold=0.55, window_days=3)
    indelimane = _add(r, "en1", "Fighters of the Islamic State overran the army post at Indelimane near Menaka, "
                      "killing 53 soldiers, the army said.", date=DAY, place=place("Indelimane"), actor1=ISGS,
                      actor2=FAMA, killed=[(53, "actor2", "the army")])
    djibo = _add(r, "en2", "Gunmen attacked the gendarmerie in Djibo, in the Soum province, killing 12 gendarmes.",
                 date=DAY + dt.timedelta(days=2), place=place("Djibo"), actor2=FABF, killed=[(12, "actor2", None)])
    return r, indelimane, djibo


def _report(article_id: str, text: str, language: str, published: dt.date | None = None) -> Article:
    return Article(id=article_id, text=text, language=language, published=published)


def test_an_italian_report_of_the_attack_becomes_its_source() -> None:
    r, indelimane, _ = _resolver()
    report = _report("it1", "Cinquantatré soldati sono morti nell'attacco jihadista contro la base di Indelimane, "
                     "nella regione di Menaka, ha annunciato l'esercito.", "it", DAY + dt.timedelta(days=1))
    link = EventIndex(r).find_link(report_keys(report))
    assert link is not None and link.event_ids == [indelimane]
    assert {"place Indelimane", "toll 53", "published within days of it"} <= set(link.evidence[indelimane])
    assert link.runner_up == 0.0


def test_an_arabic_report_names_the_village_in_its_own_script() -> None:
    r, indelimane, _ = _resolver()
    # No publication date: the village's consonants, the toll and the date in digits tie it.
    report = _report("ar1", "قتل 53 جنديا في هجوم على موقع عسكري في إنديليمان يوم 1 نوفمبر 2019", "ar")
    link = EventIndex(r).find_link(report_keys(report))
    assert link is not None and link.event_ids == [indelimane]
    assert {"place إنديليمان", "toll 53", "date 2019-11-01 in digits"} <= set(link.evidence[indelimane])


def test_a_report_of_another_village_stays_unlinked() -> None:
    r, _, _ = _resolver()
    # Same days, same kind of attack, the same toll: but a village no stored event is at.
    report = _report("es1", "Cincuenta y tres soldados murieron en el ataque contra el puesto de Tessit, en la "
                     "región de Gao.", "es", DAY + dt.timedelta(days=1))
    assert EventIndex(r).find_link(report_keys(report)) is None


def test_a_report_published_long_after_the_event_is_not_news_of_it() -> None:
    r, _, _ = _resolver()
    report = _report("it2", "Cinquantatré soldati sono morti nell'attacco contro la base di Indelimane, nella "
                     "regione di Menaka.", "it", DAY + dt.timedelta(days=60))
    assert EventIndex(r).find_link(report_keys(report)) is None


def test_two_unrelated_events_named_alike_leave_the_report_unlinked() -> None:
    r, _, _ = _resolver()
    # A round-up naming both attacks, with no toll or date telling which one it reports.
    report = _report("pt1", "Ataques em Indelimane, perto de Menaka, e em Djibo, na província de Soum, "
                     "preocupam a região.", "pt")
    assert EventIndex(r).find_link(report_keys(report)) is None


def _story(second_day: dt.date) -> tuple[InMemoryResolver, str, str]:
    """One report of a battle at the Arbinda base (7 soldiers dead) on 24 December and of civilians killed in
    Arbinda (35) on `second_day`: two events of one story."""
    r = InMemoryResolver(threshold=0.55, window_days=3)
    text = ("Jihadists attacked the army base at Arbinda on Tuesday morning, killing 7 soldiers. "
            "Another group killed 35 civilians, mostly women, in Arbinda.")
    day = dt.date(2019, 12, 24)
    battle = make_mention("en3", text, date=day, place=place("Arbinda"), actor2=FABF,
                          killed=[(7, "actor2", None)])
    attack = make_mention("en3", text, index=1, event_type="Violence against civilians", sub_event_type="Attack",
                          date=second_day, place=place("Arbinda"), actor2=CIVILIANS, killed=[(35, "civilians", None)])
    context = article_context(text, language="en")
    first, second = (r.add(m, day, context=context).event_id for m in (battle, attack))
    assert first != second
    return r, first, second


@pytest.mark.parametrize("words", ["35 civili e sette soldati", "35 civili"])
def test_the_events_of_one_day_and_place_are_linked_together(words: str) -> None:
    # Tolls of both, or of one only: a report of the story names the place of both, on their day.
    r, battle, attack = _story(dt.date(2019, 12, 24))
    report = _report("it3", f"Ad Arbinda sono stati uccisi {words}.", "it", dt.date(2019, 12, 24))
    link = EventIndex(r).find_link(report_keys(report))
    assert link is not None and set(link.event_ids) == {battle, attack}


def test_a_story_event_of_another_day_needs_as_much_evidence() -> None:
    # The civilians were killed the next day: a report with only their toll is theirs alone.
    r, battle, attack = _story(dt.date(2019, 12, 25))
    report = _report("it4", "Ad Arbinda sono stati uccisi 35 civili.", "it", dt.date(2019, 12, 25))
    link = EventIndex(r).find_link(report_keys(report))
    assert link is not None and link.event_ids == [attack]
    assert link.runner_up == 0.0  # the battle trails as the same story, not as a rival


def test_ingest_links_an_unextracted_report_whichever_batch_comes_first(tmp_path: Path) -> None:
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    def batch(name: str, files: dict[str, str]) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for file_name, text in files.items():
            (folder / file_name).write_text(text, encoding="utf-8")
        return folder

    store = Store(tmp_path / "links.db")
    foreign = batch("foreign", {
        "djibo_it.txt": "Dodici gendarmi sono stati uccisi lunedì in un attacco contro il loro posto a Djibo, nel nord "
                        "del Burkina Faso, secondo il ministero della sicurezza. Gli assalitori sono fuggiti in moto.",
        "decoy_es.txt": "Doce personas murieron el lunes en un ataque contra un mercado de Tessit, en el norte de "
                        "Malí, según las autoridades locales. Los atacantes huyeron en motocicletas.",
    })
    first = ingest([foreign], store)
    assert first.skipped_language == {"it": 1, "es": 1} and first.linked == 0
    english = batch("english", {"djibo_en.txt": (
        "Gunmen attacked a gendarmerie post in Djibo, in northern Burkina Faso, on 1 March 2021, killing 12 "
        "gendarmes, the security ministry said. The attackers fled on motorbikes.")})
    second = ingest([english], store)
    assert second.events_created == 1 and second.linked == 1
    [event] = store.events()
    sources = {s.article_id: s for s in event.sources}
    assert set(sources) == {"djibo_en", "djibo_it"}
    assert sources["djibo_it"].quote and "place Djibo" in sources["djibo_it"].quote
    assert sources["djibo_it"].linked and not sources["djibo_en"].linked
    assert not [c for c in event.claims if c.article_id == "djibo_it"]  # a source with no claims
    assert [h.action for h in store.event_history(event.event_id)].count("linked") == 1
    # A later report of the event rebuilds it: the linked source stays; the decoy still links to nothing.
    later = batch("later", {"djibo_en2.txt": (
        "Twelve gendarmes were killed when gunmen stormed their post in Djibo on 1 March 2021, officials said; "
        "the attackers escaped on motorbikes.")})
    third = ingest([later], store)
    assert third.events_created == 0 and third.linked == 0
    [event] = store.events()
    assert {s.article_id for s in event.sources if s.linked} == {"djibo_it"}
    assert {s.article_id for s in event.sources} == {"djibo_en", "djibo_en2", "djibo_it"}
    # `sitrep show` tells the linked source from the extracted ones
    from typer.testing import CliRunner

    from sitrep.cli import app

    shown = CliRunner().invoke(app, ["show", event.event_id, "--db", str(tmp_path / "links.db")],
                               env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    articles = [line.split("│")[1].strip() for line in shown.output.splitlines() if line.count("│") == 6]
    assert "3 source(s), 1 linked with no claims" in shown.output
    assert {"djibo_it (linked)", "djibo_en", "djibo_en2"} <= set(articles)


def test_rebuilding_an_event_keeps_its_linked_sources_and_those_of_events_it_absorbed() -> None:
    from sitrep.models import Event, Source
    from sitrep.resolve.resolver import _keep_linked

    def event(event_id: str, mentions: list[str], linked: list[str]) -> Event:
        sources = [Source(article_id=m.split("#")[0]) for m in mentions]
        sources += [Source(article_id=a, quote="not extracted (language it); linked by ...") for a in linked]
        return Event(event_id=event_id, event_type="Battles", sub_event_type="Armed clash", mention_ids=mentions,
                     sources=sources)

    stored = event("e1", ["en1#0"], ["it1"])
    absorbed = event("e2", ["en2#0"], ["ar1"])
    rebuilt = event("e1", ["en1#0", "en2#0", "en3#0"], [])
    _keep_linked(rebuilt, [stored, absorbed, None])
    assert [s.article_id for s in rebuilt.sources] == ["en1", "en2", "en3", "it1", "ar1"]
