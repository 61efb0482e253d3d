"""What the google-lens provider knows about Google's pages: selectors, phrases and extraction.

Google's class names are generated and change often, so nothing here depends on them. The page is
read by structure and by words:

- a **consent wall** is a visible button whose whole label is one of ``CONSENT_BUTTONS``
  (privacy-friendly "reject" first, in the common languages);
- the **upload control** is an ``input[type=file]``; if there is none, a control labelled like
  ``UPLOAD_OPENERS`` ("Search by image", the camera icon) opens the upload dialog;
- a **block** is Google's ``/sorry/`` page, a captcha, or "unusual traffic" in the text;
- an **empty result** is a page that says so (``NO_RESULTS``) and shows no match;
- a **visual match** is a link that leaves Google and carries a title and an image. One script
  reads every such link in a single round trip; ``cards_to_matches`` then turns the raw cards
  into ``LensMatch``es: the longest text line is the title, a line that names the link's site is
  the source (else the site's domain), a line that is a price gives price and currency, and the
  largest image with an http(s) address is the thumbnail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import parse_qs, urlsplit

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
NO_RESULTS: tuple[str, ...] = (
    "no matches for this image", "no results found", "no results for this image",
    "keine übereinstimmungen", "keine ergebnisse", "aucun résultat", "ningún resultado",
    "nessun risultato", "geen resultaten",
)  # fmt: skip
FILE_INPUT = "input[type='file']"
CLICKABLES = "button, [role='button'], input[type='submit'], input[type='button']"
CAPTCHA = "#captcha-form, form[action*='/sorry/'], iframe[src*='recaptcha']"
BLOCKED_PATH = "/sorry/"

# Google's own hosts: links there are navigation, related searches or redirects, not matches.
GOOGLE_HOST = re.compile(
    r"(^|\.)(google(\.[a-z]{2,3}){1,2}|google|gstatic\.com|googleusercontent\.com|googleapis\.com"
    r"|ggpht\.com|googleadservices\.com|googlesyndication\.com|doubleclick\.net|g\.co)$"
)
# A price line may carry a few words besides the amount ("ab", "from", "UVP"), not a sentence.
_MAX_PRICE_LINE = 32
_MAX_PRICE_WORD_LETTERS = 10
_CURRENCY_WORDS = re.compile(r"\b[A-Z]{3}\b|US|AU|CA|NZ|HK|kr|zł|Kč|Ft|lei|Fr|Rs|Rp|RM")
_LETTER = re.compile(r"[^\W\d_]")
_LINE_SEPARATORS = re.compile(r"\s+[·•]\s+")
_MIN_FAVICON_SIDE = 40  # smaller images are site icons, not thumbnails

# Reads the page in one round trip. Arguments: the phrase lists and selectors above.
STATE_SCRIPT = r"""
const [phrases, selectors] = arguments;
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
const absolute = (value) => {
  try { return new URL(value, location.href).href; } catch (e) { return ""; }
};
const text = norm(document.body ? document.body.innerText : "");
const cards = [...document.querySelectorAll("a[href]")]
  .filter((a) => a.protocol === "http:" || a.protocol === "https:")
  .map((a) => ({
    href: a.href,
    lines: (a.innerText || "").split("\n").map((s) => s.trim()).filter(Boolean),
    label: a.getAttribute("aria-label") || a.getAttribute("title") || "",
    images: [...a.querySelectorAll("img")].map((img) => {
      const box = img.getBoundingClientRect();
      return {
        sources: [img.currentSrc, img.src, img.getAttribute("data-src"),
                  img.getAttribute("data-iurl")].filter(Boolean).map(absolute).filter(Boolean),
        width: Math.round(box.width), height: Math.round(box.height), alt: img.alt || "",
      };
    }),
  }))
  .filter((card) => card.images.length || card.lines.length || card.label);
return {
  url: location.href,
  host: location.hostname,
  consent: consent,
  opener: opener,
  file_input: document.querySelector(selectors.file_input),
  captcha: !!document.querySelector(selectors.captcha),
  blocked_text: phrases.blocked.some((p) => text.includes(p)),
  no_results_text: phrases.no_results.some((p) => text.includes(p)),
  cards: cards,
};
"""
STATE_ARGUMENTS: tuple[dict[str, list[str]], dict[str, str]] = (
    {
        "consent": list(CONSENT_BUTTONS),
        "openers": list(UPLOAD_OPENERS),
        "blocked": list(BLOCKED_PHRASES),
        "no_results": list(NO_RESULTS),
    },
    {"clickables": CLICKABLES, "file_input": FILE_INPUT, "captcha": CAPTCHA},
)


@dataclass(frozen=True)
class RawImage:
    """An ``img`` inside a link: its candidate addresses and rendered size."""

    sources: tuple[str, ...]
    width: int = 0
    height: int = 0
    alt: str = ""


@dataclass(frozen=True)
class RawCard:
    """A link as the page shows it: address, visible text lines, label and images."""

    href: str
    lines: tuple[str, ...] = ()
    label: str = ""
    images: tuple[RawImage, ...] = ()

    @classmethod
    def from_script(cls, raw: dict[str, Any]) -> RawCard:
        images = tuple(
            RawImage(tuple(i.get("sources") or ()), int(i.get("width") or 0),
                     int(i.get("height") or 0), str(i.get("alt") or ""))
            for i in raw.get("images") or ()
        )
        return cls(str(raw.get("href") or ""), tuple(str(x) for x in raw.get("lines") or ()),
                   str(raw.get("label") or ""), images)


@dataclass
class PageState:
    """What one read of the page found (elements are Selenium ``WebElement``s or None)."""

    url: str
    host: str
    consent: Any = None
    opener: Any = None
    file_input: Any = None
    captcha: bool = False
    blocked_text: bool = False
    no_results_text: bool = False
    cards: list[RawCard] = field(default_factory=list)

    @classmethod
    def from_script(cls, raw: dict[str, Any]) -> PageState:
        return cls(
            url=str(raw.get("url") or ""), host=str(raw.get("host") or ""),
            consent=raw.get("consent"), opener=raw.get("opener"),
            file_input=raw.get("file_input"), captcha=bool(raw.get("captcha")),
            blocked_text=bool(raw.get("blocked_text")),
            no_results_text=bool(raw.get("no_results_text")),
            cards=[RawCard.from_script(card) for card in raw.get("cards") or ()],
        )

    @property
    def blocked(self) -> bool:
        """Google refuses to serve this browser ("unusual traffic", a captcha)."""
        return BLOCKED_PATH in urlsplit(self.url).path or self.captcha or self.blocked_text


def cards_to_matches(cards: list[RawCard], page_host: str) -> list[LensMatch]:
    """The visual matches among the page's links, in page order, one per target address.

    Links to Google or to the page's own host are left out; links that point to the same
    address (an image link and a title link of one card) are read as one card.
    """
    grouped: dict[str, list[RawCard]] = {}
    for card in cards:
        link = unwrap_link(card.href)
        if link and is_external(link, page_host):
            grouped.setdefault(link, []).append(card)
    matches = (card_to_match(link, parts) for link, parts in grouped.items())
    return [match for match in matches if match is not None]


def card_to_match(link: str, parts: list[RawCard]) -> LensMatch | None:
    """One match from the parts of a card, or None if it lacks a title or an image."""
    images = [image for part in parts for image in part.images]
    lines = _unique(line for part in parts for line in _split(part.lines))
    if not images:
        return None
    price_line = next((line for line in lines if is_price_line(line)), None)
    words = [line for line in lines if line != price_line and len(_LETTER.findall(line)) >= 2]
    source = site_line(words, link)
    titles = [line for line in words if line != source]
    labels = [part.label for part in parts if part.label.strip()]
    alts = [image.alt for image in images if image.alt.strip()]
    title = max(titles, key=len) if titles else next(iter(labels + alts), "")
    if not title.strip():
        return None
    price = parse_price(price_line) if price_line else None
    return LensMatch(
        title=title.strip(),
        link=link,
        source=source or registered_domain(link),
        thumbnail=thumbnail(images),
        price=price.amount if price else None,
        currency=price.currency if price else None,
    )


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
    return href


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


def thumbnail(images: list[RawImage]) -> str | None:
    """The address of the largest picture, if it is an http(s) one.

    Inline ``data:`` pictures are left out: a few kilobytes each, they would swell every chunk.
    """
    pictures = [image for image in images if min(image.width, image.height) >= _MIN_FAVICON_SIDE]
    if not pictures:
        pictures = images
    largest = max(pictures, key=lambda image: image.width * image.height)
    return next((src for src in largest.sources if src.startswith(("http://", "https://"))), None)


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
