"""Name keys: how a place name and the words of a report are made comparable.

`name_key` folds accents, case, punctuation and hyphens ("I-n-Déliman" -> "indeliman", "Northwest" -> "north
west"); `loose_key` also drops the spelling differences French and English transliterations disagree on
("Indelimane" -> "indeliman"), and is only consulted when no exact key matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# A compass point of two directions is one word, two joined by a hyphen or two ("Northwest", "North-West", "North
# West": Cameroon's region and the wires' spelling of it): keyed as two words.
_JOINED_COMPASS = re.compile(r"\b(north|south)(east|west)(?=ern\b|\b)")
# Tamasheq "I-n-"/"In-" prefixes ("the one of"): written "I-n-Déliman", "In Deliman" or "Indelimane".
_IN_PREFIX = re.compile(r"^i n (?=\w)|(?<= )i n (?=\w)")
_LOOSE_RULES = (
    (re.compile(r"e\b"), ""),  # French final mute e: Indelimane / Indeliman
    (re.compile(r"ou"), "u"),  # French ou / English u: Tombouctou / Tombuctu
    (re.compile(r"dj"), "j"),  # Djibo / Jibo
    (re.compile(r"kh"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(\w)\1"), r"\1"),  # doubled letters: Tessitt / Tessit
    (re.compile(r" "), ""),
)


def is_latin(name: str) -> bool:
    """True when transliterating would not invent a spelling (Latin script, with or without accents)."""
    return all(ord(ch) < 0x250 or ch in "’ʼ‘" for ch in name)


def name_key(name: str) -> str:
    """The exact-match key of a name: ASCII, lower case, words separated by one space."""
    text = _APOSTROPHES.sub("", (name if name.isascii() else unidecode(name)).lower())
    text = _NON_ALNUM.sub(" ", text).strip()
    if "east" in text or "west" in text:
        text = _JOINED_COMPASS.sub(r"\1 \2", text)
    if text.startswith("the "):
        text = text[4:]
    return _IN_PREFIX.sub("in", text) if "i n " in text else text


# The same names recur in report after report: recognition and resolution look their keys up here.
cached_key = lru_cache(maxsize=200_000)(name_key)


def loose_key(key: str) -> str:
    """A key forgiving transliteration variants; input is a `name_key`."""
    for pattern, replacement in _LOOSE_RULES:
        key = pattern.sub(replacement, key)
    return key
