"""A date in a past participle clause about someone or something the event is not, beside the event's own words
("colleagues detained during a raid on 3 May 2012", "two men suspected of the 3 May 2012 bombing") dates that
clause's act, as one in a relative clause does (test_dates_s19_relative_clause); so does a clause of another kind
the event folded in, told in a relative clause ("the guard who killed a hawker in March 2011"). With no day of its
own the event stays undated. A participle alone in its sentence may retell the event, and a present participle
tells what went on at its time: their days still date it. (English only: fr_core_news_sm labels adjectives and an
event's own noun phrase as participle clauses.)"""

from __future__ import annotations

import datetime as dt

from report_events import extract, main_event


def test_a_day_in_a_participle_clause_about_others_does_not_date_the_event() -> None:
    event = main_event("Teachers marched in Lakeside to demand the release of colleagues detained during a raid on "
                       "3 May 2012.")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_a_day_naming_the_act_someone_is_suspected_of_does_not_date_the_event() -> None:
    event = main_event("Two men suspected of the 3 May 2012 bombing of a market in Lakeside were abducted by gunmen.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date.value is None


def test_a_folded_clause_told_in_a_relative_clause_does_not_date_the_event() -> None:
    event = main_event("Hundreds of traders held a sit-in outside the court in Lakeside over the verdict against the "
                       "policeman who killed a hawker in March 2011, and demanded a retrial.")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_the_events_own_day_and_a_relative_clause_telling_it_still_date_it() -> None:
    assert main_event("Gunmen abducted two men in Lakeside on 3 May 2012.").date.value == dt.date(2012, 5, 3)
    event = main_event("Residents blocked the road to the village where gunmen killed three farmers on 3 May 2012.")
    assert event.date.value == dt.date(2012, 5, 3)


def test_a_participle_alone_in_its_sentence_may_retell_the_event() -> None:
    text = ("Gunmen abduct four travellers near Lakeside\n\nThe kidnappers of four passengers seized on Saturday near "
            "Lakeside have called their families to demand a ransom, a relative said on Monday.")
    [event] = extract(text, "en", dt.date(2021, 1, 6)).events
    assert event.date.value == dt.date(2021, 1, 2)


def test_a_present_participle_tells_what_went_on_at_the_events_time() -> None:
    text = ("At least 20 people were killed in an air strike on a village near Lakeside, witnesses said on Tuesday. "
            "A man wounded in the strike said gunmen had stopped villagers attending a wedding on Sunday.")
    [event] = extract(text, "en", dt.date(2021, 1, 6)).events
    assert event.date.value == dt.date(2021, 1, 3)
