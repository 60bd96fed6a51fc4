"""The figures of one event: each count claim with the side it belongs to, who gave it, and the days and places it
covers.

How a figure relates to the others (`CountMention.included`/`additional`/`revised`, a vague word) is kept on the
claim's fields, which `sitrep.resolve.tolls` reads to sum one source's figures, and on its evidence rule as
`+included`, `+additional`, `+vague`, `+revised`, `+superseded`, `+unconfirmed`, `+claimed`, `+aggregate` suffixes
("count:killed:after+included") for the reader of an explanation (`superseded`, a figure an updated toll replaced,
`unconfirmed`, `claimed` (the claimant's own count of its kills) and `aggregate` (a toll told for several attacks
together, which also covers that many places) are kept on the rule only). A figure that
a protest or reprisal is about (`grievance`) is not a claim of this event.

A figure told for several days ("20 people were killed over two days", "from 11 to 13 August") covers that many
days (`CountClaim.days`, patterns `span_days` in `data/numbers_<language>.yaml`): ACLED codes one event per day
and divides the figure among them. The figure's own sentence is read first; a sentence that dates the figure to
one day keeps it to one day; a brief report (an ACLED note, a wire item) is read whole; a report saying its toll
was coded on one day ("coded on last day of violence") is one day's. Likewise a figure told for places listed
together ("the villages of Xa, Yb and Zc", patterns `place_nouns` in the same file) covers each of them
(`CountClaim.places`): ACLED codes one event per location; two names sharing the noun after them ("in Xa and Yb
villages") are one location.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.attribution import find_attribution, is_anaphoric
from sitrep.extract.context import Group, Report, Sentence
from sitrep.extract.counts import CountMention, count_rules
from sitrep.extract.discourse import coordinated_places
from sitrep.extract.triggers import normalise, target_class
from sitrep.models import ActorRef, CountClaim, Toponym

SOURCE_LOOKBACK = 3  # sentences searched back for the source "the same source" points to
BRIEF_SENTENCES = 6  # a report this short tells one event: a span of days anywhere in it covers its figures
STRATEGIC = "Strategic developments"  # not coded when the report tells violence: its figures are the violence's
DAMAGE = "Looting/property destruction"  # kills no one: the dead told in its clause are another violence's
TOLLS = ("killed", "injured")  # the figures of people hurt, which a clause telling only damage cannot hold
MAX_DAYS = 31  # a longer span is a campaign, not one event's days
# a date window ("between Nov. 15 and 18") or a night across midnight ("la nuit du 11 au 12 juin"): not days
WINDOW = re.compile(r"\b(?:between|entre|nuit|night(?:\s+of)?)\s+$", re.I)


def count_claims(
    report: Report, counts: list[CountMention], actor1: ActorRef | None, actor2: ActorRef | None
) -> list[CountClaim]:
    """Every figure given for the event, with the side it belongs to and who gave it."""
    claims: list[CountClaim] = []
    starts = {c.start for c in counts}
    for count in counts:
        if count.grievance:
            continue
        if count.part_of is not None and count.part_of not in starts:
            # "Two people were killed in A. In B, a man and a woman were shot dead": parts of another event's total
            count = replace(count, included=False)
        sentence = report.sentence_of(count.start)
        attributed = (find_attribution(sentence.text, report.language, report.clause_starts(sentence))
                      if sentence else None)
        if attributed and sentence and is_anaphoric(attributed, report.language):
            attributed = _earlier_source(report, sentence.index)
        vague = count.vague and count.qualifier != "about"  # "several", "dozens"; "une dizaine" is a figure
        claims.append(
            CountClaim(
                kind=count.kind,  # type: ignore[arg-type]
                low=count.low,
                high=count.high,
                who=count.who,
                side=_side(report, count, actor1, actor2),
                attributed_to=attributed,
                evidence=report.evidence(count.start, count.end, count.rule + claim_flags(count)),
                included=count.included,
                additional=count.additional,
                vague=vague,
                revised=count.revised,
                days=days_covered(report, count),
                places=max(places_covered(report, count), count.events),
            )
        )
    return claims


def claim_flags(count: CountMention) -> str:
    """The evidence-rule suffix that says how the figure relates to the others ("+included+vague")."""
    names = ("included", "additional", "revised", "superseded", "unconfirmed", "claimed")
    flags = [name for name in names if getattr(count, name)]
    if count.events > 1:
        flags.append("aggregate")
    if count.vague and count.qualifier != "about":
        flags.append("vague")
    return "".join(f"+{flag}" for flag in flags)


def span_days(text: str, language: str) -> int | None:
    """The days a stretch of text says its events span ("over three days": 3), or None when it names no span."""
    for span in count_rules(language).day_spans:
        for m in span.pattern.finditer(text):
            days = span.days or _days_of(m, language)
            if days is not None and 1 < days <= MAX_DAYS:
                return days
    return None


def _days_of(m: re.Match[str], language: str) -> int | None:
    groups = m.groupdict()
    if groups.get("n"):
        return count_rules(language).numbers.value(groups["n"])
    if groups.get("h"):
        return -(-int(groups["h"]) // 24)  # 36 hours run into a second day
    if groups.get("d1") and groups.get("d2"):
        first, last = int(groups["d1"]), int(groups["d2"])
        if last <= first or WINDOW.search(m.string, max(0, m.start() - 12), m.start()):
            return None
        listed = groups.get("sep", "").lower() in ("and", "et")  # "on 17 and 21 June": two days, not five
        return 2 if listed else last - first + 1
    return None


def days_covered(report: Report, count: CountMention) -> int:
    """How many days a figure covers: 1 when the report says its toll was coded on one day; else the span its own
    sentence names, 1 when that sentence dates it to one day, else the span a brief report names anywhere."""
    if count_rules(report.language).coded_one_day.search(report.article.text):
        return 1
    sentence = report.sentence_of(count.start)
    if sentence is not None:
        days = span_days(sentence.text, report.language)
        if days is not None:
            return days
        if _dated_one_day(report, sentence):
            return 1
    if len(report.sentences) <= BRIEF_SENTENCES:
        return span_days(report.article.text, report.language) or 1
    return 1


# a place's name: one capitalised word ("Maiwa"); an acronym or a hyphenated pair (a route, "Bitta-Damboa") is not one
_NAME = r"(?-i:[A-Z][a-zà-ÿ'’]+)(?![\w-])"
# a listed place may say where it lies and when it was hit: "Uzaar in Tombo", "Vase in Ukum local government on 21/06"
_WHERE = (rf"(?:\s+(?:in|à|dans)\s+{_NAME}(?:\s+(?:local\s+government(?:\s+area)?|LGA|district|county|commune))?)?"
          r"(?:\s+on\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?")
_ITEM = rf"{_NAME}{_WHERE}"
_LIST = re.compile(rf"(?<![\w-]){_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|et)\s+{_ITEM}(?!\s+(?-i:[A-Z]))")
_ITEMS = re.compile(rf"(?:^|,|\b(?:and|et)\b)\s*(?P<name>{_NAME})")
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+$")  # "the Ouagadougou Centre and Sirte University"


def listed_places(report: Report, start: int, end: int) -> int:
    """How many places `text[start:end]` lists for one event ("the villages of Xa, Yb and Zc": 3); 0 for none
    (see `place_nouns` in `data/numbers_<language>.yaml`)."""
    rules = count_rules(report.language).place_list
    text = report.article.text
    for m in _LIST.finditer(text, start, end):
        before = text[max(start, m.start() - 30) : m.start()]
        if rules.route.search(before) or _CAPITALISED_BEFORE.search(before) or rules.not_after.match(text, m.end()):
            continue
        items = [m.start() + i.end("name") - len(i.group("name")) for i in _ITEMS.finditer(m.group(0))]
        if len(items) == 2 and rules.after.match(text, m.end()) and not rules.before.search(before):
            continue  # "in Ntirango and Loliondo villages": a pair sharing its noun is one location
        named = [t for t in report.toponyms if t.start in items]  # the listed places, not where they lie
        if any(t.place is not None and not _locality(t) and not t.rule.endswith("region-fallback") for t in named):
            continue  # countries or regions: "Mali and Niger" (not a village placed at its region for want of it)
        if rules.before.search(before) or rules.after.match(text, m.end()) or any(_locality(t) for t in named):
            return len(items)
    return 0


def _locality(toponym: Toponym) -> bool:
    place = toponym.place
    return place is None or place.feature_class == "P" and not toponym.rule.endswith("region-fallback")


def places_covered(report: Report, count: CountMention) -> int:
    """How many places a figure covers: the places its own sentence lists; none when that sentence names a place
    of its own; else, in a brief report (an ACLED note), the places its opening sentence lists. ACLED codes one
    event per location and divides the toll evenly."""
    sentence = report.sentence_of(count.start)
    if sentence is None:
        return 1
    listed = listed_places(report, sentence.start, sentence.end)
    if listed or any(sentence.start <= t.start < sentence.end for t in report.toponyms):
        return max(listed, 1)
    if len(report.sentences) <= BRIEF_SENTENCES and sentence.index > 0:
        opening = report.sentences[0]
        return max(listed_places(report, opening.start, opening.end), 1)
    return 1


def _dated_one_day(report: Report, sentence: Sentence) -> bool:
    return any(d.precision == 1 and sentence.start <= d.start < sentence.end for d in report.dates)


def _earlier_source(report: Report, index: int) -> str | None:
    """The source named in the closest sentence before `index` ("..., a security source said. ... the same
    source said"); None when there is none (the figure is then the report's own)."""
    for sentence in reversed(report.sentences[max(0, index - SOURCE_LOOKBACK) : index]):
        source = find_attribution(sentence.text, report.language, report.clause_starts(sentence))
        if source and not is_anaphoric(source, report.language):
            return source
    return None


def _side(report: Report, count: CountMention, actor1: ActorRef | None, actor2: ActorRef | None) -> str:
    """Whose dead these are: soldiers -> the state side, assailants -> the armed side, civilians -> civilians."""
    cls = target_class(count.who or count.text, report.language) or _marked_side(report, count)
    if cls == "civilian":
        return "civilians"
    if cls == "military":
        if actor2 is not None and actor2.inter_code == 1:
            return "actor2"
        if actor1 is not None and actor1.inter_code == 1:
            return "actor1"
        return "unknown"
    if cls == "armed_group":
        if actor1 is not None and actor1.inter_code not in (1, 7):
            return "actor1"
        if actor2 is not None and actor2.inter_code not in (1, 7):
            return "actor2"
    if cls is None and count.who:
        # "killed eight al Shabaab", "3 rioters killed": the victims named by an actor's own name (or, in lower
        # case, the words the report named the actor by) are that actor's dead
        for side, actor in (("actor1", actor1), ("actor2", actor2)):
            if actor is None or actor.inter_code == 7:
                continue
            words = f"{actor.mention or ''} {actor.name}" if count.who[:1].isupper() else actor.mention or ""
            if count.who.lower() in words.lower().split():
                return side
    return "unknown"


def _marked_side(report: Report, count: CountMention) -> str | None:
    """The side a figure with no victims' noun is told for by a marker before it in its sentence ("Côté ami, l'armée
    déplore sept morts": the army's; `side_before` in `data/numbers_<language>.yaml`)."""
    sentence = report.sentence_of(count.start)
    if sentence is None:
        return None
    before = report.article.text[sentence.start : count.start]
    return next((cls for cls, marker in count_rules(report.language).side_markers if marker.search(before)), None)


def assign_counts(
    groups: list[Group], counts: list[CountMention], report: Report, reach: int
) -> list[list[CountMention]]:
    """Each figure's event, by index in `groups`: the event whose clause holds it; else the one event whose place
    its sentence names ("In Kidal, three soldiers died"); else, in a brief report (which tells one event), the first
    violent event ("A convoy was ambushed. Between 6 and 10 casualties. Elsewhere militants fought the police": the
    ambush's); else the one reported just before it, up to `reach` sentences back; else, for a figure told before
    every event ("Police found the bodies of four men. They had been strangled"), the first event when it is told in
    the same or the next sentence.

    Events told apart by place in one clause ("the assaults on the villages of X and Y") share its clauses: a
    figure goes to the first place's event, unless its sentence names one of the places alone ("Y had also been
    attacked, causing a number of deaths"), which takes it (`place_of_split`)."""
    owned: list[list[CountMention]] = [[] for _ in groups]
    clauses = [(u.clause, u.sentence.index, i) for i, g in enumerate(groups) for u in g.units]
    damage = {u.clause: u.ctype.hits[0].start for g in groups for u in g.units
              if all(h.sub.sub_event_type == DAMAGE for h in u.ctype.hits)}
    # a figure told after a deployment ("Police were deployed. 1 man died") is the violence's
    violent = {i for i, g in enumerate(groups) if g.event_type != STRATEGIC}
    near = [c for c in clauses if c[2] in violent] or clauses
    places = [g.places() for g in groups]
    splits = _split_places(report, groups)
    unowned: list[CountMention] = []
    brief = bool(groups) and len(report.sentences) <= BRIEF_SENTENCES
    for count in counts:
        if brief and not any(a <= count.start < b for (a, b), _, _ in clauses) \
                and owner_by_place(report, count, places) is None:
            unowned.append(count)  # a brief report's figure no clause holds is the first event's
            continue
        owner = _owner(report, count, clauses, near, places, reach, damage)
        if owner is not None:
            owned[place_of_split(report, count, owner, splits)].append(count)
        else:
            unowned.append(count)
    if groups and len(report.sentences) <= BRIEF_SENTENCES:
        _brief_toll_to_first(report, groups, owned, unowned)
    _combatants_to_battle(report, groups, owned)
    return owned


def _combatants_to_battle(report: Report, groups: list[Group], owned: list[list[CountMention]]) -> None:
    """Civilians killed apart from a battle are an event of their own, but the fighters' and the forces' dead in
    its clauses are the battle's ("2 raiders killed and 2 civilians killed" after "raiders clash with police")."""
    index = {id(g): i for i, g in enumerate(groups)}
    for i, group in enumerate(groups):
        parent = index.get(id(group.parent))
        if parent is None or (group.coded or ("",))[0] != "Violence against civilians":
            continue
        moved = [c for c in owned[i]
                 if target_class(c.who or c.text, report.language) in ("military", "armed_group")]
        if moved:
            owned[i] = [c for c in owned[i] if c not in moved]
            owned[parent] = sorted(owned[parent] + moved, key=lambda c: c.start)


def _brief_toll_to_first(
    report: Report, groups: list[Group], owned: list[list[CountMention]], unowned: list[CountMention]
) -> None:
    """A brief report (an ACLED note) tells one event, so its figures are the first event's: a figure no event's
    clause holds, however far from it ("Post-election riots. LOCATION: ... FATALITIES: 15"); and a casualty-only
    clause with no place or date of its own ("The 2 suspects were shot dead.", "3 people killed.") that joined a
    later-told event, when the first event has no figure of that kind ("Police in shootout with gunmen. Suspects
    threw a grenade. The 2 suspects were shot dead.": the shootout killed 2). The first event is the first violent
    one: an arrest told before the violence is not coded ("Violence sparked by the arrest of X. 5 civilians killed")."""
    first = next((i for i, g in enumerate(groups) if g.event_type != STRATEGIC), 0)
    owned[first] = sorted(owned[first] + unowned, key=lambda c: c.start)
    if len(groups) < first + 2 or not groups[first].strong:
        return
    told = {c.kind for c in owned[first]}
    for i, group in enumerate(groups[first + 1 :], first + 1):
        if group.parent is not None:
            continue
        loose = [u.clause for u in group.units if u.ctype.hit.sub.name == "generic" and u.date is None
                 and u.sentence.index > groups[first].units[0].sentence.index
                 and not _names_place(report, u.sentence)]
        moved = [c for c in owned[i] if c.kind not in told and any(a <= c.start < b for a, b in loose)]
        owned[i] = [c for c in owned[i] if c not in moved]
        owned[first] = sorted(owned[first] + moved, key=lambda c: c.start)


def _owner(
    report: Report, count: CountMention, clauses: list[tuple[tuple[int, int], int, int]],
    near: list[tuple[tuple[int, int], int, int]], places: list[list[Toponym]], reach: int,
    damage: dict[tuple[int, int], int],
) -> int | None:
    """`near`: the clauses a figure outside every clause may go to; `damage`: the clauses that tell only damage to
    property, with where their first trigger starts."""
    inside = [i for (a, b), _, i in clauses if a <= count.start < b]
    if inside and count.kind in TOLLS and all(
        count.end <= damage.get(c, -1) for c, _, _ in clauses if c[0] <= count.start < c[1]
    ):
        # "La Minusca a fait état de sept morts et de plusieurs cases incendiées": burning and looting kill no one;
        # the dead a clause gives before it tells only damage to property are the violence told before it, if any
        earlier = _before(report, count, [c for c in near if c[0] not in damage], reach)
        return inside[0] if earlier is None else earlier
    if inside:
        return inside[0]
    by_place = owner_by_place(report, count, places)
    if by_place is not None:
        return by_place
    sentence = report.sentence_of(count.start)
    if sentence is None:
        return None
    # a clause shared by events split by place is the first place's: ties go to the earlier event
    if any(b <= count.start for (_, b), _, _ in near):
        return _before(report, count, near, reach)
    after = [(a, index, i) for (a, _), index, i in near if a > count.start]
    if after:
        _, index, i = min(after)
        if index - sentence.index <= 1:
            return i
    return None


def _before(
    report: Report, count: CountMention, near: list[tuple[tuple[int, int], int, int]], reach: int
) -> int | None:
    """The event of the clause of `near` that ends last before the figure, up to `reach` sentences back."""
    sentence = report.sentence_of(count.start)
    before = [(b, index, -i) for (_, b), index, i in near if b <= count.start]
    if sentence is None or not before:
        return None
    _, index, i = max(before)
    return -i if sentence.index - index <= reach else None


def _names_place(report: Report, sentence: Sentence) -> bool:
    return any(sentence.start <= t.start < sentence.end for t in report.toponyms)


def _split_places(report: Report, groups: list[Group]) -> dict[int, list[tuple[int, Toponym]]]:
    """For each event split by place (`event_splits.split_coordinated_places`), by the index of each of its events:
    the events' indexes with the place each stands for, first place first."""
    splits: dict[int, list[tuple[int, Toponym]]] = {}
    for i, group in enumerate(groups):
        clauses = [u.clause for u in group.units]  # civilians killed apart are a child with clauses of its own
        children = [j for j, g in enumerate(groups) if g.parent is group and [u.clause for u in g.units] == clauses]
        if not children:
            continue
        chain = next((c for u in group.units if len(c := coordinated_places(report, u)) >= 2), [])
        if len(chain) != len(children) + 1:
            continue
        family = list(zip([i, *children], chain, strict=True))
        for j, _ in family:
            splits[j] = family
    return splits


def place_of_split(
    report: Report, count: CountMention, owner: int, splits: dict[int, list[tuple[int, Toponym]]]
) -> int:
    """The event of the one place of a split event that the figure's sentence names; `owner` otherwise."""
    family = splits.get(owner)
    sentence = report.sentence_of(count.start)
    if not family or sentence is None:
        return owner
    text = normalise(sentence.text)
    named = [j for j, place in family if re.search(rf"(?<!\w){re.escape(normalise(place.text))}(?!\w)", text)]
    return named[0] if len(named) == 1 else owner


def owner_by_place(report: Report, count: CountMention, places: list[list[Toponym]]) -> int | None:
    """The one event whose place the figure's sentence names ("In Kidal, three soldiers died"), by its index in
    `places` (each event's places, e.g. `[g.places() for g in groups]`); None when no event's place is named there.
    When several are, the one told most at that place (its share of its own places), if only one is. For a figure
    outside every event's clause, before falling back to the nearest event."""
    sentence = report.sentence_of(count.start)
    if sentence is None:
        return None
    named = {_place_key(t) for t in report.toponyms if sentence.start <= t.start < sentence.end and t.place}
    shares = {
        i: sum(_place_key(t) in named for t in located) / len(located)
        for i, own in enumerate(places)
        if (located := [t for t in own if t.place]) and named & {_place_key(t) for t in located}
    }
    if not shares:
        return None
    top = max(shares.values())
    owners = [i for i, share in shares.items() if share == top]
    return owners[0] if len(owners) == 1 else None


def _place_key(toponym: Toponym) -> str:
    place = toponym.place
    return str(place.geonameid or place.name) if place else toponym.text
