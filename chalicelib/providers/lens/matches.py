"""Visual matches from SerpApi / Google Lens answers to the project's ``LensMatch`` shape.

``from_serpapi_answer`` keeps all of a ``google_lens`` answer that names the item: the visual
matches (those Google marks as exact matches of the photo marked so), then the exact matches
(from a ``type=exact_matches`` answer), the knowledge-graph card(s) and the related searches,
each of the latter marked by its ``kind``.
"""

from __future__ import annotations

from typing import Any

from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.providers.pricing.prices import currency_code, parse_price
from chalicelib.wire import LensMatch, MatchKind

GOOGLE_SOURCE = "Google"


def from_serpapi_answer(document: dict[str, Any],
                        exact: dict[str, Any] | None = None) -> list[LensMatch]:
    """Every usable entry of an answer (and of its ``exact_matches`` answer, if asked for).

    An exact match at the address of a visual match marks that match exact instead of
    repeating it; entries without a title (or, for matches, a link) are left out.
    """
    found: dict[str, LensMatch] = {}
    for raw in _dicts(document.get("visual_matches")):
        if raw.get("title") and raw.get("link"):
            found.setdefault(str(raw["link"]), from_serpapi(raw))
    for raw in _dicts((exact or {}).get("exact_matches") or document.get("exact_matches")):
        if raw.get("title") and raw.get("link"):
            link = str(raw["link"])
            known = found.get(link)
            found[link] = (known.model_copy(update={"kind": "exact"}) if known
                           else from_serpapi(raw, kind="exact"))
    return list(found.values()) + _extras(document)


def _extras(document: dict[str, Any]) -> list[LensMatch]:
    """The answer's knowledge-graph card(s), then its related searches."""
    cards = [card_from_serpapi(raw) for raw in _dicts(document.get("knowledge_graph"))
             if raw.get("title")]
    related = [related_from_serpapi(raw) for raw in _dicts(document.get("related_content"))
               if raw.get("query")]
    return cards + related


def card_from_serpapi(raw: dict[str, Any]) -> LensMatch:
    """A ``knowledge_graph`` entity: its name, category line and page (if any)."""
    link = str(raw.get("link") or "")
    return LensMatch(title=str(raw["title"]), link=link,
                     source=str(raw.get("source") or registered_domain(link) or GOOGLE_SOURCE),
                     thumbnail=raw.get("thumbnail") or None, kind="knowledge-graph",
                     subtitle=str(raw.get("subtitle")) if raw.get("subtitle") else None)


def related_from_serpapi(raw: dict[str, Any]) -> LensMatch:
    """A ``related_content`` entry: the search Google suggests and its address."""
    return LensMatch(title=str(raw["query"]), link=str(raw.get("link") or ""),
                     source=GOOGLE_SOURCE, thumbnail=raw.get("thumbnail") or None,
                     kind="related-search")


def _dicts(value: Any) -> list[dict[str, Any]]:
    """A list of objects from a field that may be missing, one object, or a list."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict)]


def from_serpapi(raw: dict[str, Any], kind: MatchKind | None = None) -> LensMatch:
    """One ``visual_matches`` (or ``exact_matches``) entry as a ``LensMatch``; unknown fields
    are left behind. A visual match that carries ``"exact_matches": true`` (with its
    ``serpapi_exact_matches_link``) is one Google marks as the photo's exact match."""
    link = str(raw.get("link") or "")
    if kind is None and raw.get("exact_matches") is True:
        kind = "exact"
    price, currency = _price(raw.get("price"))
    return LensMatch(
        title=str(raw.get("title") or ""),
        link=link,
        source=str(raw.get("source") or registered_domain(link)),
        thumbnail=raw.get("thumbnail") or None,
        price=price,
        currency=currency,
        position=raw.get("position") if isinstance(raw.get("position"), int) else None,
        condition=str(raw.get("condition")) if raw.get("condition") else None,
        kind=kind,
    )


def _price(raw: Any) -> tuple[float | None, str | None]:
    """Amount and ISO code from ``{value, extracted_value, currency}``, a bare string or null."""
    if isinstance(raw, str):
        raw = {"value": raw}
    if not isinstance(raw, dict):
        return None, None
    parsed = parse_price(str(raw.get("value") or ""))
    extracted = raw.get("extracted_value")
    amount = extracted if isinstance(extracted, int | float) else None
    if amount is None and parsed is not None:
        amount = parsed.amount
    # The value string sees prefixes ("AU $34") that the bare currency symbol ("$") loses.
    currency = parsed.currency if parsed and parsed.currency else None
    currency = currency or currency_code(raw.get("currency"))
    if amount is None:
        return None, None
    return float(amount), currency
