"""Run the configured visual-search provider once: ``python -m tools.lens IMAGE``.

For operators trying a provider alone: the file is checked as the lens stage checks uploads, the
provider named by ``LENS_PROVIDER`` (or ``--provider``) searches for it with the settings of the
environment, and the ``lens-matches`` JSON is printed. The serpapi provider uploads the image's
bytes; where it needs a URL instead, give one of the same image with ``--image-url``.

Exit status: 0 with matches; 1 when the provider gave up, ``no-matches`` included (its error
JSON on standard error); 2 when the file or the provider's name is refused.

``python -m tools.lens --results-page FILE_OR_URL`` checks the scraper against Google instead:
it runs the Lens providers' post-upload extraction on a results page saved from a real browser
(or fetched from a URL) and prints the chunk the lens stage would write, ``lens-matches`` or an
``error`` (``no-matches``, ``lens-blocked``, ``lens-unreadable``), as JSON; exit status 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import requests

from chalicelib import observability
from chalicelib.config import Settings
from chalicelib.errors import LensGptError, error_body
from chalicelib.images.recognition import inspect_image
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.lens_page import read_results
from chalicelib.wire import ChunkKind, StageError

# Where a saved page is taken to come from, unless ``--page-url`` says otherwise.
DEFAULT_PAGE_URL = "https://www.google.com/search"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.lens",
        description="Run the configured Lens provider once on IMAGE and print the lens-matches "
        "JSON.",
    )
    parser.add_argument("image", type=Path, metavar="IMAGE", nargs="?", help="a photo of an item")
    parser.add_argument("--results-page", metavar="FILE_OR_URL",
                        help="read a saved Lens results page instead and print its chunk")
    parser.add_argument("--page-url", default=DEFAULT_PAGE_URL,
                        help="the address a saved page came from (resolves its relative links)")
    parser.add_argument("--provider", help="a lens provider (default: LENS_PROVIDER or catalog): "
                        + ", ".join(sorted(registry.LENS_PROVIDERS)))
    parser.add_argument("--image-url", default="",
                        help="a URL of the same image, for providers that fetch it (serpapi)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    args = parser.parse_args(argv)
    if (args.image is None) == (args.results_page is None):
        parser.error("give either IMAGE or --results-page FILE_OR_URL")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.results_page:
        return _results_page(args.results_page, args.page_url)
    settings = Settings.from_env()
    if args.provider:
        settings = settings.model_copy(update={"lens_provider": args.provider})
    try:
        data = Path(args.image).read_bytes()
        info = inspect_image(data, settings.max_image_bytes, settings.max_image_pixels)
        provider = registry.lens_provider(settings)
    except OSError as exc:
        return _fail(LensGptError(f"{args.image} cannot be read: {exc.strerror}",
                                  code="unreadable-file"), 2)
    except LensGptError as exc:
        return _fail(exc, 2)
    image = StagedImage(sha256=info.sha256, mime_type=info.mime_type, load=lambda: data,
                        presigned_url=lambda: args.image_url)
    started = time.monotonic()
    try:
        matches = provider.search(image)
    except ProviderError as exc:
        return _fail(exc, 1)
    print(json.dumps([match.model_dump() for match in matches], ensure_ascii=False, indent=2))
    print(f"{len(matches)} matches from {settings.lens_provider} in "
          f"{time.monotonic() - started:.2f} s", file=sys.stderr)
    return 0


def _results_page(source: str, page_url: str) -> int:
    """Print the chunk the extraction makes of a saved (or fetched) results page."""
    try:
        html, page_url = _read_page(source, page_url)
    except (OSError, requests.RequestException) as exc:
        return _fail(LensGptError(f"{source} cannot be read: {exc}", code="unreadable-file"), 2)
    try:
        matches = read_results(html, page_url).outcome()
    except ProviderError as exc:
        error = StageError(stage="lens", code=exc.code, message=exc.message)
        kind, data = ChunkKind.ERROR, error.model_dump()
    else:
        kind, data = ChunkKind.LENS_MATCHES, [match.model_dump() for match in matches]
    chunk = {"stage": "lens", "data_description": kind.value, "data_type": kind.data_type,
             "data": data}
    print(json.dumps(chunk, ensure_ascii=False, indent=2))
    return 0


def _read_page(source: str, page_url: str) -> tuple[str, str]:
    if source.startswith(("http://", "https://")):
        response = requests.get(source, timeout=30)
        response.raise_for_status()
        return response.text, response.url
    return Path(source).read_text(encoding="utf-8", errors="replace"), page_url


def _fail(exc: LensGptError, status: int) -> int:
    print(json.dumps(error_body(exc), ensure_ascii=False), file=sys.stderr)
    return status


if __name__ == "__main__":
    observability.log_to(sys.stderr)  # stdout is for the JSON output
    sys.exit(main())
