"""End to end (ingest, extract, resolve into SQLite) on the session-21 French long-form blind table
(tests/e2e/blind_s21b): ten synthetic reports in the manner of French-language wire and local press, several
paragraphs each, with communiqués, 'selon des sources locales', revised tolls, recaps of earlier attacks and background
paragraphs, from central and northern Mali, Burkina Faso (Nord, Boucle du Mouhoun), Niger (Tillabéri, Diffa), Chad's
Lac, Cameroon's Far North, Ituri and northern Benin, in the text layouts (one read as mojibake), an HTML page with
site furniture, two pages saved in a WARC file, an Atom entry, a French RSS item and JSON Lines records. Coded before
any was run, as a careful ACLED coder would:

- s01 the army repels an attack on the Boulkessi camp (Douentza, Mopti) 'dans la nuit de samedi à dimanche': seven
  soldiers dead and 'une trentaine de terroristes neutralisés' by the army's communiqué, claimed by JNIM; the 2019
  attack is background (bare date layout). One Armed clash of JNIM on Mali's army, 37, dated Saturday.
- s02 shells fall on Timbuktu neighbourhoods on Tuesday, two civilians dead, blamed on JNIM, which besieges the
  city; the September boat attack is background (markdown layout). One Shelling/artillery/missile attack of JNIM on
  civilians, 2.
- s03 unidentified gunmen kill farmers near Koumbri (Yatenga, Nord) on Sunday; a first toll of nine revised to 'au
  moins quatorze'; VDP comb the area afterwards; a 2022 attack is background (an HTML page with a cookie banner,
  related links and comments). One Attack of an unidentified armed group on civilians, 14.
- s04 an IED hits a bus on the Dédougou-Nouna road 'jeudi dernier' (five dead), and on Saturday gunmen abduct 'une
  dizaine' in Bourasso (Kossi, Boucle du Mouhoun); a March blast is background (an Atom entry). A Remote
  explosive/landmine/IED and an Abduction/forced disappearance, both of an unidentified armed group on civilians.
- s05 an EIGS ambush near Téra (Tillabéri) on Monday: six soldiers dead, eighteen 'terroristes neutralisés'; on
  Tuesday air strikes kill 'une dizaine' of the fleeing assailants near Anzourou; the 15 August attack is
  background (a news-please record). An Armed clash of Islamic State Sahel on Niger's army, 24, and an Air/drone
  strike of Niger's army on Islamic State Sahel, 10.
- s06 presumed Boko Haram fighters kill 'au moins neuf' fishermen on a lake island near Bosso (Diffa) on Sunday
  evening; 2021 and 2020 attacks are background (a WARC page). One Attack of Boko Haram on civilians, 9.
- s07 Chad's army repels a Boko Haram attack near Ngouboua (Lac) 'dans la nuit de jeudi à vendredi': three soldiers
  and 22 'terroristes neutralisés'; 'la semaine dernière' four fishermen were abducted near Kaïga-Kindjiria; the
  2020 Bohoma attack is background (bare date layout as mojibake). An Armed clash of Boko Haram on Chad's army, 25,
  and an Abduction/forced disappearance of Boko Haram on civilians dated within the week before publication.
- s08 presumed Boko Haram fighters abduct 'une dizaine' in Mozogo (Mayo-Tsanaga, Far North) 'dans la nuit de
  samedi à dimanche'; on Monday residents hold a calm sit-in at the sub-prefecture (a French RSS item). An
  Abduction/forced disappearance of Boko Haram on civilians and a Peaceful protest.
- s09 ADF rebels kill villagers at Makumo near Biakato (Mambasa, Ituri) 'dans la nuit de samedi à dimanche': 17 by
  civil society, 11 by the army; on Monday youths put up barricades and burn tyres on the road in Biakato and the
  police fire tear gas (a WARC page). An Attack of the ADF on civilians, 11, and a Violent demonstration of rioters
  against the police.
- s10 gunmen attack an army position near Porga (Atacora) on Sunday: eight soldiers dead, 'une dizaine
  d'assaillants neutralisés' by the government's communiqué, claimed by JNIM (a plain JSON Lines record). One Armed
  clash of JNIM on Benin's army, 18.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s21b"

_S06A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Diffa : au moins neuf pêcheurs tués près de Bosso | Le Sahel Oriental</title>
<meta property="og:site_name" content="Le Sahel Oriental">
<meta property="article:published_time" content="2024-06-05T08:00:00+01:00">
</head><body>
<header><a href="/">Le Sahel Oriental</a>
<nav><a href="/">Accueil</a> <a href="/diffa">Diffa</a> <a href="/zinder">Zinder</a>
<a href="/societe">Société</a></nav>
</header>
<article><h1>Diffa : au moins neuf pêcheurs tués près de Bosso</h1>
<p>Au moins neuf pêcheurs ont été tués dimanche soir par des hommes armés sur une île du lac Tchad proche de Bosso,
dans la région de Diffa, dans le sud-est du Niger, a-t-on appris mardi auprès d'élus locaux.</p>
<p>Les assaillants, présumés membres de Boko Haram, ont surpris les pêcheurs alors qu'ils relevaient leurs filets.
« Ils les ont regroupés avant de les exécuter », a déclaré un conseiller municipal de Bosso. Des dizaines d'autres
pêcheurs sont portés disparus et les recherches se poursuivent, selon la même source.</p>
<p>Les autorités régionales ont confirmé l'attaque sans donner de bilan. La pêche, principale ressource de la zone,
avait été partiellement rouverte en début d'année après plusieurs années d'interdiction.</p>
<p>Ce n'est pas la première attaque du genre. En décembre 2021, une trentaine de pêcheurs avaient été tués dans des
circonstances similaires près de Bosso et, en mars 2020, une attaque contre une position militaire de la zone avait
fait une vingtaine de morts parmi les soldats. La région de Diffa, frontalière du Nigeria, subit depuis 2015 les
incursions de Boko Haram et de sa branche rivale, l'État islamique en Afrique de l'Ouest (Iswap).</p>
</article>
<aside><h2>Les plus lus</h2><ul><li><a href="/x1">Campagne agricole : les semences distribuées à Mainé-Soroa</a></li>
<li><a href="/x2">Examens du BEPC : les résultats attendus la semaine prochaine</a></li></ul></aside>
<footer>© 2024 Le Sahel Oriental · Tous droits réservés</footer>
</body></html>
"""
_S09A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Mambasa : des civils tués par les ADF à Makumo, colère à Biakato | Ituri Direct</title>
<meta property="og:site_name" content="Ituri Direct">
<meta property="article:published_time" content="2024-11-05T09:30:00+02:00">
</head><body>
<header><a href="/">Ituri Direct</a><nav><a href="/">Accueil</a> | <a href="/securite">Sécurité</a> |
<a href="/politique">Politique</a> | <a href="/humanitaire">Humanitaire</a></nav></header>
<article><h1>Mambasa : des civils tués par les ADF à Makumo, colère à Biakato</h1>
<p>Des rebelles des Forces démocratiques alliées (ADF) ont attaqué dans la nuit de samedi à dimanche le village de
Makumo, près de Biakato, en territoire de Mambasa, dans la province de l'Ituri, tuant au moins dix-sept civils,
selon la société civile locale.</p>
<p>Les assaillants ont fait irruption dans le village vers 22 heures et ont tué leurs victimes à l'arme blanche
avant d'incendier une dizaine de maisons et une église. L'armée, qui a confirmé l'attaque, fait état pour sa part de
onze morts. « Nos forces ont engagé la poursuite des assaillants », a déclaré le porte-parole des opérations dans la
zone.</p>
<p>Lundi, des jeunes en colère ont érigé des barricades et brûlé des pneus sur la route nationale 4 à Biakato pour
dénoncer l'insécurité et réclamer le départ de l'administrateur du territoire. La police a dispersé les manifestants
à l'aide de gaz lacrymogène. La circulation a repris en fin d'après-midi.</p>
<p>Le territoire de Mambasa est le théâtre d'incursions régulières des ADF depuis leur repli vers le nord, après le
lancement des opérations conjointes des armées congolaise et ougandaise fin 2021. En juin dernier, une série
d'attaques dans la même zone avait fait plus de quarante morts.</p>
</article>
<footer>© 2024 Ituri Direct · Contact · Mentions légales</footer>
</body></html>
"""
S06A_URL = "https://example.org/sahel-oriental/s06a-bosso-pecheurs"
S09A_URL = "https://example.org/ituri-direct/s09a-makumo-biakato"
S06A_ID = "example-org-sahel-oriental-s06a-bosso-pecheurs"
S09A_ID = "example-org-ituri-direct-s09a-makumo-biakato"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind21b"), {S06A_URL: _S06A, S09A_URL: _S09A})


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read(run: Run) -> None:
    # 3 text files, 1 HTML file, 1 Atom entry, 1 RSS item, 2 records, 2 WARC pages
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (10, 0, 0)


def test_the_mojibake_report_is_repaired(run: Run) -> None:
    article = run.articles["s07a"]
    assert (article.language, article.title) == (
        "fr", "Lac : l'armée repousse une attaque de Boko Haram près de Ngouboua")
    assert "Ã" not in article.text and "Kaïga-Kindjiria" in article.text


def test_the_page_furniture_is_left_out(run: Run) -> None:
    text = run.articles["s03a"].text
    assert "Koumbri" in text and "cookies" not in text and "Étalons" not in text and "Courage aux familles" not in text


# --- events -----------------------------------------------------------------------------------------------------

def test_a_camp_attack_repelled_and_claimed_by_jnim(run: Run) -> None:
    [clash] = [e for e in run.of("s01") if e.sub_event_type == "Armed clash"]
    assert clash.fields[:5] == ("2024-03-02", "Armed clash", "JNIM: Group for Support of Islam and Muslims",
                                "Military Forces of Mali", "Mopti")


def test_the_air_support_is_part_of_the_battle(run: Run) -> None:
    assert [e.sub_event_type for e in run.of("s01")] == ["Armed clash"]


def test_the_camp_attack_counts_both_sides(run: Run) -> None:
    [clash] = [e for e in run.of("s01") if e.sub_event_type == "Armed clash"]
    assert clash.fatalities == 37


def test_shells_on_a_besieged_city_and_no_event_for_the_boat(run: Run) -> None:
    [shelling] = run.of("s02")
    assert (shelling.date, shelling.sub_event_type, shelling.actor2, shelling.fatalities) == (
        "2023-10-10", "Shelling/artillery/missile attack", "Civilians (Mali)", 2)
    assert norm_name(shelling.admin1) in ("tombouctou", "timbuktu")


def test_the_shelling_is_blamed_on_jnim(run: Run) -> None:
    [shelling] = run.of("s02")
    assert shelling.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_raid_on_farmers_and_no_event_for_the_toll_told_next_day(run: Run) -> None:
    [attack] = run.of("s03")  # 'Lundi, ... des sources locales ont évoqué au moins quatorze morts' dates the telling
    assert (*attack.fields[:4], norm_name(attack.admin1)) == (
        "2024-05-19", "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", "nord")


def test_the_raid_is_coded_at_the_revised_toll(run: Run) -> None:
    [attack] = run.of("s03")
    assert attack.fatalities == 14


def test_a_bus_blast_last_thursday_and_an_abduction_on_saturday(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1)) for e in run.of("s04"))
    assert found == [
        ("2024-09-12", "Remote explosive/landmine/IED", "Unidentified Armed Group (Burkina Faso)",
         "Civilians (Burkina Faso)", "boucle du mouhoun"),
        ("2024-09-14", "Abduction/forced disappearance", "Unidentified Armed Group (Burkina Faso)",
         "Civilians (Burkina Faso)", "boucle du mouhoun")]


def test_the_bus_blast_killed_five(run: Run) -> None:
    found = sorted((e.sub_event_type, e.fatalities) for e in run.of("s04"))
    assert found == [("Abduction/forced disappearance", None), ("Remote explosive/landmine/IED", 5)]


def test_an_ambush_and_next_days_air_strikes_from_one_communique(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1)) for e in run.of("s05"))
    assert found == [
        ("2023-08-21", "Armed clash", "Islamic State Sahel", "Military Forces of Niger", "tillaberi"),
        ("2023-08-22", "Air/drone strike", "Military Forces of Niger", "Islamic State Sahel", "tillaberi")]
    [clash] = [e for e in run.of("s05") if e.sub_event_type == "Armed clash"]
    assert clash.fatalities == 24


def test_the_air_strikes_killed_about_ten(run: Run) -> None:
    [strike] = [e for e in run.of("s05") if e.sub_event_type == "Air/drone strike"]
    assert strike.fatalities == 10


def test_fishermen_killed_on_a_lake_island_and_no_event_for_the_recap(run: Run) -> None:
    [attack] = run.of("s06")
    assert (*attack.fields, attack.sources) == (
        "2024-06-02", "Attack", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Niger)",
        "Diffa", 9, (S06A_ID,))


def test_a_repelled_island_attack_in_a_mojibake_report(run: Run) -> None:
    [clash] = [e for e in run.of("s07") if e.sub_event_type == "Armed clash"]
    assert clash.fields == ("2024-01-25", "Armed clash", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                            "Military Forces of Chad", "Lac", 25)


def test_fishermen_abducted_last_week(run: Run) -> None:
    [abduction] = [e for e in run.of("s07") if e.sub_event_type != "Armed clash"]
    assert (abduction.sub_event_type, abduction.actor1, abduction.actor2, abduction.admin1) == (
        "Abduction/forced disappearance", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Civilians (Chad)", "Lac")
    assert "2024-01-22" <= abduction.date <= "2024-01-28"


def test_a_night_abduction_and_a_calm_sit_in(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1), e.fatalities)
                   for e in run.of("s08"))
    assert found == [
        ("2024-06-29", "Abduction/forced disappearance", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
         "Civilians (Cameroon)", "extreme nord", None),
        ("2024-07-01", "Peaceful protest", "Protesters (Cameroon)", None, "extreme nord", None)]


def test_an_adf_massacre_at_the_armys_lower_toll(run: Run) -> None:
    [attack] = [e for e in run.of("s09") if e.sub_event_type == "Attack"]
    assert attack.fields == ("2024-11-02", "Attack", "ADF: Allied Democratic Forces",
                             "Civilians (Democratic Republic of Congo)", "Ituri", 11)


def test_barricades_and_burning_tyres_dispersed_with_tear_gas(run: Run) -> None:
    [riot] = [e for e in run.of("s09") if e.sub_event_type != "Attack"]
    assert riot.fields == ("2024-11-04", "Violent demonstration", "Rioters (Democratic Republic of Congo)",
                           "Police Forces of Democratic Republic of Congo", "Ituri", None)


def test_an_attack_on_a_border_post_claimed_by_jnim(run: Run) -> None:
    [clash] = run.of("s10")
    assert clash.fields == ("2025-01-12", "Armed clash", "JNIM: Group for Support of Islam and Muslims",
                            "Military Forces of Benin", "Atacora", 18)
