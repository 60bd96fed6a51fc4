"""Actors in more countries the project was never tuned on (session 9): ACLED-note-style sentences of our own, set in
Sudan, Ethiopia, Mozambique, Cameroon, Burkina Faso, Niger, Chad, Libya, Ukraine, Russia, Israel and Palestine,
Lebanon, Iraq, Pakistan, India, Haiti, Mexico and Colombia, each with the actor1/actor2 an ACLED coder would give,
written down before the sentences were run. The report's country is the analyst's hint, as `sitrep eval acled`
passes it. Real spaCy, geocoder and actor KB; `test_actors_world.py` holds the first table.

`None` for actor2: the coder's choice is not settled by the codebook (or the unit's name is not), so it is not checked.
"""

from __future__ import annotations

import pytest
from report_events import main_event

from sitrep.evaluate.acled import actors_match

BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
JNIM = "JNIM: Group for Support of Islam and Muslims"
RSF = "RSF: Rapid Support Forces"
CPI_MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"

WORLD = [
    # Sudan
    ("SD", "On 15 April 2023, the Rapid Support Forces clashed with the Sudanese Armed Forces around the presidential "
           "palace in Khartoum.", "Military Forces of Sudan", RSF),
    ("SD", "On 3 June 2023, RSF fighters looted homes and killed five residents in El Geneina, West Darfur.",
     RSF, "Civilians (Sudan)"),
    ("SD", "On 9 September 2023, a SAF airstrike hit a market in southern Khartoum, killing 40 people.",
     "Military Forces of Sudan", "Civilians (Sudan)"),
    ("SD", "On 12 January 2022, security forces fired tear gas at protesters marching towards the presidential palace "
           "in Khartoum.", "Protesters (Sudan)", "Police Forces of Sudan"),
    ("SD", "On 20 November 2019, Arab herders and Masalit farmers clashed near Kereinik in West Darfur, leaving eight "
           "dead.", "Arab Ethnic Militia (Sudan)", "Masalit Ethnic Militia (Sudan)"),
    # Ethiopia
    ("ET", "On 5 August 2023, Fano militiamen attacked ENDF positions in Debre Markos, Amhara region.",
     "Fano", "Military Forces of Ethiopia"),
    ("ET", "On 18 June 2022, OLA fighters killed dozens of Amhara civilians in Gimbi, West Welega.",
     "OLA: Oromo Liberation Army", "Civilians (Ethiopia)"),
    ("ET", "On 4 November 2020, TPLF forces attacked the Northern Command base of the Ethiopian army in Mekele.",
     "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia"),
    ("ET", "On 24 January 2024, a drone strike by the Ethiopian military killed seven civilians in a village of North "
           "Gondar.", "Military Forces of Ethiopia", "Civilians (Ethiopia)"),
    ("ET", "On 10 March 2021, Eritrean troops killed 12 civilians in a village near Adwa, Tigray.",
     "Military Forces of Eritrea", "Civilians (Ethiopia)"),
    # Mozambique
    ("MZ", "On 12 June 2020, Ansar al-Sunna insurgents beheaded two men in a village of Muidumbe district, Cabo "
           "Delgado.", "Ahlu Sunnah Wa-Jama (Mozambique)", "Civilians (Mozambique)"),
    ("MZ", "On 9 November 2021, Mozambican troops ambushed insurgents near Mbau in Mocimboa da Praia district, killing "
           "four.", "Military Forces of Mozambique", None),
    ("MZ", "On 2 February 2020, unidentified gunmen attacked a bus on the EN1 highway in Sofala province, killing two "
           "passengers.", "Unidentified Armed Group (Mozambique)", "Civilians (Mozambique)"),
    # Cameroon
    ("CM", "On 24 October 2020, separatist fighters stormed a school in Kumba and killed seven pupils.",
     "Ambazonian Separatists", "Civilians (Cameroon)"),
    ("CM", "On 5 January 2022, Amba Boys kidnapped a councillor in Bamenda.",
     "Ambazonian Separatists", "Civilians (Cameroon)"),
    ("CM", "On 14 February 2020, soldiers killed 21 civilians in Ngarbuh, North-West region.",
     "Military Forces of Cameroon", "Civilians (Cameroon)"),
    # Burkina Faso
    ("BF", "On 26 May 2023, VDP volunteers clashed with JNIM militants near Djibo, leaving 12 dead.",
     "VDP: Volunteers for the Defense of the Homeland", JNIM),
    ("BF", "On 20 April 2023, soldiers accompanied by VDP killed over 150 villagers in Karma, Yatenga province.",
     "Military Forces of Burkina Faso", "Civilians (Burkina Faso)"),
    ("BF", "On 4 June 2021, jihadists killed more than 130 people in the village of Solhan, Yagha province.",
     "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
    ("BF", "On 28 January 2022, hundreds of demonstrators gathered in Ouagadougou to celebrate the military takeover.",
     "Protesters (Burkina Faso)", None),
    # Niger
    ("NE", "On 21 March 2021, gunmen on motorbikes killed 141 villagers in several hamlets of Tillia department, "
           "Tahoua region.", "Unidentified Armed Group (Niger)", "Civilians (Niger)"),
    ("NE", "On 15 August 2023, JNIM fighters ambushed a Nigerien army unit near Koutougou, killing 17 soldiers.",
     JNIM, "Military Forces of Niger"),
    ("NE", "On 30 July 2023, supporters of the junta attacked the French embassy in Niamey and set fire to its gate.",
     "Rioters (Niger)", None),
    # Chad
    ("TD", "On 23 March 2020, Boko Haram fighters attacked a Chadian army base at Bohoma on Lake Chad, killing 92 "
           "soldiers.", BOKO_HARAM, "Military Forces of Chad"),
    ("TD", "On 11 April 2021, FACT rebels clashed with the Chadian army in Kanem province.",
     "FACT: Front for Change and Concord in Chad", "Military Forces of Chad"),
    ("TD", "On 20 October 2022, security forces fired live rounds on protesters in N'Djamena, killing dozens.",
     "Police Forces of Chad", "Protesters (Chad)"),
    # Libya
    ("LY", "On 12 May 2020, Islamic State fighters attacked a police checkpoint in Fuqaha, Jufra district, killing two "
           "officers.", "Islamic State (Libya)", "Police Forces of Libya"),
    ("LY", "On 20 June 2020, unknown gunmen abducted a journalist in Tripoli.",
     "Unidentified Armed Group (Libya)", "Civilians (Libya)"),
    # Ukraine and Russia
    ("UA", "On 8 April 2022, a Russian missile struck the railway station in Kramatorsk, killing 61 civilians.",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("UA", "On 3 September 2022, Ukrainian forces shelled Russian positions near Kherson.",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("UA", "On 10 October 2022, Russian drones struck a power station in Lviv.", "Military Forces of Russia", None),
    ("RU", "On 21 January 2021, police detained hundreds of protesters at a rally in support of Alexei Navalny in "
           "Moscow.", "Protesters (Russia)", "Police Forces of Russia"),
    # Israel and Palestine
    ("IL", "On 7 October 2023, Hamas militants attacked a music festival near Reim, killing hundreds of civilians.",
     "Hamas Movement", "Civilians (Israel)"),
    ("PS", "On 2 November 2023, the IDF carried out airstrikes on the Jabalia refugee camp, killing dozens of people.",
     "Military Forces of Israel", "Civilians (Palestine)"),
    ("PS", "On 19 August 2023, Israeli settlers attacked Palestinian farmers near Turmus Ayya, injuring four.",
     "Settlers (Israel)", "Civilians (Palestine)"),
    ("PS", "On 5 July 2023, PIJ fighters clashed with Israeli forces in the Jenin refugee camp.",
     "PIJ: Palestinian Islamic Jihad", "Military Forces of Israel"),
    # Lebanon
    ("LB", "On 8 October 2023, Hezbollah fired rockets and shells at Israeli army positions in the Shebaa Farms.",
     "Hezbollah", "Military Forces of Israel"),
    ("LB", "On 23 September 2024, Israeli airstrikes hit villages in southern Lebanon, killing 50 civilians.",
     "Military Forces of Israel", "Civilians (Lebanon)"),
    # Iraq
    ("IQ", "On 3 January 2020, a US drone strike killed a PMF commander near Baghdad airport.",
     "Military Forces of the United States", "PMF: Popular Mobilization Forces"),
    ("IQ", "On 27 October 2019, security forces fired live ammunition at demonstrators in Tahrir Square in Baghdad, "
           "killing five.", "Police Forces of Iraq", "Protesters (Iraq)"),
    # Pakistan
    ("PK", "On 2 February 2022, BLA militants attacked Frontier Corps camps in Panjgur and Noshki.",
     "BLA: Baloch Liberation Army", "Military Forces of Pakistan"),
    ("PK", "On 30 January 2023, a TTP suicide bomber blew himself up in a mosque inside the police lines of Peshawar, "
           "killing 100 people.", "TTP: Tehreek-i-Taliban Pakistan", None),
    ("PK", "On 16 March 2021, unknown gunmen shot dead a polio vaccination worker in North Waziristan.",
     "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"),
    # India
    ("IN", "On 14 February 2019, a JeM suicide bomber rammed a CRPF convoy in Pulwama, killing 40 personnel.",
     "JeM: Jaish-e-Mohammad", None),
    ("IN", "On 3 April 2021, Maoists ambushed security forces near Tekalguda in Bijapur, killing 22 personnel.",
     CPI_MAOIST, None),
    ("IN", "On 4 May 2023, Kuki and Meitei militants clashed in Churachandpur, Manipur, leaving five dead.",
     "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"),
    # Haiti
    ("HT", "On 3 October 2024, Viv Ansanm gang members attacked the town of Pont-Sonde, killing 70 residents.",
     "Viv Ansanm", "Civilians (Haiti)"),
    # Mexico
    ("MX", "On 26 June 2020, CJNG gunmen ambushed the police chief of Mexico City, killing two of his bodyguards.",
     "CJNG: Jalisco New Generation Cartel", "Police Forces of Mexico"),
    ("MX", "On 17 October 2019, Sinaloa Cartel gunmen battled soldiers in Culiacan.",
     "Sinaloa Cartel", "Military Forces of Mexico"),
    ("MX", "On 18 March 2021, members of La Familia Michoacana killed 13 police officers in an ambush in Coatepec "
           "Harinas.", "La Familia Michoacana", "Police Forces of Mexico"),
    # Colombia
    ("CO", "On 17 January 2019, an ELN car bomb exploded at the police academy in Bogota, killing 22 cadets.",
     "ELN: National Liberation Army", "Police Forces of Colombia"),
    ("CO", "On 2 January 2022, FARC dissidents and ELN guerrillas clashed in Arauca, leaving 23 dead.",
     "FARC Dissidents", "ELN: National Liberation Army"),
    pytest.param("CO", "On 25 June 2021, soldiers killed two members of the Clan del Golfo in a raid in Antioquia.",
                 "Military Forces of Colombia", "Clan del Golfo",
                 marks=pytest.mark.xfail(strict=True, reason="typed as violence against civilians ('members' read as "
                                         "people, as in the first table's Iraq row): the convention makes actor2 "
                                         "Civilians")),
]


def _country(row: tuple | pytest.param) -> str:  # type: ignore[valid-type]
    return row.values[0] if hasattr(row, "values") else row[0]


@pytest.mark.parametrize(("country", "text", "actor1", "actor2"), WORLD,
                         ids=[f"{_country(row)}-{i}" for i, row in enumerate(WORLD)])
def test_actors_as_acled_names_them(country: str, text: str, actor1: str, actor2: str | None) -> None:
    event = main_event(text, country=country)
    got1 = event.actor1.name if event.actor1 else None
    got2 = event.actor2.name if event.actor2 else None
    ordered = actor2 is not None and actor2.startswith("Civilians")
    ok1, ok2 = actors_match(got1, got2, actor1, actor2, ordered)
    assert ok1, (got1, got2)
    assert ok2 or actor2 is None, (got1, got2)
