"""A local page that behaves like the Google Lens upload flow (tests and benchmarks only).

``/lens?variant=<v>&lang=<en|de|fr>&visitor=<id>`` shows, like Google:

- a consent wall in the visitor's language until the visitor answers it (a cookie per visitor,
  so each test meets the wall afresh in a shared browser);
- an upload dialog with a file input (``variant=opener``: the dialog opens only from a "Search by
  image" button);
- after an upload (POSTed to ``/upload`` and recorded in ``uploads``), results rendered by script
  after a delay, in two bursts: result cards as links to shops with titles, thumbnails, site
  icons and prices written in several formats and languages, between links that are no results
  (Google's own, the page's own, links without an image or without a title).

Other variants: ``empty`` (a "no matches" message), ``slow`` (results never come), ``blocked``
(after the upload, Google's ``/sorry/`` page), ``blocked-de`` (at once, a German "unusual
traffic" page elsewhere than ``/sorry/``), ``consent-loop`` (the wall comes back whatever the
answer).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from PIL import Image

from chalicelib.providers.lens.browser import BrowserConfig
from devstack.fakes.local_server import start_local_server

RESULTS_DELAY_MS = 700
BURST_GAP_MS = 250

CONSENT_TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Before you continue to Google", "reject": "Reject all",
           "accept": "Accept all", "more": "More options"},
    "de": {"title": "Bevor Sie zu Google weitergehen", "reject": "Alle ablehnen",
           "accept": "Alle akzeptieren", "more": "Weitere Optionen"},
    "fr": {"title": "Avant d'accéder à Google", "reject": "Tout refuser",
           "accept": "Tout accepter", "more": "Plus d'options"},
}  # fmt: skip

# The cards of the results, in page order, as two bursts.
FIRST_BURST = """
<div class="g1"><a class="k2" href="https://www.ebay.de/itm/2741">
  <div><img src="/thumbs/ebay.png" width="160" height="160" alt=""></div>
  <div><img src="/icons/ebay.png" width="16" height="16" alt=""><span>eBay</span></div>
  <div>Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu</div>
  <div>89,00 €</div>
</a></div>
<div class="g1"><a class="k2" href="https://www.amazon.com/dp/B0TRAIL2">
  <div><img src="/thumbs/amazon.png" width="160" height="140" alt=""></div>
  <div>Nordkap Trailrunner 2 Men's Trail Running Shoe</div>
  <div><img src="/icons/amazon.png" width="16" height="16" alt="">Amazon.com</div>
  <div>$129.99</div><div>In stock</div>
</a></div>
<div class="g1">
  <a href="https://www.google.com/url?q=https://www.zalando.ch/nordkap-trailrunner-2.html&amp;sa=U">
    <img src="/thumbs/zalando.png" width="150" height="150" alt=""></a>
  <a href="https://www.zalando.ch/nordkap-trailrunner-2.html">
    <span>Zalando</span> · <span>CHF 119.90</span>
    <div>Nordkap Trailrunner 2 – Trailrunning-Schuh</div></a>
</div>
<div class="chips">
  <a href="https://www.google.com/search?q=nordkap+trailrunner+2">
    <img src="/thumbs/chip.png" width="48" height="48" alt=""><span>Nordkap Trailrunner 2</span></a>
</div>
"""
SECOND_BURST = """
<div class="g1"><a href="https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/">
  <img src="/thumbs/review.png" width="160" height="120" alt="">
  <div>Nordkap Trailrunner 2 review: a light shoe for long trails</div>
</a></div>
<div class="g1"><a href="https://www.vinted.fr/items/998-nordkap"
   aria-label="Chaussures Nordkap Trailrunner 2 pointure 42">
  <img src="data:image/png;base64,{inline_png}" width="150" height="150" alt="">
  <div>45,00 €</div>
</a></div>
<div class="g1"><a href="https://www.sportsshoes.com/product/nor123/nordkap-trailrunner-2">
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/thumbs/sportsshoes.png"
       width="150" height="150" alt="">
  <div>SportsShoes.com</div><div>Nordkap Trailrunner 2 Trail Shoes - Blue</div>
  <div>£54.99</div>
</a></div>
<div class="g1"><a href="https://item.rakuten.co.jp/runshop/nordkap-tr2/">
  <img src="/thumbs/rakuten.png" width="160" height="160" alt="">
  <div>楽天市場</div><div>ノルドカップ トレイルランナー2 メンズ</div><div>¥12,800</div>
</a></div>
<div class="g1"><a href="https://www.blocket.se/annons/stockholm/nordkap_trailrunner_2/1122">
  <img src="/thumbs/blocket.png" width="160" height="160" alt="">
  <div>Blocket</div><div>Nordkap Trailrunner 2 stl 42, använda 3 gånger</div>
  <div>1 499 kr</div>
</a></div>
<div class="more">
  <a href="/lens/feedback"><img src="/icons/feedback.png" width="16" height="16" alt="">
    Send feedback</a>
  <a href="https://help.shoes.example.net/visual-search">Learn more about visual search</a>
  <a href="https://ads.example.net/click?id=1"><img src="/thumbs/banner.png" width="300"
     height="60" alt=""></a>
  <a href="https://lh3.googleusercontent.com/p/abc"><img src="/thumbs/photo.png" width="90"
     height="90" alt="Photo of a shoe"></a>
</div>
"""
EMPTY_RESULTS = """
<p>No matches for this image.</p>
<div class="chips"><a href="https://www.google.com/search?q=shoe">
  <img src="/thumbs/chip.png" width="48" height="48" alt=""><span>Try searching for shoe</span>
</a></div>
"""
SORRY_PAGE = """<!doctype html><html><body>
<form id="captcha-form" action="/sorry/index" method="post"><div>I'm not a robot</div></form>
<p>Our systems have detected unusual traffic from your computer network. This page checks to see
if it's really you sending the requests, and not a robot.</p></body></html>"""
BLOCKED_DE_PAGE = """<!doctype html><html><body><h1>Ungewöhnlicher Datenverkehr</h1>
<p>Unsere Systeme haben ungewöhnlichen Datenverkehr aus Ihrem Computernetzwerk festgestellt.</p>
</body></html>"""

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Google Lens</title>
<style>
  body {{ font-family: sans-serif; margin: 0; }}
  .overlay {{ position: fixed; inset: 0; background: rgba(0,0,0,.6); z-index: 10; }}
  .overlay .box {{ background: #fff; margin: 10% auto; width: 480px; padding: 24px; }}
  .lensbtn {{ display: inline-block; width: 24px; height: 24px; background: #4285f4; }}
  .g1 {{ display: inline-block; width: 200px; vertical-align: top; margin: 8px; }}
</style></head>
<body>
<header>
  <a href="https://www.google.com/"><img src="/icons/logo.png" width="92" height="30"
     alt="Google"></a>
  <div class="lensbtn" role="button" tabindex="0" aria-label="Search by image"
       onclick="openDialog()"></div>
</header>
<main id="main"><div id="status"></div><div id="results"></div></main>
<footer><a href="https://policies.google.com/privacy">Privacy</a>
  <a href="https://support.google.com/websearch?p=lens">Help</a></footer>
{consent}
<script>
const variant = {variant_json};
function answer(choice) {{
  document.cookie = "consent_{visitor}=" + choice + "; path=/";
  location.reload();
}}
function openDialog() {{
  if (document.getElementById("upload")) return;
  const dialog = document.createElement("div");
  dialog.setAttribute("role", "dialog");
  dialog.innerHTML = '<span>Drag an image here or</span> <label>upload a file' +
    '<input type="file" id="upload" accept="image/*" style="display:none"></label>';
  document.getElementById("main").prepend(dialog);
  document.getElementById("upload").addEventListener("change", upload);
}}
async function upload(event) {{
  const file = event.target.files[0];
  document.getElementById("status").textContent = "Searching…";
  const response = await fetch("/upload?variant=" + variant, {{method: "POST", body: file}});
  const answer = await response.json();
  if (answer.redirect) {{ location.href = answer.redirect; return; }}
  answer.bursts.forEach((html, i) => setTimeout(() => {{
    document.getElementById("status").textContent = "";
    document.getElementById("results").insertAdjacentHTML("beforeend", html);
  }}, answer.delay_ms + i * answer.gap_ms));
}}
if (variant !== "opener") openDialog();
</script>
</body></html>"""

CONSENT_WALL = """<div class="overlay" id="consent"><div class="box">
  <h1>{title}</h1><p>Cookies and data help us deliver our services.</p>
  <button type="button" onclick="answer('reject')"><span>{reject}</span></button>
  <button type="button" onclick="answer('accept')"><span>{accept}</span></button>
  <button type="button">{more}</button>
</div></div>"""


@dataclass
class FakeLensSite:
    """The fake Lens site and what it saw: uploaded files and consent answers per visitor."""

    base_url: str = ""
    uploads: list[bytes] = field(default_factory=list)
    consents: dict[str, str] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path

    def lens_url(self, variant: str = "ok", lang: str = "en", visitor: str | None = None) -> str:
        """The start page for a new visitor (who meets the consent wall) unless one is given."""
        query = {"variant": variant, "lang": lang, "visitor": visitor or uuid.uuid4().hex}
        return self.url("/lens?" + urlencode(query))


def serve_lens_site() -> tuple[FakeLensSite, ThreadingHTTPServer]:
    """Start the site on a free port of 127.0.0.1; stop it with ``server.shutdown()``."""
    site = FakeLensSite()
    server, site.base_url = start_local_server(_handler(site), "fake-lens")
    return site, server


def _handler(site: FakeLensSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(url.query).items()}
            if url.path == "/lens":
                self._send(200, "text/html; charset=utf-8", self._start_page(query).encode())
            elif url.path.startswith(("/thumbs/", "/icons/")):
                side = 160 if url.path.startswith("/thumbs/") else 16
                self._send(200, "image/png", _png(url.path, side))
            elif url.path == "/sorry/index":
                self._send(429, "text/html; charset=utf-8", SORRY_PAGE.encode())
            elif url.path == "/lens/blocked":
                self._send(200, "text/html; charset=utf-8", BLOCKED_DE_PAGE.encode())
            else:
                self._send(404, "text/plain", b"not found")

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            variant = parse_qs(url.query).get("variant", ["ok"])[0]
            length = int(self.headers.get("content-length") or 0)
            site.uploads.append(self.rfile.read(length))
            self._send(200, "application/json", json.dumps(_upload_answer(variant)).encode())

        def _start_page(self, query: dict[str, str]) -> str:
            variant, visitor = query.get("variant", "ok"), query.get("visitor", "anonymous")
            if variant == "blocked-de":
                return BLOCKED_DE_PAGE
            lang = query.get("lang", "en") if query.get("lang") in CONSENT_TEXTS else "en"
            cookies = SimpleCookie(self.headers.get("cookie") or "")
            answer = cookies.get(f"consent_{visitor}")
            if answer is not None:
                site.consents[visitor] = answer.value
            show_wall = answer is None or variant == "consent-loop"
            consent = CONSENT_WALL.format(**CONSENT_TEXTS[lang]) if show_wall else ""
            return PAGE.format(lang=lang, consent=consent, visitor=visitor,
                               variant_json=json.dumps(variant))

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            self.send_header("cache-control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output quiet

    return Handler


def _upload_answer(variant: str) -> dict[str, object]:
    answer: dict[str, object] = {"delay_ms": RESULTS_DELAY_MS, "gap_ms": BURST_GAP_MS}
    if variant == "blocked":
        return {**answer, "redirect": "/sorry/index?continue=/lens"}
    if variant == "empty":
        return {**answer, "bursts": [EMPTY_RESULTS]}
    if variant == "slow":
        return {**answer, "bursts": []}
    inline = _inline_png()
    return {**answer, "bursts": [FIRST_BURST, SECOND_BURST.replace("{inline_png}", inline)]}


def _png(name: str, side: int) -> bytes:
    colour = tuple(hashlib.sha256(name.encode()).digest()[:3])
    buffer = io.BytesIO()
    Image.new("RGB", (side, side), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _inline_png() -> str:
    return base64.b64encode(_png("inline", 8)).decode()


# Chromium may resolve no name but 127.0.0.1: the tests cannot reach the internet.
LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


def browser_config(**changes: object) -> BrowserConfig:
    """A browser for the fake site (tests, ``make bench-lens``): local-only, and quick to call a
    silent browser hung."""
    options: dict[str, object] = {"extra_flags": (LOCAL_ONLY,), "probe_timeout_s": 3.0}
    return BrowserConfig(**{**options, **changes})  # type: ignore[arg-type]
