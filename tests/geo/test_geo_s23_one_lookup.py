"""Recognition looks a text's capitalised word runs up in the gazetteer once, hyphenated words with a lower-case
tail included: whether a tail belongs to a name ("Mukurwe-ini") or not ("Nairobi-based", "US-led") is read from
that one lookup. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geocoder
from sitrep.geo.recognise import find_candidates


def _names_and_lookups(text: str) -> tuple[list[str], int]:
    index = get_geocoder().index
    calls = []

    def known_names(keys: list[str]) -> dict[str, bool]:
        calls.append(keys)
        return index.known_keys(keys)

    return [c.text for c in find_candidates(text, known_names, "en", None)], len(calls)


@pytest.mark.parametrize(("text", "names"), [
    ("US-led troops met Mukurwe-ini farmers in Nyeri.", ["US", "Mukurwe-ini", "Nyeri"]),
    ("A Nairobi-based reporter was beaten in Su-ngai Padi.", ["Nairobi", "Su-ngai Padi"]),
])
def test_tailed_words_need_no_second_lookup(text: str, names: list[str]) -> None:
    assert _names_and_lookups(text) == (names, 1)


def test_a_text_without_tailed_words_is_looked_up_once() -> None:
    assert _names_and_lookups("Buses were stoned near Voi and Mombasa.") == (["Voi", "Mombasa"], 1)
