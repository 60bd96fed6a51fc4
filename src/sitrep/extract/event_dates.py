"""The date of one event: the deciding clause's date, else the group's others, else (main event) the lead's.

A cascade, most precise rule first; each value keeps the Evidence of the words it came from. Date mentions
themselves are read by `extract.dates`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.context import ARMED, DEMONSTRATIONS, LEAD_SENTENCES, DateChoice, Group, Report, Unit
from sitrep.extract.dates import date_rules
from sitrep.extract.dep_labels import OBJECTS, PASSIVE_SUBJECTS
from sitrep.extract.discourse import discourse
from sitrep.models import DateClaim

OPENING_SENTENCES = 6  # the opening paragraphs, where a main event undated in the lead gets its date
TOWN_REACH = 2  # sentences after a dated demonstration where a crowd in another town is of that day
RECENT_DAYS = 7  # a date this close before publication is news, not background
DATE_REACH = 40  # a date this close to a trigger dates it even when the parse does not link them
COARSE_REACH = {2: 7, 3: 31}  # days from a week's or month's filed day that may still fall within it
OVERNIGHT = "date:overnight"  # a bare "overnight" (dates_en.yaml): the night before the report, unless a day is named
GENERIC = ""  # the event type of a generic trigger ("killed", "fighting": event_types.yaml generic)
# What a verb of finding found: "bodies were found", "found four bodies", "des corps ont été retrouvés".
FOUND = PASSIVE_SUBJECTS | OBJECTS
RECALL_CLIMB = 8  # parse steps from a date up to the word of an occasion whose phrase it is in
SAME_DAY = "date:same-day"  # "hours later", "le même jour" (dates_*.yaml): the day of the event told before it
# Events that are themselves statements ("declared a state of emergency on Monday", "announced a ceasefire on
# Sunday"): the reporting verb's date is the event's.
DECLARED = {"Agreement", "Change to group/activity", "Other"}


def counted_from_events(report: Report) -> list[DateChoice]:
    """The report's dates, with words counted from a day ("the next day", "le lendemain", "the same day") counted
    from the last day named that dates no statement: "Gunmen killed five on Monday, police said on Tuesday. The next
    day, soldiers ..." is Tuesday. With no such day they keep the day `extract.dates` counted them from."""
    anchored = {p.rule for p in date_rules(report.language).patterns if p.kind == "anchored"}
    dates: list[DateChoice] = []
    for d in report.dates:
        days = [e for e in dates if e.value is not None and e.precision == 1]
        if d.rule in anchored and d.value is not None and days and report.is_reporting(days[-1].start):
            events = [e for e in days if not report.is_reporting(e.start)]
            if events:
                shift = d.value - (days[-1].through or days[-1].value)
                d = replace(d, value=(events[-1].through or events[-1].value) + shift)
        dates.append(d)
    return dates


def unit_date(report: Report, unit: Unit, skip: tuple[int, int] | None = None) -> DateChoice | None:
    """The date that governs one clause: in the clause, else in its sentence; nearest the trigger wins, but a bare
    "overnight" yields to a day named with it ("killed nine in an overnight raid ... on Sunday night").

    Dates attached to a reporting verb ("the army said on Saturday") date the statement, not the event, unless the
    event is a statement (DECLARED); dates in `skip` are another event's ("following an IED attack the day before,
    forces raided").
    """
    trigger = unit.ctype.hit.start
    named = _words_of_its_kind(unit)
    a, b = skip or (0, 0)
    declared = unit.ctype.sub_event_type in DECLARED

    def keep(d: DateChoice) -> bool:
        return (
            (d.value is not None or d.partial is not None)
            and (declared or not report.is_reporting(d.start))
            and not a <= d.start < b
            and not report.in_other_clause(d.start, [trigger], named)
            and not _found_later(report, d.start)
            and not _recalled(report, d.start, named or [trigger])
        )

    def rank(d: DateChoice) -> tuple[bool, int]:
        return d.rule == OVERNIGHT, abs(d.start - trigger)

    return report.nearest_attached(unit, report.dates, keep, DATE_REACH, rank) or next(
        (d for d in report.dates if keep(d) and _framing(report, unit, d)), None
    )


def _found_later(report: Report, char: int) -> bool:
    """The date hangs off a verb of finding the dead whose dead are more of those already told ("13 more bodies had
    been found on Saturday", "three further villagers were found dead", "trois autres corps ont été retrouvés
    dimanche"): the day a later count came to light, not a day of violence. Not a figure ("more than 20 bodies")."""
    verb = report.governing_verb(char)
    if verb is None or not report.pattern("discover").fullmatch(verb.lemma_.lower()):
        return False
    more = report.pattern("more_found")
    doc = report.doc
    return any(
        t.dep_ == "amod" and more.fullmatch(t.lemma_.lower()) and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ != "than")
        for c in verb.children
        if c.dep_ in FOUND
        for t in c.subtree
    ) or _toll_told_with(report, verb)


def _toll_told_with(report: Report, verb: Token) -> bool:
    """The finding is what a toll its sentence gives counts ("put the toll at seventeen, saying three people who had
    fled were found dead on Monday", "the toll rose to 17 after three bodies were recovered on Monday"): a toll word
    before the verb of finding in its sentence."""
    toll = report.pattern("toll")
    return any(toll.fullmatch(t.lemma_.lower()) for t in verb.sent if t.i < verb.i)


def _recalled(report: Report, char: int, triggers: list[int]) -> bool:
    """The date is inside the words naming what an occasion recalls ("to mark the first anniversary of the killing
    of a teacher on 3 March 2014", "in memory of the villagers killed on 4 May 2013", "en mémoire des victimes du 3
    mars 2014"), read up the parse before it reaches the event's own trigger: the recalled event's day, not the
    commemoration's, which has none of its own then. A verb of recalling counts only through its object
    ("commemorated the massacre of 3 March 2014", not "commemorated it on Sunday")."""
    words = report.pattern("commemoration")
    own = {t for t in (report.token_at(c) for c in triggers) if t is not None}
    token, below = report.token_at(char), None
    for _ in range(RECALL_CLIMB):
        if token is None or token in own:
            return False
        if words.fullmatch(token.lemma_.lower()) and (
            token.pos_ in {"NOUN", "PROPN"} or (below is not None and below.dep_ in FOUND)
        ):
            return True
        if token.head is token:
            return False
        below, token = token, token.head
    return False


def _words_of_its_kind(unit: Unit) -> list[int]:
    """The clause's other triggers of its event's kind, political violence (with the generic words of violence,
    "killed", "fighting") or a crowd: a clause that qualifies one tells when the event was ("three soldiers were
    killed in fighting that took place on 12 March"). Not another kind's ("police arrested two men over a killing
    that took place on 3 May"; a march "after a shooting that took place on 3 May")."""
    kinds = (ARMED | {GENERIC}, DEMONSTRATIONS)
    kind = next((k for k in kinds if unit.ctype.event_type in k), {unit.ctype.event_type})
    return [h.start for h in unit.ctype.hits if h.sub.event_type in kind]


def same_day(report: Report, told: Group | None, words: DateChoice) -> DateChoice | None:
    """"Two hours later, a second blast struck": the day of the event told just before, not of the last date the
    text named (a statement's, a post's time stamp); none when that event is undated. But a day named since that
    event began to be told, by no statement or past event ("On Tuesday, a helicopter brought flour. The same day,
    jihadists shelled the airstrip"), is the day the words count from, and their own value stands."""
    named = [d for d in report.dates if d.value is not None and d.precision == 1 and d.start < words.start]
    if named:
        day = named[-1].start
        since = told is None or day >= told.units[-1].clause[0]
        if since and not report.is_reporting(day) and not report.in_past(day):
            return words
    return next(iter(told.dates()), None) if told is not None else None


def _framing(report: Report, unit: Unit, choice: DateChoice) -> bool:
    """The date is in the words that open the clause's sentence up to its first comma, before any of its
    clauses' triggers ("In separate attacks on Tuesday, gunmen killed seven farmers and an explosive device killed
    four soldiers"): it dates every event the sentence tells, the first too when the parse hangs the opening off
    another verb ("In a separate incident on Tuesday, gunmen believed to be ... killed")."""
    sentence = unit.sentence
    text = report.article.text
    comma = text.find(",", sentence.start, sentence.end)
    if comma < 0 or not sentence.start <= choice.start < comma or unit.ctype.hit.start < comma:
        return False
    opening = report.doc.char_span(sentence.start, comma, alignment_mode="contract")
    return opening is not None and not any(t.pos_ in {"VERB", "AUX"} for t in opening)


def pick_date(report: Report, group: Group, is_main: bool) -> DateClaim:
    """The event's date: a day the group's clauses give (the deciding clause's first), then a span of days, a week
    or a month they give, then (main event) the lead.

    No usable date gives DateClaim(value=None): never the publication or ingestion date. A date from the lead
    must fit what the group's own clauses say of the day ("ce mercredi" rules out a Sunday in a photo caption).
    """
    ordered = [group.lead.date] + [u.date for u in group.units if not _told_by_the_way(report, group, u)]
    dated = [c for c in ordered if c is not None and c.value is not None]
    day = next((c for c in dated if c.precision == 1 and c.through is None), None)
    if day is not None:
        return _date_claim(report, day, day.rule)
    if dated:
        # "The attack is the third in the district this month", "On 2 December 2019, ... demonstrations that spread
        # across 1-2 December": a span of days, a week or a month the group's words give yields to the day within
        # it that the lead gives the main event.
        coarse = next((c for c in dated if c.precision == 1), dated[0])
        within = _lead_day(report, group, coarse) if is_main else None
        choice = within or coarse
        return _date_claim(report, choice, choice.rule if within is None else f"{choice.rule}|event:lead-date")
    also = also_dated(report, group)
    if also is not None:
        return _date_claim(report, also, f"{also.rule}|event:also-same-day")
    said = [c.partial for c in ordered if c is not None and c.partial is not None]

    def fits(choice: DateChoice) -> bool:
        return choice.value is not None and all(p.fits(choice.value) for p in said)

    if is_main:
        lead_end = report.sentences_end(LEAD_SENTENCES)
        for choice in report.dates:
            # A month the lead names but the event's words do not ("ahead of the election in March 2013", "wage
            # arrears since January 2014") is another thing's time: the event's own date is left unknown.
            if choice.start < lead_end and choice.precision != 3 and fits(choice) and not _aside(report, choice, group):
                # "killed 30 people at a market last week ... The strikes hit the town on Wednesday": a day the
                # lead gives within its week is the event's
                within = _lead_day(report, group, choice) if choice.precision == 2 else None
                return _date_claim(report, within or choice, f"{(within or choice).rule}|event:lead-date")
        # A report tells its main event first and dates it soon after the lead ("Ce dimanche, lorsque…"): a day
        # of the week before publication, a few sentences on, is that event's date.
        published = report.article.published
        opening_end = report.sentences_end(OPENING_SENTENCES)
        for choice in report.dates:
            if (
                published is not None
                and choice.start < opening_end
                and fits(choice)
                and dt.timedelta(0) <= published - choice.value <= dt.timedelta(days=RECENT_DAYS)  # type: ignore[operator]
                and not _aside(report, choice, group)
            ):
                return _date_claim(report, choice, f"{choice.rule}|event:recent-opening-date")
        # "Around December 16 2019, Al Shabaab claimed it killed 9 people", "24 September 2018: militants claim to
        # have overrun a base": a date that opens the report, before any verb, frames its main event even when
        # the parse hangs it off the reporting verb and nothing else dates the event.
        opening = _opening_date(report)
        if opening is not None and fits(opening):
            return _date_claim(report, opening, f"{opening.rule}|event:opening-date")
    # No date can be fixed; what the words still say ("on Tuesday", "le 14 octobre") lets resolution tell
    # which dated report of the same event this one fits.
    partial = [c for c in ordered if c is not None and c.partial is not None]
    if is_main:
        lead_end = report.sentences_end(LEAD_SENTENCES)
        partial += [c for c in report.dates if c.start < lead_end and c.partial and not _aside(report, c, group)]
    if partial:
        choice = partial[0]
        return DateClaim(
            value=None,
            precision=None,
            partial=choice.partial,
            evidence=report.evidence(choice.start, choice.end, f"{choice.rule}|event:partial-date"),
        )
    return DateClaim(value=None, precision=None)


def _told_by_the_way(report: Report, group: Group, unit: Unit) -> bool:
    """A clause of another kind folded into the group, told in a relative clause about someone the event involves
    ("a sit-in against the verdict on the commando who assassinated the governor in Jan 2011"): its date is its
    act's, not the event's."""
    return (
        unit is not group.lead
        and unit.date is not None
        and unit.ctype.event_type != group.event_type
        and report.in_other_clause(unit.date.start, [group.lead.ctype.hit.start], _words_of_its_kind(group.lead))
    )


def _lead_day(report: Report, group: Group, coarse: DateChoice) -> DateChoice | None:
    """The first day the lead gives (not a statement's or another event's) within the span of days, week or month
    `coarse`."""
    assert coarse.value is not None
    reach = dt.timedelta(days=COARSE_REACH.get(coarse.precision or 0, 0))
    first, last = (coarse.value, coarse.through) if coarse.through else (coarse.value - reach, coarse.value + reach)
    lead_end = report.sentences_end(LEAD_SENTENCES)
    return next(
        (
            c
            for c in report.dates
            if c.start < lead_end
            and c.value is not None
            and c.precision == 1
            and c.through is None
            and first <= c.value <= last
            and not _aside(report, c, group)
        ),
        None,
    )


def also_dated(report: Report, group: Group) -> DateChoice | None:
    """The day of the event of the same kind told just before, when this one's clause says "also" or it is a
    crowd in a town of its own right after another's (`next_town`)."""
    lead = group.lead
    words = discourse().also.get(report.language)
    if words is not None and words.search(report.article.text, lead.clause[0], lead.clause[1]):
        before = _told_before(report, group)
        if before is not None:
            return before.dates()[0]
    # "Demonstrators also marched in Kisumu" after an undated crowd told after a dated one: that day's crowd too
    town = next_town(report, group)
    return town.dates()[0] if town is not None else None


def _told_before(report: Report, group: Group) -> Group | None:
    """The dated event of the same type the report told last before this group's lead."""
    at = group.lead.sentence.index
    before = [
        g for g in report.groups if g.event_type == group.event_type and max(g.sentence_indexes) < at and g.dates()
    ]
    return max(before, key=lambda g: max(g.sentence_indexes)) if before else None


def next_town(report: Report, group: Group) -> Group | None:
    """ "Police fired tear gas at protesters in Nairobi on Wednesday ... In Kisumu, hundreds of protesters blocked
    roads": a placed demonstration told within TOWN_REACH sentences after a dated one in another town is that
    day's crowd there (ACLED: one event per location). Returns the dated one."""
    if group.event_type not in DEMONSTRATIONS or not group.places():
        return None
    first = min(group.sentence_indexes)
    mine = {t.text.lower() for t in group.places()}
    return next(
        (
            g
            for g in sorted(report.groups, key=lambda g: -max(g.sentence_indexes))
            if g is not group
            and g.event_type in DEMONSTRATIONS
            and g.dates()
            and 0 < first - max(g.sentence_indexes) <= TOWN_REACH
            and g.places()
            and not mine & {t.text.lower() for t in g.places()}
        ),
        None,
    )


def _aside(report: Report, choice: DateChoice, group: Group) -> bool:
    """The date is the statement's ("said on Thursday"), a past event's ("attacked in March") or another event's
    own ("Jeudi dernier, une double attaque ..." after an undated attack), not this event's. An event split from
    this one (civilians killed "on Tuesday in a jihadist attack" apart from the battle) was told within it: the
    day of its clauses is this event's day too."""
    if report.is_reporting(choice.start) or report.in_past(choice.start) or choice.rule == SAME_DAY:
        return True  # "hours later" dates only the clause it opens, from the event before it
    triggers = [u.ctype.hit.start for u in group.units]
    if _recalled(report, choice.start, [w for u in group.units for w in _words_of_its_kind(u)] or triggers):
        return True
    if report.in_other_clause(choice.start, triggers, [w for u in group.units for w in _words_of_its_kind(u)]):
        return True
    mine = {id(u) for g in report.groups if g is group or g.parent is group for u in g.units} | {
        id(u) for u in group.units
    }
    # A day named in the event's own sentence, by a clause joined to its own ("Rioters clashed with police and
    # burned two cars in Kisumu on Sunday"), dates it too.
    sentences = {u.sentence.index for u in group.units}
    return any(u.date is choice and id(u) not in mine and u.sentence.index not in sentences for u in report.units)


def _opening_date(report: Report) -> DateChoice | None:
    """The date the report's first sentence opens with (no verb before it, not a recalled event's), if it has a
    value."""
    if not report.sentences or not report.dates:
        return None
    first = report.dates[0]
    sentence = report.sentences[0]
    if first.value is None or not sentence.start <= first.start < sentence.end or _recalled(report, first.start, []):
        return None
    before = report.doc.char_span(sentence.start, first.start, alignment_mode="contract")
    return first if before is None or not any(t.pos_ in {"VERB", "AUX"} for t in before) else None


def _date_claim(report: Report, choice: DateChoice, rule: str) -> DateClaim:
    precision = choice.precision if choice.precision in (1, 2, 3) else 1
    return DateClaim(
        value=choice.value,
        precision=precision,
        evidence=report.evidence(choice.start, choice.end, rule),  # type: ignore[arg-type]
    )
