"""A local site that behaves like Google Lens today (tests and benchmarks only), by hand.

``/lens?variant=<v>&lang=<en|de|fr>&visitor=<id>`` shows, like Google:

- a consent wall in the visitor's language until the visitor answers it (a cookie per visitor,
  so each test meets the wall afresh in a shared browser) or the browser brings Google's ``SOCS``
  consent cookie;
- an upload dialog with ``input[type=file][name=encoded_image]`` (``variant=opener``: the dialog
  opens only from a "Search by image" button);
- after an upload (POSTed to ``/upload`` and recorded in ``uploads``, with the client's user
  agent and ``navigator.webdriver`` in ``clients``), the "All" tab rendered by script after a
  delay, in two bursts: visual-match cards in today's layout (``VISUAL_CARD``: photo and price
  badge outside the link, the favicon inside; inline ``data:`` and lazy photos), between what is
  no visual match (links back to Google, "See exact matches", the Play Store, ordinary web
  results with breadcrumbs, video chapters, the page's own links, an ad without text), and the
  searches Google suggests (a chip and ``RELATED``, links to Google searches).

Without a browser, like ``lens.google.com/v3/upload``: ``POST /v3/upload`` (multipart
``encoded_image``) redirects to ``/search?vsrid=<id>&udm=26`` (the "All" tab, served whole);
``udm=44`` gives the visual-matches tab. Without a ``SOCS`` cookie the upload is sent to a
consent page instead.

Other variants: ``empty`` (today's "No matches for your search"), ``slow`` (results never come),
``blocked`` (after the upload, Google's ``/sorry/`` page with a captcha), ``blocked-de`` (at once,
a German "unusual traffic" page elsewhere than ``/sorry/``), ``consent-loop`` (the wall comes back
whatever the answer).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import uuid
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote_plus, urlencode, urlsplit

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

# Today's Lens layout (2026), written here by hand from how the real page is built: a visual
# card holds its photo and its price badge in sibling elements, outside the link; the link holds
# the site's ~14 px favicon, the site's name and the title. Some photos are inline ``data:``
# JPEGs (the first ones on the live page), some lazy (a placeholder until scrolled to).
VISUAL_CARD = """<div class="vc">
  <div class="vp">{photo}</div>{badge}
  <a href="{link}"{label}><div class="vs"><img src="/icons/{icon}.png" width="14" height="14"
     alt=""><span>{site}</span></div><div class="vt">{title}</div></a>
</div>"""
BADGE = '\n  <div class="vb"><span>{price}</span></div>'
PHOTO = '<img src="{src}" width="{side}" height="{side}" alt="">'
LAZY_PHOTO = ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{src}" '
              'width="150" height="150" alt="">')

# (link, photo, price badge, favicon, site name, title, aria-label): the visual matches.
VISUAL_MATCHES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("https://www.ebay.de/itm/2741", "inline:ebay", "89,00 €", "ebay", "eBay",
     "Nordkap Trailrunner 2 Laufschuh Gr. 42 – wie neu", ""),
    ("https://www.amazon.com/dp/B0TRAIL2", "inline:amazon", "$129.99", "amazon", "Amazon.com",
     "Nordkap Trailrunner 2 Men's Trail Running Shoe", ""),
    ("https://www.google.com/url?q=https://www.zalando.ch/nordkap-trailrunner-2.html&amp;sa=U",
     "/thumbs/zalando.png", "CHF 119.90", "zalando", "Zalando",
     "Nordkap Trailrunner 2 – Trailrunning-Schuh", ""),
    ("https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/",
     "/thumbs/review.png", "", "runnersworld", "Runner's World",
     "Nordkap Trailrunner 2 review: a light shoe for long trails", ""),
    ("https://www.vinted.fr/items/998-nordkap", "lazy:/thumbs/vinted.png", "45,00 €", "vinted",
     "", "", "Chaussures Nordkap Trailrunner 2 pointure 42"),
    ("https://www.sportsshoes.com/product/nor123/nordkap-trailrunner-2", "/thumbs/sportsshoes.png",
     "£54.99", "sportsshoes", "SportsShoes.com", "Nordkap Trailrunner 2 Trail Shoes - Blue", ""),
    ("https://item.rakuten.co.jp/runshop/nordkap-tr2/", "/thumbs/rakuten.png", "¥12,800",
     "rakuten", "楽天市場", "ノルドカップ トレイルランナー2 メンズ", ""),
    ("https://www.blocket.se/annons/stockholm/nordkap_trailrunner_2/1122", "/thumbs/blocket.png",
     "1 499 kr", "blocket", "Blocket", "Nordkap Trailrunner 2 stl 42, använda 3 gånger", ""),
)
FIRST_CARDS = 3  # the first burst shows this many cards, the second the rest

# Around the cards on the "All" tab: links back to Google, ordinary web results (one to the same
# address as a visual card, with a breadcrumb), a video with chapters, all with favicons only.
SEE_EXACT = """<div class="hdr"><span>Visual matches</span>
  <a href="https://www.google.com/search?q=nordkap&amp;udm=48">See exact matches
  <img src="/icons/arrow.png" width="20" height="20" alt=""></a></div>"""
CHIPS = """<div class="chips">
  <a href="https://www.google.com/search?q=nordkap+trailrunner+2">
    <img src="/thumbs/chip.png" width="48" height="48" alt=""><span>Nordkap Trailrunner 2</span></a>
</div>"""
# Lens's related searches as today's page lists them: links to Google searches (with the
# entity's ``kgmid`` where Google knows one), a photo and the query's text.
RELATED_SEARCHES: tuple[tuple[str, str], ...] = (
    ("Nordkap Trailrunner 2 GTX", "&kgmid=/g/11nk2gtx"),
    ("Trail running shoes", ""),
)
RELATED = '<div class="related"><h2>Related searches</h2>' + "".join(
    f'\n  <a href="https://www.google.com/search?q={quote_plus(query)}{kgmid}'
    f'&amp;lns_surface=26&amp;sa=X"><img src="/thumbs/related-{i}.png" width="64" height="64" '
    f'alt=""><span>{query}</span></a>' for i, (query, kgmid) in enumerate(RELATED_SEARCHES)
) + "\n</div>"
WEB_RESULTS = """<div class="web"><h2>Web results</h2>
<div class="wr"><a href="https://www.runnersworld.com/gear/a123/nordkap-trailrunner-2-review/">
  <div><img src="/icons/runnersworld.png" width="16" height="16" alt=""><span>Runner's World</span>
  </div><cite>https://www.runnersworld.com › gear</cite><h3>The best trail shoes of 2026</h3></a>
  <div>We ran 500 km in the Nordkap Trailrunner 2 and eleven other shoes.</div></div>
<div class="wr"><a href="https://ccgi.example.org/forum/trail-shoes">
  <div><img src="/icons/ccgi.png" width="16" height="16" alt=""><span>CCGI</span></div>
  <cite>https://ccgi.example.org › forum</cite><h3>Trail shoe sizing, which one runs small?</h3></a>
  <div>Posted 3 days ago: the Nordkap fits half a size small.</div></div>
</div>
<div class="video"><a href="https://www.youtube.com/watch?v=nk2trail">
  <div><img src="/icons/youtube.png" width="16" height="16" alt=""><span>YouTube</span></div>
  <h3>Nordkap Trailrunner 2 long-term review</h3></a>
  <div class="chapters">
  <a href="https://www.youtube.com/watch?v=nk2trail&amp;t=95"><img src="/icons/youtube.png"
     width="16" height="16" alt=""><span>1:35</span><span>Fit and sizing</span></a>
  <a href="https://www.youtube.com/watch?v=nk2trail&amp;t=310"><img src="/icons/youtube.png"
     width="16" height="16" alt=""><span>5:10</span><span>Grip on wet rock</span></a>
  </div></div>"""
MORE = """<div class="more">
  <a href="/lens/feedback"><img src="/icons/feedback.png" width="16" height="16" alt="">
    Send feedback</a>
  <a href="https://help.shoes.example.net/visual-search">Learn more about visual search</a>
  <a href="https://ads.example.net/click?id=1"><img src="/thumbs/banner.png" width="300"
     height="60" alt=""></a>
  <a href="https://lh3.googleusercontent.com/p/abc"><img src="/thumbs/photo.png" width="90"
     height="90" alt="Photo of a shoe"></a>
  <a href="https://play.google.com/store/apps/details?id=com.google.ar.lens"><img
     src="/thumbs/play.png" width="120" height="40" alt="">Get the Google app</a>
</div>"""
# Today's empty result, with the suggestions Google still shows around it.
EMPTY_RESULTS = """
<div class="hdr"><span>Visual matches</span></div>
<p>No matches for your search</p>
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
RESULTS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Google Search</title></head>
<body><header><a href="https://www.google.com/"><img src="/icons/logo.png" width="92"
  height="30" alt="Google"></a></header>
<main>{results}</main>
<footer><a href="https://policies.google.com/privacy">Privacy</a></footer></body></html>"""
CONSENT_PAGE = """<!doctype html><html><body>
<h1>Before you continue to Google</h1><p>Cookies and data help us deliver our services.</p>
<form action="/consent/save" method="post"><button>Reject all</button>
<button>Accept all</button></form></body></html>"""

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
<main id="main"><div id="status"></div>
<form id="refine" action="/search" method="get" hidden><input type="hidden" name="variant">
  <input type="text" name="q" aria-label="Add to your search"></form>
<div id="results"></div></main>
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
    '<input type="file" id="upload" name="encoded_image" accept="image/*" ' +
    'style="display:none"></label>';
  document.getElementById("main").prepend(dialog);
  document.getElementById("upload").addEventListener("change", upload);
}}
async function upload(event) {{
  const file = event.target.files[0];
  document.getElementById("status").textContent = "Searching…";
  const query = "?variant=" + variant + "&webdriver=" + navigator.webdriver;
  const response = await fetch("/upload" + query, {{method: "POST", body: file}});
  const answer = await response.json();
  if (answer.redirect) {{ location.href = answer.redirect; return; }}
  answer.bursts.forEach((html, i) => setTimeout(() => {{
    document.getElementById("status").textContent = "";
    document.getElementById("results").insertAdjacentHTML("beforeend", html);
    // With results, the box that refines them by text ("Add to your search") shows.
    const refine = document.getElementById("refine");
    refine.querySelector("[name=variant]").value = variant;
    refine.hidden = false;
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
    """The fake Lens site and what it saw: uploads, consent answers, clients, upload requests."""

    base_url: str = ""
    uploads: list[bytes] = field(default_factory=list)
    consents: dict[str, str] = field(default_factory=dict)
    # (user agent, navigator.webdriver as the page script saw it) per browser upload.
    clients: list[tuple[str, str]] = field(default_factory=list)
    # The headers of each POST /v3/upload (the browserless upload).
    http_uploads: list[dict[str, str]] = field(default_factory=list)
    # The texts visual searches were refined by ("Add to your search").
    refinements: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base_url + path

    def lens_url(self, variant: str = "ok", lang: str = "en", visitor: str | None = None) -> str:
        """The start page for a new visitor (who meets the consent wall) unless one is given."""
        query = {"variant": variant, "lang": lang, "visitor": visitor or uuid.uuid4().hex}
        return self.url("/lens?" + urlencode(query))

    def upload_url(self, variant: str = "ok") -> str:
        """Where the browserless provider posts the photo (like ``lens.google.com/v3/upload``)."""
        return self.url("/v3/upload?" + urlencode({"variant": variant}))


def serve_lens_site() -> tuple[FakeLensSite, ThreadingHTTPServer]:
    """Start the site on a free port of 127.0.0.1; stop it with ``server.shutdown()``."""
    site = FakeLensSite()
    server, site.base_url = start_local_server(_handler(site), "fake-lens")
    return site, server


def visual_cards(first: int = 0, last: int | None = None) -> str:
    """The visual-match cards ``first`` to ``last`` of ``VISUAL_MATCHES`` as today's page has
    them."""
    cards = []
    for link, photo, price, icon, site, title, label in VISUAL_MATCHES[first:last]:
        if photo.startswith("inline:"):
            image = PHOTO.format(src=inline_photo(photo.removeprefix("inline:")), side=150)
        elif photo.startswith("lazy:"):
            image = LAZY_PHOTO.format(src=photo.removeprefix("lazy:"))
        else:
            image = PHOTO.format(src=photo, side=150)
        cards.append(VISUAL_CARD.format(
            photo=image, badge=BADGE.format(price=price) if price else "", link=link, icon=icon,
            site=site, title=title, label=f' aria-label="{label}"' if label else ""))
    return '<div class="grid">' + "\n".join(cards) + "</div>"


def refined_html(text: str) -> str:
    """The visual matches refined by a text, as Lens's multisearch narrows them: here, the cards
    whose title (or label) holds every word of the text."""
    words = text.casefold().split()
    kept = [i for i, card in enumerate(VISUAL_MATCHES)
            if all(word in f"{card[5]} {card[6]}".casefold() for word in words)]
    if not kept:
        return EMPTY_RESULTS
    return SEE_EXACT + "".join(visual_cards(i, i + 1) for i in kept) + MORE


def all_tab_bursts() -> list[str]:
    """The "All" tab after an upload, as the two bursts the page script inserts."""
    return [SEE_EXACT + visual_cards(0, FIRST_CARDS) + CHIPS,
            visual_cards(FIRST_CARDS) + WEB_RESULTS + RELATED + MORE]


def results_html(variant: str, tab: str) -> str:
    """The results of a browserless search: the "All" tab, or ``udm=44`` (visual matches)."""
    if variant == "empty":
        return EMPTY_RESULTS
    if variant == "slow":
        return '<div id="status">Searching…</div>'  # the rest would come by script
    if tab == "44":
        return SEE_EXACT + visual_cards() + MORE
    return "".join(all_tab_bursts())


def _handler(site: FakeLensSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(url.query).items()}
            if url.path == "/lens":
                self._html(200, self._start_page(query))
            elif url.path == "/search" and query.get("q"):
                site.refinements.append(query["q"])
                results = refined_html(query["q"])
                self._html(200, RESULTS_PAGE.format(results=results))
            elif url.path == "/search":
                results = results_html(query.get("variant", "ok"), query.get("udm", "26"))
                self._html(200, RESULTS_PAGE.format(results=results))
            elif url.path.startswith(("/thumbs/", "/icons/")):
                side = 160 if url.path.startswith("/thumbs/") else 16
                self._send(200, "image/png", _png(url.path, side))
            elif url.path == "/sorry/index":
                self._html(429, SORRY_PAGE)
            elif url.path == "/lens/blocked":
                self._html(200, BLOCKED_DE_PAGE)
            elif url.path == "/consent":
                self._html(200, CONSENT_PAGE)
            else:
                self._send(404, "text/plain", b"not found")

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(url.query).items()}
            variant = query.get("variant", "ok")
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if url.path == "/v3/upload":
                self._browserless_upload(variant, body)
                return
            site.uploads.append(body)
            site.clients.append((self.headers.get("user-agent") or "",
                                 query.get("webdriver", "")))
            self._send(200, "application/json", json.dumps(_upload_answer(variant)).encode())

        def _browserless_upload(self, variant: str, body: bytes) -> None:
            site.http_uploads.append(dict(self.headers.items()))
            image = _multipart_file(self.headers.get("content-type") or "", body,
                                    "encoded_image")
            if image is None:
                self._send(400, "text/plain", b"encoded_image missing")
                return
            site.uploads.append(image)
            if SimpleCookie(self.headers.get("cookie") or "").get("SOCS") is None:
                self._redirect("/consent?continue=/v3/upload")
            elif variant == "blocked":
                self._redirect("/sorry/index?continue=/search")
            else:
                vsrid = hashlib.sha256(image).hexdigest()[:16]
                self._redirect("/search?" + urlencode({"vsrid": vsrid, "udm": "26",
                                                       "variant": variant}))

        def _start_page(self, query: dict[str, str]) -> str:
            variant, visitor = query.get("variant", "ok"), query.get("visitor", "anonymous")
            if variant == "blocked-de":
                return BLOCKED_DE_PAGE
            lang = query.get("lang", "en") if query.get("lang") in CONSENT_TEXTS else "en"
            cookies = SimpleCookie(self.headers.get("cookie") or "")
            answer = cookies.get(f"consent_{visitor}")
            if answer is not None:
                site.consents[visitor] = answer.value
            answered = answer is not None or cookies.get("SOCS") is not None
            show_wall = not answered or variant == "consent-loop"
            consent = CONSENT_WALL.format(**CONSENT_TEXTS[lang]) if show_wall else ""
            return PAGE.format(lang=lang, consent=consent, visitor=visitor,
                               variant_json=json.dumps(variant))

        def _redirect(self, location: str) -> None:
            self.send_response(303)
            self.send_header("location", location)
            self.send_header("content-length", "0")
            self.end_headers()

        def _html(self, status: int, page: str) -> None:
            self._send(status, "text/html; charset=utf-8", page.encode())

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


def _multipart_file(content_type: str, body: bytes, name: str) -> bytes | None:
    """The bytes of the form field ``name`` of a multipart/form-data body (None: absent)."""
    header = f"content-type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + body)
    for part in message.iter_parts() if message.is_multipart() else ():
        if part.get_param("name", header="content-disposition") == name:
            return part.get_payload(decode=True)
    return None


def _upload_answer(variant: str) -> dict[str, object]:
    answer: dict[str, object] = {"delay_ms": RESULTS_DELAY_MS, "gap_ms": BURST_GAP_MS}
    if variant == "blocked":
        return {**answer, "redirect": "/sorry/index?continue=/lens"}
    if variant == "empty":
        return {**answer, "bursts": [EMPTY_RESULTS]}
    if variant == "slow":
        return {**answer, "bursts": []}
    return {**answer, "bursts": all_tab_bursts()}


def _png(name: str, side: int) -> bytes:
    colour = tuple(hashlib.sha256(name.encode()).digest()[:3])
    buffer = io.BytesIO()
    Image.new("RGB", (side, side), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@functools.cache
def inline_photo(name: str) -> str:
    """A small JPEG of its own colour as a ``data:`` address, like the first photos on Lens."""
    colour = tuple(hashlib.sha256(name.encode()).digest()[:3])
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buffer, format="JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


# Chromium may resolve no name but 127.0.0.1: the tests cannot reach the internet.
LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


def browser_config(**changes: object) -> BrowserConfig:
    """A browser for the fake site (tests, ``make bench-lens``): local-only, and quick to call a
    silent browser hung."""
    options: dict[str, object] = {"extra_flags": (LOCAL_ONLY,), "probe_timeout_s": 3.0}
    return BrowserConfig(**{**options, **changes})  # type: ignore[arg-type]
