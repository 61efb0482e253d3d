"""The ``serpapi`` visual-search provider: SerpApi's Google Lens API (``engine=google_lens``).

SerpApi runs the Lens search and answers JSON. The photo's bytes go first to SerpApi's Image API
(``POST /image``, multipart ``image``: JPEG, PNG or WebP of at most 500 KB; a larger or other
photo is sent as a JPEG made small enough), whose ``image_id`` (valid for ten minutes) the search
names instead of a URL; so nothing of ours need be reachable from outside. With
``SERPAPI_IMAGE_MODE=url`` it is handed a short-lived presigned GET URL of the uploaded object
instead, and SerpApi fetches the photo itself. The key is ``SERPAPI_API_KEY``: the
key itself locally, an ``ssm:`` or ``secretsmanager:`` reference in AWS
(``chalicelib.providers.secrets``, cached for a few minutes).

How answers end (SerpApi's documented status codes), and whether a later try can help:

- 200 with ``visual_matches``: the matches, converted by ``from_serpapi_answer`` together with
  the answer's ``knowledge_graph`` card and ``related_content`` searches (no extra cost); Lens's
  exact matches need a second search (``type=exact_matches``, paid like the first), made only
  with ``SERPAPI_EXACT_MATCHES``, and a failure of that one costs only the exact matches;
- 200 "hasn't returned any results": ``no-matches`` (a finding);
- 200 with another ``error``: ``serpapi-error``;
- 401 or 403 (a refused key, a plan without the API): ``serpapi-auth``;
- 429 "run out of searches": ``serpapi-quota``, not retryable (the plan must renew first);
- 429 otherwise (the hourly throughput limit): ``serpapi-rate-limit``, retryable;
- 500, 502, 503, 504 and lost connections: retried here with exponential back-off, then
  ``serpapi-error`` or ``serpapi-unreachable``, retryable;
- no answer within ``SERPAPI_TIMEOUT_SECONDS``: ``serpapi-timeout``, retryable (not repeated
  here: SerpApi may still be running the search, and each search is paid for).

The key travels in the query string (SerpApi's only way), so errors about a request never
repeat the request's URL.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import requests
from aws_lambda_powertools import Logger
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from chalicelib.config import Settings
from chalicelib.errors import ImageRejected
from chalicelib.images.decoding import thumbnail
from chalicelib.observability import SERVICE
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.providers.lens.matches import from_serpapi_answer
from chalicelib.providers.secrets import provider_key
from chalicelib.wire import LensMatch

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

DEFAULT_BASE_URL = "https://serpapi.com"
SEARCH_PATH = "/search.json"
IMAGE_PATH = "/image"
RETRIED_STATUSES = (500, 502, 503, 504)
# SerpApi's Image API: these types, at most this large (its documented limits).
MAX_IMAGE_BYTES = 500 * 1024
_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
# Longest sides tried, in turn, for a photo sent as JPEG.
_JPEG_SIDES = (2048, 1600, 1280, 1024, 800, 640, 480)
# What SerpApi's error says when a search found nothing, and when the plan has no searches
# left (a 429 that waiting does not cure); the SerpApi eBay search reads them too.
NO_RESULTS = "hasn't returned any results"
OUT_OF_SEARCHES = "run out of searches"


class SerpApiLens:
    """Visual search through SerpApi's Google Lens API (see the module docstring)."""

    def __init__(self, api_key: str, base_url: str = DEFAULT_BASE_URL, timeout_s: float = 30.0,
                 country: str = "", language: str = "", max_retries: int = 2,
                 backoff_s: float = 0.5, session: requests.Session | None = None,
                 exact_matches: bool = False, products: bool = False,
                 image_mode: str = "upload") -> None:
        self._api_key = api_key
        self._image_mode = image_mode
        self._image_url = base_url.rstrip("/") + IMAGE_PATH
        self._exact_matches = exact_matches
        self._products = products
        self._url = base_url.rstrip("/") + SEARCH_PATH
        self._timeout_s = timeout_s
        self._locale = {name: value for name, value in (("country", country),
                                                        ("hl", language)) if value}
        self._session = session or retrying_session(max_retries, backoff_s)

    @classmethod
    def from_settings(cls, settings: Settings) -> SerpApiLens:
        return cls(settings.serpapi_api_key, settings.serpapi_base_url, settings.serpapi_timeout_s,
                   settings.serpapi_country, settings.serpapi_language,
                   exact_matches=settings.serpapi_exact_matches,
                   products=settings.serpapi_products,
                   image_mode=settings.serpapi_image_mode)

    def search(self, image: StagedImage) -> list[LensMatch]:
        api_key = provider_key(self._api_key, "SERPAPI_API_KEY")
        params = {"engine": "google_lens", **self._photo(image, api_key), **self._locale,
                  "api_key": api_key}
        if image.hint:
            # SerpApi's Google Lens API refines the visual search by this text (``q``).
            params["q"] = image.hint
        document = self._read(self._get(params))
        exact = self._optional(params, "exact_matches") if self._exact_matches else None
        if self._products:
            products = self._optional(params, "products") or {}
            # Lens's products are visual matches with prices; a link already found stays once.
            document = {**document, "visual_matches": [*(document.get("visual_matches") or []),
                                                       *(products.get("visual_matches") or [])]}
        matches = from_serpapi_answer(document, exact)
        logger.info("serpapi search %s: %d entries, %d of them matches",
                    (document.get("search_metadata") or {}).get("id"), len(matches),
                    sum(m.is_listing for m in matches))
        if not any(m.is_listing for m in matches):
            raise NoMatches("Google Lens found no visual matches for this image.")
        return matches

    def _photo(self, image: StagedImage, api_key: str) -> dict[str, str]:
        """How the search names the photo: the ``image_id`` of its uploaded bytes, or its URL."""
        if self._image_mode == "url":
            image_url = image.presigned_url()
            if not image_url:
                raise ProviderError("SerpApi needs a URL of the image, and none was given.",
                                    code="image-url-missing")
            return {"url": image_url}
        data, mime_type = serpapi_image(image)
        suffix = mime_type.split("/")[-1]
        response = self._sent("take the image", lambda: self._session.post(
            self._image_url, data={"api_key": api_key},
            files={"image": (f"photo.{suffix}", data, mime_type)}, timeout=self._timeout_s))
        image_id = self._read(response).get("image_id")
        if not image_id:
            raise ProviderError("SerpApi took the image but gave no image_id.",
                                code="serpapi-error", retryable=True)
        return {"image_id": str(image_id)}

    def _optional(self, params: dict[str, str], kind: str) -> dict[str, Any] | None:
        """The ``type=<kind>`` answer, or None if it failed (the visual matches stand)."""
        try:
            return self._read(self._get({**params, "type": kind}))
        except ProviderError as exc:  # NoMatches included
            logger.info("serpapi %s not read: %s", kind, exc)
            return None

    def _get(self, params: dict[str, str]) -> requests.Response:
        return self._sent("answer", lambda: self._session.get(
            self._url, params=params, timeout=self._timeout_s))

    def _sent(self, what: str, send: Callable[[], requests.Response]) -> requests.Response:
        """``send()``, its transport failures as this provider's errors. Exceptions of requests
        quote the URL, key included: they are not chained (from None)."""
        try:
            return send()
        except requests.Timeout:
            raise ProviderError(f"SerpApi did not {what} within {self._timeout_s:g} s.",
                                code="serpapi-timeout", retryable=True) from None
        except requests.RequestException as exc:
            raise ProviderError(f"SerpApi could not be reached ({type(exc).__name__}).",
                                code="serpapi-unreachable", retryable=True) from None

    def _read(self, response: requests.Response) -> dict[str, Any]:
        document = _json(response)
        error = str(document.get("error") or "")
        status = response.status_code
        if status == 200 and not error:
            return document
        if status == 200 and NO_RESULTS in error.lower():
            raise NoMatches("Google Lens found no visual matches for this image.")
        if status in (401, 403):
            raise ProviderError(f"SerpApi refused the key: {error or status}",
                                code="serpapi-auth")
        if status == 429 and OUT_OF_SEARCHES in error.lower():
            raise ProviderError(f"SerpApi's plan has no searches left: {error}",
                                code="serpapi-quota")
        if status == 429:
            raise ProviderError(f"SerpApi limits the rate of searches: {error or status}",
                                code="serpapi-rate-limit", retryable=True)
        raise ProviderError(f"SerpApi answered {status}: {error or response.reason}",
                            code="serpapi-error", retryable=status >= 500)


def serpapi_image(image: StagedImage) -> tuple[bytes, str]:
    """The photo as SerpApi's Image API takes it: JPEG, PNG or WebP of at most
    ``MAX_IMAGE_BYTES``; anything else, or larger, as a JPEG scaled down until it fits."""
    data = image.load()
    if image.mime_type in _IMAGE_TYPES and len(data) <= MAX_IMAGE_BYTES:
        return data, image.mime_type
    for side in _JPEG_SIDES:
        buffer = io.BytesIO()
        try:
            thumbnail(data, side).convert("RGB").save(buffer, format="JPEG", quality=85)
        except (OSError, ValueError, ImageRejected) as exc:
            raise ProviderError("The image cannot be converted for upload.",
                                code="unsupported-image") from exc
        if buffer.tell() <= MAX_IMAGE_BYTES:
            return buffer.getvalue(), "image/jpeg"
    raise ProviderError("The image cannot be made small enough for SerpApi.",
                        code="unsupported-image")


def retrying_session(max_retries: int, backoff_s: float) -> requests.Session:
    """A session that retries lost connections and server errors with exponential back-off
    (honouring ``Retry-After``); a request that was sent and timed out is not repeated."""
    retry = Retry(
        total=max_retries, connect=max_retries, read=False, status=max_retries,
        backoff_factor=backoff_s, status_forcelist=RETRIED_STATUSES,
        allowed_methods=frozenset({"GET"}), raise_on_status=False,
        respect_retry_after_header=True,
    )
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        document = response.json()
    except ValueError as exc:
        raise ProviderError(f"SerpApi answered {response.status_code} without JSON.",
                            code="serpapi-error", retryable=response.status_code >= 500) from exc
    if not isinstance(document, dict):
        raise ProviderError("SerpApi answered JSON that is not an object.", code="serpapi-error")
    return document
