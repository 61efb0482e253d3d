"""A local server that answers like eBay's Browse API and SerpApi's eBay engine (tests only),
replaying real saved marketplace answers.

The answers come from ``samples/evaluation/pricing`` (each saved from a public repository, its
provenance in ``labels.json`` and the folder's README): a query gets the saved answer of the item
whose model's words it contains, read by the project's own readers and sent back in the shape
the endpoint answers with (a saved Browse answer is replayed as it is, page by page); a query no
saved answer covers gets the endpoint's empty answer.

- ``POST /identity/v1/oauth2/token`` (basic auth ``CLIENT_ID:CLIENT_SECRET``, form
  ``grant_type=client_credentials``): ``{"access_token", "expires_in", "token_type"}``; other
  credentials: 401 ``invalid_client``.
- ``GET /buy/browse/v1/item_summary/search?q=&limit=&offset=`` with ``Authorization: Bearer
  <token>``: ``{"href", "total", "limit", "offset", "itemSummaries", "next"?}``; an unknown or
  expired token: 401 (eBay's ``errors`` list).
- ``GET /search.json?engine=ebay&_nkw=&api_key=``: SerpApi's ``search_metadata``,
  ``search_parameters`` and ``organic_results`` (title, link, condition, ``price {raw,
  extracted}``); no results: 200 with "eBay hasn't returned any results for this query.";
  a wrong key: 401.

``then_answer`` queues answers that come first (server errors, rate limits); ``expire_tokens``
makes the issued tokens stale. Every request is kept.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from chalicelib.providers.pricing.listings import Listing, load_document, read_text
from chalicelib.providers.pricing.relevance import model_tokens, tokens
from devstack.fakes.local_server import start_local_server

CLIENT_ID = "ebay-test-client"
CLIENT_SECRET = "ebay-test-secret"
SERPAPI_KEY = "serpapi-test-key"
SAVED_DIR = Path(__file__).resolve().parents[2] / "samples" / "evaluation" / "pricing"


@dataclass
class Saved:
    """One saved answer: the item's model words, its listings, and the document if Browse."""

    item: str
    words: frozenset[str]
    listings: list[Listing]
    browse: dict[str, Any] | None = None


def load_saved(directory: Path = SAVED_DIR) -> list[Saved]:
    """The saved answers of the pricing set, read by the project's readers."""
    labels = directory / "labels.json"
    if not labels.is_file():
        return []
    saved = []
    for answer in json.loads(labels.read_text("utf-8")).get("answers", []):
        text = (directory / answer["file"]).read_text("utf-8", errors="replace")
        kind, listings = read_text(text, answer.get("currency") or "USD")
        browse = load_document(text) if kind == "ebay-browse" else None
        words = frozenset(model_tokens(answer.get("model") or "", answer.get("producer")))
        saved.append(Saved(answer.get("item") or "", words, listings, browse))
    return saved


@dataclass
class Answer:
    status: int
    body: dict[str, Any]


@dataclass
class FakeMarketplace:
    """The fake APIs, their saved answers and what they received."""

    saved: list[Saved] = field(default_factory=load_saved)
    base_url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    tokens_issued: list[str] = field(default_factory=list)
    queued: deque[Answer] = field(default_factory=deque)

    def then_answer(self, status: int, body: dict[str, Any]) -> None:
        self.queued.append(Answer(status, body))

    def expire_tokens(self) -> None:
        self.tokens_issued.clear()

    def find(self, query: str) -> Saved | None:
        words = set(tokens(query))
        return next((s for s in self.saved if s.words and s.words <= words), None)

    def token(self, authorization: str, form: dict[str, str]) -> Answer:
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if authorization != f"Basic {expected}" or form.get("grant_type") != "client_credentials":
            return Answer(401, {"error": "invalid_client",
                                "error_description": "client authentication failed"})
        token = f"v^1.1#i^1#{secrets.token_hex(16)}"
        self.tokens_issued.append(token)
        return Answer(200, {"access_token": token, "expires_in": 7200,
                            "token_type": "Application Access Token"})

    def browse(self, authorization: str, params: dict[str, str]) -> Answer:
        if authorization.removeprefix("Bearer ") not in self.tokens_issued:
            return Answer(401, {"errors": [{"errorId": 1001, "domain": "OAuth",
                                            "category": "REQUEST",
                                            "message": "Invalid access token",
                                            "longMessage": "Invalid access token. Check the "
                                                           "value of the Authorization HTTP "
                                                           "request header."}]})
        limit, offset = int(params.get("limit", 50)), int(params.get("offset", 0))
        saved = self.find(params.get("q", ""))
        href = f"{self.base_url}/buy/browse/v1/item_summary/search?q={params.get('q', '')}"
        if saved is None:
            return Answer(200, {"href": href, "total": 0, "limit": limit, "offset": offset})
        items = (saved.browse or {}).get("itemSummaries") or [_summary(i, x) for i, x in
                                                              enumerate(saved.listings)]
        page = items[offset:offset + limit]
        body: dict[str, Any] = {"href": href, "total": len(items), "limit": limit,
                                "offset": offset, "itemSummaries": page}
        if offset + limit < len(items):
            body["next"] = f"{href}&limit={limit}&offset={offset + limit}"
        return Answer(200, body)

    def serpapi(self, params: dict[str, str]) -> Answer:
        if params.get("api_key") != SERPAPI_KEY:
            return Answer(401, {"error": "Invalid API key. Your API key should be here: "
                                         "https://serpapi.com/manage-api-key"})
        document = {"search_metadata": {"id": f"ebay-{len(self.requests)}", "status": "Success"},
                    "search_parameters": {k: v for k, v in params.items() if k != "api_key"}}
        saved = self.find(params.get("_nkw", ""))
        if saved is None or not saved.listings:
            return Answer(200, {**document,
                                "error": "eBay hasn't returned any results for this query."})
        return Answer(200, {**document, "organic_results": [
            _organic(i, x) for i, x in enumerate(saved.listings)]})


def _summary(index: int, listing: Listing) -> dict[str, Any]:
    """A real listing in the Browse API's ``itemSummaries`` shape."""
    return {"itemId": f"v1|{index}|0", "title": listing.title,
            "price": {"value": f"{listing.price or 0:.2f}", "currency": listing.currency or "USD"},
            "itemWebUrl": listing.link, "condition": listing.condition or "Used",
            "buyingOptions": ["FIXED_PRICE"]}


def _organic(index: int, listing: Listing) -> dict[str, Any]:
    """A real listing in SerpApi's eBay ``organic_results`` shape."""
    row: dict[str, Any] = {"position": index + 1, "title": listing.title, "link": listing.link,
                           "condition": listing.condition or "Pre-Owned"}
    if listing.price:
        mark = {"USD": "$", "GBP": "£", "EUR": "EUR "}.get(listing.currency or "", "")
        row["price"] = {"raw": f"{mark}{listing.price:,.2f}", "extracted": listing.price}
    return row


def serve_marketplace(saved: list[Saved] | None = None
                      ) -> tuple[FakeMarketplace, ThreadingHTTPServer]:
    """Start the fake on a free port of 127.0.0.1; stop it with ``server.shutdown()``."""
    fake = FakeMarketplace() if saved is None else FakeMarketplace(saved=saved)
    server, fake.base_url = start_local_server(_handler(fake), "fake-marketplace")
    return fake, server


def _handler(fake: FakeMarketplace) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            params = {name: values[0] for name, values in parse_qs(url.query).items()}
            fake.requests.append({"method": "GET", "path": url.path, "params": params,
                                  "headers": dict(self.headers)})
            if fake.queued:
                self._send(fake.queued.popleft())
            elif url.path == "/buy/browse/v1/item_summary/search":
                self._send(fake.browse(self.headers.get("Authorization", ""), params))
            elif url.path in ("/search", "/search.json") and params.get("engine") == "ebay":
                self._send(fake.serpapi(params))
            else:
                self._send(Answer(404, {"error": "Page not found."}))

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            length = int(self.headers.get("content-length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            fake.requests.append({"method": "POST", "path": url.path, "params": form,
                                  "headers": dict(self.headers)})
            if fake.queued:
                self._send(fake.queued.popleft())
            elif url.path == "/identity/v1/oauth2/token":
                self._send(fake.token(self.headers.get("Authorization", ""), form))
            else:
                self._send(Answer(404, {"error": "Page not found."}))

        def _send(self, answer: Answer) -> None:
            body = json.dumps(answer.body).encode()
            try:
                self.send_response(answer.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler
