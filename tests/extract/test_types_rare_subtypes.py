"""ACLED sub-types rarely seen in the tuned exports (issue #4), one table: short notes written for it before they
were ever run, set in countries the exports do not cover (Sahel, Sudan, Ethiopia, Ukraine, Iraq, Syria, Lebanon,
Pakistan, India, Cameroon, Mozambique, Haiti, Ecuador...): air and drone strikes, shelling, IEDs and unexploded
ordnance, suicide bombs, grenades, chemical weapons, territory taken and retaken, disrupted weapons use, sexual
violence, changes to a group, looting, and the three kinds of protest."""

from __future__ import annotations

import pytest
from report_events import main_type

B = "Battles"
E = "Explosions/Remote violence"
V = "Violence against civilians"
P = "Protests"
R = "Riots"
S = "Strategic developments"
NOTES = [
    # Air/drone strike
    (E, "Air/drone strike", "On 12 May, a Turkish drone targeted a car carrying PKK members near Sinjar, killing two."),
    (E, "Air/drone strike",
     "Sudanese Armed Forces warplanes bombed RSF positions in Nyala on Friday, killing at least 11 people."),
    (E, "Air/drone strike",
     "An unmanned aerial vehicle struck a fuel depot in Kherson overnight, causing a large fire."),
    (E, "Air/drone strike", "Ethiopian military aircraft hit a market in Amhara region, killing dozens of civilians."),
    (E, "Air/drone strike", "Burkinabe air force helicopters fired on suspected JNIM fighters near Djibo."),
    # Shelling/artillery/missile attack
    (E, "Shelling/artillery/missile attack",
     "Russian forces shelled residential areas of Kharkiv with multiple rocket launchers, wounding six."),
    (E, "Shelling/artillery/missile attack",
     "Hezbollah fired anti-tank missiles at an Israeli army post near the border."),
    (E, "Shelling/artillery/missile attack",
     "Several mortar shells hit the presidential palace compound in Mogadishu; no casualties."),
    (E, "Shelling/artillery/missile attack",
     "Pakistani troops fired artillery across the Line of Control, damaging houses in Kupwara."),
    # Remote explosive/landmine/IED
    (E, "Remote explosive/landmine/IED",
     "A military truck struck a landmine near Boni in Burkina Faso, killing four soldiers."),
    (E, "Remote explosive/landmine/IED",
     "A roadside bomb exploded as a police vehicle passed in Quetta, injuring three officers."),
    (E, "Remote explosive/landmine/IED",
     "A car packed with explosives blew up outside a hotel in Mogadishu, killing 9 people."),
    (E, "Remote explosive/landmine/IED",
     "Two children were killed when an unexploded device they found went off in a field near Kunduz."),
    (E, "Remote explosive/landmine/IED",
     "A magnetic bomb attached to a minibus detonated in Kabul, killing a passenger."),
    # Suicide bomb
    (E, "Suicide bomb",
     "A suicide bomber detonated an explosive belt at a mosque in Peshawar, killing 30 worshippers."),
    (E, "Suicide bomb",
     "A female suicide bomber blew herself up at a market in Mora, Far North Cameroon, killing five."),
    (E, "Suicide bomb", "ISWAP claimed a suicide car bombing against an army base in Borno."),
    # Grenade
    (E, "Grenade", "Unidentified men threw a hand grenade into a bar in Bujumbura, wounding eleven customers."),
    (E, "Grenade", "A grenade was hurled at a police checkpoint in Srinagar, injuring two policemen."),
    (E, "Grenade", "Gang members lobbed a grenade at a nightclub in Guayaquil, Ecuador."),
    # Chemical weapon
    (E, "Chemical weapon", "Government forces used chlorine gas against opposition fighters in eastern Ghouta."),
    (E, "Chemical weapon",
     "Residents reported a chemical attack on the town of Douma, with dozens suffering breathing problems."),
    # Government regains territory
    (B, "Government regains territory",
     "The Malian army and its allies recaptured the town of Anefis from CMA rebels after heavy fighting."),
    (B, "Government regains territory",
     "Mozambican and Rwandan troops regained control of Mocimboa da Praia from insurgents."),
    (B, "Government regains territory",
     "Iraqi forces retook the last neighbourhood of the city held by Islamic State."),
    # Non-state actor overtakes territory
    (B, "Non-state actor overtakes territory",
     "M23 rebels seized the town of Bunagana after clashes with the Congolese army."),
    (B, "Non-state actor overtakes territory",
     "Islamist insurgents overran the district headquarters of Macomia, forcing soldiers to flee."),
    (B, "Non-state actor overtakes territory",
     "Fano militiamen took control of Lalibela after government troops were driven out."),
    # Disrupted weapons use
    (S, "Disrupted weapons use", "Police bomb squad defused a pressure cooker bomb left near a bus stand in Imphal."),
    (S, "Disrupted weapons use", "Troops discovered and destroyed a cache of explosives in a forest near Diffa."),
    (S, "Disrupted weapons use",
     "Security forces intercepted a truck loaded with rockets and mortar rounds near Idlib."),
    # Sexual violence
    (V, "Sexual violence", "Soldiers raped three women during a search operation in a village in South Kivu."),
    (V, "Sexual violence", "RSF fighters sexually assaulted women and girls in El Geneina, according to witnesses."),
    (V, "Sexual violence", "A girl was gang-raped by armed men at an IDP site in Ituri."),
    # Change to group/activity
    (S, "Change to group/activity", "Wagner troops were deployed to the town of Tessalit in the Kidal region."),
    (S, "Change to group/activity", "Over 200 Boko Haram fighters surrendered to the army in Bama with their weapons."),
    (S, "Change to group/activity", "Al-Shabaab recruited dozens of young men in villages around Jowhar."),
    # Looting/property destruction
    (S, "Looting/property destruction", "Armed men looted a health centre in Djibo and carried away medicines."),
    (S, "Looting/property destruction",
     "Soldiers burned down several houses in a village of Rakhine State; no casualties were reported."),
    (S, "Looting/property destruction", "Gunmen ransacked the offices of an aid agency in Bangui."),
    # Protests: peaceful, with intervention, excessive force
    (P, "Peaceful protest", "Hundreds of teachers marched in Dakar to demand unpaid allowances."),
    (P, "Peaceful protest", "Farmers staged a sit-in outside the governor's office in Lahore over fertiliser prices."),
    (P, "Peaceful protest", "Women gathered in Tehran to demonstrate against the new dress code law."),
    (P, "Protest with intervention", "Police used tear gas to disperse students protesting fee increases in Kampala."),
    (P, "Protest with intervention",
     "Security forces arrested 20 demonstrators who marched in Conakry against the junta."),
    (P, "Protest with intervention",
     "Riot police broke up an opposition rally in Harare with batons and water cannon."),
    (P, "Excessive force against protesters",
     "Security forces fired live rounds at protesters in Khartoum, killing three."),
    (P, "Excessive force against protesters",
     "Soldiers opened fire on a peaceful march in Bamako, wounding several demonstrators."),
    (P, "Excessive force against protesters",
     "Two protesters were shot dead by police during a demonstration against fuel prices in Port-au-Prince."),
]


@pytest.mark.parametrize(("event_type", "sub_event_type", "text"), NOTES)
def test_rare_sub_types(event_type: str, sub_event_type: str, text: str) -> None:
    assert main_type(text) == (event_type, sub_event_type)


def test_table_covers_the_rare_sub_types() -> None:
    assert len(NOTES) >= 40
    assert len({sub for _, sub, _ in NOTES}) >= 15
