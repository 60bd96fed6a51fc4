"""`sitrep eval news|acled|geoparse|clusters|all` and `sitrep bench`: thin commands over sitrep.evaluate/bench."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from sitrep.cli.app import app, console, fail
from sitrep.evaluate.common import FieldScore, GoldFormatError
from sitrep.evaluate.summary import flatten, plain_dict

eval_app = typer.Typer(help="Score the system against gold sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

JSON_OPTION = typer.Option(False, "--json", help="Print the scores as JSON instead of tables.")
PROGRESS_MIN = 1000  # notes: shorter runs say nothing until their result
progress_console = Console(stderr=True)
PARSE_CACHE_OPTION = typer.Option(True, "--parse-cache/--no-parse-cache",
                                  help="Keep the notes' spaCy parses in the user cache folder for the next run "
                                  "(same figures, about half the time when re-run; one process only).")


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True, default=str))


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _fields_table(title: str, fields: dict[str, FieldScore]) -> Table:
    table = Table(title=title)
    for column in ("field", "correct", "scored", "accuracy %"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, score in fields.items():
        table.add_row(name, str(score.correct), str(score.total), _pct(score.accuracy) if score.total else "-")
    return table


def _flat_table(title: str, data: dict[str, Any]) -> Table:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in flatten(data).items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    return table


@eval_app.command("news")
def eval_news(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Gold set folder (FORMAT.md)."),
    keep_db: Path | None = typer.Option(None, "--keep-db", dir_okay=False,
                                        help="Keep the evaluation store in this new file (for `sitrep show`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Run the whole pipeline on a news gold set's articles in a fresh store and score its events."""
    from sitrep.evaluate.news import evaluate_news

    try:
        scores = evaluate_news(directory, keep_db)
    except GoldFormatError as exc:
        fail(str(exc))
    if as_json:
        _print_json(scores.as_dict())
        return
    table = Table(title=f"Event detection and article links: {directory.name}")
    for column in ("scope", "gold", "predicted", "TP", "FP", "FN", "P %", "R %", "F1 %", "links B³ F1 %"):
        table.add_column(column, justify="left" if column == "scope" else "right")
    scopes = [("all", scores)] + [(f"language {lang}", s) for lang, s in scores.per_language.items()]
    for scope, s in scopes:
        d = s.detection
        counts = [str(int(c or 0)) for c in (d.tp, d.fp, d.fn)]
        table.add_row(scope, str(s.n_gold), str(s.n_predicted), *counts,
                      _pct(d.precision), _pct(d.recall), _pct(d.f1), _pct(s.links.f1))
    console.print(table)
    console.print(_fields_table("Fields on matched events (all languages)", scores.fields))
    for lang, s in scores.per_language.items():
        console.print(_fields_table(f"Fields on matched events ({lang})", s.fields))
    per_article = ", ".join(f"{a}: {n}" for a, n in scores.noise_events.items())
    console.print(f"Events from noise articles: {sum(scores.noise_events.values())} ({per_article})")
    console.print(f"Events only from unsupported languages: {scores.unsupported_only_events}")
    console.print(f"Predictions matched to background-only events (not counted): {scores.ignored_background}")


def _print_seeds(csv_path: Path, by_seed: dict[int, Any], markdown: bool, as_json: bool) -> None:
    """One line per sample: how stable the figures are across samples of one export (fresh seeds are notes no
    rule was tuned on)."""
    from sitrep.evaluate.summary import seed_markdown, seed_table

    if as_json:
        _print_json({str(seed): scores.as_dict() for seed, scores in by_seed.items()})
    elif markdown:
        typer.echo(seed_markdown(by_seed))
    else:
        columns, rows = seed_table(by_seed)
        table = Table(title=f"ACLED notes: {csv_path.name}, one sample a line (accuracy %, n in brackets)")
        for column in columns:
            table.add_column(column, justify="right")
        for row in rows:
            table.add_row(*row)
        console.print(table)


@eval_app.command("acled")
def eval_acled(
    csv_path: Path = typer.Argument(..., exists=True, dir_okay=False,
                                    help="An ACLED export with notes (CSV/TSV, .xlsx, API JSON, Parquet; "
                                    "also gzipped or zipped)."),
    sample: int = typer.Option(1000, "--sample", min=1, help="Score this many notes (random, reproducible)."),
    whole: bool = typer.Option(False, "--all", help="Score every note of the file (overrides --sample)."),
    seeds: list[int] = typer.Option([0], "--seed", help="Seed of the sample; repeat it to score several samples "
                                    "and print one line per sample."),
    workers: int = typer.Option(1, "--workers", min=1, help="Extract in N processes (same figures, faster on "
                                "N cores)."),
    parse_cache: bool = PARSE_CACHE_OPTION,
    markdown: bool = typer.Option(False, "--markdown", help="Print the one-line-per-sample table in Markdown."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Read each ACLED note as a report and score the most salient event extracted from it."""
    from sitrep.evaluate.acled import evaluate_acled

    try:
        by_seed = {seed: evaluate_acled(csv_path, sample=None if whole else sample, seed=seed, workers=workers,
                                        progress=_progress, parse_cache=_parse_cache_path(parse_cache))
                   for seed in dict.fromkeys(seeds)}
    except GoldFormatError as exc:
        fail(str(exc))
    if len(by_seed) > 1 or markdown:
        _print_seeds(csv_path, by_seed, markdown, as_json)
        return
    [(seed, scores)] = by_seed.items()
    if as_json:
        _print_json(scores.as_dict())
        return
    console.print(_fields_table(f"ACLED notes: {csv_path.name} ({scores.n_notes} notes, seed {seed})", scores.fields))
    confusion = Table(title="Event types: gold (rows) against predicted (columns; - no event read)")
    predicted_types = sorted({t for row in scores.confusion.values() for t in row})
    confusion.add_column("gold")
    for name in predicted_types:
        confusion.add_column(name, justify="right")
    for gold_type, row in sorted(scores.confusion.items()):
        confusion.add_row(gold_type, *(str(row.get(t, "")) for t in predicted_types))
    console.print(confusion)
    console.print(f"Notes with an event extracted: {scores.with_event}/{scores.n_notes}")
    console.print(f"Notes stating the event date (date scored on these): {scores.date_stated}")
    named = scores.admin1_place_named
    console.print(f"admin1 on the notes that name the event's place: {named.correct}/{named.total}"
                  + (f" ({_pct(named.accuracy)}%)" if named.total else ""))
    u = scores.undated_null
    console.print(f"Other notes where the date was left empty rather than guessed: {u.correct}/{u.total}"
                  + (f" ({_pct(u.accuracy)}%)" if u.total else ""))


def _parse_cache_path(enabled: bool) -> Path | None:
    from sitrep.evaluate.parse_cache import default_path

    return default_path() if enabled else None


def _progress(done: int, total: int) -> None:
    """Notes extracted so far, on stderr (stdout may be JSON), for long runs."""
    if total >= 2 * PROGRESS_MIN:
        progress_console.print(f"{done}/{total} notes extracted", style="dim")


@eval_app.command("geoparse")
def eval_geoparse(
    xml_path: Path = typer.Argument(..., exists=True, dir_okay=False,
                                    help="Geoparsing XML: LGL, GeoWebNews, TR-News, GeoVirus or WikToR shape."),
    gold_spans: bool = typer.Option(False, "--gold-spans", help="Resolve the gold spans (no recognition)."),
    sample: int | None = typer.Option(None, "--sample", min=1, help="Score this many articles."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score toponym recognition and resolution on a geoparsing corpus."""
    from sitrep.evaluate.geoparse import evaluate_geoparse

    try:
        result = plain_dict(evaluate_geoparse(xml_path, gold_spans=gold_spans, sample=sample))
    except (GoldFormatError, ValueError) as exc:
        fail(f"{xml_path}: {exc}")
    _show_flat(result, f"Geoparsing: {xml_path.name}", as_json)


@eval_app.command("clusters")
def eval_clusters(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="A coreference / story gold set."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score story clustering / event coreference of documents."""
    from sitrep.evaluate.clusters import evaluate_clusters

    try:
        result = plain_dict(evaluate_clusters(directory))
    except (GoldFormatError, ValueError) as exc:
        fail(f"{directory}: {exc}")
    _show_flat(result, f"Clusters: {directory.name}", as_json)


def _show_flat(result: dict[str, Any], title: str, as_json: bool) -> None:
    """A report of nested figures: as JSON, or as one table of dotted names and values."""
    if as_json:
        _print_json(result)
    else:
        console.print(_flat_table(title, result))


@eval_app.command("all")
def eval_all(
    eval_dir: Path = typer.Argument(..., exists=True, file_okay=False,
                                    help="A folder of gold sets, e.g. the shared eval folder: every news set, "
                                    "ACLED export, geoparsing XML and ECB+ corpus in it is found by content."),
    sample: int = typer.Option(1000, "--sample", min=1, help="Notes per ACLED file and articles per XML scored "
                               "end to end (gold spans are resolved on the whole XML)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the samples."),
    workers: int = typer.Option(1, "--workers", min=1, help="Extract ACLED notes in N processes."),
    parse_cache: bool = PARSE_CACHE_OPTION,
    markdown: bool = typer.Option(False, "--markdown", help="Print the README score table in Markdown."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score every gold set found in a folder and print the headline figures (the README table), then the
    files no scorer reads and why."""
    from sitrep.evaluate.summary import headline_figures, markdown_table

    rows = headline_figures(eval_dir, sample=sample, seed=seed, workers=workers,
                            parse_cache=_parse_cache_path(parse_cache),
                            progress=lambda m: progress_console.print(m, style="dim"))
    if as_json:
        _print_json([row.as_dict() for row in rows])
    elif markdown:
        typer.echo(markdown_table(rows))
    else:
        table = Table(title="Headline figures")
        for column in ("mode", "set", "measure", "value", "n"):
            table.add_column(column)
        for row in rows:
            table.add_row(row.mode, row.dataset, row.measure, row.display(), str(row.n or ""))
        console.print(table)


@app.command("bench")
def bench(
    corpus: Path | None = typer.Option(None, "--corpus", exists=True, file_okay=False,
                                       help="Folder of reports (default: generated synthetic reports)."),
    n: int = typer.Option(200, "--n", min=1, help="How many reports to generate when no corpus is given."),
    workers: int = typer.Option(1, "--workers", min=1, help="Also run extraction in N processes."),
    resolve_sizes: str = typer.Option("1000,10000,100000", "--resolve-sizes",
                                      help="Mention counts for the resolution scaling test (comma-separated)."),
    seed: int = typer.Option(0, "--seed"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Throughput of the full pipeline against bare spaCy, time per stage, FR/EN cost, resolution scaling."""
    from sitrep.bench.run import run_bench

    try:
        sizes = tuple(int(s) for s in resolve_sizes.split(",") if s.strip())
    except ValueError:
        fail(f"--resolve-sizes must be comma-separated whole numbers, got {resolve_sizes!r}")
    report = run_bench(corpus, n=n, workers=workers, resolve_sizes=sizes, seed=seed)
    if as_json:
        _print_json(report.as_dict())
        return
    r = report
    languages = ", ".join(f"{k} {v}" for k, v in r.by_language.items())
    console.print(f"Corpus: {r.corpus}: {r.articles} articles, {r.tokens} tokens ({languages}); "
                  f"models loaded in {r.load_seconds:.1f}s")
    table = Table(title="Throughput")
    for column in ("run", "seconds", "articles/s", "tokens/s"):
        table.add_column(column, justify="left" if column == "run" else "right")
    table.add_row("full pipeline", f"{r.pipeline_seconds:.2f}", f"{r.articles_per_s:.1f}", f"{r.tokens_per_s:.0f}")
    spacy_rate = r.articles / r.spacy_seconds if r.spacy_seconds else 0.0
    table.add_row("bare spaCy nlp.pipe", f"{r.spacy_seconds:.2f}", f"{spacy_rate:.1f}", f"{r.spacy_tokens_per_s:.0f}")
    console.print(table)
    console.print(f"Full pipeline takes {r.pipeline_over_spacy:.2f}x the time of bare spaCy.")
    stages = Table(title="Time per stage (inside the full pipeline run)")
    stages.add_column("stage")
    stages.add_column("seconds", justify="right")
    stages.add_column("share %", justify="right")
    for stage, seconds in r.stages.items():
        stages.add_row(stage, f"{seconds:.2f}", _pct(seconds / r.pipeline_seconds) if r.pipeline_seconds else "-")
    console.print(stages)
    costs = ", ".join(f"{lang} {us:.0f} µs/token (bare spaCy {r.spacy_us_per_token.get(lang, 0):.0f})"
                      for lang, us in r.us_per_token.items())
    ratio = f"{r.fr_over_en:.2f}x" if r.fr_over_en is not None else "n/a"
    console.print(f"spaCy + extraction per token: {costs}; French/English = {ratio} (target <= 1.3x)")
    if r.parallel_seconds is not None:
        console.print(f"Extraction with {r.workers} processes: {r.parallel_seconds:.2f}s, "
                      f"speed-up {r.parallel_speedup:.2f}x over one process")
    scale = Table(title="Cross-article resolution (in-memory resolver, synthetic mentions)")
    for column in ("mentions", "events", "seconds", "µs/mention", "growth per doubling"):
        scale.add_column(column, justify="right")
    for p in r.resolution:
        growth = f"{p.growth_per_doubling:.2f}x" if p.growth_per_doubling is not None else "-"
        scale.add_row(str(p.mentions), str(p.events), f"{p.seconds:.2f}", f"{p.us_per_mention:.0f}", growth)
    console.print(scale)
    console.print(f"Peak RSS: {r.pipeline_peak_rss_mb:.0f} MB through the pipeline, {r.peak_rss_mb:.0f} MB with the "
                  f"resolution-scaling runs (worker processes: {r.peak_rss_children_mb:.0f} MB)")
