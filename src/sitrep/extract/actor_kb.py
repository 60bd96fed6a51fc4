"""The actor knowledge base: who a report names, resolved to ACLED-style actors, in English and French.

The knowledge lives in YAML under `extract/data/actors/` (countries, generic per-country categories, ethnic
groups, one file of named actors per region) plus any `*.yaml` in `settings.data_dir() / "actors"`; the
README there explains the resolution rules. `actor_files` reads the files; this module builds the knowledge base
from them and answers lookups by name; what finds actors in text is `mention_context.MentionReader` (over
`actor_mentions.MentionMatcher`), which `ActorKB` inherits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from unidecode import unidecode

from sitrep import countries as country_table
from sitrep import settings
from sitrep.extract.actor_files import (
    INTER_CODES,
    ActorEntry,
    ActorKBError,
    CountryInfo,
    as_date,
    packaged_files,
    parse_actor,
    read_actor_file,
)
from sitrep.extract.actor_mentions import APOSTROPHES
from sitrep.extract.mention_context import MentionReader
from sitrep.models import ActorRef

_DATES = re.compile(r"\(\s*(?:\d{4})?\s*[-–]\s*(?:\d{4})?\s*\)|\(\s*\d{4}\s*\)")
_ACRONYM_PREFIX = re.compile(r"^[^:]{1,25}:\s+(?=\S)")
_ACRONYM_SUFFIX = re.compile(r"\s*\((?=[^()]*[A-Z]{2})[A-Z0-9&/.\-]{2,12}\)\s*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=1 << 16)
def normalise_actor_name(name: str) -> str:
    """A key for comparing actor names: ACLED date suffixes and "ACRONYM: " prefixes dropped, case, accents,
    punctuation and doubled letters folded. "Police Forces of Kenya (2013-)" == "Police Forces of Kenya";
    "Al Shabaab" == "al-Shabab"; "JNIM: Group for Support of Islam and Muslims" == "Group for Support of ..." ==
    "Group for Support of Islam and Muslims (JNIM)" (later exports put the acronym after the name)."""
    name = _DATES.sub(" ", name.translate(APOSTROPHES))
    suffix = _ACRONYM_SUFFIX.search(name)
    if suffix and country_table.lookup(suffix.group().strip(" ()")) is None:  # "(USA)" stays a country
        name = name[: suffix.start()]
    name = _ACRONYM_PREFIX.sub("", name.strip())
    name = unidecode(name).lower().replace("'", "")
    name = _NON_ALNUM.sub(" ", name).replace(" of the ", " of ")
    name = _DOUBLED.sub(r"\1", name).strip()
    return name[4:] if name.startswith("the ") else name


def _country_key(name: str) -> str:
    """Country names and codes folded, doubled letters kept (so "SSD", South Sudan, is not "SD", Sudan)."""
    key = _NON_ALNUM.sub(" ", unidecode(name.translate(APOSTROPHES)).lower().replace("'", "")).strip()
    return key[4:] if key.startswith("the ") else key


# --- the knowledge base --------------------------------------------------------------------------------------


class ActorKB(MentionReader):
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
        self._named: dict[str, list[str]] = {}  # every entry each name or alias (folded) names, first loaded first
        self._canonical_keys: set[str] = set()
        self._automaton = None
        self._regexes = None
        self._locals = None
        self._lookups: dict[str, ActorRef | None] = {}
        self._peoples: dict[str, dict[str, Any]] | None = None
        neighbours = generic.get("neighbours") or {}
        self.borders = {frozenset((one, two)) for one, others in neighbours.items() for two in others}

    def neighbours(self, country: str) -> set[str]:
        """The countries sharing a land border with `country` (ACLED names)."""
        return {other for pair in self.borders if country in pair for other in pair if other != country}

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> ActorKB:
        """The packaged knowledge base plus `paths` (default: every *.yaml in `settings.data_dir()/actors`)."""
        countries, generic, ethnic, packaged = packaged_files()
        kb = cls(countries, generic, ethnic)
        kb._add_generated()
        if paths is None:
            user_dir = settings.data_dir() / "actors"
            paths = sorted(user_dir.glob("*.yaml")) if user_dir.is_dir() else []
        for path, data in [*packaged, *((Path(p), read_actor_file(Path(p))) for p in paths)]:
            for i, raw in enumerate(data.get("actors") or []):
                kb.add(parse_actor(raw, f"{path}: actor {i + 1}"))
        kb._add_contingents()
        for where, by_target in (generic.get("local_words") or {}).items():
            for target in by_target:
                if target not in kb.roles and getattr(kb.entries.get(target), "country", None) != where:
                    raise ActorKBError(f"generic.yaml (local_words: {where}): {target!r}: no role nor actor of it")
        for entry in kb.entries.values():
            if entry.militia and entry.militia not in kb.entries:
                raise ActorKBError(f"{entry.source} ({entry.name}): militia {entry.militia!r} is no actor here")
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
            known.militia = entry.militia or known.militia
            known.periods = entry.periods or known.periods
            known.exported = entry.exported or known.exported
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
        for name in (entry.name, *entry.aliases):
            named = self._named.setdefault(normalise_actor_name(name), [])
            if entry.name not in named:
                named.append(entry.name)

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

    def _add_contingents(self) -> None:
        """Each national contingent of a mission ACLED names by contingent ("AMISOM: African Union Mission in
        Somalia (Ethiopia)"), once the mission itself is loaded."""
        for where, spec in self._generic.get("mission_contingents", {}).items():
            mission = self.entries.get(spec["mission"])
            if mission is None:
                raise ActorKBError(f"generic.yaml (mission_contingents: {where}): {spec['mission']!r} is no actor here")
            for country in dict.fromkeys([*spec["countries"], *spec.get("sectors", {})]):
                name = self.contingent_name(mission.name, country)
                self.entries[name] = ActorEntry(name, mission.actor_type, mission.country, mission.active,
                                                source="generic.yaml")
                self._index(self.entries[name])

    @staticmethod
    def contingent_name(mission: str, country: str) -> str:
        return f"{mission} ({country})"

    @staticmethod
    def _ethnic_name(group: dict[str, Any], country: str) -> str:
        kind = {"clan": "Clan", "communal": "Communal"}.get(group.get("kind", ""), "Ethnic")
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

    def communal(self, place: str, country: str | None, kind: str = "Communal") -> ActorRef:
        """ACLED's name for the militia of a community known by its place: "Kandi Communal Militia (Bangladesh)";
        `kind` "Clan" names a clan the knowledge base does not know: "Kapkeny Clan Militia (Kenya)"."""
        info = self.country(country) if country else None
        name = f"{place} {kind} Militia" + (f" ({info.name})" if info else "")
        code = INTER_CODES["Identity militia"]
        return ActorRef(name=name, actor_type="Identity militia", inter_code=code, country=info.name if info else None)

    def people_militia(self, name: str, country: str | None) -> ActorRef | None:
        """The militia of the ethnic group or clan `name` ("Pokot", "Peuls") in `country` when the group lives
        there, else in its first country; None when `name` is no people of the knowledge base."""
        if self._peoples is None:
            self._peoples = {
                normalise_actor_name(n): g for g in self._ethnic["groups"] for n in (*g.get("en", []), *g.get("fr", []))
            }
        key = normalise_actor_name(name)
        group = self._peoples.get(key) or self._peoples.get(key.removesuffix("s"))
        if group is None:
            return None
        info = self.country(country) if country else None
        place = info.name if info and info.name in group["countries"] else group["countries"][0]
        return self.entries[self._ethnic_name(group, place)].ref()

    def militia_of(self, ref: ActorRef) -> ActorRef | None:
        """The militia ACLED names a party's supporters by when they fight ("BNP: Bangladesh Nationalist Party"
        -> "BNP: Bangladesh Nationalist Party Militia"): the entry's `militia`, or "<name> Militia" when the
        knowledge base has it. None for other actors, and for parties ACLED codes under their own name."""
        entry = self.entries.get(ref.name)
        if entry is None:
            return None
        name = entry.militia or f"{entry.name} Militia"
        militia = self.entries.get(name)
        return militia.ref() if militia is not None and militia.name != entry.name else None

    def in_sector(self, ref: ActorRef, country: str | None, admin1: str | None) -> ActorRef | None:
        """The mission force ACLED names for `ref` where the event took place (`admin1` of `country`), from the
        contingents' sectors in generic.yaml: "AMISOM" in Bay is its Ethiopian contingent, Ethiopia's forces in
        Jubbada Hoose (Kenya's sector) are Ethiopia's own, Kenya's forces there are its contingent. None: `ref`
        stays (outside every sector too)."""
        info = self.country(country) if country else None
        spec = self._generic.get("mission_contingents", {}).get(info.name if info else "")
        if spec is None or not admin1 or not spec.get("sectors"):
            return None
        mission, key = spec["mission"], normalise_actor_name(admin1)
        here = [c for c, areas in spec["sectors"].items() if key in {normalise_actor_name(a) for a in areas}]
        found: ActorRef | None = None
        if ref.name == mission:
            found = self.entries[self.contingent_name(mission, here[0])].ref() if here else None
        for contingent in spec["sectors"]:
            if ref.name == self.contingent_name(mission, contingent) and here and contingent not in here:
                found = self.state_forces(contingent)  # in another contingent's sector
            elif ref.name == self.state_forces(contingent).name and contingent in here:
                found = self.entries[self.contingent_name(mission, contingent)].ref()
        if found is None:
            return None
        return found.model_copy(update={"mention": ref.mention, "evidence": ref.evidence,
                                        "inter_code": self.inter_code(found, info.name if info else None)})

    def regional_insurgency(self, country: str | None, admin1: str | None, when: dt.date | None = None,
                            mention: str | None = None) -> ActorRef | None:
        """The armed group ACLED names the unidentified attackers of `admin1` by (generic.yaml
        `regional_insurgencies`), or None; an event dated (`when`) before the insurgency's `from` or from its `until`
        on has none, nor attackers whose `mention` has none of the insurgency's `words` when it lists some. With no
        `admin1` (the report names no place), only attackers called by one of its `unplaced_words`."""
        info = self.country(country) if country else None
        spec = self._generic.get("regional_insurgencies", {}).get(info.name if info else "")
        words = set(normalise_actor_name(mention or "").split())
        if spec is None or (admin1 is None and not words & set(spec.get("unplaced_words", ()))):
            return None
        if admin1 is not None and normalise_actor_name(admin1) not in {normalise_actor_name(a) for a in spec["areas"]}:
            return None
        if "words" in spec and not words & set(spec["words"]):
            return None
        if when is not None and (spec.get("from") is not None and when < spec["from"]
                                 or spec.get("until") is not None and when >= spec["until"]):
            return None
        entry = self.entries.get(spec["group"])
        if entry is None:
            raise ActorKBError(f"generic.yaml (regional_insurgencies): {spec['group']!r} is no actor here")
        return entry.ref()

    def as_of(self, ref: ActorRef, when: dt.date | None) -> ActorRef:
        """`ref` under the name ACLED gave it at `when` (the event's date): words that name several actors name the
        one active then (its `active` years); Boko Haram between its pledge to the Islamic State and the 2016 split
        is "Boko Haram - Wilayat Gharb Ifriqiyyah"; raiders nobody names were an "Unidentified Ethnic Militia"
        before ACLED's communal category (generic.yaml `renamed_roles`). Without a date, or outside every period,
        today's name stays."""
        if when is None:
            return ref
        entry = self.entries.get(ref.name)
        namesake = self._active_namesake(entry, ref.mention, when) if entry and not entry.active_on(when) else None
        if namesake is not None:  # another actor, of its own type
            entry = namesake
            ref = namesake.ref().model_copy(update={"mention": ref.mention, "evidence": ref.evidence})
        periods = list(entry.periods) if entry else []
        for spec in self._generic.get("renamed_roles", {}).values():
            info = self.country(ref.country) if ref.country else None
            if info is not None and ref.name == self.role(spec["role"], info.name).name:
                periods.append((as_date(spec["from"]), as_date(spec["until"]), self.role(spec["then"], info.name).name))
        return self._renamed(ref, next((n for start, until, n in periods if start <= when < until), None))

    def _active_namesake(self, entry: ActorEntry, mention: str | None, when: dt.date) -> ActorEntry | None:
        """Another actor of `entry`'s country the words `mention` name that was active at `when`, when `entry`, which
        they also name, was not: "400 Mawozo" names the gang itself before the coalition it joined (an alias of Viv
        Ansanm) was formed. None: no other actor of those words there, or none active then (the entry stays); a
        namesake abroad is a chance likeness, no other name of the same actor."""
        named = self._named.get(normalise_actor_name(mention)) if mention else None
        others = (self.entries[n] for n in named or () if n != entry.name)
        return next((e for e in others if e.country == entry.country and e.active_on(when)), None)

    def as_exported(self, ref: ActorRef, export: dt.date | None) -> ActorRef:
        """`ref` under the name an ACLED export made by `export` (its last day) gives it whatever the event's date:
        an entry's `exported` names, the earliest whose `until` is after `export`. Without an export date (live
        reports) the name stays."""
        entry = self.entries.get(ref.name)
        if export is None or entry is None:
            return ref
        return self._renamed(ref, next((n for until, n in entry.exported if export < until), None))

    def _renamed(self, ref: ActorRef, name: str | None) -> ActorRef:
        """`ref` (its mention, evidence and inter code kept) under the entry `name`; unchanged when `name` is no
        entry. An entry of another type (the Taliban as Afghanistan's state forces) brings its own inter code."""
        older = self.entries.get(name) if name else None
        if older is None:
            return ref
        renamed = older.ref()
        inter_code = ref.inter_code if renamed.actor_type == ref.actor_type else renamed.inter_code
        return renamed.model_copy(update={"mention": ref.mention, "evidence": ref.evidence, "inter_code": inter_code})

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


@cache
def get_actor_kb() -> ActorKB:
    """The knowledge base, loaded once per process."""
    return ActorKB.load()
