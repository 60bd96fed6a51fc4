"""Finding actors in text: the matcher half of the actor knowledge base (see `actor_kb` for the data half).

One Aho-Corasick automaton runs over an accent- and case-folded copy of the text (so adding an alias never costs
speed) plus a few regexes for demonym and country-name patterns; acronyms ("IS", "CMA", "FAMa") are then
checked against the original case, and each winning phrase is read alone (`_resolve`). `mention_context` then
settles what a mention means from its neighbours and is where `find_mentions` lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import ahocorasick
from unidecode import unidecode

from sitrep.models import ActorRef, Evidence

if TYPE_CHECKING:
    from sitrep.extract.actor_files import ActorEntry, CountryInfo

# Short acronyms match in their own case only: "IS", "CMA", "LeT", "JeI" (not "is", "let").
AUTO_CASE_SENSITIVE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2}|[A-Z0-9\-]{1,2}$)[A-Za-z0-9\-/&.()]{1,5}$")
_SPACES = re.compile(r" +")
_SPACE_RUNS = re.compile(r" {2,}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&/()-]{1,7}")  # "KRA", "NSCN(K)": capitals only, no word of lower case
_LONG_ACRONYM = 6  # letters from which an acronym is no chance likeness of another continent's
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})

# Which candidate wins when two readings cover the very same span.
_PRIORITY = {
    "by_country": 4,
    "actor": 3,
    "demonym": 2,
    "ethnic": 2,
    "ethnic-civilians": 2,
    "role": 1,
    "ethnic-bare": 1,
    "crowd": 0,
}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: the span, what it resolved to, and why.

    `generic` is True when the words name only a category ("the army", "villageois") and the country came
    from the report's context rather than the words themselves.
    """

    start: int
    end: int
    text: str
    ref: ActorRef
    generic: bool
    rule: str

    def with_evidence(self, article_id: str, quote: str) -> ActorRef:
        """The ref with Evidence pointing at this span of the article."""
        evidence = Evidence(article_id=article_id, start=self.start, end=self.end, quote=quote, rule=self.rule)
        return self.ref.model_copy(update={"evidence": evidence})


@dataclass(frozen=True, slots=True)
class _Reading:
    """What an automaton key may mean."""

    kind: str  # "actor", "role", "demonym", "ethnic", "ethnic-civilians", "ethnic-bare", "by_country", "crowd"
    target: str  # actor name, role name, ethnic group name, or by_country group
    countries: tuple[str, ...] = ()  # the country the words name (demonym, ethnic group); empty: from context
    exact: str | None = None  # the original spelling when case must match
    jihadist_word: bool = False
    language: str | None = None  # category words are read in their own language only ("militants")
    victim_word: bool = False  # a crowd word that names victims in a casualty sentence ("people")
    rebel_word: bool = False  # "the rebels": the one rebel group the text names (`mention_context`)


@dataclass(slots=True)
class Candidate:
    start: int  # offsets in the original text
    end: int
    reading: _Reading
    folded_start: int


# --- folding -------------------------------------------------------------------------------------------------


@cache
def _fold_char(ch: str) -> str:
    if ch in "-‐‑–—_/":
        return " "
    ch = ch.translate(APOSTROPHES)
    folded = unidecode(ch)
    return folded.lower() if len(folded) == 1 else ch.lower()


def fold(text: str) -> str:
    """Case, accents, hyphens and runs of spaces folded; the form aliases are matched in."""
    return _SPACES.sub(" ", "".join(" " if ch.isspace() else _fold_char(ch) for ch in text)).strip()


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in `text` (whitespace runs become one space)."""
    folded = "".join(" " if ch.isspace() else _fold_char(ch) for ch in text)  # one character per character
    offsets: list[int] = []
    kept = 0
    for run in _SPACE_RUNS.finditer(folded):
        offsets.extend(range(kept, run.start() + 1))
        kept = run.end()
    offsets.extend(range(kept, len(text)))
    return _SPACE_RUNS.sub(" ", folded), offsets


class MentionMatcher:
    """The matching methods of `ActorKB` (a mixin: the knowledge base supplies the attributes below)."""

    countries: list[CountryInfo]
    entries: dict[str, ActorEntry]
    borders: set[frozenset[str]]  # pairs of neighbouring countries
    _generic: dict[str, Any]
    _ethnic: dict[str, Any]
    _automaton: ahocorasick.Automaton | None
    _regexes: list[re.Pattern[str]] | None
    _locals: dict[str, dict[str, str]] | None  # generic.yaml `local_words`, folded: country -> word -> target

    def role(self, role: str, country: str | None) -> ActorRef:
        raise NotImplementedError

    def country(self, name_or_demonym: str) -> CountryInfo | None:
        raise NotImplementedError

    def inter_code(self, ref: ActorRef, event_country: str | None) -> int | None:
        raise NotImplementedError

    @staticmethod
    def _ethnic_name(group: dict[str, Any], country: str) -> str:
        raise NotImplementedError

    @staticmethod
    def contingent_name(mission: str, country: str) -> str:
        raise NotImplementedError

    def _readings(self) -> Iterator[tuple[str, _Reading]]:
        """Every phrase the matcher knows, with what it means."""
        for entry in self.entries.values():
            for alias in {entry.name, *entry.aliases}:
                exact = alias if alias in entry.case_sensitive or AUTO_CASE_SENSITIVE.match(alias) else None
                yield alias, _Reading("actor", entry.name, exact=exact)
        jihadist = {fold(w) for words in self._generic["jihadist_words"].values() for w in words}
        rebel = {fold(w) for words in self._generic["rebel_words"].values() for w in words}
        for language, words_by_role in self._generic["mentions"].items():
            for role, words in words_by_role.items():
                for word in words:
                    exact = word if AUTO_CASE_SENSITIVE.match(word) else None
                    yield word, _Reading("role", role, (), exact, fold(word) in jihadist, language,
                                         rebel_word=fold(word) in rebel)
        for group, spec in self._generic["by_country"].items():
            for words in spec.get("words", {}).values():
                for word in words:
                    yield word, _Reading("by_country", group)
        victims = {fold(w) for ws in self._generic["victim_words"].values() for w in ws}
        for language, words in self._generic["crowd_words"].items():
            for word in words:
                yield word, _Reading("crowd", "protesters", language=language, victim_word=fold(word) in victims)
        yield from self._ethnic_readings()

    def _patterns(self) -> list[re.Pattern[str]]:
        """Regexes over folded text for a role word with a demonym or a country name: "Malian troops",
        "Mali's army", "the army of Mali", "soldats maliens", "l'armee du Mali"."""
        if self._regexes is None:
            self._place_of: dict[str, str] = {}
            dem_en: set[str] = set()
            dem_fr: set[str] = set()
            names_en: set[str] = set()
            names_fr: set[str] = set()
            for info in self.countries:
                for group, values in (
                    (dem_en, info.demonyms_en),
                    (dem_fr, info.demonyms_fr),
                    (names_en, (info.name, *info.aliases)),
                    (names_fr, (info.name_fr,)),
                ):
                    for value in values:
                        key = fold(value)
                        if len(key) > 2:
                            self._place_of.setdefault(key, info.name)
                            group.add(key)
            self._jihadist_words = {fold(w) for ws in self._generic["jihadist_words"].values() for w in ws}
            self._role_of: dict[str, str] = {}
            words: dict[str, set[str]] = {"en": set(), "fr": set()}
            for language, by_role in self._generic["demonym_words"].items():
                for role, role_words in by_role.items():
                    for word in role_words:
                        self._role_of.setdefault(fold(word), role)
                        words[language].add(fold(word))

            def alt(keys: Iterable[str]) -> str:
                return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))

            en, fr = alt(words["en"]), alt(words["fr"])
            shapes = [
                f"(?P<place>{alt(dem_en)}) (?P<word>{en})",
                f"(?P<place>{alt(names_en)})(?:'s)? (?P<word>{en})",
                f"(?P<word>{en}) of (?:the )?(?P<place>{alt(names_en)})",
                f"(?P<word>{fr}) (?P<place>{alt(dem_fr)})",
                f"(?P<word>{fr}) (?:du |de la |de l'|des |de |d')(?P<place>{alt(names_fr)})",
                # the country of two that the shapes above leave out names a side of its own ("Pakistani and
                # Indian troops", "troops of India and Pakistan", "soldats maliens et burkinabè"): its name is the span
                f"(?P<side>(?P<place>{alt(dem_en)})) and (?:{alt(dem_en)}) (?P<word>{en})",
                f"(?P<word>{en}) of (?:the )?(?:{alt(names_en)}) and (?P<side>(?P<place>{alt(names_en)}))",
                f"(?P<word>{fr}) (?:{alt(dem_fr)}) et (?P<side>(?P<place>{alt(dem_fr)}))",
            ]
            self._regexes = [re.compile(f"(?<![a-z0-9])(?:{shape})(?![a-z0-9])") for shape in shapes]
            endings = "(?:s|es|ed|d|ing|ers?|e|ent|ée?s?|ions?)?"
            self._protest, self._riot, self._casualty = (
                re.compile(
                    f"(?<![a-z0-9])(?:{alt(fold(w) for ws in self._generic[k].values() for w in ws)})"
                    f"{endings}(?![a-z0-9])"
                )
                for k in ("protest_words", "riot_words", "casualty_words")
            )
            verbs = self._ethnic["attack_verbs"]
            self._attack = re.compile(
                f"(?:(?:{alt(fold(w) for ws in verbs['auxiliaries'].values() for w in ws)}) )*"
                f"(?:{alt(fold(w) for ws in verbs['verbs'].values() for w in ws)})(?![a-z0-9])"
            )
            self._conjoined_attack = re.compile(f"(?:and|et) (?:[\\w'-]+ ){{1,3}}?{self._attack.pattern}")
        return self._regexes

    def _attacks_next(self, after: str) -> bool:
        """Whether the words after a mention make it the attacker: "Fulani herders attacked ...", also as the first
        of two subjects ("Arab herders and Masalit farmers clashed")."""
        self._patterns()
        folded = fold(after[:80])
        return self._attack.match(folded) is not None or self._conjoined_attack.match(folded) is not None

    def _pattern_candidates(self, folded: str, offsets: list[int]) -> Iterator[Candidate]:
        for regex in self._patterns():
            for match in regex.finditer(folded):
                role, word = self._role_of[match["word"]], match["word"]
                jihadist = role == "unidentified" and word in self._jihadist_words
                reading = _Reading("demonym", role, (self._place_of[match["place"]],), jihadist_word=jihadist)
                start, end = match.span("side") if "side" in regex.groupindex else match.span()
                if folded[:start].endswith(("anti ", "anti")):
                    continue  # "anti-China protesters" name the crowd's target, not its nationality
                yield Candidate(offsets[start], offsets[end - 1] + 1, reading, start)

    def _ethnic_readings(self) -> Iterator[tuple[str, _Reading]]:
        militia = self._ethnic["militia_words"]
        civilian = self._ethnic["civilian_words"]
        jihadist = {fold(w) for ws in self._generic["jihadist_words"].values() for w in ws}
        # "Somali militants" are al Shabaab's, "Somali bandits" the armed group of Somalia (the demonym's): a people
        # named like a nation is its militia only with militia words ("Somali militia", "Somali clansmen")
        armed = jihadist | {fold(w) for w in self._generic["demonym_words"]["en"]["unidentified"]}
        for group in self._ethnic["groups"]:
            countries = tuple(group["countries"])
            militia_reading = _Reading("ethnic", group["name"], countries)
            civilian_reading = _Reading("ethnic-civilians", group["name"], countries)
            bare_en = _Reading("ethnic-bare", group["name"], countries, language="en")
            bare_fr = _Reading("ethnic-bare", group["name"], countries, language="fr")
            for name in group.get("en", []):
                # a bare name is a side only where `_keep_bare_ethnic` finds it fighting ("Kalenjin and Maasais")
                yield name, bare_en
                if not name.endswith("s"):
                    yield f"{name}s", bare_en
                national = self.country(name) is not None
                for word in militia["en"]:
                    if not (national and fold(word) in armed):
                        yield f"{name} {word}", militia_reading
                for word in civilian["en"]:
                    yield f"{name} {word}", civilian_reading
            for name in group.get("fr", []):
                yield name, bare_fr
                for word in militia["fr"]:
                    yield f"{word} {name}", militia_reading
                for word in civilian["fr"]:
                    yield f"{word} {name}", civilian_reading

    def _matcher(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            table: dict[str, list[_Reading]] = {}
            for phrase, reading in self._readings():
                key = fold(phrase)
                if key:
                    bucket = table.setdefault(key, [])
                    if reading not in bucket:
                        bucket.append(reading)
            automaton = ahocorasick.Automaton()
            for key, readings in table.items():
                automaton.add_word(key, (len(key), tuple(readings)))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def _chosen(self, text: str, language: str, context: str | None) -> tuple[str, list[int], list[Candidate]]:
        """The folded text, its offsets into `text`, and the readings that win their spans, in text order. Of
        two actors sharing an alias, the one of the report's country `context` wins ("ANP" in Pakistan)."""
        folded, offsets = _fold_with_offsets(text)
        candidates: list[Candidate] = []
        for end_index, (length, readings) in self._matcher().iter(folded):
            start = end_index - length + 1
            if (start > 0 and folded[start - 1].isalnum()) or (
                end_index + 1 < len(folded) and folded[end_index + 1].isalnum()
            ):
                continue
            o_start, o_end = offsets[start], offsets[end_index] + 1
            original = re.sub(r"\s+", " ", text[o_start:o_end]).replace("’", "'")
            fitting = [
                r for r in readings if (r.exact is None or r.exact == original) and r.language in (None, language)
                and not self._acronym_abroad(r, original, context)
            ]
            if fitting:
                best = max(fitting, key=lambda r: (_PRIORITY[r.kind], self._of_country(r, context)))
                candidates.append(Candidate(o_start, o_end, best, start))
        candidates.extend(self._pattern_candidates(folded, offsets))
        chosen: list[Candidate] = []
        taken = bytearray(len(text))
        for cand in sorted(candidates, key=lambda c: (c.start - c.end, -_PRIORITY[c.reading.kind], c.start)):
            if taken.find(1, cand.start, cand.end) == -1:
                chosen.append(cand)
                taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.sort(key=lambda c: c.start)
        return folded, offsets, chosen

    def _acronym_abroad(self, reading: _Reading, words: str, country: str | None) -> bool:
        """Whether `words` are a group's acronym and the group is of another continent than the report: "KRA" in a
        Kenyan report is the Kenya Revenue Authority, not India's Kuki Revolutionary Army. Chance likenesses are of
        short acronyms: a long one ("AFRICOM", "MINUSMA") names its body wherever it acts."""
        if reading.kind != "actor" or country is None or not _ACRONYM.fullmatch(words) or len(words) >= _LONG_ACRONYM:
            return False
        home, here = self.entries[reading.target].country, self.country(country)
        there = self.country(home) if home else None
        return here is not None and there is not None and there.continent != here.continent

    def _of_country(self, reading: _Reading, country: str | None) -> bool:
        return reading.kind == "actor" and country is not None and self.entries[reading.target].country == country

    def _resolve(self, cand: Candidate, text: str, context: CountryInfo | None) -> ActorMention:
        reading, words = cand.reading, text[cand.start : cand.end]
        context_name = context.name if context else None
        generic = False
        branch = self._branch(reading, context_name)
        if branch is not None:
            ref, rule = branch
        elif reading.kind == "actor":
            ref, rule = self.entries[reading.target].ref(), "actor:alias"
        elif reading.kind == "by_country":
            spec = self._generic["by_country"][reading.target]
            target = spec["countries"].get(context_name, spec["default"])
            generic = context is not None and not spec.get("named", False)
            ref, rule = self.entries[target].ref(), f"actor:by-country:{reading.target}"
        elif reading.kind in ("ethnic", "ethnic-civilians", "ethnic-bare"):
            group = next(g for g in self._ethnic["groups"] if g["name"] == reading.target)
            place = context_name if context_name in reading.countries else reading.countries[0]
            ref, rule = self.entries[self._ethnic_name(group, place)].ref(), "actor:ethnic-group"
            if reading.kind == "ethnic-civilians" and not self._attacks_next(text[cand.end :]):
                # a people not listed for the report's country lives there too ("Muslim residents" in Thailand)
                ref, rule = self.role("civilians", context_name or place), "actor:ethnic-group:civilians"
        elif reading.kind == "demonym":
            place = context_name if context_name in reading.countries else reading.countries[0]
            ref, rule = self.role(reading.target, place), f"actor:demonym:{reading.target}"
            neighbour = frozenset((place, context_name or "")) in self.borders
            if reading.target == "civilians" and context_name and place != context_name and not neighbour:
                # foreign nationals hurt abroad: a neighbour's are its civilians ("Somali refugees" in Kenya), others
                # ACLED's international civilians ("French hostages")
                ref, rule = self.entries["Civilians (International)"].ref(), "actor:demonym:foreign-civilians"
        else:  # category words and crowd words
            ref, rule, generic = self.role(reading.target, context_name), f"actor:generic:{reading.target}", True
        if reading.kind in ("role", "demonym"):
            local = self.local_word(words, ref.country)
            if local is not None:
                ref, rule = local, f"actor:local-word:{ref.country}"
        contingent = self._contingent(ref, context_name)
        if contingent is not None:
            ref, rule = contingent, "actor:mission-contingent"
        ref = ref.model_copy(update={"mention": words, "inter_code": self.inter_code(ref, context_name)})
        return ActorMention(cand.start, cand.end, words, ref, generic, rule)

    def local_word(self, words: str, country: str | None) -> ActorRef | None:
        """What a category word ending `words` names in `country` when it differs there (generic.yaml
        `local_words`: "rangers" in Thailand are its army, "prison warders" in Kenya the police's unit); else None."""
        if self._locals is None:
            self._locals = {
                where: {fold(word): target for target, ws in by_target.items() for word in ws}
                for where, by_target in (self._generic.get("local_words") or {}).items()
            }
        table, folded = self._locals.get(country or "", {}), fold(words)
        target = next((t for w, t in table.items() if folded == w or folded.endswith(f" {w}")), None)
        if target is None:
            return None
        return self.role(target, country) if target in self._generic["roles"] else self.entries[target].ref()

    def _branch(self, reading: _Reading, context_name: str | None) -> tuple[ActorRef, str] | None:
        """The local branch ACLED codes an international group by in the report's country ("IS" in a Mali report is
        Islamic State Sahel, "Al Qaeda" in a Pakistan report AQIS): generic.yaml `by_country` specs with `branch_of`."""
        if reading.kind != "actor":
            return None
        for spec in self._generic["by_country"].values():
            if "branch_of" in spec and reading.target == spec["default"] and context_name in spec["countries"]:
                return self.entries[spec["countries"][context_name]].ref(), f"actor:{spec['branch_of']}-branch"
        return None

    def _contingent(self, ref: ActorRef, context_name: str | None) -> ActorRef | None:
        """A foreign army in the report's country as its contingent of the mission ACLED names there ("Ethiopian
        troops" in Somalia: "AMISOM: African Union Mission in Somalia (Ethiopia)"); None for other actors."""
        spec = self._generic.get("mission_contingents", {}).get(context_name or "")
        if spec is None or ref.country is None or ref.country not in spec["countries"] \
                or not ref.name.startswith("Military Forces of"):
            return None
        return self.entries[self.contingent_name(spec["mission"], ref.country)].ref()
