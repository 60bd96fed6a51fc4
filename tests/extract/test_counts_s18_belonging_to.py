"""The victims' words may run on past a participle ("A gunman belonging to an armed group ... was killed", "Five
policemen escorting a passenger bus have been killed"): "a" after "to" or the participle names no second
victim. A victim told with "a" after another's figure still counts."""

import pytest

from tests.extract.report_events import fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Five policemen escorting a passenger bus have been killed after militants ambushed their convoy near "
         "Kanyar on Tuesday.", 5),
        ("A gunman belonging to an armed group calling itself the Hill Front was killed in a gunfight with police in "
         "Kanyar on Tuesday.", 1),
        # guards
        ("Gunmen killed two soldiers, wounding a civilian, near Kanyar on Tuesday.", 2),
        ("Gunmen killed two soldiers and a civilian on the road to Kanyar on Tuesday.", 3),
        ("One fighter of the Hill Front is dead and a second wounded following a gunbattle with police in Kanyar.", 1),
        ("At least four people including a village elder and his son were killed in an ambush near Kanyar.", 4),
    ],
)
def test_an_article_inside_the_victims_words_is_no_second_victim(text: str, toll: int) -> None:
    assert fatalities(text) == toll
