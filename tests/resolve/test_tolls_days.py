"""Updated tolls replace earlier figures; a toll told for several days is divided among them (ACLED)."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, CountClaim, EventMention, Evidence
from sitrep.resolve import build_event
from sitrep.resolve.tolls import Total, source_totals


def claim(n: int, who: str | None, start: int, **fields: object) -> CountClaim:
    quote = f"sentence {start}"
    evidence = Evidence(article_id="a1", start=start, end=start + 2, quote=quote, rule="count:killed:after")
    return CountClaim(kind="killed", low=n, high=n, who=who, evidence=evidence, **fields)  # type: ignore[arg-type]


def test_updated_toll_replaces_the_report_figure_and_another_report_lowest_still_counts() -> None:
    article = Article(id="a1", text="x", published=dt.date(2024, 3, 9), language="en", source_format="text")
    mention = EventMention(
        mention_id="a1#0", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
        counts=[claim(4, None, 10), claim(6, None, 80, revised=True)],
    )
    event = build_event([mention], {"a1": article})
    assert (event.fatalities, event.fatalities_best, event.fatalities_high) == (6, 6, 6)
    other = Article(id="a2", text="x", published=dt.date(2024, 3, 8), language="en", source_format="text")
    earlier = EventMention(mention_id="a2#0", article_id="a2", event_type="Battles", sub_event_type="Armed clash",
                           counts=[claim(4, None, 10)])
    event = build_event([mention, earlier], {"a1": article, "a2": other})
    assert (event.fatalities, event.fatalities_best, event.fatalities_high) == (4, 6, 6)


def test_flags_are_read_from_fields_and_from_old_rule_suffixes() -> None:
    old = claim(8, "children", 30)
    old.evidence.rule = "count:killed:after+included"  # type: ignore[union-attr]
    for included in (claim(8, "children", 30, included=True), old):
        totals = source_totals([claim(17, "people", 10), included], "killed", "a1", None)
        assert [t.low for t in totals] == [17]


def test_share_divides_evenly_rounding_to_nearest() -> None:
    def share(low: int, days: int) -> int:
        return Total(low, low, "a1", None, None, days=days).share

    assert [share(20, 2), share(26, 3), share(5, 3), share(4, 3), share(7, 1)] == [10, 9, 2, 1, 7]


def test_event_codes_one_days_share_and_keeps_the_total() -> None:
    article = Article(id="a1", text="x", published=dt.date(2024, 3, 9), language="en", source_format="text")
    mention = EventMention(
        mention_id="a1#0", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
        counts=[claim(20, "people", 10, days=2)],
    )
    event = build_event([mention], {"a1": article})
    assert (event.fatalities, event.fatalities_low, event.fatalities_best) == (10, 20, 20)
    assert "2 days" in event.notes
