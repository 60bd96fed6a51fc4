"""The figures of one event: each count claim with the side it belongs to and who gave it.

How a figure relates to the others (`CountMention.included`/`additional`, a vague word) is kept on the claim's
evidence rule as `+included`, `+additional`, `+vague` suffixes ("count:killed:after+included"), which
`sitrep.resolve.tolls` reads to sum one source's figures. A figure that a protest or reprisal is about
(`grievance`) is not a claim of this event.
"""

from __future__ import annotations

from sitrep.extract.attribution import find_attribution, is_anaphoric
from sitrep.extract.context import Report
from sitrep.extract.counts import CountMention
from sitrep.extract.triggers import target_class
from sitrep.models import ActorRef, CountClaim

SOURCE_LOOKBACK = 3  # sentences searched back for the source "the same source" points to


def count_claims(
    report: Report, counts: list[CountMention], actor1: ActorRef | None, actor2: ActorRef | None
) -> list[CountClaim]:
    """Every figure given for the event, with the side it belongs to and who gave it."""
    claims: list[CountClaim] = []
    for count in counts:
        if count.grievance:
            continue
        sentence = report.sentence_of(count.start)
        attributed = find_attribution(sentence.text, report.language) if sentence else None
        if attributed and sentence and is_anaphoric(attributed, report.language):
            attributed = _earlier_source(report, sentence.index)
        claims.append(
            CountClaim(
                kind=count.kind,  # type: ignore[arg-type]
                low=count.low,
                high=count.high,
                who=count.who,
                side=_side(report, count, actor1, actor2),
                attributed_to=attributed,
                evidence=report.evidence(count.start, count.end, count.rule + claim_flags(count)),
            )
        )
    return claims


def claim_flags(count: CountMention) -> str:
    """The evidence-rule suffix that carries how the figure relates to the others ("+included+vague")."""
    flags = [name for name in ("included", "additional") if getattr(count, name)]
    if count.vague and count.qualifier != "about":  # "several", "dozens"; "une dizaine" is a figure
        flags.append("vague")
    return "".join(f"+{flag}" for flag in flags)


def _earlier_source(report: Report, index: int) -> str | None:
    """The source named in the closest sentence before `index` ("..., a security source said. ... the same
    source said"); None when there is none (the figure is then the report's own)."""
    for sentence in reversed(report.sentences[max(0, index - SOURCE_LOOKBACK) : index]):
        source = find_attribution(sentence.text, report.language)
        if source and not is_anaphoric(source, report.language):
            return source
    return None


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
