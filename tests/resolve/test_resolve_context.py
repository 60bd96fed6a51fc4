"""Article context: the names two reports share, and places in countries the article never names."""

from __future__ import annotations

import datetime as dt

from sitrep.models import Place
from sitrep.resolve import InMemoryResolver
from sitrep.resolve.context import article_context, name_key
from sitrep.resolve.similarity import mention_features
from sitrep.resolve.synthetic import make_mention, place

DAY = dt.date(2021, 1, 3)
EN = ("A wedding gathering near Bounti, in central Mali, was hit from the air; villagers from Douentza said "
      "nineteen men died. The Malian authorities opened an inquiry.")
FR = ("Près de Bounti, dans le centre du Mali, une frappe aérienne a touché un rassemblement ; des habitants de "
      "Douentza parlent de dix-neuf morts. Les autorités maliennes ont ouvert une enquête.")
OTHER = ("Floods in Kayes, western Mali, destroyed forty houses on Sunday; the Malian civil protection agency "
         "counted the damage.")


def test_countries_and_names_in_both_languages() -> None:
    en, fr = article_context(EN), article_context(FR)
    assert en.countries == {"ML": 2} and fr.countries == {"ML": 2}
    assert {name_key("bounti"), name_key("douentza")} <= en.names & fr.names
    assert en.main_country() == "ML"


def test_a_place_in_a_country_the_article_never_names_is_not_trusted() -> None:
    far = Place(name="Il", country="Kenya", country_code="KE", admin1="Kajiado", latitude=-1.8, longitude=36.8)
    mention = make_mention("x1", "Nineteen men died.", place=far, date=DAY)
    features = mention_features(mention, DAY, context=article_context(FR))
    assert features.country == "ML" and features.points == []
    trusted = mention_features(make_mention("x2", "Nineteen died.", place=place("Gao")), DAY,
                               context=article_context(FR))
    assert trusted.country == "ML" and trusted.points


def test_shared_rare_names_join_reports_worded_apart_in_two_languages() -> None:
    r = InMemoryResolver(threshold=0.45, window_days=3)
    base = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    other = r.add(make_mention("o1", "Floods destroyed houses.", **base), DAY, context=article_context(OTHER))
    en = r.add(make_mention("e1", "Nineteen men died in the strike.", **base), DAY, context=article_context(EN))
    fr = r.add(make_mention("f1", "Dix-neuf morts dans la frappe.", **base), DAY, context=article_context(FR))
    assert other.created and en.created
    assert fr.event_id == en.event_id and fr.match is not None and fr.match.signals["story"] == 1.0


def test_names_are_compared_by_their_consonants() -> None:
    assert name_key("boulkessi") == name_key("boulikessi") == name_key("boulkessy") == "blks"
    assert name_key("tiguentourine") == name_key("tigantourine")
    assert name_key("mondoro") != name_key("mopti")
    assert name_key("gao") == "gao"  # too few consonants to stand for a name
    # the k sound written c, k or q; a soft c is an s
    assert name_key("aguelhoc") == name_key("aguelhok") == "glhk"
    assert name_key("qaida") == name_key("kaida")
    assert name_key("nice") == name_key("nise") != name_key("nike")


def test_one_story_spelled_apart_by_two_outlets_is_one_story() -> None:
    # No date, no publication date, no place: only the names (each spelled its own way) tie the reports.
    r = InMemoryResolver(threshold=0.45, window_days=3)
    camps = "Les camps de Boulikessi et de Mindoro ont été attaqués à l'aube, a confirmé un officier."
    posts = "Jihadists overran the posts at Boulkessy and Mondoro at dawn, an officer said."
    first = r.add(make_mention("s1", "Les camps ont été attaqués."), context=article_context(camps, language="fr"))
    second = r.add(make_mention("s2", "Jihadists overran the posts."), context=article_context(posts, language="en"))
    assert second.event_id == first.event_id
    assert second.match is not None and second.match.signals["story"] == 1.0
