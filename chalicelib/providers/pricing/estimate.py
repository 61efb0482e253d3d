"""Resale price estimate from second-hand offers (pure maths, no I/O).

Steps, all in the target currency:

1. Convert every offer (``prices.convert``); offers in a currency without a rate, or not above
   zero, are left out.
2. Drop outliers with a modified z-score on log prices: ``z = 0.6745 * |ln p - median| / MAD``,
   dropping ``z > 3.5`` (Iglewicz & Hoaglin); median and MAD are weighted like step 3. Logs
   because prices spread by ratios; the MAD has a floor of ``ln 1.1`` so a tight cluster does not
   turn every small difference into an outlier. Offers within one MAD of the median always stay
   (about half the weight), so one to three offers are never all dropped.
3. Weighted median (``WEAR_WEIGHTS``) and weighted quartiles, interpolated on the weights'
   mid-points (the Hazen rule: with equal weights, two offers give their mean).
4. Range: the interquartile range, widened to at least ``price * 0.25 / sqrt(n_eff)`` on each side
   so few offers never give a falsely narrow range; never below zero.
5. Certainty: ``n_eff / (n_eff + 3)`` times ``1 / (1 + 2 * (q3 - q1) / price)``, where ``n_eff``
   is the sum of the kept offers' weights. It rises with the number of offers (1 -> 0.25,
   3 -> 0.5, 10 -> 0.77) and falls with the relative spread (an IQR of half the price halves it).

What it is estimated from (``basis``): sold listings when there are any (what buyers paid), each
weighted by its age as well, halving every ``SOLD_HALF_LIFE_DAYS`` (recent sales weigh more);
else the asking prices. Listings for parts count only when there is nothing else (they sell for a
fraction). With ten or more prices, the lowest and highest ``TRIM`` of the weight are trimmed
before the quartiles, so the range is not set by a stray tail.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

from chalicelib.providers.exceptions import NoOffers
from chalicelib.providers.pricing.prices import RATES_DATE, UnknownCurrency, convert
from chalicelib.wire import Basis, Estimate, Offer, Wear

# How much an offer says about what the item resells for. Used and like-new listings are the
# market itself; new ones are asking prices near retail; unstated wear is usually used; parts-only
# listings sell for a fraction and would drag the price down.
WEAR_WEIGHTS: dict[Wear | None, float] = {
    "used": 1.0,
    "like new": 1.0,
    "new": 0.7,
    None: 0.8,
    "for parts": 0.15,
}

_OUTLIER_Z = 3.5
_MAD_FLOOR = math.log(1.1)
_MIN_HALF_WIDTH = 0.25
_VOLUME_HALF = 3.0
_SPREAD_PENALTY = 2.0
SOLD_HALF_LIFE_DAYS = 45.0
TRIM = 0.1
_TRIM_FROM = 10


def estimate_price(
    offers: Sequence[Offer], currency: str, rates: Mapping[str, float] | None = None,
    rates_date: str | None = RATES_DATE, today: date | None = None,
) -> Estimate:
    """A resale estimate in ``currency`` from sold prices, else asking prices; ``NoOffers``
    without offers.

    When offers in another currency were converted, the estimate names the rate table's date.
    """
    basis, chosen = basis_of(offers)
    points = _converted(chosen, currency, rates, today or date.today())
    if not points:
        raise NoOffers("no second-hand offers to estimate from")
    kept = _trimmed(_without_outliers(points))
    price = weighted_quantile(kept, 0.5)
    q1, q3 = weighted_quantile(kept, 0.25), weighted_quantile(kept, 0.75)
    n_eff = sum(weight for _, weight in kept)
    half = price * _MIN_HALF_WIDTH / math.sqrt(n_eff)
    return Estimate(
        price=round(price, 2),
        min_range=round(max(0.0, min(q1, price - half)), 2),
        max_range=round(max(q3, price + half), 2),
        certainty=round(certainty(n_eff, (q3 - q1) / price if price else 1.0), 2),
        currency=currency.upper(),
        basis=basis,
        rates_date=rates_date if any(o.currency.upper() != currency.upper() for o in chosen)
        else None,
    )


def basis_of(offers: Sequence[Offer]) -> tuple[Basis, list[Offer]]:
    """``sold`` and the sold offers when any sold, else ``asking`` and all; offers for parts
    only when nothing else is left (they are kept apart, not mixed in)."""
    sold = [o for o in offers if o.sold]
    basis: Basis = "sold" if sold else "asking"
    chosen = sold or list(offers)
    working = [o for o in chosen if o.wear != "for parts"]
    return basis, working or chosen


def recency_weight(sold_at: str | None, today: date) -> float:
    """1 for a sale today, halving every ``SOLD_HALF_LIFE_DAYS``; 0.5 for an unknown day."""
    if not sold_at:
        return 0.5
    try:
        age = max(0, (today - date.fromisoformat(sold_at)).days)
    except ValueError:
        return 0.5
    return 0.5 ** (age / SOLD_HALF_LIFE_DAYS)


def certainty(n_eff: float, relative_spread: float) -> float:
    """0..1: more (weighted) offers raise it, a wider relative interquartile spread lowers it."""
    volume = n_eff / (n_eff + _VOLUME_HALF)
    agreement = 1.0 / (1.0 + _SPREAD_PENALTY * max(0.0, relative_spread))
    return min(1.0, max(0.0, volume * agreement))


def weighted_quantile(points: Sequence[tuple[float, float]], q: float) -> float:
    """The ``q`` quantile of ``(value, weight)`` pairs, interpolated between weight mid-points."""
    ordered = sorted(points)
    values = [value for value, _ in ordered]
    total = sum(weight for _, weight in ordered)
    cumulative, positions = 0.0, []
    for _, weight in ordered:
        positions.append((cumulative + weight / 2) / total)
        cumulative += weight
    if q <= positions[0]:
        return values[0]
    for i in range(1, len(values)):
        if q <= positions[i]:
            share = (q - positions[i - 1]) / (positions[i] - positions[i - 1])
            return values[i - 1] + (values[i] - values[i - 1]) * share
    return values[-1]


def _converted(
    offers: Sequence[Offer], currency: str, rates: Mapping[str, float] | None, today: date
) -> list[tuple[float, float]]:
    """``(price in currency, weight)`` for each offer that can be converted: its wear's weight,
    times its recency for a sale."""
    points = []
    for offer in offers:
        try:
            amount = convert(offer.price, offer.currency, currency, rates)
        except UnknownCurrency:
            continue  # one odd currency should not sink the estimate from the others
        if amount > 0:
            weight = WEAR_WEIGHTS.get(offer.wear, WEAR_WEIGHTS[None])
            if offer.sold:
                weight *= recency_weight(offer.sold_at, today)
            points.append((amount, weight))
    return points


def _trimmed(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Without the lowest and highest ``TRIM`` of the weight, from ``_TRIM_FROM`` prices on."""
    if len(points) < _TRIM_FROM:
        return points
    low, high = weighted_quantile(points, TRIM), weighted_quantile(points, 1 - TRIM)
    inner = [p for p in points if low <= p[0] <= high]
    return inner or points


def _without_outliers(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop prices far from the others by the modified z-score on logs (see the module doc).

    Centre and spread are weighted, so three parts-only listings cannot outvote two working ones.
    """
    logs = [(math.log(value), weight) for value, weight in points]
    centre = weighted_quantile(logs, 0.5)
    deviations = [(abs(x - centre), weight) for x, weight in logs]
    mad = max(weighted_quantile(deviations, 0.5), _MAD_FLOOR)
    return [
        point
        for point, (x, _) in zip(points, logs, strict=True)
        if 0.6745 * abs(x - centre) / mad <= _OUTLIER_Z
    ]
