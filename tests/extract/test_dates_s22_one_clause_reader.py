"""Session 22: one reader of clauses about something else (`Report.in_other_clause`) serves both the background check
of event_units and the date checks of event_dates. A word hanging from the verb of a relative clause (spaCy's relcl,
the French model's acl:relcl, for "qui" and "dont" alike) or of an English past participle clause beside the event's
own trigger tells that clause's act, when the phrase the clause qualifies holds none of the event's triggers and the
clause qualifies none of the other triggers of the event's clause of the same kind (political violence with the
generic words of violence, or a crowd): "killed in fighting that took place on 12 March 2015" is dated by the
fighting's day, but a march "after a shooting that took place on 3 May" is not, nor a raid "in revenge for two
herders killed on 14/11/09". Not protected: a date deeper down (in a complement of the clause's verb), and a relative
clause the French parser does not label as one. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import datetime as dt

from report_events import extract, kinds, main_event


def test_a_french_day_in_a_relative_clause_about_something_else_does_not_date_the_event() -> None:
    event = main_event("Des enseignants ont manifesté à Bobo-Dioulasso pour réclamer les résultats du concours qui a "
                       "eu lieu le 3 mai 2012.", "fr")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_a_french_day_in_a_relative_clause_that_tells_the_event_dates_it() -> None:
    # guard: "où" opens the clause that tells the killing itself
    event = main_event("Des habitants ont bloqué la route du village où des hommes armés ont tué trois paysans le 3 "
                       "mai 2012.", "fr")
    assert event.event_type == "Violence against civilians"
    assert event.date.value == dt.date(2012, 5, 3)


def test_a_french_marker_in_a_relative_clause_before_the_killing_leaves_it_news() -> None:
    # guard: the background check of event_units already read "acl:relcl"
    text = ("Des hommes armés, qui sèment la terreur dans la région depuis des années, ont tué quatre personnes mardi "
            "près de Djibo.")
    assert kinds(extract(text, "fr", dt.date(2026, 3, 12))) == [("Violence against civilians", "Attack")]


def test_a_year_in_a_participle_clause_about_the_attackers_leaves_the_attack_news() -> None:
    # the marker "in 2012" tells when the fighters were recruited, not when they attacked
    text = ("Fighters recruited by the group in 2012 attacked a police post in Lakeside on Tuesday, killing two "
            "officers.")
    (event,) = extract(text, "en", dt.date(2026, 3, 12)).events
    assert event.date.value == dt.date(2026, 3, 10)


def test_a_marker_on_the_auxiliary_of_a_relative_clause_leaves_the_killing_news() -> None:
    # guard: "has been" is the relative clause's auxiliary, the clause is its verb's ("involved")
    event = main_event("A suspected thief, who has been involved in a spate of robberies and killings around Lakeside, "
                       "is beaten to death by a mob.")
    assert event.event_type == "Riots"


def test_a_relative_clause_telling_the_event_deeper_down_still_dates_it() -> None:
    # guard: the day hangs from "killed", a complement inside the relative clause, not from its verb "said"
    text = ("A rebel group on Saturday claimed responsibility for one of the deadliest attacks in years against the "
            "army, which officials said killed 20 soldiers the previous day.")
    (event,) = extract(text, "en", dt.date(2026, 3, 16)).events
    assert event.date.value == dt.date(2026, 3, 13)


def test_a_day_in_a_relative_clause_about_the_fighting_the_dead_fell_in_dates_them() -> None:
    event = main_event("Four soldiers were killed and six others were wounded in fighting that took place between the "
                       "rebels and the army near Lakeside on 14 March 2015.")
    assert event.date.value == dt.date(2015, 3, 14)


def test_a_day_in_a_relative_clause_about_a_shooting_does_not_date_the_march_after_it() -> None:
    # guard: a word of violence is no word of the crowd's
    event = main_event("Hundreds of traders marched through Lakeside after a shooting that took place near the market "
                       "on 3 May 2015.")
    assert event.event_type == "Protests"
    assert event.date.value is None


def test_a_day_in_a_participle_clause_about_other_victims_does_not_date_the_raid() -> None:
    # guard: "killed" in the participle clause is a word of violence, but the clause qualifies the herders, not it
    event = main_event("3 killed by unknown camel raiders - thought to be a revenge attack for 2 herders killed on "
                       "14/11/09. Police intervened killing 2 raiders.")
    assert event.date.value is None


def test_a_month_naming_the_act_someone_is_suspected_of_does_not_date_the_abduction() -> None:
    # guard: the bombing is a word of political violence, but the participle clause qualifies the men
    event = main_event("Two men suspected of the March 2012 Lakeside bus station bombing are abducted along with two "
                       "others.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date.value is None
