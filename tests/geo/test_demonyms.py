"""Adjectival and demonym place mentions ("Turkish policeman", "South Ossetian forces") as toponyms."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import countries
from sitrep.evaluate.geoparse import evaluate_geoparse
from sitrep.geo import Geocoder, get_geocoder
from sitrep.geo.demonyms import RULE, DemonymDataError, add_demonyms, build_table, find_demonyms
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return get_geocoder()


def _found(geocoder: Geocoder, text: str, language: str = "en", parse: bool = False) -> dict[str, str | None]:
    doc = load_pipeline(language)(text) if parse else None
    return {t.text: t.place.country_code if t.place else None for t in find_demonyms(text, geocoder, language, doc)}


def test_country_adjectives_and_plurals_resolve_to_their_country(geocoder: Geocoder) -> None:
    found = _found(geocoder, "A Turkish policeman said two Iraqis and several Sudanese were held by Malian troops.")
    assert found == {"Turkish": "TR", "Iraqis": "IQ", "Sudanese": "SD", "Malian": "ML"}


def test_each_toponym_says_it_is_a_demonym_and_where_it_stands(geocoder: Geocoder) -> None:
    text = "Kenyan police dispersed the crowd."
    (toponym,) = find_demonyms(text, geocoder)
    assert (toponym.rule, toponym.start, toponym.end, text[toponym.start:toponym.end]) == (RULE, 0, 6, "Kenyan")
    assert toponym.place is not None and toponym.place.feature_code == "PCLI"


def test_multi_word_forms_win_over_their_last_word(geocoder: Geocoder) -> None:
    found = _found(geocoder, "South Sudanese refugees crossed as South Ossetian and Sri Lankan officials met.")
    assert found == {"South Sudanese": "SS", "South Ossetian": "GE", "Sri Lankan": "LK"}


def test_a_region_the_gazetteer_lacks_is_placed_at_its_point(geocoder: Geocoder) -> None:
    (toponym,) = find_demonyms("Shelling hit South Ossetian villages.", geocoder)
    assert toponym.place is not None and toponym.place.name == "South Ossetia"
    assert (round(toponym.place.latitude), round(toponym.place.longitude)) == (42, 44)


def test_continent_forms_resolve_to_the_continent(geocoder: Geocoder) -> None:
    toponyms = find_demonyms("European and African ministers met.", geocoder)
    assert [(t.text, t.place.feature_code if t.place else None) for t in toponyms] == [
        ("European", "CONT"), ("African", "CONT")]


def test_hyphenated_forms_match_and_compounds_keep_the_adjective(geocoder: Geocoder) -> None:
    found = _found(geocoder, "Bissau-Guinean soldiers held Russian-backed fighters.")
    assert found == {"Bissau-Guinean": "GW", "Russian": "RU"}


def test_phrases_that_do_not_mention_the_place_are_ignored(geocoder: Geocoder) -> None:
    text = "Native Americans fished in the Indian Ocean; an African-American teacher ate French fries."
    assert _found(geocoder, text) == {}


def test_a_language_is_not_a_place(geocoder: Geocoder) -> None:
    found = _found(geocoder, "She speaks French and writes in Spanish. Russian-language media quoted Syrian troops.")
    assert found == {"Syrian": "SY"}


def test_a_surname_is_not_a_place(geocoder: Geocoder) -> None:
    assert _found(geocoder, "“We will appeal,” French said on Monday.") == {}


def test_words_are_matched_whole_and_with_their_case(geocoder: Geocoder) -> None:
    assert _found(geocoder, "The americanised Russianness of the show") == {}
    assert _found(geocoder, "SUDANESE ARMY CLAIMS GAINS") == {"SUDANESE": "SD"}


def test_french_adjectives_and_capitalised_nouns(geocoder: Geocoder) -> None:
    found = _found(geocoder, "Des soldats maliens ont été tués ; les Burkinabè et la presse européenne.", "fr")
    assert found == {"maliens": "ML", "Burkinabè": "BF", "européenne": None}  # Europe has no country


def test_demonyms_are_added_only_where_no_toponym_overlaps(geocoder: Geocoder) -> None:
    text = "The Central African Republic said Chadian forces crossed."
    doc = load_pipeline("en")(text)
    toponyms = add_demonyms(text, geocoder.find_toponyms(text, doc), geocoder, doc=doc)
    assert [(t.text, t.rule == RULE) for t in toponyms] == [("Central African Republic", False), ("Chadian", True)]


def test_the_packaged_table_covers_every_country_with_demonyms() -> None:
    table = build_table({}, countries.all_countries(), "en")
    assert table.forms["Congolese"] is not None and table.forms["Congolese"].place == "CD"  # before CG, as lookup
    assert "US" not in table.forms and "U.S." not in table.forms  # abbreviations are names the geocoder knows


@pytest.mark.parametrize(("data", "message"), [
    ([], "expected a mapping"),
    ({"countries": {"QQ": {"en": ["Quxian"]}}}, "'QQ' is no country"),
    ({"places": [{"en": ["Nowhereish"]}]}, "places #1 needs a `place`"),
    ({"places": [{"place": "Atlantis", "point": [95, 0], "en": ["Atlantean"]}]}, "`point` must be"),
    ({"places": [{"place": "Atlantis", "en": "Atlantean"}]}, "`en` must be a list"),
])
def test_malformed_data_names_the_file_and_the_row(data: object, message: str) -> None:
    with pytest.raises(DemonymDataError, match=message) as error:
        build_table(data, (), "en", where="demonyms.yaml")
    assert str(error.value).startswith("demonyms.yaml: ")


GWN_STYLE = """<articles><article file="1"><text>Russian troops shelled Tskhinvali. Mexicans voted.</text>
<toponyms><toponym><extractedName>Russian</extractedName><type>Non_Literal_Modifier</type><start>0</start>
<end>7</end><latitude>60.0</latitude><longitude>100.0</longitude></toponym>
<toponym><extractedName>Mexicans</extractedName><type>Demonym</type><start>35</start><end>43</end></toponym>
</toponyms></article></articles>"""


def test_end_to_end_geoparse_scores_the_demonym(tmp_path: Path) -> None:
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_STYLE, encoding="utf-8")
    report = evaluate_geoparse(path, gold_spans=False, comparable=False)
    assert (report.gold_toponyms, report.resolved, report.acc_161) == (1, 1, 1.0)
    assert report.recall == 1.0 and report.precision is not None and report.precision < 1.0  # "Mexicans": no gold
