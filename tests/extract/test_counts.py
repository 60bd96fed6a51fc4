"""Casualty figures: words, digits, ranges, vague quantities, lists, and figures that are not tolls."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.extract.counts import CountMention, find_counts


def counts(text: str, language: str) -> list[tuple[str, int, int, str | None, str | None, bool]]:
    return [(c.kind, c.low, c.high, c.who, c.qualifier, c.vague) for c in find_counts(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The assault on the outpost killed 49 soldiers, wounded three and left 20 survivors.",
            "en",
            [("killed", 49, 49, "soldiers", None, False), ("injured", 3, 3, None, None, False)],
        ),
        ("Forty-nine soldiers were killed in the raid.", "en", [("killed", 49, 49, "soldiers", None, False)]),
        ("The officials said 53 people died.", "en", [("killed", 53, 53, "people", None, False)]),
        ("Some 1,200 villagers were abducted.", "en", [("abducted", 1200, 1200, "villagers", "about", False)]),
        ("More than 30 protesters were arrested.", "en", [("arrested", 30, 30, "protesters", "more than", False)]),
        ("Two fishermen remain missing.", "en", [("missing", 2, 2, "fishermen", None, False)]),
        ("Twelve herders in the Kidal region were killed.", "en", [("killed", 12, 12, "herders", None, False)]),
        ("The army said it neutralised 17 militants.", "en", [("killed", 17, 17, "militants", None, False)]),
        ("The death toll rose to 1,200 on Friday.", "en", [("killed", 1200, 1200, None, None, False)]),
        ("Quarante-neuf militaires ont été tués.", "fr", [("killed", 49, 49, "militaires", None, False)]),
        ("Vingt et un civils ont péri dans l'incendie.", "fr", [("killed", 21, 21, "civils", None, False)]),
        ("Quatre-vingt-dix-neuf civils ont été tués.", "fr", [("killed", 99, 99, "civils", None, False)]),
        ("One hundred and twenty people were killed.", "en", [("killed", 120, 120, "people", None, False)]),
        (
            "Trois soldats ont perdu la vie et deux autres ont été blessés.",
            "fr",
            [("killed", 3, 3, "soldats", None, False), ("injured", 2, 2, None, None, False)],
        ),
        ("Les assaillants ont tué 20 soldats maliens.", "fr", [("killed", 20, 20, "soldats", None, False)]),
        (
            "Une cinquantaine de terroristes ont été neutralisés.",
            "fr",
            [("killed", 50, 50, "terroristes", "about", True)],
        ),
        (
            "Au moins 1 200 personnes ont été interpellées.",
            "fr",
            [("arrested", 1200, 1200, "personnes", "at least", False)],
        ),
        ("Trois personnes sont portées disparues.", "fr", [("missing", 3, 3, "personnes", None, False)]),
        ("Cinq enseignants ont été enlevés.", "fr", [("abducted", 5, 5, "enseignants", None, False)]),
        ("Un soldat a été tué.", "fr", [("killed", 1, 1, "soldat", None, False)]),
        (
            "Les combats ont permis de neutraliser une soixantaine de terroristes.",
            "fr",
            [("killed", 60, 60, "terroristes", "about", True)],
        ),
        ("On déplore la perte de quatre militaires.", "fr", [("killed", 4, 4, "militaires", None, False)]),
        (
            "BAMAKO (Agence) -Dix soldats et 46 assaillants ont été tués.",
            "fr",
            [("killed", 10, 10, "soldats", None, False), ("killed", 46, 46, "assaillants", None, False)],
        ),
        # a quoted figure in a list shares the list's verb
        (
            "Two guards died, and “40 raiders” and six herders were killed, officials said.",
            "en",
            [("killed", 2, 2, "guards", None, False), ("killed", 40, 40, "raiders", None, False),
             ("killed", 6, 6, "herders", None, False)],
        ),
        (
            "Selon l'armée, « 30 terroristes » et deux soldats ont été tués.",
            "fr",
            [("killed", 30, 30, "terroristes", None, False), ("killed", 2, 2, "soldats", None, False)],
        ),
    ],
)
def test_figures_and_their_kind(text: str, language: str, expected: list[tuple]) -> None:
    assert counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dozens of people were killed.", "en", [("killed", 12, 99, "people", None, True)]),
        ("Hundreds were wounded.", "en", [("injured", 100, 999, None, None, True)]),
        ("Several soldiers were killed.", "en", [("killed", 10, 10, "soldiers", None, True)]),
        ("A few villagers were kidnapped.", "en", [("abducted", 3, 3, "villagers", None, True)]),
        ("L'attaque a fait une dizaine de morts.", "fr", [("killed", 10, 10, None, "about", True)]),
        ("Une centaine de blessés ont été évacués.", "fr", [("injured", 100, 100, None, "about", True)]),
        ("Des dizaines de civils ont été tués.", "fr", [("killed", 12, 99, "civils", None, True)]),
        ("Plusieurs militaires ont été blessés.", "fr", [("injured", 10, 10, "militaires", None, True)]),
        # an unstated plural, quoted or not: ACLED's low vague figure
        ("The raid caused “a number” of deaths.", "en", [("killed", 3, 10, None, None, True)]),
        ("L'attaque a fait un certain nombre de morts.", "fr", [("killed", 3, 10, None, None, True)]),
    ],
)
def test_vague_quantities_follow_acled(text: str, language: str, expected: list[tuple]) -> None:
    assert counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Between 30 and 40 people were killed.", "en", 30, 40),
        ("30 to 40 people were killed.", "en", 30, 40),
        ("Gunmen killed 30-40 people.", "en", 30, 40),
        ("Entre 30 et 40 personnes ont été tuées.", "fr", 30, 40),
    ],
)
def test_ranges(text: str, language: str, low: int, high: int) -> None:
    [found] = find_counts(text, language)
    assert (found.kind, found.low, found.high) == ("killed", low, high)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A man was shot dead at the market.", "en", [("killed", 1, 1, "man", None, False)]),
        ("Another soldier was killed on patrol.", "en", [("killed", 1, 1, "soldier", None, False)]),
        ("An attack was reported near the well.", "en", []),
        ("Thieves took 11 goats and a herder was beaten to death.", "en", [("killed", 1, 1, "herder", None, False)]),
        ("Nine cattle rustlers were shot dead.", "en", [("killed", 9, 9, "rustlers", None, False)]),
        ("Gunmen killed a three-year-old girl.", "en", [("killed", 1, 1, "girl", None, False)]),
        ("A 13-year-old boy was shot to death.", "en", [("killed", 1, 1, "boy", None, False)]),
        ("Guards gunned down two cattle traders.", "en", [("killed", 2, 2, "traders", None, False)]),
        ("A local leader was chopped to death.", "en", [("killed", 1, 1, "leader", None, False)]),
        ("Another victim succumbed to his injuries.", "en", [("killed", 1, 1, "victim", None, False)]),
        ("Fatalities stand at 5 militiamen.", "en", [("killed", 5, 5, "militiamen", None, False)]),
        ("More than two dozen troops were killed.", "en", [("killed", 24, 24, "troops", "more than", False)]),
        ("We wish the injured a speedy recovery.", "en", []),
        ("Rebels seized a military camp.", "en", []),
        ("A further 20 people were killed.", "en", [("killed", 20, 20, "people", None, False)]),
        ("It ended a three hour battle in which 11 raiders died.", "en", [("killed", 11, 11, "raiders", None, False)]),
        ("Police shot dead two suspects believed to be robbers.", "en", [("killed", 2, 2, "suspects", None, False)]),
        ('Troops cleared the area, killing "several" fighters.', "en", [("killed", 10, 10, "fighters", None, True)]),
        ("The strike killed an unknown number of herders.", "en", [("killed", 10, 10, "herders", None, True)]),
        ("Un nouveau bilan fait état de 20 morts.", "fr", [("killed", 20, 20, None, None, False)]),
        ("Un mort et deux blessés.", "fr", [("killed", 1, 1, None, None, False), ("injured", 2, 2, None, None, False)]),
    ],
)
def test_one_person_needs_a_victim_noun(text: str, language: str, expected: list[tuple]) -> None:
    assert counts(text, language) == expected


def test_at_least_x_and_y_gives_two_counts_sharing_the_verb() -> None:
    for text in (
        "At least 53 soldiers and one civilian were killed.",
        "The attack killed at least 53 soldiers and one civilian.",
        "The attack left at least 53 soldiers and one civilian dead.",
    ):
        assert counts(text, "en") == [
            ("killed", 53, 53, "soldiers", "at least", False),
            ("killed", 1, 1, "civilian", None, False),
        ]
    assert counts("L'attaque a fait 20 morts et 15 blessés.", "fr") == [
        ("killed", 20, 20, None, None, False),
        ("injured", 15, 15, None, None, False),
    ]


def test_span_and_rule_point_at_the_words() -> None:
    text = "Officials said 12 villagers were kidnapped."
    [found] = find_counts(text, "en")
    assert text[found.start : found.end] == found.text == "12 villagers"
    assert found.rule == "count:abducted:after"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A 5,000-man force was deployed.", "en"),
        ("Corporal Jean Martin, 24, died after his vehicle hit a mine.", "en"),
        ("The attack came at 5pm on 3 November 2019.", "en"),
        ("In 2019, the army opened 12 new bases.", "en"),
        ("The convoy of 30 vehicles was hit 10 km from the town.", "en"),
        ("One attack killed nobody.", "en"),
        ("Le soldat, âgé de 24 ans, a été blessé.", "fr"),
        ("Une attaque a visé le camp vers 17h.", "fr"),
    ],
)
def test_figures_that_are_not_tolls(text: str, language: str) -> None:
    assert find_counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("43 French soldiers have been killed in the Sahel since 2013.", "en"),
        ("To date, 300 civilians have been killed in the region.", "en"),
        ("Depuis le début de l'année, 200 civils ont été tués.", "fr"),
        ("It follows militant violence that has claimed hundreds of lives.", "en"),
        ("Le pays est plongé dans un conflit qui a fait des milliers de morts.", "fr"),
    ],
)
def test_running_totals_are_flagged_cumulative(text: str, language: str) -> None:
    [found] = find_counts(text, language)
    assert found.kind == "killed" and found.cumulative


def test_cumulative_flag_stays_in_its_clause() -> None:
    text = "Gunmen killed 12 soldiers on Friday, bringing the toll since January to 300."
    found = find_counts(text, "en")
    assert [(c.low, c.cumulative) for c in found] == [(12, False), (300, True)]


def test_results_are_typed_and_ordered() -> None:
    found = find_counts("Two were injured; later, five people were killed.", "en")
    assert all(isinstance(c, CountMention) for c in found)
    assert [(c.kind, c.low) for c in found] == [("injured", 2), ("killed", 5)]


@pytest.mark.shared
def test_acled_notes_fatalities(shared_dir: Path) -> None:
    """Quality floor: the first non-cumulative killed figure of an ACLED Kenya note equals the row's
    `fatalities` (0 when none is found). Measured 0.87 on the first 400 rows."""
    path = shared_dir / "eval" / "external" / "acled" / "kenya-2019.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:400]
    right = 0
    for row in rows:
        killed = [c.low for c in find_counts(row["notes"], "en") if c.kind == "killed" and not c.cumulative]
        right += (killed[0] if killed else 0) == int(row["fatalities"])
    assert right / len(rows) >= 0.83, right


def test_a_broken_rules_file_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.extract import counts as module
    from sitrep.extract import numbers

    (tmp_path / "numbers_en.yaml").write_text("units: {one: 1}\ntens: {}\nmultipliers: {}\njoiners: []\n")
    monkeypatch.setattr(numbers, "DATA_DIR", tmp_path)
    with pytest.raises(module.DataFileError, match=r"numbers_en\.yaml: bad rule: KeyError\('qualifiers'\)"):
        module.CountRules("en")
    (tmp_path / "numbers_en.yaml").write_text("units: [unclosed\n")
    with pytest.raises(module.DataFileError, match=r"numbers_en\.yaml: cannot read rules"):
        module.CountRules("en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('About 40 raiders were "neutralised" by the troops.', "en", [("killed", 40, 40, "raiders", "about", False)]),
        ("Three herders were reported killed in the raid.", "en", [("killed", 3, 3, "herders", None, False)]),
        ("A teacher was abducted, tortured and murdered.", "en", [("killed", 1, 1, "teacher", None, False)]),
        ("Six bandits were kiled by the police.", "en", [("killed", 6, 6, "bandits", None, False)]),
        ("A mob lynched two suspected thieves.", "en", [("killed", 2, 2, "thieves", None, False)]),
        ("The militia executes nine farmers.", "en", [("killed", 9, 9, "farmers", None, False)]),
        ("One death and two injuries were reported.", "en",
         [("killed", 1, 1, None, None, False), ("injured", 2, 2, None, None, False)]),
        ("Two killings were reported in the camp.", "en", [("killed", 2, 2, None, None, False)]),
        ("He received a death threat after a death in the village.", "en", []),
        ("L'attaque a causé la mort de huit (08) membres des forces de sécurité.", "fr",
         [("killed", 8, 8, "membres", None, False)]),
        ("Des sources ont évoqué 30 terroristes « neutralisés ».", "fr",
         [("killed", 30, 30, "terroristes", None, False)]),
    ],
)
def test_more_ways_to_say_killed(text: str, language: str, expected: list[tuple]) -> None:
    assert counts(text, language) == expected


def flags(text: str, language: str) -> list[tuple[int, bool, bool, bool]]:
    return [(c.low, c.included, c.additional, c.grievance) for c in find_counts(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Seventeen people died, including eight children who were shot dead.", "en",
         [(17, False, False, False), (8, True, False, False)]),
        ("Vingt civils ont été tués, dont trois enfants tués par balle.", "fr", [(20, False, False, False),
                                                                                (3, True, False, False)]),
        ("One guard was shot dead. Three others were killed later.", "en", [(1, False, False, False),
                                                                           (3, False, True, False)]),
        ("A further 20 people were killed.", "en", [(20, False, True, False)]),
        ("Deux soldats ont été tués et trois autres militaires ont péri.", "fr", [(2, False, False, False),
                                                                                  (3, False, True, False)]),
        ("Traders protested after a driver was killed by a soldier.", "en", [(1, False, False, True)]),
        ("Youths rioted in response to the deaths of two students.", "en", [(2, False, False, True)]),
        ("Ils ont manifesté contre la mort de deux élèves tués par la police.", "fr", [(2, False, False, True)]),
        ("Residents protested over the killing, and police shot dead two protesters.", "en",
         [(2, False, False, False)]),
    ],
)
def test_how_a_figure_relates_to_the_others(text: str, language: str, expected: list[tuple]) -> None:
    assert flags(text, language) == expected


@pytest.mark.parametrize(
    ("who", "generic"),
    [(None, True), ("people", True), ("personnes", True), ("Members", True), ("soldiers", False),
     ("assaillants", False)],
)
def test_generic_victims_name_no_side(who: str | None, generic: bool) -> None:
    from sitrep.extract.counts import generic_victims

    assert generic_victims(who) is generic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named without a figure after a killing verb (headline style)
        ("Mob kills suspected cattle thief in the market", [("killed", 1, 1, "thief", None, False)]),
        ("Gunmen killed former chief as he left the mosque.", [("killed", 1, 1, "chief", None, False)]),
        ("Gunmen kill villagers in the valley", []),  # a bare plural says nothing of the number
        # a pronoun told killed is one death when nothing else in the text is counted
        ("He was killed overnight in his home.", [("killed", 1, 1, None, None, False)]),
        # an acronym that spells a stop word is still a name
        ("At least 12 IS fighters were killed in the raid.", [("killed", 12, 12, "fighters", "at least", False)]),
        ("Three RSF-aligned militiamen were killed.", [("killed", 3, 3, "militiamen", None, False)]),
        # the fatalities field of older notes
        ("Clashes at the market. FATALITIES: 15", [("killed", 15, 15, None, None, False)]),
        # casualties said to have happened, without a figure: ACLED's plural fatalities (10)
        ("A mine hit the patrol, resulting in casualties.", [("killed", 10, 10, None, None, True)]),
        ("Mortars hit the base. Casualties reported, numbers not known.", [("killed", 10, 10, None, None, True)]),
        ("The blast caused no casualties.", []),
        ("Casualties not known.", []),
        ("Shelling resulted in casualties; two soldiers were killed.", [("killed", 2, 2, "soldiers", None, False)]),
    ],
)
def test_figures_without_digits(text: str, expected: list[tuple]) -> None:
    assert counts(text, "en") == expected
