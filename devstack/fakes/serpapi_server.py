"""A local server that answers like SerpApi's Google Lens API (tests only).

``GET /search.json?engine=google_lens&url=...&api_key=...`` answers as SerpApi documents it:

- ``VALID_KEY``: 200 with ``search_metadata``, ``search_parameters``, ``visual_matches`` (shaped
  like SerpApi's examples: position, title, link, source, source_icon, thumbnail, image, price
  ``{value, extracted_value, currency}``, in_stock, ...; one marked ``exact_matches: true`` with
  its ``serpapi_exact_matches_link``, as SerpApi marks the photo's exact match),
  ``knowledge_graph`` (a list of entities: title, subtitle, link, thumbnail, images) and
  ``related_content`` (query, link, thumbnail, serpapi_link); with ``type=exact_matches``,
  ``exact_matches`` instead (position, title, link, source, price, extracted_price, thumbnail,
  ...); with ``type=products``, the products Lens shows as ``visual_matches`` (each with ``price
  {value, extracted_value, currency}`` and ``in_stock``, as SerpApi's Products examples); an
  image URL containing ``nothing`` gets the 200 "hasn't returned any results" answer instead;
- ``POST /image`` (multipart ``image`` and ``api_key``, SerpApi's Image API): JPEG, PNG or WebP
  of at most 500 KB gets ``{"message": "Image uploaded successfully.", "image_id"}``; another
  type gets its "Invalid image format" error, a larger one a size error; a search may then name
  ``image_id`` instead of ``url`` (an unknown id: 400);
- ``SPENT_KEY``: 429 "Your account has run out of searches.";
- any other key: 401 "Invalid API key..."; a missing ``engine`` or ``url``: 400.

``then_answer`` queues answers that come first, whatever the request (server errors, the hourly
rate limit, a slow answer), to try retries and time-outs. Every request's parameters are kept.
"""

from __future__ import annotations

import json
import time
from collections import deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from devstack.fakes.local_server import start_local_server

VALID_KEY = "serpapi-test-key"
SPENT_KEY = "serpapi-spent-key"

VISUAL_MATCHES: list[dict[str, Any]] = [
    {
        "position": 1,
        "title": "Nordkap Trailrunner 2 Men's Trail Running Shoe",
        "link": "https://www.amazon.com/dp/B0TRAIL2",
        "source": "Amazon.com",
        "source_icon": "https://encrypted-tbn2.gstatic.com/favicon-tbn?q=tbn:amazon",
        "thumbnail": "https://encrypted-tbn1.gstatic.com/images?q=tbn:trail2-amazon",
        "thumbnail_width": 225,
        "thumbnail_height": 225,
        "image": "https://m.media-amazon.com/images/I/trail2.jpg",
        "image_width": 1500,
        "image_height": 1500,
        "price": {"value": "$129.99*", "extracted_value": 129.99, "currency": "$"},
        "in_stock": True,
        "rating": 4.6,
        "reviews": 312,
    },
    {
        "position": 2,
        "title": "Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu",
        "link": "https://www.ebay.de/itm/2741",
        "source": "eBay",
        "source_icon": "https://encrypted-tbn3.gstatic.com/favicon-tbn?q=tbn:ebay",
        "thumbnail": "https://encrypted-tbn0.gstatic.com/images?q=tbn:trail2-ebay",
        "price": {"value": "89,00 €", "extracted_value": 89, "currency": "€"},
        "condition": "Pre-owned",
        # the photo's exact match, as SerpApi marks one among the visual matches
        "exact_matches": True,
        "serpapi_exact_matches_link": "https://serpapi.com/search.json?engine=google_lens"
                                      "&type=exact_matches&url=https%3A%2F%2Fexample.com%2F",
    },
    {
        "position": 3,
        "title": "Nordkap Trailrunner 2 Trail Shoes",
        "link": "https://www.wildearth.com.au/products/nordkap-trailrunner-2",
        "source": "Wild Earth",
        "thumbnail": "https://encrypted-tbn2.gstatic.com/images?q=tbn:trail2-wildearth",
        "price": {"value": "A$189.00", "extracted_value": 189.0, "currency": "$"},
    },
    {
        "position": 4,
        "title": "Nordkap Trailrunner 2 review: a light shoe for long trails",
        "link": "https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/",
        "source": "Runner's World",
        "thumbnail": "https://encrypted-tbn1.gstatic.com/images?q=tbn:trail2-review",
    },
    {
        "position": 5,
        "title": "Trail running shoe on a rock",
        "thumbnail": "https://encrypted-tbn0.gstatic.com/images?q=tbn:no-link",
    },
]

KNOWLEDGE_GRAPH: list[dict[str, Any]] = [
    {
        "title": "Nordkap Trailrunner 2",
        "subtitle": "Trail running shoe",
        "link": "https://www.nordkap.example/trailrunner-2",
        "thumbnail": "https://serpapi.com/searches/lens-kg/images/trailrunner-2.jpeg",
        "images": [{"title": "Nordkap Trailrunner 2", "source": "nordkap.example",
                    "link": "https://www.nordkap.example/trailrunner-2",
                    "thumbnail": "https://serpapi.com/searches/lens-kg/images/tr2-side.jpeg"}],
    },
]
RELATED_CONTENT: list[dict[str, Any]] = [
    {
        "query": "Nordkap Trailrunner 2",
        "link": "https://www.google.com/search?hl=en&q=Nordkap+Trailrunner+2&kgmid=/g/11tr2"
                "&lns_surface=26&sa=X",
        "thumbnail": "https://serpapi.com/searches/lens-rc/images/tr2.jpeg",
        "serpapi_link": "https://serpapi.com/search.json?engine=google&hl=en"
                        "&q=Nordkap+Trailrunner+2&kgmid=%2Fg%2F11tr2",
    },
    {
        "query": "Trail running shoe",
        "link": "https://www.google.com/search?hl=en&q=Trail+running+shoe&lns_surface=26&sa=X",
        "thumbnail": "https://serpapi.com/searches/lens-rc/images/shoe.jpeg",
        "serpapi_link": "https://serpapi.com/search.json?engine=google&hl=en"
                        "&q=Trail+running+shoe",
    },
]
EXACT_MATCHES: list[dict[str, Any]] = [
    {
        "position": 1,
        "title": "Nordkap Trailrunner 2 – Nordkap",
        "link": "https://www.nordkap.example/trailrunner-2",
        "source": "nordkap.example",
        "source_icon": "https://encrypted-tbn1.gstatic.com/favicon-tbn?q=tbn:nordkap",
        "price": "$149.00",
        "extracted_price": 149.0,
        "thumbnail": "https://encrypted-tbn3.gstatic.com/images?q=tbn:tr2-own",
        "actual_image_width": 1200,
        "actual_image_height": 1200,
    },
    {
        "position": 2,
        "title": "Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu",
        "link": "https://www.ebay.de/itm/2741",
        "source": "eBay",
        "thumbnail": "https://encrypted-tbn0.gstatic.com/images?q=tbn:trail2-ebay",
    },
]

PRODUCTS: list[dict[str, Any]] = [
    {
        "position": 1,
        "title": "Nordkap Trailrunner 2 Men's Trail Running Shoes - Slate",
        "link": "https://www.rei.com/product/nordkap-trailrunner-2",
        "source": "REI",
        "source_icon": "https://encrypted-tbn0.gstatic.com/favicon-tbn?q=tbn:rei",
        "price": {"value": "$139.95*", "extracted_value": 139.95, "currency": "$"},
        "in_stock": True,
        "thumbnail": "https://encrypted-tbn2.gstatic.com/images?q=tbn:tr2-rei",
    },
    {
        "position": 2,
        "title": "Nordkap Trailrunner 2 Laufschuh Gr. 43 gebraucht",
        "link": "https://www.kleinanzeigen.de/s-anzeige/nordkap-trailrunner-2/2799",
        "source": "Kleinanzeigen",
        "price": {"value": "70 €", "extracted_value": 70.0, "currency": "€"},
        "thumbnail": "https://encrypted-tbn1.gstatic.com/images?q=tbn:tr2-ka",
    },
]


@dataclass
class Answer:
    """A queued answer: status, JSON body, headers, and how long to wait before it."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


@dataclass
class FakeSerpApi:
    """The fake API and what it received."""

    base_url: str = ""
    requests: list[dict[str, str]] = field(default_factory=list)
    queued: deque[Answer] = field(default_factory=deque)
    images: dict[str, bytes] = field(default_factory=dict)

    def upload(self, fields: dict[str, bytes]) -> Answer:
        """SerpApi's Image API: the image's id, or why it is refused."""
        key = fields.get("api_key", b"").decode()
        if key != VALID_KEY:
            return Answer(401, {"error": "Invalid API key. Your API key should be here: "
                                         "https://serpapi.com/manage-api-key"})
        data = fields.get("image", b"")
        if not data.startswith((b"\xff\xd8\xff", b"\x89PNG")) and data[8:12] != b"WEBP":
            return Answer(400, {"error": "Invalid image format. Supported format: jpg, jpeg, "
                                         "png, webp"})
        if len(data) > 500 * 1024:
            return Answer(400, {"error": "Image size exceeds the maximum of 500 KB."})
        image_id = f"img{len(self.images)}x{len(data)}"
        self.images[image_id] = data
        return Answer(200, {"message": "Image uploaded successfully.", "image_id": image_id})

    def then_answer(self, status: int, body: dict[str, Any], *, delay_s: float = 0.0,
                    headers: dict[str, str] | None = None) -> None:
        self.queued.append(Answer(status, body, headers or {}, delay_s))

    def answer(self, path: str, params: dict[str, str]) -> Answer:
        if self.queued:
            return self.queued.popleft()
        if path not in ("/search", "/search.json"):
            return Answer(404, {"error": "Page not found."})
        key = params.get("api_key", "")
        if key == SPENT_KEY:
            return Answer(429, {"error": "Your account has run out of searches."})
        if key != VALID_KEY:
            return Answer(401, {"error": "Invalid API key. Your API key should be here: "
                                         "https://serpapi.com/manage-api-key"})
        if not params.get("engine"):
            return Answer(400, {"error": "Missing query `engine` parameter."})
        if params.get("image_id"):
            if params["image_id"] not in self.images:
                return Answer(400, {"error": "Invalid `image_id` parameter."})
            params = {**params, "url": f"serpapi-image:{params['image_id']}"}
        if not params.get("url"):
            return Answer(400, {"error": "Missing query `url` parameter."})
        document = {
            "search_metadata": {"id": f"lens-{len(self.requests)}", "status": "Success",
                                "total_time_taken": 1.42},
            "search_parameters": {"engine": "google_lens", "url": params["url"]},
        }
        if "nothing" in params["url"]:
            return Answer(200, {**document, "error": "Google Lens hasn't returned any results "
                                                     "for this query."})
        if params.get("type") == "exact_matches":
            return Answer(200, {**document, "exact_matches": EXACT_MATCHES})
        if params.get("type") == "products":
            return Answer(200, {**document, "visual_matches": PRODUCTS})
        return Answer(200, {**document, "visual_matches": VISUAL_MATCHES,
                            "knowledge_graph": KNOWLEDGE_GRAPH,
                            "related_content": RELATED_CONTENT})


def serve_serpapi() -> tuple[FakeSerpApi, ThreadingHTTPServer]:
    """Start the fake on a free port of 127.0.0.1; stop it with ``server.shutdown()``."""
    fake = FakeSerpApi()
    server, fake.base_url = start_local_server(_handler(fake), "fake-serpapi")
    return fake, server


def _handler(fake: FakeSerpApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            message = BytesParser(policy=default).parsebytes(
                f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
                + body)
            fields = {part.get_param("name", header="content-disposition"):
                      part.get_payload(decode=True) or b""
                      for part in (message.iter_parts() if message.is_multipart() else [])}
            fake.requests.append({"POST": urlsplit(self.path).path,
                                  "image_bytes": str(len(fields.get("image", b"")))})
            answer = (fake.queued.popleft() if fake.queued else
                      fake.upload(fields) if urlsplit(self.path).path == "/image"
                      else Answer(404, {"error": "Page not found."}))
            self._reply(answer)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            params = {name: values[0] for name, values in parse_qs(url.query).items()}
            fake.requests.append(params)
            self._reply(fake.answer(url.path, params))

        def _reply(self, answer: Answer) -> None:
            time.sleep(answer.delay_s)
            body = json.dumps(answer.body).encode()
            try:
                self.send_response(answer.status)
                self.send_header("content-type", "application/json; charset=utf-8")
                self.send_header("content-length", str(len(body)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting, as a time-out should make it

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output quiet

    return Handler
