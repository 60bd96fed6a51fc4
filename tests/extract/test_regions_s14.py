"""Armed groups of South Asia that reports name by a faction's acronym or full name (session 14), in sentences of
our own: the Nagaland, Manipur and Assam factions, a Baloch group, a Bangladeshi gang, a Limbuwan armed group and a
Hindu vigilante outfit, each as ACLED names it. A faction written without a space before its bracket ("NDFB(S)")
is the faction, not its parent. The Awami League's student and youth wings fight as the party's militia (ACLED
names the wing only as an associate). Also "Afghani" (South Asian English for Afghan) and Libya's town militias named by
their townsmen ("Misratan militiamen")."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.extract.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


# (id, country, text, the phrase, the actor it names)
MENTIONS = [
    ("nscn-kk", "IN", "Troops killed four cadres of the NSCN (KK) in Tuensang district.", "NSCN (KK)",
     "NSCN-KK: National Socialist Council of Nagaland-Khole-Kitovi"),
    ("nscn-kk-unspaced", "IN", "Two NSCN(KK) cadres surrendered in Mon district.", "NSCN(KK)",
     "NSCN-KK: National Socialist Council of Nagaland-Khole-Kitovi"),
    ("nscn-k-unspaced", "IN", "Suspected NSCN(K) militants ambushed a patrol in Tirap district.", "NSCN(K)",
     "NSCN-K: National Socialist Council of Nagaland-Khaplang"),
    ("ndfb-s-unspaced", "IN", "An NDFB(S) militant was arrested in Kokrajhar district.", "NDFB(S)",
     "NDFB-S: National Democratic Front of Bodoland - Songbijit"),
    ("kra", "IN", "Armed Kuki Revolutionary Army cadres beat villagers in Senapati district.",
     "Kuki Revolutionary Army", "KRA: Kuki Revolutionary Army"),
    ("urf", "IN", "Police arrested a leader of the United Revolutionary Front in Cachar district.",
     "United Revolutionary Front", "URF: United Revolutionary Front"),
    ("jnb", "IN", "Troops raided a hideout of the Jadi Naiso Bojam in Dima Hasao district.", "Jadi Naiso Bojam",
     "JNB: Jadi Naiso Bojam"),
    ("hjm", "IN", "Members of the Hindu Jagaran Manch attacked a farm in Alirajpur district.", "Hindu Jagaran Manch",
     "HJM: Hindu Jagaran Manch Militia"),
    ("caf", "IN", "A constable of the Chhattisgarh Armed Force was wounded in Bijapur district.",
     "Chhattisgarh Armed Force", "Police Forces of India"),
    ("lashkar-e-balochistan", "PK", "A commander of Lashkar-e-Balochistan was killed in Khuzdar.",
     "Lashkar-e-Balochistan", "Lashkar-e-Balochistan"),
    ("jisan-bahini", "BD", "Men of Jisan Bahini threw bombs at a police camp in Lakshmipur.", "Jisan Bahini",
     "JB: Jisan Bahini"),
    ("bcl", "BD", "Bangladesh Chhatra League activists beat two students in Sylhet.", "Bangladesh Chhatra League",
     "Bangladesh Awami League Militia"),
    ("jubo-league", "BD", "Jubo League men attacked a school in Kachua.", "Jubo League",
     "Bangladesh Awami League Militia"),
    ("misratan-militiamen", "LY", "Misratan militiamen burnt down a shop in Garabulli.", "Misratan militiamen",
     "Misratah Communal Militia (Libya)"),
    ("zintani-fighters", "LY", "Zintani fighters clashed with a rival militia near Aziziya.", "Zintani fighters",
     "Zintan Communal Militia (Libya)"),
    ("limbuwan", "NP", "A member of the Kirat Mulbasi Swatantra Limbuwan died in a gunfight in Taplejung.",
     "Kirat Mulbasi Swatantra Limbuwan", "Kirat Mulbasi Swatantra Limbuwan"),
]


@pytest.mark.parametrize(("iso2", "text", "phrase", "actor"), [pytest.param(*c[1:], id=c[0]) for c in MENTIONS])
def test_group_names(kb: ActorKB, iso2: str, text: str, phrase: str, actor: str) -> None:
    found = {m.text: m.ref.name for m in kb.find_mentions(text, "en", iso2)}
    assert found.get(phrase) == actor, found


def test_faction_is_a_side() -> None:
    """The faction, not its parent or an ethnic militia, is the side of the event it is named in."""
    event = main_event("On 2 June 2015, armed Kuki Revolutionary Army (KRA) cadres beat ten villagers in Senapati "
                       "district.", "en", "IN")
    assert names(event) == ("KRA: Kuki Revolutionary Army", "Civilians (India)")
    event = main_event("On 15 November 2015, Assam Rifles killed four cadres of the NSCN (KK) in Tuensang district.",
                       "en", "IN")
    assert "NSCN-KK: National Socialist Council of Nagaland-Khole-Kitovi" in names(event)


def test_afghani_is_afghan() -> None:
    event = main_event("On 12 June 2015, Afghani forces fired mortar shells at a Pakistani border post in Chitral, "
                       "wounding two soldiers.", "en", "PK")
    assert names(event) == ("Military Forces of Afghanistan", "Military Forces of Pakistan")


def test_party_wing_protest_is_protesters() -> None:
    """A wing that marches is a crowd of protesters, as its party would be."""
    event = main_event("On 12 March 2015, BCL activists staged a protest in Dhaka demanding the arrest of the killers "
                       "of their leader.", "en", "BD")
    assert names(event) == ("Protesters (Bangladesh)", None)


@pytest.mark.parametrize(("text", "militia"), [
    ("On 5 May 2015, in Amethi, armed men of the BSP shot and critically injured a local SP leader.",
     "Bahujan Samaj Militia"),
    ("On 6 May 2015, RSS men attacked a CPI(M) worker in Kannur, injuring him seriously.",
     "RSS: Rashtriya Swayamsevak Sangh Militia"),
])
def test_party_fights_as_its_militia(text: str, militia: str) -> None:
    """A party's armed supporters are "<party> Militia", by ACLED's name for it."""
    assert names(main_event(text, "en", "IN")) == (militia, "Civilians (India)")


def test_short_names_other_countries_use_stay_free(kb: ActorKB) -> None:
    """Kenya's revenue authority (KRA) and Johannesburg's airport code (JNB) are no Indian rebels."""
    found = kb.find_mentions("KRA officials fled to JNB after gunmen attacked their office.", "en", "KE")
    assert not [m for m in found if m.ref.country == "India"], found
