"""Background vs news: past events a report mentions in passing are recorded, not coded as its events.

"The attacks came a month after two jihadist assaults killed 40 soldiers" reports the assaults as context.
The marker words live in `data/background.yaml`; the date rules (an event dated well before the report's main
event or its publication) live there too, as numbers an analyst can change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import yaml

from sitrep.extract.time_spans import time_span
from sitrep.extract.triggers import DATA, Hit, find_hits, normalise
from sitrep.extract.vocabulary import lang

# How far after a trigger a marker still governs it, when no clause boundary intervenes:
# "The two latest attacks are among the most deadly ...".
MARKER_REACH_AFTER = 60
# "the 20th anniversary of the Kupwara killings": the trigger a few words after "of" is the past event.
COMMEMORATED = re.compile(r"\s+(?:of|d[eu]|des)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
COMMEMORATED_REACH = 40
# Words that open a relative or subordinate clause: a marker after one qualifies that clause, not the trigger.
RELATIVE = re.compile(r"(?<!\w)(?:who|whom|whose|which|where|qui|dont|où)(?!\w)", re.IGNORECASE)
# "Gunmen killed three herders on Monday, the latest in a series of attacks", "..., the third attack in the area
# this month": after its trigger, "the latest" or a count says the event is the newest of a series, so it is news
# (the series is the background).
LATEST = re.compile(
    r"the latest|la dernière en date|(?:the|la|le) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"deuxième|troisième|quatrième|cinquième|sixième|\d+(?:st|nd|rd|th|e)) ",
    re.IGNORECASE,
)
# A funeral or burial, or the families of the dead, mark as past only the deaths they are of: the trigger within
# the "of"/"des" phrase, with no verb between ("the burial on Tuesday of four officers killed", "les familles des
# soldats tués ont été reçues mercredi"; not "the funeral of X was disrupted by clashes").
KIN = r"families|relatives|widows|orphans|familles|veuves|orphelins"
FUNERAL_OR_KIN = re.compile(rf"funeral|burial|obsèques|funérailles|inhumation|enterrement|{KIN}", re.IGNORECASE)
MOURNING_KIN = re.compile(KIN, re.IGNORECASE)
FUNERAL_OF = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:of|for|d[eu]s?|d')\s*"
    r"(?:(?:who|that|qui)\s+[\w'-]+\s+|(?!(?:is|was|were|are|has|have|had|been|a|ont|est)\s)[\w'-]+(?:\s+|(?<=')))"
    r"{0,7}",
    re.IGNORECASE,
)
# A clause cut at its own trigger ("to mark one year since jihadists | killed 80 civilians") keeps the marker that
# ends at most three words before it, with no punctuation between.
LEAD_IN_REACH = 60
LEAD_IN = re.compile(r"(?:\s+[\w'-]+){0,3}\s*$")
# "Two days after the election, gunmen killed ...": a span of time from another event dates the news by that event;
# it makes past only what its own phrase tells ("a month after two attacks killed 40 soldiers, jihadists stormed":
# the killing, not the storming), so it governs no trigger after the comma that ends its phrase.
TIME_FROM = re.compile(r"\b(?:after|before|since|après|avant|depuis)$", re.IGNORECASE)
# "no convoy has arrived since jihadists ambushed ...": a state dated from an event makes past only the event
# after "since", never one told before it or in it ("gunmen killed three; residents have fled since", "workers
# have been on strike since ...").
STATE_SINCE = re.compile(r"^(?:has|have|had)\b.*\bsince$", re.IGNORECASE)
PHRASE_END = re.compile(r"[,;:]")
TRIGGER_WORD = re.compile(r"[\w'-]+")
PAST = re.compile(r"(?<!\w)(?:last|earlier|previous|dernière?|passée?)(?!\w)", re.IGNORECASE)  # a time gone by


@dataclass(frozen=True, slots=True)
class BackgroundRules:
    patterns: dict[str, re.Pattern[str]]
    retrospective: dict[str, re.Pattern[str]]
    occasions: dict[str, re.Pattern[str]]
    grievances: dict[str, re.Pattern[str]]
    habit_verbs: dict[str, frozenset[str]]
    habit_adverbs: dict[str, frozenset[str]]
    retrospective_sentences: int
    max_days_before_main: int
    max_days_before_published: int


@cache
def rules() -> BackgroundRules:
    path = DATA / "background.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return BackgroundRules(
            compile_patterns({lang: [*words, time_span(lang)] for lang, words in raw["patterns"].items()}, path),
            compile_patterns(raw["retrospective"], path),
            compile_patterns(raw["occasions"], path),
            compile_patterns(raw["grievances"], path),
            {lang: frozenset(words) for lang, words in raw["habit_verbs"].items()},
            {lang: frozenset(words) for lang, words in raw["habit_adverbs"].items()},
            int(raw["retrospective_sentences"]),
            int(raw["max_days_before_main"]),
            int(raw["max_days_before_published"]),
        )
    except KeyError as exc:
        raise ValueError(f"{path}: missing {exc}") from exc


def compile_patterns(by_language: dict[str, list[str]], path: object) -> dict[str, re.Pattern[str]]:
    """One case-insensitive alternation per language, starting at a word start; a bad pattern names the file."""
    patterns: dict[str, re.Pattern[str]] = {}
    for language, words in by_language.items():
        try:
            patterns[language] = re.compile(r"(?<!\w)(?:" + "|".join(words) + ")", re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{path}: bad pattern for {language!r}: {exc}") from exc
    return patterns


def retrospective(opening: str, language: str) -> str | None:
    """The words that make a whole report a look back ("ten years after the attack"), read in its opening.

    Not the occasion of the report's own event ("a shutdown was observed on the 20th anniversary of the
    killings", "a bomb planted to mark the anniversary"), nor what a protest in the opening is about
    ("protested after posters for the leader's birth anniversary were torn"): those events are news."""
    text = normalise(opening)
    code = lang(language)
    for m in rules().retrospective[code].finditer(text):
        if _occasion(text, m, code):
            continue
        sentence = _sentence_around(text, m.start())
        if any(h.sub.event_type == "Protests" for h in find_hits(text, *sentence, language)):
            continue
        return m.group(0)
    return None


def _occasion(text: str, marker: re.Match[str], code: str) -> bool:
    """The marker is inside words naming the day a new event chose ("to mark the 11th anniversary of")."""
    return any(
        o.start() <= marker.start() and marker.end() <= o.end() for o in rules().occasions[code].finditer(text)
    )


def _commemorated(segment: str, marker: re.Match[str], trigger: int) -> bool:
    """The trigger is the event the anniversary is of ("on the anniversary of the killings")."""
    return 0 <= trigger - marker.end() <= COMMEMORATED_REACH and bool(
        COMMEMORATED.match(segment, marker.end(), trigger)
    )


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end + 1)


def background_marker(text: str, clause: tuple[int, int], trigger_start: int, language: str) -> str | None:
    """The marker words that make this trigger a past event, or None (see `marker_at`)."""
    found = marker_at(text, clause, trigger_start, language)
    return found[0] if found else None


def marker_at(text: str, clause: tuple[int, int], trigger_start: int, language: str) -> tuple[str, int] | None:
    """The marker words that make this trigger a past event and where they start in `text`, or None.

    A marker counts when it comes before the trigger in its clause ("Earlier this month, CAM seized ...") or
    shortly after it ("the two latest attacks are among the deadliest"), unless it names the occasion the event
    chose ("to mark the anniversary of"), or a relative clause stands between ("shot dead a man who had
    previously escaped": the marker is about what the man did). A protest about a past event is a new protest:
    after a protest trigger the words tell what it is about ("protested the killing of a youth the previous
    day", "demanded a retrial of a man sentenced to death"), and an anniversary, trial or sentence never makes
    it past.
    """
    code = lang(language)
    protest = _protest_trigger(text, clause, trigger_start, language)
    if clause[0] == trigger_start and not protest:
        lead_in = _lead_in(text, clause[0], code)
        if lead_in is not None:
            return lead_in
    segment = normalise(text[clause[0] : clause[1]])
    for m in rules().patterns[code].finditer(segment):
        at = clause[0] + m.start()
        if _occasion(segment, m, code) and not _commemorated(segment, m, trigger_start - clause[0]):
            continue
        if FUNERAL_OR_KIN.match(m.group(0)) and not FUNERAL_OF.fullmatch(segment, m.end(), trigger_start - clause[0]):
            continue
        if protest and (at > trigger_start or rules().grievances[code].fullmatch(m.group(0))) and not (
            _dates_trigger(text, trigger_start, at, m.group(0))
        ):
            continue
        if at > trigger_start and (
            RELATIVE.search(segment, trigger_start - clause[0], m.start()) or LATEST.match(m.group(0))
        ):
            continue
        if TIME_FROM.search(m.group(0)) and at < trigger_start and PHRASE_END.search(
            segment, m.end(), trigger_start - clause[0]
        ):
            continue
        if STATE_SINCE.match(m.group(0).strip()) and clause[0] + m.end() > trigger_start:
            continue
        if at < trigger_start or at - trigger_start <= MARKER_REACH_AFTER:
            return m.group(0).strip(), at
    return None


def predicate_marker(text: str, predicate: tuple[int, int], language: str) -> tuple[str, int] | None:
    """The marker in the predicate an event noun is the subject of, however long the subject ("les attaques de Boko
    Haram et de l'ISWAP contre des villages de la zone | ont repris ces dernières années"): the predicate's time is
    the events'. Not a span from another event ("ont repris deux jours après l'attaque" dates the news by it), a
    rank ("est la troisième attaque cette année": the newest of a series), an occasion or a funeral."""
    code = lang(language)
    segment = normalise(text[predicate[0] : predicate[1]])
    for m in rules().patterns[code].finditer(segment):
        word = m.group(0).strip()
        if TIME_FROM.search(word) or LATEST.match(word) or FUNERAL_OR_KIN.match(word) or _occasion(segment, m, code):
            continue
        return word, predicate[0] + m.start()
    return None


def _dates_trigger(text: str, trigger_start: int, marker_start: int, marker: str) -> bool:
    """A marker of a time gone by follows the trigger word itself ("killed in the protests last June"): it dates
    that protest, not what it was about ("Protests in July against crime" may be this July's)."""
    word = TRIGGER_WORD.match(text, trigger_start)
    return (
        word is not None
        and word.end() <= marker_start
        and not text[word.end() : marker_start].strip()
        and PAST.search(marker) is not None
    )


def _lead_in(text: str, start: int, code: str) -> tuple[str, int] | None:
    """A marker the clause cut leaves just before a clause that opens with its trigger ("a series of | attacks",
    "one year since jihadists | killed"), in the same stretch of the sentence."""
    window_start = max(0, start - LEAD_IN_REACH)
    window = normalise(text[window_start:start])
    for m in rules().patterns[code].finditer(window):
        if LEAD_IN.fullmatch(window, m.end()) and not _occasion(window, m, code):
            return m.group(0).strip(), window_start + m.start()
    return None


def recalls_occasion(marker: str, language: str) -> bool:
    """The marker names why a report looks back (a trial, a sentence, an anniversary, a funeral), not only when."""
    code = lang(language)
    return bool(rules().grievances[code].fullmatch(marker) or FUNERAL_OR_KIN.match(marker))


def _protest_trigger(text: str, clause: tuple[int, int], trigger_start: int, language: str) -> bool:
    hits: list[Hit] = find_hits(text, clause[0], clause[1], language)
    return any(h.start == trigger_start and h.sub.event_type == "Protests" for h in hits)


def too_old(date: dt.date | None, main_date: dt.date | None, reference: dt.date | None) -> str | None:
    """Why a dated event is background by its date alone, or None."""
    if date is None:
        return None
    r = rules()
    if main_date is not None and (main_date - date).days > r.max_days_before_main:
        return f"dated {date}, {(main_date - date).days} days before the report's main event"
    if reference is not None and (reference - date).days > r.max_days_before_published:
        return f"dated {date}, {(reference - date).days} days before the report"
    return None
