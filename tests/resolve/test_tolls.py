"""One source's totals and the event's ACLED/UCDP figures: sides summed, whole tolls, lowest reported total."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import CountClaim, Evidence
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention
from sitrep.resolve.tolls import source_totals

DAY = dt.date(2024, 3, 10)


def claim(
    n: int, who: str | None, side: str = "unknown", by: str | None = None, rule: str = "count:killed:after",
    quote: str = "s1", start: int = 0, high: int | None = None,
) -> CountClaim:
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=quote, rule=rule)
    return CountClaim(kind="killed", low=n, high=high or n, who=who, side=side,  # type: ignore[arg-type]
                      attributed_to=by, evidence=evidence)


def lows(counts: list[CountClaim], armed: frozenset[str] = frozenset()) -> list[int]:
    return sorted(t.low for t in source_totals(counts, "killed", "a", DAY, armed))


@pytest.mark.parametrize(
    ("counts", "armed", "expected"),
    [
        # "5 soldiers killed ... about 30 assailants neutralised, the army said": one statement, sides summed
        ([claim(5, "soldiers", "actor2", "the army"), claim(30, "assailants", "actor1", "the army")],
         frozenset({"actor1"}), [35]),
        # "49 people died ... 40 soldiers and 9 civilians": the parts detail the whole toll
        ([claim(49, "people", "civilians"), claim(40, "soldiers", "actor2", quote="s2"),
          claim(9, "civilians", "civilians", rule="count:killed:list", quote="s2")], frozenset(), [49]),
        # "21 people were killed ... all five attackers were killed": the attackers' dead add to the victims
        ([claim(21, "people", "civilians"), claim(5, "attackers", "actor1", quote="s2")], frozenset({"actor1"}), [26]),
        # "one guard was killed ... three others were killed": figures said to come on top are added
        ([claim(1, "guard"), claim(3, None, rule="count:killed:after+additional", quote="s2")], frozenset(), [4]),
        # "17 people died, including eight children": a breakdown is never added
        ([claim(17, "people", "civilians"), claim(8, "children", "civilians", rule="count:killed:after+included")],
         frozenset(), [17]),
        # "a soldier and a police reservist were killed": a list of differently named victims is summed
        ([claim(1, "soldier", "actor2", rule="count:killed:list"), claim(1, "reservist")], frozenset(), [2]),
        # "a previous toll was 137 ... the toll now stands at 141": each whole toll is a reported total
        ([claim(137, None), claim(141, None, quote="s2")], frozenset(), [137, 141]),
        # "the earlier figure of 12 dead ... 14 civilians, the official said": a later count by sides
        ([claim(12, None, by="the official"), claim(14, "civilians", "civilians", "the official", quote="s2")],
         frozenset(), [12, 14]),
        # two authorities: the army's 49 soldiers; the government's 53 soldiers and one civilian
        ([claim(49, "soldiers", "actor2", "the army"), claim(53, "soldiers", "actor2", "the government", quote="s2"),
          claim(1, "civilian", "civilians", "the government", quote="s2")], frozenset(), [49, 54]),
        # the same authority spelt twice is one statement
        ([claim(9, "soldiers", "actor2", "The army"), claim(10, "assailants", "actor1", "the army", quote="s2")],
         frozenset({"actor1"}), [19]),
    ],
)
def test_one_sources_totals(counts: list[CountClaim], armed: frozenset[str], expected: list[int]) -> None:
    assert lows(counts, armed) == expected


def test_unattributed_figures_join_each_authority_only_for_what_it_did_not_give() -> None:
    counts = [
        claim(20, "people", "civilians", by="the mayor"),
        claim(150, "civilians", "civilians", quote="s2"),  # a figure the report gives on its own account
        claim(22, None, by="an association", quote="s3"),
    ]
    # the authorities' whole tolls stand; the report's own civilians figure is not added to them
    assert lows(counts) == [20, 22]


def _event(  # type: ignore[no-untyped-def]
    *counts_per_article: list[CountClaim], published: list[dt.date] | None = None,
    actor2: tuple[str, int] = ("Civilians (Mali)", 7),
):
    from sitrep.models import Article

    mentions, articles = [], {}
    for i, counts in enumerate(counts_per_article):
        article_id = f"a{i}"
        mention = make_mention(article_id, "Gunmen attacked the village.", actor1=("Gunmen", 3),
                               actor2=actor2)
        mention.counts = counts
        mentions.append(mention)
        articles[article_id] = Article(id=article_id, text="(synthetic)",
                                       published=(published or [DAY] * len(counts_per_article))[i])
    return build_event(mentions, articles)


def test_acled_figure_is_the_lowest_reported_total() -> None:
    # tolls rose from 7 (first report) to 137 and 276: ACLED keeps the lowest, UCDP's best the latest
    event = _event([claim(7, "people")], [claim(137, None)], [claim(276, None)],
                   published=[DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=3)])
    assert (event.fatalities, event.fatalities_low, event.fatalities_best, event.fatalities_high) == (7, 7, 276, 276)


def test_a_vague_word_counts_only_when_no_source_gives_a_figure() -> None:
    several = claim(10, "people", rule="count:killed:after+vague")
    assert _event([several], [claim(14, "people")]).fatalities == 14
    assert _event([several]).fatalities == 10
    dozens = claim(12, "soldiers", "actor2", high=99)
    assert _event([dozens], [claim(49, "soldiers", "actor2")]).fatalities == 49


def test_a_side_figure_far_below_the_others_is_a_partial_count() -> None:
    # "only the civilian" from one witness against "53 soldiers and one civilian" elsewhere
    event = _event([claim(1, "civilian", "civilians", by="a witness")],
                   [claim(53, "soldiers", "actor2"), claim(1, "civilian", "civilians", rule="count:killed:list")],
                   actor2=("Military Forces of Mali (2021-)", 1))
    assert event.fatalities == 54
    # a whole toll is never taken for a partial count: "seven people were killed" in a first report
    assert _event([claim(7, "people")], [claim(189, None)]).fatalities == 7


def test_best_is_the_figure_the_latest_report_leads_with() -> None:
    event = _event([claim(20, "people", by="the mayor", start=10),
                    claim(150, "civilians", "civilians", quote="s2", start=200),
                    claim(22, None, by="an association", quote="s3", start=400)])
    assert (event.fatalities, event.fatalities_best) == (20, 20)


def test_the_civilians_of_an_attack_on_civilians_are_a_whole_toll() -> None:
    # a first report's "gunmen killed at least 22 civilians, three sources said" beside later reports' "137 people"
    # and "141 people": the attack's victims are the civilians, so 22 is the lowest total reported, not a part
    first = [claim(22, "civilians", "civilians", by="three sources")]
    event = _event(first, [claim(137, "people")], [claim(141, None)])
    assert (event.fatalities, event.fatalities_best) == (22, 141)
    # a side the attack was not on stays a part: the same 22 in a battle with soldiers beside 137 soldiers
    battle = _event(first, [claim(137, "soldiers", "actor2")], actor2=("Military Forces of Mali (2021-)", 1))
    assert battle.fatalities == 137


ARMY = ("Military Forces of Niger (2023-)", 1)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "12 soldiers killed"; "douze militaires ... une vingtaine d'assaillants neutralisés": the attackers' dead
        # one report gives add to the other's soldiers
        ([claim(12, "soldiers", "actor2")],
         [claim(12, "soldiers", "actor2"), claim(20, "assailants", "actor1", quote="s2")], (32, 32)),
        # the soldiers' counts compete (3 the lowest, 7 the highest), the attackers' 15 add to each
        ([claim(7, "soldiers", "actor2")],
         [claim(3, "soldiers", "actor2"), claim(15, "attackers", "actor1", quote="s2")], (18, 22)),
        # no report counts the attackers: the victims' counts compete as before ("49 soldiers" beside "53 soldiers
        # and one civilian")
        ([claim(49, "soldiers", "actor2")],
         [claim(53, "soldiers", "actor2"), claim(1, "civilian", "civilians", quote="s2")], (49, 54)),
        # a whole toll stays a total of its own: "20 people died" may count the attackers
        ([claim(20, "people")],
         [claim(12, "soldiers", "actor2"), claim(20, "assailants", "actor1", quote="s2")], (20, 32)),
    ],
)
def test_the_attackers_dead_one_report_gives_add_to_another_reports_victims(
    first: list[CountClaim], second: list[CountClaim], expected: tuple[int, int]
) -> None:
    event = _event(first, second, actor2=ARMY)
    assert (event.fatalities, event.fatalities_high) == expected
