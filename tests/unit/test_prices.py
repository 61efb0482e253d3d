"""Price strings as shops and marketplaces write them, and conversion between currencies."""

from __future__ import annotations

import pytest

from chalicelib.providers.pricing.prices import (
    DEFAULT_RATES,
    UnknownCurrency,
    convert,
    currency_code,
    parse_price,
)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$1,234.56", 1234.56, "USD"),
        ("20,00 €", 20.0, "EUR"),
        ("EUR 20", 20.0, "EUR"),
        ("EUR 65,00", 65.0, "EUR"),
        ("€ 590", 590.0, "EUR"),
        ("85 € VB", 85.0, "EUR"),
        ("1.249,00 €", 1249.0, "EUR"),
        ("£15", 15.0, "GBP"),
        ("£24.00 GBP", 24.0, "GBP"),
        ("1.299 kr", 1299.0, "SEK"),
        ("1.299 NOK", 1299.0, "NOK"),
        ("1.299 kr DKK", 1299.0, "DKK"),
        ("US $120.00", 120.0, "USD"),
        ("AU $45", 45.0, "AUD"),
        ("A$45", 45.0, "AUD"),
        ("C$ 30", 30.0, "CAD"),
        ("CA$30", 30.0, "CAD"),
        ("Rs 250", 250.0, "INR"),
        ("Rs.949", 949.0, "INR"),
        ("₹499", 499.0, "INR"),
        ("₹2,365.00*", 2365.0, "INR"),
        ("฿290.00", 290.0, "THB"),
        ("R$ 99,90", 99.9, "BRL"),
        ("$300*", 300.0, "USD"),
        ("CHF 120.–", 120.0, "CHF"),
        ("IDR 150.000", 150000.0, "IDR"),
        ("IDR\xa029,500.00*", 29500.0, "IDR"),
        ("NOK169.00+ NOK67.49 Shipping", 169.0, "NOK"),
        ("¥89,800", 89800.0, "JPY"),
        ("CHF 1'299.00", 1299.0, "CHF"),
        ("Fr. 1’299.–", 1299.0, "CHF"),
        ("1 299,00 €", 1299.0, "EUR"),
        ("€1.234,56", 1234.56, "EUR"),
        ("12.50 USD", 12.5, "USD"),
        ("1.299,- €", 1299.0, "EUR"),
        ("SEK 1 299:-", 1299.0, "SEK"),
        ("99 zł", 99.0, "PLN"),
    ],
)
def test_a_written_price_reads_as_amount_and_iso_code(text: str, amount: float, currency: str):
    # Given a price as a listing shows it / When it is parsed
    parsed = parse_price(text)

    # Then the shopper's amount and currency come out
    assert parsed is not None
    assert parsed.amount == pytest.approx(amount)
    assert parsed.currency == currency


@pytest.mark.parametrize("text", [None, "", "Free", "Price on request", "sold out"])
def test_text_without_an_amount_is_no_price(text: str | None):
    assert parse_price(text) is None


def test_a_bare_amount_takes_the_default_currency():
    # Given a price with no currency mark, on a page known to be in euros
    parsed = parse_price("1.234", default_currency="EUR")

    # Then the default fills in, and without one the currency stays unknown
    assert parsed is not None and parsed.currency == "EUR"
    assert parse_price("1.234").currency is None


def test_a_shared_mark_follows_a_default_of_the_same_family():
    # Given "kr" on a Norwegian page and "$" on a Canadian one
    # Then the local reading wins over the most common one
    assert parse_price("1.299 kr", default_currency="NOK").currency == "NOK"
    assert parse_price("$30", default_currency="CAD").currency == "CAD"
    # But a default from another family does not turn dollars into euros
    assert parse_price("$30", default_currency="EUR").currency == "USD"


def test_currency_code_reads_symbols_and_codes():
    assert currency_code("€") == "EUR"
    assert currency_code("GBP") == "GBP"
    assert currency_code("kr") == "SEK"
    assert currency_code("kr", default="DKK") == "DKK"
    assert currency_code(None, default="EUR") == "EUR"
    assert currency_code("??") is None


def test_converting_goes_through_the_euro_table():
    # Given the default table (units per 1 EUR)
    # When dollars and pounds are converted to euros
    # Then the amounts follow the table's rates
    assert convert(DEFAULT_RATES["USD"], "USD", "EUR") == pytest.approx(1.0)
    assert convert(10.0, "GBP", "USD") == pytest.approx(10 / 0.84 * 1.14)
    assert convert(42.0, "EUR", "EUR") == 42.0


def test_converting_with_a_custom_table():
    rates = {"EUR": 1.0, "USD": 2.0}

    assert convert(10.0, "EUR", "USD", rates) == pytest.approx(20.0)
    assert convert(10.0, "usd", "eur", rates) == pytest.approx(5.0)


def test_converting_an_unknown_currency_is_refused():
    with pytest.raises(UnknownCurrency, match="XYZ"):
        convert(10.0, "XYZ", "EUR")


def test_a_saved_pages_price_text_is_read_by_the_one_price_reader() -> None:
    from chalicelib.providers.pricing.pages import price_of

    # a dot groups thousands in kroner, a comma marks decimals in euros; a range gives its
    # low end; no amount, or none above zero, is no price
    assert price_of("1.299 kr", "SEK") == (1299.0, "SEK")
    assert price_of("399,99 €", "USD") == (399.99, "EUR")
    assert price_of("$12.99 to $20.00", "USD") == (12.99, "USD")
    assert price_of("", "USD") == (None, None) and price_of("$0.00", "USD")[0] is None
