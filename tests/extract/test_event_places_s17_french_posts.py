"""A French post, base, camp, market or gold-mining site "de X" puts the event at X: the small French model takes
many Sahel names for people's ("l'attaque du poste militaire de Banibangou" tagged Banibangou PER), and without a
place word before it the name was dropped."""

import pytest

from tests.extract.report_events import main_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Douze soldats ont été tués vendredi dans l'attaque du poste militaire de Banibangou, a annoncé le "
         "ministère de la Défense.", "Banibangou"),
        ("Le bilan de l'attaque de vendredi contre le poste militaire de Banibangou, dans la région de Tillabéri, "
         "est passé à 41 soldats tués, a annoncé dimanche le ministère.", "Banibangou"),
    ],
)
def test_a_post_of_x_is_at_x(text, place):
    event = main_event(text, "fr")
    assert event.location is not None and event.location.place.name == place
    assert event.location.place.admin1 == "Tillabéri"


def test_a_person_after_a_title_stays_a_person():
    text = ("Des hommes armés ont tué jeudi le chef du village de Tin-Akoff et son fils, a indiqué le maire "
            "Sidibé.")
    event = main_event(text, "fr")
    assert event.location is not None and event.location.place.name == "Tin-Akoff"
