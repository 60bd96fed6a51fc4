"""The actor knowledge base on short reports written for these tests (English and French)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.extract.actors import ActorKB, ActorKBError, get_actor_kb, normalise_actor_name


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


def _found(kb: ActorKB, text: str, language: str = "en", country: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.ref.name) for m in kb.find_mentions(text, language, country)]


@pytest.mark.parametrize(
    ("text", "language", "mention", "actor"),
    [
        ("Des éléments des FAMa ont été déployés à Ménaka.", "fr", "FAMa", "Military Forces of Mali"),
        ("La force Barkhane a mené une frappe près de Gao.", "fr", "force Barkhane", "Military Forces of France"),
        ("Operation Barkhane helicopters flew over the area.", "en", "Operation Barkhane", "Military Forces of France"),
        ("L'EIGS a revendiqué l'embuscade.", "fr", "EIGS", "Islamic State Sahel"),
        ("Le GSIM a revendiqué l'attaque du poste.", "fr", "GSIM", "JNIM: Group for Support of Islam and Muslims"),
        (
            "Fighters of the Islamic State in the Greater Sahara struck.",
            "en",
            "Islamic State in the Greater Sahara",
            "Islamic State Sahel",
        ),
        (
            "Le Groupe de soutien à l'islam et aux musulmans est lié à Al-Qaïda.",
            "fr",
            "Groupe de soutien à l'islam et aux musulmans",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Clashes pitted the Coordination of Azawad Movements against the army.",
            "en",
            "Coordination of Azawad Movements",
            "Coordination of Azawad Movements",
        ),
        ("Les chasseurs dozos ont encerclé le hameau.", "fr", "chasseurs dozos", "Dan Na Ambassagou"),
        ("al-Shabab militants stormed the hotel.", "en", "al-Shabab", "Al Shabaab"),
        ("Les shebab ont attaqué une base.", "fr", "shebab", "Al Shabaab"),
        ("ISWAP fighters raided the garrison town.", "en", "ISWAP", "ISWAP: Islamic State West Africa Province"),
        (
            "Tehreek-e-Taliban Pakistan claimed the bombing.",
            "en",
            "Tehreek-e-Taliban Pakistan",
            "TTP: Tehreek-i-Taliban Pakistan",
        ),
        ("Ansar Allah fired a missile.", "en", "Ansar Allah", "Military Forces of Yemen Houthi"),
    ],
)
def test_aliases_in_english_and_french(kb: ActorKB, text: str, language: str, mention: str, actor: str) -> None:
    assert (mention, actor) in _found(kb, text, language)


def test_demonym_patterns_name_their_own_country(kb: ActorKB) -> None:
    text = "Malian troops and Nigerien soldiers pursued the attackers; l'armée burkinabè et des soldats maliens aussi."
    found = _found(kb, text, "en", country="Burkina Faso")
    assert ("Malian troops", "Military Forces of Mali") in found
    assert ("Nigerien soldiers", "Military Forces of Niger") in found
    assert ("armée burkinabè", "Military Forces of Burkina Faso") in found
    assert ("soldats maliens", "Military Forces of Mali") in found


def test_country_name_patterns(kb: ActorKB) -> None:
    found = _found(kb, "Mali's army retook the town. L'armée du Niger a riposté.", "fr")
    assert ("Mali's army", "Military Forces of Mali") in found
    assert ("armée du Niger", "Military Forces of Niger") in found


def test_generic_words_take_the_report_country(kb: ActorKB) -> None:
    mentions = kb.find_mentions("The army said gunmen killed five villagers; gendarmes arrived later.", "en", "ML")
    by_text = {m.text: m for m in mentions}
    assert by_text["The army"].ref.name == "Military Forces of Mali"
    assert by_text["The army"].generic
    assert by_text["gunmen"].ref.name == "Unidentified Armed Group (Mali)"
    assert by_text["villagers"].ref.name == "Civilians (Mali)"
    assert by_text["gendarmes"].ref.name == "Police Forces of Mali"


def test_generic_words_without_country_stay_bare(kb: ActorKB) -> None:
    mention = kb.find_mentions("Protesters blocked the road.", "en")[0]
    assert mention.ref.name == "Protesters" and mention.ref.country is None and mention.ref.inter_code == 6


def test_french_generic_words(kb: ActorKB) -> None:
    found = _found(kb, "Des individus armés non identifiés ont tué des civils. Les manifestants ont fui.", "fr", "NE")
    assert ("individus armés non identifiés", "Unidentified Armed Group (Niger)") in found
    assert ("civils", "Civilians (Niger)") in found
    assert ("manifestants", "Protesters (Niger)") in found


def test_acronyms_match_only_in_their_case(kb: ActorKB) -> None:
    assert _found(kb, "This is what it is: a Fama cattle market, cma, let it be.") == []
    found = _found(kb, "IS claimed it. The CMA denied. LeT was blamed.")
    assert ("IS", "Islamic State") in found
    assert ("CMA", "Coordination of Azawad Movements") in found
    assert ("LeT", "LeT: Lashkar-e-Taiba") in found


def test_longest_match_wins_and_spans_index_the_text(kb: ActorKB) -> None:
    text = "Boko Haram insurgents attacked; Islamic State West Africa Province denied it."
    mentions = kb.find_mentions(text, "en", "Nigeria")
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    assert mentions[0].text == "Boko Haram insurgents"
    assert mentions[1].text == "Islamic State West Africa Province"
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_jihadists_follow_a_group_named_in_the_sentence(kb: ActorKB) -> None:
    named = kb.find_mentions("Les djihadistes ont attaqué le camp, selon le GSIM.", "fr", "Mali")
    assert named[0].ref.name == "JNIM: Group for Support of Islam and Muslims"
    assert named[0].rule == "actor:jihadist-word:named-in-sentence"
    unnamed = kb.find_mentions("Jihadists attacked the camp.", "en", "Mali")
    assert unnamed[0].ref.name == "Unidentified Armed Group (Mali)"
    two = kb.find_mentions("Jihadists attacked, and both JNIM and ISGS claimed it.", "en", "Mali")
    assert two[0].ref.name == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "language", "member"),
    [
        ("Des miliciens dozos ont attaqué le village.", "fr", "miliciens"),
        ("Des combattants de l'EIGS ont tué des soldats.", "fr", "combattants"),
        ("Dozo militiamen burned the granaries.", "en", "militiamen"),
    ],
)
def test_armed_men_next_to_a_named_group_are_its_members(kb: ActorKB, text: str, language: str, member: str) -> None:
    mention = next(m for m in kb.find_mentions(text, language, "Mali") if m.text == member)
    assert mention.ref.name in ("Dan Na Ambassagou", "Islamic State Sahel")
    assert (mention.rule, mention.generic) == ("actor:member-of-named", False)
    assert kb.find_mentions("Soldiers of the army, gunmen fled.", "en", "Mali")[2].ref.name.startswith("Unidentified")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Fighters linked to al-Qaeda and ISIS attacked the town.", "en", ["Unidentified Armed Group (Mali)"]),
        ("Al Shabaab, an al Qaeda allied group, claimed it.", "en", ["Al Shabaab"]),
        ("Des groupes affiliés à Al-Qaïda et à l'État islamique ont tué des civils.", "fr", ["Civilians (Mali)"]),
        ("AQIM attacked the base.", "en", ["AQIM: Al Qaeda in the Islamic Maghreb"]),
        ("Des jihadistes affiliés à Al-Qaïda au Maghreb islamique (Aqmi) ou au groupe Etat islamique (EI).", "fr",
         ["Unidentified Armed Group (Mali)"]),
    ],
)
def test_groups_named_as_affiliations_are_no_participants(
    kb: ActorKB, text: str, language: str, expected: list[str]
) -> None:
    assert [m.ref.name for m in kb.find_mentions(text, language, "Mali")] == expected


def test_caliphate_soldiers_take_the_islamic_state_branch_of_the_country(kb: ActorKB) -> None:
    sahel = kb.find_mentions("The caliphate's soldiers ambushed a patrol.", "en", "Mali")
    assert sahel[0].ref.name == "Islamic State Sahel"
    nigeria = kb.find_mentions("The caliphate's soldiers ambushed a patrol.", "en", "Nigeria")
    assert nigeria[0].ref.name == "ISWAP: Islamic State West Africa Province"


def test_civilians_and_crowds_in_protests_and_riots(kb: ActorKB) -> None:
    protest = _found(
        kb, "Residents blocked the highway to protest. Thousands of members marched in Nairobi.", "en", "KE"
    )
    assert protest == [
        ("Residents", "Protesters (Kenya)"),
        ("Thousands", "Protesters (Kenya)"),
        ("members", "Protesters (Kenya)"),
    ]
    riot = _found(kb, "Protesters pelted the police with stones.", "en", "Kenya")
    assert ("Protesters", "Rioters (Kenya)") in riot
    quiet = _found(kb, "Thousands of people fled. Gunmen torched houses and killed villagers.", "en", "Mali")
    assert quiet == [("Gunmen", "Unidentified Armed Group (Mali)"), ("villagers", "Civilians (Mali)")]
    french = _found(
        kb, "Des jeunes ont manifesté à Bamako; les commerçants ont rejoint la marche pacifique.", "fr", "ML"
    )
    assert french == [("jeunes", "Protesters (Mali)"), ("commerçants", "Protesters (Mali)")]


def test_people_hurt_are_civilians(kb: ActorKB) -> None:
    assert _found(kb, "Several people were killed in the attack.", "en", "KE") == [("people", "Civilians (Kenya)")]
    assert _found(kb, "Au moins 160 personnes ont été tuées.", "fr", "ML") == [("personnes", "Civilians (Mali)")]
    assert _found(kb, "People say the road is safe again.", "en", "KE") == []


def test_blue_helmets_are_the_un_mission_of_the_country(kb: ActorKB) -> None:
    assert _found(kb, "Des casques bleus ont été blessés.", "fr", "Mali") == [
        ("casques bleus", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali")
    ]
    car = kb.find_mentions("UN peacekeepers returned fire.", "en", "Central African Republic")[0]
    assert car.ref.name.startswith("MINUSCA") and car.ref.inter_code == 8
    assert kb.find_mentions("UN peacekeepers returned fire.", "en")[0].ref.name == "UN: United Nations"


def test_every_country_dependent_actor_exists(kb: ActorKB) -> None:
    for spec in kb._generic["by_country"].values():
        for name in [spec["default"], *spec["countries"].values()]:
            assert kb.lookup(name) is not None and kb.lookup(name).name == name
        assert all(kb.country(country) for country in spec["countries"])


def test_islamic_state_is_coded_by_its_local_branch(kb: ActorKB) -> None:
    mentions = kb.find_mentions("The Islamic State said its jihadists killed 20 soldiers.", "en", "Niger")
    assert [m.ref.name for m in mentions[:2]] == ["Islamic State Sahel", "Islamic State Sahel"]
    assert mentions[0].rule == "actor:islamic-state-branch"
    assert kb.find_mentions("IS claimed it.", "en", "Turkey")[0].ref.name == "Islamic State"  # no branch there
    assert kb.find_mentions("IS claimed it.", "en", "Syria")[0].ref.name == "Islamic State (Syria)"


@pytest.mark.parametrize(
    ("text", "language", "country", "actor"),
    [
        ("Fulani herdsmen attacked three villages.", "en", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("Fulani herders have reportedly killed 20 farmers.", "en", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("Two Fulani herders were killed by vigilantes.", "en", "Nigeria", "Civilians (Nigeria)"),
        ("Des éleveurs peuls ont tué deux chasseurs.", "fr", "Mali", "Fulani Ethnic Militia (Mali)"),
        ("Des civils peuls ont été tués.", "fr", "Mali", "Civilians (Mali)"),
    ],
)
def test_ethnic_civilians_who_attack_are_a_militia(
    kb: ActorKB, text: str, language: str, country: str, actor: str
) -> None:
    assert kb.find_mentions(text, language, country)[0].ref.name == actor


def test_foreign_civilians_are_international(kb: ActorKB) -> None:
    found = _found(kb, "Two French hostages were freed.", "en", "Mali")
    assert found == [("French hostages", "Civilians (International)")]
    assert _found(kb, "Malian civilians fled.", "en", "Mali") == [("Malian civilians", "Civilians (Mali)")]


def test_foreign_state_forces_get_inter_code_8(kb: ActorKB) -> None:
    french = kb.find_mentions("French troops struck a convoy.", "en", "Mali")[0]
    assert french.ref.name == "Military Forces of France" and french.ref.inter_code == 8
    malian = kb.find_mentions("Malian troops struck a convoy.", "en", "Mali")[0]
    assert malian.ref.inter_code == 1


def test_ethnic_militias_and_civilians(kb: ActorKB) -> None:
    found = _found(kb, "Pokot raiders killed two Turkana herders.", "en", "Kenya")
    assert ("Pokot raiders", "Pokot Ethnic Militia (Kenya)") in found
    assert ("Turkana herders", "Civilians (Kenya)") in found
    assert ("milices peules", "Fulani Ethnic Militia (Mali)") in _found(kb, "Des milices peules.", "fr", "Mali")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Police Forces of Kenya (2013-)", "Police Forces of Kenya"),
        ("Military Forces of Kenya (2002-2013)", "Military Forces of Kenya"),
        ("military forces of nigeria (2015-) ", "Military Forces of Nigeria"),
        ("Police Forces of Kenya (2013-) General Service Unit", "Police Forces of Kenya General Service Unit"),
        ("AMISOM: African Union Mission in Somalia (2007-) (Uganda)",
         "AMISOM: African Union Mission in Somalia (Uganda)"),
        ("al-Shabab", "Al Shabaab"),
        ("fama", "Military Forces of Mali"),
        ("GSIM", "JNIM: Group for Support of Islam and Muslims"),
        ("État islamique au Grand Sahara", "Islamic State Sahel"),
        ("Civilians (Ivory Coast)", "Civilians (Ivory Coast)"),
        ("Civilians (Côte d'Ivoire)", "Civilians (Ivory Coast)"),
        ("Unidentified Armed Group", "Unidentified Armed Group"),
        ("Koussouma Communal Militia (Mali)", "Koussouma Communal Militia (Mali)"),
        ("Students (Kenya)", "Students (Kenya)"),
        ("Turkana Ethnic Group (Kenya)", "Turkana Ethnic Group (Kenya)"),
    ],
)
def test_lookup(kb: ActorKB, name: str, canonical: str) -> None:
    ref = kb.lookup(name)
    assert ref is not None and ref.name == canonical


def test_every_canonical_name_looks_up_to_itself(kb: ActorKB) -> None:
    wrong = {name: ref.name for name in kb.entries if (ref := kb.lookup(name)) is None or ref.name != name}
    assert wrong == {}


def test_lookup_unknown(kb: ActorKB) -> None:
    assert kb.lookup("Friends of the Village Library") is None
    assert kb.lookup("Something Communal Militia (Atlantis)") is None
    assert kb.lookup("Astronauts (Kenya)") is None


def test_categories_and_countries(kb: ActorKB) -> None:
    assert kb.state_forces("BF").name == "Military Forces of Burkina Faso"
    assert kb.police("Kenya").name == "Police Forces of Kenya"
    assert kb.civilians("malien").name == "Civilians (Mali)"
    assert kb.unidentified("NE").inter_code == 3
    assert kb.protesters("Sénégal").name == "Protesters (Senegal)"
    assert kb.rioters("KEN").inter_code == 5
    mali = kb.country("maliennes")
    assert mali is not None and (mali.iso2, mali.iso3, mali.isonum, mali.name_fr) == ("ML", "MLI", 466, "Mali")
    assert kb.country("burkinabè").name == "Burkina Faso"
    assert kb.country("RDC").name == "Democratic Republic of Congo"
    assert kb.country("Atlantis") is None


def test_every_country_code_and_name_finds_its_country(kb: ActorKB) -> None:
    wrong = [
        (key, info.name)
        for info in kb.countries
        for key in (info.iso2, info.iso3, info.name, info.name_fr, *info.aliases)
        if (found := kb.country(key)) is None or found.name != info.name
    ]
    assert wrong == []
    assert kb.country("SD").name == "Sudan" and kb.country("SSD").name == "South Sudan"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police Forces of Kenya (2013-)", "Police Forces of Kenya"),
        ("Al Shabaab", "al-Shabab"),
        ("État islamique", "Etat Islamique"),
        ("JNIM: Group for Support of Islam and Muslims", "Group for Support of Islam and Muslims"),
        ("Military Forces of the United States", "Military Forces of United States"),
    ],
)
def test_normalise_actor_name(a: str, b: str) -> None:
    assert normalise_actor_name(a) == normalise_actor_name(b)


def test_user_files_add_actors_and_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "- name: Katiba Test Brigade\n  type: Rebel group\n  country: Mali\n  aliases: {en: [Test Brigade]}\n"
        "- name: Military Forces of Mali\n  aliases: {fr: [les Forces de Test]}\n",
        encoding="utf-8",
    )
    kb = ActorKB.load([extra])
    found = _found(kb, "The Test Brigade fought les Forces de Test.")
    assert ("Test Brigade", "Katiba Test Brigade") in found
    assert ("les Forces de Test", "Military Forces of Mali") in found


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("actors: [{type: Rebel group}]", "needs a `name`"),
        ("actors: [{name: X, type: Gang}]", "unknown type"),
        ("actors: [{name: Brand New Group}]", "needs a `type`"),
        ("- just a list", "expected a mapping"),
        ("actors: [unclosed", "cannot read"),
        ("actors: [{name: X, type: Rebel group, aliases: {en: [on]}}]", "quote yes/no/on/off"),
    ],
)
def test_bad_user_file_names_file_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ActorKBError, match=problem) as info:
        ActorKB.load([bad])
    assert str(bad) in str(info.value)


def test_mention_evidence(kb: ActorKB) -> None:
    text = "Des soldats maliens ont été tués."
    mention = kb.find_mentions(text, "fr")[0]
    ref = mention.with_evidence("a1", text)
    assert ref.evidence is not None
    assert (ref.evidence.start, ref.evidence.end, ref.evidence.rule) == (4, 19, "actor:demonym:state_forces")
    assert ref.mention == "soldats maliens"


def _acled_rows(shared_dir: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((shared_dir / "eval" / "external" / "acled").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend({k.lower(): v for k, v in row.items() if k} for row in csv.DictReader(fh))
    return rows


@pytest.mark.shared
def test_kb_covers_acled_actor_names(kb: ActorKB, shared_dir: Path) -> None:
    rows = _acled_rows(shared_dir)
    covered = sum(all(kb.lookup(r[k]) for k in ("actor1", "actor2") if r.get(k, "").strip()) for r in rows)
    assert covered / len(rows) >= 0.98


@pytest.mark.slow
@pytest.mark.shared
def test_acled_actor1_recall_in_notes(kb: ActorKB, shared_dir: Path) -> None:
    rows = [r for r in _acled_rows(shared_dir) if r.get("actor1") and r.get("notes")]
    hits = 0
    for row in rows:
        gold = kb.lookup(row["actor1"])
        found = {normalise_actor_name(m.ref.name) for m in kb.find_mentions(row["notes"], "en", row["country"])}
        hits += gold is not None and normalise_actor_name(gold.name) in found
    assert hits / len(rows) >= 0.55


def test_a_force_named_like_a_common_noun_matches_only_as_written() -> None:
    kb = get_actor_kb()
    taxes = kb.find_mentions("Traders protested against new market levies in Kisumu.", "en", "Kenya")
    assert [m.ref.name for m in taxes] == ["Protesters (Kenya)"]
    force = kb.find_mentions("Two Levies personnel were killed in Quetta.", "en", "Pakistan")
    assert [m.ref.name for m in force] == ["Military Forces of Pakistan"]  # as ACLED codes the Levies


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        # a foreign army serving in a mission ACLED names by contingent
        ("Ethiopian troops clashed with al Shabaab near Baidoa.", "Somalia",
         "AMISOM: African Union Mission in Somalia (Ethiopia)"),
        ("Des soldats burundais ont été attaqués près de Balad.", "Somalia",
         "AMISOM: African Union Mission in Somalia (Burundi)"),
        # at home, or where no mission names it, it stays the country's army
        ("Ethiopian troops clashed with rebels near Gambela.", "Ethiopia", "Military Forces of Ethiopia"),
        ("Ugandan troops crossed into South Sudan.", "South Sudan", "Military Forces of Uganda"),
    ],
)
def test_mission_contingents(kb: ActorKB, text: str, country: str, actor: str) -> None:
    language = "fr" if text.startswith("Des") else "en"
    assert kb.find_mentions(text, language, country=country)[0].ref.name == actor


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        # units ACLED records apart from their force
        ("GSU officers were deployed to Garissa.", "Kenya", "Police Forces of Kenya General Service Unit"),
        ("Saiqa forces advanced in Benghazi.", "Libya", "Military Forces of Libya Special Forces"),
        ("Bunyan al-Marsous fighters advanced in Sirte.", "Libya", "Military Forces of Libya Presidential Guard"),
        # the Libyan National Army is the force ACLED names Military Forces of Libya (2014-)
        ("The Libyan National Army shelled Derna.", "Libya", "Military Forces of Libya"),
    ],
)
def test_state_units(kb: ActorKB, text: str, country: str, actor: str) -> None:
    assert kb.find_mentions(text, "en", country=country)[0].ref.name == actor


def test_contingents_are_known_by_their_acled_name(kb: ActorKB) -> None:
    ref = kb.lookup("AMISOM: African Union Mission in Somalia (2007-) (Uganda)")
    assert ref is not None and ref.name == "AMISOM: African Union Mission in Somalia (Uganda)" and ref.inter_code == 8


@pytest.mark.parametrize(
    ("text", "language", "country", "name"),
    [
        # spellings and designations the press uses for groups ACLED names
        ("Three suspected Al-Shaabab militants were killed near Kiunga.", "en", "Kenya", "Al Shabaab"),
        ("Somali Islamists attacked a police post near Liboi.", "en", "Kenya", "Al Shabaab"),
        ("Five militants were killed by the Kenyan Defence Force in Boni forest.", "en", "Kenya",
         "Military Forces of Kenya"),
        ("Baloch seperatists are suspected of the attack in Turbat.", "en", "Pakistan",
         "Baloch Separatists (Pakistan)"),
        ("A Baloch separatist was killed in Kech.", "en", "Pakistan", "Baloch Separatists (Pakistan)"),
        ("Malay-Muslim insurgents fired on a ranger base in Narathiwat.", "en", "Thailand",
         "Southern Muslim Separatists (Thailand)"),
        # foreigners named by their demonym and trade are the international civilians
        ("Gunmen killed an Italian missionary near Malindi.", "en", "Kenya", "Civilians (International)"),
        ("Un prêtre italien a été enlevé près de Niamey.", "fr", "Niger", "Civilians (International)"),
    ],
)
def test_press_names_of_known_groups(text: str, language: str, country: str, name: str) -> None:
    assert name in [m.ref.name for m in get_actor_kb().find_mentions(text, language, country)]
