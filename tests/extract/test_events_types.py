"""ACLED typing of one clause, with precedence, and background markers, on real spaCy parses (EN and FR).

The sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.extract.background import background_marker, retrospective, too_old
from sitrep.extract.context import Report
from sitrep.extract.triggers import ClauseType, classify_clause, definition, find_hits, split_clauses, vocabulary
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def clause_types(sentence: str, language: str) -> list[ClauseType]:
    article = Article(id="t", text=sentence, language=language)
    report = Report.build(article, load_pipeline(language)(sentence))
    hits = find_hits(sentence, 0, len(sentence), language)
    found = []
    for clause in split_clauses(sentence, 0, len(sentence)):
        ctype = classify_clause(
            sentence, [h for h in hits if clause[0] <= h.start < clause[1]], language, clause, report.target_span
        )
        if ctype is not None:
            found.append(ctype)
    return found


def only_type(sentence: str, language: str) -> tuple[str, str]:
    found = clause_types(sentence, language)
    assert len(found) == 1, [(c.event_type, c.sub_event_type) for c in found]
    return found[0].event_type, found[0].sub_event_type


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # ACLED precedence: an IED that hits a convoy is a remote explosive, not a battle.
        (
            "A roadside bomb struck an army convoy near Tessit, killing two soldiers.",
            "en",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "Un engin explosif improvisé a touché un convoi militaire près de Boni.",
            "fr",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        # An airstrike inside a reported battle is one Battles event.
        (
            "Troops backed by air strikes clashed with militants for hours outside Dori.",
            "en",
            ("Battles", "Armed clash"),
        ),
        (
            "Les affrontements, appuyés par des frappes aériennes, ont duré toute la nuit.",
            "fr",
            ("Battles", "Armed clash"),
        ),
        ("A drone strike hit a gathering east of the town.", "en", ("Explosions/Remote violence", "Air/drone strike")),
        ("Une frappe aérienne a visé un hameau.", "fr", ("Explosions/Remote violence", "Air/drone strike")),
        # Armed men attacking villagers: violence against civilians; attacking an army post: a battle.
        ("Gunmen attacked the village and shot dead eleven residents.", "en", ("Violence against civilians", "Attack")),
        (
            "Des hommes armés ont attaqué le village et tué neuf habitants.",
            "fr",
            ("Violence against civilians", "Attack"),
        ),
        ("Jihadists attacked an army outpost at dawn.", "en", ("Battles", "Armed clash")),
        ("Une attaque contre un poste militaire a fait cinq morts.", "fr", ("Battles", "Armed clash")),
        ("Dozens of soldiers were killed.", "en", ("Battles", "Armed clash")),
        # Abduction, suicide bombing, shelling.
        (
            "Militants abducted twelve farm workers on the road.",
            "en",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "Deux enseignants ont été enlevés par des hommes armés.",
            "fr",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        ("A suicide bomber blew himself up at the market gate.", "en", ("Explosions/Remote violence", "Suicide bomb")),
        ("Un kamikaze s'est fait exploser devant la mosquée.", "fr", ("Explosions/Remote violence", "Suicide bomb")),
        (
            "Mortar shells fell on the camp overnight.",
            "en",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        # Demonstrations: peaceful, dispersed, violent.
        ("Hundreds of traders held a protest against the new tax.", "en", ("Protests", "Peaceful protest")),
        ("Police fired tear gas to disperse the protesters.", "en", ("Protests", "Protest with intervention")),
        (
            "Des manifestants ont érigé des barricades et jeté des pierres sur les policiers.",
            "fr",
            ("Riots", "Violent demonstration"),
        ),
        ("An angry mob lynched a suspected thief.", "en", ("Riots", "Mob violence")),
    ],
)
def test_clause_type_follows_acled_precedence(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert only_type(sentence, language) == expected


def test_one_sentence_two_events_are_two_clauses() -> None:
    sentence = "The group claimed a raid that killed 30 troops as well as a blast that killed a French soldier."
    found = clause_types(sentence, "en")
    assert [(c.event_type, c.strength) for c in found] == [
        ("Battles", "weak"),
        ("Explosions/Remote violence", "weak"),
    ]


def test_words_that_only_look_like_triggers_are_not_events() -> None:
    assert clause_types("La production de la mine d'or a baissé cette année.", "fr") == []
    assert clause_types("The minister praised the football team.", "en") == []


def test_every_acled_sub_type_has_a_definition() -> None:
    vocab = vocabulary()
    coded = {(s.event_type, s.sub_event_type) for s in vocab.sub_types.values()}
    assert len({sub for _, sub in coded}) == 25
    assert definition("Battles").startswith("A violent interaction")
    assert definition("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    ("sentence", "language", "trigger", "marker"),
    [
        ("The raid came a month after two attacks killed 40 soldiers.", "en", "attacks", "a month after"),
        ("Earlier this month, rebels seized a camp in the north.", "en", "seized", "Earlier this month"),
        ("Le village avait déjà été attaqué en 2019.", "fr", "attaqué", "déjà été"),
        ("Auparavant, seize soldats avaient été tués dans une embuscade.", "fr", "embuscade", "Auparavant"),
        ("The violence has killed thousands since 2012.", "en", "killed", "has killed thousands"),
    ],
)
def test_background_markers(sentence: str, language: str, trigger: str, marker: str) -> None:
    # Overlapping patterns may report a longer marker ("came a month after"): the words must be in it.
    at = sentence.index(trigger)
    found = background_marker(sentence, (0, len(sentence)), at, language)
    assert found is not None and marker in found


def test_news_sentence_has_no_background_marker() -> None:
    sentence = "Gunmen attacked the market on Friday, killing seven traders."
    assert background_marker(sentence, (0, len(sentence)), sentence.index("attacked"), "en") is None


def test_background_by_date() -> None:
    main = dt.date(2021, 3, 21)
    assert too_old(dt.date(2021, 3, 15), main, dt.date(2021, 3, 22)) is not None
    assert too_old(dt.date(2021, 3, 20), main, dt.date(2021, 3, 22)) is None
    assert too_old(dt.date(2020, 1, 1), None, dt.date(2021, 3, 22)) is not None
    assert too_old(None, main, None) is None


def test_retrospective_opening() -> None:
    assert retrospective("Ten years after the siege, survivors gathered for a memorial.", "en")
    assert retrospective("Dix ans après l'attaque, les familles se souviennent.", "fr")
    assert retrospective("Gunmen killed five people on Sunday.", "en") is None


def test_bad_pattern_in_a_data_file_names_the_file() -> None:
    from sitrep.extract.vocabulary import _compile

    with pytest.raises(ValueError, match=r"event_types\.yaml: bad pattern in Battles/Armed clash/en"):
        _compile(["clash(es"], "Battles/Armed clash/en")


# Second pass on ACLED notes: communal fighting, attackers named after the trigger, more violence words.
@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # Clans, communities, herders and farmers are communal militias to ACLED: their clashes are battles.
        ("Herders and farmers clashed over grazing land near the river.", "en", ("Battles", "Armed clash")),
        ("Two clans clashed over a water point.", "en", ("Battles", "Armed clash")),
        ("Des éleveurs et des agriculteurs se sont affrontés près du puits.", "fr", ("Battles", "Armed clash")),
        # Supporters and youths are not organised: their clash is mob violence.
        ("Rival supporters clashed outside the tallying centre.", "en", ("Riots", "Mob violence")),
        # Violence "between" two sides is a battle.
        ("Two people died in violence between two villages.", "en", ("Battles", "Armed clash")),
        ("Renewed clan fighting left several dead.", "en", ("Battles", "Armed clash")),
        ("Des violences intercommunautaires ont fait trois morts.", "fr", ("Battles", "Armed clash")),
        # The armed group named as subject of the next violence verb attacked; it was not the one hit.
        ("One man was killed when bandits attacked a van.", "en", ("Violence against civilians", "Attack")),
        # An unorganised crowd that attacks is mob violence.
        ("A thief was beaten to death by a crowd near the market.", "en", ("Riots", "Mob violence")),
        ("Residents cornered and killed a suspected robber.", "en", ("Riots", "Mob violence")),
        ("Des jeunes ont attaqué un commerçant accusé de vol.", "fr", ("Riots", "Mob violence")),
        # Rioters clashing with police: a violent demonstration, not a battle.
        ("Rioters clashed with police in the town centre.", "en", ("Riots", "Violent demonstration")),
        ("Students engaged police in running battles on the campus.", "en", ("Riots", "Violent demonstration")),
        # Violent protesters are rioters even when police shot at them (excessive force is for peaceful ones).
        ("Police shot a man as protesters barricaded roads with stones.", "en", ("Riots", "Violent demonstration")),
        ("Police shot dead two peaceful protesters.", "en", ("Protests", "Excessive force against protesters")),
        ("Students were violently protesting new fees.", "en", ("Riots", "Violent demonstration")),
        # Strikes and marches are protests.
        ("Mine workers went on strike over unpaid wages.", "en", ("Protests", "Peaceful protest")),
        ("The nurses' union launched a three-day strike.", "en", ("Protests", "Peaceful protest")),
        ("Les enseignants sont en grève depuis lundi.", "fr", ("Protests", "Peaceful protest")),
        # A crowd fighting the police is a violent demonstration; crowds fighting each other a mob.
        # No demonstration told: a riot outside a demonstration is mob violence (ACLED codebook 2019).
        ("Street vendors clashed with police over confiscated goods.", "en", ("Riots", "Mob violence")),
        ("Street vendors protesting the confiscation of their goods clashed with police.", "en",
         ("Riots", "Violent demonstration")),
        ("Opposing party activists clashed after the vote count.", "en", ("Riots", "Mob violence")),
        # A crowd destroying property is a riot, not a strategic development.
        ("Students burnt down two dormitories after the exams were cancelled.", "en", ("Riots", "Mob violence")),
        # Who takes a place decides: the army regains territory, an armed group overtakes it.
        ("The army took control of the town after a week.", "en", ("Battles", "Government regains territory")),
        ("Rebels took control of the town after a week.", "en", ("Battles", "Non-state actor overtakes territory")),
        ("Troops recaptured the border post.", "en", ("Battles", "Government regains territory")),
        # What a protest is against is not the event; an effigy burned is a protest's symbol, not violence.
        ("Students protested the rape of a classmate outside the court.", "en", ("Protests", "Peaceful protest")),
        ("Party members burnt an effigy of the minister in protest.", "en", ("Protests", "Peaceful protest")),
        ("Des femmes ont manifesté contre l'enlèvement de leurs maris.", "fr", ("Protests", "Peaceful protest")),
        ("Police lathicharged the protesters near the office.", "en", ("Protests", "Protest with intervention")),
        ("Demonstrators clash with police in the market square.", "en", ("Riots", "Violent demonstration")),
        # Petrol and crude bombs are not explosive weapons to ACLED: their users are rioters.
        ("Supporters hurled petrol bombs at a bus.", "en", ("Riots", "Mob violence")),
        ("Des jeunes ont lancé des cocktails Molotov sur la mairie.", "fr", ("Riots", "Mob violence")),
        # Armed guards are an armed side: an attack on them is a battle.
        ("Gunmen ambushed three security guards at the depot.", "en", ("Battles", "Armed clash")),
        ("The group executes four captives by firing squad.", "en", ("Violence against civilians", "Attack")),
        ("A passer-by was caught in the crossfire.", "en", ("Violence against civilians", "Attack")),
        # A camp of refugees or displaced people is civilian, not a military camp.
        ("Bandits attacked a refugee camp at night.", "en", ("Violence against civilians", "Attack")),
        ("Des hommes armés ont attaqué un camp de déplacés.", "fr", ("Violence against civilians", "Attack")),
        # Violence words the first pass missed.
        ("A trader was beaten with an iron bar.", "en", ("Violence against civilians", "Attack")),
        ("Two bodies were found dumped by the road.", "en", ("Violence against civilians", "Attack")),
        ("Un commerçant a été retrouvé mort près du marché.", "fr", ("Violence against civilians", "Attack")),
    ],
)
def test_second_pass_clause_types(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert only_type(sentence, language) == expected


CHANGE = ("Strategic developments", "Change to group/activity")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Soldiers were deployed to the border town.", "en", CHANGE),
        ("The group is recruiting young men in the hills.", "en", CHANGE),
        ("Le déploiement de troupes dans la région a commencé.", "fr", CHANGE),
        ("County officers demolished market stalls.", "en", DESTRUCTION),
        ("Des maisons ont été détruites par des inconnus.", "fr", DESTRUCTION),
        ("The governor imposed a curfew on the town.", "en", ("Strategic developments", "Other")),
    ],
)
def test_vague_strategic_words_are_weak(sentence: str, language: str, expected: tuple[str, str]) -> None:
    found = clause_types(sentence, language)
    assert [(c.event_type, c.sub_event_type, c.strength) for c in found] == [(*expected, "weak")]


def report_types(text: str, language: str = "en") -> list[tuple[str, str]]:
    article = Article(id="r", text=text, language=language)
    extraction = extract_article(article, load_pipeline(language)(text))
    return [(m.event_type, m.sub_event_type) for m in extraction.events]


def test_a_brief_always_gives_its_event() -> None:
    # A bare noun ("shootings") with no figure, place or date is not enough in a long report, but a brief of a
    # line or two (an ACLED note, a wire item) tells one event.
    assert report_types("Shootings and robberies by a gang in the estate.") == [
        ("Violence against civilians", "Attack")
    ]
    assert report_types("County officers demolished market stalls in the town.") == [
        ("Strategic developments", "Looting/property destruction")
    ]


def test_demonstrators_clashing_with_police_stay_a_riot_over_the_report() -> None:
    assert report_types("Demonstrators clash with police in the town, the clash leaves two hurt.") == [
        ("Riots", "Violent demonstration")
    ]


def test_vague_strategic_words_in_a_long_report_are_not_events() -> None:
    text = (
        "The minister spoke about the budget at length on Monday. " * 3
        + "She said the army would recruit more officers next year. "
        + "Analysts expect growth to slow. " * 3
    )
    assert report_types(text) == []


def test_protest_actions_are_weak_protests() -> None:
    found = clause_types("The opposition alliance enforced a dawn-to-dusk hartal across the district.", "en")
    assert [(c.event_type, c.sub_event_type, c.strength) for c in found] == [("Protests", "Peaceful protest", "weak")]
    # Violence during a shutdown is that violence, not the shutdown: supporters (a crowd) attacking a constable.
    found = clause_types("A constable was attacked by supporters of the shutdown.", "en")
    assert [(c.event_type, c.sub_event_type) for c in found] == [("Riots", "Mob violence")]
    # An air force's strikes are not a labour strike.
    found = clause_types("Air force jets carried out strikes on a rebel position.", "en")
    assert "Protests" not in {c.event_type for c in found}
