"""Second-hand marketplaces: which links are resale listings, and what wear their titles state.

Pure functions. A marketplace list entry is one of:

* ``"tutti.ch"``: that registered domain and its subdomains;
* ``"ebay.*"`` (or a bare ``"ebay"``): that name under any public suffix (ebay.de, ebay.co.uk);
* ``"facebook.com/marketplace"``: that domain, only under that path.

Etsy is not a marketplace by default: most of it is new handmade or print-on-demand goods. Its
listings count as second-hand only when the title says so ("vintage", "used", "pre-owned", ...);
see ``CONDITIONAL_MARKETPLACES`` and ``is_second_hand``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import SplitResult, urlsplit

from chalicelib.wire import Wear

DEFAULT_MARKETPLACES: tuple[str, ...] = (
    "ebay.*",
    "vinted.*",
    "poshmark.*",
    "depop.com",
    "grailed.com",
    "vestiairecollective.*",
    "kleinanzeigen.de",
    "ebay-kleinanzeigen.de",
    "mercari.*",
    "tutti.ch",
    "ricardo.ch",
    "leboncoin.fr",
    "wallapop.*",
    "subito.it",
    "marktplaats.nl",
    "2dehands.be",
    "2ememain.be",
    "facebook.com/marketplace",
    "craigslist.*",
    "olx.*",
    "gumtree.*",
    "offerup.com",
    "kijiji.ca",
    "willhaben.at",
    "blocket.se",
    "finn.no",
    "dba.dk",
    "tori.fi",
    "milanuncios.com",
    "carousell.*",
    "avito.*",
    "reverb.com",
    "kaiyo.com",
    "thredup.com",
    "therealreal.com",
    "backmarket.*",
)

CONDITIONAL_MARKETPLACES: tuple[str, ...] = ("etsy.*",)

# Second-level labels under a two-letter country code that act as public suffixes (co.uk,
# com.au, ...). A compact stand-in for the public suffix list, which is large and changes.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "gob", "ltd"})

_WEAR_PATTERNS: tuple[tuple[Wear, re.Pattern[str]], ...] = (
    (
        "for parts",
        re.compile(
            r"for parts|parts only|not working|non[- ]working|spares or repair|for repair|"
            r"defekt|kaputt|bastler|para piezas|no funciona|pour pi[eè]ces|hors service|"
            r"ne fonctionne pas|per ricambi|pezzi di ricambio|non funzionante|guasto|"
            r"voor onderdelen|\bdefect(?:ive)?\b|\bbroken\b|"
            r"\b(?:does|do|did|will)(?:n'?t| not) (?:work|charge|turn on|power on|boot)",
        ),
    ),
    (
        "like new",
        re.compile(
            r"like[- ]new|\bas new\b|\bmint\b(?![ -](?:green|colou?r|blue))|\bnever used|"
            r"\bunused|open[- ]box|\bex[- ]demo|renewed|refurbished|wie neu|neuwertig|"
            r"unbenutzt|ungetragen|comme neuf|[ée]tat neuf|jamais port[ée]|como nuevo|"
            r"sin estrenar|come nuovo|mai usato|als nieuw|zo goed als nieuw",
        ),
    ),
    (
        "used",
        re.compile(
            r"\bused\b|pre[- ]?owned|pre[- ]?loved|second[- ]hand|\bworn\b|gebraucht|"
            r"getragen|d'occasion|(?<!any )(?<!every )(?<!special )\boccasion\b|"
            r"\bporté(?:e|s|es)?\b|\busat[oa]\b|\busad[oa]\b|segunda mano|gebruikt|"
            r"tweedehands|\bvintage\b(?![ -](?:style|inspired|look|design|print|wash))",
        ),
    ),
    (
        "new",
        re.compile(
            r"\bnwt\b|\bnwot\b|\bbnwt\b|\bbnib\b|\bnib\b|\bnew with(?:out)? tags|brand[- ]new|"
            r"\bsealed\b|\bnew(?! balance| era| look| york| rock| west| wave)\b|"
            r"\bneu\b|\bneuf\b|\bneuve\b|\bnuevo\b|\bnueva\b|\bnuovo\b|\bnuova\b|\bnieuw\b",
        ),
    ),
)

_SECOND_HAND_HINT = re.compile(
    r"\bvintage\b(?![ -](?:style|inspired|look|design|print|wash))|\bused\b|pre[- ]?owned|"
    r"pre[- ]?loved|second[- ]hand|gebraucht|occasion|usato|segunda mano|tweedehands|\bantique",
)


# A shop's pages for goods that are not new: its used department (in the path, "/Used/"), and
# titles that say pre-owned, refurbished, renewed, open-box or ex-demo (a bare "used" in a shop's
# title is too often something else: "as used by pros").
_USED_PATH = re.compile(r"(?<![a-z])(?:used|pre-?owned|second-?hand|refurbished)(?![a-z])")
_NOT_NEW = re.compile(
    r"(?<![a-z])(?:pre[- ]?owned|second[- ]hand|refurbished|renewed|open[- ]box|ex[- ]demo)"
    r"(?![a-z])"
)


def registered_domain(url: str) -> str:
    """The registrable domain of a URL or host ("https://www.ebay.co.uk/x" -> "ebay.co.uk")."""
    labels = _host(url).split(".")
    if len(labels) <= 2:
        return ".".join(labels)
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def domain_name(url: str) -> str:
    """The registrable name without its public suffix ("www.ebay.co.uk" -> "ebay")."""
    return registered_domain(url).split(".")[0]


def is_marketplace(url: str, domains: Iterable[str] | None = None) -> bool:
    """Whether ``url`` is on one of the marketplace ``domains`` (``DEFAULT_MARKETPLACES``)."""
    entries = DEFAULT_MARKETPLACES if domains is None else domains
    return any(_entry_matches(entry, url) for entry in entries)


def is_second_hand(
    url: str,
    title: str,
    domains: Iterable[str] | None = None,
    conditional: Iterable[str] = CONDITIONAL_MARKETPLACES,
) -> bool:
    """A marketplace listing, or one on a mixed site (Etsy) whose title says it is second-hand."""
    if is_marketplace(url, domains):
        return True
    if _USED_PATH.search(_split(url).path.casefold()) or _NOT_NEW.search(title.casefold()):
        return True  # a shop's used department or its refurbished stock ("/Used/", "(Renewed)")
    on_mixed_site = any(_entry_matches(entry, url) for entry in conditional)
    return on_mixed_site and bool(_SECOND_HAND_HINT.search(title.casefold()))


def wear_from_text(title: str | None) -> Wear | None:
    """The wear a listing title states, most severe first ("NWT" -> new, "defekt" -> for parts)."""
    if not title:
        return None
    text = title.casefold()
    for wear, pattern in _WEAR_PATTERNS:
        if pattern.search(text):
            return wear
    return None


def host(url: str) -> str:
    """The lower-case host of a URL."""
    return _host(url)


def _host(url: str) -> str:
    """Lower-case host of a URL, also when the scheme is missing ("www.vinted.fr/items/1")."""
    return (_split(url).hostname or "").rstrip(".")


def _split(url: str) -> SplitResult:
    """``urlsplit`` that also reads a bare host and path ("www.vinted.fr/items/1")."""
    return urlsplit(url if "//" in url else f"//{url}")


def _entry_matches(entry: str, url: str) -> bool:
    """Whether one marketplace list entry covers ``url``."""
    domain, _, path = entry.strip().lower().partition("/")
    if not domain:
        return False
    if path and not _split(url).path.lower().startswith(f"/{path}"):
        return False
    if domain.endswith(".*") or "." not in domain:
        return domain_name(url) == domain.removesuffix(".*")
    return registered_domain(url) == registered_domain(domain)
