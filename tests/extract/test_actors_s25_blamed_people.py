"""A people blamed for an attack by name ("residents blamed Fulani herders", "survivors blamed armed Pokot herders") is
its militia, as ACLED codes attacks blamed on a people's herders; the people's herders hit by an attack blamed on
someone else stay civilians. Synthetic reports written for these tests; real spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract, names


def _sides(text: str) -> tuple[str | None, str | None]:
    events = extract(text, "en", dt.date(2024, 6, 5)).events
    assert events, f"no event read from {text!r}"
    return names(max(events, key=lambda m: m.salience))


def test_a_people_blamed_for_a_raid_is_its_militia() -> None:
    text = ("Gunmen killed six farmers in a night raid on a village near Agatu in Benue State on Saturday, police "
            "said. Residents blamed Fulani herders who had quarrelled with farmers over grazing land.")
    assert _sides(text) == ("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


def test_herders_hit_by_a_raid_blamed_on_others_stay_civilians() -> None:  # guard
    text = ("Gunmen killed six Fulani herders in a night raid on a camp near Agatu in Benue State on Saturday. "
            "Residents blamed the killings on cattle thieves.")
    assert _sides(text)[1] == "Civilians (Nigeria)"
