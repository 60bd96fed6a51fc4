"""The figures of one event: each count claim with the side it belongs to and who gave it."""

from __future__ import annotations

from sitrep.extract.attribution import find_attribution
from sitrep.extract.context import Report
from sitrep.extract.counts import CountMention
from sitrep.extract.triggers import target_class
from sitrep.models import ActorRef, CountClaim


def count_claims(
    report: Report, counts: list[CountMention], actor1: ActorRef | None, actor2: ActorRef | None
) -> list[CountClaim]:
    """Every figure given for the event, with the side it belongs to and who gave it."""
    claims: list[CountClaim] = []
    for count in counts:
        sentence = report.sentence_of(count.start)
        attributed = find_attribution(sentence.text, report.language) if sentence else None
        claims.append(
            CountClaim(
                kind=count.kind,  # type: ignore[arg-type]
                low=count.low,
                high=count.high,
                who=count.who,
                side=_side(report, count, actor1, actor2),
                attributed_to=attributed,
                evidence=report.evidence(count.start, count.end, count.rule),
            )
        )
    return claims


def _side(report: Report, count: CountMention, actor1: ActorRef | None, actor2: ActorRef | None) -> str:
    """Whose dead these are: soldiers -> the state side, assailants -> the armed side, civilians -> civilians."""
    cls = target_class(count.who or count.text, report.language)
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
    return "unknown"
