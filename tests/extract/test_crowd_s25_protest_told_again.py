"""Session 25: a demonstration with no day of its own that names the protest again with a definite article after
the report's main event, a dated demonstration ("In Naivasha, the protest turned violent", "À Uvira, la manifestation
a dégénéré"), is that protest where it went on: the main event's day. Before, such a riot in another town stayed
undated (blind s22 s08's Kitengela riot kept its day only while a park was wrongly placed in its county). Reports are
synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WEDNESDAY = dt.date(2024, 3, 13)
TUESDAY = dt.date(2024, 3, 12)
EN_MARCH = ("Police fired tear gas at hundreds of traders marching in Nakuru on Tuesday to protest new market fees, "
            "and arrested 12 of them. The traders set off from the bus park and tried to reach the county offices. "
            "\"We only want fair fees,\" said one trader. Officials said they would meet the traders next week. ")
FR_MARCH = ("La police a dispersé mardi à coups de gaz lacrymogène des centaines de commerçants qui manifestaient à "
            "Bukavu contre de nouvelles taxes. Les commerçants étaient partis du grand marché. « Nous voulons des "
            "taxes justes », a dit un commerçant. Les autorités ont promis une rencontre la semaine prochaine. ")


def _riot_dates(text: str, language: str) -> list[dt.date | None]:
    return [e.date.value for e in extract(text, language, WEDNESDAY).events if e.event_type == "Riots"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_MARCH + "In Naivasha, about 80 kilometres away, the protest turned violent. Youths blocked the highway "
         "with burning tyres and looted shops.", "en"),
        (FR_MARCH + "À Uvira, la manifestation a dégénéré. Des jeunes ont érigé des barricades et pillé des boutiques.",
         "fr"),
    ],
)
def test_the_protest_named_again_elsewhere_is_of_the_same_day(text: str, language: str) -> None:
    assert _riot_dates(text, language) == [TUESDAY]


def test_a_day_of_its_own_stays() -> None:
    """Guard: the protest told again with its own day keeps it."""
    text = EN_MARCH + "In Naivasha, the protest turned violent on Wednesday. Youths looted shops."
    assert _riot_dates(text, "en") == [WEDNESDAY]


def test_no_protest_day_after_an_armed_attack() -> None:
    """Guard: after a report's main event that is no demonstration, the protest takes no day from it."""
    text = ("Gunmen killed four herders near Marsabit on Tuesday and drove away 200 cattle, police said. The attackers "
            "fled towards the border. Elders said they would meet the county commissioner. Police said they were "
            "pursuing the raiders. In Moyale, the protest turned violent. Youths looted shops.")
    found = extract(text, "en", WEDNESDAY).events
    assert [e.date.value for e in found if e.event_type in {"Riots", "Protests"}] in ([], [None])
