"""Visual matches from SerpApi / Google Lens answers to the project's ``LensMatch`` shape."""

from __future__ import annotations

from typing import Any

from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.providers.pricing.prices import currency_code, parse_price
from chalicelib.wire import LensMatch


def from_serpapi(raw: dict[str, Any]) -> LensMatch:
    """One ``visual_matches`` entry as a ``LensMatch``; unknown fields are left behind."""
    link = str(raw.get("link") or "")
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
