"""Competing figures in one report (synthetic sentences): a side counting its own dead ("the army said it lost 17
men") is a killed count; a claimant's count told as "claimed by X, which said it had killed 70" is the claimant's;
the French "précédent bilan" is a superseded figure, "portant à sept le nombre de militaires tués" an updated toll and
"blessés ont succombé à leurs blessures" deaths. Read whole, such a report gives the most conservative
credible figure, as ACLED codes it. A toll a note says was coded on one day is not divided among its days, and two
places sharing the noun after them ("in Xa and Yb villages") are one location."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts
from sitrep.models import Article
from sitrep.pipeline import extract_articles
from sitrep.resolve import build_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it lost 17 men in the ambush.", [17]),
        ("The battalion has lost two soldiers since the attack on Tuesday.", [2]),
        # what a side lost that is not people is no toll
        ("The herders said they lost 200 cattle to the raiders.", []),
    ],
)
def test_a_side_losing_its_men_is_a_killed_count(text: str, expected: list[int]) -> None:
    assert [c.low for c in find_counts(text, "en") if c.kind == "killed"] == expected


def test_a_claim_told_by_which_said_is_the_claimants() -> None:
    text = ("The attack was claimed by the Islamic State in the Sahel, which said it had killed 70 soldiers. "
            "Gunmen killed 12 soldiers, the army said.")
    assert [(c.low, c.claimed) for c in find_counts(text, "en") if c.kind == "killed"] == [(70, True), (12, False)]


def test_the_previous_french_toll_is_superseded() -> None:
    text = ("Le bilan de l'embuscade est passé à 17 soldats tués, a annoncé samedi le ministère. "
            "Le précédent bilan faisait état de 10 morts.")
    assert [(c.low, c.superseded) for c in find_counts(text, "fr") if c.kind == "killed"] == [(17, False), (10, True)]


def _fatalities(text: str, language: str, country: str) -> int | None:
    article = Article(id="r1", text=text, language=language, country=country)
    (extraction,) = extract_articles([article])
    return build_event([max(extraction.events, key=lambda m: m.salience)], {"r1": article}).fatalities


@pytest.mark.parametrize(
    ("text", "language", "country", "fatalities"),
    [
        ("Militants killed dozens of soldiers in an attack on a base near Inates on Tuesday, claimed by the Islamic "
         "State in the Sahel, which said it had killed 70 soldiers. The army said it lost 17 men.", "en", "NE", 17),
        ("Le bilan de l'embuscade de jeudi contre une patrouille près de Boulkessi est passé à 17 soldats tués, a "
         "annoncé samedi le ministère. Le précédent bilan faisait état de 10 morts.", "fr", "ML", 17),
        # wounded who died of their wounds, then "portant à N le nombre de ... tués": the updated toll
        ("Le bilan de l'attaque du camp militaire de Sokolo s'est alourdi. Trois soldats grièvement blessés ont "
         "succombé à leurs blessures, portant à sept le nombre de militaires tués, a indiqué l'armée.", "fr", "ML", 7),
        # both sides' dead, the attackers' told in a later sentence, add up (ACLED: 41)
        ("Twenty soldiers were killed on Tuesday when militants attacked a military post near Tillia. The army "
         "said 21 terrorists were neutralised in the counter-attack.", "en", "NE", 41),
    ],
)
def test_a_report_gives_its_most_conservative_credible_toll(text: str, language: str, country: str,
                                                            fatalities: int) -> None:
    assert _fatalities(text, language, country) == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Fighting over a borehole left at least 4 dead after 2 days of violence (coded on last day of violence).", 4),
        ("Eight people were killed in a revenge attack in Kaduma and Bilanga villages of Lolgorian division.", 8),
        # still divided: a span of days with no such remark, and three villages listed
        ("At least ten people were killed following two days of ethnic clashes in Kinango.", 5),
        ("Gunmen attacked the villages of Kaduma, Bilanga and Toroma, killing 9 people.", 3),
    ],
)
def test_a_toll_coded_on_one_day_or_one_pair_of_villages_is_not_divided(text: str, fatalities: int) -> None:
    assert _fatalities(text, "en", "KE") == fatalities
