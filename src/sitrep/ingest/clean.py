"""Cleaning report text: repair mojibake, normalise whitespace, remove page furniture.

The rules for furniture (share prompts, comment sections, publisher blurbs...) are in `data/boilerplate.yaml`.
Paragraphs stay one per line and are joined with a blank line, so sentence splitting never runs a headline-like
line into the next paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ftfy
import yaml
from ftfy.badness import is_bad

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MAX_FURNITURE_CHARS = 300  # longer lines are prose (and long lines make the menu-bar rule backtrack)
_MAX_LABELS = 3
_PARAGRAPH_ENDS = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")", "]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    max_line_words: int
    trailing_credit_lines: int
    trailing_credit_words: int
    drop_lines: tuple[re.Pattern[str], ...]
    link_labels: tuple[re.Pattern[str], ...]
    link_line_words: int
    cut_from: tuple[re.Pattern[str], ...]
    blurbs: tuple[re.Pattern[str], ...]


@cache
def rules() -> BoilerplateRules:
    path = resources.files("sitrep.ingest") / "data" / "boilerplate.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def compile_all(key: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
        try:
            return tuple(re.compile(p, flags) for p in data[key])
        except re.error as err:
            raise ValueError(f"{path}: bad pattern in {key!r}: {err}") from err

    # Blurbs name the outlet with a capital letter, so they are matched case-sensitively.
    return BoilerplateRules(data["max_line_words"], data["trailing_credit_lines"], data["trailing_credit_words"],
                            compile_all("drop_lines"), compile_all("link_labels"), data["link_line_words"],
                            compile_all("cut_from"), compile_all("blurbs", 0))


def normalise(text: str) -> str:
    """Repair mojibake ("Ã©", "Â "), unify line ends and spaces, strip each line; paragraphs untouched."""
    # ftfy costs ~10 ms a report; its cheap badness check says when there is mojibake or markup to fix.
    text = ftfy.fix_text(text, _FTFY) if is_bad(text) or "&" in text else unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_furniture(line: str) -> bool:
    """True for a short line that a `drop_lines` rule says is page furniture, or a link to another story."""
    r = rules()
    if len(line) > _MAX_FURNITURE_CHARS:
        return False
    if len(line.split()) <= r.max_line_words and any(p.fullmatch(line) for p in r.drop_lines):
        return True
    label = next((m for p in r.link_labels if (m := p.match(line))), None)
    rest = line[label.end():].strip() if label else ""
    return bool(rest) and len(rest.split()) <= r.link_line_words and not rest.endswith((".", "!", "?", ";", ","))


def join_wrapped(lines: list[str]) -> list[str]:
    """Lines of one paragraph hard-wrapped in the source ("... constitue une violation du droit humanitaire" /
    "international. Nous ...") joined again: a line that ends without closing punctuation, followed by one
    that opens in lower case, continues it."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line[:1].islower() and not out[-1].endswith(_PARAGRAPH_ENDS):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def blurb_outlet(lines: list[str]) -> str | None:
    """The publisher named by a blurb paragraph ("X is specialized in ..."), if the page has one."""
    for line in lines:
        for pattern in rules().blurbs:
            match = pattern.fullmatch(line)
            if match:
                return match.group("outlet").strip()
    return None


def strip_boilerplate(lines: list[str]) -> list[str]:
    """The lines of a report without furniture, repeated lines, trailing comment sections and blurbs."""
    r = rules()
    kept = [line for line in lines if line]
    half = len(kept) // 2
    for i, line in enumerate(kept):
        if i >= max(half, 1) and any(p.fullmatch(line) for p in r.cut_from):
            kept = kept[:i]
            break
    out: list[str] = []
    seen: set[str] = set()
    for line in kept:
        if line in seen:  # photo captions and leads printed twice
            continue
        seen.add(line)
        match = next((m for p in r.blurbs if (m := p.fullmatch(line))), None)
        if match:
            if out and out[-1] == match.group("outlet").strip():
                out.pop()
            continue
        if not is_furniture(line):
            out.append(line)
    for _ in range(r.trailing_credit_lines):
        if len(out) > 1 and _is_credit(out[-1], r.trailing_credit_words):
            out.pop()
    return out


def _is_credit(line: str, max_words: int) -> bool:
    """A signature or site name closing a story ("A.D", "Sahelien.com"), not a sentence."""
    return len(line.split()) <= max_words and not line.endswith(("!", "?", "»", "”", '"', ":")) and not (
        line.endswith(".") and len(line.split()) > 1
    )


def strip_leading_labels(lines: list[str], keep: str | None = None) -> list[str]:
    """The lines without one- or two-word labels above the story ("Mali" section tags, a site's name); a line
    holding `keep` (the dateline) stays, since evidence may point at it."""
    start = 0
    while (start < min(_MAX_LABELS, len(lines) - 1) and len(lines[start].split()) <= 2
           and not (keep and keep in lines[start])):
        start += 1
    return lines[start:]


def join_paragraphs(lines: list[str]) -> str:
    return "\n\n".join(line for line in lines if line)
