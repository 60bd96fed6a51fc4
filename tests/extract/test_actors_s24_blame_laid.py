"""Who lays a blame is not whom it is laid on: the words before a blame verb told in the active with an object ("an
Al Shabaab spokesman ... accused the police of the killings", "the rebels blamed the bombing on the army") name the
one blaming. Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, names

SHOOTING = "Gunmen shot dead three traders at a market near Mandera on Monday, police said.\n\n"


def _sides(text: str) -> tuple[str | None, str | None]:
    events = extract(text, "en", dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


def test_the_group_that_accuses_is_not_blamed() -> None:
    text = SHOOTING + ("An Al Shabaab spokesman denied that the group was involved and accused the police of the "
                       "killings.")
    assert _sides(text) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_the_group_accused_is_blamed() -> None:  # guard
    assert _sides(SHOOTING + "Residents accused Al Shabaab of the killings.") == ("Al Shabaab", "Civilians (Kenya)")
