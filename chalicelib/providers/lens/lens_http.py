"""The ``lens-http`` visual-search provider: Google Lens over plain HTTPS, without a browser.

The photo is posted to Lens's upload address (``LENS_UPLOAD_URL``, today
``https://lens.google.com/v3/upload``) as the multipart field ``encoded_image``, with Google's
consent cookie (``SOCS``) preset and an ordinary browser's user agent. Lens answers with a
redirect to the results (the "All" tab, ``udm=26``); the provider then reads the visual-matches
tab (``udm=44``) of the same search and applies the card rules of ``lens_page`` to its HTML.

It costs one upload and one page, no browser: much faster and cheaper than ``google-lens``. What
it cannot do is run the page's scripts: a page that shows neither matches nor says none were
found ends as ``lens-unreadable`` (retryable), and ``LENS_PROVIDER=auto`` moves on to the browser.

How answers end: matches; ``no-matches`` (the page says so); ``lens-blocked`` (``/sorry/``, a
captcha, HTTP 429, a consent wall); ``lens-timeout`` (no answer within ``LENS_TIMEOUT_SECONDS``);
``lens-unreachable`` (no connection); ``lens-http-error`` (another status).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from aws_lambda_powertools import Logger

from chalicelib.config import Settings
from chalicelib.observability import SERVICE
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.lens_page import (
    SOCS_COOKIE,
    SOCS_REJECTED,
    LensBlocked,
    LensTimeout,
    ResultsPage,
    consent_cookie,
    read_results,
)
from chalicelib.providers.lens.upload import upload_form
from chalicelib.wire import LensMatch

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

# An ordinary desktop Chrome, as Lens expects its visitors (requests' own agent is refused).
DESKTOP_USER_AGENT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                      "(KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36")
VISUAL_MATCHES_TAB = "44"


class LensHttp:
    """Visual search by uploading to Lens over HTTPS (see the module docstring)."""

    def __init__(self, upload_url: str, timeout_s: float = 20.0,
                 consent_cookie: str = SOCS_REJECTED, user_agent: str = "", proxy: str = "",
                 language: str = "en", session: requests.Session | None = None) -> None:
        self._upload_url = upload_url
        self._timeout_s = timeout_s
        self._session = session or requests.Session()
        self._session.headers.update({
            "user-agent": user_agent or DESKTOP_USER_AGENT,
            "accept-language": f"{language},en;q=0.8",
            "accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        })
        if proxy:
            self._session.proxies.update({"http": proxy, "https": proxy})
        self._cookie = consent_cookie

    @classmethod
    def from_settings(cls, settings: Settings) -> LensHttp:
        return cls(settings.lens_upload_url, settings.lens_timeout_s,
                   consent_cookie(settings.lens_consent_cookie), settings.lens_user_agent,
                   settings.lens_proxy)

    def search(self, image: StagedImage) -> list[LensMatch]:
        data, suffix, mime_type = upload_form(image)
        cookies = {SOCS_COOKIE: self._cookie} if self._cookie else {}
        landed = self._request("POST", self._upload_url, cookies=cookies,
                               files={"encoded_image": (f"photo{suffix}", data, mime_type)})
        page = self._read(landed)
        visual_tab = visual_matches_url(landed.url)
        if not (page.blocked or page.consent_wall) and visual_tab != landed.url:
            page = self._read(self._request("GET", visual_tab, cookies=cookies))
        matches = page.outcome()
        logger.info("lens-http search: %d visual matches", len(matches))
        return matches

    def _request(self, method: str, url: str, **options: object) -> requests.Response:
        try:
            return self._session.request(method, url, timeout=self._timeout_s,
                                         allow_redirects=True, **options)  # type: ignore[arg-type]
        except requests.Timeout as exc:
            raise LensTimeout(f"Google Lens did not answer within {self._timeout_s:g} s.") from exc
        except requests.RequestException as exc:
            raise ProviderError(f"Google Lens could not be reached ({type(exc).__name__}).",
                                code="lens-unreachable", retryable=True) from exc

    def _read(self, response: requests.Response) -> ResultsPage:
        if response.status_code == 429:
            raise LensBlocked("Google refused the search (HTTP 429, unusual traffic).")
        page = read_results(response.text, response.url)
        if not page.blocked and response.status_code >= 400:
            raise ProviderError(f"Google Lens answered {response.status_code}.",
                                code="lens-http-error", retryable=response.status_code >= 500)
        return page


def visual_matches_url(url: str) -> str:
    """The visual-matches tab (``udm=44``) of the search a results address belongs to."""
    parts = urlsplit(url)
    if not parts.path.endswith("/search"):
        return url
    query = [(name, value) for name, value in parse_qsl(parts.query) if name != "udm"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("udm", VISUAL_MATCHES_TAB)])))
