"""Price a named item from a saved marketplace answer, fetching nothing: the operator's check.

    python -m tools.price --item "Sony A7 IV" --marketplace-answer FILE [--producer P]
                          [--model M] [--currency EUR] [--json]

``FILE`` is a saved eBay Browse answer, eBay Finding answer (JSON or XML), a saved eBay search
page, or a SerpApi eBay answer; its format is read from its content. The item is ``--producer``
and ``--model`` when given, else ``--item`` (as the model, producer unknown). The listings are
judged by the same relevance rules the marketplace pricer uses; the tool prints the offers it
keeps (each with why), the listings it drops (each with the rule and why), and the
``estimated-price`` chunk the pricing stage would append (or its ``no-offers`` error). With
``--json``: one JSON object per line (``{"kept": true, "offer": ...}``, ``{"kept": false, ...}``,
then the chunk).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from chalicelib.providers.exceptions import NoOffers
from chalicelib.providers.pricing.estimate import estimate_price
from chalicelib.providers.pricing.listings import UnknownAnswer, read_text
from chalicelib.providers.pricing.market import Judged, judge_all, kept_offers, to_offer
from chalicelib.wire import ChunkKind, Identity, StageError


def price(item: str, text: str, producer: str | None = None, model: str | None = None,
          currency: str | None = None) -> tuple[str, list[Judged], dict[str, Any]]:
    """The answer's format, every listing with its verdict, and the chunk the pricing stage
    would append (``estimated-price``, or an ``error`` with ``no-offers``)."""
    fmt, listings = read_text(text, currency or "USD")
    identity = Identity(producer=producer, model=model or item)
    judged = judge_all(listings, identity)
    offers = kept_offers(judged)
    target = (currency or _usual_currency(offers) or "USD").upper()
    try:
        estimate = estimate_price(offers, target)
        chunk = {"stage": "pricing", "data_description": ChunkKind.ESTIMATED_PRICE.value,
                 "data": estimate.model_dump()}
    except NoOffers as exc:
        error = StageError(stage="pricing", code=exc.code, message=exc.message)
        chunk = {"stage": "pricing", "data_description": ChunkKind.ERROR.value,
                 "data": error.model_dump()}
    return fmt, judged, chunk


def _usual_currency(offers: list[Any]) -> str | None:
    counts = Counter(o.currency.upper() for o in offers)
    return counts.most_common(1)[0][0] if counts else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.price", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("--item", required=True, help='the item\'s name, e.g. "Sony A7 IV"')
    parser.add_argument("--marketplace-answer", required=True, type=Path,
                        help="a saved eBay Browse / Finding / search page / SerpApi eBay answer")
    parser.add_argument("--producer", help="the producer (else unknown)")
    parser.add_argument("--model", help="the model (else --item)")
    parser.add_argument("--currency", help="the estimate's currency (else the offers' usual one)")
    parser.add_argument("--json", action="store_true", help="JSON lines")
    args = parser.parse_args(argv)
    try:
        text = args.marketplace_answer.read_text("utf-8", errors="replace")
        fmt, judged, chunk = price(args.item, text, args.producer, args.model, args.currency)
    except (OSError, UnknownAnswer) as exc:
        print(f"error: {args.marketplace_answer}: {exc}", file=sys.stderr)
        return 2
    kept = {o.link for o in kept_offers(judged)}
    if args.json:
        for entry in judged:
            _json_line(entry, kept)
        print(json.dumps(chunk, ensure_ascii=False))
    else:
        _text_report(fmt, judged, kept, chunk)
    return 0


def _json_line(entry: Judged, kept: set[str]) -> None:
    listing, verdict = entry.listing, entry.verdict
    if verdict.kept and listing.link in kept:
        print(json.dumps({"kept": True, "offer": to_offer(entry).model_dump()},
                         ensure_ascii=False))
        return
    rule, why = verdict.rule, verdict.why
    if verdict.kept:  # kept by the rules, left out as unpriced or repeated
        rule, why = "unpriced-or-repeated", "no usable price, or the same link again"
    print(json.dumps({"kept": False, "title": listing.title, "price": listing.price,
                      "currency": listing.currency, "link": listing.link, "rule": rule,
                      "why": why}, ensure_ascii=False))


def _text_report(fmt: str, judged: list[Judged], kept: set[str], chunk: dict[str, Any]) -> None:
    keep = [e for e in judged if e.verdict.kept and e.listing.link in kept]
    drop = [e for e in judged if e not in keep]
    print(f"{fmt}: {len(judged)} listings, {len(keep)} kept, {len(drop)} dropped\n")
    print("kept:")
    for e in keep:
        sold = f" sold {e.listing.sold_at or ''}".rstrip() if e.listing.sold else ""
        wear = f" [{e.verdict.wear}]" if e.verdict.wear else ""
        print(f"  {_money(e)}{wear}{sold}  {e.listing.title}\n      why: {e.verdict.why}")
    print("dropped:")
    for e in drop:
        why = e.verdict.why if not e.verdict.kept else "no usable price, or a repeated link"
        print(f"  {_money(e)}  {e.listing.title}\n      why: {e.verdict.rule}: {why}")
    print()
    print(json.dumps(chunk, ensure_ascii=False))


def _money(entry: Judged) -> str:
    listing = entry.listing
    return f"{listing.price:.2f} {listing.currency}" if listing.price else "no price"


if __name__ == "__main__":
    sys.exit(main())
