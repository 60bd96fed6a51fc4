"""Reading one source's toll the way ACLED and UCDP count: totals for the whole event, sides summed.

A source states one or more totals. Its figures are grouped by authority ("the army said", "selon la même
source" = the source named before, see `sitrep.extract.event_counts`; "police" and "a police spokesman" are one,
`authority_key`); figures with no authority count towards every authority's total for the parts that authority did
not give. Within one authority's statement:

- a figure for one side ("5 soldiers", "30 assailants") or one of a list of victims ("a soldier and a police
  reservist") is a part; parts are summed (35). Figures of the same side are restatements (the lower one is
  the low end, the higher one the high end), unless listed together in one sentence or said to come on top
  ("4 soldiers and 3 gendarmes", "three others"); a list restated in another sentence ("80 terrorists" ...
  "80 militants") is the same parts again. One person told with no figure ("the FC killed the militant behind the
  attack") is one of the side's numbered figure ("three militants were killed": 3), not a lower count; so is one
  told with no side beside a whole toll ("shot dead the gang leader ... four gang members were killed": 4).
- a figure that names no known side ("49 people died", "20 morts") is a whole total on its own; the victims'
  parts are then details of it ("49 people died: 40 soldiers and 9 civilians" = 49), unless they add up to more
  (a revised count: "the earlier figure of 12 dead ... 14 civilians" gives 12 and 14). The attackers' own dead
  and figures said to come on top are added to it ("21 people were killed ... all five attackers were killed"
  = 26): a generic toll counts the victims. Each whole figure is a total, so an earlier toll quoted in a later
  report ("a previous toll was 137") stays a reported total.
- a figure that breaks down another ("including 8 children", "dont 3 enfants") is never added.
- an updated toll ("the death toll rose to six", "was eventually raised to sixteen") replaces the totals the same
  source gave before it (ACLED codes a report's latest toll; the lowest across sources still counts), and marks its
  total `revised`: the most likely figure (`sitrep.resolve.build`) prefers it. A figure the source says was
  replaced ("the earlier figure of 12 dead was revised", "un bilan précédent") is not a total when the source gives
  another; nor is a figure its clause says is not confirmed ("7 other deaths are feared but unconfirmed"). When
  the source gives no other, its total is marked `superseded`: another source's current figure is preferred
  (`sitrep.resolve.build`).
- victims whose noun says who they are ("2 officers", "2 of the attackers") are a side's part even when no actor
  of that side is coded; the attackers' dead add to a whole toll.

Across sources (`current_totals`), an authority's later report replaces its earlier totals (when the authority gives a
figure of its own in it, not only "several terrorists"), and a figure a later correction withdrew ("earlier reports
said 12 ...; the figure is 10") is no report's total; a later report's toll
that rose replaces no other report's lower one (the gold sets code the lowest reported figure). A toll told for
several attacks together ("40 soldiers were killed in the two attacks") and the attack's claimant's count of its own
kills ("the group says it killed 85") give way to any report's own figure for the event: ACLED divides the first
among the attacks, and takes the second, only when nothing better is reported.

A total built only on sides' figures keeps each side's (`Total.parts`), so that the attackers' dead one report
gives can be added to another report's victims (`sitrep.resolve.build`).

A total covers as many days and places as its figures do (`CountClaim.days`, `CountClaim.places`); `Total.share` is
what ACLED codes for the first of those days' and places' events (the total divided evenly among the days, rounded
to the nearest whole, then among the places, the first place taking the remainder).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TypedDict

from sitrep.extract.attribution import authority_key
from sitrep.extract.counts import generic_victims
from sitrep.extract.triggers import target_class
from sitrep.models import CountClaim, CountKind


@dataclass(frozen=True, slots=True)
class Total:
    """One authority's total for one kind of count, as one source reports it."""

    low: int
    high: int
    article_id: str
    published: dt.date | None
    attributed_to: str | None
    vague: bool = False  # built on a vague word ("several", "dozens"): used only when no source gives a figure
    whole: bool = True  # built on a figure that names no victims ("22 people", "20 morts"): the whole event
    position: int = 0  # where in the article the total is first given (a report leads with its main toll)
    days: int = 1  # days the total covers ("over three days"): ACLED codes one event per day
    places: int = 1  # places the total covers ("the villages of X, Y and Z"): ACLED codes one event per place
    revised: bool = False  # built on an updated toll ("the toll rose to six")
    superseded: bool = False  # built on a figure its source says was replaced, for want of any other from it
    aggregate: bool = False  # built on a toll told for several attacks together ("in the two attacks")
    claimed: bool = False  # built only on the attack's claimant's count of its own kills
    # the authority gave a figure of its own, not only a vague word ("the army said troops neutralised several
    # terrorists", its total built on the report's other figures): only then does it replace its earlier totals
    own_figure: bool = True
    # figures the source says a correction lowered ("earlier reports said 12 ...; the figure is 10": 12)
    withdrawn: tuple[int, ...] = ()
    # a total built only on sides' figures: each side's (key, low, high), the key as `_part_keys` gives it without
    # its list index ("actor2", "civilians", "attackers", "#men"); empty for a whole toll
    parts: tuple[tuple[str, int, int], ...] = ()

    @property
    def direct(self) -> bool:
        """A figure for this event by someone other than its claimant: it beats an aggregate or a claim."""
        return not (self.aggregate or self.claimed or self.vague)

    @property
    def precise(self) -> bool:
        return self.low == self.high and not self.vague

    @property
    def share(self) -> int:
        """The lowest figure for one day's event when the total covers several days (nearest whole, halves up),
        and of that, the first place's when it covers several places (ACLED gives the first places the remainder:
        26 over three villages is 9, 9 and 8)."""
        day = (self.low + self.days // 2) // self.days
        return -(-day // self.places)


FLAGS = ("included", "additional", "vague", "revised", "superseded", "unconfirmed", "aggregate", "claimed")


def victim_sides(actor2_inter: int | None) -> frozenset[str]:
    """The sides whose figures are the whole toll on their own: in an attack on civilians (actor2 civilians), the
    civilians' ("gunmen killed 22 civilians", a first report, beside another's "137 people" is a lower total,
    not a partial count of it); elsewhere none (one civilian's death beside 53 soldiers' is a part)."""
    return frozenset({"actor2", "civilians"}) if actor2_inter == 7 else frozenset()


def claim_flags(claim: CountClaim) -> set[str]:
    """How the claim relates to its source's others: its flag fields, and the suffixes that stores written
    before those fields existed kept on the evidence rule ("count:killed:after+included" -> {"included"})."""
    rule = claim.evidence.rule if claim.evidence else ""
    fields = claim.__dict__  # not getattr: a flag CountClaim lacks goes through pydantic's slow __getattr__
    return {flag for flag in FLAGS if fields.get(flag, False)} | set(rule.split("+")[1:])


class _Reading:
    """One source's claims as read once: each claim's flags and part key (every rule below asks for them,
    several times per claim), and the sentences that list victims (`_listed`). Claims are known by identity:
    they outlive the reading, which lasts one `source_totals` call. `victims`: the part keys whose figures are
    all of the event's victims (`victim_sides`)."""

    __slots__ = ("_flags", "_keys", "listed", "victims")

    def __init__(self, claims: list[CountClaim], victims: frozenset[str]) -> None:
        self.victims = victims
        self._flags = {id(c): claim_flags(c) for c in claims}
        self._keys: dict[int, str] = {}
        self.listed: set[str] = set()

    def read_lists(self, claims: list[CountClaim]) -> None:
        """Find the sentences that list victims among the claims that count (before any part key is asked)."""
        self.listed = _listed(claims, self)

    def flags(self, claim: CountClaim) -> set[str]:
        return self._flags[id(claim)]

    def part_key(self, claim: CountClaim) -> str:
        key = self._keys.get(id(claim))
        if key is None:
            key = self._keys[id(claim)] = _part_key(claim, self.listed)
        return key


def source_totals(
    counts: list[CountClaim],
    kind: CountKind,
    article_id: str,
    published: dt.date | None,
    armed_sides: frozenset[str] = frozenset(),
    victims: frozenset[str] = frozenset(),
) -> list[Total]:
    """Every total one source states for `kind` (see the module docstring); `armed_sides` names the mention's
    sides ("actor1", "actor2") that are non-state armed groups, whose dead add to a whole toll; `victims` the
    sides whose figures alone are a whole toll (`victim_sides`)."""
    of_kind = [c for c in counts if c.kind == kind]
    if not of_kind:
        return []
    reading = _Reading(of_kind, victims)
    claims = [c for c in of_kind if "included" not in reading.flags(c)]
    current = [c for c in claims if not {"superseded", "unconfirmed"} & reading.flags(c)]
    claims = current or claims  # "the earlier figure of 12", "feared but unconfirmed": unless the source gives no other
    if not claims:
        return []
    names: dict[str, str] = {}
    for claim in claims:
        if claim.attributed_to:
            names.setdefault(authority_key(claim.attributed_to), claim.attributed_to)  # "police", "a police spokesman"
    reading.read_lists(claims)
    parts = _parts_told_apart(claims, reading)
    if parts is not None:
        # "killing dozens of assailants, the government said. Residents said 15 civilians were killed": each
        # authority counts another side's dead, so their figures are parts of one toll, not competing totals
        return _latest(_statement_totals(parts, len(parts), armed_sides, article_id, published, None, reading))
    attributed = [c for c in claims if c.attributed_to]
    sides = _victim_figures(attributed, _part_keys(attributed, reading), armed_sides, reading)
    # "une embuscade fait neuf morts" (the headline) beside the source's "neuf soldats" and "une dizaine
    # d'assaillants": a generic toll equal to one side's figure is that side's, not a lower total
    unattributed = [c for c in claims if not c.attributed_to and not _restates_side(c, sides, reading)]
    totals: list[Total] = []
    if not names:
        totals = _statement_totals(unattributed, len(unattributed), armed_sides, article_id, published, None, reading)
    for key, name in sorted(names.items()):
        own = [c for c in claims if c.attributed_to and authority_key(c.attributed_to) == key]
        keys = _part_keys(own + unattributed, reading)
        given = set(keys[: len(own)])
        pool = own + [c for c, k in zip(unattributed, keys[len(own):], strict=True) if k not in given]
        statement = _statement_totals(pool, len(own), armed_sides, article_id, published, name, reading)
        if all(_vague(c, reading) for c in own):  # "the army said troops neutralised several terrorists"
            statement = [replace(t, own_figure=False) for t in statement]
        totals += statement
    if names and unattributed:
        # the report's own toll beside its sources': a whole one ("At least three people were killed ... The Star
        # reports four dead": 3 and 4), the civilians it leads with ("Four civilians are killed ... Conflicting
        # reports have eight deaths": 4 and 8), or a side a source gives another figure for ("One officer reported
        # dead ... Shabelle reports nine officers dead": 1 and 9)
        first = min(_position(c) for c in claims if c.attributed_to)
        keys = _part_keys(unattributed, reading)
        told = {(reading.part_key(c), c.low) for c in claims if c.attributed_to}
        conflict = any(k and _conflicts(c, told, reading) for c, k in zip(unattributed, keys, strict=True))
        lead = all(_position(c) < first and (c.side == "civilians" or not k or _conflicts(c, told, reading))
                   for c, k in zip(unattributed, keys, strict=True))
        if lead or not all(keys):
            report = _statement_totals(unattributed, len(unattributed), armed_sides, article_id, published, None,
                                       reading, wholes_only=not lead)
            # a side's figure a source contradicts is a competing total, not a partial count of the event
            totals += [replace(t, whole=True) for t in report] if lead and conflict else report
    if not current and any("superseded" in reading.flags(c) for c in claims):
        # "initially said 53 people died": the source's only figure is one it says was replaced
        totals = [replace(t, superseded=True) for t in totals]
    # "two soldiers and eight militants were killed, the military said ... killing eight of the attackers, the ISPR
    # said": a source's figures for sides another source counts the same, beside more, restate those parts
    totals = _latest([t for t in totals if not _restated_parts(t, totals)])
    replaced = {c.low for c in of_kind if "superseded" in reading.flags(c)} if current else set()
    if replaced and totals:
        withdrawn = tuple(sorted(n for n in replaced if n > max(t.low for t in totals)))
        totals = [replace(t, withdrawn=withdrawn) for t in totals]
    return totals


def _restated_parts(total: Total, totals: list[Total]) -> bool:
    """A total built only on sides' figures, each of which another total of the report gives the same beside other
    sides' figures: those sides told again, not a lower count of the event."""
    return bool(total.parts) and any(set(total.parts) < set(other.parts) for other in totals)


def _sides_apart(claims: list[CountClaim], reading: _Reading) -> bool:
    """Two or more authorities each give figures only for sides no other gives, and no figure is a whole toll."""
    sides: dict[str, set[str]] = {}
    for claim in claims:
        key = reading.part_key(claim)
        if not key or "additional" in reading.flags(claim):
            return False
        sides.setdefault(authority_key(claim.attributed_to or ""), set()).add(key)
    named = [keys for authority, keys in sides.items() if authority]
    return len(named) > 1 and sum(map(len, sides.values())) == len(set().union(*sides.values()))


def _parts_told_apart(claims: list[CountClaim], reading: _Reading) -> list[CountClaim] | None:
    """The claims when they are the parts of one toll that authorities give apart (`_sides_apart`), else None.
    "Une attaque fait cinq morts" (the headline) beside "deux policiers" (security sources) and "trois assaillants"
    (the mayor): a whole toll of the report's own that is the sum of those parts is their total, left out, not a
    toll the attackers' dead add to (8)."""
    sides = [c for c in claims if reading.part_key(c)]
    wholes = [c for c in claims if not reading.part_key(c)]
    total = sum(c.low for c in sides)
    if wholes and (not sides or any(_vague(c, reading) for c in claims)
                   or any(c.attributed_to or c.low != total for c in wholes)):
        return None
    return sides if _sides_apart(sides, reading) else None


def current_totals(totals: list[Total]) -> list[Total]:
    """The totals of several reports without those one authority replaced in a later report: "15 soldiers were
    killed, the army said" then "the army said 49 soldiers were killed" is the army's count rising as bodies are
    found (ACLED codes the latest). An authority is compared across languages (`authority_key`); the later report
    is the later published one, else (dates unknown or equal) the one giving the higher toll."""
    by_authority: dict[str, set[str]] = {}
    for total in totals:
        if total.attributed_to:
            by_authority.setdefault(authority_key(total.attributed_to), set()).add(total.article_id)
    dropped: set[tuple[str, str]] = set()
    for key, articles in by_authority.items():
        if len(articles) < 2:
            continue
        own = [t for t in totals if t.attributed_to and authority_key(t.attributed_to) == key]
        latest = max(own, key=lambda t: (t.published is not None, t.published or dt.date.min, t.low))
        if not latest.own_figure:
            continue
        for total in own:
            earlier = _published_before(total, latest)
            if total.article_id != latest.article_id and (total.low < latest.low if earlier is None else earlier):
                dropped.add((key, total.article_id))
    current = [t for t in totals if not (t.attributed_to and (authority_key(t.attributed_to), t.article_id) in dropped)
               and not _withdrawn(t, totals)]
    if any(t.direct for t in current):
        # ACLED divides a toll told for several attacks among them, and takes a claimant's count of its own kills,
        # only when no report gives the event's own figure ("40 soldiers killed in the two attacks", "the group
        # that claimed the attack says it killed 85")
        current = [t for t in current if not (t.aggregate or t.claimed)]
    return current


def _withdrawn(total: Total, totals: list[Total]) -> bool:
    """A figure a later report's correction withdrew ("earlier reports said 12 ...; the figure is 10"): no source
    stands by it, so it is no total of the reports that gave it. (A later report's toll that rose replaces no other
    report's lower one: the gold sets code the lowest reported figure, FORMAT.md.) Reports of unknown date are taken
    to come before the correction."""
    return any(other.article_id != total.article_id and other.direct and not _published_before(other, total)
               and total.low in other.withdrawn for other in totals)


def _published_before(total: Total, other: Total) -> bool | None:
    """Whether `total`'s report was published before `other`'s; None when either date is unknown or both are the
    same day: publication dates then do not order the two reports, and each caller says what does (the higher toll
    is the later count, `current_totals`; a report of unknown date comes before a correction, `_withdrawn`)."""
    if total.published is None or other.published is None or total.published == other.published:
        return None
    return total.published < other.published


def _latest(totals: list[Total]) -> list[Total]:
    """A source's totals without those its updated toll replaced ("killing four ... the toll rose to six": 6)."""
    revised = [t.position for t in totals if t.revised]
    return [t for t in totals if t.revised or t.position > min(revised)] if revised else totals


def _part_keys(claims: list[CountClaim], reading: _Reading) -> list[str]:
    """What each figure counts: its side, else its victims' class or noun; "" for a whole toll. Figures of one
    side listed in one sentence are parts of it ("4 soldiers and 3 gendarmes": "actor2", "actor2#1"); the same
    side's figure in another sentence restates it ("80 terrorists" ... "80 militants": one key), and a figure
    added to others is its own part. `listed`: quotes of sentences that list victims."""
    keys: list[str] = []
    seen: dict[tuple[str, str], int] = {}  # (sentence, base key) -> figures of it so far
    for index, claim in enumerate(claims):
        base = reading.part_key(claim) or _listed_after_part(claim, claims[:index], reading)
        if "additional" in reading.flags(claim):
            keys.append(f"+{index}")
            continue
        if not base or claim.evidence is None or claim.evidence.quote not in reading.listed:
            keys.append(base)
            continue
        n = seen.get((claim.evidence.quote, base), 0)
        seen[(claim.evidence.quote, base)] = n + 1
        keys.append(f"{base}#{n}" if n else base)
    return keys


def _part_key(claim: CountClaim, listed: set[str]) -> str:
    """What one figure counts, its sentence aside: its side, its victims' class, or (in a list of victims) their
    noun; "" for a whole toll."""
    rule = claim.evidence.rule.split("+")[0] if claim.evidence else ""
    in_list = claim.evidence is not None and claim.evidence.quote in listed
    if claim.who is not None and generic_victims(claim.who) and not rule.endswith(":list"):
        return ""  # "49 people": no side even when the people are taken for civilians
    if claim.side != "unknown":
        return claim.side
    victims = _victim_class(claim)
    if victims:
        return "attackers" if victims == "armed_group" else victims  # soldiers with no state actor coded
    if in_list or rule.endswith(":list"):
        return f"#{(claim.who or '').lower()}"  # "three men and two women": a part named by its noun
    return ""  # a lone figure for no known side is taken for a whole toll


def _listed_after_part(claim: CountClaim, earlier: list[CountClaim], reading: _Reading) -> str:
    """ "Seven cadres and an unidentified person were killed": a generic figure listed after a side's figure in
    the same sentence is one more part, not the whole toll ("49 people died, 40 soldiers and 9 civilians" leads
    with its whole)."""
    quote = claim.evidence.quote if claim.evidence else None
    if quote is None or quote not in reading.listed or claim.who is None:
        return ""
    before = [c for c in earlier if c.evidence and c.evidence.quote == quote and c.evidence.start < _position(claim)
              and reading.part_key(c)]
    figures = [c.low for c in before]
    # "four soldiers and three gendarmes ... and seven members of the security forces": the parts' total again
    sums = {sum(figures[i:j]) for i in range(len(figures)) for j in range(i + 2, len(figures) + 1)}
    return f"#{claim.who.lower()}" if before and claim.low not in sums else ""


def _listed(claims: list[CountClaim], reading: _Reading) -> set[str]:
    """Sentences that list victims ("a soldier and a police reservist were killed"), or give figures of several
    for victims of two kinds ("40 young men were killed ... and 18 Misratans dead": each a part of the toll)."""
    named: dict[str, set[str]] = {}
    for claim in claims:
        if (claim.evidence and claim.who and claim.low > 1 and not _vague(claim, reading)
                and not generic_victims(claim.who)):
            named.setdefault(claim.evidence.quote, set()).add(claim.who.lower())
    kinds = {quote for quote, victims in named.items() if len(victims) > 1}
    return kinds | {c.evidence.quote for c in claims if c.evidence and c.evidence.rule.split("+")[0].endswith(":list")}


def _statement_totals(
    claims: list[CountClaim],
    n_own: int,
    armed_sides: frozenset[str],
    article_id: str,
    published: dt.date | None,
    authority: str | None,
    reading: _Reading,
    wholes_only: bool = False,
) -> list[Total]:
    """The totals of one authority's figures; `claims[:n_own]` are its own, the rest unattributed ones."""
    parts: dict[str, list[CountClaim]] = {}
    wholes: list[CountClaim] = []
    own_parts = False
    keys = _part_keys(claims, reading)
    for i, (claim, key) in enumerate(zip(claims, keys, strict=True)):
        if key:
            parts.setdefault(key, []).append(claim)
            own_parts = own_parts or i < n_own
        else:
            wholes.append(claim)
    parts = {key: [c for c in group if not _figureless(c)] or group for key, group in parts.items()}
    # "two more herders were found, bringing the death toll to four": an updated toll counts those told on top before
    # it, and those told on top with no figure wherever they are told ("the toll has risen to twelve ... some of the
    # wounded died overnight": why it rose)
    revised = [_position(c) for c in claims if "revised" in reading.flags(c)]
    parts = {key: group for key, group in parts.items()
             if not (revised and key.startswith("+") and (max(_position(c) for c in group) < max(revised)
                                                          or all(_vague(c, reading) for c in group)))}
    # "portant à sept le nombre de militaires tués": a side's updated toll replaces that side's figures before it
    parts = {key: _since_update(group, reading) for key, group in parts.items()}
    wholes = [w for w in wholes if not _figureless(w)] or wholes  # "shot dead the gang leader ... four gang members"
    # "nine dead ... nine soldiers": the side's figure, when the statement gives both (a source's "25 morts" beside
    # the report's own "25 militaires" and "2 civils" stays its whole toll); "killing three" restates any side's three
    # (a prefix's part keys are the prefix of the keys: each depends only on the claims before it)
    victims = _victim_figures(claims[:n_own], keys[:n_own], armed_sides, reading)[0]
    sides = (victims, _victim_figures(claims, keys, armed_sides, reading)[1])
    wholes = [w for w in wholes if not _restates_side(w, sides, reading)]
    # a whole toll counts the victims: the attackers' own dead and figures said to come on top are added to it
    added = [g for key, g in parts.items() if g[0].side in armed_sides or key.startswith("+") or key == "attackers"]
    extra_low = sum(min(c.low for c in g) for g in added)
    extra_high = sum(max(c.high for c in g) for g in added)
    extra_vague = any(_vague(c, reading) for g in added for c in g)
    totals = [
        Total(
            w.low + extra_low, w.high + extra_high, article_id, published, authority, _vague(w, reading) or extra_vague,
            whole=generic_victims(w.who),  # "two of his brothers" may be a partial count; "22 people" is not
            position=_position(w), days=max([w.days] + [c.days for g in added for c in g]),
            places=max([w.places] + [c.places for g in added for c in g]),
            revised="revised" in reading.flags(w), **_provenance([w] + [c for g in added for c in g], reading),
        )
        for w in wholes
    ]
    groups = list(parts.values())
    low = sum(min(c.low for c in g) for g in groups)
    if wholes_only:
        return totals
    if groups and (not totals or all(_vague(w, reading) for w in wholes)
                   or own_parts and all(low > t.low for t in totals)):
        # no whole toll, only vague ones ("many killed ... 11 raiders"; not "one dead" made vague by the "dozens"
        # of attackers added to it), or the authority's sides' figures add up to more than its whole tolls: a
        # later count ("the earlier figure of 12 dead ... 14 civilians")
        totals.append(Total(
            low, sum(max(c.high for c in g) for g in groups), article_id, published, authority,
            vague=any(_vague(c, reading) for g in groups for c in g),
            whole=bool(reading.victims) and {key.split("#")[0] for key in parts} <= reading.victims,
            position=min(_position(c) for g in groups for c in g), days=max(c.days for g in groups for c in g),
            places=max(c.places for g in groups for c in g), **_provenance([c for g in groups for c in g], reading),
            parts=_side_parts(parts), revised=any("revised" in reading.flags(c) for g in groups for c in g),
        ))
    return totals


def _since_update(group: list[CountClaim], reading: _Reading) -> list[CountClaim]:
    """One side's figures from its last updated toll on (all of them when none is one)."""
    updates = [_position(c) for c in group if "revised" in reading.flags(c)]
    return [c for c in group if _position(c) >= max(updates)] if updates else group


def _side_parts(parts: dict[str, list[CountClaim]]) -> tuple[tuple[str, int, int], ...]:
    """Each side's low and high, the parts of one side listed together summed ("4 soldiers and 3 gendarmes": the
    state side's 7); a side said to come on top ("three others") has no side key to compare across sources."""
    sides: dict[str, tuple[int, int]] = {}
    for key, group in parts.items():
        base = "#" + key[1:].split("#")[0] if key.startswith("#") else key.split("#")[0]
        low, high = sides.get(base, (0, 0))
        sides[base] = (low + min(c.low for c in group), high + max(c.high for c in group))
    return tuple((key, low, high) for key, (low, high) in sides.items())


def _conflicts(claim: CountClaim, told: set[tuple[str, int]], reading: _Reading) -> bool:
    """A source gives another figure for the side of `claim` (`told`: the sources' (side, figure) pairs)."""
    key = reading.part_key(claim)
    return any(k == key and low != claim.low for k, low in told) and (key, claim.low) not in told


def _victim_figures(
    claims: list[CountClaim], keys: list[str], armed_sides: frozenset[str], reading: _Reading
) -> tuple[set[int], set[int]]:
    """The precise figures given for one side: (the victims' ("9 soldiers"), the attackers' own dead ("3
    militants")); not a figure said to come on top. `keys`: the claims' `_part_keys`."""
    victims: set[int] = set()
    attackers: set[int] = set()
    for claim, key in zip(claims, keys, strict=True):
        if key and not key.startswith("+") and not _vague(claim, reading):
            armed = key == "attackers" or claim.side in armed_sides
            (attackers if armed else victims).add(claim.low)
    return victims, attackers


def _restates_side(claim: CountClaim, sides: tuple[set[int], set[int]], reading: _Reading) -> bool:
    """A generic toll equal to one side's figure is that side's part told without its noun: "neuf morts" beside
    "neuf soldats" (a victim side), "killing three" with no noun beside "three militants" (any side)."""
    if reading.part_key(claim) or _vague(claim, reading) or "revised" in reading.flags(claim):
        return False
    victims, attackers = sides
    return claim.low in victims or (claim.who is None and claim.low in attackers)


class _Provenance(TypedDict):
    aggregate: bool
    claimed: bool


def _provenance(claims: list[CountClaim], reading: _Reading) -> _Provenance:
    """A total is an aggregate when any figure in it was told for several attacks, a claim when all of its
    figures are the claimant's own count."""
    flags = [reading.flags(c) for c in claims]
    return {"aggregate": any("aggregate" in f for f in flags), "claimed": all("claimed" in f for f in flags)}


def _victim_class(claim: CountClaim) -> str | None:
    """Who the victims' noun says they are (military, civilian, armed_group) when no side was found for them."""
    if claim.who is None:
        return None
    return next(filter(None, (target_class(claim.who, language) for language in ("en", "fr"))), None)


def _figureless(claim: CountClaim) -> bool:
    """One person told with no figure ("killed the commander", "the driver succumbed";
    `sitrep.extract.count_people`)."""
    rule = claim.evidence.rule.split("+")[0] if claim.evidence else ""
    return rule.rsplit(":", 1)[-1] in ("bare", "victim", "died") and "additional" not in claim_flags(claim)


def _position(claim: CountClaim) -> int:
    return claim.evidence.start if claim.evidence else 0


def _vague(claim: CountClaim, reading: _Reading) -> bool:
    return "vague" in reading.flags(claim) or claim.low != claim.high
