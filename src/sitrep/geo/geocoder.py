"""The geocoder: recognise place names in a report and resolve each to a gazetteer entry.

Resolution ranks every entry bearing the name by how well the name matched, the kind of place (countries,
admin seats, populated places first), population, what the words around it say ("the Mopti region"), and then
by the report's own context: the countries and first-level regions its other place names point to, and how
close the entry lies to them (`sitrep.geo.ranking`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep import settings
from sitrep.geo.areas import (
    ENCLOSED_BY,
    drop_misspellings_elsewhere,
    drop_pieces_elsewhere,
    fall_back_to_regions,
    in_list,
    spellings_of_one_village,
)
from sitrep.geo.bearing import names_by_bearing, place_by_bearing
from sitrep.geo.build import ensure_index
from sitrep.geo.demonyms import DemonymMention, add_demonyms, demonym_table
from sitrep.geo.home import add_capitals, capital_country, dateline_country, dateline_town
from sitrep.geo.index import LOOSE, SPAN_ONLY, Entry, GazetteerIndex
from sitrep.geo.misspelt import MisspeltNames, area_abroad
from sitrep.geo.normalise import cached_key, name_key
from sitrep.geo.patterns import (
    admin_name_templates,
    admin_type_words,
    compass_words,
    names_state_force,
    pattern_after,
    pattern_before,
)
from sitrep.geo.ranking import (
    CLUE_WEIGHT,
    FAMOUS_POP,
    HINT_FEATURES,
    KNOWN_COUNTRY_WEIGHT,
    VILLAGE_POP,
    Scored,
    area_word_at_home,
    beyond_reach,
    confidence,
    distance_km,
    favour_famous_city,
    foreign_by_other_name,
    lone_namesake,
    namesake_at_home,
    namesake_of_demonyms_country,
    off_country,
    prefer_towns_over_namesake_areas,
    prior,
    rescore_in_context,
    speaking_countries,
    weak_match,
)
from sitrep.geo.recognise import Candidate, find_candidates, unknown_names_after_patterns
from sitrep.models import Place, Toponym

if TYPE_CHECKING:  # spaCy is imported only by callers that parse text
    from spacy.tokens import Doc

ENCLOSED_KM = 25  # a namesake in another area but this close to the one the text names is the same place
VARIANT_MIN_KEY = 6  # letters of a name looked up in a forgiving spelling after "in" (`_add_variant_spellings`)
MISSPELT_SCORE = 0.5  # a name read as a misspelling of a place of the analyst's country (`geo.misspelt`)
FORCES_REACH_KM = 300  # forces named by demonym may strike this far across their country's border


@dataclass(frozen=True, slots=True)
class _Ranked:
    """A name's entries with their priors, best first; `hint` as the name's own words may change it ("Oaxaca
    State": region-of) and the rule suffix saying a shorter name was looked up."""

    entries: tuple[tuple[Entry, float], ...]
    hint: str
    rule_suffix: str


def geo_precision(toponym: Toponym) -> int:
    """ACLED geo_precision: 1 the named place, 2 near a place or a part of a region, 3 a region or country."""
    place = toponym.place
    if place is None:
        return 3
    code = place.feature_code or ""
    if code.startswith(("PCL", "ADM1")):  # also a village the gazetteer lacks, placed at its region's point
        return 3
    if toponym.rule == "near" or toponym.rule.endswith(("region-fallback", "part-of")) \
            or code.startswith(("ADM2", "ADM3", "ADM4")):
        return 2
    if toponym.rule.split("+")[0] in ("district-of", "region-of") and place.feature_class == "P":
        return 2  # "dans le cercle de Bandiagara" placed at the town the gazetteer has: the area, not the town
    return 1


class Geocoder:
    """Toponym recognition and resolution over one compiled gazetteer index."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index
        self._ranked_cache: dict[tuple[str, str, bool], _Ranked] = {}
        self._misspelt = MisspeltNames(index)

    @classmethod
    def open(cls, data_dir: Path) -> Geocoder:
        return cls(GazetteerIndex(ensure_index(data_dir)))

    # -- lookups ------------------------------------------------------------------------------------------

    def search(self, name: str, country_code: str | None = None, admin1: str | None = None) -> list[Place]:
        """Entries bearing `name`, best first, optionally only in one country and first-level region."""
        scored = [Scored(e, prior(e, "")) for e in self.index.candidates(name)]
        prefer_towns_over_namesake_areas(scored, "")
        if country_code:
            scored = [s for s in scored if s.entry.cc == country_code.upper()]
        if admin1:
            wanted = name_key(admin1)
            scored = [s for s in scored if name_key(self.index.admin_name(s.entry.cc, s.entry.a1) or "") == wanted]
        scored.sort(key=lambda s: (-s.prior, s.entry.id))
        return [self.index.place(s.entry) for s in scored]

    def country(self, name_or_code: str) -> Place | None:
        """A country from its name (English or French, short forms) or ISO alpha-2/alpha-3 code."""
        code = name_or_code.strip().upper()
        entries = [e for e in self.index.candidates(name_or_code) if e.is_country]
        if not entries and len(code) == 2 and code in self.index.countries:
            entries = [e for e in self.index.candidates(self.index.countries[code][0]) if e.cc == code]
        entries = [e for e in entries if e.is_country]
        return self.index.place(min(entries, key=lambda e: e.kind)) if entries else None

    def admin1(self, country_code: str, name: str) -> Place | None:
        """The first-level admin area of a country with this name ("Ménaka", "Sahel", "Louisiana"), or with this
        name in exports (a place's `admin1`: Sri Lanka's "Western", which no text calls it alone)."""
        cc = country_code.upper()
        entries = [e for e in self.index.candidates(name) if e.cc == cc and e.fcode == "ADM1"]
        if not entries:
            key = name_key(name)
            codes = [code for code, shown in self.index.admins.items()
                     if code.startswith(f"{cc}.") and code.count(".") == 1 and name_key(shown) == key]
            entries = [e for e in (self.index.admin_entry(cc, code[len(cc) + 1:]) for code in codes) if e is not None]
        return self.index.place(min(entries, key=lambda e: (e.kind, -e.pop))) if entries else None

    def same_admin1(self, country_code: str | None, first: str | None, second: str | None) -> bool:
        """Whether two names denote one first-level area of a country: the same name once case, accents and
        punctuation are set aside, or names the gazetteer gives one area (its own, alternate and alias names:
        Chittagong / Chattogram, Sidi Bou Zid / Sidi Bouzid), also without the word naming the kind of area
        (Barisal / Barishal, the area also called "Barisal Division"), or spellings of the town it is named
        after (Assiut / Asyut). A shared string is never enough: the names must meet in one gazetteer entry."""
        if not first or not second:
            return False
        if name_key(first) == name_key(second) or _compass_stem(first) == _compass_stem(second) != "":
            return True
        if not country_code:
            return False
        areas = self.admin1_ids(country_code, first)
        return bool(areas) and not areas.isdisjoint(self.admin1_ids(country_code, second))

    def admin1_ids(self, country_code: str, name: str) -> set[int]:
        """The gazetteer ids of the first-level areas of a country this name may denote (see `same_admin1`)."""
        cc, key = country_code.upper(), name_key(name)
        shorter = _shorter_name(key)
        stems = [key] if shorter is None or shorter[1] != "kind-word" else [key, shorter[0]]
        kinds = sorted(admin_type_words())
        found = self.index.entries([*stems, *(f"{stem} {kind}" for stem in stems for kind in kinds)])
        ids = {e.id for entries in found.values() for e in entries if e.cc == cc and e.fcode == "ADM1"}
        for town in (e for stem in stems for e in found[stem]):
            if town.cc == cc and town.fclass == "P" and town.kind <= 1 and town.a1:
                area = self.index.admin_entry(cc, town.a1)
                if area is not None and any(e.id == town.id for e in self.index.lookup(_area_stem(area.name))):
                    ids.add(area.id)  # the area is named after this town: the town's spellings are its own
        return ids

    # -- recognition and resolution -----------------------------------------------------------------------

    def find_toponyms(
        self, text: str, doc: Doc | None = None, language: str = "en", country: str | None = None,
        adjectives: bool = False, groups: Sequence[tuple[int, int]] = (), clues: Mapping[str, Collection[str]] = {},
    ) -> list[Toponym]:
        """Place names in `text`, resolved where the gazetteer knows them. `doc` is the spaCy parse of `text`
        when the caller has one; without it the language's pipeline is run here. `country` (ISO alpha-2) is
        the country the reader knows the report is about: it counts as a country the text names. With
        `adjectives`, adjectival and demonym mentions ("Russian troops", "South Ossetian forces") are toponyms
        too, with rule "demonym", where no place name overlaps them (`sitrep.geo.demonyms`); event extraction
        leaves them out: an adjective does not say where an event happened. `groups` are where the text names
        groups ("l'État islamique au Sahel", "Mombasa Republican Council"): a place inside a group's name is no
        place the text names. `clues` are the countries its armed groups fight in ("Al Shabaab": Somalia), each
        with its neighbours: as much as a named country, and a small place outside them is a namesake."""
        if doc is None:
            from sitrep.nlp import load_pipeline, parse

            [doc] = parse(load_pipeline(language), [text])
        joined = None if not country else (lambda keys: {key for key, entries in self.index.entries(keys).items()
                                                         if any(e.cc == country.upper() for e in entries)})
        found = [c for c in find_candidates(text, self.index.known_keys, language, doc, joined) if not any(
            start <= c.start and c.end <= end and end - start > c.end - c.start for start, end in groups)]
        found = names_by_bearing(text, self._add_abbreviations(text, found))
        if country:
            found = self._add_variant_spellings(text, found, language, country.upper())
        home = {country.upper()} if country else set()
        named = {e.cc for c in found if not c.notes for e in self._entries(c.text) if e.kind == 0 and e.is_country}
        filed = dateline_town(text, found, signed=True)  # a place whatever the NER calls it ("DJIBO (AP) -": ORG)
        candidates = [c for c in found if c is filed or self._plausible(c, home | named, text)]
        home |= dateline_country(self, text, candidates)  # not the named countries: a report may name several
        # find_candidates sorts them by position; the analyst's country says more than any group's
        toponyms = self._resolve(text, candidates, country, home, {} if country else clues, language)
        capital_of = country.upper() if country else capital_country(toponyms, named)
        if capital_of is not None or "capital" in text:
            toponyms = add_capitals(self, text, toponyms, capital_of, language)
        return add_demonyms(text, toponyms, self, language, doc) if adjectives else toponyms

    def resolve_spans(
        self, text: str, spans: list[tuple[int, int]], language: str = "en", country: str | None = None
    ) -> list[Toponym]:
        """Resolve exactly the given character spans (each one a place name), in the given order."""
        candidates = []
        for start, end in spans:
            if not 0 <= start < end <= len(text):
                raise ValueError(f"span ({start}, {end}) is outside the text (length {len(text)})")
            pattern = pattern_before(text, start, language) or pattern_after(text, end, language)
            hint = pattern.rule if pattern else ""
            candidates.append(Candidate(start, end, text[start:end], rule=hint or "span", hint=hint, given=True))
        # Only the given spans are context for each other: adding the text's other gazetteer matches (without
        # the NER filter) brought more noise than help (LGL acc@161 0.82 -> 0.79).
        return self._resolve(text, candidates, country, {country.upper()} if country else set(), language=language)

    def _add_variant_spellings(self, text: str, found: list[Candidate], language: str, cc: str) -> list[Candidate]:
        """ "in Mai Mahiu", the gazetteer's "Maai Mahiu": a capitalised name after a locative word ("in", "at")
        that a place of the analyst's country bears only in a spelling forgiving doubled letters and
        transliteration variants (names of at least `VARIANT_MIN_KEY` letters)."""
        extra = [c for c in unknown_names_after_patterns(text, found, language, {"in"})
                 if len(cached_key(c.text)) >= VARIANT_MIN_KEY
                 and any(e.cc == cc and e.kind == LOOSE for e in self.index.candidates(c.text))]
        return sorted(found + extra, key=lambda c: c.start) if extra else found

    def _add_abbreviations(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Abbreviated first-level areas, recognised only where they cannot be words: after a place and a comma
        ("Sioux Falls, S.D.", "Monroe, La.") or after a party letter ("Rep. James Clyburn, D-S.C."). Names only
        a span may resolve ("La.", "Miss.") otherwise stay out of running text."""
        spans: list[tuple[int, int]] = []
        for candidate in found:
            if (match := _ABBREVIATION_AFTER.match(text, candidate.end)) is not None:
                spans.append(match.span(1))
        spans += [m.span(1) for m in _PARTY_PLACE.finditer(text)]
        if not spans:
            return found
        taken = {(c.start, c.end): c for c in found}
        keys = {span: cached_key(text[span[0]:span[1]]) for span in spans}
        entries = self.index.entries(list(set(keys.values())))
        extra = []
        for (start, end), key in keys.items():
            dotted = _DOTTED.fullmatch(text, start, end) is not None  # "D.C.": Washington; "St.": not a town
            if not any(e.admin_level == 1 or (e.fclass == "P" and dotted) for e in entries[key]):
                continue
            if (start, end) in taken:  # found by the NER: it may now resolve to the abbreviation
                taken[(start, end)].given = True
            else:
                extra.append(Candidate(start, end, text[start:end], rule="abbreviation", given=True))
        return sorted(found + extra, key=lambda c: c.start) if extra else found

    def _plausible(self, candidate: Candidate, home: set[str], text: str) -> bool:
        """Drop gazetteer hits the context says are not places: acronyms, words inside a person's or an
        organisation's name (but not a first-level area of the report's own country: "Rajasthan Shikshak Sangh"),
        and names of people or organisations that are also small places. Countries, regions and big towns survive
        such a tag ("Mali" tagged as a person); so does a name after a locative word ("fled from Bourem"), and a
        town of the report's own country (`home`: the country the reader gave and those the text names), whose
        names the English NER model often takes for people's ("Residents of Ol Kalou", "attacked Kakuma")."""
        if candidate.text.isupper() and len(candidate.text) <= 4:  # acronyms: "CNA", "CAN"; but "US", "DRC"
            if any(e.is_country or e.fcode == "CONT" for e in self._entries(candidate.text)):
                return True
            if "." not in candidate.text:
                return False  # abbreviations written with points ("L.A.", "D.C.") are judged as names are
        if "outlet" in candidate.notes:
            return False
        if "inside-run" in candidate.notes and not any(e.admin_level == 1 or (e.pop >= FAMOUS_POP and not e.is_country)
                                                        for e in self._entries(candidate.text)):
            # "Datu Saudi Ampatuan" (a town), "Radio France Internationale", "Zahoor Ahmed Bhat Wednesday", "Adarsh
            # Nagar Park": a country or a small place between two capitalised words is a piece of a longer name
            return False
        if candidate.hint or candidate.rule in ("ner", "route"):
            return True
        if self._area_of_named_place(candidate, home, text):
            return True
        if "surname" in candidate.notes:
            return False
        if "inside-name" in candidate.notes:  # "Rajasthan Shikshak Sangh": a union named after its state; "Air
            # Zimbabwe", "the Bank of Canada": a country named in an organisation's name is still named (geoparsing
            # corpora code it), but not a town inside a person's name ("the Armed Forces Florence Parly")
            return any(e.kind == 0 and ((e.cc in home and e.admin_level == 1) or e.is_country)
                       for e in self._entries(candidate.text))
        if "tagged-other" in candidate.notes or "common-word" in candidate.notes:
            # an area of the report's country by its full name of several words is no one's name ("Bajaur
            # Agency", "Lower Dir District" tagged as organisations)
            return any(e.is_country or e.admin_level == 1 or e.pop >= 100_000
                       or (e.cc in home and e.fclass == "P" and "tagged-other" in candidate.notes and e.kind == 0)
                       or (e.cc in home and e.fclass == "A" and e.kind == 0 and " " in candidate.text.strip())
                       for e in self._entries(candidate.text))
        return True

    def _area_of_named_place(self, candidate: Candidate, home: set[str], text: str) -> bool:
        """An admin area of the report's own country named right after the place it holds, by "of" or a comma
        ("at Duhabi of Sunsari", "in Momond, Bajaur", "in Shal Kor area of Ekkaghund tehsil of Mohmand Agency"):
        the area of a village the gazetteer may lack, whatever the NER makes of the words ("Duhabi of Sunsari" as
        an organisation, "Bajaur" as a person)."""
        if _PLACE_THEN_AREA.search(text, max(0, candidate.start - 120), candidate.start) is None:
            return False
        return any(e.cc in home and e.fclass == "A" and 1 <= e.admin_level <= 3 and e.kind < LOOSE
                   for e in self._entries(candidate.text))

    def _entries(self, text: str, hint: str = "") -> tuple[Entry, ...]:
        entries = self.index.candidates(text)
        if hint in ("region-of", "district-of"):  # "the Soum province": GeoNames' "Province du Soum"
            known = {e.id for e in entries}
            spellings = [name_key(template.format(text)) for template in admin_name_templates()[hint]]
            for found in self.index.entries(spellings).values():
                extra = [e for e in found if e.id not in known]
                known.update(e.id for e in extra)
                entries += tuple(extra)
        if not entries:
            for prefix in ("the ", "la ", "le ", "les ", "l'", "l’"):
                if text.lower().startswith(prefix):
                    return self.index.candidates(text[len(prefix):])
            if text.endswith(("'s", "’s")):
                return self.index.candidates(text[:-2])
        return entries

    def _regions_of_towns(self, entries: list[Entry]) -> list[Entry]:
        """"The Timbuktu region": the first-level regions named after a town of that name (their seat, their
        namesake or a town of some size); not the region around any village so called ("Shabwa province" is not
        the Yangon Region of a Burmese village "Sha Bwa")."""
        regions = []
        for entry in entries:
            if entry.fclass == "P" and entry.a1:
                region = self.index.admin_entry(entry.cc, entry.a1)
                named_after = region is not None and (
                    entry.fcode in ("PPLA", "PPLC") or entry.pop >= VILLAGE_POP
                    or name_key(region.name) == name_key(entry.name))
                if named_after and region not in regions:
                    regions.append(region)
        return regions


    def _resolve(self, text: str, candidates: list[Candidate], country: str | None = None,
                 home: set[str] | None = None, clues: Mapping[str, Collection[str]] = {},
                 language: str = "en") -> list[Toponym]:
        """One toponym per candidate, in the candidates' order. `home`: the countries the report is surely about
        (the analyst's, the dateline's): a weak match abroad never beats them; `clues` as `find_toponyms`."""
        options: list[list[Scored]] = []
        shared: dict[int, list[Scored]] = {}  # a name said again with the same words around it scores the same
        for candidate in candidates:
            ranked = self._ranked(candidate.text, candidate.hint, candidate.given)
            candidate.hint = ranked.hint
            candidate.rule += ranked.rule_suffix
            if id(ranked) not in shared:
                shared[id(ranked)] = [Scored(entry, score) for entry, score in ranked.entries]
            options.append(shared[id(ranked)])
        speaking = speaking_countries(language)
        demonyms = demonym_table(language).find(text)
        adjectival = {m.demonym.country for m in demonyms if m.demonym.country}
        forces = [m for m in demonyms if m.demonym.is_country and names_state_force(text, m.start, m.end)]
        countries, votes = rescore_in_context(candidates, options, country, clues, speaking, adjectival)
        reach = {*clues, *(n for neighbours in clues.values() for n in neighbours)}
        toponyms, pieces = [], []
        for candidate, scored in zip(candidates, options, strict=True):
            best = max(scored, key=lambda s: (s.score, -s.entry.id), default=None)
            if best is not None and home and best.entry.cc not in home and weak_match(best.entry, candidate):
                # a namesake at home, or one abroad named by its own name ("Liverpool" the English city, not the
                # Washington, Indiana that also goes by it), else none
                sure = [s for s in scored if s.entry.cc in home or not weak_match(s.entry, candidate)]
                best = max(sure, key=lambda s: (s.score, -s.entry.id)) if sure else None
            others = dict(countries)
            if cached_key(candidate.text) in votes:
                own_cc, own_weight = votes[cached_key(candidate.text)]
                others[own_cc] -= own_weight
            for clue in clues:
                others[clue] = others.get(clue, 0.0) + CLUE_WEIGHT
            for own in home or ():  # the dateline's country weighs as much as the reader's ("BAMAKO, June 3 -")
                others[own] = max(others.get(own, 0.0), KNOWN_COUNTRY_WEIGHT)
            if best is not None and candidate.hint in ("region-of", "district-of"):
                best = area_word_at_home(best, scored, others, home or set())
            if best is not None:
                best = namesake_at_home(best, scored, others, home or set())
            if best is not None and (off_country(best.entry, others, candidate.hint, reach)
                                     or lone_namesake(best.entry, others, home or set())
                                     or self._far_namesake(best.entry, others,
                                                           _forces_of_sentence(text, forces, candidate), reach)
                                     or beyond_reach(best.entry, reach)
                                     or foreign_by_other_name(best.entry, others, speaking)):
                best = None
            abroad = best is not None and area_abroad(best.entry, candidate.text, others, home or set())
            best = None if abroad else best
            misspelt = self._misspelt.find(candidate.text, country) if (abroad or not scored) and country else None
            toponyms.append(Toponym(
                start=candidate.start, end=candidate.end, text=candidate.text,
                place=self.index.place(best.entry) if best else self.index.place(misspelt) if misspelt else None,
                score=round(confidence(scored), 3) if best else MISSPELT_SCORE if misspelt else 0.0,
                rule=f"{candidate.rule}+misspelt" if misspelt else candidate.rule,
            ))
            if best is not None and "part-of-run" in candidate.notes and best.entry.kind >= 1 \
                    and weak_match(best.entry, candidate):  # "Ceel" of "Ceel Waaq", another name of Eyl
                pieces.append(toponyms[-1])
        self._place_within_named_area(toponyms, options, text)
        drop_misspellings_elsewhere(toponyms, text)
        drop_pieces_elsewhere(toponyms, pieces, text)
        place_by_bearing(toponyms, text, self.index)
        spellings_of_one_village(toponyms, countries)
        fall_back_to_regions(toponyms, text, countries, votes)
        return toponyms

    def _far_namesake(self, entry: Entry, votes: dict[str, float], forces: set[str], reach: Collection[str]) -> bool:
        """`namesake_of_demonyms_country`, lying over `FORCES_REACH_KM` from any town of the forces' country: Chad's
        Léré for "l'armée malienne ... près de Léré", but Niger's Bosso for "Chadian troops near Bosso", across
        the border."""
        return namesake_of_demonyms_country(entry, votes, forces, reach) and not self.index.towns_near(
            next(iter(forces)), entry.lat, entry.lon, FORCES_REACH_KM)

    def _place_within_named_area(self, toponyms: list[Toponym], options: list[list[Scored]], text: str) -> None:
        """A place followed by the area that holds it ("Karimabad, Karachi", "Sherpur upazila of Bogra district",
        "Kiriko village in Tetu") lies in that area: its namesake there, else (none there, and the one taken lies
        over `ENCLOSED_KM` away) a place the gazetteer lacks, placed at the area as ACLED does (geo_precision 2).
        Not within a list of places ("Sylhet, Bogra, Feni"), nor a country or region named before a town."""
        for number, (toponym, scored) in enumerate(zip(toponyms, options, strict=True)):
            following = toponyms[number + 1] if number + 1 < len(toponyms) else None
            place, area = toponym.place, following.place if following else None
            if place is None or area is None or following is None or toponym.rule.endswith("+misspelt"):
                continue
            between = text[toponym.end:following.start]
            # after a bare comma a smaller town is the next of a list ("Mombasa, Kilifi"); words that say the
            # second holds the first ("the X area of Y", "X village in Y") hold whatever the towns' sizes
            smaller_town = area.feature_class == "P" and (area.population or 0) < (place.population or 0) \
                and between.strip() in (",", "(")
            if (place.country_code, place.admin1) == (area.country_code, area.admin1) or not area.admin1 \
                    or (place.feature_code or "").startswith(("PCL", "ADM1")) or smaller_town:
                continue
            if not ENCLOSED_BY.fullmatch(between) or (between.strip() == "," and in_list(text, toponym, following)):
                continue
            if between.strip() != "," and between.lstrip().startswith(",") and area.feature_class != "A":
                continue  # "in Nakuru, in Kisumu and in Eldoret": a list; "Shantipur, in Imphal East" an area's
            inside = [s for s in scored if (s.entry.cc, s.entry.a1) == (area.country_code, area.admin1)]
            if inside:
                best = max(inside, key=lambda s: (s.score, -s.entry.id))
                toponym.place = self.index.place(best.entry)
            elif None in (place.latitude, place.longitude, area.latitude, area.longitude):
                continue
            elif distance_km(place.latitude, place.longitude, area.latitude, area.longitude) > ENCLOSED_KM:  # type: ignore[arg-type]
                toponym.place = area
                toponym.rule = f"{toponym.rule}+region-fallback"
            elif place.country_code == area.country_code and area.feature_class == "A":
                # a town at the edge of its area that the report puts in the next one ("Kapedo in Tiaty, Baringo
                # County"; the gazetteer files it in Turkana): its point, the area the report names (not a town
                # named for the area around it: "Ruiru, Nairobi")
                toponym.place = place.model_copy(update={"admin1": area.admin1, "admin2": area.admin2})

    def _ranked(self, text: str, hint: str, given: bool) -> _Ranked:
        """The entries a name may stand for, best prior first; they depend on the name and the words around it
        only, so each (name, hint) is ranked once per process."""
        key = (text, hint, given)
        ranked = self._ranked_cache.get(key)
        if ranked is None:
            if len(self._ranked_cache) >= 100_000:
                self._ranked_cache.clear()
            ranked = self._ranked_cache[key] = self._rank(text, hint, given)
        return ranked

    def _rank(self, text: str, hint: str, given: bool) -> _Ranked:
        entries = [e for e in self._entries(text, hint) if given or e.kind < SPAN_ONLY]
        suffix = ""
        if not entries and (shorter := _shorter_name(text)) is not None:
            name, rule = shorter
            said = pattern_after(text, len(name), "en") if rule == "kind-word" else None
            if said is not None and hint not in HINT_FEATURES:
                hint = said.rule  # "Oaxaca State": the state, not its capital
            entries = [e for e in self._entries(name, hint) if e.kind < SPAN_ONLY]
            suffix = f"+{rule}" if entries else ""
        if hint == "region-of" and entries and not any(e.admin_level in (1, 2) for e in entries):
            entries += self._regions_of_towns(entries)
        scored = [Scored(e, prior(e, hint)) for e in entries]
        prefer_towns_over_namesake_areas(scored, hint)
        favour_famous_city(scored)
        scored.sort(key=lambda s: (-s.prior, s.entry.id))
        return _Ranked(tuple((s.entry, s.prior) for s in scored), hint, suffix)


_COMPASS_ADJECTIVES = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
                       "central": "centre", "center": "centre"}


def _forces_of_sentence(text: str, forces: list[DemonymMention], candidate: Candidate) -> set[str]:
    """The countries whose forces the candidate's sentence names by demonym ("l'armée malienne ... près de Léré")."""
    return {m.demonym.country for m in forces if m.demonym.country
            and not _SENTENCE_END.search(text, min(m.end, candidate.end), max(m.start, candidate.start))}


def _compass_stem(name: str) -> str:
    """A region named by its direction, without the word naming its kind and with the adjective as the noun:
    "Eastern Province" and "East", "North Western" and "North West" are one area. "" for other names."""
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in admin_type_words():
        words.pop()
    words = [_COMPASS_ADJECTIVES.get(word, word) for word in words]
    return " ".join(words) if words and all(word in compass_words() for word in words) else ""


def _area_stem(name: str) -> str:
    """The name key of an area without the word naming its kind: a GeoNames dump's "Tombouctou Region" is named
    after the town Tombouctou (Timbuktu) as the default's "Tombouctou" is."""
    key = name_key(name)
    shorter = _shorter_name(key)
    return shorter[0] if shorter is not None and shorter[1] == "kind-word" else key


def _shorter_name(text: str) -> tuple[str, str] | None:
    """A name the gazetteer may hold inside one it lacks: "Oaxaca State", "Birmingham City" without the word
    naming the kind of place ("kind-word"); "Northern Europe", "Eastern Ghouta" without the compass word, a part
    of the place ("part-of")."""
    words = text.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in admin_type_words():
        while len(words) > 1 and words[-1].lower() in admin_type_words():
            words.pop()
        return " ".join(words), "kind-word"
    if words[0].lower() in compass_words():
        return " ".join(words[1:]), "part-of"
    return None


# "Sioux Falls, S.D.", "Monroe, La.", "Wheeling, W. Va.": an abbreviated state after a place and a comma (a state's,
# not a town's: "Nevsky Prospekt, St. Petersburg" has no state "St.")
_ABBREVIATION_AFTER = re.compile(r",\s*((?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?)")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")  # between a demonym and a name: two sentences
# "Rep. Wendell Gilliard, D-Charleston", "(R-Texas)": a legislator's party and home
_PARTY_PLACE = re.compile(r"(?:,\s*|\()[DRI]-((?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# A locative word, a place's name (maybe with the word for its kind: "area", "tehsil"), then "of" or a comma, once
# or twice, ending where an area's name starts: "at Duhabi of ", "in Momond, ", "in Shal Kor area of Ekkaghund
# tehsil of " (`Geocoder._area_of_named_place`)
_NAME_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_PLACE_THEN_AREA = re.compile(
    rf"\b(?i:in|at|near)\s+(?:{_NAME_WORDS}(?:\s+[a-z]+){{0,2}}?(?:\s*,\s*|\s+of\s+)){{1,2}}$")


@cache
def _geocoder_for(data_dir: str) -> Geocoder:
    return Geocoder.open(Path(data_dir))


def get_geocoder() -> Geocoder:
    """The geocoder over the compiled index in `settings.data_dir()` (built on first use), cached."""
    return _geocoder_for(str(settings.data_dir()))


def clear_cache() -> None:
    """Forget the cached geocoder (after the index was rebuilt or extended)."""
    _geocoder_for.cache_clear()
