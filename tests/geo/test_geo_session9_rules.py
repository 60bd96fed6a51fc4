"""Session 9: users' findings (lazy CLI imports, outlet desks, 'the capital', a namesake abroad under a dateline)
and admin1 rules on fresh ACLED rows."""

from __future__ import annotations

import subprocess
import sys


def test_loading_the_cli_does_not_load_the_geocoder_or_the_http_client() -> None:
    """`sitrep --help` and non-geo commands should not pay for the geocoder (pydantic models, rapidfuzz) nor
    httpx: cli/geo.py imports them inside its commands."""
    probe = "import sys, sitrep.cli; print(sorted(m for m in ('sitrep.geo', 'httpx') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
