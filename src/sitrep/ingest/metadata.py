"""What a report says about itself, read by small extractors in a cascade (most precise source first).

Each `extract_<field>` looks at the report's top lines (already normalised, one paragraph per line) and returns
the value or None; `sitrep.ingest.draft.finish` calls them only for fields the reader's own metadata (a
header, HTML meta tags, a JSONL record, a feed entry) left empty.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from sitrep.ingest.clean import blurb_outlet
from sitrep.ingest.dates import PageDate, find_page_dates, fold, published_label_pattern, weekday_pattern

TOP_LINES = 12  # page metadata (bylines, dates) sits above the story; deeper lines are story text
_HEADLINE_MAX_WORDS = 30
_SHORT_LINE_WORDS = 10
_SENTENCE_ENDS = (".", ",", ";", ":", "…", "!", "?")
_CLOSING_QUOTES = "\"”»’'"
_OPENING_QUOTES = re.compile(r"[«“‘]|(?:^|\s)[\"']\w")  # a quote opened within the line: not a cut-off quotation

_UPPER = "A-ZÀ-ÖØ-Ý"
_LOWER = "a-zß-öø-ÿ"
_CAPS_PLACE = re.compile(rf"[{_UPPER}][{_UPPER}'’. -]*[{_UPPER}.]")
_TITLE_WORD = re.compile(rf"[{_UPPER}][{_LOWER}'’.-]*(?:-[{_UPPER}][{_LOWER}'’.-]*)*")
_AGENCY = re.compile(r"\((?P<agency>[A-Z][\w.&' -]{0,25}?)\)\s*$")
_LEADING_AGENCY = re.compile(r"^\((?P<agency>[A-Z][\w.&'-]+(?:[ -][A-Z][\w.&'-]*){0,2})\)\s")
_PLACE_BEFORE_DATE = re.compile(rf"(?P<place>[{_UPPER}][^\s,]*(?: [{_UPPER}][^\s,]*){{0,2}}),\s+")
_SEPARATOR = re.compile(r"\s*(?::|—|–|\s-\s?|-\s)\s*")
_NAME = rf"[{_UPPER}][\w'’.-]+(?:\s+[{_UPPER}][\w'’.-]+){{0,3}}"
# "By Jane Roe", "Par Awa Traoré et Paul Dia, envoyés spéciaux", "By JANE ROE, Reuters"
_BYLINE = re.compile(
    rf"(?:By|BY|Par|PAR|Di|Por|Von)\s+(?P<name>{_NAME}(?:\s+(?:and|et|e|y|und|&)\s+{_NAME})?)(?:\s*[,|–—-]\s*[^,]{{1,40}})?"
)
# Nigerian papers' "From Ndahi Marama, Maiduguri", "- From Hamza Idris (Maiduguri) & Ibrahim Sule (Abuja)": the
# reporters' towns, no place of the story
_FROM_BYLINE = re.compile(
    rf"(?:[-–—]\s*)?(?:From|FROM)\s+(?P<name>{_NAME})(?:\s*\([^()]{{1,30}}\))?"
    rf"(?:\s*(?:,|&|\band\b)\s*{_NAME}(?:\s*\([^()]{{1,30}}\))?){{0,6}}"
)
_NAME_LINE = re.compile(rf"[{_UPPER}][{_LOWER}'’.-]+(?:\s+[{_UPPER}][{_LOWER}'’.-]+){{1,2}}")
_URL = re.compile(r"(?:(?:source|url|original|lien|link)\s*:\s*)?(?P<url>https?://\S+)", re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b")
_KEY_WORD = re.compile(r"\w+")
_RESTATED_SHARE = 0.6  # of a headline's content words that a lead printed above it repeats
_OUTLET_LINE = re.compile(  # a name: capitalised words, with the small words inside ("Le Journal du Mali")
    rf"[{_UPPER}\w][\w.&'’-]*(?: (?:(?:du|de|des|la|le|les|of|the|and|et) )?[{_UPPER}][\w.&'’-]*){{0,3}}"
)
_SIGN_OFF = re.compile(r"(?:-{1,2}|—|–|\()\s*([^()]+?)\s*\)?")  # "-- Kenya Wire", "— AFP", "(Kenya Wire)"
_OUTLET_SUFFIX_MIN = 5  # "Hibapress", "AfricanGlobe": a one-word name ending in an outlet word this long


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and agency, date) a story opens with: "BAMAKO, 2 nov (AFP) -" -> place "BAMAKO"."""

    place: str
    agency: str | None = None
    date: PageDate | None = None


@dataclass(frozen=True, slots=True)
class Published:
    value: dt.date
    precision: Literal[1, 3]
    rule: str  # who decided: "header", "html-meta", "feed", "record", "dateline", "url", "label", "title", "date-line"


def is_headline(line: str) -> bool:
    """A line that reads like a headline: a few words, no sentence-final punctuation. A closing quote may end
    it ('... dans une attaque « terroriste »') when what it closes is a word or phrase, not a sentence."""
    words = line.split()
    unquoted = line.rstrip(_CLOSING_QUOTES + " ")
    return (3 <= len(words) <= _HEADLINE_MAX_WORDS and not unquoted.endswith(_SENTENCE_ENDS)
            and (unquoted == line or _OPENING_QUOTES.search(line) is not None))


def split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The headline at the top of a plain-text report and the lines left once it (and its repeats) are gone.

    Up to six one- or two-word lines (a menu word, a section name) or date lines above it go with it. A lead
    paragraph printed above the headline (a summary some pages put first) stays as the story's first paragraph
    when the headline right after it restates it.
    """
    body = [line for line in lines if line]
    for skip in range(min(7, len(body) - 1)):
        candidate = body[skip]
        if is_date_line(candidate):  # "Publié le lundi 12 mai 2025 à 17h40" above the headline dates the page
            continue
        if is_headline(candidate):
            return candidate, _without_repeats(body[skip + 1 :], candidate)
        if len(candidate.split()) > 2:
            headline = body[skip + 1]
            if is_headline(headline) and _restates(headline, candidate):
                return headline, [candidate, *_without_repeats(body[skip + 2 :], headline)]
            break
    return None, body


def _without_repeats(lines: list[str], headline: str) -> list[str]:
    """Many pages print their headline twice (page title and article title)."""
    return [line for i, line in enumerate(lines) if not (i < TOP_LINES and line == headline)]


def _restates(headline: str, lead: str) -> bool:
    """Most of the headline's content words (4+ letters or figures) open a word of the lead: "Mogadishu blasts
    death toll rises to 276" over "The death toll ... in Mogadishu has risen to 276"."""
    def stems(text: str) -> set[str]:
        return {w[:4] for w in _KEY_WORD.findall(fold(text)) if len(w) >= 4 or w.isdigit()}

    wanted, given = stems(headline), stems(lead)
    return len(wanted) >= 3 and len(wanted & given) >= _RESTATED_SHARE * len(wanted)


@cache
def _outlet_rules() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    path = resources.files("sitrep.ingest") / "data" / "outlets.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return (frozenset(data["agencies"]), frozenset(fold(w) for w in data["words"]),
                tuple(d.lower() for d in data["domains"]))
    except (KeyError, TypeError) as err:
        raise ValueError(f"{path}: needs the lists agencies, words and domains ({err})") from err


def is_outlet_name(name: str) -> bool:
    """A publisher's name, not a place's: a news agency ("AFP"), a name of several words one of which is an
    outlet word ("Daily Trust"), one word ending in an outlet word ("HIBAPRESS", "AFRICANGLOBE") or a site
    ("aBamako.com"). An outlet word alone ("NEWS", a menu item) is not one."""
    agencies, words, domains = _outlet_rules()
    name = name.strip()
    parts = [fold(w) for w in _KEY_WORD.findall(name)]
    if name in agencies:
        return True
    if not 1 <= len(parts) <= 5:
        return False
    if len(name.split()) == 1 and name.lower().endswith(domains):
        return True
    if len(parts) == 1:
        word = parts[0]
        return any(word.endswith(w) and len(w) >= _OUTLET_SUFFIX_MIN and len(word) - len(w) >= 3 for w in words)
    return any(p in words for p in parts)


def clean_title(title: str) -> tuple[str, PageDate | None]:
    """A headline without a trailing "| Site" or "Publié le ..." part, and the date that part gave, if any."""
    date = None
    label = published_label_pattern().search(fold(title))
    if label and label.start() > 0:
        date = _first_date(title[label.end() :])
        title = title[: label.start()]
    if " | " in title:
        head, _, tail = title.rpartition(" | ")
        date = date or _first_date(tail)
        title = head
    else:
        found = find_page_dates(title)
        if found and found[-1].end == len(title.rstrip()):
            date = date or found[-1]
    return title.strip(" |-–—"), date


def _first_date(text: str, year: int | None = None) -> PageDate | None:
    found = find_page_dates(text, year)
    return found[0] if found else None


def extract_dateline(lines: list[str], year: int | None = None) -> Dateline | None:
    """The dateline of the first story paragraph: "BAMAKO:", "NIAMEY —", "Bamako, le 3 novembre 2019 –"."""
    for line in lines[:3]:
        if is_date_line(line):  # "Published Sun, August 11th 2019 ..." is no place, "NAIROBI, March 12, 2019" is
            if place := _place_before_date(line):
                return Dateline(place=place, date=_date_line(line, year))
            continue
        dateline = _dateline_of(line, year)
        if dateline or len(line.split()) >= _SHORT_LINE_WORDS:
            return dateline
    return None


def _dateline_of(line: str, year: int | None) -> Dateline | None:
    separator = _SEPARATOR.search(line, 0, 90)
    if not separator or separator.start() == 0:
        return None
    head = line[: separator.start()].strip()
    agency = None
    if match := _AGENCY.search(head):  # before the outlet test: "(Wire)" is an agency, not the head's name
        agency, head = match.group("agency"), head[: match.start()].strip()
    if is_outlet_name(head):  # "AFRICANGLOBE – Armed militants ...": a credit, not a place
        return None
    parts = [p.strip() for p in head.split(",")]
    place, date, extra = parts[0], None, False
    caps = bool(_CAPS_PLACE.fullmatch(place)) and len(place.split()) <= 4
    titled = all(_TITLE_WORD.fullmatch(w) for w in place.split()) and 1 <= len(place.split()) <= 3
    if not (caps or titled):
        return None
    for i, part in enumerate(parts[1:], 1):
        if any(ch.isdigit() for ch in part):  # read with the parts after it: "March 14, 2024" holds a comma
            date = date or _first_date(", ".join(parts[i:]), year)
            extra = True
        elif all(_TITLE_WORD.fullmatch(w) for w in part.split()) and 1 <= len(part.split()) <= 3:
            extra = True
        else:
            return None
    # "Update: ..." or "Mali: ..." is a label, not a dateline: title-case places need a dash, date or agency.
    if not caps and separator.group().strip() == ":" and not (agency or date):
        return None
    if not caps and not (extra or agency) and separator.group().strip() not in ("—", "–", "-"):
        return None
    return Dateline(place=place, agency=agency, date=date)


def extract_agency(lines: list[str]) -> str | None:
    """A news agency credited at the start of the story: "(Keystone-ATS) Quarante et un ..."."""
    for line in lines[:3]:
        if match := _LEADING_AGENCY.match(line):
            return match.group("agency")
    return None


def extract_outlet(lines: list[str], dateline: Dateline | None) -> str | None:
    """The publisher: named by the page's own blurb or date line, else the agency credited in the dateline
    or lead, else an outlet credited where a dateline would be ("AFRICANGLOBE – ...") or on a line of its own
    above the story ("Daily Trust", "Hibapress")."""
    return (
        blurb_outlet(lines) or _site_after_date(lines) or (dateline.agency if dateline else None)
        or extract_agency(lines) or _lead_credit(lines) or _outlet_line(lines) or _sign_off(lines)
    )


def _sign_off(lines: list[str]) -> str | None:
    """An outlet signing the story off on its last line ("-- East Africa Dispatch", "(Kenya Wire)"): a wire
    story pasted with its title and body has no other credit (the line goes with the trailing credits)."""
    last = next((line for line in reversed(lines) if line), "")
    name = _SIGN_OFF.fullmatch(last)
    return name.group(1) if name and _OUTLET_LINE.fullmatch(name.group(1)) and is_outlet_name(name.group(1)) else None


def _lead_credit(lines: list[str]) -> str | None:
    for line in _top_until_story(lines):
        separator = _SEPARATOR.search(line, 0, 60)
        if separator and separator.start() > 0 and is_outlet_name(head := line[: separator.start()].strip()):
            return head
    return None


def _outlet_line(lines: list[str]) -> str | None:
    """A short line that is only a name, and an outlet's, above the first paragraph of the story."""
    for line in _top_until_story(lines):
        if len(line.split()) <= 4 and _OUTLET_LINE.fullmatch(line) and is_outlet_name(line):
            return line
    return None


def _top_until_story(lines: list[str]) -> list[str]:
    """The top lines down to the story's first paragraph (a sentence of some length), included."""
    top = lines[:TOP_LINES]
    end = next((i for i, line in enumerate(top)
                if len(line.split()) >= _SHORT_LINE_WORDS and line.endswith(_SENTENCE_ENDS)), len(top) - 1)
    return top[: end + 1]


def extract_author(lines: list[str]) -> str | None:
    """A byline ("By Jane Roe", "Par Awa Traoré", "From Ndahi Marama, Maiduguri") or a bare name just above a date
    line."""
    top = lines[:TOP_LINES]
    for i, line in enumerate(top):
        if match := _byline(line):
            return match.group("name")
        if _NAME_LINE.fullmatch(line) and i + 1 < len(top) and _date_line(top[i + 1]):
            return line
    return None


def is_byline(line: str) -> bool:
    return _byline(line) is not None


def _byline(line: str) -> re.Match[str] | None:
    return _BYLINE.fullmatch(line) or _FROM_BYLINE.fullmatch(line)


def extract_url(lines: list[str]) -> str | None:
    """A URL the page gives for itself on a line of its own ("Source: https://...")."""
    for line in lines[:TOP_LINES] + lines[-3:]:
        if match := _URL.fullmatch(line):
            return match.group("url")
    return None


def _date_line(line: str, year: int | None = None) -> PageDate | None:
    """The date of a short line that only dates the page: "Lundi 10 Juin 2019", "Le 3 novembre 2019 à 10h30",
    "March 24, 2019 Updated: March 24, 2019", "17th January, 2019 01:51:34 printer" - not a sentence that opens
    with a date ("Le 3 novembre 2019, des hommes armés ont attaqué ...")."""
    if _word_count(line) > _SHORT_LINE_WORDS:
        return None
    if place := _place_before_date(line):  # a dateline on a line of its own: "Nairobi, 12 March 2019"
        line = line[line.index(",", len(place)) + 1 :].lstrip()
    folded = fold(line)
    lead = weekday_pattern().match(folded)
    date = _first_date(line, year)
    if not date or folded[lead.end() if lead else 0 : date.start].strip(" ,.-–—|"):
        return None
    rest = _TIME.sub("", line[date.end :]).strip(" -–—|")
    if published_label_pattern().match(fold(rest)):
        return date
    if rest.startswith(",") or rest.endswith((".", "!", "?")) or _word_count(rest) > 2:
        return None
    return date


def _place_before_date(line: str) -> str | None:
    """The place a line opens with before a comma ("NAIROBI, ...", "Kisii, ..."), not a weekday or a label."""
    match = _PLACE_BEFORE_DATE.match(line)
    if not match:
        return None
    place = match.group("place")
    words = place.split()
    if not (_CAPS_PLACE.fullmatch(place) or all(_TITLE_WORD.fullmatch(w) for w in words)):
        return None
    folded = fold(place)
    if weekday_pattern().fullmatch(fold(words[0])) or published_label_pattern().match(folded) or find_page_dates(place):
        return None
    return place


def _word_count(text: str) -> int:
    return len([w for w in _TIME.sub("", text).split() if any(ch.isalnum() for ch in w)])


def is_date_line(line: str) -> bool:
    """A short line that only dates the page (see `_date_line`), or a label and a date ("Publié le 13 février
    2012 | Site", "Published on 3 Nov 2019 by admin"): page furniture once read. So is a line of such dates
    and a site's name joined by " | " ("Published Sun, August 11th 2019 at 10:15 GMT +3 | Updated Sun, August
    11th 2019 at 12:00 GMT +3", "August 11, 2019 | Kisii Post"), each part short but the whole not."""
    first, *rest = line.split(" | ")
    if rest and _is_dated(first) and all(_is_dated(part) or _is_name(part) for part in rest):
        return True
    return _is_dated(line)


def _is_name(part: str) -> bool:
    return 0 < len(part.split()) <= 4 and not part.rstrip().endswith(_SENTENCE_ENDS) and not find_page_dates(part)


def _is_dated(line: str) -> bool:
    label = published_label_pattern().match(fold(line))
    if not label:
        return _date_line(line) is not None
    if _word_count(line) > _SHORT_LINE_WORDS:
        return False
    after = line[label.end() :]
    date = _first_date(after)
    if not date:
        return False
    between = fold(after[: date.start]).strip(" ,")
    if between and not weekday_pattern().fullmatch(between):
        return False
    return _word_count(_TIME.sub("", after[date.end :])) <= 4


def _dated_part(line: str) -> str:
    """The date of "August 11, 2019 | Kisii Post", without the site."""
    return line.split(" | ")[0] if " | " in line and is_date_line(line) else line


def _site_after_date(lines: list[str]) -> str | None:
    """The site named after a dated line: "Publié le mercredi 13 septembre 2023 | aNiamey.com"."""
    for line in lines[:TOP_LINES]:
        if " | " in line and is_date_line(line):
            site = line.rpartition(" | ")[2].strip()
            if 0 < len(site.split()) <= 4 and not find_page_dates(site):
                return site
    return None


def _url_date(url: str) -> PageDate | None:
    match = _URL_DATE.search(url)
    if not match:
        return None
    return _first_date("-".join(match.groups()))


def extract_published(
    lines: list[str],
    header: Published | None = None,
    dateline: Dateline | None = None,
    title_date: PageDate | None = None,
    url: str | None = None,
) -> Published | None:
    """The page's publication date: header, then dateline, then the page URL ("/2019/11/03/"), then a labelled
    or bare date line at the top, then a date the headline ends with. A month-only header is refined by a day
    of the same month; never invented."""
    if header and header.precision == 1:
        return header
    candidates: list[tuple[PageDate | None, str]] = [
        (dateline.date if dateline else None, "dateline"),
        (_url_date(url) if url else None, "url"),
    ]
    year = header.value.year if header else None
    for line in lines[:TOP_LINES]:
        if len(line.split()) > 2 * _SHORT_LINE_WORDS:
            continue
        # A label opens the line or one of its "|" parts; "un communiqué publié le 3 mai" is story text.
        for part in line.split(" | "):
            if label := published_label_pattern().match(fold(part.strip())):
                candidates.append((_first_date(part.strip()[label.end() :], year), "label"))
    candidates.append((title_date, "title"))
    candidates.extend((_date_line(_dated_part(line), year), "date-line") for line in lines[:TOP_LINES])
    for date, rule in candidates:
        if date is None or date.precision != 1:
            continue
        if header and (date.value.year, date.value.month) != (header.value.year, header.value.month):
            continue
        return Published(date.value, 1, rule)
    return header
