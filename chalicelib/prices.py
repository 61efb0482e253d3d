"""Price strings to numbers with ISO 4217 currency codes (pure, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass

from price_parser import Price

# Symbols and local abbreviations that price-parser leaves as written.
_CURRENCY_CODES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "฿": "THB",
    "C$": "CAD",
    "A$": "AUD",
    "R$": "BRL",
    "kr": "SEK",
    "zł": "PLN",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
}


@dataclass(frozen=True)
class ParsedPrice:
    """An amount and its ISO 4217 code (``None`` when the text names no currency)."""

    amount: float
    currency: str | None


def currency_code(symbol: str | None, default: str | None = None) -> str | None:
    """The ISO 4217 code for a symbol, abbreviation or code as written next to a price."""
    if not symbol:
        return default
    cleaned = symbol.strip()
    if len(cleaned) == 3 and cleaned.isalpha() and cleaned.isupper():
        return cleaned
    return _CURRENCY_CODES.get(cleaned, default)


def parse_price(text: str | None, default_currency: str | None = None) -> ParsedPrice | None:
    """Parse a price as shown on a page ("$1,234.56", "20,00 €", "EUR 20"); None if no amount."""
    if not text:
        return None
    price = Price.fromstring(text)
    if price.amount_float is None:
        return None
    return ParsedPrice(price.amount_float, currency_code(price.currency, default_currency))
