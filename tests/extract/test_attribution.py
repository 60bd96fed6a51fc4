"""Attribution: who a sentence says its figures come from, as written."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import find_attribution, locate_attribution


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        (
            "The raid killed 49 soldiers and wounded three, the Malian Armed Forces said.",
            "en",
            "the Malian Armed Forces",
        ),
        ("The army said 12 soldiers died.", "en", "The army"),
        (
            "According to the Malian Armed Forces (FAMa), 49 soldiers were killed.",
            "en",
            "the Malian Armed Forces (FAMa)",
        ),
        ("The government initially said 53 people died.", "en", "The government"),
        ("A French defence ministry statement said the corporal died.", "en", "A French defence ministry statement"),
        (
            "The corporal died near the town, the Ministry of Defence said in a statement.",
            "en",
            "the Ministry of Defence",
        ),
        ("“We attacked the base,” the group said on its channels.", "en", "the group"),
        ("Twenty people died, said a local official who asked not to be named.", "en", "a local official"),
        ("Police told reporters that five people were arrested.", "en", "Police"),
        ("Selon l'armée, 20 soldats ont été tués.", "fr", "l'armée"),
        ("Vingt soldats ont été tués, a indiqué le gouvernement.", "fr", "le gouvernement"),
        ("Vingt soldats ont été tués, de source sécuritaire.", "fr", "source sécuritaire"),
        ("Selon un élu local joint par téléphone, l'attaque a fait 10 morts.", "fr", "un élu local"),
        ("L'armée a indiqué avoir neutralisé 30 terroristes.", "fr", "L'armée"),
        ("Le gouvernement malien a annoncé un bilan de 53 morts.", "fr", "Le gouvernement malien"),
        ("Dix civils ont été tués, a indiqué à l'AFP un responsable local.", "fr", "un responsable local"),
        ("Dix civils ont été tués, a indiqué mardi soir l'armée.", "fr", "l'armée"),
        ("Un porte-parole du groupe armé a affirmé détenir 41 otages.", "fr", "Un porte-parole du groupe armé"),
        ("The group on Saturday claimed that 20 soldiers were killed.", "en", "The group"),
        ("Cinq soldats ont été tués, a appris l'AFP auprès de sources sécuritaires.", "fr", "sources sécuritaires"),
        ("Deux bergers ont été tués, a-t-on appris mardi auprès d'élus locaux.", "fr", "élus locaux"),
    ],
)
def test_sources(sentence: str, language: str, source: str) -> None:
    assert find_attribution(sentence, language) == source


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("He said 20 people died.", "en"),
        ("Ten civilians were killed in the attack.", "en"),
        ("Il a déclaré que dix civils ont été tués.", "fr"),
        ("Dix civils ont été tués dans l'attaque.", "fr"),
        # 'auprès de' without a word of finding out before it names no source
        ("Les déplacés ont trouvé refuge auprès des soldats après l'attaque.", "fr"),
        ("Une rançon a été exigée auprès des familles des otages.", "fr"),
    ],
)
def test_no_named_source(sentence: str, language: str) -> None:
    assert find_attribution(sentence, language) is None


def test_offsets_and_rule() -> None:
    sentence = "Five were hurt, according to the police."
    found = locate_attribution(sentence, "en")
    assert found is not None
    assert sentence[found.start : found.end] == "the police"
    assert found.rule == "attribution:forward:according to"


@pytest.mark.parametrize(
    ("sentence", "language", "source"),
    [
        # a passive or a claim of responsibility reports nothing; the real source comes later
        ("A raid on the camp claimed by rebels killed four soldiers, the army said on Monday.", "en", "the army"),
        ("The group claimed responsibility for the raid, which the army said killed 12 soldiers.", "en", "the army"),
        ("Three died, a figure the police have not confirmed.", "en", None),
        ("Eleven raiders were confirmed dead by the evening.", "en", None),
        ("L'attaque revendiquée par le groupe a fait dix morts, a indiqué l'armée.", "fr", "l'armée"),
        # a title between commas after a name
        ("Amadou Diallo, mayor of the district, said nine people were killed.", "en", "mayor of the district"),
        ("Moussa Traoré, un élu local, a indiqué que cinq civils ont été tués.", "fr", "un élu local"),
    ],
)
def test_verbs_that_report_nothing_and_titles(sentence: str, language: str, source: str | None) -> None:
    assert find_attribution(sentence, language) == source


@pytest.mark.parametrize(
    ("source", "language", "anaphoric"),
    [
        ("la même source", "fr", True),
        ("les mêmes sources", "fr", True),
        ("cette source", "fr", True),
        ("the same source", "en", True),
        ("these sources", "en", True),
        ("l'armée", "fr", False),
        ("a security source", "en", False),
    ],
)
def test_sources_that_point_back(source: str, language: str, anaphoric: bool) -> None:
    from sitrep.extract.attribution import is_anaphoric

    assert is_anaphoric(source, language) is anaphoric
