"""One set of words for a file the service will not analyse: the service's, which the SDK (a
separate distribution, hence a copy) and the page say before anything is uploaded."""

from __future__ import annotations

import re

import pytest

from chalicelib.errors import ImageRejected
from chalicelib.images import sentences as service
from chalicelib.images.recognition import inspect_image
from chalicelib.surfaces.web import asset
from lens_gpt_client import InvalidImage, checked_image
from lens_gpt_client import sentences as sdk


def test_the_sdk_says_what_the_service_says() -> None:
    assert sdk.EMPTY_FILE == service.EMPTY_FILE
    assert sdk.NOT_AN_IMAGE == service.NOT_AN_IMAGE
    for size, limit in [(22_020_096, 20_971_520), (20_000_001, 20_000_000), (1, 0)]:
        assert sdk.too_large(size, limit) == service.too_large(size, limit)
    assert sdk.too_large(None, 5_000_000) == service.too_large(None, 5_000_000)


def test_the_page_says_what_the_service_says() -> None:
    script = asset("app.js")[0]

    def constant(name: str) -> str:
        found = re.search(rf'const {name} = "([^"]*)";', script)
        assert found, name
        return found.group(1)

    assert constant("EMPTY_FILE") == service.EMPTY_FILE
    assert constant("NOT_AN_IMAGE") == service.NOT_AN_IMAGE
    # (its too-large sentence is checked in the browser: tests/e2e/test_page.py)


def test_sizes_are_in_the_decimal_megabytes_they_are_labelled_with() -> None:
    assert service.megabytes(21 * 1024 * 1024) == "22.02 MB"
    assert service.megabytes(20 * 1024 * 1024) == "20.97 MB"
    assert service.megabytes(20_000_000) == "20 MB"


@pytest.mark.parametrize(("data", "words"), [
    (b"", service.EMPTY_FILE),
    (b"# lens-gpt\nA serverless service", service.NOT_AN_IMAGE),
])
def test_the_service_and_the_sdk_refuse_the_same_file_in_the_same_words(
    data: bytes, words: str,
) -> None:
    with pytest.raises(ImageRejected) as refused_by_service:
        inspect_image(data, max_bytes=20_000_000, max_pixels=50_000_000)
    with pytest.raises(InvalidImage) as refused_by_sdk:
        checked_image(data)

    assert refused_by_service.value.message == refused_by_sdk.value.message == words
    assert refused_by_sdk.value.code == refused_by_service.value.code
