"""Finding place names in a text: gazetteer matches over capitalised word runs, the NER model's place
entities, and the words around a name ("the village of X", "près de X", "the X region": `sitrep.geo.patterns`).

A full Aho-Corasick automaton over the worldwide gazetteer's ~800k names is ~170 MB and takes seconds to load.
Instead one regular expression finds the runs of capitalised words (a small share of a report), their word
sequences (at most `MAX_WORDS` long) are keyed once per process (`cached_key`), and all the keys of a report
are looked up in the indexed name table in one query whose entries stay cached for resolution: the same names
at a fraction of the cost, and index load stays under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.geo.normalise import cached_key, name_key
from sitrep.geo.patterns import (
    groups_follow,
    institution_words,
    language_after,
    outlet_after,
    pattern_after,
    pattern_before,
    person_titles,
    route_words,
    stopwords,
)

if TYPE_CHECKING:  # spaCy is imported only by callers that parse text
    from spacy.tokens import Doc

MAX_WORDS = 5
_BRACKET = re.compile(r"[()\[\]]")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’]*(?:-[\w'’]+)*|\d+(?=[ -])", re.UNICODE)
_CONNECTORS = {"de", "du", "des", "la", "le", "les", "el", "al", "of", "d'", "sur", "en", "upon", "on", "the",
               "da", "di", "do", "dos", "das", "y", "del", "van", "von", "am", "im", "and"}  # "Trinidad and Tobago"
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")  # applied to the few characters before a name
_CONTRACTION = re.compile(r"['’](?:re|ve|ll|d|t|m)$", re.IGNORECASE)
_ARTICLES = {"the", "le", "la", "les", "l'", "l’"}  # never the first word of a match: "The IS" is not Is
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NON_PLACE_LABELS = {"PERSON", "PER", "ORG", "NORP"}


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, before resolution."""

    start: int
    end: int
    text: str
    rule: str = "gazetteer"
    hint: str = ""  # what the surrounding words say the place is: "region-of", "village-of", "near"...
    ner: str = ""  # the NER label covering the span, if any
    sentence_start: bool = False
    given: bool = False  # the caller says this span is a place name (demonyms and abbreviations may resolve)
    notes: list[str] = field(default_factory=list)


def _joined_to_name(text: str, words: list[tuple[int, int]], texts: list[str], first: int,
                    end: int) -> tuple[bool, bool]:
    """Whether a capitalised word other than a connector or an article is joined by a space to the words
    `first`..`end` of a run, before them and after them: the match may be a piece of a longer name the gazetteer
    lacks."""
    before = first > 0 and text[words[first - 1][1]:words[first][0]] == " " and _is_capitalised(texts[first - 1]) \
        and texts[first - 1].lower() not in _CONNECTORS | _ARTICLES \
        and not _SENTENCE_END.search(text[max(0, words[first - 1][0] - 3):words[first - 1][0]])  # "In Boise"
    after = end < len(words) and text[words[end - 1][1]:words[end][0]] == " " and _is_capitalised(texts[end]) \
        and texts[end].lower() not in _CONNECTORS
    return before, after


def _title_cased(text: str, position: int) -> bool:
    """Whether the line around `position` capitalises its words as a headline may ("Soldiers Killed In Mali Army
    Base Attack"): there a name between capitalised words need not be a piece of a longer name."""
    start, end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    words = _LONG_WORD.findall(text, start, end if end >= 0 else len(text))
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _after_title(text: str, start: int, titles: frozenset[str]) -> bool:
    """A title, then up to two given names, right before `start`: the name there is a person's, not a place
    ("Mr Cameron", "M. Moussa Dolo"). Words are compared whole, from the end: no scan of the text before. A comma
    ends a name: "the General Hospital, Guntur" names the town after the hospital."""
    if not text[start - 1:start].isspace():
        return False
    words = text[max(0, start - 60):start].split()
    for given in range(3):
        if given and (given > len(words) or not words[-given][:1].isupper() or words[-given].endswith(",")):
            return False
        rest = words[:len(words) - given]
        if any(len(rest) >= size and " ".join(rest[-size:]) in titles for size in (1, 2, 3)):
            return True
    return False


def _words(text: str, offset: int = 0, whole: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Word spans (shifted by `offset`); a possessive 's is left out ("Mali's" -> "Mali"), and so is a lower-case
    tail after a hyphen ("Los Angeles-based", "Abu Dhabi-led": the name is "Los Angeles", "Abu Dhabi"), unless the
    gazetteer knows the word with its tail (`whole`: "Mukurwe-ini", "Ra-ngae")."""
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if text[end - 2:end] in ("'s", "’s") and end - start > 3:
            end -= 2
        if (tail := _LOWER_TAIL.search(text, start, end)) is not None and tail.start() > start \
                and cached_key(text[start:end]) not in whole:
            end = tail.start()
        spans.append((start + offset, end + offset))
    return spans


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:2].lower() in ("i-", "n'") and word[2:3].isupper())


def _upper_class() -> str:
    """A character class of every upper-case letter of the Basic Multilingual Plane, as ranges."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UPPER = _upper_class()
_CAP_WORD = rf"(?:(?:[A-Z]\.){{2,}}|(?:[{_UPPER}]|[iInN][-'’][{_UPPER}])[\w'’]*(?:-[\w'’]+)*)"
# French elision before a name: "d'Agadez", "l'Indelimane", "qu'Ansongo" (a name starts after the apostrophe;
# within "N'Djamena" or "I-n-Déliman" it does not).
_ELISION = r"(?:\b[dl]|qu)['’]"
_AFTER_ELISION = r"(?<=\b[dl]['’]\w)|(?<=qu['’]\w)"
_ELIDED_WORD = re.compile(r"(?:[dl]|qu)['’][A-ZÀ-Ý]")
# The same word after its first letter is consumed: a pattern opening with a character class is scanned for
# fast; the look-behinds then check that the letter starts a word (not after a letter, a hyphen or an apostrophe
# other than an elision's).
_CAP_WORD_REST = (rf"[{_UPPER}iInN](?<!\w\w)(?<!\w-\w)(?:(?<!\w['’]\w)|{_AFTER_ELISION})"
                  rf"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[{_UPPER}])[\w'’]*"
                  rf"(?:-[\w'’]+)*|(?<=[iInN])[-'’][{_UPPER}][\w'’]*(?:-[\w'’]+)*)")
_CONNECTOR_WORD = (r"(?i:" + "|".join(sorted((re.escape(c) for c in _CONNECTORS), key=len, reverse=True))
                   + r")(?![\w'’]|-[\w'’])")
# A stretch of capitalised words joined by single spaces or hyphens, connectors allowed inside ("Bay of Bengal",
# "Côte d'Ivoire"):
# only these stretches are split into words and looked up, never the lower-case bulk of a report.
# "St. Louis", "Mt. Kenya", "Ft. Worth": an abbreviated first word and its point are part of the name.
# A number inside a name, between capitalised words: "North 24 Parganas", written "North 24-Parganas" too.
_NUMBER_IN_NAME = rf"\d+(?=[ -][{_UPPER}])"
_RUN = re.compile(rf"{_CAP_WORD_REST}(?:(?:[ -]|(?<=\b[SMF]t)\. )"
                  rf"(?:{_CAP_WORD}|{_CONNECTOR_WORD}|{_ELISION}{_CAP_WORD}|{_NUMBER_IN_NAME}))*")


# What may join two words of one name: a space, a hyphen, or a possessive inside a name ("Cox's Bazar"); a name
# followed by a possessive ("Khon Kaen's Kranuan district") still matches alone, as the longest known name wins.
_JOINS = (" ", "-", "'s ", "’s ", ". ")  # ". " only after "St", "Mt", "Ft" (`_RUN`)


def _runs(text: str, whole: frozenset[str] = frozenset()) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """The runs of capitalised words (connectors allowed inside) that may hold names: each one's word spans and
    words. A run starts at a capitalised word that is not an article and stops at any other separator than one
    space, a hyphen or a possessive 's. `whole`: the keys of hyphenated words that keep their lower-case tail."""
    runs = []
    for match in _RUN.finditer(text):
        run = match.group()
        if run.isalpha():  # one plain capitalised word, as most runs are
            if run.lower() not in _ARTICLES:
                runs.append(([match.span()], [run]))
            continue
        words = _words(run, match.start(), whole)
        texts = [text[s:e] for s, e in words]
        i = 0
        while i < len(words):
            if not _is_capitalised(texts[i]) or texts[i].lower() in _ARTICLES:
                i += 1
                continue
            end = i + 1
            while end < len(words) and text[words[end - 1][1]:words[end][0]] in _JOINS and (
                _is_capitalised(texts[end]) or texts[end].lower() in _CONNECTORS or _ELIDED_WORD.match(texts[end])
                or texts[end].isdigit()
            ):
                end += 1
            runs.append((words[i:end], texts[i:end]))
            i = end
    return runs


def find_candidates(text: str, known_names: Callable[[list[str]], dict[str, bool]], language: str,
                    doc: Doc | None, joined_names: Callable[[list[str]], set[str]] | None = None) -> list[Candidate]:
    """Spans naming places: longest gazetteer names in runs of capitalised words, plus NER place entities.
    `known_names` maps those of a list of name keys the gazetteer holds to whether they may be recognised
    (False: a demonym such as "Sri Lankan", which blocks the names inside it); one call per text. `joined_names`:
    those of a list of keys a place of the analyst's country bears, for names written apart that it writes joined
    (`_joined_keys`); none are tried without it."""
    stop = stopwords()
    tailed = _tailed_words(text)
    runs = _gram_runs(text, frozenset(tailed), stop)  # every tailed word kept whole: cut below if not a name
    present = known_names(sorted({key for *_, grams in runs for key in grams.values()}
                                 | _keys_without_tail(text, runs) | set().union(*tailed.values())))
    whole = frozenset(word for word, starts in tailed.items() if any(present.get(key) for key in starts))
    if len(whole) < len(tailed):  # "Nairobi-based": the same words with cut tails, whose keys were looked up
        runs = _gram_runs(text, whole, stop)
    if joined_names is not None:
        _add_joined_names(text, runs, present, joined_names)
    found: list[Candidate] = []
    for words, texts, grams in runs:
        i = 0
        while i < len(words):
            ends = [j for j in range(min(len(words), i + MAX_WORDS), i, -1) if grams.get((i, j)) in present]
            if not ends or texts[i].lower() in _ARTICLES:
                i += 1
                continue
            if not present[grams[(i, ends[0])]]:  # "Sri Lankan": a demonym, and no "Sri" inside it either
                i = ends[0]
                continue
            start, end = words[i][0], words[ends[0] - 1][1]
            at_start = bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
            found.append(Candidate(start, end, text[start:end], sentence_start=at_start))
            before, after = _joined_to_name(text, words, texts, i, ends[0])
            if before or after:
                found[-1].notes.append("part-of-run")  # "Tin" of "Tin Adrar Kel": maybe a piece of another name
            if before and after and not _title_cased(text, start) and pattern_after(text, end, language) is None:
                # "Saudi" of "Datu Saudi Ampatuan": surely a piece (not "Namhsan Manton Township": a kind of place)
                found[-1].notes.append("inside-run")
            i = ends[0]
    _split_routes(found, text, known_names, language)
    _add_entities(found, text, doc)
    found += unknown_names_after_patterns(text, found, language)
    found += _stopword_areas(text, found, known_names, language)
    _join_lower_case_part(found, text, known_names)
    language_name = language_after()
    found = [c for c in found if not language_name.match(text, c.end)]  # "English-speaking": a language's name
    titles = person_titles(language)
    outlet = outlet_after()
    for candidate in found:
        if _after_title(text, candidate.start, titles):
            candidate.notes.append("surname")  # "Mr Cameron", "M. Dolo", "le maire Sidibé": a person
        if outlet.match(text, candidate.end):
            candidate.notes.append("outlet")  # "the Great Lakes Wire desk", "Sahel Bureau": who reports
    for candidate in found:
        pattern = pattern_before(text, candidate.start, language)
        if pattern is None or pattern.rule == "in":  # "in Sherpur upazila": the words after say more
            pattern = pattern_after(text, candidate.end, language) or pattern
        if pattern is not None:
            candidate.hint = pattern.rule
            if candidate.rule != "route":  # "in the Eldoret-Kitale road": still a route's end
                candidate.rule = pattern.rule
    return sorted(found, key=lambda c: c.start)


# "Eldoret-Kitale", "Bathinda-Talwandi Sabo", "Mau Narok-Nairobi": names joined by hyphens, the first and the
# last of up to two words
_COMPOUND = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’]+ )?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+){1,2}"
                       r"(?: [A-ZÀ-Ý][\w'’]+)?(?![\w-])")


def _split_routes(found: list[Candidate], text: str, known_names: Callable[[list[str]], dict[str, bool]],
                  language: str) -> None:
    """ "the Eldoret-Kitale road", "l'axe Gao-Ansongo": a route between places the gazetteer knows, written as one
    hyphenated word the runs do not split. Each known end is a candidate (rule "route") in place of the names
    found inside it ("Sabo" of "Bathinda-Talwandi Sabo"); the first end is where ACLED codes such an event."""
    after, before = route_words(language)
    routes: list[tuple[int, int, list[list[tuple[int, int]]]]] = []
    for match in _COMPOUND.finditer(text):
        start, end = match.span()
        last_space = text.rfind(" ", start, end)
        if last_space > text.rfind("-", start, end) and after.match(text, last_space):
            end = last_space  # "the Mai Mahiu-Narok Highway": the route's word is not part of a name
        if not (after.match(text, end) or before.search(text, max(0, start - 24), start)):
            continue
        if any("-" in c.text and c.start < end and start < c.end for c in found):
            continue  # a name the gazetteer holds whole ("Bobo-Dioulasso road")
        parts = text[start:end].split("-")
        ends, offset = [], start
        for number, part in enumerate(parts):
            options = [(offset, offset + len(part))]
            if " " in part and number == 0:  # "Mau Narok-Nairobi", else "The Eldoret-Kitale road"
                options.append((offset + part.index(" ") + 1, offset + len(part)))
            elif " " in part and number == len(parts) - 1:  # "Bathinda-Talwandi Sabo", else its first word
                options.append((offset, offset + part.index(" ")))
            ends.append(options)
            offset += len(part) + 1
        routes.append((start, end, ends))
    if not routes:
        return
    known = known_names([cached_key(text[a:b]) for *_, ends in routes for options in ends for a, b in options])
    for start, end, ends in routes:
        named = [Candidate(a, b, text[a:b], rule="route") for a, b in (
            next((o for o in options if known.get(cached_key(text[o[0]:o[1]]))), (0, 0)) for options in ends)
            if b]
        if named:
            found[:] = [c for c in found if not (c.start < end and start < c.end)] + named
    found.sort(key=lambda c: c.start)


def _join_lower_case_part(found: list[Candidate], text: str,
                          known_names: Callable[[list[str]], dict[str, bool]]) -> None:
    """A name the gazetteer lacks that the next lower-case word completes: "Aguel hoc" (Aguelhok, written
    "Aguel Hoc" too). Only names found without the gazetteer (NER, place words) are tried, in one lookup."""
    joined: dict[int, tuple[int, str]] = {}
    for number, candidate in enumerate(found):
        if candidate.rule == "gazetteer":
            continue
        following = _LOWER_WORD.match(text, candidate.end)
        if following is not None:
            joined[number] = (following.end(), cached_key(text[candidate.start:following.end()]))
    if not joined:
        return
    known = known_names([key for _, key in joined.values()])
    for number, (end, key) in joined.items():
        if known.get(key):
            candidate = found[number]
            candidate.end, candidate.text = end, text[candidate.start:end]


_LOWER_WORD = re.compile(r" [a-zà-ÿ]{2,12}\b")
_LOWER_TAIL = re.compile(r"(?:-[a-zà-ÿ]+)+$")  # "-based", "-bound"; not "-en-Provence", which ends capitalised
# a hyphenated word with a lower-case tail, then up to two capitalised words ("Su-ngai Padi")
_TAILED_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*-[a-zà-ÿ]+)\b(?!-)((?: [A-ZÀ-Ý][\w'’]*){0,2})")


def _tailed_words(text: str) -> dict[str, set[str]]:
    """The keys of the text's hyphenated words with a lower-case tail, each with the keys of the names it may start
    alone or with the next capitalised words: a name the gazetteer may know whole ("Mukurwe-ini", "Ra-ngae",
    "Su-ngai Kolok"), or a name and a word ("Nairobi-based")."""
    names: dict[str, set[str]] = {}
    for match in _TAILED_WORD.finditer(text):
        word, rest = match.group(1), match.group(2).split()
        names.setdefault(cached_key(word), set()).update(
            cached_key(" ".join([word, *rest[:size]])) for size in range(len(rest) + 1))
    return names


def _gram_runs(text: str, whole: frozenset[str], stop: frozenset[str],
               ) -> list[tuple[list[tuple[int, int]], list[str], dict[tuple[int, int], str]]]:
    """The runs of capitalised words (`_runs`), each with the name keys of its word sequences (`_ngrams`)."""
    return [(words, texts, _ngrams(text, words, texts, stop)) for words, texts in _runs(text, whole)]


def _joined_keys(text: str, words: list[tuple[int, int]], texts: list[str]) -> dict[tuple[int, int], str]:
    """The keys of two words of a run written apart whose first is a short prefix ("Ol Moran", "Mto Panga"): names
    the gazetteer may hold joined ("Olmoran", "Mtopanga"); (start word, end word) -> key."""
    return {(i, i + 2): cached_key(texts[i] + texts[i + 1]) for i in range(len(words) - 1)
            if 2 <= len(texts[i]) <= 3 and texts[i].isalpha() and texts[i][0].isupper() and texts[i][1:].islower()
            and len(texts[i + 1]) >= 3 and texts[i + 1][0].isupper() and texts[i + 1].isalpha()
            and text[words[i][1]:words[i + 1][0]] in (" ", "-")}


def _add_joined_names(text: str, runs: list[tuple[list[tuple[int, int]], list[str], dict[tuple[int, int], str]]],
                      present: dict[str, bool], joined_names: Callable[[list[str]], set[str]]) -> None:
    """ "Ol Moran", the gazetteer's "Olmoran": two words a longer known name does not cover, looked up joined
    among the names of the analyst's country (`joined_names`), become a name of the run, resolved by its loose
    key."""
    pairs = [(grams, span, key) for words, texts, grams in runs
             for span, key in _joined_keys(text, words, texts).items()
             if not any(grams.get((span[0], end)) in present for end in range(span[1], span[0] + MAX_WORDS + 1))]
    known = joined_names(sorted({key for *_, key in pairs})) if pairs else set()
    for grams, span, key in pairs:
        if key in known:
            grams[span] = key
            present[key] = True


def _keys_without_tail(text: str, runs: list[tuple[list[tuple[int, int]], list[str],
                                                   dict[tuple[int, int], str]]]) -> set[str]:
    """The keys of the word sequences that end in a tailed word of runs read with every tailed word whole, that
    word cut before its tail ("Nairobi-based" -> "Nairobi"). A cut word ends its run, so these and the runs' own
    keys hold every key the runs may have once the gazetteer says which tails belong to names: one lookup."""
    keys = set()
    for words, _, _ in runs:
        for last, (start, end) in enumerate(words):
            if (tail := _LOWER_TAIL.search(text, start, end)) is not None and tail.start() > start:
                keys.update(cached_key(text[words[first][0]:tail.start()])
                            for first in range(max(0, last - MAX_WORDS + 1), last + 1))
    return keys


def _ngrams(text: str, words: list[tuple[int, int]], texts: list[str],
            stop: frozenset[str]) -> dict[tuple[int, int], str]:
    """Name keys of every word sequence of a run that could be a name: (start word, end word) -> key."""
    grams = {}
    last = len(words)
    connector = [t.lower() in _CONNECTORS for t in texts]
    for i in range(last):
        first = texts[i]
        if connector[i] and not (first[:1].isupper() and i + 1 < last):
            continue  # a connector starts a name only written capitalised: "El Wak", "La Paz", not "of Gao"
        if _ELIDED_WORD.match(first) or first.isdigit():
            continue  # "d'Ivoire" ends a name ("Côte d'Ivoire"), never starts one; nor does a number
        if (first[:2].isupper() and first[:2].isalpha() and not first.isupper()) or (("'" in first or "’" in first)
                                                            and _CONTRACTION.search(first)):
            continue  # "FAMa": an acronym; "We're": a contraction; not names
        for j in range(i + 1, min(last, i + MAX_WORDS) + 1):
            if (connector[j - 1] and not (j - 1 > i and texts[j - 1][:1].isupper())) or texts[j - 1].isdigit():
                continue  # "of Gao" ends no name, but a capitalised connector may: "Maguindanao del Sur"
            key = cached_key(text[words[i][0]:words[j - 1][1]])
            if j - i == 1 and (key in stop or len(key) < 2 or (first.isupper() and len(first) <= 2
                                                              and first != "US")):
                continue
            grams[(i, j)] = key
    return grams


def _add_entities(found: list[Candidate], text: str, doc: Doc | None) -> None:
    """Mark candidates with the NER label over them; add NER place entities the gazetteer run missed.
    `found` holds the gazetteer matches: in text order and apart, so the ones an entity overlaps are a slice."""
    if doc is None:
        return
    for candidate in found:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ not in ("PROPN", "X", ""):
            candidate.notes.append("common-word")  # "Commissioner", "Much", "Area" tagged as nouns etc.
    entities = doc.ents
    surnames = {ent[-1].text for ent in entities if ent.label_ in ("PERSON", "PER") and len(ent) > 1}
    matched = list(found)
    starts, ends = [c.start for c in matched], [c.end for c in matched]
    for ent in entities:
        label, ent_start, ent_end = ent.label_, ent.start_char, ent.end_char
        ent_text = text[ent_start:ent_end]
        if _BRACKET.search(ent_text):
            continue  # an entity across a bracket is mis-cut ("Kapkwen (Bomet"): it says nothing of the names in it
        overlapping = matched[bisect_right(ends, ent_start):bisect_left(starts, ent_end)]
        overlapping += [c for c in found[len(matched):] if c.start < ent_end and ent_start < c.end]
        if label in ("ORG", "FAC") and institution_words().search(ent_text):
            for candidate in overlapping:  # "University of Nairobi": the institution stands in Nairobi
                candidate.notes.append("institution")
            continue
        listed = _is_list(overlapping, text)
        for candidate in overlapping:
            if candidate.ner == "" or (ent_start <= candidate.start and candidate.end <= ent_end):
                candidate.ner = label
                if label in NON_PLACE_LABELS and not listed:
                    # a name in a person's or organisation's name; but a list of names joined by "and" or
                    # commas is a list of places the model mis-tagged ("Tillabéri and Ayorou" as ORG)
                    candidate.notes.append("tagged-other")
                if not listed and _inside_name(candidate, label, ent_start, ent_end, text):
                    candidate.notes.append("inside-name")
                elif label == "MISC" and _after_unknown_name(candidate, ent_start, text, overlapping):
                    candidate.notes.append("tagged-other")  # "l'hôpital Somilo Dolo": a person's name
        if label in PLACE_LABELS and not overlapping:
            start, end = ent_start, ent_end
            if text[start:end].lower().startswith("the "):
                start += 4
            if (elided := _ELIDED_END.search(text, start, end)) is not None:
                end = elided.start()  # "Ogossagou qu'" (ils trouvaient...): the name ends before the elision
            if end > start and text[start].isupper():
                found.append(Candidate(start, end, text[start:end], rule="ner", ner=label))
    for candidate in matched:
        if candidate.text in surnames and candidate.ner not in PLACE_LABELS:
            # "Smith said" after "John Smith"; but not "Egypt" tagged a place after "Rethinking Egypt" as a person
            candidate.notes.append("surname")


def _is_list(candidates: list[Candidate], text: str) -> bool:
    """Several names joined only by "and", "or", "et", "ou" or commas."""
    if len(candidates) < 2:
        return False
    ordered = sorted(candidates, key=lambda c: c.start)
    gaps = [text[a.end:b.start] for a, b in zip(ordered, ordered[1:], strict=False)]
    return all(gap.strip(" ,").lower() in ("and", "or", "et", "ou") or gap.strip(" ") == "," for gap in gaps)


def _after_unknown_name(candidate: Candidate, start: int, text: str, others: list[Candidate]) -> bool:
    """Inside an entity of no place label, right after a capitalised word no place bears: a given name then a
    surname ("Somilo Dolo"), not a place the model left untyped."""
    before = _NAME_BEFORE.search(text, start, candidate.start)
    return before is not None and not any(o.end == before.end(1) for o in others if o is not candidate)


_ELIDED_END = re.compile(r"\s+(?:qu|[dlsnjmtc])['’]$")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-zà-ÿ]+)\s+$")


def _inside_name(candidate: Candidate, label: str, start: int, end: int, text: str) -> bool:
    """One word inside a longer person's name ("Henry" in "Chiquita Henry"), or inside an organisation's name
    after its first word ("Florence" in "the Armed Forces Florence Parly"; but "Alexandria Police" keeps it)."""
    if " " in candidate.text or (start, end) == (candidate.start, candidate.end):
        return False
    if label in ("PERSON", "PER"):
        return True
    if label == "ORG":
        first = start + 4 if text[start:end].lower().startswith("the ") else start
        return candidate.start > first
    return False


def unknown_names_after_patterns(text: str, found: list[Candidate], language: str,
                                 rules: frozenset[str] | set[str] | None = None) -> list[Candidate]:
    """Capitalised names the gazetteer lacks, after words that say a place follows ("the village of X",
    "near X", "la commune de X"; or after the phrases of other `rules`): recognised, left for resolution to
    place by their region."""
    rules = _STRONG_RULES if rules is None else rules
    taken = sorted((c.start, c.end) for c in found)
    starts = [s for s, _ in taken]
    extra = []
    for match in _CAPITALISED_NAME.finditer(text):
        start, end = match.span()
        nearest = bisect_left(starts, end) - 1  # the last name starting before this one ends
        if (nearest >= 0 and taken[nearest][1] > start) or not (
                text[start - 1:start].isspace() or text[start - 1:start] in ("'", "’")):
            continue  # taken, or not after a phrase (every phrase ends in a word, then a space or "d'")
        pattern = pattern_before(text, start, language)
        if pattern is not None and pattern.rule in rules and pattern.phrase not in groups_follow() \
                and name_key(match.group()) not in stopwords():
            extra.append(Candidate(start, end, match.group(), rule=pattern.rule, hint=pattern.rule))
    return extra


def _stopword_areas(text: str, found: list[Candidate], known_names: Callable[[list[str]], dict[str, bool]],
                    language: str) -> list[Candidate]:
    """Names the stopword list keeps out ("Unity") that the next word, in lower case, says are an admin area:
    "Unity state" names a place, not a word. Capitalised, the kind word mostly ends an institution's name ("the
    Islamic State", "Police Department", "Seoul Central District Court": GeoWebNews precision .720 -> .717); a
    sentence's first word is any word ("But county policy": "But" is a place in the gazetteer)."""
    stop = stopwords()
    spans = []
    for match in _CAPITALISED_WORD.finditer(text):
        start, end = match.span()
        if name_key(match.group()) not in stop or match.group().lower() in _ARTICLES:
            continue  # most capitalised words: no pattern to read after them
        pattern = pattern_after(text, end, language)
        if pattern is not None and pattern.rule in _AREA_RULES \
                and text[end + 1:end + 1 + len(pattern.phrase)].islower() \
                and not _PRECEDING_NAME.search(text, max(0, start - 40), start) \
                and not _SENTENCE_END.search(text[max(0, start - 3):start]) \
                and not any(c.start < end and start < c.end for c in found):
            spans.append((start, end))
    if not spans:
        return []
    present = known_names([name_key(text[s:e]) for s, e in spans])
    return [Candidate(s, e, text[s:e]) for s, e in spans if present.get(name_key(text[s:e]))]


_STRONG_RULES = {"village-of", "region-of", "district-of", "near"}
_AREA_RULES = {"region-of", "district-of"}
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
# a capitalised word right before: part of a longer name; not an adjective with a lower-case tail ("the
# English-speaking Northwest region") nor a possessive ("Cameroon's Northwest region")
_PRECEDING_NAME = re.compile(r"[A-Z][\w'’]*(?:-[A-Z0-9][\w'’]*)*(?<!['’]s) $")
# The capital first, then the look-behinds (a pattern opening with a character class is scanned for fast): not
# inside a word, unless after an elision ("près d'Inatès").
_CAPITALISED_NAME = re.compile(r"[A-Z](?:(?<![\w'’-].)|(?<=\b[dl]['’].)|(?<=qu['’].))"
                               r"[\w'’]*(?:-[\w'’]+)*(?: [A-Z][\w'’]*(?:-[\w'’]+)*){0,2}", re.UNICODE)
