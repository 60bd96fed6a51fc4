"""Situation briefs: the figures, the self-contained HTML and the Markdown."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from sitrep.deliver.brief import BriefError, brief_sections, build_brief, caveats, render_html, render_markdown
from sitrep.deliver.document import Figures, Table
from sitrep.deliver.source import EventSet
from sitrep.deliver.svg import period_counts

MARCH = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def test_brief_figures_for_a_country(event_set: EventSet) -> None:
    brief = build_brief(event_set, "Mali", *MARCH)
    assert [e.event_id for e in brief.events] == ["MLI-0001", "MLI-0003"]
    assert (brief.fatalities, brief.ucdp_low, brief.ucdp_best, brief.ucdp_high) == (15, 15, 15, 23)
    assert [(t.event_type, t.events, t.fatalities) for t in brief.by_type] == [
        ("Battles", 1, 12),
        ("Explosions/Remote violence", 1, 3),
    ]
    assert brief.top_actors[0] == ("Military Forces of Mali (2021-)", 2)
    assert brief.top_locations[0] == ("Ansongo, Gao", 1, 12)
    assert [d.event.event_id for d in brief.disputes] == ["MLI-0001"]
    # A month is counted by week; every week of the period is present, empty ones included.
    assert brief.unit == "week"
    assert [w[0] for w in brief.periods][:2] == [dt.date(2024, 2, 26), dt.date(2024, 3, 4)]
    assert sum(n for _, n, _ in brief.periods) == 2


def test_acled_region_and_admin1(event_set: EventSet) -> None:
    assert len(build_brief(event_set, "Western Africa", *MARCH).events) == 3
    assert [e.event_id for e in build_brief(event_set, "Mali", *MARCH, admin1="gao").events] == ["MLI-0001"]


def test_period_must_be_ordered(event_set: EventSet) -> None:
    with pytest.raises(BriefError, match="--until 2024-03-01 is before --since 2024-03-31"):
        build_brief(event_set, "Mali", MARCH[1], MARCH[0])


def test_a_period_with_one_end_given_past_every_event_says_so(event_set: EventSet) -> None:
    """The end the analyst left out is not named as if they had given it."""
    with pytest.raises(BriefError, match=r"no dated events in 'Mali' since 2025-01-01: the last is of 2024-03-12"):
        build_brief(event_set, "Mali", since=dt.date(2025, 1, 1))
    with pytest.raises(BriefError, match=r"no dated events in 'Mali' until 2023-12-31: the first is of 2024-02-10"):
        build_brief(event_set, "Mali", until=dt.date(2023, 12, 31))
    assert len(build_brief(event_set, "Mali", since=dt.date(2024, 3, 1)).events) == 2


def test_html_is_self_contained_with_map_chart_and_disputes(event_set: EventSet) -> None:
    page = render_html(build_brief(event_set, "Western Africa", *MARCH))
    assert "<script" not in page
    # Nothing is fetched from the network (links to the sources are fine: a reader follows them by choice).
    assert not re.search(r"""src=|<link|url\(|@import""", page)
    assert "<a href='https://example.org/a1' rel='noreferrer'>Sahel Wire</a>" in page
    assert page.count("<svg") == 2
    assert page.count("<circle") == 2  # the air strike has no coordinates
    assert "1 event(s) without coordinates are not on the map." in page
    assert "Radio Gao: <b>20</b> according to Local officials" in page
    assert "<blockquote>Twelve people died, the army said.</blockquote>" in page
    assert "reported &lt;i&gt;(unconfirmed)&lt;/i&gt;" not in page  # notes are not shown; quotes are escaped
    assert "killing 7 civilians &lt;b&gt;today&lt;/b&gt;." not in page  # no dispute for the market attack


def test_markdown(event_set: EventSet) -> None:
    text = render_markdown(build_brief(event_set, "Mali", *MARCH))
    assert text.startswith("# Situation brief: Mali, 01 Mar 2024 to 31 Mar 2024\n")
    assert "- Fatalities (UCDP): best 15, low 15, high 23" in text
    assert "| Battles | 1 | 12 |" in text
    assert "- Radio Gao: **20** according to Local officials — “Local officials said twenty" in text
    assert "## Methods" in text


def test_a_country_is_found_under_its_other_names(events: list) -> None:
    renamed = [e.model_copy(update={"country": "Côte d'Ivoire"}) if e.country == "Burkina Faso" else e for e in events]
    brief = build_brief(EventSet(renamed), "Ivory Coast", *MARCH)
    assert [e.event_id for e in brief.events] == ["BFA-0001"]


def test_parts_of_one_toll_from_one_source_are_not_a_dispute(events: list) -> None:
    from sitrep.models import Claim

    parts = [
        Claim(field="fatalities", value=v, article_id="a3", quote="Seven died and two more later.") for v in (7, 2)
    ]
    market = events[1].model_copy(update={"claims": parts, "fatalities": 9, "fatalities_low": 9, "fatalities_high": 9})
    assert build_brief(EventSet([market]), "Burkina Faso", *MARCH).disputes == []
    ranged = market.model_copy(update={"fatalities_high": 12})
    assert len(build_brief(EventSet([ranged]), "Burkina Faso", *MARCH).disputes) == 1


def test_html_and_markdown_say_the_same_sections(event_set: EventSet) -> None:
    brief = build_brief(event_set, "Western Africa", *MARCH)
    page, text = render_html(brief), render_markdown(brief)
    titled = [s for s in brief_sections(brief) if not isinstance(s, Figures)]
    assert [s.title for s in titled] == [
        "Caveats", "By event type", "Map", "Per week", "Main events", "Top actors", "Top locations", "Disputes",
        "All events", "Methods",
    ]  # fmt: skip
    for section in titled:
        assert f"<h2>{section.title}</h2>" in page and f"\n## {section.title}\n" in text
        for row in section.rows if isinstance(section, Table) else []:
            first = row[0] if isinstance(row[0], str) else getattr(row[0], "text", str(row[0]))
            assert html.escape(first) in page and first in text
    for figure in next(s for s in brief_sections(brief) if isinstance(s, Figures)).items:
        assert f"<b>{figure.value}</b>{figure.label}" in page and f"- {figure.label}: {figure.value}" in text


def test_main_events_are_the_deadliest_with_their_sources(event_set: EventSet) -> None:
    text = render_markdown(build_brief(event_set, "Western Africa", *MARCH))
    main = text.split("## Main events\n")[1].split("\n## ")[0]
    assert main.index("(MLI-0001)") < main.index("(BFA-0001)") < main.index("(MLI-0003)")
    assert "- [Sahel Wire](https://example.org/a1), 2024-03-05\n- Radio Gao, 2024-03-06" in main
    assert "12 fatalities (sources give 12-20; the lowest is coded)." in main
    assert "Reported by" not in main  # the sources are listed, not repeated in the summary


def test_long_periods_are_counted_by_month_or_year(event_set: EventSet) -> None:
    year = build_brief(event_set, "Mali", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert year.unit == "month" and len(year.periods) == 12
    assert [(p[0], p[1]) for p in year.periods[1:3]] == [(dt.date(2024, 2, 1), 1), (dt.date(2024, 3, 1), 2)]
    decade = build_brief(event_set, "Mali", dt.date(2015, 6, 1), dt.date(2024, 12, 31))
    assert decade.unit == "year" and [p[0].year for p in decade.periods] == list(range(2015, 2025))
    assert "\n## Per year\n\n| Year | Events | Fatalities |\n" in render_markdown(decade)
    assert "| 2024 | 3 | 15 |" in render_markdown(decade)
    winter = period_counts([], dt.date(2023, 11, 15), dt.date(2024, 2, 10), "month")
    assert [p[0] for p in winter] == [dt.date(2023, m, 1) for m in (11, 12)] + [dt.date(2024, m, 1) for m in (1, 2)]


def test_caveats_count_what_a_reader_should_weigh(events: list) -> None:
    undated = events[0].model_copy(update={"event_id": "MLI-0009", "event_date": None})
    brief = build_brief(EventSet([*events, undated]), "Mali", *MARCH)
    assert caveats(brief) == [
        "1 more event in this region has no date and is left out of every figure here.",
        "1 of 2 events rests on a single report.",
        "1 of 2 events is dated only to the week or month.",
        "1 of 2 events has no coordinates and is not on the map.",
        "1 event with competing fatality figures: the ACLED total takes the lowest, the UCDP range runs 15–23 "
        "(see Disputes).",
    ]
    empty = build_brief(EventSet(events), "Mali", dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    assert "absence of reports is not absence of violence" in caveats(empty)[0]


def test_an_unknown_region_names_the_countries_the_store_has(event_set: EventSet) -> None:
    with pytest.raises(BriefError, match="'Maly' is neither a country nor an ACLED region sitrep knows; the store "
                       "has events in Burkina Faso, Mali"):  # fmt: skip
        build_brief(event_set, "Maly", *MARCH)


def test_one_line_per_source_and_authority_in_disputes(events: list) -> None:
    from sitrep.models import Claim

    said = "Soldiers said ten of theirs and forty-six attackers died."
    claims = [
        Claim(field="fatalities", value=10, article_id="a1", attributed_to="the army", quote=said),
        Claim(field="fatalities", value=46, article_id="a1", attributed_to="the army", quote=said),
        Claim(field="fatalities", value=97, article_id="a2", quote="The rebels claimed 97 soldiers killed."),
    ]
    battle = events[0].model_copy(update={"claims": claims, "location": "Gao", "admin1": "Gao"})
    brief = build_brief(EventSet([battle]), "Mali", *MARCH)
    page, text = render_html(brief), render_markdown(brief)
    assert f"Sahel Wire</a>: <b>10; 46</b> according to the army<blockquote>{said}</blockquote></li>" in page
    assert f"- [Sahel Wire](https://example.org/a1): **10; 46** according to the army — “{said}”\n" in text
    assert "- Radio Gao: **97** — “The rebels claimed 97 soldiers killed.”" in text
    assert "**2024-03-04 Armed clash, Gao, Mali** (MLI-0001)" in text  # a place named like its region once
    assert brief.top_locations == [("Gao", 1, 12)]


def test_only_web_addresses_become_links(events: list) -> None:
    from sitrep.models import Source

    sources = [
        Source(article_id="a1", outlet="Sahel Wire", url="javascript:alert(1)"),
        Source(article_id="a2", outlet="Radio Gao", url="https://example.org/gao (live)"),
    ]
    battle = events[0].model_copy(update={"sources": sources})
    brief = build_brief(EventSet([battle]), "Mali", *MARCH)
    page, text = render_html(brief), render_markdown(brief)
    assert "javascript:" not in page and "javascript:" not in text
    assert "<li>Sahel Wire: <b>12</b> according to the army" in page
    assert "- [Radio Gao](https://example.org/gao%20%28live%29): **20** according to Local officials" in text


def test_an_event_coded_near_the_place_its_sources_named_leads_with_that_name(events: list) -> None:
    events[1] = events[1].model_copy(update={"location_reported": "Sona"})  # a village the gazetteer lacks
    text = render_markdown(build_brief(EventSet(events), "Burkina Faso", *MARCH))
    assert "**2024-03-20 Attack, Sona (coded at Djibo, Sahel, Burkina Faso)** (BFA-0001)" in text


def test_a_first_level_region_alone_is_found_in_its_country(event_set: EventSet) -> None:
    # An analyst asks for "Gao" without saying it is in Mali: the stored events say so.
    brief = build_brief(event_set, "gao", *MARCH)
    assert (brief.region, brief.admin1, [e.event_id for e in brief.events]) == ("Mali", "Gao", ["MLI-0001"])
    assert brief.title.startswith("Situation brief: Gao, Mali,")
    with pytest.raises(BriefError, match="'Atlantis' is neither a country nor an ACLED region"):
        build_brief(event_set, "Atlantis", *MARCH)


def test_a_country_code_is_named_in_the_title(event_set: EventSet) -> None:
    assert build_brief(event_set, "ML", *MARCH).title.startswith("Situation brief: Mali,")


def test_a_sources_replaced_and_included_figures_are_named_after_its_toll_not_beside_it(events: list) -> None:
    """A source that gives 14 dead, says its earlier 12 was revised, and that 2 of the 14 died later stands by
    14: the dispute line reads '14 ... (earlier figure: 12; counted within it: 2)', not '14; 12; 2'."""
    from sitrep.models import Claim

    first, revised = "At least 14 villagers were killed, a health official said.", "The earlier 12 was revised."
    claims = [
        Claim(field="fatalities", value=14, article_id="a2", attributed_to="a health official", quote=first,
              rule="count:killed:after"),
        Claim(field="fatalities", value=12, article_id="a2", attributed_to="a health official", quote=revised,
              rule="count:killed:noun+superseded"),
        Claim(field="fatalities", value=2, article_id="a2", attributed_to="a health official", quote=revised,
              rule="count:killed:after+included"),
        Claim(field="fatalities", value=30, article_id="a1", quote="The militia said it killed 30.",
              rule="count:killed:after+claimed"),
    ]
    battle = events[0].model_copy(update={"claims": claims})
    text = render_markdown(build_brief(EventSet([battle]), "Mali", *MARCH))
    assert ("- Radio Gao: **14** according to a health official (earlier figure: 12; counted within it: 2) — "
            f"“{first}” — “{revised}”\n") in text
    assert "- [Sahel Wire](https://example.org/a1): **30 (claimed)** — “The militia said it killed 30.”" in text


def test_a_headline_figure_joins_the_line_of_the_same_figure_on_someones_word(events: list) -> None:
    from sitrep.models import Claim

    claims = [
        Claim(field="fatalities", value=12, article_id="a1", quote="Gunmen kill 12 in Ansongo"),
        Claim(field="fatalities", value=12, article_id="a1", attributed_to="the mayor", quote="Twelve died."),
        Claim(field="fatalities", value=20, article_id="a2", quote="Twenty died."),
        Claim(field="fatalities", value=9, article_id="a2", attributed_to="the army", quote="Nine died."),
    ]
    battle = events[0].model_copy(update={"claims": claims})
    text = render_markdown(build_brief(EventSet([battle]), "Mali", *MARCH))
    assert ("- [Sahel Wire](https://example.org/a1): **12** according to the mayor — “Gunmen kill 12 in Ansongo” — "
            "“Twelve died.”\n") in text
    assert "- Radio Gao: **20** — “Twenty died.”\n- Radio Gao: **9** according to the army" in text  # guard


def test_a_one_day_brief_names_its_day_once(event_set: EventSet) -> None:
    day = dt.date(2024, 3, 4)
    assert build_brief(event_set, "Mali", day, day).title == "Situation brief: Mali, 04 Mar 2024"
