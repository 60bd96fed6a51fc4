"""Session-12 event units, second round: a toll whose subject is the strike told before it is the strike's; protests
"also" held in two towns are one event each, of the lead's day; a crowd in another town told right after a dated
protest is that day's event there.
Sentences of our own; real spaCy, geocoder and extraction.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_article
from sitrep.models import Article, EventMention
from sitrep.nlp import load_pipeline


def events(text: str, country: str) -> list[EventMention]:
    article = Article(id="s12b", text=text, language="en", published=dt.date(2024, 3, 15), country=country)
    return extract_article(article, load_pipeline("en")(text)).events


def test_a_toll_whose_subject_is_a_distant_strike_is_the_strike() -> None:
    for text, country, sub in [
        ("An air strike by the military junta on a Buddhist school in the north of Sagaing region killed at least 14 "
         "people hiding there, villagers said on Monday.", "MM", "Air/drone strike"),
        ("A roadside bomb planted by militants near a busy market in the town of Kismayo killed six traders on "
         "Tuesday.", "SO", "Remote explosive/landmine/IED"),
    ]:
        found = events(text, country)
        assert [e.sub_event_type for e in found] == [sub], text
        assert [c.low for c in found[0].counts if c.kind == "killed"] == [14 if country == "MM" else 6], text


def test_a_killing_by_others_after_a_strike_stays_apart() -> None:
    found = events("An air strike by the military hit a village in Sagaing region on Friday, and soldiers later "
                   "killed four farmers in the fields nearby.", "MM")
    assert {e.event_type for e in found} == {"Explosions/Remote violence", "Violence against civilians"}


def test_protests_also_held_in_two_towns_share_the_leads_day() -> None:
    found = events("Police fired tear gas on Wednesday at hundreds of traders protesting in Nakuru against new fees. "
                   "Protests were also held in Eldoret and Kisumu, where traders marched peacefully.", "KE")
    towns = {e.location.place.name: e.date.value for e in found if e.location and e.location.place}
    assert towns == {"Nakuru": dt.date(2024, 3, 13), "Eldoret": dt.date(2024, 3, 13), "Kisumu": dt.date(2024, 3, 13)}


def test_an_also_event_of_another_kind_takes_no_day_from_a_protest() -> None:
    found = events("Traders protested in Nakuru on Wednesday against new fees. Gunmen also attacked a bus in Marsabit "
                   "county.", "KE")
    assert [e.date.value for e in found if e.event_type != "Protests"] == [None]


def test_a_crowd_in_another_town_right_after_is_that_days_event() -> None:
    found = events("Police fired tear gas at traders protesting in Nakuru on Wednesday against new market fees. "
                   "In Eldoret, hundreds of traders blocked roads and burned tyres before police dispersed them.", "KE")
    towns = {e.location.place.name: (e.event_type, e.date.value) for e in found if e.location and e.location.place}
    assert towns["Eldoret"] == ("Riots", dt.date(2024, 3, 13))
    assert "Nakuru" in towns


def test_a_crowd_in_the_same_town_is_no_second_event() -> None:
    found = events("Police fired tear gas at traders protesting in Nakuru on Wednesday against new market fees. "
                   "In Nakuru, the traders then blocked roads and burned tyres.", "KE")
    assert len(found) == 1


def test_a_headline_town_named_as_the_bodys_county_is_one_event() -> None:
    text = ("Four soldiers killed by roadside bomb in Mandera\n\nFour soldiers were killed on Tuesday when their truck "
            "hit an improvised explosive device near Elwak in Mandera County, officials said.")
    assert len(events(text, "KE")) == 1


def test_a_headline_town_far_from_the_bodys_town_in_another_county_stays_apart() -> None:
    text = ("Four soldiers killed by roadside bomb in Mandera\n\nFour soldiers were killed on Tuesday when their truck "
            "hit an improvised explosive device near Garissa, officials said.")
    assert len(events(text, "KE")) == 2
