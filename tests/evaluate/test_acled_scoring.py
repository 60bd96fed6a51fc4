"""The ACLED-notes scorer on tiny hand-written exports (new and pre-2019 layouts) and hand-made predictions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.evaluate.acled import (
    GoldRowWarning,
    actor_key,
    parse_acled_date,
    read_acled_csv,
    sample_rows,
    score_rows,
    states_date,
)
from sitrep.evaluate.common import GoldFormatError, split_type
from sitrep.models import Event

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"


@pytest.mark.parametrize(("text", "expected"), [
    ("2016-07-02", dt.date(2016, 7, 2)),
    ("12-September-2015", dt.date(2015, 9, 12)),
    ("31-12-19", dt.date(2019, 12, 31)),
    ("05-Jan-2015", dt.date(2015, 1, 5)),
    ("12/31/2019", dt.date(2019, 12, 31)),  # a spreadsheet's month-first re-save: day-first is impossible
    ("05/01/2015", dt.date(2015, 1, 5)),  # ambiguous: read day first, as ACLED writes dates
    ("2019-12-31 00:00:00", dt.date(2019, 12, 31)),
    ("31 Dec 2019", dt.date(2019, 12, 31)),
])
def test_parse_acled_date(text: str, expected: dt.date) -> None:
    assert parse_acled_date(text) == expected


@pytest.mark.parametrize(("note", "expected"), [
    ("On 14 March 2019, police fired.", True),
    ("On March 14 2019, police fired.", True),
    ("14th of Mar. (2019): police fired.", True),
    ("On 14 March, police fired.", False),  # no year: nothing anchors the date
    ("On Sept 14th 2019, police fired.", False),  # the wrong month for a March date
    ("Police may 14 times have fired in 2019.", False),
    ("On 114 March 2019, nonsense.", False),
    ("Police fired at a market in 2019.", False),
    ("On 14-15 March 2019, police fired.", True),  # a span states its first day (ACLED's one-row coding) ...
    ("Overnight 13-14 March 2019, police fired.", True),  # ... and its last (one row a day)
    ("On March 14-15, 2019, police fired.", True),
    ("On 14–16 March 2019, police fired.", True),
    ("On 12-13 March 2019, police fired.", False),  # a span without the day
    ("On 4-14 March 2019 ten rounds; on 141 March.", True),
    ("On 14/03/2019 police fired.", True),  # figures: day first, as ACLED writes them ...
    ("On 3/14/2019 police fired.", True),  # ... month first, as spreadsheets re-save them ...
    ("Report of 2019-03-14: police fired.", True),  # ... or ISO
    ("On 14.3.19 police fired.", True),
    ("On 13/03/2019 police fired.", False),  # another day
    ("Case 114/03/2019 and 14/03/20191.", False),  # figures that only contain the date
    ("On 14/03/2018 police fired.", False),
])
def test_states_date(note: str, expected: bool) -> None:
    assert states_date(note, dt.date(2019, 3, 14)) is expected


def test_reads_new_and_old_exports_with_legacy_types() -> None:
    new = read_acled_csv(FIXTURES / "acled-new.csv")
    assert [r.event_date for r in new] == [dt.date(2019, 3, 14), dt.date(2019, 3, 15), dt.date(2019, 3, 16)]
    assert new[0].sub_event_type == "Attack" and new[0].event_types == {"Violence against civilians"}
    old = read_acled_csv(FIXTURES / "acled-old.csv")
    assert len(old) == 2  # the row without notes is skipped
    assert old[0].event_types == {"Riots"}  # inter1 5: rioters
    assert (old[1].event_types, old[1].sub_event_type) == ({"Battles"}, "Armed clash")


def test_reads_a_spreadsheet_resave(tmp_path: Path) -> None:
    """Semicolons, Windows-1252, spaced headers: what a spreadsheet makes of an export on re-saving it."""
    path = tmp_path / "resaved.csv"
    path.write_bytes("Event Date;Event Type;Actor1;Country;Admin1;Notes;Fatalities\r\n"
                     "14/03/2019;Protests;Protesters (Kenya);Kenya;Nairobi;Traders protested in Nairobi \u2013 "
                     "peacefully.;0\r\n".encode("cp1252"))
    (row,) = read_acled_csv(path)
    assert (row.event_date, row.admin1, row.event_types) == (dt.date(2019, 3, 14), "Nairobi", {"Protests"})
    assert "\u2013" in row.notes


def test_an_unreadable_date_leaves_out_its_row_only(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("event_date,event_type,actor1,country,notes,fatalities\n"
                    "someday,Protests,Protesters (Kenya),Kenya,Traders protested.,0\n"
                    "2019-03-14,Protests,Protesters (Kenya),Kenya,Traders protested again.,0\n", encoding="utf-8")
    with pytest.warns(GoldRowWarning, match=r"x.csv:2: row left out: unrecognised date 'someday'"):
        rows = read_acled_csv(path)
    assert [r.notes for r in rows] == ["Traders protested again."]


def test_not_an_acled_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"x.csv: not an ACLED export"):
        read_acled_csv(path)


def test_actor_key_drops_acled_period() -> None:
    assert actor_key("Police Forces of Kenya (2013-)") == actor_key("police forces of kenya")


def test_actor_key_names_a_state_force_by_its_country_s_acled_name() -> None:
    # the 2015 exports' "of the United States of America" is the KB's (and later exports') "of the United States"
    assert actor_key("Military Forces of the United States of America") == actor_key(
        "Military Forces of the United States")
    assert actor_key("Police Forces of Kenya Prison Guards") != actor_key("Police Forces of Kenya")


def test_score_rows() -> None:
    rows = read_acled_csv(FIXTURES / "acled-new.csv")
    first = Event(event_id="a", event_date=dt.date(2019, 3, 14), event_type="Violence against civilians",
                  sub_event_type="Attack", actor1="Police Forces of Kenya", actor2="Civilians (Kenya)",
                  admin1="Kilifi", latitude=-3.22, longitude=40.12, fatalities=1)
    second = Event(event_id="b", event_type="Protests", sub_event_type="Protest with intervention",
                   actor1="Protesters (Kenya)", admin1="Nairobi", latitude=-1.0, longitude=36.8)
    scores = score_rows(rows, [first, second, None])
    fields = {name: (f.correct, f.total) for name, f in scores.fields.items()}
    assert fields == {"event_type": (2, 3), "sub_event_type": (1, 3), "date": (1, 2), "fatalities": (2, 3),
                      "admin1": (2, 3), "location_25km": (1, 3), "actor1": (2, 3), "actor2": (2, 3)}
    assert (scores.date_stated, scores.with_event) == (2, 2)
    assert (scores.undated_null.correct, scores.undated_null.total) == (1, 1)
    assert scores.confusion == {"Violence against civilians": {"Violence against civilians": 1},
                                "Protests": {"Protests": 1}, "Battles": {"-": 1}}


def test_sample_is_reproducible_and_in_file_order() -> None:
    rows = read_acled_csv(FIXTURES / "acled-new.csv")
    picked = sample_rows(rows, 2, seed=3)
    assert picked == sample_rows(rows, 2, seed=3)
    assert [rows.index(r) for r in picked] == sorted(rows.index(r) for r in picked)
    assert sample_rows(rows, 10, seed=0) == rows


def test_split_type_with_slashes() -> None:
    assert split_type("Explosions/Remote violence/Remote explosive/landmine/IED") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    with pytest.raises(ValueError, match="ACLED event type"):
        split_type("Skirmish/Small")


def test_old_violence_against_protesters_is_todays_protests(tmp_path: Path) -> None:
    """The old schema coded police firing on protesters as Violence against civilians (inter2 6 = protesters);
    today's codebook makes it Protests (excessive force against protesters); rioters acting stay Riots."""
    path = tmp_path / "old.csv"
    path.write_text("EVENT_DATE,EVENT_TYPE,ACTOR1,INTER1,ACTOR2,INTER2,COUNTRY,NOTES,FATALITIES\n"
                    "14/03/2015,Violence against civilians,Police Forces of Togo,1,Protesters (Togo),6,Togo,"
                    "Police fired on marchers.,1\n"
                    "15/03/2015,Violence against civilians,Rioters (Togo),5,Protesters (Togo),6,Togo,"
                    "A mob beat marchers.,0\n"
                    "16/03/2015,Violence against civilians,Police Forces of Togo,1,Civilians (Togo),7,Togo,"
                    "Police beat a trader.,0\n", encoding="utf-8")
    assert [r.event_types for r in read_acled_csv(path)] == [{"Protests"}, {"Riots"}, {"Violence against civilians"}]
