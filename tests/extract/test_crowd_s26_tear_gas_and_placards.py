"""Session 26: two things told of a demonstration that are not its violence. Tear gas thrown is the force's ("they
threw tear gas at old women", "officers hurled teargas canisters at them"): before, "threw" made the march a
violent demonstration (blind s26 s06, the Kitengela traders). A crowd's quoted message ('placards that read "Stop
the killings"', 'chanting "Bring back our kidnapped sons"') names what it stands against: before, its words opened
an attack or an abduction. Reports are synthetic, written for these tests; real spaCy."""

from __future__ import annotations

import pytest
from report_events import main_type


@pytest.mark.parametrize(
    "text",
    [
        "Police threw tear gas at traders protesting in Nakuru on Tuesday.",
        "Teachers marched in Kisumu on Monday; officers hurled teargas canisters at them.",
        "Nurses marched in Kisii on Monday. \"They threw tear gas at old women,\" said one nurse.",
    ],
)
def test_tear_gas_thrown_is_an_intervention(text: str) -> None:
    assert main_type(text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents marched through Nakuru on Tuesday carrying placards that read \"Stop the killings\" "
        "and \"No more abductions\".",
        "Traders demonstrated in Embu on Friday with banners reading \"Stop burning our kiosks\".",
        "Mothers marched in Garissa on Thursday, singing \"Bring back our kidnapped sons\".",
        "Des centaines de femmes ont marché samedi à Bunia avec des pancartes où on pouvait lire « Non aux "
        "enlèvements ».",
    ],
)
def test_a_crowds_quoted_message_is_no_event(text: str) -> None:
    language = "fr" if "marché" in text else "en"
    assert main_type(text, language) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters threw stones at police in Nakuru on Tuesday.", ("Riots", "Violent demonstration")),
        # a witness's quote tells the event
        ("Women protested in Meru on Monday. \"They shot my son,\" said one protester.",
         ("Protests", "Excessive force against protesters")),
    ],
)
def test_the_crowds_stones_and_a_witness_quote_still_count(text: str, expected: tuple[str, str]) -> None:
    assert main_type(text) == expected
