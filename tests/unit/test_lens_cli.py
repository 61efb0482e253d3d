"""``python -m tools.lens IMAGE``: one search with the configured provider, for operators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devstack.fakes.lens_site import (
    EMPTY_RESULTS,
    RESULTS_PAGE,
    SORRY_PAGE,
    VISUAL_MATCHES,
    all_tab_bursts,
    serve_lens_site,
)
from devstack.photos import sample_photo
from tests.helpers import REPO
from tools.lens import main


@pytest.fixture(autouse=True)
def default_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LENS_PROVIDER", "SERPAPI_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_the_default_provider_prints_the_matches_of_a_sample_photo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Given a sample photo of the catalog's mug, and no provider configured
    photo = sample_photo("mug")

    # When the tool runs on it
    status = main([str(photo)])

    # Then it prints the mug's listings as lens-matches JSON
    out = capsys.readouterr().out
    matches = json.loads(out)
    assert status == 0
    assert matches and all("Harbor Mug" in match["title"] for match in matches)
    assert {type(match["price"]) for match in matches} <= {float, type(None)}


def test_a_file_that_is_no_image_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    # When the tool runs on a text file
    status = main([str(REPO / "samples" / "bad" / "not-an-image.jpg")])

    # Then it refuses it with the same error the service gives
    assert status == 2
    assert json.loads(capsys.readouterr().err)["error"]["code"] == "unsupported-image"


def test_a_provider_that_gives_up_is_reported_as_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Given the serpapi provider without a key
    # When the tool runs with it
    status = main(["--provider", "serpapi", str(sample_photo("mug"))])

    # Then it reports the provider's error
    assert status == 1
    assert json.loads(capsys.readouterr().err)["error"]["code"] == "missing-credentials"


def results_page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "lens.html"
    path.write_text(RESULTS_PAGE.format(results=body), encoding="utf-8")
    return path


def test_a_saved_results_page_prints_the_lens_matches_chunk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given the "All" tab of a Lens search, saved from a browser
    saved = results_page(tmp_path, "".join(all_tab_bursts()))

    # When the tool reads it
    status = main(["--results-page", str(saved)])

    # Then it prints the lens-matches chunk of the visual cards, then the related searches
    chunk = json.loads(capsys.readouterr().out)
    assert status == 0
    assert (chunk["stage"], chunk["data_description"]) == ("lens", "lens-matches")
    assert [(m["source"], m["price"], m["currency"]) for m in chunk["data"][:3]] == [
        ("eBay", 89.0, "EUR"), ("Amazon.com", 129.99, "USD"), ("Zalando", 119.9, "CHF"),
    ]
    assert len([m for m in chunk["data"] if "kind" not in m]) == len(VISUAL_MATCHES)
    assert {m.get("kind") for m in chunk["data"][len(VISUAL_MATCHES):]} == {"related-search"}


@pytest.mark.parametrize(("body", "code"), [(EMPTY_RESULTS, "no-matches"),
                                            (SORRY_PAGE, "lens-blocked")])
def test_an_empty_or_captcha_page_prints_its_error_chunk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, code: str
) -> None:
    # Given a saved empty result or captcha page
    saved = results_page(tmp_path, body)

    # When the tool reads it, then it prints the error chunk the lens stage would write
    status = main(["--results-page", str(saved)])
    chunk = json.loads(capsys.readouterr().out)
    assert status == 0
    assert chunk["data_description"] == "error"
    assert (chunk["data"]["stage"], chunk["data"]["code"]) == ("lens", code)


def test_a_results_page_is_read_from_a_url(capsys: pytest.CaptureFixture[str]) -> None:
    # Given a Lens site serving its visual-matches tab
    site, server = serve_lens_site()
    try:
        # When the tool reads the page from its address
        status = main(["--results-page", site.url("/search?vsrid=1&udm=44")])
    finally:
        server.shutdown()

    # Then relative thumbnails resolve against that address
    chunk = json.loads(capsys.readouterr().out)
    assert status == 0
    assert chunk["data"][2]["thumbnail"] == site.url("/thumbs/zalando.png")
