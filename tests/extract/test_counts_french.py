"""French toll phrasings through the real `find_counts`: bilans, rounded figures, elided qualifiers, one-word
tolls, bodies, abductions and the missing; and the flags that keep a toll off one event (several attacks
together, the claimant's own count)."""

from __future__ import annotations

import pytest

from sitrep.extract.counts import find_counts

Row = tuple[str, int, int, str | None, bool]  # kind, low, high, victims, vague


def counts(text: str) -> list[Row]:
    return [(c.kind, c.low, c.high, c.who, c.vague) for c in find_counts(text, "fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bilan in nouns: each kind its own figure
        ("L'attaque du poste a fait 12 morts et 7 blessés.", [("killed", 12, 12, None, False),
                                                             ("injured", 7, 7, None, False)]),
        ("Le bilan provisoire est de neuf morts.", [("killed", 9, 9, None, False)]),
        # a toll after an elided "de": "fait état d'un mort", "un bilan d'une dizaine de morts"
        ("Le ministère a fait état d'un mort et de six blessés.", [("killed", 1, 1, None, False),
                                                                  ("injured", 6, 6, None, False)]),
        ("La préfecture donne un bilan d'une dizaine de morts.", [("killed", 10, 10, None, True)]),
        # a rounded figure is a figure ("une dizaine" = 10); "plusieurs dizaines" is ACLED's "dozens"
        ("Une dizaine de villageois ont été tués.", [("killed", 10, 10, "villageois", True)]),
        ("Plusieurs dizaines de civils ont péri.", [("killed", 12, 99, "civils", True)]),
        # qualifiers, with "de" elided before a vowel
        ("Au moins 14 personnes ont été tuées.", [("killed", 14, 14, "personnes", False)]),
        ("Près de 30 soldats ont été tués.", [("killed", 30, 30, "soldats", False)]),
        ("Près d'une centaine d'assaillants ont été neutralisés.", [("killed", 100, 100, "assaillants", True)]),
        ("Plus d'une quarantaine de combattants ont été tués.", [("killed", 40, 40, "combattants", True)]),
        ("Pas moins d'une vingtaine de morts ont été dénombrés.", [("killed", 20, 20, None, True)]),
        # one dead told in two words, with no verb: "un seul mort"
        ("Côté gouvernemental, un seul mort.", [("killed", 1, 1, None, False)]),
        ("Un seul gendarme a été tué.", [("killed", 1, 1, "gendarme", False)]),
        # "on déplore": the deaths as its object
        ("On déplore quatre morts parmi les forces de sécurité.", [("killed", 4, 4, None, False)]),
        ("L'armée déplore la mort de deux soldats.", [("killed", 2, 2, "soldats", False)]),
        # bodies found count as killed
        ("Six corps sans vie ont été découverts près du puits.", [("killed", 6, 6, None, False)]),
        # abducted and missing are their own kinds, never killed
        ("Onze personnes ont été enlevées sur la route.", [("abducted", 11, 11, "personnes", False)]),
        ("Cinq bergers sont portés disparus depuis l'attaque.", [("missing", 5, 5, "bergers", False)]),
        ("Des hommes armés ont kidnappé trois commerçants.", [("abducted", 3, 3, "commerçants", False)]),
    ],
)
def test_french_toll_phrasings(text: str, expected: list[Row]) -> None:
    assert counts(text) == expected


def test_a_raised_toll_replaces_the_earlier_one() -> None:
    found = find_counts("Trois civils ont été tués mardi. Le bilan s'est alourdi à huit morts mercredi.", "fr")
    assert [(c.low, c.revised) for c in found] == [(3, False), (8, True)]


def test_a_rebel_toll_and_a_loyalist_dead_in_one_sentence() -> None:
    text = "Côté rebelle, plus d'une quarantaine de combattants ont été tués ; côté loyaliste, un seul mort."
    assert [(c.low, c.who) for c in find_counts(text, "fr")] == [(40, "combattants"), (1, None)]


@pytest.mark.parametrize(
    ("text", "language", "events"),
    [
        ("Vingt soldats ont été tués dans ces deux attaques, selon l'état-major.", "fr", 2),
        ("Neuf gendarmes ont péri lors des trois attaques de la nuit.", "fr", 3),
        ("Twenty soldiers were killed in the two attacks, officials said.", "en", 2),
        ("Seven guards died in both raids.", "en", 2),
        # one attack, or attacks with no number: one event's toll
        ("Vingt soldats ont été tués dans cette attaque.", "fr", 1),
        ("Twenty soldiers were killed in the attacks on the base.", "en", 1),
    ],
)
def test_a_toll_told_for_several_attacks_together(text: str, language: str, events: int) -> None:
    (count,) = find_counts(text, language)
    assert count.events == events


@pytest.mark.parametrize(
    ("text", "language", "claimed"),
    [
        ("Le groupe, qui a revendiqué l'attaque, affirme avoir abattu 30 militaires.", "fr", True),
        ("Les jihadistes affirment avoir tué douze soldats.", "fr", True),
        ("Al-Shabaab claimed to have killed five police officers.", "en", True),
        ("The group claimed it killed 12 soldiers in the raid.", "en", True),
        # the army's or a witness's count is not the claimant's
        ("L'armée a annoncé que 30 assaillants ont été tués.", "fr", False),
        ("The army said 12 militants were killed.", "en", False),
    ],
)
def test_the_claimants_own_count_is_flagged(text: str, language: str, claimed: bool) -> None:
    (count,) = find_counts(text, language)
    assert (count.kind, count.claimed, count.grievance) == ("killed", claimed, False)
