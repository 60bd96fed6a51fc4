"""End to end (ingest, extract, resolve into SQLite) on the session-18 blind table (tests/e2e/blind_s18): short
synthetic reports by different outlets from the Sahel, Lake Chad, the Horn, Sudan, the DRC, Mozambique, Pakistan,
Afghanistan, Kenya, Yemen and Myanmar, in English and French, in the text layouts, HTML pages (one read from the
folder, three saved in a WARC file), RSS items (an English and a French feed), Atom entries and JSON Lines records.
Coded before any was run, as a careful ACLED coder would:

- s01 gunmen attack the VDP post of Gorom-Gorom (Oudalan, Sahel) 'dans la nuit de dimanche à lundi': at least 15
  volunteers dead by a security source, 'une vingtaine' by a local one (bare date layout); JNIM claims it and 31
  dead (a French WARC page). One Armed clash of JNIM and the VDP, 15 (the lowest credible toll, not the claim).
- s02 about 20 women gathering firewood abducted by suspected Boko Haram outside Gwoza (Borno) on Tuesday (an RSS
  item with content:encoded; a markdown-layout report). One Abduction/forced disappearance on civilians, no toll.
- s03 al-Shabaab storm an army base near Adan Yabaal (Middle Shabelle) on Wednesday; 'dozens' dead on both sides
  (a news-please record). One Armed clash, 12 (ACLED's number for 'dozens').
- s04 RSF shells hit El Fasher market (North Darfur) on Sunday, 15 dead by a volunteer group, 22 by the ministry
  (a WARC page; an undated doubled-title text). One Shelling/artillery/missile attack on civilians, 15.
- s05 the M23 take Rubaya (Masisi, Nord-Kivu) 'mardi' after the army and wazalendo withdraw; their 2012 capture of
  Goma is background (a French RSS item). One Non-violent transfer of territory (no fighting is told: first coded
  as Non-state actor overtakes territory, a coding error the codebook corrects), no toll.
- s06 police fire on an opposition march in Maputo on Thursday: three dead by a rights group (Atom), two by the
  police (an HTML page). One Excessive force against protesters, 2.
- s07 militants attack a police checkpost in Lakki Marwat (Khyber Pakhtunkhwa) 'late on Monday night', four
  police and two attackers dead, TTP claims (markdown layout). One Armed clash of the TTP and the police, 6.
- s08 Taliban fighters fire in the air and beat women protesting for girls' schools in Kabul on Saturday (an
  undated doubled-title text). One Protest with intervention, no date, no toll.
- s09 boda boda riders burn tyres and stone vehicles at Naivasha (Nakuru) on Monday, police use tear gas; traders
  march peacefully in Kisumu the same day (one plain record). A Violent demonstration and a Peaceful protest.
- s10 a roadside bomb kills three police officers near Elwak (Mandera) on Wednesday, al-Shabaab claims it; last
  month's Lamu blast is background (bare date layout). One Remote explosive/landmine/IED, 3; nothing in Lamu.
- s11 US warplanes strike Houthi sites near Hodeidah on Thursday; three Houthi fighters dead by Houthi television
  (an HTML page). One Air/drone strike of the US military on the Houthis, 3.
- s12 military jets bomb a village in Kani township (Sagaing) on Tuesday: at least 11 dead by the local PDF, 13
  by a villager (an Atom summary). One Air/drone strike of Myanmar's army on civilians, 11.
- s13 a police bomb disposal unit defuses an IED near Khar (Bajaur, Khyber Pakhtunkhwa) on Saturday (an RSS
  item). One Disrupted weapons use of Pakistan's police, no toll.
- s14 Boko Haram loot and burn a village near Kolofata (Mayo-Sava, Extreme-Nord) 'hier soir', no victims (a French
  bare date layout). One Looting/property destruction of the day before publication, no actor2 (as ACLED leaves
  property with no people named).
- s15 Malian soldiers and their Russian partners kill 'une vingtaine' of civilians in a village of Diabaly commune
  (Niono, Ségou) 'mardi'; the army says it killed terrorists (a French WARC page). One Attack on civilians, 20.
- s16 the ADF kill nine civilians in Mamove (Beni, Nord-Kivu) on Sunday night and four near Otomabere (Irumu,
  Ituri) on Monday (one credit-line report). Two Attacks on civilians, 9 and 4.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s18"

_S01B = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Gorom-Gorom : le JNIM revendique l'attaque contre les VDP | Burkina Hebdo</title>
<meta property="og:site_name" content="Burkina Hebdo">
<meta property="article:published_time" content="2023-06-28T16:00:00+00:00">
</head><body>
<header><a href="/">Burkina Hebdo</a><nav><a href="/politique">Politique</a> | <a href="/securite">Sécurité</a></nav>
</header>
<article><h1>Gorom-Gorom : le JNIM revendique l'attaque contre les VDP</h1>
<p>Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué mardi l'attaque menée dimanche soir contre le
poste des Volontaires pour la défense de la patrie de Gorom-Gorom, dans la région du Sahel.</p>
<p>Dans son message, le groupe affirme avoir tué 31 « miliciens ». Les autorités n'ont communiqué aucun bilan
officiel.</p></article>
<footer>© 2023 Burkina Hebdo · Contact · Publicité</footer>
</body></html>
"""
_S04A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>RSF shelling of El Fasher market kills at least 15 - Darfur Daily</title>
<meta property="og:site_name" content="Darfur Daily">
<meta property="article:published_time" content="2024-05-13T09:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/darfur">Darfur</a> <a href="/khartoum">Khartoum</a></nav>
<article><h1>RSF shelling of El Fasher market kills at least 15</h1>
<p>Shells fired by the paramilitary Rapid Support Forces struck the main market of El Fasher, in North Darfur, on
Sunday, killing at least 15 civilians, the city's emergency response room said.</p>
<p>The North Darfur health ministry later put the toll at 22 dead and more than 40 wounded.</p></article>
<footer>Darfur Daily. All rights reserved.</footer>
</body></html>
"""
_S15A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Ségou : une vingtaine de civils tués dans un village de Diabaly | Le Fleuve</title>
<meta property="og:site_name" content="Le Fleuve">
<meta property="article:published_time" content="2023-03-10T11:00:00+00:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/nation">Nation</a> <a href="/regions">Régions</a></nav>
<article><h1>Ségou : une vingtaine de civils tués dans un village de Diabaly</h1>
<p>Des militaires maliens accompagnés de leurs partenaires russes ont tué mardi une vingtaine de civils dans un
village de la commune de Diabaly, dans le cercle de Niono, région de Ségou, selon des habitants et un élu local.</p>
<p>Dans un communiqué, l'armée affirme avoir « neutralisé des terroristes » lors d'une opération dans la zone.</p>
</article>
<footer>© 2023 Le Fleuve · Mentions légales</footer>
</body></html>
"""
S01B_URL = "https://example.org/burkina-hebdo/s01b-gorom-gorom-jnim"
S04A_URL = "https://example.org/darfur-daily/s04a-el-fasher-market"
S15A_URL = "https://example.org/le-fleuve/s15a-diabaly"
S01B_ID = "example-org-burkina-hebdo-s01b-gorom-gorom-jnim"
S04A_ID = "example-org-darfur-daily-s04a-el-fasher-market"
S15A_ID = "example-org-le-fleuve-s15a-diabaly"
DRC = "Democratic Republic of Congo"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind18"), {S01B_URL: _S01B, S04A_URL: _S04A, S15A_URL: _S15A})


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read(run: Run) -> None:
    # 8 text files, 2 HTML files, 3 RSS items, 2 Atom entries, 2 records, 3 WARC pages
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (20, 0, 0)


def test_the_french_feed_item_is_french(run: Run) -> None:
    assert (run.articles["s05a"].language, run.articles["s05a"].outlet) == ("fr", "Grands Lacs Actu")


# --- events -----------------------------------------------------------------------------------------------------

def test_an_attack_on_a_vdp_post_is_a_clash_at_the_lowest_credible_toll(run: Run) -> None:
    [clash] = run.of("s01")
    assert (*clash.fields, clash.sources) == (
        "2023-06-25", "Armed clash", "JNIM: Group for Support of Islam and Muslims",
        "VDP: Volunteers for the Defense of the Homeland", "Sahel", 15, (S01B_ID, "s01a"))


def test_women_abducted_while_fetching_firewood(run: Run) -> None:
    [abduction] = run.of("s02")
    assert (*abduction.fields, abduction.sources) == (
        "2021-11-16", "Abduction/forced disappearance", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Civilians (Nigeria)", "Borno", None, ("s02a", "s02b"))


def test_dozens_dead_on_both_sides_is_twelve(run: Run) -> None:
    [clash] = run.of("s03")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.fatalities) == (
        "2023-08-09", "Armed clash", {"Al Shabaab", "Military Forces of Somalia"}, "Middle Shabelle", 12)


def test_shelling_of_a_market_at_the_lowest_toll(run: Run) -> None:
    [shelling] = run.of("s04")
    assert (*shelling.fields, shelling.sources) == (
        "2024-05-12", "Shelling/artillery/missile attack", "RSF: Rapid Support Forces", "Civilians (Sudan)",
        "North Darfur", 15, (S04A_ID, "s04b"))


def test_a_town_taken_after_the_army_withdrew_and_no_event_for_the_background(run: Run) -> None:
    [taken] = run.of("s05")
    assert (taken.date, taken.sub_event_type, taken.actor1, taken.admin1, taken.fatalities) == (
        "2024-04-30", "Non-violent transfer of territory", "M23: March 23 Movement", "Nord-Kivu", None)


def test_police_firing_on_marchers_is_excessive_force(run: Run) -> None:
    [shooting] = [e for e in run.of("s06") if "s06a" in e.sources]
    assert (shooting.date, shooting.sub_event_type, {shooting.actor1, shooting.actor2}, shooting.admin1) == (
        "2024-10-24", "Excessive force against protesters", {"Protesters (Mozambique)", "Police Forces of Mozambique"},
        "Maputo City")


def test_the_polices_report_of_the_shooting_joins_it_at_the_lower_toll(run: Run) -> None:
    [shooting] = run.of("s06")
    assert (shooting.sub_event_type, shooting.fatalities, shooting.sources) == (
        "Excessive force against protesters", 2, ("s06a", "s06b"))


def test_a_checkpost_attack_with_attackers_killed_is_a_clash(run: Run) -> None:
    [clash] = run.of("s07")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.fatalities) == (
        "2023-11-13", "Armed clash", {"TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"},
        "Khyber Pakhtunkhwa", 6)


def test_an_undated_protest_broken_up_by_force(run: Run) -> None:
    [protest] = run.of("s08")
    assert (protest.date, protest.actor1, protest.admin1, protest.fatalities) == (
        "None", "Protesters (Afghanistan)", "Kabul", None)


def test_a_dispersal_with_no_serious_injury_is_a_protest_with_intervention(run: Run) -> None:
    [protest] = run.of("s08")
    assert protest.sub_event_type == "Protest with intervention"


def test_a_riot_and_a_peaceful_march_in_one_report(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.admin1) for e in run.of("s09"))
    assert found == [("2023-07-10", "Peaceful protest", "Protesters (Kenya)", "Kisumu"),
                     ("2023-07-10", "Violent demonstration", "Rioters (Kenya)", "Nakuru")]


def test_a_peaceful_march_told_after_a_riot_has_no_actor2(run: Run) -> None:
    [march] = [e for e in run.of("s09") if e.sub_event_type == "Peaceful protest"]
    assert march.actor2 is None


def test_a_roadside_bomb_and_no_event_for_last_months_blast(run: Run) -> None:
    [blast] = run.of("s10")
    assert blast.fields == ("2022-10-12", "Remote explosive/landmine/IED", "Al Shabaab", "Police Forces of Kenya",
                            "Mandera", 3)


def test_a_us_air_strike_in_yemen(run: Run) -> None:
    [strike] = run.of("s11")
    assert (strike.date, strike.sub_event_type, strike.actor1, strike.admin1, strike.fatalities) == (
        "2024-02-01", "Air/drone strike", "Military Forces of the United States", "Al Hudaydah", 3)
    assert strike.actor2 is not None and "Houthi" in strike.actor2


def test_an_air_strike_on_a_village_at_the_lowest_toll(run: Run) -> None:
    [strike] = run.of("s12")
    assert strike.fields == ("2023-04-04", "Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)",
                             "Sagaing", 11)


def test_a_defused_bomb_is_disrupted_weapons_use(run: Run) -> None:
    [defused] = run.of("s13")
    assert (defused.date, defused.sub_event_type, defused.actor1, defused.admin1, defused.fatalities) == (
        "2022-09-17", "Disrupted weapons use", "Police Forces of Pakistan", "Khyber Pakhtunkhwa", None)


def test_a_village_looted_and_burned_last_night(run: Run) -> None:
    [looting] = run.of("s14")
    # no actor2: readable Kenya gold leaves it empty in 17 of its 25 Looting/property destruction rows, and in 6 of
    # the 7 where homes, shops or a village were looted or burned with no people named: Civilians was not ACLED's
    assert looting.fields == ("2021-08-04", "Looting/property destruction",
                              "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", None, "Extreme-Nord", None)


def test_soldiers_killing_about_twenty_villagers(run: Run) -> None:
    [attack] = run.of("s15")
    assert (*attack.fields[:4], norm_name(attack.admin1), attack.fatalities) == (
        "2023-03-07", "Attack", "Military Forces of Mali", "Civilians (Mali)", "segou", 20)


def test_two_attacks_in_two_provinces_in_one_report(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor2, e.admin1, e.fatalities) for e in run.of("s16"))
    assert found == [("2022-06-05", "Attack", f"Civilians ({DRC})", "Nord-Kivu", 9),
                     ("2022-06-06", "Attack", f"Civilians ({DRC})", "Ituri", 4)]


def test_the_rebels_of_the_second_attack_are_the_adf_named_before(run: Run) -> None:
    assert {e.actor1 for e in run.of("s16")} == {"ADF: Allied Democratic Forces"}
