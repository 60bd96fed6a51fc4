"""A toll clause that tells what was done for the casualties afterwards ("six wounded were taken to hospital in Gao on
Monday", "six blessés ont été évacués lundi vers Gao", "les victimes ont été inhumées lundi") adds its figures to the
event told before it: the day it names is the transfer's or the burial's, not another event's. Casualties told on
another day with nothing done for them stay an event of their own. Synthetic reports written for these tests; real
spaCy and actor knowledge base.
"""

from __future__ import annotations

import datetime as dt

from report_events import extract

DAY = dt.date(2025, 3, 18)
EN_LEAD = ("Eleven civilians were killed on Sunday by an army drone strike near a village in the Timbuktu region. "
           "The army said it had targeted a meeting of militants. ")
FR_LEAD = ("Onze civils ont été tués dimanche par une frappe de drone de l'armée près d'un village de la région de "
           "Tombouctou. L'armée affirme avoir visé une réunion de terroristes. ")


def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, str(e.date.value) if e.date else None) for e in extract(text, language, DAY).events]


def test_wounded_taken_to_hospital_next_day_are_the_strikes() -> None:
    text = EN_LEAD + "Six wounded were taken to hospital in Gao on Monday, a local official said."
    assert _events(text, "en") == [("Air/drone strike", "2025-03-16")]


def test_blesses_evacues_le_lendemain_sont_ceux_de_la_frappe() -> None:
    text = FR_LEAD + "Selon un notable, les victimes ont été inhumées lundi et six blessés ont été évacués vers Gao."
    assert _events(text, "fr") == [("Air/drone strike", "2025-03-16")]


def test_wounded_on_another_day_stay_another_event() -> None:  # guard
    text = EN_LEAD + "On Monday, six people were wounded when gunmen fired on a bus near Gao."
    assert len(_events(text, "en")) == 2
