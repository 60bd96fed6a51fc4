"""A report's toll as ACLED codes it, sides summed, through real extraction (reports written for these tests):
a headline's generic toll equal to one side's figure is that side's; "selon la même source" after an adverb."""

from __future__ import annotations

import pytest

from sitrep.extract.events import extract_article
from sitrep.models import Article
from sitrep.nlp import load_pipeline
from sitrep.resolve import build_event


def toll(title: str, text: str, language: str) -> tuple[int | None, int | None]:
    """The main event's ACLED fatalities and best estimate."""
    article = Article(id="r1", title=title, text=text, language=language, source_format="text")
    events = extract_article(article, load_pipeline(language)(text)).events
    main = max(events, key=lambda m: m.salience)
    event = build_event([main], {"r1": article})
    return event.fatalities, event.fatalities_best


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        ("Niger : une embuscade contre l'armée fait sept morts près de Tillabéri",
         "Sept soldats ont été tués lundi dans une embuscade tendue par des hommes armés près de Tillabéri, a "
         "indiqué une source sécuritaire mercredi.\n\nUne dizaine d'assaillants ont été neutralisés lors de la "
         "riposte, selon la même source.", "fr"),
        ("Ambush on army patrol leaves seven dead near Tillaberi",
         "Seven soldiers were killed on Monday in an ambush by gunmen near Tillaberi, a security source said on "
         "Wednesday.\n\nAbout ten assailants were killed in the counter-attack, the same source said.", "en"),
    ],
)
def test_a_headline_toll_equal_to_the_soldiers_figure_is_theirs(title: str, text: str, language: str) -> None:
    # ACLED codes the soldiers and the attackers together: 7 + 10, not the headline's 7 as a lower total
    assert toll(title, text, language) == (17, 17)


def test_an_adverb_between_auxiliary_and_participle_keeps_the_attackers_dead() -> None:
    text = ("Six militaires ont été tués jeudi dans une embuscade tendue par des hommes armés près de Ménaka, a "
            "annoncé l'armée vendredi.\n\nLors des combats, quatre assaillants ont également été tués, selon la "
            "même source.")
    assert toll("Mali : six militaires tués dans une embuscade", text, "fr")[0] == 10


def test_dead_named_by_an_actors_own_name_are_that_sides() -> None:
    # "killed eight al Shabaab": the group's own dead, added to the soldier who died (ACLED codes 9)
    text = ("The Kenya Defence Forces killed eight al Shabaab and injured several others during an encounter with the "
            "insurgents in Basuba, Lamu county. A KDF soldier died while three others were injured.")
    assert toll("", text, "en")[0] == 9
