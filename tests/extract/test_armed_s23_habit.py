"""What a group does as a habit, told in the present ("the group still carries out bombings in the cities of the
north", "continues to raid villages", "continuent de multiplier les attaques"), is no event of the report: blind s22
s03b's follow-up coded a second bombing in Kabul from such a sentence. The present of a title or lead (a headline's),
French narration in the present and fighting that goes on now ("fighting continues") stay events."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

SATURDAY = dt.date(2025, 5, 17)
NEWS_EN = ("A suicide bomber killed nine worshippers at a mosque in Herat on Friday, police said. Hospital staff "
           "said twenty people were wounded. ")
NEWS_FR = ("Des hommes armés ont tué neuf villageois vendredi à Ménaka, selon des sources locales. Les "
           "assaillants sont arrivés à moto. ")


def _events(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location.place.name if e.location and e.location.place else None)
            for e in extract(text, language, SATURDAY).events]


CONDEMNED_EN = " The governor condemned Friday's attack."
CONDEMNED_FR = " Le gouverneur a condamné l'attaque de vendredi."


@pytest.mark.parametrize(("habit", "language"), [
    ("The group still attacks checkpoints in Kabul.", "en"),
    ("The militia continues to raid villages and kill civilians along the road to Kabul.", "en"),
    ("Les jihadistes continuent de multiplier les attaques contre les civils dans la région de Gao.", "fr"),
    ("Le groupe mène toujours des attentats à Gao et dans les villes du nord.", "fr"),
])
def test_a_habit_told_in_the_present_is_no_event(habit: str, language: str) -> None:
    # the sentence after it names the attack again: before, it joined the habit into an event of its own there
    news, condemned = (NEWS_FR, CONDEMNED_FR) if language == "fr" else (NEWS_EN, CONDEMNED_EN)
    assert len(_events(news + habit + condemned, language)) == 1


def test_what_a_group_still_does_is_recorded_as_background() -> None:
    text = NEWS_EN + ("The group has lost fighters to army raids but still carries out bombings in the cities of the "
                      "west and in Kabul.")
    background = extract(text, "en", SATURDAY).background
    assert [b.rule for b in background] == ["background:marker:carries"]


def test_a_headline_and_lead_in_the_present_tell_the_news() -> None:
    text = ("Gunmen kill five villagers near Jos\n\nGunmen kill five villagers in a night raid on Heipang, near Jos, "
            "police say. The attackers escaped into the bush.")
    assert [kind for kind, _ in _events(text)] == ["Attack"]


def test_french_narration_in_the_present_tells_the_news() -> None:
    text = ("La situation reste tendue dans le cercle de Ménaka. Les habitants ont fui vers la ville. Vers 22 heures "
            "samedi, des hommes armés attaquent le village de Tidermène et tuent sept civils.")
    assert [kind for kind, _ in _events(text, "fr")] == ["Attack"]


def test_fighting_that_goes_on_now_is_news() -> None:
    text = ("Soldiers and rebels fought near Goma on Friday, residents said. Two soldiers were killed. Heavy fighting "
            "continues around Sake, a local official said.")
    assert "Armed clash" in [kind for kind, _ in _events(text)]
