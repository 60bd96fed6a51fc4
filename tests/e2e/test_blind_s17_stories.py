"""End to end (ingest, extract, resolve into SQLite) on the session-17 blind table (tests/e2e/blind_s17): short
synthetic reports by different outlets of conflict kinds the s11-s16 tables did not cover (kidnapping for ransom, a
drone strike owned a day later, a town overrun, a prison attack, a march turned riot, a landmine, a curfew, a
ceasefire breach, a cattle raid and its reprisal, a grenade, a town retaken, rape by soldiers, a school burned), in
every shape ingest reads and a few it had not met: the three text layouts of src/sitrep/samples and the seed dumps'
" date YYYY-MM-DD <body>" line with no outlet and title, the doubled-title layout, HTML pages with site furniture
(one dated only by JSON-LD, one only by a <time> element, one French page saved in windows-1252), RSS items with
content:encoded, Atom entries with a summary only, JSON Lines records in news-please, plain, feedparser and
schema.org NewsArticle keys, a NewsAPI response saved whole, a news aggregator's headline-only RSS item, WARC
pages, an English report whose UTF-8 was read as cp1252, a French wire copy in two outlets (near-duplicates), a
French text signed off by its outlet, and two reports of no political violence. Coded before any was run, as a
careful ACLED coder would:

- s01 gunmen seize four bus passengers near Ehor (Uhunmwonde, Edo) on Saturday; two days on, a ransom is demanded
  (credit line, an RSS item with content:encoded). One Abduction/forced disappearance of an unidentified group on
  civilians, no toll.
- s02 a drone strike hits an al-Shabaab vehicle near Kunyo Barrow (Lower Shabelle) on Sunday, four dead, 'not clear
  who' (news-please record); AFRICOM owns it on Tuesday, 'on June 23' (a WARC page). One Air/drone strike of the US
  military on Al Shabaab, 4.
- s03 insurgents take Mocímboa da Praia (Cabo Delgado) on Wednesday after days of fighting, the army withdrawing by
  sea (an Atom summary; a page dated only by its JSON-LD). One Non-state actor overtakes territory, no toll.
- s04 Mai-Mai attack the Kakwangura prison in Butembo (Nord-Kivu) 'dans la nuit de mardi à mercredi': two police
  guards and three attackers dead, 400 inmates out; one AFP copy in a radio's text and another outlet's record (a
  near-duplicate). One Armed clash of the Tuesday, 5.
- s05 an opposition march in Conakry turns into stone-throwing and barricades at Hamdallaye; a youth shot dead on
  Thursday (a French page, an RSS item). One Violent demonstration of rioters against the police, 1.
- s06 a landmine kills two villagers on a motorbike near Kamamaung on the Hpapun road (Kayin) on Saturday (markdown
  layout, a schema.org record). One Remote explosive event of an unidentified group on civilians, 2.
- s07 Kaduna State imposes a 24-hour curfew on Sunday over chieftaincy tension (a bare undated report, an RSS item).
  One Strategic development (Other) of Nigeria's government, no toll.
- s08 the army and the SPLA-IO fight near Yei (Central Equatoria) on Saturday despite the ceasefire: the army's 12
  rebels and two soldiers (Atom), the rebels' side in the seed dumps' bare " date" layout. One Armed clash, 14.
- s09 Pokot raiders kill two herders and take 300 goats near Tot (Elgeyo-Marakwet) on Tuesday (credit line);
  Marakwet youths kill one man in Chesegon (West Pokot) on Thursday in revenge (an RSS item recalling Tuesday). Two
  Attacks on civilians, 2 and 1.
- s10 a grenade thrown into a bar in Kamenge (Bujumbura) on Saturday night, two dead (a French page in
  windows-1252, a feedparser record). One Grenade event of an unidentified group on civilians, 2.
- s11 the Somali army, backed by AMISOM, retakes Bariire (Lower Shabelle) on Thursday after a brief exchange of fire,
  two militants dead (credit line, a WARC page). One Government regains territory, 2.
- s12 soldiers rape six women near Minova (Kalehe, Sud-Kivu) on Monday (a French credit line; an English report in
  the doubled-title layout, undated). One Sexual violence of the army on civilians, no toll.
- s13 separatists burn a school in Kumbo (Bui, North-West) on Tuesday night, no one hurt (a French page dated by a
  <time> element; an English text in mojibake). One Looting/property destruction of the Ambazonian separatists.
- s14 a stadium stampede in Yaoundé and floods in Nyando (two drowned): no event.
- s15 gunmen seize six people in Mokolo (Mayo-Tsanaga, Extreme-Nord) 'dans la nuit de jeudi à vendredi' and ask a
  ransom (a French text signed off by its outlet, no date; a NewsAPI response saved whole, its content cut short).
  One Abduction/forced disappearance of the Thursday, no toll.
- s16 anti-terror police arrest 12 suspected al-Shabaab recruiters in Kisauni (Mombasa) on Tuesday (credit line;
  a news aggregator's headline-only RSS item naming its outlet in <source>). One Arrests of the police.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s17"

_S02B = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>US says it carried out Lower Shabelle air strike - Benadir Daily</title>
<meta property="og:site_name" content="Benadir Daily">
<meta property="article:published_time" content="2019-06-25T17:40:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
<article><h1>US says it carried out Lower Shabelle air strike</h1>
<p>The United States Africa Command (AFRICOM) said on Tuesday that it had conducted an airstrike near Kunyo Barrow,
in Somalia's Lower Shabelle region, on June 23, in coordination with the Federal Government of Somalia.</p>
<p>The strike killed four al-Shabaab militants, the command said in a statement, adding that it assessed that no
civilians had been injured or killed.</p></article>
<div class="related">Related: <a href="/x">Port of Mogadishu expands</a></div>
<footer>Benadir Daily. Subscribe | Contact | Terms</footer>
</body></html>
"""
_S11B = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Army recaptures Bariire as al-Shabaab flee - Horn Observer</title>
<meta property="og:site_name" content="Horn Observer">
<meta property="article:published_time" content="2019-04-18T21:00:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/somalia">Somalia</a> <a href="/kenya">Kenya</a></nav>
<article><h1>Army recaptures Bariire as al-Shabaab flee</h1>
<p>Somali government forces on Thursday took back Bariire, a farming town about 45 kilometres west of Mogadishu,
after a short gunfight with al-Shabaab fighters in which two militants died, officials said.</p>
<p>AMISOM troops supported the operation, the first push on the Lower Shabelle front this year.</p></article>
<footer>Horn Observer. All rights reserved.</footer>
</body></html>
"""
S02B_URL = "https://example.org/benadir-daily/s02b-africom-strike"
S11B_URL = "https://example.org/horn-observer/s11b-bariire"
S02B_ID = "example-org-benadir-daily-s02b-africom-strike"
S11B_ID = "example-org-horn-observer-s11b-bariire"
S15B_ID = "example-org-slcr-mokolo-kidnapping"  # the id ingest makes of the NewsAPI article's url
DRC = "Democratic Republic of Congo"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind17"), {S02B_URL: _S02B, S11B_URL: _S11B})


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read_and_the_wire_copy_is_a_near_duplicate(run: Run) -> None:
    # 17 files, 5 RSS items, 3 Atom entries, 5 records, 2 WARC pages; s04b is s04a's AFP copy with one more sentence
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (32, 0, 1)
    assert run.articles["s04a"].near_duplicate_of == "s04b"  # records.jsonl is read before s04a.txt


def test_a_schema_org_news_article_record_is_read(run: Run) -> None:
    record = run.articles["s06b"]
    assert (record.title, record.published, record.outlet, record.author, record.url) == (
        "Mine blast kills two on road to Hpapun", dt.date(2022, 5, 16), "Thanlwin Times", "Naw Say Paw",
        "https://example.org/thanlwin-times/kayin-mine-blast")
    assert record.text.startswith("A man and his nephew")


def test_a_windows_1252_french_page_is_decoded(run: Run) -> None:
    page = run.articles["s10a"]
    assert (page.title, page.outlet, page.published, page.language) == (
        "Bujumbura : deux morts dans une attaque à la grenade à Kamenge", "Burundi Écho", dt.date(2016, 2, 21), "fr")
    assert "« Les assaillants ont pris la fuite à pied »" in page.text


def test_pages_dated_only_by_json_ld_or_a_time_element(run: Run) -> None:
    assert [(run.articles[i].published, run.articles[i].outlet) for i in ("s03b", "s13a")] == [
        (dt.date(2020, 8, 13), "Indian Ocean Monitor"), (dt.date(2019, 8, 21), "Le Quotidien de l'Ouest")]


def test_an_english_mojibake_text_is_repaired(run: Run) -> None:
    text = run.articles["s13b"]
    assert (text.outlet, text.title) == ("Bamenda Mirror", "Separatists torch school in Kumbo")
    assert "since 2017 — the" in text.text and "â€" not in text.text


def test_the_seed_dumps_bare_date_line_and_the_doubled_title(run: Run) -> None:
    bare, doubled = run.articles["s08b"], run.articles["s12b"]
    assert (bare.published, bare.outlet, bare.text.startswith("The SPLA-IO said on Monday")) == (
        dt.date(2016, 4, 4), None, True)
    assert (doubled.title, doubled.published, doubled.text.startswith("Civil society leaders")) == (
        "Soldiers accused of raping six women near Minova", None, True)


def test_rss_content_encoded_is_the_body(run: Run) -> None:
    assert "50 million naira, a relative said on Monday" in run.articles["s01b"].text


def test_a_saved_newsapi_response_a_sign_off_and_an_aggregators_item(run: Run) -> None:
    api, signed, item = run.articles[S15B_ID], run.articles["s15a"], run.articles["s16b"]
    assert (api.outlet, api.published, api.text.endswith("The kidnapper")) == (
        "Sahel Lake Chad Report", dt.date(2021, 9, 18), True)
    assert (signed.outlet, signed.published) == ("Le Messager du Nord", None)
    assert (item.outlet, item.title, item.text) == ("Pwani Wire", "Twelve held over al-Shabaab recruitment in Mombasa",
                                                    "Twelve held over al-Shabaab recruitment in Mombasa")


def test_a_headline_only_english_item_is_english(run: Run) -> None:
    assert run.articles["s16b"].language == "en"


# --- events -----------------------------------------------------------------------------------------------------

def test_travellers_seized_for_ransom_are_an_abduction(run: Run) -> None:
    [abduction] = run.of("s01")
    assert (*abduction.fields, abduction.sources) == (
        "2021-03-13", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
        "Edo", None, ("s01a", "s01b"))


def test_a_drone_strike_owned_by_africom_a_day_later(run: Run) -> None:
    [strike] = run.of("s02")
    assert (strike.date, strike.sub_event_type, strike.actor2, strike.admin1, strike.fatalities, strike.sources) == (
        "2019-06-23", "Air/drone strike", "Al Shabaab", "Lower Shabelle", 4, (S02B_ID, "s02a"))


def test_the_strike_africom_owns_is_the_us_militarys(run: Run) -> None:
    [strike] = run.of("s02")
    assert strike.actor1 == "Military Forces of the United States"


def test_a_town_overrun_after_the_army_withdrew(run: Run) -> None:
    [taken] = run.of("s03")
    assert (*taken.fields, taken.sources) == (
        "2020-08-12", "Non-state actor overtakes territory", "Ahlu Sunnah Wa-Jama (Mozambique)",
        "Military Forces of Mozambique", "Cabo Delgado", None, ("s03a", "s03b"))


def test_a_militia_attack_on_a_guarded_prison_is_a_clash(run: Run) -> None:
    [attack] = run.of("s04")
    assert (*attack.fields, attack.sources) == (
        "2023-03-07", "Armed clash", "Mayi Mayi Militia", f"Police Forces of {DRC}", "Nord-Kivu", 5,
        ("s04a", "s04b"))


def test_a_headline_total_is_not_added_to_its_parts(run: Run) -> None:
    [attack] = run.of("s04")
    assert (attack.fatalities, attack.high) == (5, 5)


def test_a_march_turned_to_stones_and_barricades_is_a_violent_demonstration(run: Run) -> None:
    [riot] = [e for e in run.of("s05") if "s05a" in e.sources]
    assert riot.fields == ("2020-10-22", "Violent demonstration", "Rioters (Guinea)", "Police Forces of Guinea",
                           "Conakry", 1)


def test_the_english_report_of_the_riot_joins_it(run: Run) -> None:
    [riot] = run.of("s05")
    assert (riot.sub_event_type, riot.sources) == ("Violent demonstration", ("s05a", "s05b"))


def test_a_landmine_on_a_road_kills_two_villagers(run: Run) -> None:
    [blast] = run.of("s06")
    assert (blast.date, blast.actor1, blast.admin1, blast.fatalities, blast.sources) == (
        "2022-05-14", "Unidentified Armed Group (Myanmar)", "Kayin", 2, ("s06a", "s06b"))


def test_a_landmine_that_kills_villagers_is_remote_violence_on_civilians(run: Run) -> None:
    [blast] = run.of("s06")
    assert (blast.sub_event_type, blast.actor2) == ("Remote explosive/landmine/IED", "Civilians (Myanmar)")


def test_a_curfew_is_a_strategic_development(run: Run) -> None:
    [curfew] = run.of("s07")
    assert (curfew.date, curfew.sub_event_type, curfew.actor2, curfew.admin1, curfew.fatalities, curfew.sources) == (
        "2018-11-04", "Other", None, "Kaduna", None, ("s07a", "s07b"))


def test_a_state_governments_curfew_is_the_governments(run: Run) -> None:
    [curfew] = run.of("s07")
    assert curfew.actor1 == "Government of Nigeria"


def test_a_ceasefire_breach_is_a_clash(run: Run) -> None:
    [clash] = run.of("s08")
    assert (clash.date, clash.sub_event_type, {clash.actor1, clash.actor2}, clash.admin1, clash.sources) == (
        "2016-04-02", "Armed clash", {"Military Forces of South Sudan",
                                      "SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In Opposition"},
        "Central Equatoria", ("s08a", "s08b"))


def test_soldiers_lost_count_with_the_rebels_killed(run: Run) -> None:
    [clash] = run.of("s08")
    assert clash.fatalities == 14


def test_a_cattle_raid_and_its_reprisal_are_two_attacks(run: Run) -> None:
    found = sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1), e.fatalities)
                   for e in run.of("s09"))
    assert found == [
        ("2019-03-12", "Attack", "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)", "elgeyo marakwet", 2),
        ("2019-03-14", "Attack", "Marakwet Ethnic Militia (Kenya)", "Civilians (Kenya)", "west pokot", 1)]


def test_the_reprisal_report_is_a_source_of_the_reprisal_only(run: Run) -> None:
    raid, reprisal = sorted(run.of("s09"), key=lambda e: e.date)
    assert (raid.sources, reprisal.sources) == (("s09a",), ("s09b",))


def test_a_kenyan_county_is_spelled_as_acled_spells_it(run: Run) -> None:
    raid = min(run.of("s09"), key=lambda e: e.date)
    assert raid.admin1 == "Elgeyo-Marakwet"


def test_a_grenade_thrown_into_a_bar(run: Run) -> None:
    [blast] = [e for e in run.of("s10") if "s10a" in e.sources]
    assert blast.fields == ("2016-02-20", "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)",
                            "Bujumbura Mairie", 2)


def test_a_sentence_opening_with_grenade_is_no_mention_of_grenada(run: Run) -> None:
    [blast] = run.of("s10")
    assert (blast.country, blast.sources) == ("Burundi", ("s10a", "s10b"))


def test_a_town_retaken_after_a_gunfight(run: Run) -> None:
    [retaken] = [e for e in run.of("s11") if "s11a" in e.sources]
    assert retaken.fields == ("2019-04-18", "Government regains territory", "Military Forces of Somalia", "Al Shabaab",
                              "Lower Shabelle", 2)


def test_a_town_placed_by_its_distance_from_the_capital_joins_the_retaking(run: Run) -> None:
    [retaken] = run.of("s11")
    assert (retaken.admin1, retaken.sources) == ("Lower Shabelle", (S11B_ID, "s11a"))


def test_rape_by_soldiers_told_in_french_and_an_undated_english_report(run: Run) -> None:
    [rape] = run.of("s12")
    assert (*rape.fields, rape.sources) == (
        "2018-11-05", "Sexual violence", f"Military Forces of {DRC}", f"Civilians ({DRC})", "Sud-Kivu", None,
        ("s12a", "s12b"))


def test_a_school_burned_by_separatists_is_property_destruction(run: Run) -> None:
    [arson] = run.of("s13")
    assert (arson.date, arson.sub_event_type, arson.admin1, arson.fatalities, arson.sources) == (
        "2019-08-20", "Looting/property destruction", "Nord-Ouest", None, ("s13a", "s13b"))


def test_separatists_in_the_anglophone_regions_are_the_ambazonian_separatists(run: Run) -> None:
    [arson] = run.of("s13")
    assert arson.actor1 == "Ambazonian Separatists"


def test_a_stampede_and_a_flood_are_no_events(run: Run) -> None:
    assert run.of("s14") == []


def test_hostages_taken_for_ransom_told_in_french_and_a_saved_api_response(run: Run) -> None:
    [abduction] = run.of("s15")
    assert (*abduction.fields, abduction.sources) == (
        "2021-09-16", "Abduction/forced disappearance", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)",
        "Extreme-Nord", None, (S15B_ID, "s15a"))


def test_arrests_of_suspected_recruiters_are_the_polices_arrests(run: Run) -> None:
    [arrests] = [e for e in run.of("s16") if "s16a" in e.sources]
    assert (arrests.date, arrests.sub_event_type, arrests.actor1, arrests.admin1, arrests.fatalities) == (
        "2019-07-09", "Arrests", "Police Forces of Kenya", "Mombasa", None)


def test_the_aggregators_headline_is_a_source_of_the_arrests(run: Run) -> None:
    [arrests] = run.of("s16")
    assert arrests.sources == ("s16a", "s16b")
