"""A generated corpus of realistic synthetic conflict reports (EN and FR, ~600 words) for `sitrep bench`.

Reports are assembled from the hand-written blocks in data/templates.yaml: varied places, actors, tolls,
dates and background paragraphs, so that every stage (dates, counts, actors, geocoding, resolution) has work
to do. The same seed always gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class SyntheticReport:
    name: str  # file stem
    language: str
    published: dt.date
    text: str


@cache
def _templates() -> dict[str, Any]:
    text = resources.files("sitrep.bench").joinpath("data/templates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def generate_report(rng: random.Random, index: int, language: str) -> SyntheticReport:
    """One report: dateline, lead, toll, background, reaction, then context up to the target length."""
    data = _templates()
    blocks = data[language]
    place, region, country_en, country_fr, dateline = rng.choice(data["places"])
    place2 = rng.choice([p for p in data["places"] if p[0] != place])[0]
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    event_day = published - dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
    killed = rng.choice((2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 17, 23, 31, 45))
    slots = {
        "DATELINE": dateline, "day": str(published.day), "year": str(published.year),
        "month_name": blocks["months"][published.month - 1], "weekday": blocks["weekdays"][event_day.weekday()],
        "place": place, "place2": place2, "region": region,
        "country": country_en if language == "en" else country_fr,
        "armed": rng.choice(blocks["armed"]), "state": blocks["state"][country_en],
        "killed": str(killed), "killed_word": blocks["numbers"].get(killed, str(killed)),
        "injured": str(rng.randrange(1, 40)), "killed2": str(rng.randrange(5, 60)),
        "past_year": str(rng.randrange(2012, 2018)),
    }
    paragraphs = [
        _fill(blocks["dateline"], slots) + " " + _fill(rng.choice(blocks["lead"]), slots),
        _fill(rng.choice(blocks["toll"]), slots),
        _fill(rng.choice(blocks["background"]), slots),
        _fill(rng.choice(blocks["reaction"]), slots),
    ]
    context = list(blocks["context"])
    rng.shuffle(context)  # each paragraph at most once: ingest rightly drops repeated paragraphs
    target = int(data["target_words"])
    while context and sum(len(p.split()) for p in paragraphs) < target:
        paragraphs.append(context.pop())
    return SyntheticReport(f"bench-{index:06d}-{language}", language, published, "\n\n".join(paragraphs) + "\n")


def generate_corpus(n: int, seed: int = 0, french_share: float = 0.5) -> list[SyntheticReport]:
    """`n` reports, about `french_share` of them in French."""
    rng = random.Random(seed)
    return [generate_report(rng, i, "fr" if rng.random() < french_share else "en") for i in range(n)]


def write_corpus(reports: list[SyntheticReport], directory: Path) -> list[Path]:
    """Write each report as `<name>.txt` (a leading date line, as collected pages have); return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in reports:
        path = directory / f"{report.name}.txt"
        path.write_text(f"date {report.published.isoformat()}\n\n{report.text}", encoding="utf-8")
        paths.append(path)
    return paths
