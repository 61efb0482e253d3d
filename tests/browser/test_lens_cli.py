"""``python -m tools.lens`` with the google-lens provider, as an operator runs it."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys

from devstack.fakes.lens_site import LOCAL_ONLY, FakeLensSite
from devstack.photos import sample_photo
from tests.helpers import REPO


def test_the_operator_tool_prints_the_matches_of_the_configured_google_lens(
    lens_site: FakeLensSite,
) -> None:
    # Given the environment configures the google-lens provider and its Lens page
    env = {**os.environ, "LENS_PROVIDER": "google-lens", "LENS_URL": lens_site.lens_url(),
           "CHROMIUM_FLAGS": shlex.quote(LOCAL_ONLY), "LENS_TIMEOUT_SECONDS": "20"}

    # When the tool runs on a photo
    done = subprocess.run(
        [sys.executable, "-m", "tools.lens", str(sample_photo("trail-shoe"))],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )

    # Then it prints the lens-matches JSON, prices as numbers with ISO codes
    assert done.returncode == 0, done.stderr
    matches = json.loads(done.stdout)
    assert [(m["source"], m["price"], m["currency"]) for m in matches[:3]] == [
        ("eBay", 89.0, "EUR"), ("Amazon.com", 129.99, "USD"), ("Zalando", 119.9, "CHF"),
    ]
    assert set(matches[0]) >= {"title", "link", "source", "thumbnail", "price", "currency"}
