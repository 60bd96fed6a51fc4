"""The compiled casualty-count rules of one language (`data/numbers_<language>.yaml`) and the figure types that
`sitrep.extract.counts` reads with them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from sitrep.extract.numbers import DataFileError, NumberReader, alternation, load_rules

CountKindName = Literal["killed", "injured", "missing", "abducted", "arrested"]
Qualifier = Literal["at least", "more than", "about"]

_SPACE = re.compile(r"\s*")
_KINDS: tuple[CountKindName, ...] = ("killed", "injured", "missing", "abducted", "arrested")


@dataclass(frozen=True, slots=True)
class CountMention:
    """One figure of people hurt, with the words it was read from (`text` is `text[start:end]`)."""

    start: int
    end: int
    text: str
    kind: CountKindName
    low: int
    high: int
    who: str | None  # the victims as written: "soldiers", "militaires"
    qualifier: Qualifier | None
    vague: bool  # read from a word ("dozens", "une dizaine") rather than a figure
    rule: str  # "count:<kind>:<noun|after|before|toll|list>"
    cumulative: bool = False  # a running total ("since 2013"), not the toll of one event
    included: bool = False  # part of another figure: "including 8 children", "dont trois enfants"
    additional: bool = False  # on top of the figures before it: "three others", "deux autres"
    grievance: bool = False  # the death a protest is about, not a casualty of the protest
    revised: bool = False  # an updated toll ("the toll rose to six") that replaces the earlier figures
    superseded: bool = False  # a figure an updated toll replaced ("the earlier figure of 12 dead was revised")
    unconfirmed: bool = False  # a figure its clause says is not confirmed ("7 other deaths are feared but unconfirmed")
    events: int = 1  # events the figure is told for together ("killed in the two attacks": 2), not one event's toll
    claimed: bool = False  # the attack's claimant's own count of its kills ("claimed to have killed 85 soldiers")
    elsewhere: bool = False  # another event's toll, the report says coded apart ("2 killed (coded separately)")
    part_of: int | None = None  # where the total starts that this figure is a part of ("six killed: three beaten ...")


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in the text before we know what it counts."""

    start: int
    end: int
    low: int
    high: int
    qualifier: Qualifier | None
    vague: bool
    article: bool = False  # "a man was killed": one, but only with a victim noun and a casualty verb


@dataclass(frozen=True, slots=True)
class DaySpan:
    """Words saying how many days a figure covers (`span_days` in the data file)."""

    pattern: re.Pattern[str]
    days: int | None  # fixed days ("the weekend"), else read from the match's groups


@dataclass(frozen=True, slots=True)
class PlaceList:
    """The words around a list of places told for one event (`place_nouns` and its neighbours in the data file)."""

    before: re.Pattern[str]  # a place noun introducing the list: "the villages of", "two communities -"
    after: re.Pattern[str]  # a place noun after it: "... and Mainari villages"
    not_after: re.Pattern[str]  # a people or admin areas after it: "the Borana and Gabra communities"
    route: re.Pattern[str]  # "between", "the road linking"


@dataclass(frozen=True, slots=True)
class _Vague:
    pattern: re.Pattern[str]
    low: int
    high: int
    qualifier: Qualifier | None


class CountRules:
    """The compiled rules of one language (built once per process by `count_rules`)."""

    def __init__(self, language: str) -> None:
        name = f"numbers_{language}.yaml"
        rules = load_rules(name)
        self.language = language
        self.numbers = NumberReader(rules, name)
        try:
            self.head_first = language == "fr"  # French puts adjectives after the noun: "soldats maliens"
            self.qualifiers = [(re.compile(rf"(?:{p})$", re.I), q) for p, q in rules["qualifiers"].items()]
            qual = "|".join(f"(?:{p})" for p in rules["qualifiers"])
            self.vague = [
                _Vague(re.compile(rf"(?:{v['pattern']})$", re.I), int(v["low"]), int(v["high"]), v.get("qualifier"))
                for v in rules["vague"]
            ]
            vague = "|".join(f"(?:{v['pattern']})" for v in rules["vague"])
            num = self.numbers.pattern
            articles = f"|(?P<article>{alternation(self.numbers.articles)})" if self.numbers.articles else ""
            ranges = "|".join(
                p.format(n1=f"(?P<a{i}>{num})", n2=f"(?P<b{i}>{num})", d1=rf"(?P<a{i}>\d+)", d2=rf"(?P<b{i}>\d+)")
                for i, p in enumerate(rules["range_patterns"])
            )
            self.figure = re.compile(
                # "plus d'une quarantaine"; after an elided "de" only in "la mort d'une cinquantaine de personnes" and
                # a toll ("a fait état d'un mort", "un bilan d'un mort"); a capitalised word after a full stop with no
                # space opens a sentence ("the area.Three people died")
                rf"(?:(?<![\w.,/'’])|(?<=mort\sd['’])|(?<=décès\sd['’])|(?<=état\sd['’])|(?<=bilan\sd['’])|(?<=[^\W\d_]\.|\s\.)(?=(?-i:[A-Z])))(?<!\w-)(?:(?P<qual>{qual})(?:\s+|(?<=['’])))?"
                rf"(?:(?P<range>{ranges})|(?P<vague>{vague})|(?P<num>{num}){articles})(?![\w/]|[.,]\d)",
                re.I,
            )
            stops = rf"(?:{alternation(rules['np_stop'])})"
            # "13-year-old" describes the victim; an acronym is a name even when it spells a stop word ("IS")
            age = r"\d+(?:-|\s+(?=years?[\s-]old\b))"  # "a 14 year old girl"
            word = rf"(?:(?-i:[A-Z]{{2,}})(?![\w'’\-])|(?!{stops}\b)(?:{age})?[^\W\d_][\w'’\-]*)"
            # two names joined ("4 TTP and LI militants", "Pokot and Turkana herders") are one word of the phrase
            joined = rules.get("np_names_joined")
            if joined:
                name = r"(?-i:[A-Z])[\w'’\-]*"
                word = rf"(?:{name}[^\S\n]+(?:{joined})[^\S\n]+{name}(?![\w'’\-])|{word})"
            # the victims' words stay on the figure's line: a headline break ends them
            self.np = re.compile(
                rf"[\"”»]?(?:[^\S\n]+(?:(?:of|de)(?![\w'’])|d['’])[^\S\n]*(?:(?:the|those|these|them|whom)(?:[^\S\n]+|(?=[^\w'’])))?)?"
                rf"(?:[^\S\n]+(?:autres|others?)(?![\w'’]))?"
                rf"(?:[^\S\n]+reported(?=[^\S\n]+(?-i:[A-Z])))?"  # "four reported Boko Haram dead"
                rf"(?P<np>(?:[^\S\n]*{word}){{0,4}})",
                re.I,
            )
            self.np_word = re.compile(word, re.I)
            self.not_victims = {str(w).lower() for w in rules.get("not_victims") or []}
            self.event_nouns = {str(w).lower() for w in rules.get("event_nouns") or []}
            self.not_people = re.compile(rf"(?:{rules['not_people']})", re.I)
            self.cumulative = re.compile(rf"\b(?:{rules['cumulative']})\b", re.I)
            self.included = re.compile(rf"(?:{rules['included_before']})\s*$", re.I)
            # a breakdown set off by a comma right after a figure: ", including 18 soldiers and 12 auxiliaries,"
            self.breakdown_opens = re.compile(rf"\s*,\s*(?:{rules['included_before']})", re.I)
            self.included_after = _optional(rules, "included_after", r"\s+(?:{})\b")
            self.additional_after = re.compile(rf"\s+(?:{rules['additional_after']})\b", re.I)
            self.additional_before = re.compile(rf"\b(?:{rules['additional_before']})\s+$", re.I)
            self.grievance = re.compile(rf"\b(?:{rules['grievance']})\b", re.I)
            self.grievance_before = _optional(rules, "grievance_before", "{}")
            self.grievance_clause = _optional(rules, "grievance_clause", "{}")
            self.revised = _optional(rules, "revised_before", "{}")
            self.not_done_rx = _optional(rules, "not_done", r"\b(?:{})\s+$")
            when = rules.get("when") or "(?!)"
            # time words between a casualty verb and its figure ("ont tué mardi vingt civils"), where the data file
            # gives them
            gap = rules.get("time_after_verb")
            time_after_verb = rf"(?:\s+(?:{gap}))?" if gap else ""
            self.passive_aux = _optional(rules, "passive_aux", r"\s(?:{})\b")
            self.passive_gap_max = int(rules.get("passive_gap_max", 0))
            self.gap_stop = _optional(rules, "gap_stop", r"\b(?:{})\b|[.;:!?\n]")
            self.passive_blame = _optional(rules, "passive_blame", "{}")
            self.generic_victims = {str(w).lower() for w in rules["generic_victims"]}
            self.after: dict[CountKindName, re.Pattern[str]] = {}
            self.before: dict[CountKindName, re.Pattern[str]] = {}
            self.nouns: dict[CountKindName, re.Pattern[str]] = {}
            self.toll: re.Pattern[str] | None = None
            befores = {k: v["before"] for k, v in rules["kinds"].items() if v and "before" in v}
            for kind in _KINDS:
                spec = rules["kinds"].get(kind) or {}
                if "after" in spec:
                    after = str(spec["after"]).replace("{when}", when)
                    self.after[kind] = re.compile(rf"\s*(?:{after})\b", re.I)
                if "before" in spec:
                    # "killed all three", "killed the two herders", "killing his two children", "a tué les trois
                    # bergers"; a verb in quotes ("avoir « neutralisé » une soixantaine d'assaillants")
                    owner = r"(?:the|les|his|her|their|ses|leurs)"
                    self.before[kind] = re.compile(
                        rf"\b(?:{spec['before']}){_and_verb(kind, befores)}(?:\s*[\"”»])?{time_after_verb}"
                        rf"(?:\s+|(?<=['’]))(?:(?:all|tous)\s+|(?:all\s+)?{owner}\s+)?[\"“«]?\s*$", re.I)
                if "nouns" in spec:
                    # one participle or "other" may sit between: "12 charred bodies", "15 autres blessés"
                    self.nouns[kind] = re.compile(
                        rf"(?:\s+(?:of|de|d['’])\s*)?(?:\s+(?:[a-z]+ed|other|additional|autres))?"
                        rf"\s*(?:{spec['nouns']})\b",
                        re.I,
                    )
                if kind == "killed" and "toll" in spec:
                    self.toll = re.compile(rf"\b(?:{spec['toll']})\s*$", re.I)
            bare = rules["kinds"]["killed"].get("bare")
            self.bare = (
                re.compile(
                    # "lynches and burns a suspected thief": a second verb may join the killing one, not another
                    # kind's ("kills and injures a man" may kill no man)
                    rf"\b(?:(?:{bare['verbs']})(?:\s+and\s+(?!{_other_verbs('killed', befores)}\b|{_NOT_VERBS}\b)"
                    rf"[^\W\d_]+(?:s|ed|t))?"
                    rf"|(?P<split>{bare.get('verbs_dead') or '(?!)'}))\s+"
                    rf"(?:(?!(?:{bare['not_between']})\b)[^\W\d][\w'’\-]*\s+|\d+[\s-]years?[\s-]old\s+){{0,3}}?"
                    rf"(?P<head>{alternation(bare['victims'])})\b(?!['’\-])(?(split)\s+(?:dead|to\s+death)\b)",
                    re.I,
                )
                if bare else None
            )
            died = rules.get("died_later")
            victims = alternation(bare["victims"]) if bare else "(?!)"
            # a clause's subject, or what a source said: "police said (that) the driver was killed", "taken to
            # hospital, where the lawyer died while the clerk later succumbed"
            opening = (r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bsaid\s)"
                       r"|(?<=\bwhere\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)"
                       r"|(?<=\bsaid\sthat\s))")
            self.died_later = (
                re.compile(rf"{opening}(?:{died.replace('{victims}', victims)})", re.I) if died else None
            )
            self.victim_nouns = {str(w).lower() for w in bare["victims"]} if bare else set()
            self.passive_killed = _optional(rules, "passive_killed", r"(?:{})\b")
            self.victim_killed = (
                re.compile(rf"{opening}(?:{rules['victim_killed'].replace('{victims}', victims)})", re.I)
                if rules.get("victim_killed") else None
            )
            companion = rules.get("companion")
            self.companion = re.compile(str(companion).replace("{victims}", victims), re.I) if companion else None
            self.companion_verbs = _optional(rules, "companion_verbs", "{}")
            self.companion_figure = _optional(
                rules, "companion_figure", r"\b(?:{})\s+(?:(?:his|her|their|ses|leurs)\s+)?$")
            self.injured_died = _optional(rules, "injured_died", "{}")
            self.captives_killed = _optional(rules, "captives_killed", "{}")
            self.each_side = _optional(rules, "each_side", "{}")
            by_day, day = rules.get("by_day"), rules.get("by_day_date")
            self.by_day = (re.compile(str(by_day).replace("{number}", f"(?:{self.numbers.pattern})")
                                      .replace("{day}", f"(?:{day})"), re.I) if by_day and day else None)
            self.additional_later = _optional(rules, "additional_later", "{}")
            self.also_told = _optional(rules, "also_told", r"(?<![\w'’])(?:{})(?![\w'’])")
            self.superseded = _optional(rules, "superseded", "{}")
            self.unconfirmed = _optional(rules, "unconfirmed", "{}")
            self.casualties_after = _optional(rules, "casualties_after", "{}")
            self.denied = _optional(rules, "denied_before", "{}")
            self.aggregate = _optional(rules, "aggregate", r"\b(?:{})\b")
            self.claimed = _optional(rules, "claimed", r"\b(?:{})")
            self.place_share = _optional(rules, "place_share", "{}")
            self.self_killed = _optional(rules, "self_killed", r"\b(?:{})\b")
            self.restated = _optional(rules, "restated_before", "{}")
            self.accusation = _optional(rules, "accusation_before", "{}")
            self.pointing = {str(w).lower() for w in rules.get("pointing_units") or []}
            self.pointing_pair = _optional(rules, "pointing_pair", "{}")
            self.others_named = _optional(rules, "others_named_before", r"\s+(?:{})\b")
            self.one_died = _optional(rules, "one_died", r"\b(?:{})\b")
            self.bodies_found = _optional(rules, "bodies_found", "{}")
            self.wounding_verbs = _optional(rules, "wounding_verbs", r"(?:{})$")
            self.wound_told = _optional(rules, "wound_told", "{}")
            self.coded_elsewhere = _optional(rules, "coded_elsewhere", r"\b(?:{})")
            self.survived = _optional(rules, "survived", "{}")
            self.survivor_heads = {str(w).lower() for w in rules.get("survivor_heads") or []}
            unquantified = rules["kinds"]["killed"].get("unquantified")
            self.unquantified = re.compile(rf"\b(?:{unquantified})", re.I) if unquantified else None
            # the days and places a figure covers, and whose dead it counts (read by `sitrep.extract.event_counts`)
            months = str(rules.get("months", "(?!)"))
            self.day_spans = tuple(
                DaySpan(re.compile(str(spec["pattern"]).replace("{month}", months), re.I), spec.get("days"))
                for spec in rules.get("span_days") or []
            )
            self.coded_one_day = re.compile(str(rules.get("coded_one_day", "(?!)")), re.I)
            nouns, nouns_before = str(rules["place_nouns"]), str(rules["place_nouns_before"])
            self.place_list = PlaceList(
                re.compile(rf"\b(?:{nouns}|{nouns_before})(?:\s+(?:of|de|d['’]|du|des)(?:\s+the)?|\s*[-–:,])?\s*$",
                           re.I),
                re.compile(rf"\s+(?:{nouns})\b", re.I),
                re.compile(rf"\s+(?:{rules['not_places_after']})\b", re.I),
                re.compile(rf"\b(?:{rules['route_before']})\s+(?:the\s+)?$", re.I),
            )
            self.side_markers = tuple((str(cls), re.compile(rf"\b(?:{pattern})\b[^.;]*$", re.I))
                                      for cls, pattern in (rules.get("side_before") or {}).items())
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise DataFileError(f"{name}: bad rule: {exc!r}") from exc
        # A relative clause or preposition may sit between the victims and the verb: "12 soldiers in Menaka
        # were killed"; it must not contain another figure or a clause boundary.
        self.tail = re.compile(
            r"\s+(?:of|from|in|at|near|on|de|du|des|à|au|dans|en)\s+(?P<words>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2})",
            re.I,
        )
        # quotes may close the figure's words or open the next figure's: "“80 terrorists” and seven members"
        # "la mort de six militaires et de trois VDP", "the deaths of six soldiers and of three militiamen": the list
        # repeats its preposition; or names whose the next ones are ("a commander and his three bodyguards")
        joiner = (r"\s*[\"”»]?\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|plus)\s+(?:(?:of|de)\s+|d['’]"
                  r"|(?:his|her|their|its|ses|leurs)\s+)?)(?:[\"“«]\s*)?")
        self.joiner = re.compile(rf"{joiner}$", re.I)
        # "killed seven militants of the NSCN-K (NSCN-K) and two civilians": the victims' group, then the list goes on
        self.joiner_tail = re.compile(rf"\s+(?:of|from|de|du|des)\s+[^,;:.!?\d\n]{{1,80}}?{joiner}$", re.I)
        self.sentence_end = re.compile(r"[.!?;]\s+|\n")


    def not_done(self, text: str, verb_start: int) -> bool:
        """A word before the killing verb says it did not happen: "nearly lynched", "tried to kill"."""
        return self.not_done_rx is not None and bool(self.not_done_rx.search(text, max(0, verb_start - 30), verb_start))

    def wounds_only(self, text: str, verb: str, pos: int) -> bool:
        """A verb that may only wound ("shoot") whose sentence, from `pos` on, tells a wound ("in the leg",
        "wounding him"): no killing (`wounding_verbs`, `wound_told` in the data file)."""
        if self.wounding_verbs is None or self.wound_told is None or not self.wounding_verbs.match(verb.strip()):
            return False
        return bool(self.wound_told.search(text, pos, self.sentence_bounds(text, pos)[1]))

    def object_follows(self, text: str, pos: int) -> bool:
        """True when the verb has a figure as object ("one gunman killed three"): then it is active, not passive. Not
        a figure of the wounded listed after the dead ("2 soldiers killed 5 injured in a blast"): the next toll."""
        space = _SPACE.match(text, pos)
        m = self.figure.match(text, space.end() if space else pos)
        if m is None or m.start() - pos > 2:
            return False
        return not any(rx.match(text, m.end()) and _TOLL_ENDS.match(text, rx.match(text, m.end()).end())
                       for kind, rx in self.nouns.items() if kind != "killed")

    def sentence_bounds(self, text: str, pos: int) -> tuple[int, int]:
        """The start and end of the sentence holding `pos`."""
        start = max((m.end() for m in self.sentence_end.finditer(text, 0, pos)), default=0)
        end_match = self.sentence_end.search(text, pos)
        return start, end_match.start() if end_match else len(text)


# what follows a figure of the wounded that lists a toll rather than naming a verb's object: "5 injured in a blast",
# "5 injured, police said", not "5 injured soldiers"
_TOLL_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:and|in|at|on|near|during|when|as|after|while|et|à|dans|lors)\b)", re.I)
# words ending like a verb ("burns", "burnt") that are none: "was killed and his colleague wounded"
_NOT_VERBS = r"(?:his|its|this|was|is|has|as|us|thus|that|what|it|at|but|yet|not|just|most|first|last|others)"


def _and_verb(kind: str, befores: dict[str, str]) -> str:
    """A second verb may join the casualty verb before its figure ("lynched and burned three men", "ont tué et
    brûlé trois"), unless it is another kind's verb ("killed and wounded 5" counts the wounded)."""
    return rf"(?:\s+(?:and|et)\s+(?!{_other_verbs(kind, befores)}\b)[^\W\d_]+(?:ed|é|ée|és|ées|burnt))?"


def _other_verbs(kind: str, befores: dict[str, str]) -> str:
    """The verbs that take a figure of any other kind than `kind`, as one group."""
    return "(?:" + ("|".join(f"(?:{v})" for k, v in befores.items() if k != kind) or "(?!)") + ")"


def _optional(rules: dict[str, Any], key: str, template: str) -> re.Pattern[str] | None:
    """An optional rule of the data file, put in `template` ("{}" is the pattern), or None when absent."""
    pattern = rules.get(key)
    return re.compile(template.replace("{}", str(pattern)), re.I) if pattern else None


@cache
def count_rules(language: str) -> CountRules:
    """The compiled rules for `language` ("en", "fr"); other languages fall back to English."""
    return CountRules(language if language in ("en", "fr") else "en")
