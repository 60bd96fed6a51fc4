"""Sixteen more short reports (8 English, 8 French), written for this table before any was run, with the events a
careful ACLED coder would code from each: type, date, fatalities, in salience order. Round 2 covers the layouts wire
services use that round 1 (test_events_blind8.py) did not: a dateline with '(AFP) -', a 'By X, Reuters' byline, an
updated story that restates an earlier toll, a live-blog list of time-stamped paragraphs, two attacks on two days;
and places not used before (Mozambique, Sudan, Ethiopia, Cameroon, Niger, Chad, Yemen, Myanmar).

Real parts: spaCy, the embedded gazetteer, the actor knowledge base, `build_event` for the fatalities figure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from blind_table import BATTLE, ERV, PROTEST, VAC, Blind, Coded, assert_coded, cases, extract_all

from sitrep.models import Article, ArticleExtraction

D = dt.date

REPORTS = [
    Blind(
        "en-cabo-delgado-afp-dateline", "en", D(2024, 6, 10),
        "PEMBA, Mozambique, June 10, 2024 (AFP) - Insurgents linked to the Islamic State group beheaded five "
        "villagers during a raid on the village of Ntotwe in Mocimboa da Praia district on Saturday, a local "
        "official told AFP on Monday. The jihadists have waged an insurgency in Cabo Delgado province since 2017.",
        (Coded(VAC, "Attack", (D(2024, 6, 8),), 5),),
    ),
    Blind(
        "en-el-fasher-byline", "en", D(2024, 3, 5),
        "By Grace Mwangi, Reuters\n\nKHARTOUM, March 5 (Reuters) - Fighters of the paramilitary Rapid Support "
        "Forces clashed with army troops on the outskirts of El Fasher in North Darfur on Monday, leaving at least "
        "23 people dead, medics at the city's main hospital said.\n\nThe war between the army and the RSF began in "
        "April last year.",
        (Coded(BATTLE, "Armed clash", (D(2024, 3, 4),), 23),),
    ),
    Blind(
        "en-amhara-update-restated-toll", "en", D(2023, 8, 14),
        "UPDATE 2-Drone strike on Ethiopian market kills 26, hospital says\n\n(Adds hospital toll, background)\n\n"
        "ADDIS ABABA, Aug 14 (Reuters) - A drone strike hit a busy market in the town of Finote Selam in Ethiopia's "
        "Amhara region on Sunday, killing 26 people, a hospital official said on Monday, raising an earlier toll of "
        "11.\n\nThe federal army has been fighting the Fano militia in Amhara since early this year.",
        (Coded(ERV, "Air/drone strike", (D(2023, 8, 13),), 26),),
    ),
    Blind(
        "en-cameroon-two-attacks-two-days", "en", D(2024, 9, 21),
        "BUEA, Cameroon (AP) - Separatist fighters killed two gendarmes at a checkpoint in Muyuka on Thursday, "
        "residents said. On Friday, soldiers raided the nearby village of Ekona and shot dead four men they "
        "accused of sheltering the fighters, a local rights group said.",
        (
            Coded(BATTLE, "Armed clash", (D(2024, 9, 19),), 2),
            Coded(VAC, "Attack", (D(2024, 9, 20),), 4),
        ),
    ),
    Blind(
        "en-tillaberi-live-blog", "en", D(2024, 5, 23),
        "Niger: security updates\n\n10:42 GMT - Gunmen on motorbikes attacked an army post near Tera in the "
        "Tillaberi region on Wednesday morning, the defence ministry says. Twelve soldiers were killed and the "
        "attackers fled towards the border with Burkina Faso.\n\n09:15 GMT - The government has declared three days "
        "of national mourning.\n\n08:30 GMT - Welcome to our live coverage of events in Niger.",
        (Coded(BATTLE, "Armed clash", (D(2024, 5, 22),), 12),),
    ),
    Blind(
        "en-logone-herders-farmers", "en", D(2024, 7, 8),
        "N'DJAMENA, July 8 (AFP) - Clashes between herders and farmers left 18 people dead on Sunday in a village "
        "of Chad's southern Logone Oriental province, the provincial governor said. Disputes over land and water "
        "between the two communities often turn deadly in the region.",
        (Coded(BATTLE, "Armed clash", (D(2024, 7, 7),), 18),),
    ),
    Blind(
        "en-taiz-shelling", "en", D(2024, 1, 13),
        "ADEN, Yemen (Reuters) - Houthi shelling killed three children in a residential district of Taiz city on "
        "Friday, a local health official said. The Iran-aligned movement has besieged parts of the city for years.",
        (Coded(ERV, "Shelling/artillery/missile attack", (D(2024, 1, 12),), 3),),
    ),
    Blind(
        "en-sagaing-strike-then-march", "en", D(2023, 11, 23),
        "YANGON, Myanmar (AP) - Military jets bombed a village in the Sagaing region on Tuesday, killing at least "
        "nine villagers, a local resistance group said. On Wednesday, hundreds of people marched through the town "
        "of Monywa to protest against the air strike.",
        (
            Coded(ERV, "Air/drone strike", (D(2023, 11, 21),), 9),
            Coded(PROTEST, "Peaceful protest", (D(2023, 11, 22),)),
        ),
    ),
    Blind(
        "fr-banibangou-afp-dateline", "fr", D(2024, 4, 3),
        "NIAMEY, 3 avril 2024 (AFP) - Au moins sept soldats nigériens ont été tués mardi dans l'explosion d'un engin "
        "artisanal au passage de leur véhicule près de Banibangou, dans l'ouest du pays, a annoncé mercredi le "
        "ministère de la Défense.",
        (Coded(ERV, "Remote explosive/landmine/IED", (D(2024, 4, 2),), 7),),
    ),
    Blind(
        "fr-extreme-nord-deux-attaques", "fr", D(2024, 11, 12),
        "MAROUA (Cameroun), 12 novembre (AFP) - Des jihadistes ont tué trois civils samedi à Kolofata, dans "
        "l'Extrême-Nord du Cameroun. Dimanche, ils ont attaqué un poste de l'armée à Amchidé, où deux militaires "
        "ont perdu la vie, selon des sources locales.",
        (
            Coded(VAC, "Attack", (D(2024, 11, 9),), 3),
            Coded(BATTLE, "Armed clash", (D(2024, 11, 10),), 2),
        ),
    ),
    Blind(
        "fr-ndjamena-carburant", "fr", D(2024, 5, 20),
        "N'DJAMENA, 20 mai - La police a dispersé jeudi à coups de gaz lacrymogène plusieurs centaines de "
        "manifestants qui protestaient contre la hausse du prix du carburant dans la capitale tchadienne, ont "
        "constaté des journalistes.",
        (Coded(PROTEST, "Protest with intervention", (D(2024, 5, 16),)),),
    ),
    Blind(
        "fr-geneina-bilan-alourdi", "fr", D(2024, 6, 4),
        "Soudan : le bilan de l'attaque contre un camp de déplacés s'alourdit à 40 morts\n\nPORT-SOUDAN, 4 juin "
        "(AFP) - Le bilan de l'attaque menée dimanche par les Forces de soutien rapide contre un camp de déplacés "
        "près d'El-Geneina, au Darfour occidental, s'est alourdi à 40 morts, a indiqué mardi un responsable "
        "humanitaire. Un premier bilan faisait état de 25 morts.",
        (Coded(VAC, "Attack", (D(2024, 6, 2),), 40),),
    ),
    Blind(
        "fr-mucojo-signature", "fr", D(2024, 2, 27),
        "Par Marie Dubreuil, à Maputo\n\nDes insurgés ont attaqué lundi le village de Mucojo, dans la province de "
        "Cabo Delgado, tuant quatre habitants et incendiant une cinquantaine de maisons, selon des habitants joints "
        "par téléphone.",
        (Coded(VAC, "Attack", (D(2024, 2, 26),), 4),),
    ),
    Blind(
        "fr-marib-drone", "fr", D(2025, 1, 9),
        "SANAA, 9 janvier - Une frappe de drone a visé mercredi un véhicule dans la province de Marib, tuant deux "
        "membres présumés d'Al-Qaïda, selon des sources tribales.",
        (Coded(ERV, "Air/drone strike", (D(2025, 1, 8),), 2),),
    ),
    Blind(
        "fr-gondar-direct", "fr", D(2024, 10, 16),
        "EN DIRECT - Éthiopie\n\n14h05 : Des affrontements opposent mardi l'armée fédérale et des miliciens Fano à "
        "Gondar, dans la région Amhara, selon des habitants joints par téléphone.\n\n13h40 : Au moins 15 personnes "
        "ont été tuées dans ces combats, selon un médecin de l'hôpital de la ville.",
        (Coded(BATTLE, "Armed clash", (D(2024, 10, 15),), 15),),
    ),
    Blind(
        "fr-magway-appel-a-manifester", "fr", D(2024, 2, 5),
        "RANGOUN, 5 février - Des soldats ont ouvert le feu samedi sur des villageois dans la région de Magway, "
        "tuant six personnes, selon un groupe de défense des droits humains. Des opposants appellent à manifester "
        "la semaine prochaine pour dénoncer ces violences.",
        (Coded(VAC, "Attack", (D(2024, 2, 3),), 6),),
    ),
]


# A miss outside event finding and dating, left to its owner (not strict: a fix there must not fail this table).
OWNED_ELSEWHERE = {
    "fr-geneina-bilan-alourdi": "typing: 'attaque contre un camp de déplacés' reads as an attack on a military camp",
}
CASES = cases(REPORTS, OWNED_ELSEWHERE)


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[Article, ArticleExtraction]]:
    return extract_all(REPORTS)


@pytest.mark.parametrize("report", CASES)
def test_events_as_coded(report: Blind, extracted: dict[str, tuple[Article, ArticleExtraction]]) -> None:
    assert_coded(report, *extracted[report.name])
