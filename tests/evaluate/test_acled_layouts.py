"""`sitrep eval acled` reads every layout and file shape ACLED exports come in (tiny synthetic rows, own words)."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import warnings
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from sitrep.evaluate.acled import score_rows
from sitrep.evaluate.acled_read import (
    GoldRowWarning,
    column_key,
    month_first_file,
    parse_acled_date,
    parse_fatalities,
    read_acled_csv,
)
from sitrep.evaluate.common import GoldFormatError
from sitrep.models import Event

CURRENT_EXPORT = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"
    "XYZ101,15 June 2019,2019,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,"
    "Unidentified Armed Group (Chad),,3,Civilians (Chad),,7,37,Civilian targeting,148,Middle Africa,Chad,Lac,"
    "Mamdi,,Bol,13.4586,14.7147,1,Local radio,National,\"On 15 June 2019, a roadside bomb hit a minibus near "
    "Bol, killing 2.\",2,,1561000000\n"
)
API_2025 = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,inter1,actor2,"
    "inter2,interaction,country,admin1,location,latitude,longitude,notes,fatalities\n"
    "XYZ7,2024-03-02,2024,1,Demonstrations,Riots,Mob violence,Rioters (Peru),Rioters,Civilians (Peru),Civilians,"
    "Rioters-Civilians,Peru,Puno,Juliaca,-15.5,-70.13,A crowd beat two men accused of theft in Juliaca.,0\n"
)
OLD_UPPER = (
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,"
    "ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,"
    "GEO_PRECISION,SOURCE,NOTES,FATALITIES\n"
    "483,1CHA,1,03/02/2009,2009,1,Battle-Rebels overtake territory,Rebel Group X,,2,Military Forces of Chad,,1,12,"
    "Chad,Ouaddai,,,Abeche,13.83,20.83,1,Wire,Rebels took the town of Abeche from the army.,5\n"
    "483,2CHA,2,04/02/2009,2009,1,Non-violent activity by a conflict actor,Rebel Group X,,2,,,0,20,"
    "Chad,Ouaddai,,,Abeche,13.83,20.83,1,Wire,The rebels named a new spokesman.,0\n"
    "483,3CHA,3,05/02/2009,2009,1,Remote violence,Military Forces of Chad,,1,Rebel Group X,,2,12,"
    "Chad,Ouaddai,,,Abeche,13.83,20.83,1,Wire,Army aircraft bombed rebel positions.,\n"
)
SHAPEFILE = (
    "EVENT_ID_C,EVENT_DATE,EVENT_TYPE,SUB_EVENT_,ACTOR1,ACTOR2,COUNTRY,ADMIN1,LOCATION,LATITUDE,LONGITUDE,NOTES,"
    "FATALITIE\n"
    "SHP1,2020-01-05,Protests,Peaceful protest,Protesters (Ghana),,Ghana,Ashanti,Kumasi,6.69,-1.62,"
    "Traders marched in Kumasi over market fees.,0\n"
)


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _xlsx(rows: list[list[object]]) -> bytes:
    """A minimal .xlsx (Office Open XML) written by hand: header and text as shared strings, numbers as numbers,
    one text cell inline, the date as Excel serial day (what a date-formatted cell stores)."""
    strings: list[str] = []
    cells_xml = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(ord('A') + c)}{r}"
            if isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif r > 1 and c == 0:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
            elif value != "":
                strings.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                                         f'<sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels",
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>')
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">'
                      + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
        book.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{"".join(cells_xml)}'
                                                  "</sheetData></worksheet>")
    return buffer.getvalue()


def test_todays_export_tool_layout(tmp_path: Path) -> None:
    (row,) = read_acled_csv(_write(tmp_path, "export.csv", CURRENT_EXPORT))
    assert (row.row_id, row.event_date, row.event_types, row.sub_event_type) == (
        "XYZ101", dt.date(2019, 6, 15), {"Explosions/Remote violence"}, "Remote explosive/landmine/IED")
    assert (row.admin1, row.latitude, row.fatalities, row.place_names) == ("Lac", 13.4586, 2, ("Bol", "Mamdi"))


def test_hdx_hashtag_line_is_not_a_row(tmp_path: Path) -> None:
    lines = SHAPEFILE.splitlines()
    hxl = "#event+code,#date+occurred,#event+type,#event+type+sub,#group+name+first,#group+name+second," \
          "#country+name,#adm1+name,#loc+name,#geo+lat,#geo+lon,#description,#affected+killed"
    path = _write(tmp_path, "hdx.csv", "\n".join([lines[0], hxl, lines[1]]) + "\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not even a warning: the line is known
        assert [r.row_id for r in read_acled_csv(path)] == ["SHP1"]


def test_2025_api_gives_actor_types_as_labels(tmp_path: Path) -> None:
    (row,) = read_acled_csv(_write(tmp_path, "api.csv", API_2025))
    assert (row.event_types, row.sub_event_type, row.country) == ({"Riots"}, "Mob violence", "Peru")


def test_api_json_and_json_lines(tmp_path: Path) -> None:
    record = {"event_id_cnty": "J1", "event_date": "2024-03-02", "event_type": "Battles",
              "sub_event_type": "Armed clash", "actor1": "Military Forces of Peru", "actor2": "", "country": "Peru",
              "admin1": "Puno", "notes": "Soldiers and smugglers exchanged fire.", "fatalities": "1"}
    api = _write(tmp_path, "api.json", json.dumps({"status": 200, "success": True, "data": [record]}))
    lines = _write(tmp_path, "rows.jsonl", json.dumps(record) + "\n" + json.dumps({**record, "event_id_cnty": "J2"}))
    assert [r.row_id for r in read_acled_csv(api)] == ["J1"]
    assert [r.row_id for r in read_acled_csv(lines)] == ["J1", "J2"]


def test_old_upper_case_layout_and_pre_2019_type_names(tmp_path: Path) -> None:
    rows = read_acled_csv(_write(tmp_path, "old.csv", OLD_UPPER))
    assert [r.event_date for r in rows] == [dt.date(2009, 2, 3), dt.date(2009, 2, 4), dt.date(2009, 2, 5)]
    assert [(r.event_types, r.sub_event_type) for r in rows] == [
        ({"Battles"}, "Non-state actor overtakes territory"), ({"Strategic developments"}, None),
        ({"Explosions/Remote violence"}, None)]
    assert [r.fatalities for r in rows] == [5, 0, None]  # a blank toll is unknown, not zero


def test_shapefile_cut_column_names(tmp_path: Path) -> None:
    (row,) = read_acled_csv(_write(tmp_path, "shp.csv", SHAPEFILE))
    assert (row.row_id, row.sub_event_type, row.fatalities) == ("SHP1", "Peaceful protest", 0)
    assert column_key("Sub Event Type") == column_key("SUB_EVENT_") == "sub_event_type"
    assert column_key("Actor 1") == "actor1" and column_key("ALLY_ACTOR_1") == "assoc_actor_1"


def test_xlsx_workbook(tmp_path: Path) -> None:
    header = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
              "admin1", "latitude", "longitude", "notes", "fatalities"]
    book = _xlsx([header, ["XL1", 43631, "Battles", "Armed clash", "Military Forces of Mali", "JNIM", "Mali", "Mopti",
                           14.49, -4.19, "Soldiers clashed with militants near Sevare.", 3]])
    (row,) = read_acled_csv(_write(tmp_path, "export.xlsx", book))
    assert (row.row_id, row.event_date, row.actor2, row.latitude, row.fatalities) == (
        "XL1", dt.date(2019, 6, 15), "JNIM", 14.49, 3)


def test_old_binary_excel_is_refused_by_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    with pytest.raises(GoldFormatError, match=r"export.xls: an old binary Excel workbook"):
        read_acled_csv(path)


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ","), ("cp1252", ";"), ("latin-1", ";"),
                                                     ("utf-16", "\t")])
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = list(csv.reader(io.StringIO(CURRENT_EXPORT.replace("Bol,", "Bol\u00e9,"))))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    (row,) = read_acled_csv(_write(tmp_path, "x.csv", out.getvalue().encode(encoding)))
    assert row.place_names[0] == "Bol\u00e9" and row.notes.startswith("On 15 June 2019")


def test_zip_gzip_and_parquet(tmp_path: Path) -> None:
    zipped = tmp_path / "export.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("readme.pdf", b"%PDF")
        archive.writestr("2019-06-01-2019-06-30.csv", CURRENT_EXPORT)
    gzipped = _write(tmp_path, "export.csv.gz", gzip.compress(CURRENT_EXPORT.encode("utf-8")))
    import pyarrow as pa
    import pyarrow.parquet as pq

    body = read_acled_csv(gzipped)[0]
    table = pa.table({"event_date": ["2019-06-15"], "event_type": ["Battles"], "actor1": [body.actor1],
                      "country": ["Chad"], "notes": [body.notes], "fatalities": [2]})
    pq.write_table(table, tmp_path / "export.parquet")
    for path in (zipped, gzipped, tmp_path / "export.parquet"):
        (row,) = read_acled_csv(path)
        assert row.event_date == dt.date(2019, 6, 15) and row.fatalities == 2, path


@pytest.mark.parametrize(("text", "month_first", "expected"), [
    ("15 June 2019", False, dt.date(2019, 6, 15)),
    ("June 15, 2019", False, dt.date(2019, 6, 15)),
    ("15th June 2019", False, dt.date(2019, 6, 15)),
    ("1-Jun-19", False, dt.date(2019, 6, 1)),
    ("01/06/2019", False, dt.date(2019, 6, 1)),
    ("06/01/2019", True, dt.date(2019, 6, 1)),
    ("6/1/19", True, dt.date(2019, 6, 1)),
    ("01.06.2019", False, dt.date(2019, 6, 1)),
    ("2019-06-01T00:00:00Z", False, dt.date(2019, 6, 1)),
    ("2019/06/01", False, dt.date(2019, 6, 1)),
    ("43617", False, dt.date(2019, 6, 1)),  # an Excel serial day
    ("31-12-97", False, dt.date(1997, 12, 31)),
])
def test_date_shapes(text: str, month_first: bool, expected: dt.date) -> None:
    assert parse_acled_date(text, month_first) == expected


def test_month_first_is_decided_for_the_whole_file(tmp_path: Path) -> None:
    assert month_first_file(["06/01/2019", "06/13/2019"]) is True
    assert month_first_file(["06/01/2019", "13/06/2019"]) is False
    assert month_first_file(["06/01/2019", "15 June 2019"]) is False  # nothing says otherwise: ACLED's day first
    path = _write(tmp_path, "us.csv", "event_date,event_type,actor1,country,notes\n"
                  "06/01/2019,Protests,Protesters (Chad),Chad,Students marched.\n"
                  "06/13/2019,Protests,Protesters (Chad),Chad,Students marched again.\n")
    assert [r.event_date for r in read_acled_csv(path)] == [dt.date(2019, 6, 1), dt.date(2019, 6, 13)]


def test_fatalities_shapes() -> None:
    assert [parse_fatalities(v) for v in ("3", "3.0", "1,200", "", "n/a")] == [3, 3, 1200, None, None]


def test_missing_column_names_file_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "partial.csv", "EVENT_DATE,EVENT_TYPE,ACTOR1,COUNTRY\n2019-06-01,Battles,X,Chad\n")
    with pytest.raises(GoldFormatError, match=r"partial.csv: not an ACLED export: no column notes \(found: "
                                              r"EVENT_DATE, EVENT_TYPE, ACTOR1, COUNTRY\)"):
        read_acled_csv(path)


def test_no_scorable_row_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "dates.csv", "event_date,event_type,actor1,country,notes\n"
                  "soon,Protests,Protesters (Chad),Chad,Students marched.\n")
    with pytest.warns(GoldRowWarning), pytest.raises(GoldFormatError, match=r"dates.csv: no row .* readable"):
        read_acled_csv(path)


def test_unknown_types_and_many_bad_dates_are_summed_up(tmp_path: Path) -> None:
    rows = [f"someday,Protests,Protesters (Chad),Chad,Students marched {i}." for i in range(8)]
    rows.append("2019-06-01,Battle,Military Forces of Chad,Chad,Soldiers fought.")
    path = _write(tmp_path, "odd.csv", "event_date,event_type,actor1,country,notes\n" + "\n".join(rows) + "\n")
    with pytest.warns(GoldRowWarning) as caught:
        (row,) = read_acled_csv(path)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 7 and messages[-2] == f"{path}: 8 rows left out in all for an unreadable event_date"
    assert messages[-1].startswith(f"{path}: event_type not in ACLED's codebook")
    assert "'Battle' (1 rows)" in messages[-1]
    assert row.event_types == {"Battle"}


def test_blank_gold_fields_are_not_scored_and_type_case_is_ignored(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.csv", "event_date,event_type,sub_event_type,actor1,country,admin1,notes,"
                  "fatalities\n2019-06-01,explosions/remote violence,Air/drone strike,Military Forces of Chad,Chad,,"
                  "Aircraft struck a camp.,\n")
    (row,) = read_acled_csv(path)
    assert row.event_types == {"Explosions/Remote violence"}
    pred = Event(event_id="e1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 country="Chad", actor1="Military Forces of Chad", fatalities=4)
    scores = score_rows([row], [pred])
    assert {name: s.total for name, s in scores.fields.items()} == {
        "event_type": 1, "sub_event_type": 1, "date": 0, "fatalities": 0, "admin1": 0, "location_25km": 0,
        "actor1": 1, "actor2": 1}
    assert scores.fields["sub_event_type"].correct == 1
    missed = score_rows([row], [None])
    assert missed.fields["fatalities"].total == 0 and missed.fields["event_type"].total == 1
