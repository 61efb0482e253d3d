"""What the Lens providers know about Google's pages: phrases, selectors and the card rules.

Google's class names are generated and change often, so nothing here depends on them. The page is
read by structure and by words, from its HTML (parsed with lxml), the same way for the browser
(``google-lens``, which hands over the rendered page with each image's rendered size), the plain
HTTP provider (``lens-http``) and a page saved from a real browser (``tools.lens
--results-page``):

- a **consent wall** is a visible button whose whole label is one of ``CONSENT_BUTTONS``
  (privacy-friendly "reject" first, in the common languages);
- the **upload control** is ``input[type=file]`` (today ``name=encoded_image``); if there is none,
  a control labelled like ``UPLOAD_OPENERS`` ("Search by image", the camera icon) opens it;
- a **block** is Google's ``/sorry/`` page, a captcha, or "unusual traffic" in the text;
- an **empty result** is a page that says so (``NO_RESULTS``, today's and older texts) and shows
  no match;
- a **visual match** is a *card*: the largest element around a link that leaves Google and holds
  no link to another outside address. On today's page the link itself holds only the site's
  ~14 px favicon, the site's name and the title; the photo and the price badge sit in sibling
  elements of the card. The card's longest text line is the title, a line naming the link's site
  the source (else the site's domain), a line that is a price gives price and currency, and its
  largest picture (never an icon under ``MIN_PHOTO_SIDE``) the thumbnail. A card without such a
  photo is no visual match: ordinary web results and video chapters on the "All" tab carry only
  favicons. On a saved page, whose images have no rendered size, they may carry thumbnails:
  a link to a moment in a video (a time offset, ``watch?v=...&t=203``) and a card showing its
  address as a breadcrumb ("https://site.example › chairs") are blocks of the "All" tab, never
  visual matches. Two cards that link to the same address stay two cards (the first one wins).
- a **related search** is a link to Google's own ``/search`` with a query (``q``) and no tab or
  vertical switch (``udm``, ``tbm``: "See exact matches", "Images"): Lens's suggested searches
  and chips. It is kept as a ``related-search`` entry after the matches (title = the query), and
  only when there are matches. Lens's knowledge-graph card is not read: nothing in the page's
  structure tells it apart from other panels without relying on generated class names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree

from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.providers.pricing.prices import parse_price
from chalicelib.wire import LensMatch

# Whole button labels, lower case; within a language the "reject" label comes first.
CONSENT_BUTTONS: tuple[str, ...] = (
    "reject all", "accept all", "i agree",
    "alle ablehnen", "alle akzeptieren", "ich stimme zu",
    "tout refuser", "tout accepter", "j'accepte",
    "rechazar todo", "aceptar todo", "acepto",
    "rifiuta tutto", "accetta tutto", "accetto",
    "alles afwijzen", "alles accepteren", "ik ga akkoord",
    "rejeitar tudo", "aceitar tudo", "concordo",
    "odrzuć wszystko", "zaakceptuj wszystko",
    "avvisa alla", "godkänn alla",
    "afvis alle", "accepter alle",
    "avvis alle", "godta alle",
    "hylkää kaikki", "hyväksy kaikki",
)  # fmt: skip
UPLOAD_OPENERS: tuple[str, ...] = (
    "search by image", "google lens", "suche per bild", "rechercher par image",
    "buscar por imagen", "cerca per immagine", "zoeken op afbeelding",
)  # fmt: skip
BLOCKED_PHRASES: tuple[str, ...] = (
    "unusual traffic from your computer network",
    "ungewöhnlichen datenverkehr",
    "trafic exceptionnel",
    "tráfico inusual",
    "traffico insolito",
    "ongebruikelijk verkeer",
)
# The texts of an empty result, today's (2026) first, then older ones. The one list both
# providers and the operator's tool use.
NO_RESULTS: tuple[str, ...] = (
    "no matches for your search", "no exact matches found", "no visual matches",
    "no matches for this image", "no results found", "no results for this image",
    "keine übereinstimmungen", "keine ergebnisse", "aucun résultat", "aucune correspondance",
    "ningún resultado", "no hay coincidencias", "nessun risultato", "geen resultaten",
)  # fmt: skip
FILE_INPUT = "input[type='file'][name='encoded_image'], input[type='file']"
CLICKABLES = "button, [role='button'], input[type='submit'], input[type='button']"
CAPTCHA = "#captcha-form, form[action*='/sorry/'], iframe[src*='recaptcha']"
BLOCKED_PATH = "/sorry/"
# Google's consent cookie ("reject all" answered): scrapers preset it to skip the wall.
SOCS_COOKIE = "SOCS"
SOCS_REJECTED = "CAESHAgBEhJnd3NfMjAyMzA4MTAtMF9SQzIaAmVuIAEaBgiAo_CmBg"
_NO_COOKIE = {"none", "off", "no", "false"}

# Google's own hosts: links there are navigation, related searches or redirects, not matches.
GOOGLE_HOST = re.compile(
    r"(^|\.)(google(\.[a-z]{2,3}){1,2}|google|gstatic\.com|googleusercontent\.com|googleapis\.com"
    r"|ggpht\.com|googleadservices\.com|googlesyndication\.com|doubleclick\.net|g\.co)$"
)
# Parameters of a Google search link that switch the tab or vertical ("See exact matches",
# "Images"): such a link is navigation, not a suggested search.
_TAB_PARAMS = frozenset({"udm", "tbm", "tbs", "lns_mode"})
RELATED_SOURCE = "Google"
# A price line may carry a few words besides the amount ("ab", "from", "UVP"), not a sentence.
_MAX_PRICE_LINE = 32
_MAX_PRICE_WORD_LETTERS = 10
_CURRENCY_WORDS = re.compile(r"\b[A-Z]{3}\b|US|AU|CA|NZ|HK|kr|zł|Kč|Ft|lei|Fr|Rs|Rp|RM")
_LETTER = re.compile(r"[^\W\d_]")
_LINE_SEPARATORS = re.compile(r"\s+[·•]\s+")
MIN_PHOTO_SIDE = 40  # smaller images are site icons, not thumbnails
# A time offset in a link ("t=203", "t=1m20s", "start=95"): a moment in a video.
_TIME_PARAMS = ("t", "start", "time_continue")
_TIME_OFFSET = re.compile(r"^(?:\d+(?:\.\d+)?s?|(?=\d)(?:\d+h)?(?:\d+m)?(?:\d+s)?)$")
# A web result's address line: "https://ccgi.org", "https://www.example.com › chairs" (a site
# name such as "Amazon.com" alone is a visual card's source line, not an address).
_BREADCRUMB = re.compile(r"^(?:https?://\S+|\S+\.\S+\s+›\s.*)$")
# Inline ``data:`` thumbnails are kept up to this size each and in all (they travel in the chunk,
# and a DynamoDB item holds at most 400 KB).
MAX_INLINE_THUMBNAIL = 12_000
MAX_INLINE_THUMBNAILS_TOTAL = 96_000
# Attributes the browser writes on each image before handing the page over: its rendered size
# and the address it actually shows.
RENDERED_WIDTH, RENDERED_HEIGHT, RENDERED_SRC = "data-lens-w", "data-lens-h", "data-lens-src"
_CARD_STOPS = {"html", "body", "main", "form", "dialog"}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "cite",
}  # fmt: skip
_SIZE_IN_STYLE = re.compile(r"(?<![-\w])(width|height)\s*:\s*(\d+(?:\.\d+)?)px")

# Reads the page in one round trip: the elements to act on, and the rendered page as HTML with
# each image's rendered size and address written on it. Arguments: phrases and selectors above.
STATE_SCRIPT = r"""
const [phrases, selectors, attrs] = arguments;
const norm = (s) => (s || "").replace(/\s+/g, " ").trim().toLowerCase();
const visible = (el) => {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return box.width > 0 && box.height > 0 && style.visibility !== "hidden";
};
const clickables = [...document.querySelectorAll(selectors.clickables)].filter(visible);
const labelOf = (el) => norm(el.innerText || el.value || el.getAttribute("aria-label"));
let consent = null;
for (const phrase of phrases.consent) {
  consent = clickables.find((el) => labelOf(el) === phrase) || null;
  if (consent) break;
}
const opener = clickables.find((el) => {
  const label = norm([el.getAttribute("aria-label"), el.title, el.innerText].join(" "));
  return phrases.openers.some((p) => label.includes(p));
}) || null;
for (const img of document.images) {
  const box = img.getBoundingClientRect();
  img.setAttribute(attrs.width, Math.round(box.width));
  img.setAttribute(attrs.height, Math.round(box.height));
  if (img.currentSrc) img.setAttribute(attrs.src, img.currentSrc);
}
return {
  url: location.href,
  consent: consent,
  opener: opener,
  file_input: document.querySelector(selectors.file_input),
  html: document.documentElement.outerHTML,
};
"""
STATE_ARGUMENTS: tuple[dict[str, list[str]], dict[str, str], dict[str, str]] = (
    {"consent": list(CONSENT_BUTTONS), "openers": list(UPLOAD_OPENERS)},
    {"clickables": CLICKABLES, "file_input": FILE_INPUT},
    {"width": RENDERED_WIDTH, "height": RENDERED_HEIGHT, "src": RENDERED_SRC},
)


class LensTimeout(ProviderError):
    """Google Lens did not get to an answer within the search's budget."""

    code = "lens-timeout"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = True) -> None:
        super().__init__(message, code=code, retryable=retryable)


class LensBlocked(ProviderError):
    """Google refused the search: "unusual traffic", a captcha or an endless consent wall."""

    code = "lens-blocked"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = True) -> None:
        super().__init__(message, code=code, retryable=retryable)


def consent_cookie(setting: str | None) -> str:
    """The ``SOCS`` value to preset from ``LENS_CONSENT_COOKIE`` (unset: "reject all"; "none":
    no preset, so the wall shows and is answered on the page)."""
    if setting is None:
        return SOCS_REJECTED
    return "" if setting.strip().lower() in _NO_COOKIE else setting.strip()


class LensUnreadable(ProviderError):
    """A results page with neither matches nor an empty-result text (scripts needed, or a new
    layout)."""

    code = "lens-unreadable"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = True) -> None:
        super().__init__(message, code=code, retryable=retryable)


@dataclass(frozen=True)
class RawImage:
    """An ``img`` of a card: its candidate addresses and (rendered or declared) size."""

    sources: tuple[str, ...]
    width: int = 0
    height: int = 0
    alt: str = ""

    @property
    def sized(self) -> bool:
        return self.width > 0 and self.height > 0

    @property
    def is_photo(self) -> bool:
        """A picture, not a site icon: at least ``MIN_PHOTO_SIDE`` wide and high, or of unknown
        size (a saved page) and not served as a favicon."""
        if self.sized:
            return min(self.width, self.height) >= MIN_PHOTO_SIDE
        return bool(self.sources) and not any("favicon" in src for src in self.sources)


@dataclass(frozen=True)
class RawCard:
    """A card as the page shows it: its link, visible text lines, labels and images."""

    href: str
    lines: tuple[str, ...] = ()
    label: str = ""
    images: tuple[RawImage, ...] = ()


@dataclass
class ResultsPage:
    """What a read of a results page found."""

    url: str
    matches: list[LensMatch] = field(default_factory=list)
    related: list[LensMatch] = field(default_factory=list)
    captcha: bool = False
    blocked_text: bool = False
    no_results_text: bool = False
    consent_wall: bool = False

    @property
    def blocked(self) -> bool:
        """Google refuses to serve this client ("unusual traffic", a captcha)."""
        return BLOCKED_PATH in urlsplit(self.url).path or self.captcha or self.blocked_text

    def outcome(self) -> list[LensMatch]:
        """The matches, or the error that ends the search (blocked, consent wall, nothing)."""
        if self.blocked:
            raise LensBlocked("Google refused the search (unusual traffic or a captcha).")
        if self.matches:
            return self.matches + self.related
        if self.consent_wall:
            raise LensBlocked("Google showed its consent wall instead of results.")
        if not self.no_results_text:
            raise LensUnreadable("The page shows no visual match and does not say that none was "
                                 "found: it may need scripts, or its layout changed.")
        raise NoMatches("Google Lens found no visual matches for this image.")


@dataclass
class PageState:
    """What one read of the page in the browser found (elements are Selenium ``WebElement``s)."""

    url: str
    consent: Any = None
    opener: Any = None
    file_input: Any = None
    page: ResultsPage = field(default_factory=lambda: ResultsPage(""))

    @classmethod
    def from_script(cls, raw: dict[str, Any]) -> PageState:
        url = str(raw.get("url") or "")
        return cls(url=url, consent=raw.get("consent"), opener=raw.get("opener"),
                   file_input=raw.get("file_input"),
                   page=read_results(str(raw.get("html") or ""), url))

    @property
    def blocked(self) -> bool:
        return self.page.blocked


def read_results(html: str, url: str) -> ResultsPage:
    """Read a results page (HTML as rendered, fetched or saved, and the address it came from)."""
    if not html.strip():
        return ResultsPage(url)
    root = lxml.html.document_fromstring(html)
    text = " ".join(text_lines(root)).lower()
    return ResultsPage(
        url=url,
        matches=cards_to_matches(list(find_cards(root, url)), urlsplit(url).hostname or ""),
        related=related_searches(root, url),
        captcha=_has_captcha(root),
        blocked_text=any(phrase in text for phrase in BLOCKED_PHRASES),
        no_results_text=any(phrase in text for phrase in NO_RESULTS),
        consent_wall=_has_consent_button(root),
    )


def find_cards(root: etree._Element, base_url: str) -> Iterator[RawCard]:
    """The cards around the page's outside links, in page order, each element once."""
    host = urlsplit(base_url).hostname or ""
    links = [(a, unwrap_link(urljoin(base_url, a.get("href") or ""))) for a in root.iter("a")]
    outside = [(a, target) for a, target in links if target and is_external(target, host)]
    targets: dict[etree._Element, set[str]] = {}
    for a, target in outside:
        for element in (a, *a.iterancestors()):
            targets.setdefault(element, set()).add(target)
    seen: set[etree._Element] = set()
    for a, target in outside:
        card = _grow(a, targets)
        if card in seen:
            continue
        seen.add(card)
        labels = [a.get("aria-label") or a.get("title") or ""]
        images = tuple(_image(img, base_url) for img in card.iter("img"))
        yield RawCard(target, tuple(text_lines(card)), next(filter(None, labels), ""), images)


def related_searches(root: etree._Element, base_url: str) -> list[LensMatch]:
    """The searches Google suggests on the page, in page order, each query once."""
    page_host = urlsplit(base_url).hostname or ""
    found: dict[str, LensMatch] = {}
    for a in root.iter("a"):
        link = urljoin(base_url, a.get("href") or "")
        query = related_query(link, page_host)
        if not query or query.casefold() in found:
            continue
        photos = [image for image in (_image(img, base_url) for img in a.iter("img"))
                  if image.is_photo]
        text = " ".join(text_lines(a))
        found[query.casefold()] = LensMatch(
            # The shown text keeps the capitals a query in the address may have lost.
            title=text if text.casefold() == query.casefold() else query,
            link=link, source=RELATED_SOURCE,
            thumbnail=thumbnail(photos) if photos else None, kind="related-search")
    return list(found.values())


def related_query(link: str, page_host: str = "") -> str:
    """The query of a link to a Google search (on Google or the page's own host), "" if it is
    none or it switches the tab."""
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    if not (GOOGLE_HOST.search(host) or host == page_host.lower()) or parts.path != "/search":
        return ""
    params = parse_qs(parts.query)
    if _TAB_PARAMS & params.keys():
        return ""
    return " ".join((params.get("q") or [""])[0].split())


def _grow(link: etree._Element, targets: dict[etree._Element, set[str]]) -> etree._Element:
    """The largest element around ``link`` that links to no other outside address."""
    card = link
    for parent in link.iterancestors():
        if parent.tag in _CARD_STOPS or len(targets.get(parent, ())) > 1:
            break
        card = parent
    return card


def text_lines(element: etree._Element) -> list[str]:
    """The element's text as a reader sees it: one line per block, scripts and styles left out."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag and tag not in _SKIPPED:
            block = tag in _BLOCKS
            if block:
                flush()
            current.append(node.text or "")
            for child in node:
                walk(child)
            if block:
                flush()
        current.append(node.tail or "")

    walk(element)
    flush()
    return lines


def _image(img: etree._Element, base_url: str) -> RawImage:
    names = (RENDERED_SRC, "src", "data-src", "data-iurl")
    sources = [img.get(name) or "" for name in names]
    absolute = [src if src.startswith("data:") else urljoin(base_url, src)
                for src in sources if src.strip()]
    width = _size(img, RENDERED_WIDTH, "width")
    height = _size(img, RENDERED_HEIGHT, "height")
    return RawImage(tuple(dict.fromkeys(absolute)), width, height, img.get("alt") or "")


def _size(img: etree._Element, rendered: str, declared: str) -> int:
    """The rendered size if the browser wrote one, else the declared (attribute or style)."""
    for value in (img.get(rendered), img.get(declared)):
        if value and value.strip().isdigit() and int(value) > 0:
            return int(value)
    sizes = {name: float(px) for name, px in _SIZE_IN_STYLE.findall(img.get("style") or "")}
    return int(sizes.get(declared, 0))


def _has_captcha(root: etree._Element) -> bool:
    return bool(root.xpath(
        "//*[@id='captcha-form'] | //form[contains(@action, '/sorry/')]"
        " | //iframe[contains(@src, 'recaptcha')]"
    ))


def _has_consent_button(root: etree._Element) -> bool:
    buttons = root.xpath("//button | //*[@role='button'] | //input[@type='submit']")
    labels = {" ".join(text_lines(b) or [b.get("value") or ""]).lower() for b in buttons}
    return bool(labels & set(CONSENT_BUTTONS))


def cards_to_matches(cards: list[RawCard], page_host: str) -> list[LensMatch]:
    """The visual matches among the cards, in page order, the first card per address.

    Links to Google or to the page's own host are left out, and so are cards without a photo.
    """
    matches: dict[str, LensMatch] = {}
    inline_budget = MAX_INLINE_THUMBNAILS_TOTAL
    for card in cards:
        link = unwrap_link(card.href)
        if not link or not is_external(link, page_host) or link in matches:
            continue
        match = card_to_match(link, card)
        if match is None:
            continue
        if match.thumbnail and match.thumbnail.startswith("data:"):
            if len(match.thumbnail) > inline_budget:
                match = match.model_copy(update={"thumbnail": None})
            inline_budget -= len(match.thumbnail or "")
        matches[link] = match
    return list(matches.values())


def card_to_match(link: str, card: RawCard) -> LensMatch | None:
    """One match from a card, or None if it lacks a photo or a title, or is a block of the
    "All" tab rather than a visual match (``is_all_tab_block``)."""
    photos = [image for image in card.images if image.is_photo]
    if not photos or is_all_tab_block(link, card):
        return None
    lines = _unique(_split(card.lines))
    price_line = next((line for line in lines if is_price_line(line)), None)
    words = [line for line in lines if line != price_line and len(_LETTER.findall(line)) >= 2]
    source = site_line(words, link)
    titles = [line for line in words if line != source]
    alts = [image.alt for image in card.images if image.alt.strip()]
    title = max(titles, key=len) if titles else next(iter([card.label, *alts]), "")
    if not title.strip():
        return None
    price = parse_price(price_line) if price_line else None
    return LensMatch(
        title=title.strip(),
        link=link,
        source=source or registered_domain(link),
        thumbnail=thumbnail(photos),
        price=price.amount if price else None,
        currency=price.currency if price else None,
    )


def is_all_tab_block(link: str, card: RawCard) -> bool:
    """A block the "All" tab shows around the visual matches, which a saved page (whose images
    have no rendered size) may give thumbnails: a moment in a video (a chapter, linked with a
    time offset: ``watch?v=...&t=203``, ``#t=1m20s``) or a web result (its address shown as a
    breadcrumb line: "https://ccgi.org", "https://www.example.com › chairs")."""
    return is_video_moment(link) or any(_BREADCRUMB.match(line) for line in card.lines)


def is_video_moment(link: str) -> bool:
    """A link to a point in time of a video or page rather than to the page itself."""
    parts = urlsplit(link)
    params = parse_qs(parts.query)
    fragment = parse_qs(parts.fragment)
    return any(_TIME_OFFSET.match(value) for name in _TIME_PARAMS
               for value in params.get(name, []) + fragment.get(name, []))


def unwrap_link(href: str) -> str:
    """The target of Google's redirect links (``/url?q=``, ``/imgres?imgrefurl=``), else href."""
    parts = urlsplit(href)
    if GOOGLE_HOST.search(parts.hostname or "") and parts.path in ("/url", "/imgres"):
        query = parse_qs(parts.query)
        for name in ("q", "url", "imgrefurl"):
            target = (query.get(name) or [""])[0]
            if target.startswith(("http://", "https://")):
                return target
        return ""
    return href if parts.scheme in ("http", "https") else ""


def is_external(link: str, page_host: str) -> bool:
    """A link that leaves Google and the page's own host."""
    host = (urlsplit(link).hostname or "").lower()
    return bool(host) and host != page_host.lower() and not GOOGLE_HOST.search(host)


def is_price_line(line: str) -> bool:
    """A short line that is an amount with a currency ("89,00 €", "ab US$ 120"), not a sentence
    that happens to hold one ("Free delivery over $50")."""
    if len(line) > _MAX_PRICE_LINE:
        return False
    parsed = parse_price(line)
    if parsed is None or parsed.currency is None:
        return False
    words = _CURRENCY_WORDS.sub("", line)
    return len(_LETTER.findall(words)) <= _MAX_PRICE_WORD_LETTERS


def site_line(lines: list[str], link: str) -> str | None:
    """The line that names the link's site ("eBay" for ebay.de, "Amazon.com"), if one does;
    never the only line, which is the title."""
    if len(lines) < 2:
        return None
    domain = registered_domain(link)
    name = _key(domain.split(".")[0])
    candidates = [line for line in lines if _names_site(_key(line), name, _key(domain))]
    return min(candidates, key=len) if candidates else None


def thumbnail(photos: list[RawImage]) -> str | None:
    """The address of the largest photo: an http(s) one if it has one (a lazy image's real
    address beats its inline placeholder), else an inline ``data:`` one of modest size."""
    largest = max(photos, key=lambda image: image.width * image.height)
    web = [src for src in largest.sources if src.startswith(("http://", "https://"))]
    inline = [src for src in largest.sources
              if src.startswith("data:image/") and len(src) <= MAX_INLINE_THUMBNAIL]
    return next(iter(web + inline), None)


def _names_site(key: str, name: str, domain: str) -> bool:
    if len(key) < 3 or not name:
        return False
    return key in (name, domain) or (key.startswith(name) and len(key) <= len(name) + 8)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _split(lines: tuple[str, ...]) -> list[str]:
    """Lines, with "Site · 89,00 €" style separators opened up."""
    return [part.strip() for line in lines for part in _LINE_SEPARATORS.split(line) if part.strip()]


def _unique(lines: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(lines))
