"""Typed objects that flow between the pipeline stages.

    ingest: source file -> Article
    extract: Article (+ spaCy Doc) -> ArticleExtraction (a list of EventMention, each field with Evidence)
    resolve: EventMention stream -> Event (one per real-world event, claims of every source kept)

Every value a stage decides carries `Evidence`: the article, the character span in `Article.text`, the quoted
sentence, and the rule or model that decided it. Stages never pass bare dicts to each other.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# ACLED precision codes. time_precision: 1 day, 2 week, 3 month.
# geo_precision: 1 the named place, 2 near a place or part of a region, 3 the region (admin1) only.
TimePrecision = Literal[1, 2, 3]
GeoPrecision = Literal[1, 2, 3]
CountKind = Literal["killed", "injured", "missing", "abducted", "arrested"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Evidence(Model):
    """Where a value came from: a span of `Article.text` (or of its headline) and the rule that read it."""

    article_id: str
    start: int  # character offsets into Article.text of the words the value was read from
    end: int
    quote: str  # the whole sentence holding the span
    rule: str  # e.g. "date:weekday-before-published", "type:keyword:ambush", "geo:pattern:village-of"
    # Headlines often carry what the body leaves out (who attacked); then start/end index Article.title instead
    in_title: bool = False


class Rejection(Model):
    """A document that could not be ingested, with a reason a person can act on."""

    path: str
    reason: str


class Article(Model):
    """One report, cleaned, with what its page says about itself."""

    id: str
    text: str  # cleaned body: mojibake repaired, boilerplate removed; all Evidence spans index this
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_precision: TimePrecision | None = None  # 3 when the page gives only a month
    dateline: str | None = None  # e.g. "BAMAKO"
    language: str | None = None  # ISO 639-1
    country: str | None = None  # ISO 3166-1 alpha-2 the analyst says the report is about (`ingest --country`)
    as_of: dt.date | None = None  # when the analyst says undated reports are from (`extract --as-of`)
    source_path: str | None = None
    source_format: str | None = None  # "text", "html", "feed", "jsonl", "warc"
    content_hash: str = ""  # sha256 of the normalised text: exact duplicates share it
    near_duplicate_of: str | None = None  # id of an earlier article that is the same wire story

    @property
    def about_date(self) -> dt.date | None:
        """The date its events are named as of when its text dates none: publication, else the analyst's `as_of`
        (actors renamed over time go by the name of that time; never an event's date)."""
        return self.published or self.as_of


class Place(Model):
    """A gazetteer entry an event or toponym resolved to."""

    name: str
    geonameid: int | None = None
    latitude: float
    longitude: float
    country: str | None = None  # "Mali"
    country_code: str | None = None  # ISO 3166-1 alpha-2, "ML"
    iso: int | None = None  # ISO 3166-1 numeric, as in ACLED's `iso` column
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None  # GeoNames: P populated place, A admin area, H water, S spot, L area...
    feature_code: str | None = None
    population: int | None = None


class Toponym(Model):
    """A place name found in a text and what it resolved to (None when unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    rule: str = ""


class ActorRef(Model):
    """A mention resolved to an entry of the actor knowledge base."""

    name: str  # canonical ACLED-style name: "Military Forces of Mali"
    actor_type: str | None = None  # "State forces", "Rebel group", ... "Civilians"
    inter_code: int | None = None  # ACLED inter1/inter2 code (1..8)
    country: str | None = None
    mention: str | None = None  # the words in the text: "FAMa"
    evidence: Evidence | None = None


class PartialDate(Model):
    """What a date the text cannot fix still says: "samedi 14 octobre" in a report with no year or
    publication date is a Saturday, 14 October. Resolution uses it to tell which dated event it fits."""

    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 Monday ... 6 Sunday

    def fits(self, date: dt.date) -> bool:
        return (
            (self.month is None or date.month == self.month)
            and (self.day is None or date.day == self.day)
            and (self.weekday is None or date.weekday() == self.weekday)
        )


class DateClaim(Model):
    value: dt.date | None
    precision: TimePrecision | None
    evidence: Evidence | None = None
    partial: PartialDate | None = None  # set when value is None but the words name a weekday or day of a month


class CountClaim(Model):
    """One figure a source gave: '49 soldiers killed, the army said'."""

    kind: CountKind
    low: int
    high: int  # equals low unless a range or a vague word ("dozens") was used
    who: str | None = None  # the victims as written: "soldiers", "assailants", "civilians"
    side: Literal["actor1", "actor2", "civilians", "unknown"] = "unknown"
    attributed_to: str | None = None  # "the army", "the Malian government"
    evidence: Evidence | None = None
    # How the figure relates to the source's others (sitrep.resolve.tolls sums them by these):
    included: bool = False  # part of another figure: "17 killed, including 8 children"
    additional: bool = False  # on top of the figures before it: "three others were killed"
    vague: bool = False  # read from a word ("several", "dozens"), used only when no source gives a figure
    revised: bool = False  # an updated toll ("the toll rose to six") replacing the source's earlier figures
    days: int = 1  # days the figure covers ("over three days": 3); ACLED divides it among the days' events
    places: int = 1  # places it covers ("the villages of X, Y and Z": 3); ACLED divides it among the places' events


class PlaceClaim(Model):
    place: Place
    geo_precision: GeoPrecision
    evidence: Evidence | None = None
    # the place name the report gives when the gazetteer lacks it ("the camp of Boulkessi"): `place` is then the
    # enclosing area the text also names, at geo_precision 2/3, and the name the analyst would look for is kept here
    reported_name: str | None = None


class EventMention(Model):
    """One event as one article reports it (before cross-article resolution)."""

    mention_id: str  # f"{article_id}#{index}", index in order of salience
    article_id: str
    salience: float = 0.0  # higher = more central to the report; the first mention is the report's main event
    event_type: str
    sub_event_type: str
    type_evidence: Evidence | None = None
    date: DateClaim | None = None
    actor1: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = Field(default_factory=list)
    actor2: ActorRef | None = None
    assoc_actor_2: list[ActorRef] = Field(default_factory=list)
    claimed_by: ActorRef | None = None  # a claim of responsibility, recorded as such
    location: PlaceClaim | None = None
    counts: list[CountClaim] = Field(default_factory=list)
    trigger: Evidence | None = None  # the sentence/words that report the event
    notes: str = ""


class ArticleExtraction(Model):
    """What extraction read from one article."""

    article_id: str
    language: str | None = None
    events: list[EventMention] = Field(default_factory=list)
    background: list[Evidence] = Field(default_factory=list)  # past events mentioned in passing, not coded
    skipped: str | None = None  # why no extraction was tried (e.g. "language 'it' not supported")


class Source(Model):
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None  # the report's headline (`Article.title`): UCDP GED's source_headline
    quote: str | None = None
    # a report in a language sitrep does not extract, linked to the event by language-independent evidence
    # (sitrep.resolve.link): it corroborates the event but gives no claims; `quote` says how it was linked
    linked: bool = False


class Claim(Model):
    """One source's value for one field of an event, with its quote."""

    field: str  # "fatalities", "event_date", "location", "actor1", "event_type", ...
    value: str | int | float | None
    article_id: str
    quote: str | None = None
    attributed_to: str | None = None
    rule: str | None = None


class Deaths(Model):
    """Who the dead of the best estimate (`Event.fatalities_best`) were, as UCDP GED splits them (deaths_a,
    deaths_b, deaths_civilians, deaths_unknown), in the event's own order of sides: `actor1` counts the dead of
    actor1's side. The four add up to the best estimate; a toll that names no side ("12 people died") is
    `unknown`."""

    actor1: int = 0
    actor2: int = 0
    civilians: int = 0
    unknown: int = 0


class Event(Model):
    """A real-world event: the resolved record that exports, the API and the store share."""

    event_id: str
    event_date: dt.date | None = None
    time_precision: TimePrecision | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: list[str] = Field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = Field(default_factory=list)
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    location_reported: str | None = None  # the sources' place name when the gazetteer lacks it (PlaceClaim)
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    geonameid: int | None = None
    fatalities: int | None = None  # ACLED: the lowest credible figure
    fatalities_low: int | None = None  # UCDP low/best/high
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    # None when no source gives a toll, and in events stored before sitrep split tolls by side (one unsplit toll)
    deaths: Deaths | None = None
    injured: int | None = None
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    mention_ids: list[str] = Field(default_factory=list)
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    notes: str = ""

    @property
    def number_of_sources(self) -> int:
        return len({s.article_id for s in self.sources})

    def as_dict(self) -> dict[str, object]:
        """The Event JSON that `sitrep extract`, the JSONL export and the API share."""
        return {**self.model_dump(mode="json"), "number_of_sources": self.number_of_sources}
