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


def test_a_toll_over_several_places_is_shared_the_first_places_taking_the_remainder() -> None:
    def total(low: int, days: int = 1, places: int = 1) -> Total:
        return Total(low, low, "a1", None, None, days=days, places=places)

    assert [total(26, places=3).share, total(7, places=2).share, total(1, places=3).share] == [9, 4, 1]
    assert total(20, days=2, places=3).share == 4  # 10 a day, over three places
    mention = EventMention(mention_id="a1#0", article_id="a1", event_type="Battles", sub_event_type="Armed clash",
                           counts=[claim(26, None, 10, places=3)])
    event = build_event([mention], {})
    assert (event.fatalities, event.fatalities_low, event.fatalities_best) == (9, 26, 26)
    assert "covers 3 places" in event.notes


def test_figures_for_victims_of_two_kinds_in_one_sentence_are_summed() -> None:
    def lows(*claims: CountClaim) -> list[int]:
        return sorted(t.low for t in source_totals(list(claims), "killed", "a1", None))

    # "40 young men were killed ... and 18 fighters dead": both sides of one clash
    assert lows(claim(40, "men", 10), claim(18, "fighters", 10)) == [58]
    # one person each ("a man who tried to rob a pupil was killed"): often one death read twice, never summed
    assert lows(claim(1, "man", 10), claim(1, "stabbing", 10)) == [1, 1]
