"""``python -m tools.lens IMAGE``: one search with the configured provider, for operators."""

from __future__ import annotations

import json

import pytest

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
