"""Across reports (synthetic reports): a later outlet's "bringing to four the number of people killed" is the best
estimate, while the ACLED figure stays the lowest reported toll (the gold format's conservative rule, see
test_tolls_s11); a toll merged from two reports' sides keeps who died."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, Deaths
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention, place

MON, TUE = dt.date(2024, 3, 11), dt.date(2024, 3, 12)


def test_a_later_report_bringing_the_toll_to_four_is_the_best_estimate() -> None:
    reports = [("Cattle raiders killed two herders near Baragoi in Samburu County on Thursday, police said.", MON),
               ("The bodies of two more herders were found near Baragoi on Saturday, bringing to four the number of "
                "people killed when raiders stole cattle on Thursday.", TUE)]
    articles = [Article(id=f"r{i}", text=text, language="en", published=day) for i, (text, day) in enumerate(reports)]
    mentions = [max(x.events, key=lambda m: m.salience) for x in extract_articles(articles)]
    event = build_event(mentions, {a.id: a for a in articles})
    assert (event.fatalities, event.fatalities_best, event.fatalities_high) == (2, 4, 4)


def test_the_sides_merged_from_two_reports_keep_who_died() -> None:
    """Report A: 12 soldiers; report B: 12 soldiers and 20 assailants. The merged toll 32 is 12 + 20, by side."""
    a = make_mention("a", "Twelve soldiers were killed.", date=MON, place=place("Gao"), actor1=("JNIM", 2),
                     actor2=("Military Forces of Mali", 1), killed=[(12, "actor2", None)])
    b = make_mention("b", "Twelve soldiers and twenty assailants were killed.", date=MON, place=place("Gao"),
                     actor1=("JNIM", 2), actor2=("Military Forces of Mali", 1),
                     killed=[(12, "actor2", "the army"), (20, "actor1", "the army")])
    event = build_event([a, b], {})
    assert (event.fatalities_best, event.deaths) == (32, Deaths(actor1=20, actor2=12))
