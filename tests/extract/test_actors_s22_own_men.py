"""Session 22: a force that reports what its own men did ("l'armée affirme que ses unités ont neutralisé six
terroristes", "the army said its units killed six") did it, as when it says "it" did; what it reports of others
("que des hommes armés ont tué") is not its deed. Synthetic reports; real spaCy and KB."""

from __future__ import annotations

import pytest
from report_events import main_event, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'armée affirme que ses unités ont neutralisé six terroristes lundi près de Mopti.", "fr"),
        ("L'armée a indiqué que ses éléments avaient abattu six terroristes lundi près de Mopti.", "fr"),
    ],
)
def test_a_force_telling_its_own_mens_deed_did_it(text: str, language: str) -> None:
    assert names(main_event(text, language, "ML"))[0] == "Military Forces of Mali"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée affirme que des hommes armés ont tué six civils lundi près de Mopti.",
         ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
        ("La police affirme que ses agents ont été attaqués lundi près de Mopti par des hommes armés.",
         ("Unidentified Armed Group (Mali)", "Police Forces of Mali")),
    ],
)
def test_what_a_force_tells_of_others_or_suffers_is_no_deed_of_its(text: str, expected: tuple[str, str]) -> None:
    assert names(main_event(text, "fr", "ML")) == expected
