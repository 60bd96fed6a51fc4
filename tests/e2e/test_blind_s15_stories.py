"""End to end (ingest, extract, resolve into SQLite, export) on the session-15 blind table (tests/e2e/blind_s15):
short synthetic reports by different outlets on the ground of the holdout exports (Kenya 2019 local papers, South
and South-East Asia 2015, Nigeria, Somalia, Sudan), in every shape ingest reads (the three text layouts of
src/sitrep/samples, HTML pages with site furniture, RSS and Atom items, JSON Lines records in three tools' keys, a
WARC page built with warcio, an English report whose UTF-8 was read as cp1252). Coded before any was run, as
a careful ACLED coder would:

- s01 Githurai (Kiambu) residents block Thika Road with stones and burning tyres over a trader's murder; police
  fire tear gas (credit line, HTML). One Violent demonstration of rioters against the police, no toll.
- s02 police shoot dead three robbery suspects who fired on a patrol in Kayole (Nairobi): one wire story in a feed
  item and a JSON Lines record (near-duplicates). One Armed clash of the police and an unidentified group, 3.
- s03 raiders kill two herders and steal 300 cattle at Bubisa (Marsabit) on Thursday (markdown); two more bodies
  found, 'bringing to four' (credit line, two days on). One Attack on civilians, 2 (the lowest reported), 4
  the high.
- s04 an IED kills four police officers near Dadaab (Garissa), blamed on al-Shabaab (Atom, a WARC page). One
  Remote explosive event of Al Shabaab on the police, 4.
- s05 Kipsigis and Kisii fight over land in Kuresoi South (Nakuru): two dead (mojibake text, news-please record).
  One Armed clash of two communal militias, 2.
- s06 Kisii town: a mob lynches two suspected thieves on Saturday (HTML) and, in a report of both, residents beat
  a suspected motorcycle thief to death on Monday. Two Mob violence events, 2 and 1.
- s07 Maoists ambush a Special Task Force patrol near Chintagufa (Sukma, Chhattisgarh): seven police (credit line,
  HTML). One Armed clash, 7.
- s08 a US drone strike on a compound in Datta Khel (North Waziristan): four militants (NewsAPI record, feed item).
  One Air/drone strike, 4.
- s09 Bangladesh hartal: a clash in Bogra on Sunday (a feed item; a markdown report of both days) and a bus set
  on fire at Sitakunda (Chittagong) on Monday. Two Violent demonstrations, no toll.
- s10 a roadside bomb kills two rangers in Rueso (Narathiwat): an undated bare report and an Atom entry. One
  Remote explosive event, 2.
- s11 the KIA and the army fight near Hpakant (Kachin): three soldiers (markdown, feed item). One Armed clash, 3.
- s12 bandits kill 12 in Kanoma (Maru, Zamfara) and rustle cattle (HTML, credit line). One Attack, 12.
- s13 ISWAP attack an army base in Marte (Borno): five soldiers (JSON Lines, credit line). One Armed clash, 5.
- s14 a US air strike near Jilib (Middle Juba) kills four al-Shabaab fighters (feed item, markdown). One Air/drone
  strike, 4.
- s15 security forces shoot a protester dead in Omdurman (Khartoum) (Atom, credit line). One Excessive force
  against protesters, 1.
- s16 elders meet in Marsabit town to preach peace, recalling the s03 raid: no event; s03 gains no source.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.ingest.sidecar import ReportMetadata

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s15"
# s05a is a bare text with its outlet's sign-off and no date: what the scraper kept beside it dates it. s10a has
# nothing beside it: the Atom entry of the same bombing dates it.
METADATA = {"s05a": ReportMetadata(outlet="Nakuru Weekly Observer", published=dt.date(2019, 7, 8),
                                   published_precision=1)}

_S04B = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Police officers killed in IED blast in Garissa - North Eastern Echo</title>
<meta property="og:site_name" content="North Eastern Echo">
<meta property="article:published_time" content="2019-06-19T08:30:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/garissa">Garissa</a> <a href="/wajir">Wajir</a> <a href="/mandera">Mandera</a></nav>
<article><h1>Police officers killed in IED blast in Garissa</h1>
<p>Four officers of the Kenya Police Reserve and the regular police were killed on Tuesday when an improvised
explosive device planted by suspected al-Shabaab militants blew up their Land Cruiser on the road between Dadaab
and Kulan, in Garissa County, the county commissioner said.</p>
<p>Two officers were taken to hospital in Garissa town with serious injuries.</p></article>
<footer>North Eastern Echo. Subscribe | Contact | Terms</footer>
</body></html>
"""
S04B_URL = "https://example.org/north-eastern-echo/s04b-garissa-ied"
S04B_ID = "example-org-north-eastern-echo-s04b-garissa-ied"  # the id ingest makes of its URL


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind15"), {S04B_URL: _S04B}, METADATA)


def test_every_report_is_read_and_the_wire_copy_is_a_duplicate(run: Run) -> None:
    # 5 + 3 feed items, 4 records, 18 files, 1 WARC page; s02b repeats s02a's text word for word
    assert (run.report.added, run.report.duplicates) == (30, 1)


def test_each_record_shape_names_its_outlet(run: Run) -> None:
    # the keys of sitrep's own records, of news-please (source_domain) and of NewsAPI (source: {name})
    assert (run.articles["s13a"].outlet, run.articles["s05b"].outlet, run.articles["s08a"].outlet) == (
        "Borno Observer", "example.org/valley-voice", "Frontier Daily")


def test_a_road_blockade_with_burning_tyres_is_a_riot(run: Run) -> None:
    [riot] = run.of("s01")
    assert (*riot.fields, riot.sources) == ("2019-03-12", "Violent demonstration", "Rioters (Kenya)",
                                              "Police Forces of Kenya", "Kiambu", None, ("s01a", "s01b"))


def test_police_shooting_armed_robbery_suspects_is_a_clash(run: Run) -> None:
    [clash] = run.of("s02")
    assert clash.fields == ("2019-04-14", "Armed clash", "Police Forces of Kenya",
                              "Unidentified Armed Group (Kenya)", "Nairobi", 3)


def test_a_cattle_raid_killing_herders_is_an_attack(run: Run) -> None:
    [raid] = run.of("s03")
    assert (raid.date, raid.sub_event_type, raid.actor2, raid.admin1) == (
        "2019-05-09", "Attack", "Civilians (Kenya)", "Marsabit")
    assert {"s03a", "s03b"} <= set(raid.sources)


def test_bodies_found_later_raise_the_high_not_the_lowest(run: Run) -> None:
    """'bringing to four the number of people killed' is the raid's new total, its high; the ACLED figure stays the
    lowest reported, s03a's 2 (eval FORMAT.md, as news-dev D03 codes 50 beside a later 137)."""
    [raid] = run.of("s03")
    assert (raid.fatalities, raid.high) == (2, 4)


@pytest.mark.xfail(strict=True, reason="events: s16a's elders meeting 'ten days after raiders killed four herders "
                   "and stole 300 cattle at Bubisa' joins the raid as its source (background recalled by 'after')")
def test_a_peace_meeting_recalling_the_raid_is_no_source_of_it(run: Run) -> None:
    assert run.of("s16") == []


def test_an_ied_on_a_police_vehicle_in_garissa(run: Run) -> None:
    [blast] = run.of("s04")
    assert (*blast.fields, blast.sources) == (
        "2019-06-18", "Remote explosive/landmine/IED", "Al Shabaab", "Police Forces of Kenya", "Garissa", 4,
        (S04B_ID, "s04a"))


def test_a_land_clash_told_in_mojibake_and_a_news_please_record(run: Run) -> None:
    [clash] = [e for e in run.of("s05") if "s05b" in e.sources]
    assert (clash.date, clash.sub_event_type, clash.admin1, clash.fatalities, clash.sources) == (
        "2019-07-06", "Armed clash", "Nakuru", 2, ("s05a", "s05b"))


def test_the_land_clash_is_one_fight_of_two_communities(run: Run) -> None:
    [clash] = run.of("s05")
    assert {clash.actor1, clash.actor2} == {"Kipsigi Ethnic Militia (Kenya)", "Kisii Ethnic Militia (Kenya)"}


def test_a_lynching_by_a_mob_is_mob_violence(run: Run) -> None:
    [lynching] = [e for e in run.of("s06") if "s06b" in e.sources]
    assert lynching.fields[:5] == ("2019-08-10", "Mob violence", "Rioters (Kenya)", "Civilians (Kenya)", "Kisii")


@pytest.mark.xfail(strict=True, reason="events: s06a's 'On Monday, residents of Nyanchwa estate beat to death a man "
                   "...' after Saturday's lynching is no event of its own; its one death joins Saturday's (1, high 2)")
def test_two_mob_killings_on_different_days_are_two_events(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.fatalities) for e in run.of("s06"))
    assert found == [("2019-08-10", "Mob violence", 2), ("2019-08-12", "Mob violence", 1)]


def test_a_maoist_ambush_of_a_police_patrol(run: Run) -> None:
    [ambush] = run.of("s07")
    assert (ambush.date, ambush.sub_event_type, {ambush.actor1, ambush.actor2}, ambush.country, ambush.fatalities,
            ambush.sources) == ("2015-04-11", "Armed clash", {"CPI (Maoist): Communist Party of India (Maoist)",
                                                              "Police Forces of India"}, "India", 7, ("s07a", "s07b"))
    assert ambush.admin1 is not None and ambush.admin1.startswith("Chhatt")


def test_a_drone_strike_in_north_waziristan(run: Run) -> None:
    [strike] = [e for e in run.of("s08") if "s08b" in e.sources]
    assert (strike.date, strike.actor1, strike.country, strike.fatalities, strike.sources) == (
        "2015-05-17", "Military Forces of the United States", "Pakistan", 4, ("s08a", "s08b"))
    assert strike.admin1 in {"Khyber Pakhtunkhwa", "Federally Administered Tribal Areas", "FATA"}


def test_the_drone_strike_is_one_air_strike(run: Run) -> None:
    [strike] = run.of("s08")
    assert strike.sub_event_type == "Air/drone strike"


def test_hartal_violence_on_two_days_is_two_events(run: Run) -> None:
    found = sorted((e.date, e.admin1, e.sources) for e in run.of("s09"))
    assert found == [("2015-01-18", "Rajshahi", ("s09a", "s09b")), ("2015-01-19", "Chittagong", ("s09a",))]
    [bus] = [e for e in run.of("s09") if e.date == "2015-01-19"]
    assert (bus.sub_event_type, bus.actor1) == ("Violent demonstration", "Rioters (Bangladesh)")


def test_hartal_activists_fighting_the_police_are_a_violent_demonstration(run: Run) -> None:
    [clash] = [e for e in run.of("s09") if e.date == "2015-01-18"]
    assert clash.sub_event_type == "Violent demonstration"


def test_an_undated_report_joins_the_dated_one(run: Run) -> None:
    [bomb] = run.of("s10")
    assert (bomb.date, bomb.sub_event_type, bomb.admin1, bomb.fatalities, bomb.sources) == (
        "2015-03-10", "Remote explosive/landmine/IED", "Narathiwat", 2, ("s10a", "s10b"))


def test_thai_rangers_are_the_military(run: Run) -> None:
    # 'Two paramilitary rangers were killed ...': Thailand's rangers (Thahan Phran) are the army's
    [bomb] = run.of("s10")
    assert bomb.actor2 == "Military Forces of Thailand"


def test_a_kachin_clash(run: Run) -> None:
    [clash] = run.of("s11")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.fatalities,
            clash.sources) == ("2015-06-21", "Armed clash", {"KIA: Kachin Independence Army",
                                                             "Military Forces of Myanmar"}, "Kachin", 3,
                               ("s11a", "s11b"))


def test_bandits_killing_villagers_in_zamfara(run: Run) -> None:
    [attack] = run.of("s12")
    assert (attack.date, attack.sub_event_type, attack.actor2, attack.admin1, attack.fatalities, attack.sources) == (
        "2019-02-21", "Attack", "Civilians (Nigeria)", "Zamfara", 12, ("s12a", "s12b"))


@pytest.mark.xfail(strict=True, reason="actors: Zamfara's 'armed bandits ... made away with hundreds of cattle' "
                   "are an Unidentified Communal Militia (Nigeria); ACLED's bandits are an unidentified armed group")
def test_nigerias_bandits_are_an_unidentified_armed_group(run: Run) -> None:
    [attack] = run.of("s12")
    assert attack.actor1 == "Unidentified Armed Group (Nigeria)"


def test_an_iswap_attack_on_a_base(run: Run) -> None:
    # 'several insurgents were killed': the codebook's 10 for 'several', beside the five soldiers
    [clash] = run.of("s13")
    assert (*clash.fields, clash.sources) == (
        "2019-09-28", "Armed clash", "ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria",
        "Borno", 15, ("s13a", "s13b"))


def test_an_air_strike_in_middle_juba(run: Run) -> None:
    [strike] = run.of("s14")
    assert (strike.date, strike.sub_event_type, strike.actor2, strike.admin1, strike.fatalities, strike.sources) == (
        "2019-01-17", "Air/drone strike", "Al Shabaab", "Middle Juba", 4, ("s14a", "s14b"))


def test_a_us_air_strike_is_the_united_states(run: Run) -> None:
    [strike] = run.of("s14")
    assert strike.actor1 == "Military Forces of the United States"


def test_a_protester_shot_dead_in_omdurman(run: Run) -> None:
    [protest] = run.of("s15")
    assert (*protest.fields, protest.sources) == (
        "2019-01-17", "Excessive force against protesters", "Protesters (Sudan)", "Police Forces of Sudan",
        "Khartoum", 1, ("s15a", "s15b"))


def test_one_protester_in_two_reports_is_one_death(run: Run) -> None:
    [protest] = run.of("s15")
    assert protest.high == 1
