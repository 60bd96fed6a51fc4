"""Who a report's headline says attacked: attribution the body often leaves vague.

Most layouts keep the headline in `Article.title`, outside `Article.text`, so the body's role reading never sees
it. Yet a headline often names the perpetrator the body calls only "gunmen" or "bandits armés" ("Boko Haram
kills 12 in Borno", "... crimes commis par le MNLA"). `headline_actors` reads those named perpetrators, with
Evidence into the title (`in_title=True`); `credit_headline` gives one to the report's main event when the body
left its attacker unidentified. The cue words are `headline_*` classes in `data/roles.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.extract.actors import ActorKB, get_actor_kb
from sitrep.extract.context import role_words
from sitrep.extract.role_conventions import ARMED, is_unidentified
from sitrep.extract.vocabulary import lang
from sitrep.models import ActorRef, Article, EventMention, Evidence

# Groups a headline may credit with an attack over the body's unidentified attacker: non-state armed actors only
# (a state force, civilians or a crowd in a headline is no attribution the body lacks).
NON_STATE = {"Rebel group", "Political militia", "Identity militia"}
# Words that may stand between a cue and the group: "by the suspected", "par les présumés".
_DETERMINERS = re.compile(
    r"(?:\s+|^)(?:the|a|an|suspected|alleged|le|la|les|l'|des|du|de|d'|présumés?|supposés?|au|aux)\s*$", re.IGNORECASE
)
# A clause of a headline ends at these: "X attaque Y : les preuves ..." are two clauses.
_CLAUSE_END = re.compile(r"[:;|?!]|\s[-–—]\s|\.\s")


@dataclass(frozen=True, slots=True)
class HeadlineActor:
    """A group the headline names as the perpetrator, with the cue that says so ("agent", "by")."""

    ref: ActorRef  # evidence: start/end into Article.title, in_title=True
    cue: str


def headline_actors(article: Article, language: str, country: str | None = None) -> list[HeadlineActor]:
    """The named actors `article`'s headline gives as perpetrators, in headline order, each once. `country`
    (name or code) resolves names that differ by country ("IS" in a Mali report is the Islamic State Sahel)."""
    title = article.title
    if not title:
        return []
    code = lang(language)
    words = role_words().patterns[code]
    plain = title.replace("’", "'")
    found: list[HeadlineActor] = []
    for mention in get_actor_kb().find_mentions(title, code, country, when=article.about_date):
        if mention.generic or is_unidentified(mention.ref) or any(f.ref.name == mention.ref.name for f in found):
            continue  # categories, and a group's members named after it ("Boko Haram gunmen")
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(plain, 0, mention.start)), default=0)
        before = _strip_determiners(plain[clause_start : mention.start])
        if _ends_with(words["headline_target"], before):
            continue  # "attack on X", "l'armée neutralise des terroristes du X"
        cue = None
        if _ends_with(words["headline_by"], before) and words["headline_violence"].search(before):
            cue = "by"
        elif _agent_follows(plain[mention.end :], words["headline_agent"], words["headline_members"]):
            cue = "agent"
        if cue is None:
            continue
        evidence = Evidence(article_id=article.id, start=mention.start, end=mention.end, quote=title,
                            rule=f"actor:headline:{cue}", in_title=True)
        found.append(HeadlineActor(mention.ref.model_copy(update={"evidence": evidence}), cue))
    return found


def credit_headline(article: Article, events: list[EventMention], language: str) -> list[EventMention]:
    """`events` with the report's main event (the first) credited to the group its headline names as the
    perpetrator, when the body left the attacker unidentified (or named none). Only a violent event; only a
    non-state group that is not the event's other side; never over a group the body names; never when the
    headline credits two different groups. The other events are left as they are."""
    if not events or not article.title:
        return events
    main = events[0]
    if main.event_type not in ARMED or (main.actor1 is not None and not is_unidentified(main.actor1)):
        return events
    kb = get_actor_kb()
    country = _event_country(main)
    other_side = {r.name for r in (main.actor2, *main.assoc_actor_2) if r is not None}
    credited = [
        h.ref for h in headline_actors(article, language, country)
        if h.ref.actor_type in NON_STATE and h.ref.name not in other_side
    ]
    if len({r.name for r in credited}) != 1:
        return events
    ref = _of_the_time(kb, credited[0], main, article)
    ref = ref.model_copy(update={"inter_code": kb.inter_code(ref, country)})
    credited_main = main.model_copy(
        update={"actor1": ref, "notes": f"{main.notes}, actor1:headline ({ref.mention or ref.name})".lstrip(", ")}
    )
    return [credited_main, *events[1:]]


def _strip_determiners(text: str) -> str:
    text = text.rstrip()
    while (m := _DETERMINERS.search(text)) and m.start() < len(text):
        text = text[: m.start()].rstrip()
    return text


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _agent_follows(after: str, agent: re.Pattern[str], members: re.Pattern[str]) -> bool:
    """The words after a group make it the doer: "kills", "attack", "fighters kill", "-claimed attack"."""
    rest = after.lstrip()
    for _ in range(2):  # "Boko Haram fighters kill", "al-Shabaab's suspected militants attack"
        m = members.match(rest)
        if m is None or m.end() == 0:
            break
        rest = rest[m.end() :].lstrip()
    return agent.match(rest) is not None or agent.match(after) is not None


def _event_country(event: EventMention) -> str | None:
    if event.location is not None and event.location.place.country:
        return event.location.place.country
    return event.actor1.country if event.actor1 is not None else None


def _of_the_time(kb: ActorKB, ref: ActorRef, event: EventMention, article: Article) -> ActorRef:
    """The name ACLED gave the group on the event's date (else the publication date, else the analyst's), evidence
    kept."""
    when = event.date.value if event.date is not None and event.date.value is not None else article.about_date
    return kb.as_of(ref, when)
