"""The packaged matching rules (`data/resolve.yaml`), read once: type families, weights, bands, word lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Rules:
    type_families: dict[str, str]
    type_other_in_family: float
    weights: dict[str, float]
    place_bands: list[tuple[float, float]]
    place_veto_km: dict[int, float]  # by the coarser geo_precision of the two places
    place_unknown: float
    place_same_admin1: float
    place_same_village: float
    date_same_day: float
    date_overlap_imprecise: float
    date_gap_scores: list[tuple[int, float]]
    undated_lookback_days: int
    follow_up_days: int
    date_follow_up: float
    undated_candidates: int
    date_undated: float
    date_weekday_fit: float
    exact_day_margin: float
    night_words: re.Pattern[str]
    generic_actors: frozenset[str]
    actors_unknown: float
    conflicting_armed_groups_factor: float
    toll_bands: list[tuple[float, float]]
    toll_unknown: float
    explosive_devices: dict[str, re.Pattern[str]]
    partial_count_fraction: float
    background_days_before: int
    text_min_token_length: int
    text_unknown: float
    story_full: float
    specific_evidence: dict[str, float]
    story_unknown: float
    story_not_names: frozenset[str]
    untimed_story: float
    untimed_toll_min: int
    named_apart: dict[str, float]


@cache
def rules() -> Rules:
    """The matching rules from the packaged `resolve.yaml`."""
    path = resources.files("sitrep.resolve") / "data" / "resolve.yaml"
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    total = sum(raw["weights"].values())
    tolls = [(float(a), float(b)) for a, b in raw["toll_bands"]]
    if any(a[0] < b[0] or a[1] < b[1] for a, b in zip(tolls, tolls[1:], strict=False)):
        raise ValueError(f"{path}: toll_bands must go from the highest ratio and score down (the closest pair of "
                         "tolls is scored alone)")
    return Rules(
        type_families=dict(raw["type_families"]),
        type_other_in_family=float(raw["type_other_in_family"]),
        weights={k: v / total for k, v in raw["weights"].items()},
        place_bands=[(float(a), float(b)) for a, b in raw["place_bands"]],
        place_veto_km={int(k): float(v) for k, v in raw["place_veto_km"].items()},
        place_unknown=float(raw["place_unknown"]),
        place_same_admin1=float(raw["place_same_admin1"]),
        place_same_village=float(raw["place_same_village"]),
        date_same_day=float(raw["date_same_day"]),
        date_overlap_imprecise=float(raw["date_overlap_imprecise"]),
        date_gap_scores=[(int(a), float(b)) for a, b in raw["date_gap_scores"]],
        undated_lookback_days=int(raw["undated_lookback_days"]),
        follow_up_days=int(raw["follow_up_days"]),
        date_follow_up=float(raw["date_follow_up"]),
        undated_candidates=int(raw["undated_candidates"]),
        date_undated=float(raw["date_undated"]),
        date_weekday_fit=float(raw["date_weekday_fit"]),
        exact_day_margin=float(raw["exact_day_margin"]),
        night_words=re.compile(r"\b(?:" + "|".join(raw["night_words"]) + r")\b", re.IGNORECASE),
        generic_actors=frozenset(raw["generic_actors"]),
        actors_unknown=float(raw["actors_unknown"]),
        conflicting_armed_groups_factor=float(raw["conflicting_armed_groups_factor"]),
        toll_bands=tolls,
        toll_unknown=float(raw["toll_unknown"]),
        explosive_devices={kind: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
                           for kind, words in raw["explosive_devices"].items()},
        partial_count_fraction=float(raw["partial_count_fraction"]),
        background_days_before=int(raw["background_days_before"]),
        text_min_token_length=int(raw["text_min_token_length"]),
        text_unknown=float(raw["text_unknown"]),
        story_full=float(raw["story_full"]),
        specific_evidence={k: float(v) for k, v in raw["specific_evidence"].items()},
        story_unknown=float(raw["story_unknown"]),
        story_not_names=frozenset(raw["story_not_names"]),
        untimed_story=float(raw["untimed_story"]),
        untimed_toll_min=int(raw["untimed_toll_min"]),
        named_apart={k: float(v) for k, v in raw["named_apart"].items()},
    )
