"""Session 14: an update that gives a toll ("are now known to have died in Friday's raid") reports its event, not
a past one; a clause headed "In a separate operation, ..." is an event of its own, and the bare "attacked" told
before it does not fold into it; "this month" yields to the lead's day; "the protests last June" are past, and
"also marched" is news of that day. Synthetic reports written for these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2025, 9, 15)  # a Monday


def _events(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.sub_event_type, e.date.value if e.date else None) for e in extract(text, "en", PUBLISHED).events]


def test_a_toll_now_known_is_news_of_the_raid_it_counts() -> None:
    text = (
        "The police commissioner said on Monday that 31 people were now known to have died in Friday night's "
        "raid on herders' camps in the district, after two more of the wounded died in hospital."
    )
    assert _events(text) == [("Attack", dt.date(2025, 9, 12))]


def test_a_toll_of_people_known_to_have_been_killed_is_news() -> None:
    text = "At least 12 villagers are known to have been killed when gunmen attacked Kafin Koro on Saturday."
    assert [sub for sub, _ in _events(text)] == ["Attack"]


def test_a_group_known_to_carry_out_raids_is_still_background() -> None:
    text = (
        "Gunmen shot dead four traders at a cattle market in Kafin Koro on Sunday, residents said. The gangs "
        "in the area are known to kidnap travellers on the highway."
    )
    assert [sub for sub, _ in _events(text)] == ["Attack"]


def test_a_strike_in_a_separate_operation_is_its_own_event() -> None:
    text = (
        "Militants attacked a cattle market in Ansongo on Sunday morning, killing seven traders, a local "
        "official said.\n\n"
        "Later, in a separate operation on Sunday evening, a military helicopter struck a column of militants "
        "east of Ansongo, killing about 20 of them, a security source said."
    )
    assert sorted(sub for sub, _ in _events(text)) == ["Air/drone strike", "Attack"]


def test_in_another_attack_heads_an_event_of_its_own() -> None:
    text = (
        "Gunmen killed three farmers in Tanout on Thursday, residents said. In another attack on the same day "
        "further north, a roadside bomb destroyed an army truck near Tasker, killing two soldiers."
    )
    assert sorted(sub for sub, _ in _events(text)) == ["Attack", "Remote explosive/landmine/IED"]


def test_a_second_statement_heads_no_new_event() -> None:
    text = (
        "Troops and militants clashed in Tanout on Thursday, killing six fighters, the army said. In a second "
        "statement on Friday, the army said the clashes in Tanout had ended."
    )
    assert [sub for sub, _ in _events(text)] == ["Armed clash"]


def test_a_month_the_attack_is_counted_in_yields_to_the_day_the_lead_gives() -> None:
    text = (
        "Two policemen were martyred and one other wounded when terrorists attacked a police post in Lakki "
        "Marwat late on Friday night, officials said on Saturday. The attack is the second on the post this month."
    )
    assert _events(text) == [("Armed clash", dt.date(2025, 9, 12))]


def test_protests_a_time_marker_dates_are_past_not_what_a_protest_is_about() -> None:
    text = (
        "Police fired teargas at hundreds of protesters in Kisumu on Sunday. Traders also marched peacefully in "
        "Kakamega. Eight people were killed in the protests last March, rights groups say."
    )
    found = extract(text, "en", PUBLISHED).events
    assert sorted(e.sub_event_type for e in found) == ["Peaceful protest", "Protest with intervention"]
    assert not any(c.kind == "killed" for e in found for c in e.counts)


def test_protests_in_a_month_named_bare_are_still_news() -> None:
    assert [sub for sub, _ in _events("Protests in August against rising crime in Kitale.")] == ["Peaceful protest"]
