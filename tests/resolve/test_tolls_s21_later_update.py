"""A side's updated toll ("Trois soldats blessés ont succombé, portant à sept le nombre de militaires tués") replaces
that side's figures before it in the source; a figure a later report's correction withdrew ("earlier reports said 12
...; the figure is 10") is no report's total. A later report's toll that rose replaces no other report's lower one:
ACLED's figure is the lowest reported (FORMAT.md), the update the best estimate."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Article, CountClaim, Event, Evidence
from sitrep.resolve import build_event
from sitrep.resolve.synthetic import make_mention
from sitrep.resolve.tolls import source_totals

DAY = dt.date(2024, 3, 10)
LATER = DAY + dt.timedelta(days=1)


def claim(n: int, who: str | None, by: str | None, rule: str = "count:killed:after", start: int = 0,
          side: str = "unknown") -> CountClaim:
    flags = set(rule.split("+")[1:])
    evidence = Evidence(article_id="a", start=start, end=start + 1, quote=f"s{start}", rule=rule)
    return CountClaim(kind="killed", low=n, high=n, who=who, side=side, attributed_to=by,  # type: ignore[arg-type]
                      evidence=evidence, revised="revised" in flags, additional="additional" in flags)


def event(first: list[CountClaim], second: list[CountClaim], published: tuple[dt.date | None, ...]) -> Event:
    mentions, articles = [], {}
    for i, counts in enumerate((first, second)):
        mention = make_mention(f"a{i}", "Gunmen attacked the village.", actor1=("Gunmen", 3),
                               actor2=("Civilians (Kenya)", 7))
        mention.counts = counts
        mentions.append(mention)
        articles[f"a{i}"] = Article(id=f"a{i}", text="(synthetic)", published=published[i])
    return build_event(mentions, articles)


def tolls(e: Event) -> tuple[int | None, int | None, int | None]:
    return e.fatalities, e.fatalities_best, e.fatalities_high


def test_a_sides_updated_toll_replaces_that_sides_figures_before_it() -> None:
    counts = [claim(3, "soldats", "une source", "count:killed:died", side="actor2"),
              claim(7, None, "une source", "count:killed:noun+revised", start=40, side="actor2")]
    assert [(t.low, t.revised) for t in source_totals(counts, "killed", "a", DAY)] == [(7, True)]


FIRST = [claim(12, "civilians", "residents", side="civilians")]
# "Insurgents killed 10 civilians ... Earlier reports said 12 people had been killed; the figure is 10"
CORRECTION = [claim(10, "civilians", "the administrator", side="civilians"),
              claim(12, "people", "the administrator", "count:killed:after+superseded", start=80)]


def test_a_figure_a_later_correction_withdrew_is_no_total() -> None:
    assert tolls(event(FIRST, CORRECTION, (DAY, LATER))) == (10, 10, 10)
    assert tolls(event(FIRST, CORRECTION, (None, LATER))) == (10, 10, 10)


def test_guard_a_correction_withdraws_no_figure_a_later_report_gives() -> None:
    assert tolls(event(FIRST, CORRECTION, (LATER, DAY))) == (10, 12, 12)


def test_guard_a_figure_an_update_raised_stays_the_lowest() -> None:
    # "14 were killed ... the earlier figure of 12 dead was revised": not withdrawn, the lowest still counts
    later = [claim(14, "civilians", "the official", side="civilians"),
             claim(12, None, "the official", "count:killed:noun+superseded", start=80)]
    assert tolls(event(FIRST, later, (DAY, LATER))) == (12, 14, 14)


def test_guard_a_later_reports_rising_toll_leaves_the_lowest() -> None:
    # "raiders killed two herders"; the next day "two more bodies were found, bringing to four the number killed"
    first = [claim(2, "herders", "the police commander", "count:killed:before")]
    update = [claim(2, "herders", "a chief", "count:killed:before+additional"),
              claim(4, None, "a chief", "count:killed:noun+revised", start=60)]
    assert tolls(event(first, update, (DAY, LATER))) == (2, 4, 4)
