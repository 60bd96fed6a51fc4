"""Session 25: a protest told again to say what led to it ("La manifestation faisait suite à l'attaque menée dans la
nuit de samedi à dimanche par des miliciens", "The sit-in came after an attack on Saturday night by militiamen") tells
that violence: it is an event of its own, dated by its own words, and those words do not date the protest. Before,
the protest word decided the clause, so a second protest was dated Saturday and the raid's dead went to a protest
(blind s24 s07: the CODECO raid a sit-in in Bunia followed). Reports are synthetic, written for these tests; real
spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

WEDNESDAY = dt.date(2024, 3, 13)
TUESDAY = dt.date(2024, 3, 12)
SATURDAY = dt.date(2024, 3, 9)
PROTEST = ("Protests", "Peaceful protest")
ATTACK = ("Violence against civilians", "Attack")


def _coded(text: str, language: str) -> list[tuple[str, str, dt.date | None]]:
    return sorted((e.event_type, e.sub_event_type, e.date.value) for e in extract(text, language, WEDNESDAY).events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des centaines de déplacés ont manifesté mardi devant la mairie de Komanda pour réclamer plus de sécurité. "
         "Ils portaient des pancartes et chantaient. « Nous voulons vivre en paix », a dit une manifestante. La "
         "manifestation faisait suite à l'attaque menée dans la nuit de samedi à dimanche par des miliciens contre le "
         "site de déplacés de Lopa. Six déplacés, dont deux enfants, y ont été tués à la machette, selon un "
         "responsable du site. Les autorités locales ont promis des renforts. La société civile appelle à une "
         "nouvelle marche vendredi.", "fr"),
        ("Hundreds of displaced people held a sit-in in Bunia on Tuesday to demand better security. They carried "
         "placards and sang. \"We want to live in peace,\" said one woman. The sit-in came after an attack on "
         "Saturday night by militiamen on Lopa, a village near the town. Six people, including two children, were "
         "hacked to death, a camp leader said. Local officials promised more troops. Civil society groups called "
         "for another march on Friday.", "en"),
    ],
)
def test_the_attack_a_protest_followed_is_its_own_event(text: str, language: str) -> None:
    assert _coded(text, language) == [(*PROTEST, TUESDAY), (*ATTACK, SATURDAY)]


def test_a_march_told_with_its_cause_for_the_first_time() -> None:
    """Guard: a march first told with what it followed ('marched ... after bandits killed a herder') is the news;
    no protest named again, no event of the cause."""
    text = "Hundreds of residents marched in Kitale on Tuesday after bandits killed a herder."
    assert _coded(text, "en") == [(*PROTEST, TUESDAY)]
