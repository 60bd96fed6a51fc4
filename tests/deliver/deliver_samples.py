"""Synthetic events and articles (our own words) for the delivery tests."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from fastapi import FastAPI

from sitrep.deliver.api import create_app
from sitrep.deliver.source import StoreLike
from sitrep.models import Article, Claim, Deaths, Event, Source

D = dt.date


def make_articles() -> list[Article]:
    return [
        Article(
            id="a1",
            outlet="Sahel Wire",
            published=D(2024, 3, 5),
            url="https://example.org/a1",
            title="Clash near Ansongo",
            language="en",
            text="Soldiers clashed with militants near Ansongo on Monday. Twelve people died, the army said.",
        ),
        Article(
            id="a2",
            outlet="Radio Gao",
            published=D(2024, 3, 6),
            title="Ansongo toll disputed",
            text="Local officials said twenty people were killed in the fighting near Ansongo.",
            language="en",
        ),
        Article(
            id="a3",
            outlet="Ouaga Daily",
            published=D(2024, 3, 20),
            title="Market attack",
            text="Gunmen on motorbikes attacked a market in Djibo, killing 7 civilians <b>today</b>.",
            language="en",
        ),
    ]


def make_events() -> list[Event]:
    battle = Event(
        event_id="MLI-0001",
        event_date=D(2024, 3, 4),
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Mali (2021-)",
        assoc_actor_1=["Wagner Group"],
        inter1=1,
        actor2="JNIM: Group for Support of Islam and Muslims",
        inter2=2,
        country="Mali",
        admin1="Gao",
        admin2="Ansongo",
        location="Ansongo",
        latitude=15.659,
        longitude=0.502,
        geo_precision=2,
        geonameid=2460954,
        fatalities=12,
        fatalities_low=12,
        fatalities_best=12,
        fatalities_high=20,
        sources=[
            Source(article_id="a1", outlet="Sahel Wire", published=D(2024, 3, 5), url="https://example.org/a1"),
            Source(article_id="a2", outlet="Radio Gao", published=D(2024, 3, 6)),
        ],
        claims=[
            Claim(
                field="fatalities",
                value=12,
                article_id="a1",
                attributed_to="the army",
                quote="Twelve people died, the army said.",
                rule="count:number-word",
            ),
            Claim(
                field="fatalities",
                value=20,
                article_id="a2",
                attributed_to="Local officials",
                quote="Local officials said twenty people were killed in the fighting near Ansongo.",
                rule="count:number-word",
            ),
            Claim(
                field="location",
                value="Ansongo",
                article_id="a1",
                rule="geo:pattern:near",
                quote="Soldiers clashed with militants near Ansongo on Monday.",
            ),
        ],
        mention_ids=["a1#0", "a2#0"],
        first_reported=D(2024, 3, 5),
        last_reported=D(2024, 3, 6),
        notes="Soldiers and militants clashed near Ansongo; tolls of 12 and 20 reported <i>(unconfirmed)</i>.",
    )
    market = Event(
        event_id="BFA-0001",
        event_date=D(2024, 3, 20),
        time_precision=1,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Unidentified Armed Group (Burkina Faso)",
        inter1=3,
        actor2="Civilians (Burkina Faso)",
        inter2=7,
        country="Burkina Faso",
        admin1="Sahel",
        location="Djibo",
        latitude=14.101,
        longitude=-1.627,
        geo_precision=1,
        fatalities=7,
        deaths=Deaths(actor1=2, civilians=5),  # two of the gunmen died too
        sources=[Source(article_id="a3", outlet="Ouaga Daily", published=D(2024, 3, 20))],
        claims=[
            Claim(
                field="fatalities",
                value=7,
                article_id="a3",
                rule="count:digits",
                quote="Gunmen on motorbikes attacked a market in Djibo, killing 7 civilians <b>today</b>.",
            )
        ],
        mention_ids=["a3#0"],
        first_reported=D(2024, 3, 20),
        last_reported=D(2024, 3, 20),
    )
    protest = Event(
        event_id="MLI-0002",
        event_date=D(2024, 2, 10),
        time_precision=3,
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Mali)",
        inter1=6,
        country="Mali",
        admin1="Bamako",
        location="Bamako",
        latitude=12.65,
        longitude=-8.0,
        geo_precision=1,
        sources=[Source(article_id="a2", outlet="Radio Gao", published=D(2024, 3, 6))],
        first_reported=D(2024, 3, 6),
        last_reported=D(2024, 3, 6),
    )
    unplaced = Event(
        event_id="MLI-0003",
        event_date=D(2024, 3, 12),
        time_precision=2,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of Mali (2021-)",
        inter1=1,
        country="Mali",
        fatalities=3,
        sources=[Source(article_id="a1", outlet="Sahel Wire", published=D(2024, 3, 13))],
    )
    return [battle, market, protest, unplaced]


def serve(store: StoreLike) -> Iterator[str]:
    """Run the API over `store` with uvicorn on a free local port; yields its base URL."""
    yield from serve_app(create_app(store))


def serve_app(app: FastAPI) -> Iterator[str]:
    """Run `app` with uvicorn on a free local port; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 10 s")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
