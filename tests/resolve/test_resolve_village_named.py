"""A report that places its event nowhere (no date, no publication date, a village the gazetteer lacks) joins the
event whose reports name that village as their place, unless its toll tells them apart; and a report in a
language sitrep does not extract is linked by the village too (session 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import Article, EventMention
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context
from sitrep.resolve.link import EventIndex, report_keys
from sitrep.resolve.synthetic import make_mention, place

DAY = dt.date(2019, 3, 23)
VAC = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}

# The first reports: a raid on a hamlet the gazetteer lacks, placed at the nearest town it knows.
FIRST = ("Des hommes armés ont attaqué samedi le hameau de Kerbaoulé, commune de Dialassagou, dans le cercle de "
         "Bankass, tuant 120 villageois selon le maire Amadou Guindo.")
SECOND = ("Gunmen killed 118 villagers in the hamlet of Kerbaoule, near Bankass in central Mali, on Saturday, "
          "mayor Amadou Guindo told reporters.")
# A follow-up with no date, no publication date and no place the gazetteer knows; it names the hamlet.
FOLLOW_UP = ("Le bilan du massacre de Kerbaoulé s'alourdit : {toll} civils tués. Les blessés ont été évacués vers "
             "l'hôpital Sominé Dolo de Sévaré.")
# Another attack on the same hamlet a year later, with its own toll.
LATER = ("Des assaillants ont de nouveau frappé le hameau de Kerbaoulé vendredi, tuant 21 personnes, a indiqué "
         "l'élu local Boubacar Cissé.")


def _placed(mention: EventMention, village: str) -> EventMention:
    """The mention as extraction leaves it when the gazetteer lacks the village: the town's point, the name kept."""
    assert mention.location is not None
    return mention.model_copy(update={"location": mention.location.model_copy(update={"reported_name": village})})


# Reports of other events: names are weighed by how rare they are among the reports seen.
OTHERS = (
    ("Gao", "Un convoi de l'armée a sauté sur une mine près de Gao, a annoncé le colonel Diarra."),
    ("Djibo", "Des jihadistes ont attaqué le poste de Djibo, selon le gouverneur Rodolphe Sorgho."),
    ("Menaka", "Clashes near Menaka left several fighters dead, a spokesman for the Azawad movement said."),
    ("Diffa", "Boko Haram fighters raided Diffa's outskirts, prefect Ousmane Garba said."),
)


def _first_event(r: InMemoryResolver) -> str:
    for i, (town, text) in enumerate(OTHERS):
        day = DAY - dt.timedelta(days=40 * (i + 1))
        r.add(make_mention(f"o{i}", text, date=day, place=place(town), killed=[(5 + i, "actor2", None)]), day,
              context=article_context(text, language="fr"))
    first = r.add(_placed(make_mention("v1", FIRST, date=DAY, place=place("Bandiagara"), killed=[(120, "civilians",
                                                                                                   None)], **VAC),
                          "Kerbaoulé"), DAY, context=article_context(FIRST, language="fr"))
    second = r.add(_placed(make_mention("v2", SECOND, date=DAY, place=place("Bandiagara"),
                                        killed=[(118, "civilians", None)], **VAC), "Kerbaoule"),
                   DAY, context=article_context(SECOND, language="en"))
    assert second.event_id == first.event_id
    return first.event_id


def _follow_up(toll: int) -> EventMention:
    return make_mention("v3", FOLLOW_UP.format(toll=toll), killed=[(toll, "civilians", None)], **VAC)


def test_an_undated_report_naming_only_the_village_joins_its_event() -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    event_id = _first_event(r)
    text = FOLLOW_UP.format(toll=160)
    decision = r.add(_follow_up(160), context=article_context(text, language="fr"))
    assert decision.event_id == event_id
    assert decision.match is not None and decision.match.signals["place"] == 0.8


def test_without_the_village_the_same_report_stays_apart() -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    event_id = _first_event(r)
    text = FOLLOW_UP.format(toll=160).replace("de Kerbaoulé ", "")
    decision = r.add(_follow_up(160), context=article_context(text, language="fr"))
    assert decision.event_id != event_id and decision.created


def test_with_no_time_a_toll_far_apart_tells_two_attacks_on_one_village_apart() -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    _first_event(r)
    later_day = DAY + dt.timedelta(days=330)
    later = r.add(_placed(make_mention("v4", LATER, date=later_day, place=place("Bandiagara"),
                                       killed=[(21, "civilians", None)], **VAC), "Kerbaoulé"),
                  later_day, context=article_context(LATER, language="fr"))
    text = FOLLOW_UP.format(toll=160)
    follow_up = r.add(_follow_up(160), context=article_context(text, language="fr"))
    assert follow_up.event_id != later.event_id  # 160 dead is not the later attack's 21
    assert r.event_of["v1#0"] == follow_up.event_id


@pytest.mark.parametrize(("text", "linked"), [
    ("Hombres armados mataron a 120 aldeanos en Kerbaoulé, en el centro de Malí, dijo el alcalde.", True),
    ("Hombres armados mataron a 120 aldeanos en Dinangourou, en el centro de Malí, dijo el alcalde.", False),
])
def test_a_report_in_another_language_is_linked_by_the_village(text: str, linked: bool) -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    event_id = _first_event(r)
    link = EventIndex(r).find_link(report_keys(Article(id="es1", text=text, language="es")))
    assert (link is not None and link.event_ids == [event_id]) is linked


def test_a_short_skeleton_in_another_script_is_no_village() -> None:
    """An Arabic word for civilians ("مدنيين", skeleton "mdn") is not the village Medina ("mdn")."""
    r = InMemoryResolver(threshold=0.45, window_days=3)
    sentence = "Gunmen killed 30 civilians near the Medina gate of Bandiagara on Saturday."
    r.add(_placed(make_mention("m1", sentence, date=DAY, place=place("Bandiagara"), killed=[(30, "civilians", None)],
                               **VAC), "Medina"), DAY, context=article_context(sentence, language="en"))
    arabic = "قتل مسلحون 30 من المدنيين يوم السبت"
    assert EventIndex(r).find_link(report_keys(Article(id="ar1", text=arabic, language="ar"))) is None
