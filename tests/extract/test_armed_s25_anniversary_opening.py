"""An anniversary piece (blind s24 s08): its opening dates a massacre years back ("Le 14 mars 2021, des hommes armés
encerclaient Garba. Pendant deux jours, plus de 80 personnes y ont été tuées") and the news comes later ("Samedi,
... ont exécuté cinq hommes"). The event whose only day is the lead's, over a month before the report's publication,
is background (salience.split_old), not the main event that made the news told after it look old; a clause with
a day of its own in the month before publication is news, whatever look back the opening makes ("Quatre ans plus
tard", events.extract_article). And a sentence
the parser cut before a capitalised word with no stop and no verb before the cut ("... de l'Africa | Corps ont
exécuté") is one sentence (context.Report.build), so its opening day dates its act. Synthetic sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2025, 3, 26)
SATURDAY = dt.date(2025, 3, 22)

PAST = ("Le 14 mars 2021, des hommes armés encerclaient le village de Garba, dans le centre du pays. Pendant deux "
        "jours, plus de 80 personnes y ont été tuées, selon un rapport des Nations unies. ")
LOOK_BACK = "Quatre ans plus tard, les rescapés attendent toujours un procès. "
NEWS = "Samedi, des hommes armés ont tué six bergers près de Doro, selon des habitants joints par téléphone."


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[dt.date | None, str]]:
    return [(e.date.value if e.date else None, e.sub_event_type) for e in extract(text, "fr", published).events]


def test_the_massacre_the_opening_dates_years_back_is_no_event() -> None:
    assert _events(PAST + NEWS) == [(SATURDAY, "Attack")]


def test_news_of_the_week_after_a_look_back_opening_is_news() -> None:
    assert _events(PAST + LOOK_BACK + NEWS) == [(SATURDAY, "Attack")]


def test_a_look_back_opening_keeps_its_undated_killing_in_the_past() -> None:
    # guard: with no day of its own, what the look back tells stays background
    assert _events(PAST + LOOK_BACK + NEWS.replace("Samedi, des", "Des")) == []


def test_an_opening_a_week_old_is_still_the_news() -> None:
    # guard: a lead day within the month before publication dates the main event
    assert _events(PAST.replace("Le 14 mars 2021", "Le 18 mars 2025") + NEWS)[0] == (dt.date(2025, 3, 18), "Attack")


def test_a_verbless_piece_the_parser_cut_joins_the_sentence_after() -> None:
    text = ("Samedi, des soldats des Forces armées maliennes (FAMa) et des instructeurs russes de l'Africa Corps ont "
            "abattu six éleveurs dans le hameau de Garba, selon deux habitants.")
    assert _events(text) == [(SATURDAY, "Attack")]
