"""A report with no time at all (undated, unpublished) joins an event only on two specific agreements; one or
two dead agreeing is not one of them, a real toll is."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.synthetic import make_mention, place

FRANCE = ("Military Forces of France", 8)
DAY = dt.date(2019, 11, 2)

# A bomb that killed a French soldier near Menaka, and months later (no date in the report) a clash in the same
# region that killed another: both reports name the region, the French operation and the presidency.
BOMB = ("A French soldier of Operation Barkhane was killed when his armoured vehicle hit a bomb near Menaka, "
        "the Elysee said.")
CLASH = ("Paris mourns a legionnaire who died fighting jihadists in the Menaka region, according to the Elysee; "
         "Operation Barkhane has grown to 5,100 troops.")


@pytest.mark.parametrize(("killed", "joins"), [(1, False), (13, True)])
def test_an_untimed_report_needs_more_than_a_toll_of_one_to_join(killed: int, joins: bool) -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    bomb = r.add(make_mention("f1", BOMB, event_type="Explosions/Remote violence",
                              sub_event_type="Remote explosive/landmine/IED", date=DAY, place=place("Menaka"),
                              actor2=FRANCE, killed=[(killed, "actor2", None)]), DAY,
                 context=article_context(BOMB))
    clash = r.add(make_mention("f2", CLASH, place=place("Menaka"), geo_precision=3, actor2=FRANCE,
                               killed=[(killed, "actor2", None)]), context=article_context(CLASH))
    assert bomb.created
    assert (clash.event_id == bomb.event_id) is joins
