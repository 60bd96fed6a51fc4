"""What an ACLED note says about its own figures (synthetic sentences): a figure it says is "coded separately" is
another event's toll, not this one's; a person told lynched or attacked who was rescued, survived, or of whom "no
fatalities" were reported is no death; a mob acting "in a bid to" lynch killed no one;
an ACLED headline's present "shoot(s)" is a killing unless its sentence tells a wound; a figure inside the place
phrase after an article's words ("A roadside IED results in two soldiers killed") is the count, not the article."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from sitrep.models import Article
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event


def _fatalities(text: str) -> int | None:
    article = Article(id="r1", text=text, language="en", country="KE")
    (extraction,) = extract_articles([article])
    return build_event([max(extraction.events, key=lambda m: m.salience)], {"r1": article}).fatalities


def _killed(text: str) -> list[tuple[int, bool]]:
    return [(c.low, c.elsewhere) for c in find_counts(text, "en") if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third day of riots in Eldoret over the poll results. 3 killed (coded separately).", [(3, True)]),
        ("Herders clash with police at a water point. Police intervened, killing 2 raiders (coded seperately).",
         [(2, True)]),
        ("Bandits kill 4 during a raid in Kapedo (coded separately), leading to a clash with police who killed 2 "
         "bandits.", [(4, True), (2, False)]),
        # the word is about the figure right before it, not a figure told before that one
        ("5 herders killed (and 2 police - coded separately) by raiders in Wajir.", [(5, False)]),
        # guard: a note with no such word keeps its figure
        ("Bandits kill 4 during a raid in Kapedo.", [(4, False)]),
    ],
)
def test_a_figure_coded_separately_is_another_events(text: str, expected: list[tuple[int, bool]]) -> None:
    assert _killed(text) == expected


def test_a_toll_coded_separately_is_not_the_events() -> None:
    assert _fatalities("Third day of riots in Eldoret over the poll results. 3 killed (coded separately).") in (0, None)
    assert _fatalities("Bandits kill 4 during a raid in Kapedo (coded separately), leading to a clash with police "
                       "who killed 2 bandits.") == 2


@pytest.mark.parametrize(
    "text",
    [
        "A suspected cattle thief is lynched by a mob in Narok and nearly killed before he is rescued by police.",
        "A suspected burglar was lynched by residents of Kisii. Police rescued the man shortly before death.",
        "A mob of residents lynched a couple in Homa Bay. The couple survived and were taken to hospital.",
        "On 3 May, a man was lynched by a mob in Mbita for stealing a motorbike. No fatalities reported.",
        "A crowd storms a police post in Kitui in a bid to lynch a suspected thief.",
    ],
)
def test_a_person_who_lived_is_no_death(text: str) -> None:
    assert [c.low for c in find_counts(text, "en") if c.kind == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: someone else surviving takes back no death
        ("Gunmen shot dead a chief in Mandera. The driver survived with injuries.", [1]),
        ("A man was lynched by a mob in Mbita for stealing a motorbike.", [1]),
        # guard: a figure of more than one is not one person who lived
        ("Three suspected thieves were lynched in Kisii. A fourth man was rescued by police.", [3]),
    ],
)
def test_deaths_stay_when_the_survivor_is_someone_else(text: str, expected: list[int]) -> None:
    assert [c.low for c in find_counts(text, "en") if c.kind == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ACLED headline's present "shoot(s)" is a killing
        ("Police shoot suspected robber in Kayole", [1]),
        ("Unidentified gunmen shoot trader outside his shop in Garissa", [1]),
        ("Bandits shoot three herders in Kapedo village raid", [3]),
        # guard: a wound told in its sentence, a shot in the air, or "shoot and injure" is no killing
        ("Police shoot a protester in the leg in Kisumu.", []),
        ("A gunman shoots a police officer in Mandera, wounding him.", []),
        ("Police shoot in the air to disperse youths in Kibera.", []),
        ("Police shoot and injure a man in Kisumu.", []),
        # guard: "shoot ... dead" as before
        ("Police shoot two suspects dead in Mombasa.", [2]),
    ],
)
def test_a_headline_shooting_is_a_killing_unless_a_wound_is_told(text: str, expected: list[int]) -> None:
    assert [c.low for c in find_counts(text, "en") if c.kind == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase holding a figure of its own is not the article's victims' words
        ("A roadside IED results in two soldiers killed near Mandera.", [2]),
        ("An ambush on the road results in three police officers killed.", [3]),
        # guard: a place phrase between victims and their verb, as before
        ("A trader in Mandera was killed.", [1]),
        ("Twelve soldiers in Menaka were killed.", [12]),
    ],
)
def test_a_figure_in_the_place_phrase_is_its_own(text: str, expected: list[int]) -> None:
    assert [c.low for c in find_counts(text, "en") if c.kind == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a killing verb in quotes still takes its figure (lead probe, s17 requests)
        ("L'armée affirme avoir « neutralisé » une soixantaine d'assaillants près de Diffa.", "fr", [60]),
        ('The army said it had "neutralised" 30 terrorists near Diffa.', "en", [30]),
        # guard: as before without quotes; a quoted verb with no figure after it counts nothing
        ("L'armée affirme avoir neutralisé une soixantaine d'assaillants près de Diffa.", "fr", [60]),
        ("« Ils ont tué », a dit un témoin à Diffa.", "fr", []),
    ],
)
def test_a_quoted_killing_verb_takes_its_figure(text: str, language: str, expected: list[int]) -> None:
    assert [c.low for c in find_counts(text, language) if c.kind == "killed"] == expected
