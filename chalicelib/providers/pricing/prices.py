"""Price strings to numbers with ISO 4217 currency codes, and currency conversion (pure, no I/O).

Parsing is built on ``price-parser``, which finds the amount and the currency mark as written; this
module turns the mark into an ISO code. Marks shared by several currencies ("$", "kr", "Rs", "¥")
resolve to the caller's default when the default is one of them, else to the most common one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from price_parser import Price

# Symbols and local abbreviations that price-parser leaves as written.
_CURRENCY_CODES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "JP¥": "JPY",
    "CN¥": "CNY",
    "元": "CNY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₨": "PKR",
    "฿": "THB",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "MX$": "MXN",
    "NT$": "TWD",
    "R$": "BRL",
    "kr": "SEK",
    "kr.": "SEK",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "lei": "RON",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
    "₫": "VND",
    "₱": "PHP",
    "RM": "MYR",
    "Rp": "IDR",
}

# Marks that several currencies share, with the most common reading first.
_SHARED_MARKS: dict[str, tuple[str, ...]] = {
    "$": ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD"),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "kr.": ("SEK", "NOK", "DKK", "ISK"),
    "Rs": ("INR", "PKR", "LKR", "NPR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR"),
    "¥": ("JPY", "CNY"),
}

# A country prefix in front of "$" ("US $120", "AU $45"); price-parser reports only the "$".
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])(USD|US|AUD|AU|A|CAD|CA|C|NZD|NZ|HK|SG|S|MX|NT|R)\s?\$")
_DOLLAR_PREFIX_CODES: dict[str, str] = {
    "USD": "USD", "US": "USD", "AUD": "AUD", "AU": "AUD", "A": "AUD", "CAD": "CAD", "CA": "CAD",
    "C": "CAD", "NZD": "NZD", "NZ": "NZD", "HK": "HKD", "SG": "SGD", "S": "SGD", "MX": "MXN",
    "NT": "TWD", "R": "BRL",
}  # fmt: skip

_SWISS_GROUPING = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")

# A code written next to a shared mark ("1.299 kr NOK") names the currency outright.
_ISO_WORD = re.compile(r"\b[A-Z]{3}\b")

# The day DEFAULT_RATES were read (see below); said wherever converted prices are shown.
DEFAULT_RATES_DATE = "2025-06-02"
DEFAULT_RATES: dict[str, float] = {
    "EUR": 1.0,
    "USD": 1.14,
    "GBP": 0.84,
    "CHF": 0.94,
    "JPY": 164.0,
    "CNY": 8.2,
    "SEK": 10.9,
    "NOK": 11.5,
    "DKK": 7.46,
    "ISK": 143.0,
    "PLN": 4.27,
    "CZK": 24.9,
    "HUF": 403.0,
    "RON": 5.03,
    "BGN": 1.956,
    "TRY": 44.7,
    "AUD": 1.76,
    "NZD": 1.9,
    "CAD": 1.56,
    "HKD": 8.95,
    "SGD": 1.47,
    "TWD": 34.2,
    "KRW": 1560.0,
    "INR": 97.5,
    "PKR": 321.0,
    "LKR": 341.0,
    "NPR": 156.0,
    "IDR": 18600.0,
    "THB": 37.2,
    "MYR": 4.84,
    "PHP": 63.5,
    "VND": 29700.0,
    "BRL": 6.45,
    "MXN": 21.9,
    "ZAR": 20.4,
    "ILS": 4.0,
    "AED": 4.19,
    "RUB": 90.0,
    "UAH": 47.0,
}
"""Units of each currency per 1 EUR: approximate euro reference rates around 2025-06-02, rounded.

A fixed table so estimates are reproducible without network calls; good enough to compare
second-hand offers, not for accounting. Currencies the ECB does not publish (AED, PKR, LKR, NPR,
RUB, TWD, UAH, VND) are cross rates through USD. Callers may pass a fresher table.
"""


RATES_DATE = "2025-06-02"
"""The day ``DEFAULT_RATES`` were taken; an estimate converted with them says so."""

# The currency of a country-code domain, for marks several currencies share ("Rs" on a .pk shop
# is rupees of Pakistan, "kr" on a .no shop Norwegian kroner, "$" on .com.au Australian dollars).
_SITE_CURRENCIES: dict[str, str] = {
    "in": "INR", "pk": "PKR", "lk": "LKR", "np": "NPR", "se": "SEK", "no": "NOK", "dk": "DKK",
    "is": "ISK", "us": "USD", "ca": "CAD", "au": "AUD", "nz": "NZD", "hk": "HKD", "sg": "SGD",
    "mx": "MXN", "tw": "TWD", "jp": "JPY", "cn": "CNY",
}  # fmt: skip


def site_currency(currency: str | None, host: str) -> str | None:
    """``currency`` as read from a shared mark, corrected by the site's country when that
    country's currency shares the mark ("INR" read from "Rs" on teetall.pk -> "PKR")."""
    if not currency:
        return currency
    local = _SITE_CURRENCIES.get(host.rstrip(".").rsplit(".", 1)[-1].lower())
    family = next((f for f in _SHARED_MARKS.values() if currency in f), ())
    return local if local in family else currency


class UnknownCurrency(ValueError):
    """A conversion needs a currency the rates table does not list."""


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
    shared = _SHARED_MARKS.get(cleaned)
    if shared and default in shared:
        return default
    return _CURRENCY_CODES.get(cleaned, default)


def parse_price(text: str | None, default_currency: str | None = None) -> ParsedPrice | None:
    """Parse a price as shown on a page ("$1,234.56", "20,00 €", "EUR 20"); None if no amount."""
    if not text:
        return None
    # Swiss prices group thousands with an apostrophe ("CHF 1'299.00"), which price-parser
    # reads as the end of the amount.
    text = _SWISS_GROUPING.sub("", text)
    price = Price.fromstring(text)
    if price.amount_float is None or not re.search(r"\d", text):
        return None
    return ParsedPrice(price.amount_float, _currency_of(text, price.currency, default_currency))


def _currency_of(text: str, mark: str | None, default: str | None) -> str | None:
    """Resolve the mark price-parser found, using what else the text says around it."""
    if mark == "$":
        prefixed = _DOLLAR_PREFIX.search(text)
        if prefixed:
            return _DOLLAR_PREFIX_CODES[prefixed.group(1)]
    if mark in _SHARED_MARKS:
        # "1.299 kr NOK": an explicit code of the same family beats the default reading.
        family = _SHARED_MARKS[mark]
        written = [code for code in _ISO_WORD.findall(text) if code in family]
        if written:
            return written[0]
    return currency_code(mark, default)


def convert(
    amount: float,
    from_currency: str,
    to_currency: str,
    rates: Mapping[str, float] | None = None,
) -> float:
    """``amount`` in ``to_currency``; ``rates`` maps ISO code -> units per 1 EUR (unrounded)."""
    source, target = from_currency.upper(), to_currency.upper()
    if source == target:
        return amount
    table = DEFAULT_RATES if rates is None else rates
    missing = [code for code in (source, target) if not table.get(code)]
    if missing:
        raise UnknownCurrency(f"no exchange rate for {', '.join(missing)}")
    return amount / table[source] * table[target]
