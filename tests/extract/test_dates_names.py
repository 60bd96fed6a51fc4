"""Date words inside a name are no date: "Mali Today" and "USA Today" are outlets."""

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates

PUBLISHED = dt.date(2024, 6, 12)


@pytest.mark.parametrize("text", ["Mali Today reported that gunmen killed five people in Gao.",
                                  "USA Today said gunmen killed five people in Gao."])
def test_an_outlet_named_today_gives_no_date(text):
    assert find_dates(text, PUBLISHED, "en") == []


@pytest.mark.parametrize("text", ["Today, gunmen attacked a village near Gao.", "Police left. Today the town is calm.",
                                  "Gunmen attacked a village near Gao earlier today, officials said."])
def test_today_still_dates(text):
    assert [m.value for m in find_dates(text, PUBLISHED, "en")] == [PUBLISHED]
