"""The actor knowledge base: who a report names, resolved to ACLED-style actors, in English and French.

The knowledge lives in YAML under `extract/data/actors/` (countries, generic per-country categories, ethnic
groups, one file of named actors per region) plus any `*.yaml` in `settings.data_dir() / "actors"`; the
README there explains the resolution rules. `find_mentions` runs one Aho-Corasick automaton over an accent-
and case-folded copy of the text (so adding an alias never costs speed) plus a few regexes for demonym and
country-name patterns; acronyms ("IS", "CMA", "FAMa") are then checked against the original case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml
from unidecode import unidecode

from sitrep import settings
from sitrep.models import ActorRef, Evidence

DATA_DIR = Path(__file__).parent / "data" / "actors"

# ACLED codebook: actor type -> inter code (1..8).
_TYPES = (
    "State forces|Rebel group|Political militia|Identity militia|Rioters|Protesters|Civilians|External/Other forces"
)
INTER_CODES: dict[str, int] = {name: code for code, name in enumerate(_TYPES.split("|"), start=1)}

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the country file is large
_DATES = re.compile(r"\(\s*(?:\d{4})?\s*[-–]\s*(?:\d{4})?\s*\)|\(\s*\d{4}\s*\)")
_ACRONYM_PREFIX = re.compile(r"^[^:]{1,25}:\s+(?=\S)")
# Short acronyms match in their own case only: "IS", "CMA", "LeT", "JeI" (not "is", "let").
_AUTO_CASE_SENSITIVE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2}|[A-Z0-9\-]{1,2}$)[A-Za-z0-9\-/&.()]{1,5}$")
_SENTENCE_END = re.compile(r"[.!?]+[\s\"'”»)]+|\n\s*\n")
_SPACES = re.compile(r" +")
_SPACE_RUNS = re.compile(r" {2,}")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})

# Between an armed-men word and a group's name: "combattants de l'EIGS", "fighters of the ...".
_OF = {"", "of", "of the", "from", "from the", "de", "du", "des", "de l'", "d'", "de la"}
_ARMED_ROLES = {"unidentified", "communal", "ethnic", "clan"}
# Between two groups named together ("linked to al-Qaeda and ISIS", "AQMI (Aqmi) ou au groupe EI").
_FR_PREPOSITIONS = ("", "a", "a l'", "au", "aux", "de", "d'", "du", "des")
_AND = {"", "and", "and the", "or", "or the", "as well as"} | {
    f"{conj} {prep}".strip() for conj in ("et", "ou") for prep in _FR_PREPOSITIONS
}
# Which candidate wins when two readings cover the very same span.
_PRIORITY = {"by_country": 4, "actor": 3, "demonym": 2, "ethnic": 2, "ethnic-civilians": 2, "role": 1, "crowd": 0}


class ActorKBError(ValueError):
    """A knowledge-base file that cannot be read; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class CountryInfo:
    name: str  # ACLED-style English name: "Democratic Republic of Congo"
    name_fr: str
    iso2: str
    iso3: str
    isonum: int
    continent: str
    aliases: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()
    demonyms_fr: tuple[str, ...] = ()
    article: str = ""  # "the": ACLED writes "Military Forces of the United States"


@dataclass(slots=True)
class ActorEntry:
    """One named actor of the knowledge base."""

    name: str
    actor_type: str | None
    country: str | None = None
    active: str | None = None
    jihadist: bool = False
    aliases: list[str] = field(default_factory=list)
    case_sensitive: set[str] = field(default_factory=set)
    source: str = ""

    def ref(self, mention: str | None = None) -> ActorRef:
        return ActorRef(
            name=self.name,
            actor_type=self.actor_type,
            inter_code=INTER_CODES.get(self.actor_type or ""),
            country=self.country,
            mention=mention,
        )


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

    kind: str  # "actor", "role", "demonym", "ethnic", "ethnic-civilians", "by_country", "crowd"
    target: str  # actor name, role name, ethnic group name, or by_country group
    countries: tuple[str, ...] = ()  # the country the words name (demonym, ethnic group); empty: from context
    exact: str | None = None  # the original spelling when case must match
    jihadist_word: bool = False
    language: str | None = None  # category words are read in their own language only ("militants")
    victim_word: bool = False  # a crowd word that names victims in a casualty sentence ("people")


@dataclass(slots=True)
class _Candidate:
    start: int  # offsets in the original text
    end: int
    reading: _Reading
    folded_start: int


# --- folding -------------------------------------------------------------------------------------------------


@cache
def _fold_char(ch: str) -> str:
    if ch in "-‐‑–—_/":
        return " "
    ch = ch.translate(_APOSTROPHES)
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


@lru_cache(maxsize=1 << 16)
def normalise_actor_name(name: str) -> str:
    """A key for comparing actor names: ACLED date suffixes and "ACRONYM: " prefixes dropped, case, accents,
    punctuation and doubled letters folded. "Police Forces of Kenya (2013-)" == "Police Forces of Kenya";
    "Al Shabaab" == "al-Shabab"; "JNIM: Group for Support of Islam and Muslims" == "Group for Support of ..."."""
    name = _DATES.sub(" ", name.translate(_APOSTROPHES))
    name = _ACRONYM_PREFIX.sub("", name.strip())
    name = unidecode(name).lower().replace("'", "")
    name = _NON_ALNUM.sub(" ", name).replace(" of the ", " of ")
    name = _DOUBLED.sub(r"\1", name).strip()
    return name[4:] if name.startswith("the ") else name


def _country_key(name: str) -> str:
    """Country names and codes folded, doubled letters kept (so "SSD", South Sudan, is not "SD", Sudan)."""
    key = _NON_ALNUM.sub(" ", unidecode(name.translate(_APOSTROPHES)).lower().replace("'", "")).strip()
    return key[4:] if key.startswith("the ") else key


# --- loading -------------------------------------------------------------------------------------------------


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ActorKBError(f"{path}: cannot read actor file: {exc}") from exc
    if not isinstance(data, dict):
        raise ActorKBError(f"{path}: expected a mapping at the top (e.g. `actors:`), got {type(data).__name__}")
    return data


def _str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
        raise ActorKBError(f"{where}: expected a list of names (quote yes/no/on/off), got {value!r}")
    return [str(v) for v in value]


def _parse_actor(raw: Any, where: str) -> ActorEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ActorKBError(f"{where}: each actor needs a `name` (got {raw!r})")
    actor_type = raw.get("type")
    if actor_type is not None and actor_type not in INTER_CODES:
        raise ActorKBError(f"{where} ({raw['name']}): unknown type {actor_type!r}; use one of {list(INTER_CODES)}")
    aliases_raw = raw.get("aliases") or {}
    if isinstance(aliases_raw, dict):
        aliases = [a for lang in aliases_raw.values() for a in _str_list(lang, where)]
    else:
        aliases = _str_list(aliases_raw, where)
    aliases = list(dict.fromkeys(aliases))
    return ActorEntry(
        name=raw["name"],
        actor_type=actor_type,
        country=raw.get("country"),
        active=str(raw["active"]) if raw.get("active") is not None else None,
        jihadist=bool(raw.get("jihadist", False)),
        aliases=aliases,
        case_sensitive=set(_str_list(raw.get("case_sensitive"), where)),
        source=where,
    )


@cache
def _packaged() -> tuple[list[CountryInfo], dict[str, Any], dict[str, Any], list[tuple[Path, dict[str, Any]]]]:
    """The packaged files, parsed once per process (several knowledge bases may be built from them)."""
    with (DATA_DIR / "countries.yaml").open(encoding="utf-8") as fh:
        rows = yaml.load(fh, Loader=_LOADER)
    # YAML rows have untyped values; the dataclass fields name what each must be
    countries = [CountryInfo(**{k: tuple(v) if isinstance(v, list) else v for k, v in c.items()}) for c in rows]  # type: ignore[arg-type]
    regional = sorted(p for p in DATA_DIR.glob("*.yaml") if p.stem not in {"countries", "generic", "ethnic"})
    return (
        countries,
        _read_yaml(DATA_DIR / "generic.yaml"),
        _read_yaml(DATA_DIR / "ethnic.yaml"),
        [(p, _read_yaml(p)) for p in regional],
    )


# --- the knowledge base --------------------------------------------------------------------------------------


class ActorKB:
    """Countries, named actors and generic categories, with a matcher over all their names."""

    def __init__(self, countries: list[CountryInfo], generic: dict[str, Any], ethnic: dict[str, Any]) -> None:
        self.countries = countries
        self.roles: dict[str, dict[str, str]] = generic["roles"]
        self._generic = generic
        self._ethnic = ethnic
        self.entries: dict[str, ActorEntry] = {}
        self._country_keys: dict[str, CountryInfo] = {}
        for info in countries:
            for name in (
                info.name,
                info.name_fr,
                *info.aliases,
                info.iso2,
                info.iso3,
                *info.demonyms_en,
                *info.demonyms_fr,
            ):
                self._country_keys.setdefault(_country_key(name), info)
        self._by_key: dict[str, str] = {}
        self._canonical_keys: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._regexes: list[re.Pattern[str]] | None = None
        self._lookups: dict[str, ActorRef | None] = {}

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> ActorKB:
        """The packaged knowledge base plus `paths` (default: every *.yaml in `settings.data_dir()/actors`)."""
        countries, generic, ethnic, packaged = _packaged()
        kb = cls(countries, generic, ethnic)
        kb._add_generated()
        if paths is None:
            user_dir = settings.data_dir() / "actors"
            paths = sorted(user_dir.glob("*.yaml")) if user_dir.is_dir() else []
        for path, data in [*packaged, *((Path(p), _read_yaml(Path(p))) for p in paths)]:
            for i, raw in enumerate(data.get("actors") or []):
                kb.add(_parse_actor(raw, f"{path}: actor {i + 1}"))
        return kb

    def add(self, entry: ActorEntry) -> None:
        """Add an actor; an entry with a known name adds its aliases and overrides the fields it sets."""
        known = self.entries.get(entry.name) or self._entry(entry.name)
        if known is None:
            if entry.actor_type is None:
                raise ActorKBError(f"{entry.source} ({entry.name}): a new actor needs a `type`")
            self.entries[entry.name] = entry
        else:
            names = [entry.name, *entry.aliases] if entry.name != known.name else entry.aliases
            known.aliases.extend(a for a in names if a not in known.aliases)
            known.case_sensitive |= entry.case_sensitive
            known.actor_type = entry.actor_type or known.actor_type
            known.country = entry.country or known.country
            known.active = entry.active or known.active
            known.jihadist = known.jihadist or entry.jihadist
        self._index(self.entries[entry.name] if known is None else known)
        self._automaton = None
        self._lookups.clear()

    def _index(self, entry: ActorEntry) -> None:
        """Make `lookup` find the entry; a canonical name outranks another actor's alias."""
        key = normalise_actor_name(entry.name)
        if key not in self._canonical_keys:
            self._canonical_keys.add(key)
            self._by_key[key] = entry.name
        for alias in entry.aliases:
            self._by_key.setdefault(normalise_actor_name(alias), entry.name)

    def _entry(self, name: str) -> ActorEntry | None:
        """The entry whose canonical name or alias folds to the same key as `name`."""
        hit = self._by_key.get(normalise_actor_name(name))
        return self.entries[hit] if hit else None

    def _add_generated(self) -> None:
        """The per-country categories and ethnic militias, so `lookup` and the matcher know them by name."""
        for info in self.countries:
            for spec in self.roles.values():
                of_country = f"{info.article} {info.name}".strip() if "of {country}" in spec["name"] else info.name
                name = spec["name"].format(country=of_country)
                self.entries[name] = ActorEntry(name, spec["type"], info.name, source="generic.yaml")
                self._index(self.entries[name])
        for group in self._ethnic["groups"]:
            for country in group["countries"]:
                name = self._ethnic_name(group, country)
                self.entries[name] = ActorEntry(name, "Identity militia", country, source="ethnic.yaml")
                self._index(self.entries[name])

    @staticmethod
    def _ethnic_name(group: dict[str, Any], country: str) -> str:
        kind = "Clan" if group.get("kind") == "clan" else "Ethnic"
        return f"{group['name']} {kind} Militia ({country})"

    # --- countries and categories ---

    def country(self, name_or_demonym: str) -> CountryInfo | None:
        """A country by English or French name, other name, demonym, or ISO2/ISO3/numeric code."""
        text = name_or_demonym.strip()
        if text.isdigit():
            return next((c for c in self.countries if c.isonum == int(text)), None)
        return self._country_keys.get(_country_key(text))

    def role(self, role: str, country: str | None) -> ActorRef:
        """The generic category `role` ("state_forces", "civilians", ...) of `country` (name, code or demonym)."""
        spec = self.roles[role]
        info = self.country(country) if country else None
        if info is None:
            bare = re.sub(r"\s*(?:\(\{country\}\)|of \{country\})", "", spec["name"])
            return ActorRef(name=bare, actor_type=spec["type"], inter_code=INTER_CODES[spec["type"]])
        entry = self._entry(spec["name"].format(country=info.name))
        assert entry is not None, "every role is generated for every country"
        return entry.ref()

    def state_forces(self, country: str | None) -> ActorRef:
        return self.role("state_forces", country)

    def police(self, country: str | None) -> ActorRef:
        return self.role("police", country)

    def civilians(self, country: str | None) -> ActorRef:
        return self.role("civilians", country)

    def unidentified(self, country: str | None) -> ActorRef:
        return self.role("unidentified", country)

    def protesters(self, country: str | None) -> ActorRef:
        return self.role("protesters", country)

    def rioters(self, country: str | None) -> ActorRef:
        return self.role("rioters", country)

    def inter_code(self, ref: ActorRef, event_country: str | None) -> int | None:
        """ACLED's inter code for `ref` in an event in `event_country`: state forces abroad are 8."""
        if ref.inter_code == 1 and event_country and ref.country:
            here = self.country(event_country)
            if here is not None and here.name != ref.country:
                return 8
        return ref.inter_code

    # --- lookup ---

    def lookup(self, name: str) -> ActorRef | None:
        """The actor `name` means: canonical name, any alias, or an ACLED name with dates and sub-units
        ("Police Forces of Kenya (2013-) General Service Unit"), ignoring case and accents."""
        if name not in self._lookups:
            self._lookups[name] = self._lookup(name)
        ref = self._lookups[name]
        return ref.model_copy() if ref else None

    def _lookup(self, name: str) -> ActorRef | None:
        name = re.sub(r"\s+", " ", name.strip().strip('"'))
        if not name:
            return None
        hit = self._by_key.get(normalise_actor_name(name))
        if hit is not None:
            return self.entries[hit].ref()
        undated = re.sub(r"\s+", " ", _DATES.sub(" ", name)).strip()
        ref = self._lookup_role(undated) or self._lookup_shape(undated)
        if ref is None and undated.endswith(")") and "(" in undated:  # "Islamic State (Tripoli)"
            stem = undated[: undated.rindex("(")].strip()
            hit = self._by_key.get(normalise_actor_name(stem))
            return self.entries[hit].ref() if hit else self._lookup_role(stem)
        return ref

    def _lookup_role(self, name: str) -> ActorRef | None:
        for role, spec in self.roles.items():
            template = spec["name"]
            if template.endswith("of {country}"):  # Military Forces of X [sub-unit]
                prefix = template[: -len("{country}")]
                if not name.lower().startswith(prefix.lower()):
                    continue
                words = name[len(prefix) :].split()
                if words and words[0].lower() == "the":
                    words = words[1:]
                for n in range(len(words), 0, -1):
                    info = self.country(" ".join(words[:n]))
                    if info is not None:
                        ref = self.role(role, info.name)
                        rest = " ".join(words[n:])
                        return ref.model_copy(update={"name": f"{ref.name} {rest}"}) if rest else ref
            else:  # Civilians (X); bare "Unidentified Armed Group"; "(International)"
                pattern = re.escape(template).replace(r"\{country\}", "(?P<country>.+)")
                match = re.fullmatch(pattern, name, flags=re.IGNORECASE)
                if match and match["country"].lower() == "international":
                    return self.role(role, None).model_copy(update={"name": name})
                if match and self.country(match["country"]) is not None:
                    return self.role(role, match["country"])
                if normalise_actor_name(self.role(role, None).name) == normalise_actor_name(name):
                    return self.role(role, None)
        return None

    def _lookup_shape(self, name: str) -> ActorRef | None:
        """ACLED's naming shapes for groups not in the KB: "Koussouma Communal Militia (Mali)", "Students (Kenya)"."""
        group, _, country = name.rstrip(")").rpartition(" (")
        identity = {g.lower() for g in self._generic["identity_groups"]}
        if group.lower() in identity and (country.lower() == "international" or self.country(country)):
            info = self.country(country)
            return ActorRef(name=name, country=info.name if info else None)
        for shape in self._generic["name_shapes"]:
            pattern = re.escape(shape["pattern"]).replace(r"\{group\}", r"(?P<group>[^()]+?)")
            pattern = pattern.replace(r"\{country\}", r"(?P<country>[^()]+)")
            match = re.fullmatch(pattern, name, flags=re.IGNORECASE)
            if match is None:
                continue
            place = match.groupdict().get("country")
            info = self.country(place) if place else None
            if place and info is None:
                continue
            return ActorRef(
                name=name,
                actor_type=shape["type"],
                inter_code=INTER_CODES.get(shape["type"] or ""),
                country=info.name if info else None,
            )
        return None

    # --- matching ---

    def _readings(self) -> Iterator[tuple[str, _Reading]]:
        """Every phrase the matcher knows, with what it means."""
        for entry in self.entries.values():
            for alias in {entry.name, *entry.aliases}:
                exact = alias if alias in entry.case_sensitive or _AUTO_CASE_SENSITIVE.match(alias) else None
                yield alias, _Reading("actor", entry.name, exact=exact)
        jihadist = {fold(w) for words in self._generic["jihadist_words"].values() for w in words}
        for language, words_by_role in self._generic["mentions"].items():
            for role, words in words_by_role.items():
                for word in words:
                    exact = word if _AUTO_CASE_SENSITIVE.match(word) else None
                    yield word, _Reading("role", role, (), exact, fold(word) in jihadist, language)
        for group, spec in self._generic["by_country"].items():
            for words in spec["words"].values():
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
        return self._regexes

    def _attacks_next(self, after: str) -> bool:
        """Whether the words after a mention make it the attacker: "Fulani herders attacked ..."."""
        self._patterns()
        return self._attack.match(fold(after[:80])) is not None

    def _pattern_candidates(self, folded: str, offsets: list[int]) -> Iterator[_Candidate]:
        for regex in self._patterns():
            for match in regex.finditer(folded):
                role, word = self._role_of[match["word"]], match["word"]
                jihadist = role == "unidentified" and word in self._jihadist_words
                reading = _Reading("demonym", role, (self._place_of[match["place"]],), jihadist_word=jihadist)
                yield _Candidate(offsets[match.start()], offsets[match.end() - 1] + 1, reading, match.start())

    def _ethnic_readings(self) -> Iterator[tuple[str, _Reading]]:
        militia = self._ethnic["militia_words"]
        civilian = self._ethnic["civilian_words"]
        for group in self._ethnic["groups"]:
            countries = tuple(group["countries"])
            militia_reading = _Reading("ethnic", group["name"], countries)
            civilian_reading = _Reading("ethnic-civilians", group["name"], countries)
            for name in group.get("en", []):
                for word in militia["en"]:
                    yield f"{name} {word}", militia_reading
                for word in civilian["en"]:
                    yield f"{name} {word}", civilian_reading
            for name in group.get("fr", []):
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

    def find_mentions(self, text: str, language: str | None = "en", country: str | None = None) -> list[ActorMention]:
        """Every actor mention in `text`, in text order; where readings overlap the longest wins.

        `country` (name, code or demonym) resolves category words: "the army" in a Mali report is Military
        Forces of Mali. Category words are read in `language` only ("militants" is armed in English, political
        in French); names and aliases are tried in every text, as reports mix languages ("FAMa", "Barkhane").
        """
        language = language or "en"
        folded, offsets = _fold_with_offsets(text)
        candidates: list[_Candidate] = []
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
            ]
            if fitting:
                best = max(fitting, key=lambda r: _PRIORITY[r.kind])
                candidates.append(_Candidate(o_start, o_end, best, start))
        candidates.extend(self._pattern_candidates(folded, offsets))
        chosen: list[_Candidate] = []
        taken = bytearray(len(text))
        for cand in sorted(candidates, key=lambda c: (c.start - c.end, -_PRIORITY[c.reading.kind], c.start)):
            if taken.find(1, cand.start, cand.end) == -1:
                chosen.append(cand)
                taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.sort(key=lambda c: c.start)
        context = self.country(country) if country else None
        mentions = [self._resolve(c, text, context) for c in chosen]
        kept = [i for i in range(len(chosen)) if not self._is_affiliation(text, chosen, i)]
        chosen, mentions = [chosen[i] for i in kept], [mentions[i] for i in kept]
        bounds = [m.end() for m in _SENTENCE_END.finditer(folded)]
        sentences = [bisect.bisect_right(bounds, c.folded_start) for c in chosen]
        mentions = self._resolve_jihadist_words(chosen, mentions, sentences)
        mentions = self._resolve_members(text, chosen, mentions)
        return self._resolve_protests(folded, bounds, chosen, mentions, sentences)

    def _is_affiliation(self, text: str, chosen: list[_Candidate], i: int) -> bool:
        """A group named only as another's affiliation is no participant: "fighters linked to al-Qaeda and
        ISIS", "an al Qaeda allied group", "mouvements affiliés à Al-Qaïda et à l'État islamique"."""
        if chosen[i].reading.kind != "actor":
            return False
        cues = self._generic["affiliation_words"]
        before, after = fold(text[max(0, chosen[i].start - 40) : chosen[i].start]), fold(text[chosen[i].end :][:30])
        if any(before.endswith(fold(w)) for ws in cues["before"].values() for w in ws):
            return True
        if any(after.startswith(fold(w)) for ws in cues["after"].values() for w in ws):
            return True
        gap = fold(re.sub(r"[(),]", " ", text[chosen[i - 1].end : chosen[i].start])) if i else None
        return gap in _AND and self._is_affiliation(text, chosen, i - 1)

    def _resolve_members(self, text: str, chosen: list[_Candidate], mentions: list[ActorMention]) -> list[ActorMention]:
        """Armed men next to a named armed group are its members: "miliciens dozos", "Dozo militiamen",
        "combattants de l'EIGS"."""
        out = list(mentions)
        for i in range(len(out) - 1):
            gap = fold(text[out[i].end : out[i + 1].start])
            if gap not in _OF:
                continue
            # the word first ("fighters of X"); with nothing between, also the name first ("X fighters")
            for member, group in ((i, i + 1), (i + 1, i)) if gap == "" else ((i, i + 1),):
                word, named, m, g = chosen[member].reading, chosen[group].reading, out[member], out[group]
                armed = word.kind == "role" and word.target in _ARMED_ROLES
                if armed and named.kind == "actor" and g.ref.inter_code in (2, 3, 4):
                    ref = g.ref.model_copy(update={"mention": m.text})
                    out[member] = ActorMention(m.start, m.end, m.text, ref, False, "actor:member-of-named")
        return out

    def _resolve(self, cand: _Candidate, text: str, context: CountryInfo | None) -> ActorMention:
        reading, words = cand.reading, text[cand.start : cand.end]
        context_name = context.name if context else None
        generic = False
        branches = self._generic["by_country"]["caliphate"]
        if reading.kind == "actor" and reading.target == branches["default"] and context_name in branches["countries"]:
            # ACLED codes the Islamic State by its local branch: "IS" in a Mali report is Islamic State Sahel
            ref, rule = self.entries[branches["countries"][context_name]].ref(), "actor:islamic-state-branch"
        elif reading.kind == "actor":
            ref, rule = self.entries[reading.target].ref(), "actor:alias"
        elif reading.kind == "by_country":
            spec = self._generic["by_country"][reading.target]
            target = spec["countries"].get(context_name, spec["default"])
            ref, rule, generic = self.entries[target].ref(), f"actor:by-country:{reading.target}", context is not None
        elif reading.kind in ("ethnic", "ethnic-civilians"):
            group = next(g for g in self._ethnic["groups"] if g["name"] == reading.target)
            place = context_name if context_name in reading.countries else reading.countries[0]
            ref, rule = self.entries[self._ethnic_name(group, place)].ref(), "actor:ethnic-group"
            if reading.kind == "ethnic-civilians" and not self._attacks_next(text[cand.end :]):
                ref, rule = self.role("civilians", place), "actor:ethnic-group:civilians"
        elif reading.kind == "demonym":
            place = context_name if context_name in reading.countries else reading.countries[0]
            ref, rule = self.role(reading.target, place), f"actor:demonym:{reading.target}"
            if reading.target == "civilians" and context_name and place != context_name:
                # ACLED codes foreign nationals hurt abroad as international civilians ("French hostages")
                ref, rule = self.entries["Civilians (International)"].ref(), "actor:demonym:foreign-civilians"
        else:  # category words and crowd words
            ref, rule, generic = self.role(reading.target, context_name), f"actor:generic:{reading.target}", True
        ref = ref.model_copy(update={"mention": words, "inter_code": self.inter_code(ref, context_name)})
        return ActorMention(cand.start, cand.end, words, ref, generic, rule)

    def _resolve_jihadist_words(
        self, chosen: list[_Candidate], mentions: list[ActorMention], sentences: list[int]
    ) -> list[ActorMention]:
        """ "jihadists" stay an Unidentified Armed Group unless one jihadist group is named: in the same
        sentence, or (when the sentence names none) anywhere in the text."""
        named = [
            (sentence, self.entries[m.ref.name])
            for c, m, sentence in zip(chosen, mentions, sentences, strict=True)
            if c.reading.kind == "actor" and self.entries[m.ref.name].jihadist
        ]
        if not named:
            return mentions
        in_text = {entry.name for _, entry in named}
        out: list[ActorMention] = []
        for cand, mention, sentence in zip(chosen, mentions, sentences, strict=True):
            if not cand.reading.jihadist_word:
                out.append(mention)
                continue
            here = {e.name for s, e in named if s == sentence}
            if len(here) == 1:
                target, rule = here.pop(), "actor:jihadist-word:named-in-sentence"
            elif not here and len(in_text) == 1:
                target, rule = next(iter(in_text)), "actor:jihadist-word:only-group-in-text"
            else:
                out.append(mention)
                continue
            ref = self.entries[target].ref(mention.text)
            out.append(ActorMention(mention.start, mention.end, mention.text, ref, False, rule))
        return out

    def _resolve_protests(
        self,
        folded: str,
        bounds: list[int],
        chosen: list[_Candidate],
        mentions: list[ActorMention],
        sentences: list[int],
    ) -> list[ActorMention]:
        """Civilians and crowds in a sentence about a protest are Protesters, in one about a riot Rioters;
        "people" killed or wounded are Civilians; crowd words elsewhere name no actor."""
        edges = [0, *bounds, len(folded)]
        out: list[ActorMention] = []
        for cand, mention, sentence in zip(chosen, mentions, sentences, strict=True):
            kind, span = cand.reading.kind, folded[edges[sentence] : edges[sentence + 1]]
            role = cand.reading.target if kind in ("role", "demonym", "crowd") else None
            if kind == "ethnic-civilians" and mention.ref.actor_type == "Civilians":
                role = "civilians"
            if role not in ("civilians", "protesters"):  # a crowd word reads as "protesters"
                out.append(mention)
                continue
            if self._riot.search(span):
                new_role = "rioters"
            elif self._protest.search(span):
                new_role = "protesters"
            elif kind == "crowd" and cand.reading.victim_word and self._casualty.search(span):
                new_role = "civilians"  # "several people were killed"
            elif kind == "crowd":  # "thousands", "members": an actor only when they protest or are hurt
                continue
            else:
                new_role = role
            if new_role == role:
                out.append(mention)
                continue
            ref = self.role(new_role, mention.ref.country).model_copy(update={"mention": mention.text})
            context = {"rioters": "riot", "protesters": "protest", "civilians": "casualty"}[new_role]
            rule = f"actor:{context}-sentence:{new_role}"
            out.append(ActorMention(mention.start, mention.end, mention.text, ref, mention.generic, rule))
        return out


@cache
def get_actor_kb() -> ActorKB:
    """The knowledge base, loaded once per process."""
    return ActorKB.load()
