"""Exports: exact ACLED/UCDP columns, derived codes, and round trips through pandas, JSON and pyarrow."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from sitrep.deliver import codes
from sitrep.deliver.export import ACLED_COLUMNS, UCDP_COLUMNS, ExportError, export_events
from sitrep.deliver.source import EventSet
from sitrep.models import Deaths, Event, Source

ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip


def _rows(events: list[Event], fmt: str) -> dict[str, dict[str, str]]:
    stream = io.StringIO()
    export_events(events, fmt, stream)
    key = "event_id_cnty" if fmt == "acled-csv" else "id"
    return {row[key]: row for row in csv.DictReader(io.StringIO(stream.getvalue()))}


def test_acled_csv_has_acleds_31_columns_in_order_and_opens_in_pandas(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = export_events(events, "acled-csv", out)
    frame = pd.read_csv(out)
    assert list(ACLED_COLUMNS) == ACLED_ORDER
    assert list(frame.columns) == ACLED_ORDER
    assert result.written == len(frame) == 4
    battle = frame.set_index("event_id_cnty").loc["MLI-0001"]
    assert battle["fatalities"] == 12 and battle["iso"] == 466 and battle["latitude"] == pytest.approx(15.659)


def test_acled_values_follow_acleds_conventions(events: list[Event]) -> None:
    rows = _rows(events, "acled-csv")
    battle, market, protest, strike = rows["MLI-0001"], rows["BFA-0001"], rows["MLI-0002"], rows["MLI-0003"]
    assert (battle["disorder_type"], battle["interaction"], battle["region"]) == (
        "Political violence",
        "12",
        "Western Africa",
    )
    assert battle["source"] == "Sahel Wire; Radio Gao"
    assert battle["notes"] == (
        "On 4 March 2024, armed clash near Ansongo (Gao, Mali): Military Forces of Mali (2021-) vs. JNIM: Group for "
        "Support of Islam and Muslims. 12 fatalities (sources give 12-20; the lowest is coded). "
        "Reported by Sahel Wire, Radio Gao."
    )
    assert (
        protest["notes"]
        == "In February 2024, peaceful protest in Bamako (Mali): Protesters (Mali). Reported by Radio Gao."
    )
    assert strike["notes"].startswith("In the week of 12 March 2024, air/drone strike in Mali: ")
    assert battle["assoc_actor_1"] == "Wagner Group"
    assert battle["civilian_targeting"] == ""
    assert battle["timestamp"] == str(int(dt.datetime(2024, 3, 6, tzinfo=dt.UTC).timestamp()))
    assert (market["civilian_targeting"], market["interaction"], market["iso"]) == ("Civilian targeting", "37", "854")
    # A sole actor: inter2 0 and interaction inter1 x 10; no toll reported is ACLED's 0.
    assert (protest["inter2"], protest["interaction"], protest["fatalities"]) == ("0", "60", "0")
    assert protest["disorder_type"] == "Demonstrations"
    assert strike["latitude"] == "" and strike["time_precision"] == "2"


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 2, 12), (2, 1, 12), (3, 7, 37), (7, 3, 37), (6, None, 60), (6, 0, 60), (1, 1, 11), (None, 2, None)],
)
def test_interaction_combines_inter_codes_lower_first(
    inter1: int | None, inter2: int | None, expected: int | None
) -> None:
    assert codes.interaction(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Strategic developments", "Arrests", "Strategic developments"),
        ("Unknown type", "x", ""),
    ],
)
def test_disorder_type(event_type: str, sub_event_type: str, expected: str) -> None:
    assert codes.disorder_type(event_type, sub_event_type) == expected


def test_ucdp_csv_maps_precision_sides_and_deaths(events: list[Event]) -> None:
    month = events[0].model_copy(update={"event_id": "MLI-0004", "event_date": dt.date(2024, 2, 10),
                                         "time_precision": 3})
    week = events[0].model_copy(update={"event_id": "MLI-0005", "event_date": dt.date(2024, 3, 12),
                                        "time_precision": 2})
    rows = _rows([*events, month, week], "ucdp-csv")
    assert list(next(iter(rows.values())).keys()) == list(UCDP_COLUMNS)
    battle, market, protest, strike = rows["MLI-0001"], rows["BFA-0001"], rows["MLI-0004"], rows["MLI-0005"]
    assert (battle["type_of_violence"], battle["conflict_name"], battle["country_id"]) == (
        "1",
        "Mali: Government",
        "432",
    )
    assert (battle["low"], battle["best"], battle["high"], battle["deaths_unknown"]) == ("12", "12", "20", "12")
    assert battle["where_prec"] == "2" and battle["geom_wkt"] == "POINT (0.502 15.659)"
    assert battle["source_original"] == "the army; Local officials"
    assert (market["type_of_violence"], market["deaths_a"], market["deaths_civilians"], market["deaths_unknown"]) == (
        "3", "2", "5", "0")  # fmt: skip
    assert market["side_b"] == "Civilians (Burkina Faso)"
    # Month precision spans the month; week precision a week around the date.
    assert (protest["date_prec"], protest["date_start"], protest["date_end"]) == ("4", "2024-02-01", "2024-02-29")
    assert (strike["date_prec"], strike["date_start"], strike["date_end"]) == ("3", "2024-03-09", "2024-03-15")


def test_ucdp_csv_gives_each_sources_office_date_and_headline_in_one_order(events: list[Event]) -> None:
    """GED's source columns: the n-th office, date and headline are one report's, a value a report lacks left
    empty in its place; source_article gives the whole reference."""
    titled = events[0].model_copy(update={"sources": [
        Source(article_id="a1", outlet="Sahel Wire", published=dt.date(2024, 3, 5), url="https://example.org/a1",
               title="Clash near Ansongo"),
        Source(article_id="a2", outlet="Radio Gao", title="Ansongo toll disputed"),
        Source(article_id="a7", published=dt.date(2024, 3, 7)),
    ]})
    row = _rows([titled], "ucdp-csv")["MLI-0001"]
    assert row["source_headline"] == "Clash near Ansongo; Ansongo toll disputed; "
    assert row["source_office"] == "Sahel Wire; Radio Gao; "
    assert row["source_date"] == "2024-03-05; ; 2024-03-07"
    assert row["source_article"] == ("Sahel Wire, 2024-03-05, Clash near Ansongo, https://example.org/a1; "
                                     "Radio Gao, Ansongo toll disputed; a7, 2024-03-07")
    untitled = _rows(events[:1], "ucdp-csv")["MLI-0001"]  # guard: no headline anywhere is an empty cell
    assert (untitled["source_headline"], untitled["source_office"], untitled["source_date"]) == (
        "", "Sahel Wire; Radio Gao", "2024-03-05; 2024-03-06")


def test_ucdp_csv_holds_only_what_ucdp_ged_would(events: list[Event]) -> None:
    """GED holds organised armed violence with at least one death on a known date: not a protest, not an air
    strike on an unnamed side, not a battle no source gave a death for, not an undated battle (GED rows always
    carry date_start and date_end); the export counts what it left out."""
    no_toll = events[0].model_copy(update={"event_id": "MLI-0006", "fatalities": None, "fatalities_low": None,
                                           "fatalities_best": None, "fatalities_high": None})
    undated = events[0].model_copy(update={"event_id": "MLI-0007", "event_date": None, "time_precision": None})
    stream = io.StringIO()
    result = export_events([*events, no_toll, undated], "ucdp-csv", stream)
    written = {row["id"] for row in csv.DictReader(io.StringIO(stream.getvalue()))}
    assert written == {"MLI-0001", "BFA-0001"}
    assert (result.written, result.skipped, result.skipped_why) == (2, 4, "outside UCDP GED's scope")


def test_ucdp_puts_the_government_on_side_a(events: list[Event]) -> None:
    rebel_attack = events[0].model_copy(
        update={"actor1": "JNIM", "inter1": 2, "actor2": "Military Forces of Mali (2021-)", "inter2": 1}
    )
    row = _rows([rebel_attack], "ucdp-csv")["MLI-0001"]
    assert (row["side_a"], row["side_b"]) == ("Military Forces of Mali (2021-)", "JNIM")


def test_ucdp_deaths_follow_the_sides_and_add_up_to_best(events: list[Event]) -> None:
    """The event's split (actor1 JNIM lost 3, actor2 the army 8, one civilian) in UCDP's order of sides; a split
    that no longer adds up to the best estimate is not trusted: the whole toll is unknown."""
    split = Deaths(actor1=3, actor2=8, civilians=1)
    rebel_attack = events[0].model_copy(update={"actor1": "JNIM", "inter1": 2, "actor2": "Military Forces of Mali",
                                                "inter2": 1, "deaths": split})
    stale = rebel_attack.model_copy(update={"event_id": "MLI-0009", "deaths": Deaths(actor1=2)})
    rows = _rows([rebel_attack, stale], "ucdp-csv")
    columns = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best")
    assert tuple(rows["MLI-0001"][c] for c in columns) == ("8", "3", "1", "0", "12")
    assert tuple(rows["MLI-0009"][c] for c in columns) == ("0", "0", "0", "12", "12")


def test_geojson_skips_and_counts_events_without_coordinates(events: list[Event]) -> None:
    stream = io.StringIO()
    result = export_events(events, "geojson", stream)
    collection = json.loads(stream.getvalue())
    assert (result.written, result.skipped) == (3, 1)
    assert collection["type"] == "FeatureCollection"
    battle = next(f for f in collection["features"] if f["id"] == "MLI-0001")
    assert battle["geometry"] == {"type": "Point", "coordinates": [0.502, 15.659]}
    assert battle["properties"]["number_of_sources"] == 2
    assert battle["properties"]["claims"][0]["quote"] == "Twelve people died, the army said."


def test_jsonl_round_trips_through_eventset(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export_events(events, "jsonl", out)
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["number_of_sources"] == 2
    loaded = EventSet.from_jsonl(out)
    assert loaded.get_event("MLI-0001") == events[0]
    assert len(loaded.events()) == 4


def test_parquet_round_trips_with_pyarrow(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    events[0] = events[0].model_copy(update={"deaths": Deaths(actor2=9, unknown=3)})
    assert export_events(events, "parquet", out).written == 4
    table = pq.read_table(out)
    rows = {r["event_id"]: r for r in table.to_pylist()}
    battle = rows["MLI-0001"]
    assert battle["assoc_actor_1"] == ["Wagner Group"]
    assert battle["event_date"] == dt.date(2024, 3, 4)
    assert battle["number_of_sources"] == 2
    assert json.loads(battle["claims"])[1]["value"] == 20
    assert rows["MLI-0003"]["latitude"] is None
    assert battle["deaths"] == {"actor1": 0, "actor2": 9, "civilians": 0, "unknown": 3}
    assert rows["MLI-0003"]["deaths"] is None
    assert table.schema.field("fatalities").type == "int64"


@pytest.mark.parametrize(
    ("fmt", "target", "failing_call"),
    [
        ("jsonl", "sitrep.deliver.export.event_record", 2),  # after the first line is written
        ("acled-csv", "sitrep.deliver.export.acled_row", 2),
        ("parquet", "pyarrow.parquet.write_table", 1),  # after the whole table is written
    ],
)
def test_an_export_that_fails_part_way_leaves_the_previous_one(
    fmt: str, target: str, failing_call: int, events: list[Event], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / f"events.{fmt}"
    export_events(events, fmt, out)
    before = out.read_bytes()
    module, name = target.rsplit(".", 1)
    real, calls = getattr(importlib.import_module(module), name), []

    def fails(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        return result

    monkeypatch.setattr(target, fails)
    with pytest.raises(OSError, match="No space left"):
        export_events(events[1:], fmt, out)
    assert out.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [out.name]


def test_parquet_needs_a_file_and_unknown_formats_are_refused(events: list[Event]) -> None:
    with pytest.raises(ExportError, match="-o FILE.parquet"):
        export_events(events, "parquet", io.StringIO())
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        export_events(events, "xlsx", io.StringIO())


def test_every_region_row_is_complete() -> None:
    countries = codes.all_countries()
    assert len(countries) > 60
    assert codes.country_info("ML") == codes.country_info("mali")
    assert {c.acled_region for c in countries} >= {"Western Africa", "Eastern Africa", "Middle East", "South Asia"}


def test_acled_export_reads_back_with_the_acled_reader(events: list[Event], tmp_path: Path) -> None:
    from sitrep.evaluate.acled import read_acled_csv

    out = tmp_path / "events.csv"
    export_events(events, "acled-csv", out)
    row = next(r for r in read_acled_csv(out) if r.row_id == "MLI-0001")
    assert (row.row_id, row.event_date, row.sub_event_type, row.fatalities) == (
        "MLI-0001",
        dt.date(2024, 3, 4),
        "Armed clash",
        12,
    )
    assert (row.country, row.admin1, row.latitude) == ("Mali", "Gao", pytest.approx(15.659))


@pytest.mark.parametrize(
    ("name", "country"),
    [("DR Congo", "Democratic Republic of Congo"), ("côte d'ivoire", "Ivory Coast"), ("CI", "Ivory Coast"),
     (466, "Mali"), ("Türkiye", "Turkey"), ("Atlantis", None)],
)  # fmt: skip
def test_country_lookup_by_other_names_and_codes(name: str | int, country: str | None) -> None:
    info = codes.country_info(name)
    assert (info.acled if info else None) == country


def test_region_comes_from_iso_when_the_country_name_is_unknown(events: list[Event]) -> None:
    renamed = events[1].model_copy(update={"country": "Burkina", "iso": 854})
    assert _rows([renamed], "acled-csv")["BFA-0001"]["region"] == "Western Africa"


@pytest.mark.parametrize(
    ("actor1", "inter1", "actor2", "inter2", "expected"),
    [
        ("JNIM", 2, "Military Forces of Mali (2021-)", 1, 1),
        ("JNIM", 2, "Military Forces of France", 8, 1),  # a foreign army is still a government for UCDP
        ("JNIM", 2, "Islamic State Sahel", 2, 2),
        ("Dozo militia", 4, "Civilians (Mali)", 7, 3),
        ("Protesters (Mali)", 6, None, None, None),
        ("Rioters (Mali)", 5, "Police Forces of Mali", 1, None),  # not organised armed violence on both sides
    ],
)
def test_ucdp_type_of_violence(
    events: list[Event], actor1: str, inter1: int, actor2: str | None, inter2: int | None, expected: int | None
) -> None:
    event = events[0].model_copy(update={"actor1": actor1, "inter1": inter1, "actor2": actor2, "inter2": inter2})
    assert codes.ucdp_type_of_violence(event) == expected


@pytest.mark.shared
def test_country_table_covers_acled_exports(shared_dir: Path) -> None:
    """Every country in the ACLED files of the shared eval set is known, with ACLED's iso and region."""
    folder = shared_dir / "eval" / "external" / "acled"
    for path in sorted(folder.glob("*.csv")):
        frame = pd.read_csv(path, encoding="latin-1").rename(columns=str.lower)
        for country in frame["country"].dropna().unique():
            assert codes.country_info(country) is not None, f"{path.name}: {country} missing from the country table"
        if {"iso", "region"} <= set(frame.columns):
            for country, iso, region in frame[["country", "iso", "region"]].drop_duplicates().itertuples(index=False):
                info = codes.country_info(country)
                assert (info.isonum, info.acled_region) == (iso, region), f"{path.name}: {country}"


def test_an_undated_unreported_event_still_fills_the_required_numbers(events: list[Event]) -> None:
    """ACLED always has a timestamp (and 0 when no source gave a toll); UCDP always has low/best/high (an event
    with no reports; an undated one is outside GED)."""
    undated = {"event_date": None, "first_reported": None, "last_reported": None, "sources": []}
    bare = events[2].model_copy(update={"event_id": "MLI-0010", **undated})
    before = int(dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0).timestamp())
    acled = _rows([bare], "acled-csv")["MLI-0010"]
    assert int(acled["timestamp"]) >= before and (acled["fatalities"], acled["year"]) == ("0", "")
    one_figure = {"fatalities": 3, "fatalities_low": None, "fatalities_best": None, "fatalities_high": None}
    unreported = {"first_reported": None, "last_reported": None, "sources": []}
    battle = events[0].model_copy(update={"event_id": "MLI-0011", **unreported, **one_figure})
    ucdp = _rows([battle], "ucdp-csv")["MLI-0011"]
    assert (ucdp["low"], ucdp["best"], ucdp["high"], ucdp["deaths_unknown"]) == ("3", "3", "3", "3")
    frame = pd.read_csv(io.StringIO("\n".join([",".join(UCDP_COLUMNS), ",".join(ucdp.values())])))
    assert frame["best"].dtype.kind == "i"


def test_a_village_the_gazetteer_lacks_is_named_in_the_notes(events: list[Event]) -> None:
    coded = events[0].model_copy(update={"location": "Gao", "admin1": "Gao", "admin2": None, "geo_precision": 3,
                                         "location_reported": "Kolondi"})
    acled = _rows([coded], "acled-csv")["MLI-0001"]
    assert acled["location"] == "Gao"
    assert acled["notes"].startswith("On 4 March 2024, armed clash at Kolondi, coded in the area of Gao (Mali): ")


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_guarded(events: list[Event]) -> None:
    """OWASP's CSV-injection guard: text cells starting with = + - @ tab or CR get a leading apostrophe."""
    battle = events[0]
    hostile = battle.model_copy(update={
        "actor1": "=HYPERLINK(\"http://evil.example\",\"click\")",
        "actor2": "+1+cmd|' /C calc'!A0",
        "location": "-2+3",
        "sources": [Source(article_id="a9", outlet="@SUM(1,2)", published=dt.date(2024, 3, 5))],
        "claims": [c.model_copy(update={"attributed_to": "\t=1+1"}) for c in battle.claims],
    })
    acled = _rows([hostile], "acled-csv")["MLI-0001"]
    assert acled["actor1"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert acled["actor2"] == "'+1+cmd|' /C calc'!A0"
    assert acled["location"] == "'-2+3"
    assert acled["source"] == "'@SUM(1,2)"
    assert acled["notes"].startswith("On 4 March 2024")  # ordinary text is untouched
    assert acled["latitude"] == "15.659" and acled["fatalities"] == "12"
    ucdp = _rows([hostile], "ucdp-csv")["MLI-0001"]
    assert ucdp["source_office"] == "'@SUM(1,2)" and ucdp["source_original"] == "'\t=1+1"
    assert ucdp["where_coordinates"] == "'-2+3"
    negative = battle.model_copy(update={"latitude": -3.5, "longitude": -12.25})
    row = _rows([negative], "acled-csv")["MLI-0001"]
    assert (row["latitude"], row["longitude"]) == ("-3.5", "-12.25")  # numbers are not text cells


def test_every_inhabited_country_exports_its_region_and_codes(events: list[Event]) -> None:
    """An event anywhere (Norway, Japan, Haiti...) gets ACLED's iso and region and UCDP's region, under the name
    geocoding gives it or the actor knowledge base's."""
    from sitrep.extract.actors import get_actor_kb

    uninhabited = {"AQ", "BV", "HM", "GS", "CS"}  # and Serbia and Montenegro, which is no more
    for country in get_actor_kb().countries:
        if country.iso2 in uninhabited:
            continue
        info = codes.country_info(country.name.strip())
        assert info is not None and info.iso2 == country.iso2 and info.acled_region and info.ucdp_region, country
    for name, region, gwno in (("Netherlands", "Europe", 210), ("East Timor", "Southeast Asia", 860),
                               ("Puerto Rico", "Caribbean", None), ("Japan", "East Asia", 740)):
        info = codes.country_info(name)
        assert info is not None and (info.acled_region, info.gwno) == (region, gwno)
    oslo = events[0].model_copy(update={"country": "Norway", "iso": None, "admin1": "Oslo", "location": "Oslo"})
    acled, ucdp = _rows([oslo], "acled-csv")["MLI-0001"], _rows([oslo], "ucdp-csv")["MLI-0001"]
    assert (acled["iso"], acled["region"], ucdp["region"], ucdp["country_id"]) == ("578", "Europe", "Europe", "385")


def test_ucdp_where_description_names_a_village_the_gazetteer_lacks_and_where_it_was_coded(
        events: list[Event]) -> None:
    coded = events[0].model_copy(update={"location": "Gao", "admin1": "Gao", "admin2": None, "geo_precision": 3,
                                         "location_reported": "Kolondi"})
    ucdp = _rows([coded], "ucdp-csv")["MLI-0001"]
    assert (ucdp["where_coordinates"], ucdp["where_description"]) == ("Gao", "Kolondi, coded in the area of Gao (Mali)")


def test_ucdp_where_description_of_a_place_the_gazetteer_has_is_the_place_and_its_areas(events: list[Event]) -> None:
    placed = events[0].model_copy(update={"location": "Ansongo", "admin1": "Gao", "admin2": "Ansongo",
                                          "location_reported": None})
    assert _rows([placed], "ucdp-csv")["MLI-0001"]["where_description"] == "Ansongo, Gao"
