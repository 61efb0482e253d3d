"""Run the configured visual-search provider once: ``python -m tools.lens IMAGE``.

For operators trying a provider alone: the file is checked as the lens stage checks uploads, the
provider named by ``LENS_PROVIDER`` (or ``--provider``) searches for it with the settings of the
environment, and the ``lens-matches`` JSON is printed. The serpapi provider fetches the image
itself: give it a URL of the same image with ``--image-url`` (``aws s3 presign`` makes one).

Exit status: 0 with matches; 1 when the provider gave up, ``no-matches`` included (its error
JSON on standard error); 2 when the file or the provider's name is refused.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from chalicelib import observability
from chalicelib.config import Settings
from chalicelib.errors import LensGptError, error_body
from chalicelib.images.recognition import inspect_image
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.lens",
        description="Run the configured Lens provider once on IMAGE and print the lens-matches "
        "JSON.",
    )
    parser.add_argument("image", type=Path, metavar="IMAGE", help="a photo of an item")
    parser.add_argument("--provider", help="a lens provider (default: LENS_PROVIDER or catalog): "
                        + ", ".join(sorted(registry.LENS_PROVIDERS)))
    parser.add_argument("--image-url", default="",
                        help="a URL of the same image, for providers that fetch it (serpapi)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if args.provider:
        settings = settings.model_copy(update={"lens_provider": args.provider})
    try:
        data = args.image.read_bytes()
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


def _fail(exc: LensGptError, status: int) -> int:
    print(json.dumps(error_body(exc), ensure_ascii=False), file=sys.stderr)
    return status


if __name__ == "__main__":
    observability.log_to(sys.stderr)  # stdout is for the JSON output
    sys.exit(main())
