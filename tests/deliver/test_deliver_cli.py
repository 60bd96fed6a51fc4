"""`sitrep export` and `sitrep brief` end to end: exact output and error lines."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pandas as pd
import pytest
from deliver_samples import make_events
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.deliver.export import export_events


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    export_events(make_events(), "jsonl", path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout, and stderr with Rich's line wrapping undone (error lines may be wrapped at 80 columns)."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


def test_export_acled_to_stdout_with_filters(events_file: Path) -> None:
    code, out, err = run("export", "--format", "acled-csv", "--db", str(events_file), "--country", "Mali",
                         "--since", "2024-03-01")  # fmt: skip
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame["event_id_cnty"]) == ["MLI-0003", "MLI-0001"]
    assert err.strip() == "Exported 2 events as acled-csv"


def test_export_geojson_to_file_reports_skipped(events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    code, _, err = run("export", "-f", "geojson", "-o", str(out), "--db", str(events_file))
    assert code == 0
    assert err.strip() == f"Exported 3 events as geojson to {out} (1 without coordinates skipped)"
    assert out.read_text(encoding="utf-8").startswith('{"type": "FeatureCollection"')


def test_export_takes_the_format_from_the_files_extension(events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    code, _, err = run("export", "-o", str(out), "--db", str(events_file))
    assert (code, err.strip()) == (0, f"Exported 4 events as parquet to {out}")
    assert len(pd.read_parquet(out)) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "-f", "parquet"], "Error: parquet is binary: give an output file with -o FILE.parquet"),
        (["export", "-f", "xlsx"],
         "Error: unknown format 'xlsx'; choose one of acled-csv, ucdp-csv, geojson, jsonl, parquet"),
        (["export", "-f", "jsonl", "--since", "March"], "Error: --since 'March' is not a date; use YYYY-MM-DD"),
        (["export"], "Error: give the format with --format: one of acled-csv, ucdp-csv, geojson, jsonl, parquet"),
        (["export", "-o", "out.csv"], "Error: give the format with --format: one of acled-csv, ucdp-csv, geojson, "
                                      "jsonl, parquet (a .csv file may be acled-csv or ucdp-csv)"),
        (["brief", "--region", "Mali", "--since", "2024-03-01", "--until", "2024-03-31", "--format", "pdf"],
         "Error: unknown brief format 'pdf'; choose html or md"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_line(events_file: Path, args: list[str], message: str) -> None:
    code, _, err = run(*args, "--db", str(events_file))
    assert (code, err.strip()) == (1, message)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_an_export_into_a_missing_folder_names_it(fmt: str, events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports" / f"events.{fmt}"
    code, _, err = run("export", "-f", fmt, "-o", str(out), "--db", str(events_file))
    assert (code, err) == (1, f"Error: {out}: cannot write the export (folder {out.parent} does not exist)")


def test_missing_database_is_named(tmp_path: Path) -> None:
    code, _, err = run("export", "-f", "jsonl", "--db", str(tmp_path / "none.db"))
    assert (code, err.strip()) == (1, f"Error: {tmp_path / 'none.db'}: no such database; run `sitrep ingest` first "
                                      "or pass --db FILE")  # fmt: skip


def test_brief_html_to_file_and_markdown_to_stdout(events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    period = ["--since", "2024-03-01", "--until", "2024-03-31", "--db", str(events_file)]
    code, _, err = run("brief", "--region", "Mali", "-o", str(out), *period)
    assert (code, err.strip()) == (0, f"Wrote html brief (2 events) to {out}")
    assert "<h1>Situation brief: Mali, 01 Mar 2024 to 31 Mar 2024</h1>" in out.read_text(encoding="utf-8")
    code, text, _ = run("brief", "--region", "Burkina Faso", "--format", "md", *period)
    assert code == 0 and "| Violence against civilians | 1 | 7 |" in text


def test_brief_period_defaults_to_the_regions_dated_events(events_file: Path) -> None:
    code, text, _ = run("brief", "--region", "Mali", "--format", "md", "--db", str(events_file))
    assert code == 0 and text.startswith("# Situation brief: Mali, 10 Feb 2024 to 12 Mar 2024\n")
    code, _, err = run("brief", "--region", "Atlantis", "--db", str(events_file))
    assert (code, err.strip()) == (
        1,
        "Error: 'Atlantis' is neither a country nor an ACLED region sitrep knows; the store has events in "
        "Burkina Faso, Mali",
    )


@pytest.mark.parametrize("command", [["export", "--format", "acled-csv"], ["brief", "--region", "Mali", "--format",
                                                                          "md"]])
def test_a_reader_that_closed_the_pipe_ends_the_command_quietly(events_file: Path, command: list[str]) -> None:
    """`sitrep export ... | head`: stdout's reader is gone; no traceback or `Error: [Errno 32]` on stderr."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader left before the first write
    try:
        done = subprocess.run([sys.executable, "-c", "from sitrep.cli import app; app()", *command,
                               "--db", str(events_file)], stdout=write_end, stderr=subprocess.PIPE, text=True,
                              timeout=120, check=False)
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert done.stderr == ""


def test_serve_answers_until_ctrl_c_ends_it_quietly(events_file: Path) -> None:
    """Ctrl+C ends it with the shell's status for it (130), as `sitrep ingest`, and no traceback."""
    with socket.socket() as probe:  # a port free now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from sitrep.cli import app; app()", "serve", "--port",
                               str(port), "--db", str(events_file)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/events/facets").json()["country"] == ["Burkina Faso", "Mali"]
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr and server.stderr.read()
                time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=30)
    assert (server.returncode, err) == (130, f"sitrep: serving on http://127.0.0.1:{port}/ (API docs at /docs); "
                                           "Ctrl+C stops\n")


def test_serving_on_a_port_in_use_is_one_error_line(events_file: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code, _, err = run("serve", "--port", str(port), "--db", str(events_file))
    assert code == 1
    assert err.startswith(f"Error: cannot serve on 127.0.0.1:{port}: Address already in use")
    assert err.endswith("give another --port (or --host)") and "serving on" not in err
