"""End to end (ingest, extract, resolve into SQLite) on the session-19 blind table (tests/e2e/blind_s19): short
synthetic reports by different outlets from Chad, the Central African Republic, South Sudan, Ethiopia (Amhara and
Oromia), Somalia, Niger, northern Togo, Nigeria's North-West, Pakistan's Balochistan, India's Manipur and
Mindanao, in English and French, in the text layouts, an HTML page read from the folder and three saved in a WARC
file, RSS items (an English and a French feed), an Atom entry and JSON Lines records. Coded before any was run, as
a careful ACLED coder would:

- s01 Boko Haram fighters in canoes attack an army position on an island near Ngouboua (Lac) 'late Saturday', 'a
  dozen soldiers' dead; the 2020 Bohoma assault is background (an RSS item with content:encoded). One Armed clash
  of Boko Haram and Chad's army, 12; nothing for 2020.
- s02 the 3R attack a village near Bocaranga (Ouham-Pendé) 'dans la nuit de mercredi à jeudi': 'une dizaine' dead
  by a local official, seven by MINUSCA (a French HTML page). One Attack on civilians, 7 (the lowest toll).
- s03 the SPLA-IO says the army shelled its positions near Nasir (Upper Nile) 'earlier this week', five fighters
  dead; the army denies it (bare date layout). One Shelling/artillery/missile attack of South Sudan's army on the
  SPLA-IO, 5, dated within the week of publication.
- s04 a drone strike hits a bus station in Finote Selam (West Gojjam, Amhara) on Tuesday: 'at least 26' dead by a
  hospital (a news-please record), 'scores' by residents who blame the army (a WARC page). One Air/drone strike of
  Ethiopia's army on civilians, 26.
- s05 OLA fighters stop a bus near Gida Ayana (East Wollega, Oromia) on Monday and take 'about a dozen' travellers
  (markdown layout). One Abduction/forced disappearance of the OLA on civilians, no toll.
- s06 a soldier at a Beledweyne (Hiraan) checkpoint shoots a rickshaw driver dead on Monday; on Tuesday residents
  burn tyres and stone the police, who kill one of them (an Atom entry). Two events: an Attack of Somalia's army
  on civilians (1, Monday) and a Violent demonstration of rioters against the police (1, Tuesday).
- s07 six soldiers dead and 'une vingtaine de terroristes neutralisés' in an attack on a patrol near Téra
  (Tillabéri) 'samedi', by the defence ministry (a French WARC page). One Armed clash of an unidentified armed group
  and Niger's army, 26.
- s08 suspected jihadists attack an army post at Kpinkankandi (Kpendjal, Savanes) 'samedi', twelve soldiers dead by
  the government, which adds that 'plusieurs assaillants' were killed; JNIM claims it and 'une quarantaine'
  (French bare date layout). One Armed clash of JNIM and Togo's army, 22 (first coded 12, overlooking the
  government's 'several' attackers, which ACLED codes as 10).
- s09 bandits abduct 'dozens' of villagers in Kadawa (Maru, Zamfara) 'late Sunday'; a decade of banditry is
  background (bare date layout). One Abduction/forced disappearance of an unidentified armed group on civilians.
- s10 a mob beats two suspected bandit informants to death at a Funtua market (Katsina) on Saturday (a plain JSON
  Lines record). One Mob violence of rioters on civilians, 2.
- s11 a roadside bomb kills three Frontier Corps soldiers near Turbat (Kech, Balochistan) on Tuesday; the BLA claims
  it and seven dead (an RSS item). One Remote explosive/landmine/IED of the BLA on Pakistan's army, 3.
- s12 Meitei and Kuki village volunteers exchange fire 'late Friday' near Kangvai (Bishnupur-Churachandpur border,
  Manipur), two dead; on Saturday morning the police arrest three armed men at a Bishnupur checkpoint; the months
  of violence are background (a WARC page). An Armed clash of the two ethnic militias, 2, and an Arrests by India's
  police.
- s13 army troops clash with the BIFF in Datu Saudi Ampatuan (Maguindanao del Sur) on Sunday, three BIFF dead, a
  soldier wounded (markdown layout). One Armed clash of the Philippine army and the BIFF, 3.
- s14 CPC rebels set up a base in an abandoned school in Kabo (Ouham, Ouham-Fafa since 2020) 'mercredi', no fighting
  (a French RSS item).
  One Headquarters or base established of the CPC, no toll.
- s15 hundreds march in N'Djamena 'samedi' against fuel prices; the police disperse them with tear gas and detain
  several (an undated French doubled-title text). One Protest with intervention of Chad's police, no date.
- s16 al-Shabaab publicly execute an alleged spy in Jilib (Middle Juba) on Saturday; a US drone strike kills five
  al-Shabaab fighters near Jamaame (Lower Juba) on Sunday (bare date layout). Two events: an Attack on a civilian,
  1, and an Air/drone strike of the US military on Al Shabaab, 5.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s19"

_S04B = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Residents say scores died in Finote Selam drone strike | Highlands Review</title>
<meta property="og:site_name" content="Highlands Review">
<meta property="article:published_time" content="2023-10-13T14:00:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/ethiopia">Ethiopia</a> <a href="/horn">Horn of Africa</a></nav>
<article><h1>Residents say scores died in Finote Selam drone strike</h1>
<p>Residents of Finote Selam in the Amhara region said scores of people were killed when a drone struck the town's
bus station on Tuesday, and blamed the federal army, which has been fighting Fano militiamen in the region since
August.</p>
<p>A doctor at the town's hospital said at least 26 bodies had been brought in. The military did not comment.</p>
</article>
<footer>Highlands Review. All rights reserved.</footer>
</body></html>
"""
_S07A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Tillabéri : six soldats tués dans une attaque près de Téra | Le Sahel Quotidien</title>
<meta property="og:site_name" content="Le Sahel Quotidien">
<meta property="article:published_time" content="2023-06-19T10:00:00+01:00">
</head><body>
<header><a href="/">Le Sahel Quotidien</a><nav><a href="/nation">Nation</a> | <a href="/securite">Sécurité</a></nav>
</header>
<article><h1>Tillabéri : six soldats tués dans une attaque près de Téra</h1>
<p>Six soldats nigériens ont été tués samedi lors d'une attaque contre une patrouille près de Téra, dans la région de
Tillabéri, a annoncé dimanche le ministère de la Défense dans un communiqué.</p>
<p>Selon le communiqué, une vingtaine de terroristes ont été neutralisés lors de la riposte, et des motos et des
armes ont été récupérées.</p></article>
<footer>© 2023 Le Sahel Quotidien · Mentions légales</footer>
</body></html>
"""
_S12A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Two killed in overnight gunfight on Manipur foothills | Northeast Chronicle</title>
<meta property="og:site_name" content="Northeast Chronicle">
<meta property="article:published_time" content="2023-09-09T16:00:00+05:30">
</head><body>
<nav><a href="/">Home</a> <a href="/manipur">Manipur</a> <a href="/assam">Assam</a> <a href="/sports">Sports</a></nav>
<article><h1>Two killed in overnight gunfight on Manipur foothills</h1>
<p>Two men were killed late Friday when armed village volunteers of the Meitei and Kuki communities exchanged fire
near Kangvai, on the border between Bishnupur and Churachandpur districts of Manipur, police said.</p>
<p>On Saturday morning, police arrested three armed men at a checkpoint in Bishnupur district and seized two
rifles, an officer said.</p>
<p>More than 170 people have been killed since ethnic violence broke out in the state in May.</p></article>
<footer>© 2023 Northeast Chronicle · Privacy · Terms</footer>
</body></html>
"""
S04B_URL = "https://example.org/highlands-review/s04b-finote-selam-drone"
S07A_URL = "https://example.org/sahel-quotidien/s07a-tera-patrouille"
S12A_URL = "https://example.org/northeast-chronicle/s12a-kangvai-gunfight"
S04B_ID = "example-org-highlands-review-s04b-finote-selam-drone"
S07A_ID = "example-org-sahel-quotidien-s07a-tera-patrouille"
S12A_ID = "example-org-northeast-chronicle-s12a-kangvai-gunfight"
CAR = "Central African Republic"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind19"), {S04B_URL: _S04B, S07A_URL: _S07A, S12A_URL: _S12A})


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read(run: Run) -> None:
    # 7 text files, 1 HTML file, 3 RSS items, 1 Atom entry, 2 records, 3 WARC pages
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (17, 0, 0)


def test_the_french_feed_item_is_french(run: Run) -> None:
    assert (run.articles["s14a"].language, run.articles["s14a"].outlet) == ("fr", "Oubangui Info")


# --- events -----------------------------------------------------------------------------------------------------

def test_an_island_attack_late_saturday_and_no_event_for_2020(run: Run) -> None:
    [clash] = run.of("s01")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.fatalities) == (
        "2024-03-23", "Armed clash", {"Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                                      "Military Forces of Chad"}, "Lac", 12)


def test_a_village_attack_at_the_lower_of_two_tolls(run: Run) -> None:
    [attack] = run.of("s02")
    assert (*attack.fields[:4], norm_name(attack.admin1), attack.fatalities) == (
        "2023-02-08", "Attack", "3R: Return, Reclamation, Rehabilitation", f"Civilians ({CAR})", "ouham pende", 7)


def test_shelling_earlier_this_week(run: Run) -> None:
    [shelling] = run.of("s03")
    assert (shelling.sub_event_type, shelling.actor1, shelling.admin1, shelling.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of South Sudan", "Upper Nile", 5)
    assert shelling.actor2 == "SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In Opposition"
    assert "2024-06-24" <= shelling.date <= "2024-06-27"


def test_a_drone_strike_on_a_bus_station_at_the_counted_toll(run: Run) -> None:
    [strike] = run.of("s04")
    assert (*strike.fields, strike.sources) == (
        "2023-10-10", "Air/drone strike", "Military Forces of Ethiopia", "Civilians (Ethiopia)", "Amhara", 26,
        (S04B_ID, "s04a"))


def test_bus_passengers_abducted_by_the_ola(run: Run) -> None:
    [abduction] = run.of("s05")
    assert abduction.fields == ("2022-10-31", "Abduction/forced disappearance", "OLA: Oromo Liberation Army",
                                "Civilians (Ethiopia)", "Oromia", None)


def test_a_checkpoint_killing_and_the_riot_it_set_off(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, e.admin1, e.fatalities) for e in run.of("s06"))
    assert found == [
        ("2024-01-15", "Attack", "Military Forces of Somalia", "Civilians (Somalia)", "Hiraan", 1),
        ("2024-01-16", "Violent demonstration", "Rioters (Somalia)", "Police Forces of Somalia", "Hiraan", 1)]


def test_a_patrol_attack_with_attackers_neutralised(run: Run) -> None:
    [clash] = run.of("s07")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, norm_name(clash.admin1),
            clash.fatalities, clash.sources) == (
        "2023-06-17", "Armed clash", {"Unidentified Armed Group (Niger)", "Military Forces of Niger"}, "tillaberi",
        26, (S07A_ID,))


def test_a_claimed_attack_on_a_togolese_post_at_the_governments_toll(run: Run) -> None:
    # the government's twelve soldiers and its 'plusieurs assaillants' (ACLED's 10 for 'several'), not the claim
    [clash] = run.of("s08")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.fatalities) == (
        "2024-07-20", "Armed clash", {"JNIM: Group for Support of Islam and Muslims", "Military Forces of Togo"},
        "Savanes", 22)


def test_bandits_abducting_dozens_late_sunday(run: Run) -> None:
    [abduction] = run.of("s09")
    assert abduction.fields == ("2023-05-14", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
                                "Civilians (Nigeria)", "Zamfara", None)


def test_a_mob_killing_two_suspected_informants(run: Run) -> None:
    [mob] = run.of("s10")
    assert mob.fields == ("2022-09-24", "Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)", "Katsina", 2)


def test_a_roadside_bomb_at_the_officials_toll_not_the_claim(run: Run) -> None:
    [blast] = run.of("s11")
    assert blast.fields == ("2024-08-27", "Remote explosive/landmine/IED", "BLA: Baloch Liberation Army",
                            "Military Forces of Pakistan", "Balochistan", 3)


def test_a_gunfight_between_village_volunteers_and_next_mornings_arrests(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.admin1, e.fatalities) for e in run.of("s12"))
    assert found == [("2023-09-08", "Armed clash", "Manipur", 2), ("2023-09-09", "Arrests", "Manipur", None)]


def test_the_gunfight_is_between_the_two_communities_militias(run: Run) -> None:
    [clash] = [e for e in run.of("s12") if e.sub_event_type == "Armed clash"]
    assert {clash.actor1, clash.actor2} == {"Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)"}


def test_the_arrests_are_by_the_police(run: Run) -> None:
    [arrests] = [e for e in run.of("s12") if e.sub_event_type == "Arrests"]
    assert arrests.actor1 == "Police Forces of India"


def test_an_army_clash_with_the_biff(run: Run) -> None:
    [clash] = run.of("s13")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.fatalities) == (
        "2024-04-14", "Armed clash", {"Military Forces of the Philippines",
                                      "BIFF: Bangsamoro Islamic Freedom Fighters"}, 3)
    assert clash.admin1 is not None and "Muslim Mindanao" in clash.admin1


def test_rebels_setting_up_a_base(run: Run) -> None:
    [base] = run.of("s14")
    assert (base.date, base.sub_event_type, base.actor1, base.fatalities) == (
        "2021-12-01", "Headquarters or base established", "CPC: Coalition of Patriots for Change", None)
    assert base.admin1 in ("Ouham", "Ouham-Fafa")  # Kabo went to the new Ouham-Fafa prefecture in 2020


def test_an_undated_march_dispersed_with_tear_gas(run: Run) -> None:
    [protest] = run.of("s15")
    assert (protest.date, protest.sub_event_type, protest.actor1, protest.actor2, protest.fatalities) == (
        "None", "Protest with intervention", "Protesters (Chad)", "Police Forces of Chad", None)
    assert protest.admin1 is not None and "ndjamena" in norm_name(protest.admin1)


def test_an_execution_and_a_drone_strike_in_one_report(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, e.admin1, e.fatalities) for e in run.of("s16"))
    assert found == [("2022-12-03", "Attack", "Al Shabaab", "Civilians (Somalia)", "Middle Juba", 1),
                     ("2022-12-04", "Air/drone strike", "Military Forces of the United States", "Al Shabaab",
                      "Lower Juba", 5)]
