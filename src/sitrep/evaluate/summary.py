"""Headline figures of every evaluation mode: the README score table and the quality gate read these.

`headline_figures(eval_dir)` scores every gold set found under the folder by its content (news sets, ACLED
exports, geoparsing XML, ECB+ clusters: `sitrep.evaluate.discover`), whatever the file names. A set whose stage
is missing or fails on its data is reported as such in its row instead of stopping the others, and each file no
scorer reads is listed with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, is_dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sitrep.evaluate.common import FieldScore

SKIPPED = "skipped"  # the mode of a row naming a file no scorer reads
HEADLINE_KEYS = ("f1", "accuracy", "acc", "auc", "median", "mean")


@dataclass(slots=True)
class Headline:
    mode: str
    dataset: str
    measure: str
    value: float | None  # a share in [0, 1] unless `unit` says otherwise
    n: int | None = None
    unit: str = "%"
    note: str = ""

    @property
    def key(self) -> str:
        """Stable name used by floors.json: mode/dataset/measure."""
        return f"{self.mode}/{self.dataset}/{self.measure}"

    def display(self) -> str:
        if self.value is None:
            return self.note or "n/a"
        if self.unit == "%":
            return f"{100 * self.value:.1f}"
        number = str(int(self.value)) if self.value.is_integer() and not self.unit else f"{self.value:.2f}"
        return f"{number} {self.unit}".strip()

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "mode": self.mode, "dataset": self.dataset, "measure": self.measure,
                "value": self.value, "n": self.n, "unit": self.unit, "note": self.note}


def news_headlines(directory: Path, name: str | None = None) -> list[Headline]:
    from sitrep.evaluate.news import evaluate_news

    scores = evaluate_news(directory)
    name = name or directory.name
    rows = [
        Headline("news", name, "event F1", scores.detection.f1, scores.n_gold),
        Headline("news", name, "event precision", scores.detection.precision, scores.n_predicted),
        Headline("news", name, "event recall", scores.detection.recall, scores.n_gold),
        Headline("news", name, "article-event links B³ F1", scores.links.f1),
    ]
    rows += [Headline("news", name, f"{field} (matched)", s.accuracy if s.total else None, s.total)
             for field, s in scores.fields.items()]
    for language, s in scores.per_language.items():
        rows.append(Headline("news", f"{name} {language}", "event F1", s.detection.f1, s.n_gold))
    rows.append(Headline("news", name, "events from noise articles", float(sum(scores.noise_events.values())),
                         len(scores.noise_events), unit=""))
    rows.append(Headline("news", name, "events only from unsupported languages",
                         float(scores.unsupported_only_events), unit=""))
    return rows


def acled_headlines(csv_path: Path, sample: int, seed: int = 0, name: str | None = None,
                    workers: int = 1, parse_cache: Path | None = None) -> list[Headline]:
    from sitrep.evaluate.acled import evaluate_acled

    scores = evaluate_acled(csv_path, sample=sample, seed=seed, workers=workers, parse_cache=parse_cache)
    name = name or csv_path.stem
    rows = [Headline("acled", name, "notes with an event", scores.with_event / max(scores.n_notes, 1),
                     scores.n_notes)]
    rows += [Headline("acled", name, field, s.accuracy if s.total else None, s.total)
             for field, s in scores.fields.items()]
    named = scores.admin1_place_named
    rows.append(Headline("acled", name, "admin1 (notes naming the place)", named.accuracy if named.total else None,
                         named.total))
    u = scores.undated_null
    rows.append(Headline("acled", name, "date left empty when not stated", u.accuracy if u.total else None, u.total))
    return rows


def _numeric_headlines(mode: str, dataset: str, result: Any) -> list[Headline]:
    """The f1/accuracy-like numbers of another engineer's scorer result."""
    rows = []
    for key, value in flatten(plain_dict(result)).items():
        leaf = key.rsplit(".", 1)[-1].casefold()
        if isinstance(value, int | float) and not isinstance(value, bool) and any(k in leaf for k in HEADLINE_KEYS):
            unit = "km" if "km" in leaf else "%" if 0.0 <= value <= 1.0 else ""
            note = "lower is better" if "auc" in leaf or "km" in leaf else ""
            rows.append(Headline(mode, dataset, key + (f" ({note})" if note else ""), float(value), unit=unit))
    return rows


def plain_dict(result: Any) -> dict[str, Any]:
    """A scorer's result as a dict, whether it is a dict, a dataclass, a pydantic model or has `as_dict`."""
    if hasattr(result, "as_dict"):
        return result.as_dict()
    if hasattr(result, "model_dump"):
        return result.model_dump()
    if is_dataclass(result) and not isinstance(result, type):
        return asdict(result)
    return dict(result)


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}} -> {"a.b": 1}."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: data}


def headline_figures(
    eval_dir: Path,
    sample: int = 1000,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
    modes: set[str] | None = None,
    workers: int = 1,
    parse_cache: Path | None = None,
) -> list[Headline]:
    """Run every mode (or only `modes`) on each gold set found under `eval_dir` (`sitrep.evaluate.discover`:
    by content, whatever the names); a failing set yields one row saying why, and each file no scorer reads one
    "skipped" row."""
    from sitrep.evaluate.discover import discover

    say = progress or (lambda _message: None)
    sets, skipped = discover(eval_dir)
    jobs: list[tuple[str, str, Callable[[], list[Headline]]]] = []
    for gold in sets:
        if gold.mode == "news":
            jobs.append(("news", gold.name, partial(news_headlines, gold.path, gold.name)))
        elif gold.mode == "acled":
            jobs.append(("acled", gold.name, partial(acled_headlines, gold.path, sample, seed, gold.name, workers,
                                                        parse_cache)))
        elif gold.mode == "geoparse":
            jobs.append(("geoparse", f"{gold.name} gold spans", partial(_geoparse, gold.path, True, None, gold.name)))
            jobs.append(("geoparse", gold.name, partial(_geoparse, gold.path, False, sample, gold.name)))
        else:
            jobs.append(("clusters", gold.name, partial(_clusters, gold.path, gold.name)))
    rows: list[Headline] = []
    for mode, dataset, job in jobs:
        if modes is not None and mode not in modes:
            continue
        say(f"eval {mode} {dataset} ...")
        try:
            rows.extend(job())
        except (ImportError, NotImplementedError) as exc:
            rows.append(Headline(mode, dataset, "-", None, note=f"not available: {exc}"))
        except (OSError, ValueError) as exc:
            rows.append(Headline(mode, dataset, "-", None, note=f"failed: {exc}"))
    if modes is None:
        rows += [Headline(SKIPPED, str(s.path.relative_to(eval_dir)), "-", None, note=s.reason) for s in skipped]
    return rows


def _geoparse(xml: Path, gold_spans: bool, sample: int | None, name: str | None = None) -> list[Headline]:
    """Resolution of the gold spans on the whole corpus (the issue's measure), or recognition and resolution
    end to end on a sample."""
    from sitrep.evaluate.geoparse import evaluate_geoparse

    name = name or xml.stem
    dataset = f"{name} gold spans" if gold_spans else name
    return _numeric_headlines("geoparse", dataset, evaluate_geoparse(xml, gold_spans=gold_spans, sample=sample))


def _clusters(directory: Path, name: str | None = None) -> list[Headline]:
    from sitrep.evaluate.clusters import evaluate_clusters

    return _numeric_headlines("clusters", name or directory.name, evaluate_clusters(directory))


def markdown_table(rows: list[Headline]) -> str:
    """The README score table: one line per headline figure; then the files no scorer read, and why."""
    lines = ["| Mode | Set | Measure | Value | n |", "|---|---|---|---:|---:|"]
    for row in rows:
        if row.mode != SKIPPED:
            lines.append(f"| {row.mode} | {row.dataset} | {row.measure} | {row.display()} | {row.n or ''} |")
    skipped = [row for row in rows if row.mode == SKIPPED]
    if skipped:
        lines += ["", "Files skipped (no scorer reads them):"]
        lines += [f"- {row.dataset}: {row.note}" for row in skipped]
    return "\n".join(lines)


SEED_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "fatalities", "admin1")


def seed_table(by_seed: dict[int, Any]) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of the one-line-per-sample table: accuracy %, with the count scored in brackets where
    it is not every note, and with several samples a last line adding up every sample's hits (samples of one
    file overlap, so it is no figure of the whole file). Sub-event type only where the export has it."""
    fields = [f for f in SEED_FIELDS if any(s.fields[f].total for s in by_seed.values())]
    scored = [*fields, "named", "date"]

    def cell(score: FieldScore, n_notes: int) -> str:
        if not score.total:
            return "-"
        return f"{100 * score.accuracy:.1f}" + (f" ({score.total})" if score.total != n_notes else "")

    def line(label: str, n_notes: int, scores: dict[str, FieldScore]) -> list[str]:
        return [label, str(n_notes), *(cell(scores[f], n_notes) for f in scored)]

    per_seed = {seed: {**s.fields, "named": s.admin1_place_named} for seed, s in by_seed.items()}
    rows = [line(str(seed), by_seed[seed].n_notes, scores) for seed, scores in per_seed.items()]
    if len(by_seed) > 1:
        samples = per_seed.values()
        pooled = {f: FieldScore(sum(p[f].correct for p in samples), sum(p[f].total for p in samples)) for f in scored}
        rows.append(line("all", sum(s.n_notes for s in by_seed.values()), pooled))
    return ["seed", "notes", *fields, "admin1 named", "date stated"], rows


def seed_markdown(by_seed: dict[int, Any]) -> str:
    """The per-sample table in Markdown (the README's figures on samples never tuned on)."""
    columns, rows = seed_table(by_seed)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---:|" * len(columns)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
