"""End to end (ingest, extract, resolve into SQLite) on the session-23 blind table (tests/e2e/blind_s23): long-form
synthetic English reports (300-600 words: quoted officials, competing and revised tolls, a UN or rights-group statement,
a denial, background paragraphs recalling earlier attacks with their own dates and tolls) by different outlets from
Somalia, Sudan (Darfur), South Sudan (Jonglei), Nigeria's north-east (Borno), Cameroon's North West, Myanmar
(Sagaing), the Philippines (Northern Samar), India (Chhattisgarh), Bangladesh (a hartal) and Thailand's deep south, in
the text layouts, three HTML pages saved in a WARC file, two RSS items and four JSON Lines records. Coded before any
was run, as a careful ACLED coder would:

- s01 al-Shabaab detonates a roadside bomb under an army convoy near Sabiid (Lower Shabelle) on Monday and its
  fighters then attack the convoy for two hours: four soldiers and six militants dead, al-Shabaab claims 15; 2017,
  2022-23 and Lido beach (August 2024) are background (an RSS item). The bomb and the gunfight are one ambush: the
  codebook codes explosives used within a battle as that battle, so one Armed clash of al-Shabaab with Somalia's
  army, 10.
- s02 the RSF, named also by its Arabic name (Quwat al-Da'm al-Sari', 'the Da'm al-Sari' militia'), shells the Abu
  Shouk camp in El Fasher on Sunday: 14 by the camp committee, 17 by doctors; the day before an army jet bombs the
  Kabkabiya market, nine civilians dead; April 2023, June and Ardamata (November 2023) are background (an HTML page).
  A Shelling/artillery/missile attack of the RSF on civilians, 14, and an Air/drone strike of Sudan's army on
  civilians, 9, both in North Darfur. A Sudanese follow-up two days later names the RSF only by its Arabic name
  ('the Da'm al-Sari' militia', 'the Quwat al-Da'm al-Sari'') and raises the toll to 16, two of the wounded having
  died (s02b, a JSON Lines record): it joins the shelling, whose toll stays 14.
- s03 Murle youths raid villages in Anyidi (Bor South, Jonglei) on Saturday; the toll is revised twice in the report
  (12 on Saturday night, 19 on Sunday, 27 on Monday); 2020 and March 2023 are background (' date' layout). One Attack
  of a Murle ethnic militia on civilians, 12 (27 the high: the project's lowest-and-high convention).
- s04 ISWAP attacks the army base at Malam Fatori (Abadam, Borno) late on Thursday: five soldiers by two military
  sources (s04a, the next day), nine by a soldier and a resident with the army's 'several terrorists' and ISWAP's 22
  (s04b, the day after); Zabarmari 2020, Damboa (last month) and Marte (March) are background (two JSON Lines
  records). One Armed clash of ISWAP with Nigeria's army with both sources, 5.
- s05 separatist fighters ('Amba boys') ambush an army patrol near Batibo (Momo, North West) 'last week', the report's
  only date: three soldiers and two attackers dead; 2016, 2017 and Ngarbuh (2020) are background (an HTML page). An
  Armed clash of the Ambazonian separatists with Cameroon's army, 5, dated a week before publication with week
  precision (ACLED time_precision 2).
- s06 junta troops backed by jets attack the PDF-held town of Kani (Sagaing) on Tuesday: seven PDF dead; on Wednesday
  a jet bombs Let Yet Kone village, 11 civilians dead; the 2021 coup and Pazigyi (April 2023) are background (markdown
  layout). The jets that support the ground assault are part of that battle: one Armed clash of Myanmar's army with
  the PDF, 7; and an Air/drone strike of Myanmar's army on civilians, 11.
- s07 NPA rebels fire on an army patrol near Las Navas (Northern Samar) on Sunday: two soldiers and one rebel dead;
  1969, 2017, 2023 and Catubig (January) are background (an RSS item). An Armed clash of the NPA with the Philippine
  army, 3, in Eastern Visayas.
- s08 Maoists blow up a vehicle carrying DRG personnel near Ambeli (Bijapur, Chhattisgarh) on Monday: six DRG and the
  driver dead, no gunfight; 2021 and 2023 blasts are background (a JSON Lines record). A Remote
  explosive/landmine/IED of the CPI (Maoist) on India's police, 7.
- s09 hartal activists block a Dhaka intersection with burning tyres, throw crude bombs and torch two buses on
  Sunday; police fire tear gas and rubber bullets; one picketer dies; in Chattogram activists march and disperse
  peacefully; the October 28 rally is background (an HTML page). A Violent demonstration of rioters with Bangladesh's
  police in Dhaka, 1, and a Peaceful protest in Chittagong, 0.
- s10 a remote-detonated roadside bomb kills two rangers in Bannang Sata (Yala) on Thursday morning, unclaimed; that
  evening gunmen shoot dead a rubber tapper in Rueso (Narathiwat); 2004 and April last year are background (' date'
  layout). A Remote explosive/landmine/IED on Thailand's army, 2, and an Attack on civilians, 1, both of the
  Southern Muslim Separatists (ACLED names the Deep South's unidentified attackers by the insurgency; first coded
  as an unidentified armed group's, before the convention was looked up).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name
from sitrep.extract import extract_article
from sitrep.nlp import load_pipeline

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s23"
# ACLED names the attackers nobody identifies in the Deep South by the insurgency (actors/generic.yaml)
SEPARATISTS = "Southern Muslim Separatists (Thailand)"

_S02A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Al-Da'm al-Sari' shells Abu Shouk camp in El Fasher, killing 14; army jet strikes Kabkabiya market | Darfur
Horizon</title>
<meta property="og:site_name" content="Darfur Horizon">
<meta property="article:published_time" content="2024-09-23T09:30:00+02:00">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a>
<button>Accept</button></div>
<header><a href="/">Darfur Horizon</a> <a href="/donate">Support independent journalism</a> <a
href="/ar">عربي</a></header>
<nav><a href="/sudan">Sudan</a> <a href="/darfur">Darfur</a> <a href="/kordofan">Kordofan</a> <a
href="/khartoum">Khartoum</a> <a
href="/humanitarian">Humanitarian</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Al-Da'm al-Sari' shells Abu Shouk camp in El Fasher, killing 14; army jet strikes Kabkabiya market</h1>
<p class="byline">Darfur Horizon correspondents · EL FASHER / KABKABIYA · 23 September 2024</p>
<p>At least 14 displaced people were killed on Sunday when artillery shells fired by the Rapid Support Forces (RSF),
known in Arabic as Quwat al-Da'm al-Sari', struck the Abu Shouk camp for displaced people on the northern edge of El
Fasher, the capital of North Darfur state, the camp's coordination committee said.</p>
<p>The shells landed on a water point and a row of shelters in the camp's Block 5 in the late morning, when women and
children were queuing for water, a member of the committee told Darfur Horizon. Another 31 people were wounded and
taken to the Saudi Hospital, the last functioning hospital in the city. The Sudan Doctors Network, a medical group,
put the toll at 17 dead.</p>
<p>"The Da'm al-Sari' militia shells the camp every day from the east. They know there are only civilians here," said
Adam Yahya, a camp sheikh who helped carry the wounded. "People are too frightened to go to the water points, and too
thirsty to stay away."</p>
<p>An RSF adviser denied that the paramilitary had targeted civilians and accused the army and allied armed movements of
using the camp as a base. "Our forces only respond to the sources of fire," he said in a post on social media.</p>
<p>The day before, on Saturday, an army warplane bombed the weekly market in Kabkabiya, about 150 kilometres west of El
Fasher, killing nine civilians and wounding more than 20, residents said. Kabkabiya has been under RSF control since
last year. "There were no soldiers, only traders and farmers selling vegetables and livestock," a trader who survived
the strike said by satellite phone. The Sudanese Armed Forces (SAF) did not comment on the strike.</p>
<p>The UN humanitarian coordinator for Sudan said she was "horrified" by the attacks on civilians in North Darfur and
called on both sides to respect international humanitarian law and allow aid to reach El Fasher.</p>
<p>Sudan's war broke out in April 2023 between the army, led by General Abdel Fattah al-Burhan, and the RSF of his
former
deputy, Mohamed Hamdan Dagalo, known as Hemedti. The paramilitary force grew out of the Janjaweed militias accused of
genocide in Darfur two decades ago.</p>
<p>El Fasher is the last major city in Darfur still held by the army and its allies, and the RSF has besieged it since
May. In June, an RSF attack on the city's Saudi Hospital killed at least nine people, according to the World Health
Organization. In November 2023, RSF fighters and allied Arab militias killed hundreds of Masalit civilians in Ardamata,
on the outskirts of El Geneina in West Darfur, according to the UN.</p>
</article>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a
href="#">Telegram</a></div>
<aside><h3>More from Darfur Horizon</h3><ul><li><a href="/humanitarian/cholera">Cholera cases rise in
Tawila</a></li><li><a
href="/kordofan/harvest">Harvest fears in South Kordofan</a></li></ul></aside>
<footer>© 2024 Darfur Horizon. All rights reserved. · <a href="/about">About us</a> · <a
href="/contact">Contact</a></footer>
</body></html>
"""
_S05A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Three soldiers killed in separatist ambush near Batibo | Mount Cameroon Post</title>
<meta property="og:site_name" content="Mount Cameroon Post">
<meta property="article:published_time" content="2024-10-23T08:00:00+01:00">
</head><body>
<div class="topbar">Get the Mount Cameroon Post in your inbox · <a href="/newsletter">Sign up</a> · <a
href="/login">Log in</a></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/north-west">North West</a> <a href="/south-west">South
West</a>
<a href="/politics">Politics</a> <a href="/sports">Sports</a></nav>
<article>
<h1>Three soldiers killed in separatist ambush near Batibo</h1>
<p class="byline">By our correspondent in Bamenda</p>
<p>Three Cameroonian soldiers were killed when separatist fighters ambushed a military patrol near Batibo, in the Momo
division of the North West region, last week, military and local sources said.</p>
<p>The soldiers, from a motorised infantry battalion based in Batibo, were on foot patrol along the road to Guzang when
fighters hiding in the bush opened fire on them, a military source in Bamenda said. Two of the attackers were killed
when the troops returned fire, the source added, and the rest fled towards the forest.</p>
<p>A separatist group calling itself the Ambazonia Defence Forces claimed the ambush in a video shared on social media,
in which armed men, some wearing charms, displayed rifles they said they had taken from the soldiers. "Amba boys"
often post such videos after attacks.</p>
<p>"The security situation in Momo remains very volatile. The terrorists hide among the population and strike our men
when they are on duty," a senior administrative official in Mbengwi, the divisional headquarters, said. He asked that
his name not be used.</p>
<p>Residents said the army had since increased its presence in the area and carried out searches in nearby villages,
and that many young men had fled into the bush for fear of being arrested. Schools in several villages around Batibo
remained closed.</p>
<p>The conflict in Cameroon's English-speaking North West and South West regions began in 2016, when lawyers and
teachers protested against what they saw as the marginalisation of the Anglophone minority. A violent crackdown on the
protests pushed some activists to take up arms, and separatists declared the independence of a state they call
Ambazonia in October 2017.</p>
<p>More than 6,000 people have been killed and over 600,000 displaced since then, according to the International Crisis
Group. In February 2020, soldiers and allied militiamen killed 21 civilians, among them 13 children, in the village of
Ngarbuh in the North West region, according to the United Nations, an attack for which three soldiers were later put on
trial.</p>
<p>Rights groups accuse both the security forces and the separatists of abuses against civilians, including killings,
kidnappings for ransom and the burning of villages. The government has rejected calls for talks on the region's
status.</p>
</article>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<aside><h3>Trending</h3><ol><li>Limbe port expansion</li><li>Lions squad named for qualifiers</li></ol></aside>
<footer>© 2024 Mount Cameroon Post. All rights reserved. · <a href="/terms">Terms</a> · <a
href="/privacy">Privacy</a></footer>
</body></html>
"""
_S09A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hartal: picketer killed as police clash with protesters in Dhaka; peaceful marches in Chattogram | Delta
Daily</title>
<meta property="og:site_name" content="Delta Daily">
<meta property="article:published_time" content="2023-11-06T07:30:00+06:00">
</head><body>
<div id="breaking">BREAKING: Dengue cases cross 300,000 · Onion prices up again · Weather: light rain likely</div>
<nav><a href="/">Home</a> <a href="/bangladesh">Bangladesh</a> <a href="/politics">Politics</a> <a
href="/business">Business</a>
<a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a></nav>
<article>
<h1>Hartal: picketer killed as police clash with protesters in Dhaka; peaceful marches in Chattogram</h1>
<p class="byline">Staff Correspondent · Dhaka · Monday, November 6, 2023</p>
<p>A picketer was killed and at least 30 people were injured as police clashed with opposition activists enforcing a
daylong hartal in Dhaka on Sunday, police and witnesses said.</p>
<p>Activists of the opposition alliance, who called the general strike to demand the resignation of the government and
elections under a neutral caretaker administration, blocked the Jatrabari intersection with burning tyres from early
morning, threw brick chips and crude bombs at police, and set fire to two buses, witnesses said. Police fired tear gas
shells and rubber bullets to disperse them.</p>
<p>A 24-year-old picketer, a student of a local college, died at Dhaka Medical College Hospital in the afternoon,
hospital police outpost in-charge Inspector Bachchu Mia said. His family said he had been hit by bullets in the chest.
Police said officers had only fired rubber bullets and that "the matter is being investigated".</p>
<p>"The hartal supporters came with petrol and bombs. They wanted to create anarchy," a deputy commissioner of the Dhaka
Metropolitan Police told reporters at the scene, adding that 12 policemen were among the injured and that 45 people had
been detained.</p>
<p>Opposition leaders accused the police of killing a peaceful activist. "The government is using bullets to answer a
democratic programme," a senior leader of the alliance said at a press briefing.</p>
<p>In the port city of Chattogram, several hundred activists of the alliance brought out processions in Muradpur and
near
the press club in support of the hartal and dispersed peacefully after about an hour, local journalists said. Shops and
markets in the city remained largely closed and traffic was thin.</p>
<p>Long-distance bus services from Dhaka were suspended for most of the day, and attendance at offices was low, although
the government said that public offices functioned normally.</p>
<p>The alliance has enforced a series of hartals and blockades since a rally in Dhaka on October 28 ended in clashes in
which a policeman and an opposition activist were killed. Bangladesh is due to hold a general election in January. The
main opposition party boycotted the previous election in 2014 and took part in the one in 2018, which it says was
rigged.</p>
<p>Human Rights Watch called on the authorities to investigate the use of force by the police and on all parties to
refrain
from violence.</p>
</article>
<div class="tags">Topics: <a href="/tag/hartal">Hartal</a> <a href="/tag/politics">Politics</a></div>
<aside><h3>Most read</h3><ol><li>Tigers squad for World Cup</li><li>Garment exports hold steady</li></ol></aside>
<footer>© 2023 Delta Daily. All rights reserved. · <a href="/advertise">Advertise</a> · <a
href="/privacy">Privacy</a></footer>
</body></html>
"""

S02A_URL = "https://example.org/darfur-horizon/s02a-abu-shouk-shelling-kabkabiya-strike"
S05A_URL = "https://example.org/mount-cameroon-post/s05a-batibo-ambush"
S09A_URL = "https://example.org/delta-daily/s09a-hartal-dhaka-chattogram"
S02A_ID = "example-org-darfur-horizon-s02a-abu-shouk-shelling-kabkabiya-strike"
S05A_ID = "example-org-mount-cameroon-post-s05a-batibo-ambush"
S09A_ID = "example-org-delta-daily-s09a-hartal-dhaka-chattogram"
PAGE_IDS = (S02A_ID, S05A_ID, S09A_ID)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind23"), {S02A_URL: _S02A, S05A_URL: _S05A, S09A_URL: _S09A})


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read(run: Run) -> None:
    # 3 text files, 2 RSS items, 4 records, 3 WARC pages
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (12, 0, 0)


def test_the_pages_keep_their_outlets_and_lose_their_boilerplate(run: Run) -> None:
    assert [run.articles[i].outlet for i in PAGE_IDS] == ["Darfur Horizon", "Mount Cameroon Post", "Delta Daily"]
    for i in PAGE_IDS:
        text = run.articles[i].text
        assert not any(w in text for w in ("cookies", "All rights reserved", "Sign up", "Most read", "Share"))


# --- events -----------------------------------------------------------------------------------------------------

def test_the_convoy_ambush_is_al_shabaabs_on_the_army_on_monday(run: Run) -> None:
    assert ("2025-03-10", "Armed clash", "Al Shabaab", "Military Forces of Somalia", "lower shabelle") in [
        f[:5] for f in run.coded("s01", no_toll=0)]


@pytest.mark.xfail(strict=True, reason="tolls: the ambush is one Armed clash now (armed s24: rocket-propelled grenades "
                   "are the attackers' fire, the claim of 15 claims it), but its lowest is 8, not 10: 'Four Somali "
                   "soldiers and six al-Shabaab fighters were killed' with 'killing two soldiers' (the bomb's part of "
                   "the four) and 'six of the enemy's fighters were killed' sum to 2 + 6")
def test_a_roadside_bomb_and_the_gunfight_after_it_are_one_ambush(run: Run) -> None:
    assert run.coded("s01", no_toll=0) == [
        ("2025-03-10", "Armed clash", "Al Shabaab", "Military Forces of Somalia", "lower shabelle", 10)]


def test_shelling_of_a_camp_by_the_rsf_named_in_arabic_too(run: Run) -> None:
    shelling = run.one("s02", "Shelling/artillery/missile attack")
    assert (shelling.date, shelling.actor1, shelling.actor2, norm_name(shelling.admin1), shelling.fatalities) == (
        "2024-09-22", "RSF: Rapid Support Forces", "Civilians (Sudan)", "north darfur", 14)


def test_the_shellings_high_is_the_doctors_count(run: Run) -> None:
    assert run.one("s02", "Shelling/artillery/missile attack").high == 17


def test_the_follow_up_in_the_arabic_name_joins_the_shelling(run: Run) -> None:
    assert run.one("s02", "Shelling/artillery/missile attack").sources == (S02A_ID, "s02b")


def test_the_follow_up_tells_no_event_of_its_own(run: Run) -> None:
    assert [e.sources for e in run.of("s02b")] == [(S02A_ID, "s02b")]


def test_the_arabic_name_alone_is_the_rsf(run: Run) -> None:
    article = run.articles["s02b"]
    extraction = extract_article(article, load_pipeline("en")(article.text))
    assert "RSF: Rapid Support Forces" in {e.actor1.name for e in extraction.events if e.actor1}


def test_an_air_strike_on_a_market_the_day_before(run: Run) -> None:
    strike = run.one("s02", "Air/drone strike")
    assert (strike.date, strike.actor2, norm_name(strike.admin1), strike.fatalities) == (
        "2024-09-21", "Civilians (Sudan)", "north darfur", 9)


def test_the_army_jet_is_sudans_military(run: Run) -> None:
    assert run.one("s02", "Air/drone strike").actor1 == "Military Forces of Sudan"


def test_the_raid_is_in_jonglei_on_saturday(run: Run) -> None:
    assert {norm_name(e.admin1) for e in run.of("s03")} == {"jonglei"}
    assert "2025-02-15" in {e.date for e in run.of("s03")}


def test_a_raid_whose_toll_is_revised_twice(run: Run) -> None:
    assert run.coded("s03", no_toll=0) == [
        ("2025-02-15", "Attack", "Murle Ethnic Militia (South Sudan)", "Civilians (South Sudan)", "jonglei", 12)]


def test_the_raids_high_is_the_last_revision(run: Run) -> None:
    assert run.one("s03", "Attack").high == 27


def test_two_outlets_one_base_attack(run: Run) -> None:
    [attack] = [e for e in run.of("s04") if e.date == "2024-11-07"]
    assert attack.sources == ("s04a", "s04b")
    assert (attack.sub_event_type, norm_name(attack.admin1)) == ("Armed clash", "borno")
    assert {attack.actor1, attack.actor2} == {"ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria"}


def test_the_merged_base_attack_keeps_both_outlets_claims(run: Run) -> None:
    [event] = [e for e in run.store.events() if str(e.event_date) == "2024-11-07" and any(
        s.article_id == "s04b" for s in e.sources)]
    assert {s.article_id for s in event.sources} == {"s04a", "s04b"}
    assert event.fatalities_high is not None and event.fatalities_high >= 9


def test_the_base_attack_is_iswaps(run: Run) -> None:
    [attack] = [e for e in run.of("s04") if e.date == "2024-11-07"]
    assert (attack.actor1, attack.actor2) == ("ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria")


def test_the_base_attack_at_the_lower_toll(run: Run) -> None:
    [attack] = [e for e in run.of("s04") if e.date == "2024-11-07"]
    assert attack.fatalities == 5


def test_the_follow_up_tells_no_second_event(run: Run) -> None:
    assert [e.date for e in run.of("s04")] == ["2024-11-07"]


def test_an_ambush_dated_only_last_week(run: Run) -> None:
    assert run.coded("s05", no_toll=0) == [
        ("2024-10-16", "Armed clash", "Ambazonian Separatists", "Military Forces of Cameroon", "nord ouest", 5)]


def test_last_week_is_week_precision(run: Run) -> None:
    [event] = [e for e in run.store.events() if any("s05a" in s.article_id for s in e.sources)]
    assert event.time_precision == 2


def test_the_village_air_strike_is_its_own_event(run: Run) -> None:
    assert ("2024-03-13", "Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", "sagaing",
            11) in run.coded("s06", no_toll=0)


@pytest.mark.xfail(strict=True, reason="tolls/actors: the jet-backed assault is one Armed clash now (armed s24), but "
                   "of the army with an unidentified armed group ('resistance forces'; the PDF is named as the "
                   "spokesman's) and 10 dead: the vague 'The soldiers also had many dead' counts 10 and 'We lost "
                   "seven comrades' is not read")
def test_a_jet_backed_assault_is_one_battle(run: Run) -> None:
    assert ("2024-03-12", "Armed clash", "Military Forces of Myanmar", "PDF: People's Defence Force", "sagaing",
            7) in run.coded("s06", no_toll=0)


def test_a_rebel_ambush_on_a_patrol(run: Run) -> None:
    assert run.coded("s07", no_toll=0) == [
        ("2025-05-11", "Armed clash", "NPA: New People's Army", "Military Forces of the Philippines", "eastern visayas",
         3)]


def test_a_command_wire_ied_with_no_gunfight(run: Run) -> None:
    [blast] = run.of("s08")
    assert (blast.date, blast.sub_event_type, norm_name(blast.admin1)) == (
        "2025-01-20", "Remote explosive/landmine/IED", "chhattisgarh")
    assert {blast.actor1, blast.actor2} == {"CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India"}


def test_the_ied_is_the_maoists(run: Run) -> None:
    [blast] = run.of("s08")
    assert (blast.actor1, blast.actor2) == ("CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India")


def test_the_ied_kills_seven(run: Run) -> None:
    [blast] = run.of("s08")
    assert blast.fatalities == 7


def test_a_hartal_riot_in_dhaka(run: Run) -> None:
    assert ("2023-11-05", "Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh", "dhaka",
            1) in run.coded("s09", no_toll=0)


def test_a_hartal_riot_and_a_peaceful_march_the_same_day(run: Run) -> None:
    assert run.coded("s09", no_toll=0) == [
        ("2023-11-05", "Peaceful protest", "Protesters (Bangladesh)", None, "chittagong", 0),
        ("2023-11-05", "Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh", "dhaka", 1)]


def test_a_roadside_bomb_on_rangers(run: Run) -> None:
    blast = run.one("s10", "Remote explosive/landmine/IED")
    assert (blast.date, norm_name(blast.admin1), blast.fatalities) == ("2025-01-16", "yala", 2)


def test_a_shooting_the_same_evening_in_narathiwat(run: Run) -> None:
    shooting = run.one("s10", "Attack")
    assert (shooting.actor2, norm_name(shooting.admin1), shooting.fatalities) == (
        "Civilians (Thailand)", "narathiwat", 1)


def test_the_shooting_is_dated_thursday(run: Run) -> None:
    assert run.one("s10", "Attack").date == "2025-01-16"


def test_the_unclaimed_attacks_are_the_deep_souths_insurgents(run: Run) -> None:
    assert run.coded("s10", no_toll=0) == [
        ("2025-01-16", "Attack", SEPARATISTS, "Civilians (Thailand)", "narathiwat", 1),
        ("2025-01-16", "Remote explosive/landmine/IED", SEPARATISTS, "Military Forces of Thailand", "yala", 2)]


def test_no_event_for_the_background_attacks(run: Run) -> None:
    # every event is of the reports' own weeks: none dated by a recalled attack (Lido 2024, Ardamata 2023, Zabarmari
    # 2020, Ngarbuh 2020, Pazigyi 2023, the Dhaka rally of October 28...)
    assert [e.date for e in run.events if e.date < "2023-11-01"] == []
    for story, first_day in (("s01", "2025-03-04"), ("s02", "2024-09-16"), ("s04", "2024-11-01"),
                             ("s06", "2024-03-07"), ("s07", "2025-05-05"), ("s08", "2025-01-14")):
        assert all(e.date >= first_day for e in run.of(story) if e.date != "None"), story


def test_no_running_war_toll_is_an_events_toll(run: Run) -> None:
    # 'More than 6,000 people have been killed ... since then', 'More than 7,000 people have been killed since ...'
    assert all((e.fatalities or 0) < 100 for e in run.events)
