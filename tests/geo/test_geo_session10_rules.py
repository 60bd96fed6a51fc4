"""Session 10 place rules: a misspelt county, an area tagged as an organisation, where attackers come from against
where the report puts the event, a destination as the region's only clue, places the index lacks."""

from __future__ import annotations

import sitrep
from sitrep import geo


def test_a_misspelt_county_is_read_as_that_county() -> None:
    events = sitrep.extract_text("On 3 May, soldiers beat residents of a small village in Mandara county with clubs.",
                                 language="en", country="KE")
    assert events and events[0].admin1 == "Mandera"


def test_an_area_named_with_its_kind_is_a_place_though_tagged_an_organisation() -> None:
    events = sitrep.extract_text("A tribal elder was killed in Nawagai , Bajaur Agency by a roadside bomb.",
                                 language="en", country="PK")
    assert events and events[0].admin1 == "Khyber Pakhtunkhwa"


def test_where_the_attackers_come_from_yields_to_the_place_named_after_near() -> None:
    text = ("Shop robbery by Isiolo bandits - a gang known for a string of thefts - villagers fought back, killing "
            "two. LOCATION: a farm near Kerugoya Town.")
    events = sitrep.extract_text(text, language="en", country="KE")
    assert events and events[0].admin1 == "Kirinyaga"


def test_a_place_named_only_as_a_destination_still_gives_the_region() -> None:
    text = ("Thousands marched through the main streets of the city, condemning the government for denying a new "
            "medical college to Raichur.")
    events = sitrep.extract_text(text, language="en", country="IN")
    assert events and geo.get_geocoder().same_admin1("IN", events[0].admin1, "Karnataka")
    assert events[0].location == events[0].admin1  # the region only: the march was not said to be there


def test_the_first_word_of_a_longer_name_is_no_better_place() -> None:
    text = ("Teachers joined a sit-in against the Jharkhand Public Service Commission. The teachers protested "
            "against unpaid wages. A legislator joined the protest outside Raj Bhawan.")
    events = sitrep.extract_text(text, language="en", country="IN")
    assert events and events[0].admin1 != "Gujarāt"


def test_places_the_overrides_add_are_found() -> None:
    events = sitrep.extract_text("Gunmen attacked Sobane Da on Sunday night, killing dozens of villagers.",
                                 language="en", country="ML")
    assert events and events[0].admin1 == "Mopti"
    events = sitrep.extract_text("Militants attacked the Tiguentourine gas plant on Wednesday, killing two guards.",
                                 language="en", country="DZ")
    assert events and events[0].admin1 == "Illizi"


def test_estates_and_border_towns_of_kenya_are_known() -> None:
    for text, admin1 in (("Police fired tear gas at youths protesting in Mathare on Monday.", "Nairobi"),
                         ("A mob lynched a suspected thief in Likoni on Sunday.", "Mombasa"),
                         ("Gunmen attacked a police post in Liboi, killing two officers.", "Garissa")):
        events = sitrep.extract_text(text, language="en", country="KE")
        assert events and events[0].admin1 == admin1, text


def test_the_capital_territory_without_its_city() -> None:
    assert geo.get_geocoder().same_admin1("NG", "Federal Capital Territory", "Abuja Federal Capital Territory")


def test_province_du_says_an_area_follows() -> None:
    from sitrep.geo.patterns import pattern_before

    for text in ("Le poste de Arbinda (province du Soum) a été attaqué.", "Une attaque dans la province du Soum."):
        found = pattern_before(text, text.index("Soum"), "fr")
        assert found is not None and found.rule == "region-of"


def test_a_name_after_a_south_asian_title_is_a_persons() -> None:
    for text in ("Police clashed with supporters of Shia cleric Maulana Kalbe Jawad in a march on Friday.",
                 "Members of the Victims of ASI Mohan Reddy Association held a protest on Monday."):
        events = sitrep.extract_text(text, language="en", country="IN")
        assert events and events[0].admin1 is None, text


def test_a_numbered_sector_is_no_place() -> None:
    text = "Residents protested on Monday against the sealing of the cremation ground in Sector 23A."
    events = sitrep.extract_text(text, language="en", country="IN")
    assert events and events[0].admin1 is None


def test_an_ethnic_group_named_as_a_side_is_not_its_namesake_town() -> None:
    for text in ("Maasai tribesmen killed Kikuyu civilians at a checkpoint on Sunday.",
                 "A gang of about 500 Kikuyu attacked Luo houses on Tuesday night."):
        events = sitrep.extract_text(text, language="en", country="KE")
        assert events and events[0].admin1 is None, text
    events = sitrep.extract_text("Protesters blocked the main road in Kikuyu town on Monday.", language="en",
                                 country="KE")
    assert events and events[0].admin1 == "Kiambu"
    events = sitrep.extract_text("On Monday, former students in Kisii stormed their school and locked out the "
                                 "principal.", language="en", country="KE")
    assert events and events[0].admin1 == "Kisii"  # after "in": the town, though the Kisii are a people too


def test_south_african_towns_are_in_their_current_province() -> None:
    for text, admin1 in (("Residents looted shops in Ga-Rankuwa on Tuesday night.", "Gauteng"),
                         ("Angry residents burnt buses in Mamelodi on Monday.", "Gauteng"),
                         ("Residents protested outside a shop in Groblersdal on Friday.", "Limpopo")):
        events = sitrep.extract_text(text, language="en", country="ZA")
        assert events and events[0].admin1 == admin1, text
