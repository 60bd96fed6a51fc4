"""A long feature (asides, quotes, history) gives as news what it says happened this week: its events are the
Tuesday attack near the town and the shelling of "the same day", never a widow's memory dated by a bare year or
the convoy ambushed two years ago (lead probe f1, session 12). Synthetic text written for this test."""

from __future__ import annotations

import datetime as dt

from report_events import extract

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday
FEATURE = (
    "DJIBO, Burkina Faso (AP) — The wells ran dry in February. Now the women of Djibo walk before dawn to"
    " a muddy pond at the edge of town, carrying yellow jerrycans and watching the tree line for men on "
    "motorbikes.\n\n"
    '"We do not sleep any more," said Aminata, a mother of five who asked that her family name be '
    'withheld for her safety. "Gunmen killed my husband in 2021 when he went to fetch firewood. Since '
    'then I keep the children inside."\n\n'
    "On Tuesday, armed men attacked a group of herders near the village of Gaskindé, about 30 kilometres "
    "south of the town, killing seven civilians, according to two residents and a local official. The "
    "same day, jihadists fired mortar rounds at the town's airstrip, wounding two soldiers, the official "
    "said. No group claimed responsibility, but fighters linked to al-Qaida have encircled Djibo for more"
    " than two years.\n\n"
    "The town of roughly 300,000 people, many of them displaced from surrounding villages, has been cut "
    "off by road since 2022. In September 2022, militants ambushed a supply convoy on the road to Djibo, "
    "killing 11 soldiers and dozens of civilians, and in May 2023 a huge assault on the town's military "
    "base left scores dead.\n\n"
    "Food now arrives mostly by helicopter or in convoys escorted by the army, which can take weeks to "
    "assemble. Prices of millet have tripled. Aid groups say children are arriving at clinics "
    "malnourished, and a nurse at the main health centre said she had seen three children die of hunger "
    "last month.\n\n"
    '"The situation is catastrophic," said a humanitarian worker who was not authorised to speak to the '
    'press. "People are eating leaves."\n\n'
    "Burkina Faso's junta, which seized power in a coup in 2022, has promised to retake the territory "
    "lost to the jihadists. It has recruited tens of thousands of civilian volunteers to fight alongside "
    "the army. Rights groups accuse both the volunteers and the soldiers of killing civilians suspected "
    "of collaborating with the militants; in April 2023, soldiers were accused of killing more than 150 "
    "people in the village of Karma, a charge the government denied.\n\n"
    "In Djibo, residents say the volunteers guard the town's entrances at night. Moussa, a 42-year-old "
    'trader, said he joined them last year after militants burned his shop. "We have no choice," he said.'
    ' "If we leave, we die on the road. If we stay, we die of hunger."\n\n'
    "The attacks have grown more frequent as the rainy season approaches, residents said. Last week, "
    "militants stole cattle from herders on the outskirts of the town, and on Sunday a man was shot dead "
    "while collecting wood, according to a relative.\n\n"
    'Analysts say the jihadists want to force the population to choose sides. "The blockade is a weapon,"'
    ' said a researcher who studies the Sahel. "It is cheaper than fighting the army head-on, and it '
    'breaks the will of the people."\n\n'
    "The government did not respond to requests for comment. State television on Wednesday said the army "
    'had "neutralised" several terrorists in operations in the region, without giving details.\n\n'
    "For Aminata, each day is the same. She wakes before dawn, walks to the pond and counts her children "
    'when she gets back. "God is keeping us," she said. "Only God."'
)


def test_a_feature_codes_this_weeks_events_not_its_asides_or_history() -> None:
    extraction = extract(FEATURE, "en", PUBLISHED)
    coded = [(e.sub_event_type, e.date.value) for e in extraction.events]
    assert coded[:2] == [("Attack", dt.date(2024, 3, 12)), ("Shelling/artillery/missile attack", dt.date(2024, 3, 12))]
    # Sunday's killing is this week's news too; nothing older is.
    assert all(day is not None and day >= dt.date(2024, 3, 10) for _, day in coded)
    assert [c.low for c in extraction.events[0].counts if c.kind == "killed"] == [7]


def test_a_clause_dated_by_an_earlier_year_alone_is_background() -> None:
    extraction = extract(FEATURE, "en", PUBLISHED)
    assert any(b.rule == "background:marker:in 2021" and "husband" in b.quote for b in extraction.background)


def test_a_year_alone_in_a_note_with_no_publication_date_is_measured_against_the_notes_own_dates() -> None:
    note = (
        "On 5 March 2019, gunmen shot dead a trader in the market of Garissa town. "
        "His brother was abducted by the same group in 2017."
    )
    extraction = extract(note, "en", None)
    assert [e.sub_event_type for e in extraction.events] == ["Attack"]
    assert any(b.rule == "background:marker:in 2017" for b in extraction.background)


def test_the_year_of_the_report_does_not_make_a_clause_background() -> None:
    text = "Gunmen killed four herders near Baraboule in 2024, residents said. The army sent reinforcements."
    extraction = extract(text, "en", PUBLISHED)
    assert [e.sub_event_type for e in extraction.events] == ["Attack"]


def test_the_same_day_counts_from_a_day_named_since_the_event_before() -> None:
    text = (
        "DJIBO (AP) — Convoys that try to reach the town are ambushed; in September 2022, an attack on a supply "
        "convoy killed 37 people, most of them civilians.\n\n"
        "On Tuesday, a helicopter brought medicine and flour to the town, an aid worker said. The same day, "
        "jihadists fired mortar rounds at the town's airstrip, wounding two soldiers, a security source said."
    )
    extraction = extract(text, "en", PUBLISHED)
    shelling = [e for e in extraction.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.date.value for e in shelling] == [dt.date(2024, 3, 12)]


def test_the_same_day_after_a_statement_is_the_day_of_the_event_before() -> None:
    text = (
        "Gunmen killed six villagers in Koumbri on Monday, a local official said on Wednesday. The same day, "
        "suspected jihadists ambushed an army patrol near Ouahigouya, killing three soldiers."
    )
    extraction = extract(text, "en", PUBLISHED)
    assert [(e.sub_event_type, e.date.value) for e in extraction.events] == [
        ("Attack", dt.date(2024, 3, 11)), ("Armed clash", dt.date(2024, 3, 11))]
