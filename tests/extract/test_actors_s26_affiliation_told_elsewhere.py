"""Session 26: words that tie someone to a named group ("linked to", "affiliated", "liés à", "affiliée au") pin an
attack on that group in the sentences that tell it ("gunmen linked to X killed ..."), or elsewhere when they follow
the attackers' own name ("The attackers were linked to X"). Said of a group in a sentence on the area or the
conflict ("the katiba Macina, affiliated to JNIM, taxes the harvests", "groups linked to the Islamic State have been
present in the region for a decade") they describe the group, and an unclaimed attack stays an unidentified armed
group's (blind s26 s01, s03). Sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest
from report_events import extract

THURSDAY = dt.date(2025, 7, 17)


def _actor1(text: str, language: str) -> list[str | None]:
    return [e.actor1.name if e.actor1 else None for e in extract(text, language, THURSDAY).events]


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Des hommes armés ont tué sept civils mardi à la foire de Lakeside, selon un élu. L'attaque n'a pas été "
         "revendiquée. La zone est en proie aux violences de la katiba Macina, affiliée au Groupe de soutien à "
         "l'islam et aux musulmans (JNIM), qui prélève la zakat sur les récoltes.", "fr", "Mali"),
        ("Quatre soldats ont été tués mardi par une mine entre Tillia et Tassara. Aucun groupe n'a revendiqué "
         "l'attaque. Des groupes liés à l'État islamique sont présents depuis une décennie dans la région.",
         "fr", "Niger"),
        ("Gunmen killed three teachers near Mandera on Tuesday, police said. No group has claimed the attack. The "
         "area is a stronghold of Jabha East Africa, a faction linked to the Islamic State, which taxes herders.",
         "en", "Kenya"),
        ("Unknown gunmen shot dead two traders in Niono on Tuesday, residents said. The region is home to "
         "several armed factions, some of them affiliated with al-Qaeda.", "en", "Mali"),
        ("Des individus armés ont abattu deux commerçants mardi à Niono. Plusieurs factions liées à Al-Qaïda "
         "opèrent depuis des années dans la région.", "fr", "Mali"),
    ],
)
def test_a_group_described_elsewhere_is_not_blamed(text: str, language: str, country: str) -> None:
    assert _actor1(text, language) == [f"Unidentified Armed Group ({country})"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen linked to al-Shabaab killed three teachers near Mandera on Tuesday, police said.", "en"),
        ("Gunmen killed three teachers near Mandera on Tuesday, police said. The attackers were linked to "
         "al-Shabaab, an official said.", "en"),
        ("Des assaillants liés aux Shebab ont tué trois enseignants mardi près de Mandera, selon la police.", "fr"),
    ],
)
def test_attackers_tied_to_a_group_are_its_fighters(text: str, language: str) -> None:
    assert _actor1(text, language) == ["Al Shabaab"]
