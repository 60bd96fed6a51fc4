"""An event at a village the gazetteer lacks still lies in the report's country, which the headline or the
dateline may be alone in naming (most layouts keep the headline out of the text)."""

from __future__ import annotations

from pathlib import Path

from report_events import file_events


def test_a_country_the_headline_names_places_an_event_at_an_unknown_village(tmp_path: Path) -> None:
    (event,) = file_events(tmp_path, "Côte d'Ivoire : un policier tué dans une attaque\n\nABIDJAN, 12 août 2025 - Un "
                                     "policier a été tué dimanche lors d'une attaque d'hommes armés contre le poste de "
                                     "Kablaso-Dioulé, a indiqué l'état-major.\n")
    assert (event.country, event.geo_precision, event.admin1) == ("Ivory Coast", 3, None)
    assert event.actor2 == "Police Forces of Ivory Coast"
    # the country is the headline's; the village the body names is kept as the reported place, with its sentence
    assert event.location_reported == "Kablaso-Dioulé"
    place = next(c for c in event.claims if c.field == "location")
    assert place.rule == "geo:country-in-headline" and "le poste de Kablaso-Dioulé" in place.quote


def test_the_dateline_gives_the_country_when_nothing_else_does(tmp_path: Path) -> None:
    (event,) = file_events(tmp_path, "Soldiers die in ambush\n\nBAMAKO, 4 August 2025 - Twelve soldiers were killed on "
                                     "Sunday in an ambush near the camp of Kossoumbou-Hama, security sources said.\n")
    assert (event.country, event.geo_precision) == ("Mali", 3)
    assert event.location_reported == "Kossoumbou-Hama"


def test_a_named_country_outweighs_a_dateline_abroad(tmp_path: Path) -> None:
    (event,) = file_events(tmp_path, "Militants attack base\n\nNAIROBI, 4 August 2025 - Al Shabaab militants attacked "
                                     "an army base in Somalia on Sunday, killing six soldiers, officials said.\n")
    assert event.country == "Somalia"


def test_a_dateline_never_tips_a_report_between_the_countries_it_names(tmp_path: Path) -> None:
    # the Niamey dateline made Niger the home of a report about a Mali strike and a Niger ambush, and its
    # headline's sum became a third, undated event
    text = (" date 2025-09-05 Sahel Wire, NIAMEY\n\nDrone strike in Mali, ambush in Niger leave 13 dead\n\nA drone "
            "strike killed eight people at a wedding in Tinzaouaten, in northern Mali's Kidal region, on Thursday, "
            "local officials said.\n\nIn neighbouring Niger, gunmen killed five soldiers in an ambush near Ayorou on "
            "the same day.\n")
    events = file_events(tmp_path, text)
    assert sorted(e.country for e in events) == ["Mali", "Niger"]
