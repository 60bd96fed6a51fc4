from __future__ import annotations

import pytest

from sitrep.geo.normalise import is_latin, loose_key, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("I-n-Déliman", "indeliman"),
        ("Indelimane", "indelimane"),
        ("Ménaka", "menaka"),
        ("MÉNAKA", "menaka"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Bobo-Dioulasso", "bobo dioulasso"),
        ("The Hague", "hague"),
        ("  Ségou  ", "segou"),
        ("Kidal-I-n-Tebezas", "kidal intebezas"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [("I-n-Déliman", "Indelimane"), ("In Deliman", "Indelimane"), ("Tessitt", "Tessit"), ("Djibo", "Jibo"),
     ("Tombouctou", "Tombuctu")],
)
def test_loose_key_joins_transliterations(a: str, b: str) -> None:
    assert loose_key(name_key(a)) == loose_key(name_key(b))


@pytest.mark.parametrize(("a", "b"), [("Gao", "Gai"), ("Mopti", "Mopri"), ("Niono", "Nioro")])
def test_loose_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert loose_key(name_key(a)) != loose_key(name_key(b))


def test_is_latin() -> None:
    assert is_latin("Ségou")
    assert not is_latin("Менака")
