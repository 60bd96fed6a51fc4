"""End to end (ingest, extract, resolve into SQLite) on the session-22 French long-form blind table
(tests/e2e/blind_s22b): ten synthetic reports in the manner of French-language wire and local press, several
paragraphs each, with communiqués claiming assailants 'neutralisés', tolls revised within the report, 'selon des
sources locales', a night spanning two days, 'jeudi dernier' and 'la semaine dernière', vague counts ('une dizaine',
'des dizaines'), a protest march and recaps of earlier attacks, from northern and central Mali, Burkina Faso (Est,
Boucle du Mouhoun), Niger (Tillabéri, Diffa), Chad's Lac, Cameroon's Far North, North Kivu and Ituri; in the markdown,
date-line and bare text layouts (one read as mojibake), an HTML file with site furniture, an Atom feed with a second,
non-conflict entry, two pages saved in a WARC file and JSON Lines records of two shapes. Coded before any was run, as
a careful ACLED coder would:

- s01 gunmen attributed to the EIGS kill herders in a hamlet west of Ménaka 'dans la nuit de mardi à mercredi'; a
  first toll of twelve is revised to at least 24 in the same report; the 2022 massacres are background (markdown
  layout). One Attack of Islamic State Sahel on civilians, 24, dated Tuesday.
- s02 gunmen blamed on JNIM stop vehicles on the Bandiagara-Bankass road 'jeudi dernier' and shoot at least eight
  passengers; on Monday thousands march peacefully in Bandiagara and shops close; a 2021 bus attack is background
  (a news-please record). An Attack of JNIM on civilians, 8, and a Peaceful protest.
- s03 VDP, reinforced by the army, repel an attack on their post at Tanwalbougou (Gourma, Est) 'dans la nuit de
  samedi à dimanche': 27 assailants 'neutralisés', five VDP dead; unclaimed; 2023 attacks are background (an HTML
  page with share buttons, a 'Lire aussi' link, a newsletter box, related links and comments). One Armed clash of an
  unidentified armed group on the VDP, 32, dated Saturday.
- s04 a supply convoy escorted by soldiers and VDP is ambushed near Tougan (Sourou) on Monday: fifteen dead (eleven
  soldiers and four VDP, told in apposition) and 'des dizaines de terroristes neutralisés' by the communiqué, with
  air support; JNIM claims it; the 2022 Gaskindé convoy is background (date-line layout). One Armed clash of JNIM on
  Burkina Faso's army, 15 + 12 (ACLED's 'dozens') = 27.
- s05 EIGS gunmen attack the weekly market of Tingara (Banibangou, Tillabéri) on Monday, 'une dizaine' of civilians
  dead; on Tuesday an army vehicle pursuing them hits an IED, three soldiers dead; the 2021 Tillia massacres are
  background (an Atom entry; the feed's other entry, a vaccination campaign, is no event). An Attack of Islamic State
  Sahel on civilians, 10, and a Remote explosive/landmine/IED on Niger's army, 3.
- s06 seven villagers of Chétimari (Diffa) were abducted 'la semaine dernière' by men the residents call ISWAP; on
  Sunday a patrol clashes with the abductors, two 'neutralisés', three hostages freed; a 2022 abduction is background
  (bare date line, then mojibake). An Abduction/forced disappearance of ISWAP on civilians in the week before
  publication, and an Armed clash of Niger's army and ISWAP, 2.
- s07 Boko Haram storms an army base at Tchoukoutalia (Lac) 'dans la nuit de dimanche à lundi'; the government
  revises its toll from 17 to 31 soldiers dead; on Tuesday the air force bombs Boko Haram positions on the islands
  (no toll); the 2020 Bohoma attack is background (a WARC page). An Armed clash of Boko Haram on Chad's army, 31,
  and an Air/drone strike of Chad's army on Boko Haram.
- s08 two suicide bombers blow themselves up in Mora market (Mayo-Sava, Far North) on Sunday morning: six civilians
  and both bombers dead; the prefect blames Boko Haram; 2015 bombings are background (bare text layout with a
  breadcrumb, a repeated headline and a 'Publié le' line). One Suicide bomb of Boko Haram on civilians, 8 (ACLED
  counts the bombers).
- s09 a North Kivu round-up: ADF kill at least twelve civilians at Mabambi (Lubero) 'dans la nuit de vendredi à
  samedi'; on Monday a peaceful march and a 'ville morte' in Butembo; on Sunday M23 and Wazalendo fight around
  Nyabiondo (Masisi), no toll (a WARC page). An Attack of the ADF on civilians, 12, a Peaceful protest and an Armed
  clash of the M23 and a Wazalendo militia.
- s10 CODECO militiamen attack the Lodjo displacement site (Djugu, Ituri) 'dans la nuit de mercredi à jeudi': 14 dead
  by MONUSCO, 19 by civil society; the army's communiqué says it 'neutralisé' eight of them in Thursday's pursuit;
  the 2022 Plaine Savo attack is background (a plain JSON Lines record). An Attack of CODECO on civilians at
  ACLED's lowest, 14, and an Armed clash of DRC's army on CODECO, 8.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blind import Run, run_table

from sitrep.evaluate.common import norm_name

pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "blind_s22b"

_S07A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Lac : le bilan de l'attaque contre la base de Tchoukoutalia revu à 31 morts | Le Tchadien Libre</title>
<meta property="og:site_name" content="Le Tchadien Libre">
<meta property="article:published_time" content="2024-12-04T07:45:00+01:00">
</head><body>
<header><a href="/">Le Tchadien Libre</a>
<nav><a href="/">Accueil</a> · <a href="/politique">Politique</a> · <a href="/securite">Sécurité</a> · <a
href="/economie">Économie</a> · <a href="/afrique">Afrique</a></nav>
<div class="flash">EN CONTINU : Session budgétaire à l'Assemblée nationale</div></header>
<article><h1>Lac : le bilan de l'attaque contre la base de Tchoukoutalia revu à 31 morts</h1>
<p><em>Publié le 4 décembre 2024</em></p>
<p>Le bilan de l'attaque menée dans la nuit de dimanche à lundi par des combattants de Boko Haram contre une base de
l'armée tchadienne à Tchoukoutalia, dans la province du Lac, s'est considérablement alourdi. Le gouvernement, qui
avait d'abord annoncé dix-sept militaires tués, a fait état mardi soir de trente et un morts dans les rangs de
l'armée.</p>
<p>« Au cours de cette attaque lâche et barbare, trente et un de nos vaillants soldats sont tombés au champ
d'honneur et une vingtaine d'autres ont été blessés », a déclaré le porte-parole du gouvernement dans une allocution
diffusée par la télévision nationale. Aucun bilan n'a été donné côté assaillants.</p>
<p>Selon une source militaire jointe à Bol, les assaillants, venus à bord d'embarcations depuis les îles voisines,
ont pris la base par surprise vers 23 heures. Les combats ont duré plusieurs heures avant que les renforts venus de
Bol ne parviennent sur place. Une partie de l'armement stocké dans la base a été emportée.</p>
<p>Le président de la transition s'est rendu lundi sur les lieux et a annoncé le lancement d'une opération pour «
traquer les terroristes jusque dans leurs derniers retranchements ». Mardi, l'aviation militaire a bombardé des
positions de Boko Haram sur plusieurs îles du lac, selon un communiqué de l'état-major, qui n'a pas fourni de
bilan.</p>
<p>Cette attaque est l'une des plus meurtrières subies par l'armée tchadienne dans la région depuis celle de Bohoma,
en mars 2020, où près d'une centaine de soldats avaient péri. Après ce drame, l'armée avait mené une vaste offensive
sur les îles du lac, baptisée « Colère de Bohoma ». Le Lac, où se croisent les frontières du Tchad, du Niger, du
Nigeria et du Cameroun, reste un sanctuaire pour les combattants de Boko Haram et de l'État islamique en Afrique de
l'Ouest.</p>
<p>Les familles des soldats tués ont été reçues mercredi matin au camp militaire de N'Djamena, où une cérémonie
d'hommage doit être organisée dans les prochains jours.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/a1">Moundou : les commerçants du grand marché en grève</a></li>
<li><a href="/a2">Football : les Sao qualifiés pour le prochain tour</a></li></ul></aside>
<footer>© 2024 Le Tchadien Libre · Tous droits réservés · <a href="/contact">Nous contacter</a></footer>
</body></html>
"""
_S09A = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Nord-Kivu : les ADF tuent au moins douze civils à Mabambi, Butembo marche contre l'insécurité | Kivu
Matin</title>
<meta property="og:site_name" content="Kivu Matin">
<meta property="article:published_time" content="2025-02-11T08:00:00+02:00">
</head><body>
<header><a href="/">Kivu Matin</a><nav><a href="/">Accueil</a> | <a href="/securite">Sécurité</a> | <a
href="/politique">Politique</a> | <a href="/societe">Société</a> | <a href="/radio">Écouter la
radio</a></nav></header>
<article><h1>Nord-Kivu : les ADF tuent au moins douze civils à Mabambi, Butembo marche contre l'insécurité</h1>
<p class="chapo">Le territoire de Lubero a de nouveau été endeuillé par une incursion des ADF, tandis que les
combats se poursuivent dans le Masisi.</p>
<p>Au moins douze civils ont été tués dans la nuit de vendredi à samedi lors d'une attaque des rebelles des Forces
démocratiques alliées (ADF) contre le village de Mabambi, dans le territoire de Lubero, selon la coordination de la
société civile locale. Le bilan pourrait s'alourdir, plusieurs habitants étant toujours portés disparus.</p>
<p>Les assaillants ont tué leurs victimes à la machette et par balles avant de piller des boutiques et d'incendier
une dizaine de maisons. Le porte-parole de l'armée dans le secteur a confirmé l'attaque et indiqué que les
militaires avaient engagé la poursuite des rebelles dans la forêt voisine.</p>
<p>Lundi, des milliers d'habitants de Butembo ont répondu à l'appel de la société civile et des mouvements citoyens
à une marche pacifique pour dénoncer la multiplication des massacres dans le Grand Nord. Les manifestants ont déposé
un mémorandum à la mairie. La ville est restée morte toute la journée, les écoles et les magasins ayant fermé leurs
portes. Aucun incident n'a été signalé.</p>
<p>Par ailleurs, dans le territoire de Masisi, des combats ont opposé dimanche les rebelles du M23 aux combattants
Wazalendo autour du village de Nyabiondo, selon des sources locales. Des tirs à l'arme lourde ont été entendus
pendant une bonne partie de la journée, poussant des centaines de familles à fuir vers Masisi-centre. Aucun bilan
n'était disponible lundi soir.</p>
<p>Originaires de l'Ouganda, les ADF, qui ont fait allégeance au groupe État islamique, sont accusées d'avoir tué
des milliers de civils dans les territoires de Beni et de Lubero ainsi qu'en Ituri depuis 2014. En juin 2024, une
série d'attaques dans le sud de Lubero avait fait plus de quatre-vingts morts en une semaine. Le M23, soutenu par le
Rwanda selon l'ONU, a de son côté étendu son emprise sur le Nord-Kivu depuis sa résurgence fin 2021.</p>
</article>
<aside class="pub">Publicité — Vodanet : internet illimité à Butembo et Beni</aside>
<footer>© 2025 Kivu Matin · Tous droits réservés</footer>
</body></html>
"""
S07A_URL = "https://example.org/tchadien-libre/s07a-tchoukoutalia-bilan"
S09A_URL = "https://example.org/kivu-matin/s09a-mabambi-butembo-nyabiondo"
S07A_ID = "example-org-tchadien-libre-s07a-tchoukoutalia-bilan"
S09A_ID = "example-org-kivu-matin-s09a-mabambi-butembo-nyabiondo"
BF = "Burkina Faso"
DRC = "Democratic Republic of Congo"
JNIM = "JNIM: Group for Support of Islam and Muslims"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ISWAP = "ISWAP: Islamic State West Africa Province"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_table(STORIES, tmp_path_factory.mktemp("blind22b"), {S07A_URL: _S07A, S09A_URL: _S09A})


def found(run: Run, story: str) -> list[tuple[object, ...]]:
    """Each event of a story as (date, sub-event type, actor1, actor2, admin1 normalised, fatalities), sorted."""
    return sorted((e.date, e.sub_event_type, e.actor1, e.actor2, norm_name(e.admin1 or ""), e.fatalities)
                  for e in run.of(story))


# --- ingest -----------------------------------------------------------------------------------------------------

def test_every_report_is_read(run: Run) -> None:
    # 4 text files, 1 HTML file, 2 Atom entries, 2 records, 2 WARC pages
    assert (run.report.added, run.report.duplicates, run.report.near_duplicates) == (11, 0, 0)


def test_the_mojibake_report_is_repaired_and_dated(run: Run) -> None:
    article = run.articles["s06a"]
    assert (article.language, article.title, str(article.published)[:10]) == (
        "fr", "Diffa : trois otages libérés par l'armée, quatre autres toujours aux mains de leurs ravisseurs",
        "2024-08-20")
    assert "Ã" not in article.text and "Chétimari" in article.text and "Komadougou Yobé" in article.text


def test_the_page_furniture_is_left_out(run: Run) -> None:
    text = run.articles["s03a"].text
    assert "Tanwalbougou" in text
    for furniture in ("S'abonner", "Partager", "campagne cotonnière", "Je m'inscris", "Diapaga", "Gloire"):
        assert furniture not in text


def test_the_bare_text_page_keeps_its_headline_and_date(run: Run) -> None:
    article = run.articles["s08a"]
    assert (article.title, str(article.published)[:10]) == (
        "Mora : deux kamikazes se font exploser au marché, six civils tués", "2024-05-27")
    assert "Accueil" not in article.text and "Mots-clés" not in article.text


# --- events -----------------------------------------------------------------------------------------------------

def test_a_night_raid_on_a_hamlet_at_the_revised_toll(run: Run) -> None:
    assert found(run, "s01") == [
        ("2024-02-20", "Attack", "Islamic State Sahel", "Civilians (Mali)", "menaka", 24)]


@pytest.mark.xfail(strict=True, reason=(
                   "armed/counts: the sentence holding the date ('Jeudi dernier, des hommes armés ont intercepté deux "
                   "cars') has no trigger, so the killing told after it ('Au moins huit passagers ont été tués') is "
                   "undated and its weak group gives no event; 'une journée ville morte' reads as one dead at the "
                   "march (the march itself is now peaceful: the gunmen's acts and 'Les véhicules ont ensuite été "
                   "incendiés' stay theirs, s24)"))
def test_a_road_attack_last_thursday_and_a_march_on_monday(run: Run) -> None:
    events = found(run, "s02")
    assert [e[:4] for e in events] == [
        ("2024-04-11", "Attack", JNIM, "Civilians (Mali)"),
        ("2024-04-15", "Peaceful protest", "Protesters (Mali)", None)]
    assert all(e[4] in ("mopti", "bandiagara") for e in events)
    assert [e[5] for e in events] == [8, None]


@pytest.mark.xfail(strict=True, reason=(
                   "actors: with the attack's doer unnamed in 'a repoussé ... une attaque contre son poste' (the "
                   "'individus armés' who 'ont pris d'assaut le poste' come in the next paragraph), the VDP who repel"
                   " it are coded actor1 and the attackers actor2; an attack repelled is coded attacker first (s21b "
                   "s01, s07)"))
def test_vdp_repel_a_night_attack_on_their_post(run: Run) -> None:
    assert found(run, "s03") == [
        ("2024-10-12", "Armed clash", "Unidentified Armed Group (Burkina Faso)",
         "VDP: Volunteers for the Defense of the Homeland", "est", 32)]


@pytest.mark.xfail(strict=True, reason=(
                   "actors: the dead told in apposition ('Quinze membres des FDS, onze militaires et quatre VDP') "
                   "give two actors of one side (VDP vs Burkina Faso's army), and JNIM's claim ('a revendiqué "
                   "l'embuscade', next paragraph) does not name the attacker"))
def test_a_convoy_ambush_claimed_by_jnim_is_one_battle(run: Run) -> None:
    assert [e[:5] for e in found(run, "s04")] == [
        ("2023-11-27", "Armed clash", JNIM, "Military Forces of Burkina Faso", "boucle du mouhoun")]


def test_the_convoy_ambush_counts_fifteen_and_dozens(run: Run) -> None:
    [clash] = run.of("s04")
    assert clash.fatalities == 27


def test_a_market_attack_and_an_ied_on_the_pursuers(run: Run) -> None:
    events = found(run, "s05")
    assert [(e[0], e[1], e[3], e[4], e[5]) for e in events] == [
        ("2024-03-11", "Attack", "Civilians (Niger)", "tillaberi", 10),
        ("2024-03-12", "Remote explosive/landmine/IED", "Military Forces of Niger", "tillaberi", 3)]
    assert events[0][2] == "Islamic State Sahel"


def test_the_ied_is_laid_at_the_door_of_the_market_raiders(run: Run) -> None:
    [ied] = [e for e in run.of("s05") if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert ied.actor1 == "Islamic State Sahel"


def test_the_vaccination_campaign_is_no_event(run: Run) -> None:
    assert run.of("s05n") == []


@pytest.mark.xfail(strict=True, reason=(
                   "armed: the rescue ('Un accrochage s'en est suivi, au cours duquel deux ravisseurs ont été "
                   "neutralisés', dated by the sentence before it) folds into the abduction's group: no Armed clash "
                   "is coded and the abduction takes Sunday's date and the two dead"))
def test_an_abduction_last_week_and_a_rescue_clash_on_sunday(run: Run) -> None:
    events = sorted(run.of("s06"), key=lambda e: e.sub_event_type)
    assert [(e.sub_event_type, {e.actor1, e.actor2}, e.admin1, e.fatalities) for e in events] == [
        ("Abduction/forced disappearance", {ISWAP, "Civilians (Niger)"}, "Diffa", None),
        ("Armed clash", {"Military Forces of Niger", ISWAP}, "Diffa", 2)]
    abduction, clash = events
    assert abduction.actor1 == ISWAP and "2024-08-12" <= abduction.date <= "2024-08-18"
    assert clash.date == "2024-08-18"


def test_a_base_overrun_at_the_governments_revised_toll(run: Run) -> None:
    [clash] = [e for e in run.of("s07") if e.sub_event_type == "Armed clash"]
    assert (*clash.fields, clash.sources) == (
        "2024-12-01", "Armed clash", BOKO_HARAM, "Military Forces of Chad", "Lac", 31, (S07A_ID,))


def test_no_event_where_the_families_are_received(run: Run) -> None:
    # 'Les familles des soldats tués ont été reçues mercredi matin au camp militaire de N'Djamena'
    assert {e.admin1 for e in run.of("s07")} == {"Lac"}


def test_the_air_force_bombs_the_islands_next_day(run: Run) -> None:
    [strike] = [e for e in run.of("s07") if e.sub_event_type != "Armed clash"]
    assert strike.fields[:5] == ("2024-12-03", "Air/drone strike", "Military Forces of Chad", BOKO_HARAM, "Lac")
    assert not strike.fatalities


def test_a_suicide_bombing_of_civilians_by_boko_haram(run: Run) -> None:
    # the recap 'les attaques de Boko Haram et de l'ISWAP contre des villages ... ont repris ces dernières années'
    # names no side of the bombing
    assert [e[:5] for e in found(run, "s08")] == [
        ("2024-05-26", "Suicide bomb", BOKO_HARAM, "Civilians (Cameroon)", "extreme nord")]


@pytest.mark.xfail(strict=True, reason=(
                   "tolls: the two bombers' deaths ('Les deux kamikazes, deux jeunes filles selon plusieurs témoins, "
                   "sont également mortes dans les explosions') are not added to the six civilians"))
def test_a_double_suicide_bombing_counts_the_bombers(run: Run) -> None:
    assert found(run, "s08") == [
        ("2024-05-26", "Suicide bomb", BOKO_HARAM, "Civilians (Cameroon)", "extreme nord", 8)]


@pytest.mark.xfail(strict=True, reason=(
                   "armed: the standfirst ('... endeuillé par une incursion des ADF, tandis que les combats se"
                   " poursuivent dans le Masisi') joins the Masisi fighting to the ADF killing, which becomes an "
                   "Armed clash of the ADF on the army (the Masisi clash is M23 vs Wazalendo since s23)"))
def test_a_round_up_of_three_events_in_north_kivu(run: Run) -> None:
    events = found(run, "s09")
    assert [e[:2] for e in events] == [
        ("2025-02-07", "Attack"), ("2025-02-09", "Armed clash"), ("2025-02-10", "Peaceful protest")]
    assert all(e[4] == "nord kivu" for e in events)
    attack, clash, protest = events
    assert attack[2:4] == ("ADF: Allied Democratic Forces", f"Civilians ({DRC})") and attack[5] == 12
    assert clash[2] == "M23: March 23 Movement" and clash[3] is not None and not clash[5]
    assert protest[2:4] == (f"Protesters ({DRC})", None)


def test_an_attack_on_displaced_people_at_the_lowest_toll_and_the_armys_pursuit(run: Run) -> None:
    assert found(run, "s10") == [
        ("2025-06-11", "Attack", "CODECO: Cooperative for the Development of Congo", f"Civilians ({DRC})", "ituri",
         14),
        ("2025-06-12", "Armed clash", f"Military Forces of {DRC}", "CODECO: Cooperative for the Development of Congo",
         "ituri", 8)]
