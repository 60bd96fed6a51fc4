"""Reading one source's toll: each authority's total, sides summed (the rules are in `build.py`'s docstring)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.models import CountClaim, CountKind


@dataclass(frozen=True, slots=True)
class Total:
    """One authority's total for one kind of count, as one source reports it."""

    low: int
    high: int
    article_id: str
    published: dt.date | None
    attributed_to: str | None

    @property
    def precise(self) -> bool:
        return self.low == self.high


def source_totals(counts: list[CountClaim], kind: CountKind, article_id: str, published: dt.date | None) -> list[Total]:
    """Each authority's total in one source: known sides summed; a figure for no known side is a whole total."""
    claims = [c for c in counts if c.kind == kind]
    if not claims:
        return []
    authorities = sorted({c.attributed_to for c in claims if c.attributed_to}) or [None]
    totals = []
    for authority in authorities:
        own = [c for c in claims if c.attributed_to == authority]
        given = {c.side for c in own}
        pool = own + [c for c in claims if c.attributed_to is None and authority is not None and c.side not in given]
        sides: dict[str, list[CountClaim]] = {}
        for claim in pool:
            if claim.side != "unknown":
                sides.setdefault(claim.side, []).append(claim)
        wholes = [c for c in pool if c.side == "unknown"]
        low = max(sum(min(c.low for c in g) for g in sides.values()), max((c.low for c in wholes), default=0))
        high = max(sum(max(c.high for c in g) for g in sides.values()), max((c.high for c in wholes), default=0))
        totals.append(Total(low, high, article_id, published, authority))
    return totals
