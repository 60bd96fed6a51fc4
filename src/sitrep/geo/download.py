"""Fetching GeoNames country dumps over HTTP, for machines that are online."""

from __future__ import annotations

from pathlib import Path

import httpx

BASE_URL = "https://download.geonames.org/export/dump/"


class DownloadError(Exception):
    """A dump could not be fetched; the message says which and why."""


def download_dumps(country_codes: list[str], target: Path, base_url: str = BASE_URL) -> list[Path]:
    """Download CC.zip for each country plus admin1CodesASCII.txt and admin2Codes.txt into `target`."""
    bad = [c for c in country_codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise DownloadError(f"not ISO alpha-2 country codes: {', '.join(bad)}")
    target.mkdir(parents=True, exist_ok=True)
    names = ["admin1CodesASCII.txt", "admin2Codes.txt", *(f"{c.upper()}.zip" for c in country_codes)]
    paths = []
    with httpx.Client(timeout=60, follow_redirects=True) as client:
        for name in names:
            url = base_url + name
            try:
                response = client.get(url)
                response.raise_for_status()
            except httpx.HTTPError as exc:
                raise DownloadError(
                    f"cannot download {url} ({exc}); on an offline machine fetch the files elsewhere and "
                    f"use `sitrep gazetteer add PATH...`") from exc
            path = target / name
            path.write_bytes(response.content)
            paths.append(path)
    return paths
