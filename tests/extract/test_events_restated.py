"""Which event a dated clause reports when its day disagrees with the event told before (extract/events.py,
discourse.py, salience.py): an attack on the same town told again a day off is the same attack, unless the
report says it came again; a day of the calendar well before the main event's, in a report with no year, is
a past event. Synthetic reports written for these tests; real spaCy pipelines, geocoder, date and count readers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract, kinds

from sitrep.models import ArticleExtraction, EventMention

WEDNESDAY = dt.date(2019, 12, 25)


def _killed(event: EventMention) -> set[int]:
    return {c.low for c in event.counts if c.kind == "killed"}


def _battles(extraction: ArticleExtraction) -> list[EventMention]:
    return [e for e in extraction.events if e.event_type == "Battles"]


RESTATED = {
    "en": (
        "Gunmen attacked the army detachment in Djibo on Tuesday, and twelve soldiers were killed, the army said. "
        "The minister of defence praised the troops who repelled the attack. "
        "On December 25 in the morning, a large number of gunmen attacked the military detachment of Djibo, "
        "according to the general staff. "
        "It said 50 assailants and twelve soldiers were killed in the fighting."
    ),
    "fr": (
        "Des hommes armés ont attaqué mardi le détachement militaire de Djibo, où douze soldats ont été tués, "
        "selon l'armée. Le ministre de la Défense a salué les soldats qui ont repoussé l'attaque. "
        "Le 25 décembre au matin, un grand nombre d'assaillants ont attaqué le détachement militaire de Djibo, "
        "selon l'état-major. Il précise que 50 assaillants et douze soldats ont été tués dans les combats."
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_attack_on_the_same_town_told_again_a_day_off_is_the_same_attack(language: str) -> None:
    extraction = extract(RESTATED[language], language, WEDNESDAY)
    battles = _battles(extraction)
    assert len(battles) == 1, kinds(extraction)
    (battle,) = battles
    # the day the report gave first (Tuesday, the 24th), at the town it names both times, with every figure
    assert battle.date is not None and battle.date.value == dt.date(2019, 12, 24)
    assert battle.location is not None and battle.location.place.name == "Djibo"
    assert 50 in _killed(battle)


AGAIN = {
    "en": (
        "Gunmen attacked the army detachment in Djibo on Tuesday, and twelve soldiers were killed, the army said. "
        "The minister of defence praised the troops who repelled the attack. "
        "On December 25 in the morning, gunmen attacked the military detachment of Djibo again, "
        "according to the general staff, and five soldiers were killed."
    ),
    "fr": (
        "Des hommes armés ont attaqué mardi le détachement militaire de Djibo, où douze soldats ont été tués, "
        "selon l'armée. Le ministre de la Défense a salué les soldats qui ont repoussé l'attaque. "
        "Le 25 décembre au matin, des assaillants ont attaqué à nouveau le détachement militaire de Djibo, "
        "selon l'état-major, et cinq soldats ont été tués."
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_attack_the_report_says_came_again_the_next_day_is_another_event(language: str) -> None:
    extraction = extract(AGAIN[language], language, WEDNESDAY)
    days = sorted(e.date.value for e in _battles(extraction) if e.date is not None and e.date.value)
    assert days == [dt.date(2019, 12, 24), dt.date(2019, 12, 25)]


PAST_DAY = {
    "fr": (
        "Le village de Djibo a été attaqué dimanche 9 juin dans la soirée par des hommes armés. "
        "Au moins 40 personnes ont été tuées, selon le maire. "
        "Ce type d'attaque est fréquent dans la région. "
        "Le 2 mars dernier, quelque 100 personnes ont été tuées dans l'attaque d'un autre village du centre."
    ),
    "en": (
        "The village of Djibo was attacked by gunmen on the evening of Sunday June 9. "
        "At least 40 people were killed, the mayor said. "
        "Such attacks are frequent in the region. "
        "On March 2, some 100 people were killed in the attack on another village of the centre."
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_day_well_before_the_main_events_in_a_report_with_no_year_is_background(language: str) -> None:
    extraction = extract(PAST_DAY[language], language, None)
    figures = {n for e in extraction.events for n in _killed(e)}
    assert 40 in figures and 100 not in figures
    assert any("days before the report's main event" in b.rule and "100" in b.quote for b in extraction.background)


def test_a_later_day_in_a_report_with_no_year_is_not_taken_for_the_past() -> None:
    # a follow-up day after the main event's may be news (or last year's): the rule leaves it alone
    text = (
        "Le village de Djibo a été attaqué le 2 mars dans la soirée par des hommes armés. "
        "Au moins 40 personnes ont été tuées, selon le maire. "
        "Le 9 juin, quelque 100 personnes ont été tuées dans l'attaque du village de Dori."
    )
    extraction = extract(text, "fr", None)
    assert {n for e in extraction.events for n in _killed(e)} >= {40, 100}


CAME_AGAIN = {
    "fr": (
        "Dans le camp des rebelles, une trentaine de combattants ont été tués lors de l'assaut contre Tessalit. "
        "Les soldats ont riposté pendant des heures. "
        "Les habitants ont fui vers les dunes. "
        "Les rebelles ont attaqué à nouveau le camp militaire de Tessalit le 24 janvier 2012 à l'aube, "
        "et les combats ont duré deux heures."
    ),
    "en": (
        "About thirty rebel fighters were killed in the assault on Tessalit. "
        "The soldiers fought back for hours. "
        "Residents fled to the dunes. "
        "The rebels attacked the army camp of Tessalit again at dawn on 24 January 2012, "
        "and the fighting lasted two hours."
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_dated_attack_said_to_come_again_is_not_the_undated_one_told_before(language: str) -> None:
    extraction = extract(CAME_AGAIN[language], language, None)
    days = [e.date.value if e.date else None for e in _battles(extraction)]
    assert sorted(days, key=str) == [dt.date(2012, 1, 24), None]


def test_again_in_the_lead_qualifies_the_reports_own_event() -> None:
    text = (
        "Rebels attacked the army camp of Tessalit again on 24 January 2012. "
        "About thirty rebel fighters were killed, the army said. "
        "The fighting lasted two hours."
    )
    assert len(_battles(extract(text, "en", None))) == 1


def test_a_weekday_and_a_day_of_the_month_with_no_year_do_not_clash() -> None:
    text = (
        "A civilian was killed and four others were wounded Monday [7 September] in firing between the troops "
        "of two armies along the border in the Sabjian area."
    )
    extraction = extract(text, "en", None)
    assert kinds(extraction) == [("Battles", "Armed clash")]
