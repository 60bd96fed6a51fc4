"""Whole reports through `extract_article`: several events, background, precedence, actor roles, figures, the
undated report, noise, and the Evidence every field carries. Reports are synthetic, written for these tests.

Real parts throughout: spaCy pipelines, the geocoder over the embedded gazetteer, the actor knowledge base, the
date and count readers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_article
from sitrep.models import Article, ArticleExtraction, EventMention
from sitrep.nlp import load_pipeline

RAID_AND_IED_EN = (
    "Islamic State claims raid on Malian army camp and blast on French convoy\n\n"
    "Jihadists attacked a Malian army camp at Tessit on Friday, killing 30 soldiers, the army said on Saturday. "
    "The army said 20 assailants were neutralised during the fighting. "
    "On Saturday, a French soldier died when his armoured vehicle hit an improvised explosive device near Gao. "
    "The Islamic State claimed responsibility for the attack on the camp. "
    "The raid came a month after two attacks killed 40 soldiers near the border with Burkina Faso. "
    "The minister of defence said in Bamako that security would be reinforced."
)

VILLAGE_FR = (
    "Des hommes armés non identifiés ont attaqué dans la nuit de samedi à dimanche le village de Bankass, "
    "tuant douze civils, selon des sources locales. "
    "Les assaillants ont incendié des greniers avant de prendre la fuite. "
    "Auparavant, seize soldats avaient été tués dans une embuscade près de Mopti."
)

BATTLE_WITH_AIR_EN = (
    "Troops backed by helicopter gunships clashed with militants outside Djibo on Tuesday, the army said. "
    "Air strikes hit the militants as the fighting went on for several hours."
)

UNDATED_EN = "Gunmen attacked a police post in Kidal, killing two officers, according to a security source."

NOISE_FR = (
    "Le Mali prévoit une hausse de sa production d'or l'an prochain, selon le ministère des Mines. "
    "Les recettes fiscales du secteur minier devraient progresser, a indiqué le ministre lors d'une conférence."
)


def extract(text: str, language: str, published: dt.date | None) -> ArticleExtraction:
    article = Article(id="a1", text=text, language=language, published=published, published_precision=1)
    return extract_article(article, load_pipeline(language)(text))


@pytest.fixture(scope="module")
def raid_and_ied() -> ArticleExtraction:
    return extract(RAID_AND_IED_EN, "en", dt.date(2019, 11, 3))


def test_two_events_in_one_report_main_event_first(raid_and_ied: ArticleExtraction) -> None:
    events = raid_and_ied.events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Battles", "Armed clash"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ]
    assert [e.mention_id for e in events] == ["a1#0", "a1#1"]
    assert events[0].salience > events[1].salience


def test_dates_and_places_of_each_event(raid_and_ied: ArticleExtraction) -> None:
    raid, ied = raid_and_ied.events
    assert raid.date is not None and raid.date.value == dt.date(2019, 11, 1)  # "on Friday", not "said on Saturday"
    assert ied.date is not None and ied.date.value == dt.date(2019, 11, 2)
    assert raid.location is not None and raid.location.place.name == "Tessit"
    assert raid.location.geo_precision == 1
    assert ied.location is not None and ied.location.place.name == "Gao"  # not Bamako, where the minister spoke


def test_actor_roles_and_claim(raid_and_ied: ArticleExtraction) -> None:
    raid, ied = raid_and_ied.events
    assert raid.actor2 is not None and raid.actor2.name == "Military Forces of Mali"
    assert raid.actor1 is not None and raid.actor1.name == "Islamic State Sahel"
    assert raid.claimed_by is not None and raid.claimed_by.name == "Islamic State Sahel"
    assert ied.actor2 is not None and "France" in ied.actor2.name


def test_figures_attached_per_side(raid_and_ied: ArticleExtraction) -> None:
    raid, _ = raid_and_ied.events
    killed = {(c.low, c.side) for c in raid.counts if c.kind == "killed"}
    assert (30, "actor2") in killed  # the soldiers were the attacked
    assert (20, "actor1") in killed  # the assailants neutralised
    assert all(c.low != 40 for c in raid.counts)  # the 40 soldiers belong to a past attack


def test_background_event_recorded_not_coded(raid_and_ied: ArticleExtraction) -> None:
    assert any("a month after" in b.rule for b in raid_and_ied.background)
    assert len(raid_and_ied.events) == 2


def test_every_field_keeps_evidence(raid_and_ied: ArticleExtraction) -> None:
    for event in raid_and_ied.events:
        fields: list[object] = [event.trigger, event.type_evidence]
        fields += [event.date.evidence if event.date else None, event.location.evidence if event.location else None]
        fields += [event.actor1.evidence if event.actor1 else None] + [c.evidence for c in event.counts]
        for evidence in fields:
            assert evidence is not None
            words = RAID_AND_IED_EN[evidence.start : evidence.end]  # type: ignore[attr-defined]
            assert words and words in evidence.quote  # type: ignore[attr-defined]
            assert evidence.rule  # type: ignore[attr-defined]
        assert event.notes


def test_french_attack_on_villagers_is_violence_against_civilians() -> None:
    result = extract(VILLAGE_FR, "fr", dt.date(2019, 3, 25))
    assert len(result.events) == 1
    event: EventMention = result.events[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Mali)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Mali)"
    assert event.date is not None and event.date.value == dt.date(2019, 3, 23)
    assert event.location is not None and event.location.place.name == "Bankass"
    assert [(c.kind, c.low, c.side) for c in event.counts] == [("killed", 12, "civilians")]
    assert any("auparavant" in b.rule for b in result.background)


def test_airstrike_within_battle_is_one_battle() -> None:
    result = extract(BATTLE_WITH_AIR_EN, "en", dt.date(2022, 5, 12))
    assert [(e.event_type, e.sub_event_type) for e in result.events] == [("Battles", "Armed clash")]


def test_undated_report_gets_no_date() -> None:
    result = extract(UNDATED_EN, "en", None)
    assert len(result.events) == 1
    event = result.events[0]
    assert event.date is not None and event.date.value is None
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Mali)"


def test_noise_report_gives_no_event() -> None:
    result = extract(NOISE_FR, "fr", dt.date(2023, 2, 1))
    assert result.events == []


def test_a_namesake_abroad_is_not_the_place_of_the_event() -> None:
    """'near Boni' in a report about Mali: Bonn (Germany), which the report never names, is not the place."""
    from sitrep.ingest.dedupe import content_hash

    text = (
        "Soldiers ambushed in central Mali\n\n"
        "Gunmen ambushed an army patrol near Boni in central Mali on Friday, killing seven soldiers, the army said."
    )
    article = Article(
        id="boni", text=text, published=dt.date(2024, 3, 9), language="en", content_hash=content_hash(text)
    )
    (mention,) = extract_article(article, load_pipeline("en")(text)).events
    assert mention.location is None or mention.location.place.country_code == "ML"
    assert mention.actor2 is not None and mention.actor2.name == "Military Forces of Mali"


def test_a_main_event_dated_after_the_lead_takes_that_recent_date() -> None:
    """The lead says what happened; 'Ce dimanche' comes a few sentences later, two days before publication."""
    from sitrep.ingest.dedupe import content_hash

    text = (
        "Deuil dans le centre du Mali\n\n"
        "Le centre du Mali est encore endeuillé. Des hommes armés ont tué au moins vingt civils dans le village "
        "de Koro. Aucun groupe n'a revendiqué l'attaque. Les secours sont arrivés tard.\n\n"
        "Ce dimanche, les habitants ont vu arriver des hommes armés à moto vers 17 heures."
    )
    article = Article(
        id="koro", text=text, published=dt.date(2024, 6, 11), language="fr", content_hash=content_hash(text)
    )
    main = extract_article(article, load_pipeline("fr")(text)).events[0]
    assert main.date is not None and main.date.value == dt.date(2024, 6, 9)
    assert main.date.evidence is not None and main.date.evidence.rule.endswith("event:recent-opening-date")


def test_a_report_naming_only_its_country_places_the_event_in_that_country() -> None:
    from sitrep.ingest.dedupe import content_hash

    text = "Soldiers killed in Mali\n\nGunmen killed four soldiers in an ambush in Mali on Tuesday, the army said."
    article = Article(
        id="mali", text=text, published=dt.date(2024, 6, 12), language="en", content_hash=content_hash(text)
    )
    (mention,) = extract_article(article, load_pipeline("en")(text)).events
    assert mention.location is not None
    assert (mention.location.place.country_code, mention.location.geo_precision) == ("ML", 3)
    assert mention.location.evidence is not None and mention.location.evidence.rule == "geo:country-only"


def test_an_undated_report_keeps_what_its_date_words_say_for_resolution() -> None:
    from sitrep.models import PartialDate

    text = "Des hommes armés ont attaqué samedi 14 octobre un poste de police à Kidal, tuant deux policiers."
    (mention,) = extract(text, "fr", None).events
    assert mention.date is not None and mention.date.value is None
    assert mention.date.partial == PartialDate(month=10, day=14, weekday=5)
    assert mention.date.evidence is not None and mention.date.evidence.rule.endswith("event:partial-date")


def test_a_teaser_line_about_another_country_does_not_take_over_the_report() -> None:
    """A 'read also' line about a kidnapping in Nigeria, inside a report about an attack in Burkina Faso."""
    text = (
        "A government spokesman in Burkina Faso said on Monday that more than 50 people died in an armed attack "
        "on the town of Sebba in the north of the country.\n\n"
        "Read also:\n\n"
        "Gunmen kidnapped about 40 people in Zamfara, Nigeria\n\n"
        "Residents said the gunmen arrived on motorbikes and set fire to the market."
    )
    events = extract(text, "en", dt.date(2022, 6, 13)).events
    assert events[0].event_type == "Violence against civilians"
    assert events[0].sub_event_type == "Attack"
    assert events[0].location is not None and events[0].location.place.country_code == "BF"


def test_a_lead_date_that_contradicts_the_events_weekday_is_not_its_date() -> None:
    """A photo caption's date in the lead is a Sunday; the report says the attack was on a Wednesday."""
    text = (
        "Une attaque de jihadistes a eu lieu ce mercredi à Kidal, tuant trois soldats. "
        "Une photo datant du 14 décembre 2008 montre le camp militaire de Kidal."
    )
    (mention,) = extract(text, "fr", None).events
    assert mention.date is not None and mention.date.value is None
    assert mention.date.partial is not None and mention.date.partial.weekday == 2


def test_a_clause_referring_back_with_an_unrelated_date_does_not_split_the_event() -> None:
    text = (
        "Gunmen attacked three villages near Tillia on Sunday, killing 20 people, a local official said. "
        "The attacks on February 15 underscore the challenge facing the president. "  # refers back, own date
        "The villages attacked on Sunday lie in the Tahoua region."
    )
    events = extract(text, "en", dt.date(2021, 3, 22)).events
    assert [(e.event_type, e.date.value if e.date else None) for e in events] == [
        ("Violence against civilians", dt.date(2021, 3, 21))
    ]


def test_a_clause_dated_another_day_further_on_is_not_the_undated_main_event() -> None:
    text = (
        "« Bourem : la situation est sous contrôle », dit ce message diffusé ce mardi 12 septembre 2023. "
        "Le message a été publié après une attaque de rebelles contre le camp militaire de Bourem, qui a fait "
        "dix morts parmi les soldats. "
        "Les soldats ont repoussé les assaillants. Le camp a été fortifié depuis. Les habitants sont inquiets. "
        "Dans la journée du jeudi 7 septembre 2023, des attaques entre deux villages ont fait vingt morts."
    )
    main = extract(text, "fr", None).events[0]
    assert main.location is not None and main.location.place.name == "Bourem"
    assert main.date is not None and main.date.value == dt.date(2023, 9, 12)
