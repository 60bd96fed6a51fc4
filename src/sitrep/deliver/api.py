"""The JSON API and web UI: `create_app(store)` returns a FastAPI app; `sitrep serve` runs it with uvicorn.

Every error, whatever raised it (unknown id, bad query parameter, a bug), has one JSON shape:
`{"ok": false, "status": 404, "title": "Not Found", "error": "no event with id 'x'"}`.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from http import HTTPStatus
from typing import Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from sitrep.deliver import ExportFormat
from sitrep.deliver.apidocs import api_reference
from sitrep.deliver.brief import BriefError, build_brief, render_html, render_markdown
from sitrep.deliver.export import event_record, export_events, geojson_collection, parquet_table
from sitrep.deliver.source import StoreLike, article_rows, explain, find_article
from sitrep.deliver.world import STATIC_DIR, countries_json
from sitrep.models import Event
from sitrep.store.explain import Bbox
from sitrep.store.filters import EventFilter

MAX_PAGE = 5000
DOWNLOADS: dict[str, tuple[str, str]] = {  # format -> (file extension, media type)
    "acled-csv": ("acled.csv", "text/csv; charset=utf-8"),
    "ucdp-csv": ("ucdp.csv", "text/csv; charset=utf-8"),
    "geojson": ("geojson", "application/geo+json"),
    "jsonl": ("jsonl", "application/x-ndjson"),
    "parquet": ("parquet", "application/vnd.apache.parquet"),
}
log = logging.getLogger(__name__)


class EventPage(BaseModel):
    """The answer of /events: one page of events (each also with `number_of_sources`)."""

    ok: bool
    total: int
    limit: int
    offset: int
    events: list[Event]


class EventAnswer(BaseModel):
    """The answer of /events/{event_id}: the event, and why its reports merged."""

    ok: bool
    event: Event
    explanation: dict[str, Any]


def _answer(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI answer of a route: `model`'s schema documents the JSON (the routes build it themselves)."""
    return {200: {"model": model, "description": model.__doc__ or ""}}


def error_response(status: int, message: str) -> JSONResponse:
    title = HTTPStatus(status).phrase
    return JSONResponse({"ok": False, "status": status, "title": title, "error": message}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error serving %s", request.url.path)
        return error_response(500, f"internal error ({type(exc).__name__}); see the server log")


def parse_bbox(text: str | None) -> Bbox | None:
    """`west,south,east,north` in degrees, or a 422 error saying what is wrong."""
    if not text:
        return None
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise RequestValidationError([{"loc": ("query", "bbox"), "msg": f"{text!r} is not west,south,east,north "
                                       "(four numbers in degrees)"}]) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise RequestValidationError([{"loc": ("query", "bbox"), "msg": f"{text!r}: longitudes lie within "
                                       "-180..180, latitudes within -90..90, south <= north"}])
    return west, south, east, north


def event_filters(
    country: str | None = Query(None, description="Country by any name or ISO code, e.g. Mali or ML"),
    since: dt.date | None = Query(None, description="First event date, YYYY-MM-DD (undated events drop out)"),
    until: dt.date | None = Query(None, description="Last event date, YYYY-MM-DD"),
    type: str | None = Query(None, description="ACLED event type, e.g. Battles"),
    actor: str | None = Query(None, description="Part of an actor1 or actor2 name, any case"),
    bbox: str | None = Query(
        None, description="Only events placed inside west,south,east,north (degrees), e.g. -6,10,5,20"
    ),
) -> EventFilter:
    return EventFilter(country, since, until, type, actor, parse_bbox(bbox))


def create_app(store: StoreLike) -> FastAPI:
    """The API over `store` (a sitrep Store or any StoreLike), with the web UI at `/`."""
    app = FastAPI(
        title="sitrep",
        description="Conflict events extracted from news reports, with every source's claims and quotes.",
        version="0.1.0",
        docs_url=None,  # FastAPI's Swagger UI and ReDoc come from a CDN: /docs is served offline below
        redoc_url=None,
    )
    _install_error_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)  # event lists and the world outlines shrink ~5x


    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness: cheap, never reads the events."""
        return {"ok": True}

    @app.get("/events", response_model=None, responses=_answer(EventPage))
    def list_events(
        where: EventFilter = Depends(event_filters),
        limit: int = Query(100, ge=1, le=MAX_PAGE, description="Events per page"),
        offset: int = Query(0, ge=0, description="Events to skip (the page's start)"),
        compact: bool = Query(False, description="Leave out claims and sources (see /events/{id})"),
    ) -> dict[str, Any]:
        """Events matching the filters, newest first, one page at a time."""
        # compact: the database leaves out claims and sources (the web map's 2,000 events read ~10x less JSON)
        if compact:
            records = store.event_summaries(where, limit, offset)
        else:
            records = [event_record(e) for e in store.events(where, limit, offset)]
        return {
            "ok": True,
            "total": store.count_events(where),
            "limit": limit,
            "offset": offset,
            "events": records,
        }

    @app.get("/events/overview")
    def overview(where: EventFilter = Depends(event_filters)) -> dict[str, Any]:
        """Totals and per-day counts of every matching event, however many (the web map's timeline and summary,
        read without the events), and how many undated events a date filter leaves out."""
        since, until = where.since, where.until
        if since or until:
            every = store.event_days(where.undated())
            undated = sum(d.events for d in every if d.day is None)
            shown = [d for d in every if d.day and (not since or d.day >= since) and (not until or d.day <= until)]
        else:
            shown, undated = store.event_days(where), 0
        return {
            "ok": True,
            "total": sum(d.events for d in shown),
            "fatalities": sum(d.fatalities for d in shown),
            "undated_left_out": undated,
            "days": [{"date": d.day.isoformat(), "events": d.events, "fatalities": d.fatalities}
                     for d in shown if d.day is not None],
        }

    @app.get("/events/facets")
    def facets() -> dict[str, Any]:
        """The countries and event types of the stored events, sorted (the filter menus)."""
        return {"ok": True, **store.event_facets()}

    @app.get("/events.geojson")
    def events_geojson(where: EventFilter = Depends(event_filters)) -> JSONResponse:
        """The matching events with coordinates as a GeoJSON FeatureCollection."""
        collection, skipped = geojson_collection(store.events(where))
        collection["skipped_without_coordinates"] = skipped
        return JSONResponse(collection, media_type="application/geo+json")

    @app.get("/export/{fmt}")
    def export(fmt: ExportFormat, where: EventFilter = Depends(event_filters)) -> Response:
        """The matching events as a download: acled-csv, ucdp-csv, geojson, jsonl or parquet."""
        events = store.events(where)
        if fmt == "parquet":
            import pyarrow.parquet as pq  # with numpy, half a second of start-up: only for Parquet downloads

            buffer = io.BytesIO()
            pq.write_table(parquet_table(events), buffer)
            body: bytes = buffer.getvalue()
        else:
            text = io.StringIO()
            export_events(events, fmt, text)
            body = text.getvalue().encode("utf-8")
        name = f"sitrep-events.{DOWNLOADS[fmt][0]}"
        return Response(
            body, media_type=DOWNLOADS[fmt][1], headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )

    @app.get("/brief")
    def brief(
        region: str = Query(
            ..., description="A country (Mali or ML), an ACLED region (Western Africa) or a first-level region (Borno)"
        ),
        since: dt.date | None = Query(None, description="First day, YYYY-MM-DD (default: the first dated event)"),
        until: dt.date | None = Query(None, description="Last day, YYYY-MM-DD (default: the last dated event)"),
        admin1: str | None = Query(None, description="Only this first-level region, e.g. Gao"),
        format: Literal["html", "md"] = Query("html", description="html (self-contained page) or md (Markdown)"),
    ) -> Response:
        """A situation brief for a region and period, as `sitrep brief` writes it."""
        try:
            made = build_brief(store, region, since, until, admin1=admin1)
        except BriefError as exc:
            raise HTTPException(400, str(exc)) from exc
        if format == "md":
            return Response(render_markdown(made), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(render_html(made))

    @app.get("/events/{event_id}", response_model=None, responses=_answer(EventAnswer))
    def get_event(event_id: str) -> dict[str, Any]:
        """One event with its sources, every claim with its quote, and the store's explanation."""
        event = store.get_event(event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        return {"ok": True, "event": event_record(event), "explanation": explain(store, event_id)}

    @app.get("/articles")
    def list_articles(limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Stored articles without their text (see /articles/{id})."""
        articles = article_rows(store)
        page = articles[offset : offset + limit]
        return {
            "ok": True,
            "total": len(articles),
            "limit": limit,
            "offset": offset,
            "articles": page,
        }

    @app.get("/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        """One article with its cleaned text (Evidence spans index this text)."""
        article = find_article(store, article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return {"ok": True, "article": article.model_dump(mode="json")}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(api_reference(app.openapi()))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/world.geojson", include_in_schema=False)
    def world() -> Response:
        return Response(countries_json(), media_type="application/geo+json")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
