"""Situation briefs: the figures, the self-contained HTML and the Markdown."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.deliver.brief import BriefError, build_brief, render_html, render_markdown
from sitrep.deliver.source import EventSet

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
    # Every week of the period is present, empty ones included.
    assert [w[0] for w in brief.weeks][:2] == [dt.date(2024, 2, 26), dt.date(2024, 3, 4)]
    assert sum(n for _, n, _ in brief.weeks) == 2


def test_acled_region_and_admin1(event_set: EventSet) -> None:
    assert len(build_brief(event_set, "Western Africa", *MARCH).events) == 3
    assert [e.event_id for e in build_brief(event_set, "Mali", *MARCH, admin1="gao").events] == ["MLI-0001"]


def test_period_must_be_ordered(event_set: EventSet) -> None:
    with pytest.raises(BriefError, match="--until 2024-03-01 is before --since 2024-03-31"):
        build_brief(event_set, "Mali", MARCH[1], MARCH[0])


def test_html_is_self_contained_with_map_chart_and_disputes(event_set: EventSet) -> None:
    page = render_html(build_brief(event_set, "Western Africa", *MARCH))
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # nothing fetched from the network
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
