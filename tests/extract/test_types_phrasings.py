"""French (and English) report sentences for each of ACLED's 25 sub-event types, in our own words, read by the
real extraction stack: the report's most salient event must have the sub-type (and its event type).

The French rows are phrased the way Sahel and Central African outlets tell events ("ont fait irruption", "ont été
pris à partie", "a sauté sur une mine", "se sont retirés du camp", "placé en garde à vue"). The English rows tell
the same kinds of event as an English report words them.
"""

from __future__ import annotations

import pytest
from report_events import main_type

EVENT_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

FRENCH: dict[str, list[str]] = {
    "Armed clash": [
        "Des affrontements ont opposé l'armée malienne à des hommes armés lundi près de Boni.",
        "Les forces de défense et de sécurité ont neutralisé une dizaine de terroristes lors d'un accrochage "
        "mardi à Djibo.",
        "Une patrouille de l'armée est tombée dans une embuscade tendue par des djihadistes près de Tessit ; "
        "les soldats ont riposté.",
        "Des hommes armés ont attaqué le poste de gendarmerie de Kantchari dans la nuit de samedi à dimanche."
        " Les gendarmes ont riposté, tuant trois assaillants.",
        "Des échanges de tirs ont eu lieu jeudi entre les militaires et des individus armés à Ménaka.",
        "Deux soldats ont été tués lundi dans l'attaque de leur position à Boulkessi par des groupes armés "
        "terroristes.",
        "Les FAMa ont repoussé une attaque terroriste contre le camp de Sévaré dimanche matin.",
        "Des combattants de l'EIGS et du JNIM se sont affrontés mercredi dans la zone de Ménaka.",
        "Des chasseurs dozos et des éleveurs peuls se sont affrontés samedi près de Bankass, faisant six morts.",
        "Des volontaires pour la défense de la patrie (VDP) ont été pris à partie par des terroristes "
        "vendredi à Seytenga.",
        "Un détachement militaire a été attaqué dimanche à Koutougou par des individus armés non identifiés ;"
        " le bilan fait état de dix soldats tués.",
        "De violents combats opposent depuis mardi les FARDC aux rebelles du M23 autour de Rutshuru.",
        "Les militaires ont mis en déroute un groupe de terroristes qui tentait d'attaquer le poste de Djibasso.",
        "Une unité de l'armée a accroché un groupe de jihadistes samedi près de Nassoumbou, tuant cinq d'entre eux.",
        "Des gendarmes en patrouille ont essuyé des tirs lundi près de Makalondi.",
        "L'attaque du camp militaire de Nioungo par des hommes armés a fait sept morts parmi les soldats jeudi.",
        "Un poste avancé de l'armée a été la cible d'une attaque terroriste mardi à Inata ; plusieurs "
        "assaillants ont été neutralisés.",
        "Des éléments des FDS ont été accrochés par des individus armés lundi sur l'axe Kaya-Dori.",
    ],
    "Government regains territory": [
        "L'armée malienne a repris le contrôle de la ville de Kidal mardi après le départ des rebelles.",
        "Les forces armées ont reconquis la localité de Boni, occupée depuis deux semaines par des djihadistes.",
        "Les militaires ont libéré la commune de Djibo des terroristes qui l'occupaient, a annoncé l'état-"
        "major dimanche.",
        "Après de violents combats, l'armée a reprise la ville de Léré aux groupes armés jeudi.",
        "Les FDS ont délogé les terroristes de leurs positions dans la forêt de Kabonga lundi.",
        "Les FARDC ont récupéré la localité de Kibumba, qui était aux mains des rebelles depuis un mois.",
        "L'armée nigérienne a chassé les terroristes de la localité de Bosso vendredi.",
        "Les forces armées ont réinvesti la ville de Tessalit mardi.",
    ],
    "Non-state actor overtakes territory": [
        "Les rebelles du MNLA ont pris le contrôle de la ville de Ménaka lundi après des combats avec l'armée.",
        "Des combattants du JNIM ont pris la ville de Boulkessi après avoir chassé les soldats mardi.",
        "Les insurgés contrôlent désormais la localité de Ber après l'avoir conquise samedi.",
        "Les rebelles du M23 ont conquis la cité de Bunagana lundi.",
        "La localité de Rumangabo est passée sous le contrôle des rebelles jeudi après de violents combats.",
        "Des jihadistes ont occupé la commune de Léré après avoir chassé les militaires mardi.",
    ],
    "Chemical weapon": [
        "Une attaque chimique a frappé un quartier de la ville lundi, selon des sources médicales.",
        "Des armes chimiques auraient été utilisées contre des civils mardi près de la frontière.",
        "Des obus chargés de gaz toxique ont été tirés sur le village mercredi.",
    ],
    "Air/drone strike": [
        "Une frappe de drone a tué cinq terroristes lundi près de Tin-Essako.",
        "L'armée de l'air a bombardé des positions djihadistes mardi dans la région de Tombouctou.",
        "Des frappes aériennes ont visé un rassemblement de combattants jeudi à Ansongo.",
        "Un drone de l'armée a frappé un véhicule transportant des hommes armés samedi près de Kidal.",
        "Des hélicoptères de combat ont pilonné une base terroriste vendredi dans la forêt de Wagadou.",
        "Un avion militaire a largué des bombes sur un marché dimanche, selon des témoins.",
        "Des vecteurs aériens ont neutralisé plusieurs terroristes lundi près de Djibo.",
        "L'aviation militaire a mené des frappes sur des positions terroristes mardi dans le Sahel.",
        "Un raid aérien a touché un marché de Boni jeudi, tuant plusieurs civils.",
        "Une frappe aérienne des forces armées a visé une base jihadiste samedi près d'Ansongo.",
        "Les avions de l'armée ont bombardé un village tenu par les rebelles dimanche.",
        "Un drone turc de l'armée a neutralisé un chef terroriste jeudi près de Léré.",
        "Une série de frappes aériennes a été menée samedi contre des positions rebelles.",
    ],
    "Suicide bomb": [
        "Un kamikaze s'est fait exploser lundi devant une mosquée de Maiduguri.",
        "Un attentat-suicide a visé un camp militaire mardi à Gao.",
        "Deux kamikazes ont lancé un véhicule piégé contre la base de Tombouctou jeudi.",
        "Une femme porteuse d'une ceinture d'explosifs s'est fait exploser sur un marché samedi.",
        "Une jeune kamikaze a déclenché sa charge dans une mosquée de Konduga lundi.",
        "Un véhicule kamikaze a foncé sur le poste de Tombouctou mardi.",
    ],
    "Shelling/artillery/missile attack": [
        "Des obus sont tombés sur le camp de la MINUSMA à Kidal lundi.",
        "Des tirs de mortier ont visé l'aéroport de Gao mardi soir.",
        "Des roquettes ont été tirées sur la ville de Tombouctou jeudi, sans faire de victimes.",
        "Les terroristes ont pilonné le camp militaire à l'arme lourde dimanche.",
        "Des tirs d'obus ont touché un quartier de Goma vendredi, tuant deux civils.",
        "Des tirs d'obus ont visé le camp de la force Barkhane à Gao lundi.",
        "Le camp de Tessalit a essuyé des tirs de roquettes jeudi.",
        "Des projectiles sont tombés sur la base de Kidal dimanche.",
        "Des obus de mortier sont tombés près de l'aéroport de Goma jeudi.",
    ],
    "Remote explosive/landmine/IED": [
        "Un véhicule de l'armée a sauté sur une mine lundi entre Gao et Ansongo.",
        "Un engin explosif improvisé a explosé au passage d'un convoi militaire mardi près de Douentza.",
        "Un bus a heurté un engin explosif sur l'axe Djibo-Ouahigouya jeudi, tuant dix passagers.",
        "Une mine a frappé un convoi de l'armée près de Gao lundi, tuant trois soldats.",
        "Une explosion d'IED a touché une patrouille de la gendarmerie dimanche.",
        "Une charrette a roulé sur un engin explosif près de Boni vendredi.",
        "Une voiture piégée a explosé devant un hôtel de Mogadiscio samedi.",
        "Un engin explosif a explosé au passage d'un véhicule de transport en commun lundi près de Djibo, "
        "faisant quatorze morts.",
        "Une moto a sauté sur un engin artisanal mardi sur l'axe Boni-Hombori.",
        "Un véhicule militaire a été touché par un EEI jeudi près de Ménaka.",
        "Deux soldats ont été tués dans l'explosion d'une mine artisanale samedi près de Tessit.",
        "Un camion de transport a marché sur une mine lundi près de Kidal.",
        "Une patrouille a été victime d'une attaque à l'engin explosif improvisé mardi près de Gossi.",
    ],
    "Grenade": [
        "Un individu a lancé une grenade dans un bar de Bujumbura lundi, blessant six personnes.",
        "Une attaque à la grenade a visé un poste de police mardi.",
        "Des inconnus ont jeté une grenade sur un marché de Kinshasa jeudi.",
        "Un homme a dégoupillé une grenade dans un bar mardi, faisant deux blessés.",
        "Des assaillants ont lancé des grenades sur un commissariat de police jeudi.",
    ],
    "Sexual violence": [
        "Des hommes armés ont violé plusieurs femmes lundi dans le village de Tota.",
        "Une jeune fille a été violée par des miliciens mardi près de Beni.",
        "Des cas de viols collectifs commis par des soldats ont été signalés jeudi à Minova.",
        "Plusieurs femmes ont été victimes de viols de la part d'hommes armés lundi près de Djugu.",
        "Des miliciens ont abusé sexuellement de deux jeunes filles mardi.",
    ],
    "Attack": [
        "Des individus armés ont fait irruption dans le village de Solhan dans la nuit et ont tué une "
        "centaine d'habitants.",
        "Des hommes armés ont ouvert le feu sur des fidèles dans une église lundi, tuant quatre personnes.",
        "Des terroristes ont exécuté sept civils mardi près de Tillabéri.",
        "Des assaillants ont massacré des villageois à Ogossagou samedi.",
        "Un conseiller municipal a été abattu par des inconnus armés jeudi à Gao.",
        "Des bandits armés ont tué deux commerçants sur la route de Niamey vendredi.",
        "Des hommes armés non identifiés ont incendié des maisons et tué trois habitants lundi.",
        "Des jihadistes ont égorgé un chef de village dimanche près de Mopti.",
        "Des hommes armés ont tiré sur des passagers d'un car mardi près de Bankass, tuant six personnes.",
        "Des individus armés ont tué le chef du village de Dinangourou lundi.",
        "Sept orpailleurs ont été tués par des hommes armés jeudi sur un site d'orpaillage.",
        "Des terroristes ont fusillé trois civils samedi au marché de Tin-Akoff.",
        "Des hommes armés ont assassiné un imam devant sa mosquée dimanche.",
        "Des hommes armés ont tué dix civils lundi dans le village de Zaongo.",
        "Des individus armés ont abattu trois commerçants sur un marché mardi.",
        "Au moins vingt personnes ont été tuées samedi lors d'une attaque contre un village peul.",
    ],
    "Abduction/forced disappearance": [
        "Des hommes armés ont enlevé le maire de la commune lundi.",
        "Cinq travailleurs humanitaires ont été enlevés mardi près de Ménaka.",
        "Des jihadistes ont kidnappé une vingtaine de femmes jeudi à Arbinda.",
        "Un prêtre a été pris en otage dimanche par des individus armés.",
        "Des individus armés ont emmené de force trois commerçants vers une destination inconnue samedi.",
        "Des inconnus armés ont enlevé un chef coutumier lundi dans la commune de Dioura.",
        "Une cinquantaine de femmes ont été enlevées mardi par des jihadistes près d'Arbinda.",
        "Un ressortissant étranger a été kidnappé jeudi par des hommes armés à Niamey.",
        "Plusieurs passagers d'un bus ont été enlevés mardi par des hommes armés sur la route de Djibo.",
        "Des jihadistes ont emporté quatre personnes lors d'une incursion dans le village lundi.",
    ],
    "Peaceful protest": [
        "Des centaines de personnes ont manifesté lundi à Bamako contre la vie chère.",
        "Une marche de protestation a réuni des milliers de femmes mardi à Niamey.",
        "Les commerçants ont observé un sit-in devant la mairie jeudi pour dénoncer la hausse des taxes.",
        "Les enseignants sont en grève depuis lundi pour réclamer leurs arriérés de salaire.",
        "Des jeunes ont organisé un rassemblement samedi pour exiger le départ des forces étrangères.",
        "Des habitants ont marché pacifiquement dimanche pour dénoncer l'insécurité.",
        "Des milliers de personnes sont descendues dans les rues de Bamako vendredi pour soutenir la transition.",
        "Les populations de Djibo ont marché mardi pour dénoncer le blocus imposé par les jihadistes.",
        "Un sit-in a été organisé jeudi devant l'Assemblée nationale par des syndicats.",
        "Des femmes ont manifesté pacifiquement lundi à Niono pour exiger la libération de leurs maris.",
        "Les syndicats ont observé une grève générale de 48 heures lundi à Niamey.",
        "Une marche de soutien à l'armée a eu lieu samedi à Ouagadougou.",
    ],
    "Protest with intervention": [
        "La police a dispersé une manifestation de l'opposition à coups de gaz lacrymogène lundi à Conakry.",
        "Les forces de l'ordre ont fait usage de gaz lacrymogènes pour disperser des manifestants mardi à Dakar.",
        "Une marche de l'opposition a été dispersée par la police jeudi ; plusieurs manifestants ont été interpellés.",
        "Des étudiants qui manifestaient ont été dispersés par la gendarmerie samedi à Ouagadougou.",
        "La manifestation des étudiants a été dispersée à coups de gaz lacrymogène mardi à Dakar.",
        "Les forces de l'ordre ont interpellé une vingtaine de manifestants lundi lors d'une marche non autorisée.",
        "Un sit-in de l'opposition a été dispersé par la police lundi à Bamako.",
    ],
    "Excessive force against protesters": [
        "Les forces de sécurité ont tiré à balles réelles sur des manifestants lundi, tuant deux personnes.",
        "Deux manifestants ont été tués par la police mardi lors d'une marche pacifique à Conakry.",
        "La police a ouvert le feu sur une foule de manifestants pacifiques jeudi, faisant un mort.",
        "Un manifestant a été tué par balle mardi lors d'une marche contre le pouvoir à Conakry.",
        "Les militaires ont tiré sur des manifestants qui protestaient pacifiquement jeudi, faisant trois morts.",
    ],
    "Violent demonstration": [
        "Des manifestants ont érigé des barricades et brûlé des pneus lundi à Conakry.",
        "Des émeutes ont éclaté mardi à Kaya après la mort d'un jeune.",
        "Des jeunes en colère ont saccagé le commissariat de police jeudi lors d'une manifestation.",
        "Des heurts ont opposé manifestants et forces de l'ordre samedi à Dakar, les manifestants lançant des"
        " pierres.",
        "Des manifestants ont incendié le siège du parti au pouvoir dimanche.",
        "Des manifestants en colère ont incendié la mairie et des véhicules lundi à Kaya.",
        "Des jeunes ont brûlé des pneus et érigé des barricades sur les principales artères de la ville mardi.",
        "La marche a dégénéré en affrontements avec les forces de l'ordre jeudi à Conakry.",
        "Des manifestants ont lancé des pierres sur les policiers samedi à Dakar.",
        "Des manifestants ont saccagé des commerces et brûlé des véhicules mardi à Dakar.",
        "Des heurts ont éclaté entre manifestants et policiers lundi à Conakry.",
    ],
    "Mob violence": [
        "Un présumé voleur a été lynché par une foule en colère lundi à Bamako.",
        "Des habitants en colère ont battu à mort un homme accusé de sorcellerie mardi.",
        "Un voleur de moto a été brûlé vif par la population jeudi à Kinshasa.",
        "Des jeunes ont attaqué un bus et blessé son chauffeur après un accident samedi.",
        "Un homme soupçonné de vol a été battu à mort par des habitants lundi à Kinshasa.",
        "Des jeunes en furie ont lynché un présumé sorcier mardi à Bunia.",
        "Une foule a mis le feu au domicile d'un présumé meurtrier jeudi.",
        "Un présumé voleur a été battu à mort par une foule lundi à Bunia.",
    ],
    "Agreement": [
        "Le gouvernement et les groupes armés ont signé un accord de cessez-le-feu lundi à Alger.",
        "Les deux communautés ont conclu un pacte de non-agression mardi à Mopti.",
        "Un accord de paix a été signé jeudi entre le gouvernement et les rebelles.",
        "Les belligérants ont procédé à un échange de prisonniers samedi.",
        "Les deux parties se sont accordées sur une trêve lundi à Addis-Abeba.",
        "Un accord de cessation des hostilités a été signé mardi à Nairobi.",
        "Le gouvernement et les rebelles ont signé un cessez-le-feu mardi.",
    ],
    "Arrests": [
        "La police a arrêté vingt membres de l'opposition lundi à Bamako.",
        "Plusieurs arrestations ont eu lieu mardi dans les rangs des militants du parti.",
        "Les forces de sécurité ont interpellé une dizaine de suspects jeudi à Niamey.",
        "Un journaliste a été placé en garde à vue samedi à Ouagadougou.",
        "Trois responsables de l'opposition ont été arrêtés lundi à Conakry.",
        "La gendarmerie a procédé à l'interpellation de douze personnes mardi à Ouagadougou.",
        "Un ancien ministre a été arrêté mardi à Bamako.",
    ],
    "Change to group/activity": [
        "L'armée a déployé des renforts lundi dans la région de Ménaka.",
        "Le groupe armé a annoncé le recrutement de centaines de combattants mardi.",
        "Une centaine de combattants se sont rendus aux autorités jeudi à Diffa.",
        "Des éléments du groupe ont fait défection pour rejoindre l'armée samedi.",
        "Une cinquantaine de combattants du groupe ont déposé les armes lundi à Diffa.",
        "L'armée a envoyé des renforts dans la région de Tillabéri mardi.",
    ],
    "Disrupted weapons use": [
        "Les démineurs de l'armée ont désamorcé un engin explosif lundi sur la route de Boni.",
        "Les militaires ont découvert une cache d'armes mardi près de Tombouctou.",
        "Un engin explosif improvisé a été neutralisé jeudi par les FAMa près de Douentza.",
        "Les forces de sécurité ont saisi un important lot d'armes et de munitions samedi.",
        "Un engin explosif improvisé a été découvert et détruit par les FAMa lundi près de Boni.",
        "Les forces de sécurité ont désamorcé une bombe mardi devant une école.",
    ],
    "Headquarters or base established": [
        "Le groupe armé a installé une base dans la forêt de Sambisa lundi.",
        "Des djihadistes ont établi un camp près du village de Ber mardi.",
    ],
    "Looting/property destruction": [
        "Des hommes armés ont pillé le marché de Boni lundi.",
        "Des individus armés ont incendié l'école du village mardi.",
        "Des assaillants ont saccagé les bureaux de la mairie jeudi.",
        "Des inconnus ont détruit l'antenne de téléphonie de la localité samedi.",
        "Des hommes armés ont pillé des boutiques et incendié des greniers lundi à Tiguila.",
        "Des individus non identifiés ont vandalisé une antenne de téléphonie mardi.",
        "Des hommes armés ont incendié une école lundi dans la commune de Tin-Akoff.",
    ],
    "Non-violent transfer of territory": [
        "L'armée s'est retirée du camp de Tessit lundi, qui a été occupé par des combattants du JNIM.",
        "Les forces françaises ont rétrocédé la base de Gossi à l'armée malienne mardi.",
        "Les soldats se sont retirés de la ville de Ber jeudi sans combat.",
        "Les rebelles ont pris la ville sans résistance samedi après le départ de l'armée.",
        "La force Barkhane a quitté la base de Tessalit mardi, remise à l'armée malienne.",
        "Les rebelles ont évacué la ville de Bunagana jeudi, selon des habitants.",
        # A place taken with no fight told (session 18, ACLED codebook): no battle.
        "Des djihadistes se sont emparés du camp militaire de Tessit dimanche.",
        "La ville de Léré est tombée aux mains des groupes armés vendredi.",
        "Les rebelles ont pris le contrôle de l'aéroport de Goma dimanche.",
    ],
    "Other": [
        "Le gouverneur a instauré un couvre-feu lundi dans la ville de Gao.",
        "Le gouvernement a décrété l'état d'urgence dans trois régions mardi.",
        "Les autorités ont instauré un couvre-feu nocturne jeudi à Ménaka.",
        "Le gouverneur a décrété un couvre-feu de 19h à 6h dans la région de Tillabéri lundi.",
        "Les autorités ont interdit la circulation des motos dans la province du Soum mardi.",
    ],
}

ENGLISH: dict[str, list[str]] = {
    "Armed clash": [
        "Soldiers clashed with gunmen near Boni on Monday.",
        "Militants ambushed an army patrol near Tessit on Tuesday; the troops returned fire.",
        "Gunmen attacked a police post in Kantchari overnight. Police fought back, killing three attackers.",
        "Armed men attacked the village on Sunday but were pushed back by security forces.",
        "Cattle raiders stole 200 goats in Tot on Friday, sparking a gun battle with herders.",
        "Two soldiers were killed on Monday when jihadists attacked their position in Boulkessi.",
    ],
    "Government regains territory": [
        "The army recaptured the town of Kidal on Tuesday after rebels fled.",
        "Troops drove the militants out of Boni on Sunday, the army said.",
        "Security forces regained control of the town of Djibo on Monday.",
    ],
    "Non-state actor overtakes territory": [
        "Rebels seized the town of Menaka on Monday after fighting with the army.",
        "Jihadists overran the military camp at Tessit on Sunday.",
    ],
    "Chemical weapon": [
        "Shells filled with toxic gas were fired at the village on Wednesday.",
    ],
    "Air/drone strike": [
        "A drone strike killed five militants near Tin-Essako on Monday.",
        "Military helicopters pounded a militant base in the Wagadou forest on Friday.",
        "A military plane dropped bombs on a market on Sunday, witnesses said.",
    ],
    "Suicide bomb": [
        "A suicide bomber blew himself up outside a mosque in Maiduguri on Monday.",
        "Two suicide attackers drove a car packed with explosives into the base in Timbuktu on Thursday.",
    ],
    "Shelling/artillery/missile attack": [
        "Mortar rounds hit the UN camp in Kidal on Monday.",
        "Rebels shelled the town of Goma on Friday, killing two civilians.",
    ],
    "Remote explosive/landmine/IED": [
        "An army vehicle hit a landmine between Gao and Ansongo on Monday.",
        "A roadside bomb exploded as a military convoy passed near Douentza on Tuesday.",
        "A bus struck an explosive device on the Djibo road on Thursday, killing ten passengers.",
    ],
    "Grenade": [
        "A man threw a grenade into a bar in Bujumbura on Monday, wounding six people.",
    ],
    "Sexual violence": [
        "Armed men raped several women in the village of Tota on Monday.",
    ],
    "Attack": [
        "Gunmen stormed the village of Solhan overnight and killed about 100 residents.",
        "Armed men opened fire on worshippers in a church on Monday, killing four people.",
        "Suspected militia members shot dead an opposition sympathiser in Garissa on Monday.",
        "A member of parliament was shot and wounded by unknown gunmen in Nairobi on Friday.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen abducted the mayor of the commune on Monday.",
        "Armed men took three traders away to an unknown destination on Saturday.",
    ],
    "Peaceful protest": [
        "Hundreds of people marched in Bamako on Monday against rising prices.",
        "Traders staged a sit-in outside the town hall on Thursday to denounce new taxes.",
    ],
    "Protest with intervention": [
        "Police fired tear gas to disperse opposition demonstrators in Conakry on Monday.",
    ],
    "Excessive force against protesters": [
        "Police opened fire on peaceful demonstrators in Conakry on Thursday, killing one.",
    ],
    "Violent demonstration": [
        "Protesters erected barricades and burned tyres in Conakry on Monday.",
        "Riots broke out in Kaya on Tuesday after the death of a young man.",
    ],
    "Mob violence": [
        "A suspected thief was lynched by an angry mob in Bamako on Monday.",
        "Boda boda operators clashed with police in Likoni on Monday after the arrest of a colleague.",
    ],
    "Agreement": [
        "The government and armed groups signed a ceasefire agreement in Algiers on Monday.",
        "The two sides carried out a prisoner exchange in Juba on Saturday.",
    ],
    "Arrests": [
        "Police arrested twenty opposition members in Bamako on Monday.",
    ],
    "Change to group/activity": [
        "The army deployed reinforcements to the Menaka region on Monday.",
        "About 100 fighters surrendered to the authorities in Diffa on Thursday.",
    ],
    "Disrupted weapons use": [
        "Army engineers defused an explosive device on the Boni road on Monday.",
        "Security forces seized a large cache of weapons and ammunition in Tombouctou on Saturday.",
    ],
    "Headquarters or base established": [
        "The armed group set up a base in the Sambisa forest on Monday.",
    ],
    "Looting/property destruction": [
        "Gunmen looted the market in Boni on Monday.",
    ],
    "Non-violent transfer of territory": [
        "The army withdrew from the camp at Tessit on Monday.",
        # A place taken with no fight told (session 18, ACLED codebook): no battle.
        "Al Shabaab militants took over the town of Bardere on Friday.",
    ],
    "Other": [
        "Authorities imposed a curfew in Garissa on Monday.",
    ],
}


def _rows(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(text, sub) for sub, texts in table.items() for text in texts]


def test_every_sub_type_has_french_phrasings() -> None:
    assert set(FRENCH) == set(EVENT_TYPE)
    assert all(len(texts) >= 2 for sub, texts in FRENCH.items() if sub != "Chemical weapon")


@pytest.mark.parametrize(("text", "sub_event_type"), _rows(FRENCH))
def test_french_phrasing(text: str, sub_event_type: str) -> None:
    assert main_type(text, "fr") == (EVENT_TYPE[sub_event_type], sub_event_type)


@pytest.mark.parametrize(("text", "sub_event_type"), _rows(ENGLISH))
def test_english_phrasing(text: str, sub_event_type: str) -> None:
    assert main_type(text, "en") == (EVENT_TYPE[sub_event_type], sub_event_type)
