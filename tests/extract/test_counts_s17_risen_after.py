"""An updated toll told with the deaths that raised it after it ("has risen to nine after two more officers died")
includes them: the toll is nine, not nine plus two. Deaths told as more on top of a plain figure still add up."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The death toll from last week's attack on a police station in Garissa has risen to nine after two more "
         "officers died in hospital, police said on Monday.", 9),
        ("Le bilan de l'attaque contre le poste de Djibo est passé à 15 morts après le décès de trois autres "
         "blessés, selon une source sécuritaire.", 15),
    ],
)
def test_a_revised_toll_includes_the_deaths_that_raised_it(text, toll):
    language = "fr" if text.startswith("Le ") else "en"
    assert fatalities(text, language) == toll


def test_more_deaths_on_top_of_a_plain_figure_still_add_up():
    text = ("Gunmen killed seven police officers in Garissa on Thursday, police said, and two more officers died in "
            "hospital on Friday.")
    assert fatalities(text) == 9
