"""Session 16: the codes among a town's alternate names (airport codes: Garissa's "GAS", Mobile's "MOB", Luena's
"LUO") are no names in running text, where the same letters are words or a people's name written with a capital.
Embedded default gazetteer; the team's own sentences."""

from __future__ import annotations

import pytest

from sitrep.extract import extract_article
from sitrep.geo import get_geocoder
from sitrep.models import Article
from sitrep.nlp import load_pipeline


def _places(text: str) -> dict[str, str | None]:
    return {t.text: t.place.name if t.place else None for t in get_geocoder().find_toponyms(text, language="en")}


@pytest.mark.parametrize(("text", "word", "not_meant"), [
    ("A tanker carrying Liquefied Petroleum Gas was boarded by pirates 90 nautical miles from Mombasa.", "Gas",
     "Garissa"),
    ("Mob justice returned to the estate on Sunday when residents lynched a suspected thief in Kisumu.", "Mob",
     "Mobile"),
    ("Luo and Kalenjin youths clashed at a market in Kisumu on Sunday.", "Luo", "Luena"),
])
def test_an_airport_code_is_no_name_in_running_text(text: str, word: str, not_meant: str) -> None:
    places = _places(text)
    assert places.get(word) != not_meant
    assert "Kisumu" in places or "Mombasa" in places


def test_the_pirates_off_mombasa_are_placed_off_mombasa() -> None:
    text = ("Pirates boarded a Liquefied Petroleum Gas tanker about 90 nautical miles from Mombasa, Kenya, the port "
            "authority said.")
    article = Article(id="r1", text=text, language="en", country="KE")
    events = extract_article(article, load_pipeline("en")(text)).events
    assert events
    place = max(events, key=lambda m: m.salience).location
    assert place is not None and place.place.admin1 == "Mombasa"
