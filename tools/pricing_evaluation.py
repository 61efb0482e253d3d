"""Pricing on real saved marketplace answers: are the kept offers the item, and is the estimate
near a careful reader's?

Reads ``samples/evaluation/pricing/labels.json``: per saved answer (eBay Browse, eBay Finding as
JSON or XML, a saved eBay search page, SerpApi's eBay engine), the item's producer and model and
every listing labelled ``is_item`` (with why) by a reader, and the reader's median price. Each
answer is read by the project's own readers (``listings.read_text``) and judged by the relevance
rules with the item's name, as the marketplace pricer judges a search's answer; the estimate is
``estimate_price`` on the kept offers, in the answer's currency.

Figures: offer precision (kept listings that are the item) and recall (listings of the item that
were kept), over the labelled listings found in the answers (listings for parts or not working
are kept apart by the pricer and left out by the reader, so neither counts them as offers); the
estimate's relative error against the reader's median and the share within 15 %; each with its
count. The rules are general marketplace vocabulary; some were added after reading this set's
errors (several models in one title, "for" before a later mention, defects such as "doesn't
charge"), so these figures are in-sample for those rules.

``python -m tools.pricing_evaluation`` prints the markdown section; ``report()`` returns the
figures and the section.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from chalicelib.providers.exceptions import NoOffers
from chalicelib.providers.pricing.estimate import estimate_price
from chalicelib.providers.pricing.listings import read_text
from chalicelib.providers.pricing.market import Judged, judge_all, kept_offers
from chalicelib.wire import Identity

PRICING_DIR = Path(__file__).resolve().parents[1] / "samples" / "evaluation" / "pricing"
WITHIN = 0.15
TARGETS = {"precision": 0.95, "recall": 0.80, "within_15": 0.80}


@dataclass
class AnswerResult:
    file: str
    item: str
    true_pos: int
    false_pos: int
    false_neg: int
    unmatched: int
    estimate: float | None
    reader_median: float | None
    error: float | None
    false_pos_titles: list[str]
    false_neg_titles: list[str]


def load_labels(directory: Path = PRICING_DIR) -> list[dict[str, Any]]:
    path = directory / "labels.json"
    if not path.is_file():
        return []
    return list(json.loads(path.read_text("utf-8")).get("answers", []))


def _item_id(link: str) -> str | None:
    """eBay's item number or Amazon's ASIN in a listing's link."""
    match = (re.search(r"/itm/(?:[^/?]*/)?(\d{9,})", link)
             or re.search(r"[?&]item=(\d{9,})", link)
             or re.search(r"/dp/([A-Z0-9]{10})\b", link))
    return match.group(1) if match else None


def _norm(title: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (title or "").casefold()))


def _labelled(judged: list[Judged], labels: list[dict[str, Any]]) -> list[tuple[Judged, dict]]:
    """Each labelled listing with the judged listing it is: by eBay item id, else by title."""
    by_id: dict[str, Judged] = {}
    by_title: dict[str, Judged] = {}
    for entry in judged:
        item_id = _item_id(entry.listing.link)
        if item_id:
            by_id.setdefault(item_id, entry)
        by_title.setdefault(_norm(entry.listing.title), entry)
    pairs = []
    for label in labels:
        entry = by_id.get(str(label.get("id") or "")) or by_title.get(_norm(label.get("title")))
        if entry is not None:
            pairs.append((entry, label))
    return pairs


def evaluate_answer(answer: dict[str, Any], directory: Path = PRICING_DIR) -> AnswerResult:
    currency = str(answer.get("currency") or "USD")
    _, listings = read_text((directory / answer["file"]).read_text("utf-8", errors="replace"),
                            currency)
    identity = Identity(producer=answer.get("producer"), model=answer.get("model"))
    judged = judge_all(listings, identity)
    pairs = _labelled(judged, answer.get("listings", []))
    tp = sum(1 for e, lab in pairs if _offer(e) and lab["is_item"])
    fp = [e for e, lab in pairs if _offer(e) and not lab["is_item"]]
    fn = [e for e, lab in pairs if not _offer(e) and lab["is_item"]]
    estimate = _estimate(judged, currency)
    median = answer.get("reader_median")
    error = abs(estimate - median) / median if estimate is not None and median else None
    return AnswerResult(answer["file"], answer.get("item") or answer.get("model") or "", tp,
                        len(fp), len(fn), len(answer.get("listings", [])) - len(pairs),
                        estimate, median, error,
                        [e.listing.title for e in fp], [e.listing.title for e in fn])


def _offer(entry: Judged) -> bool:
    """Kept as an offer of the item: listings for parts are kept apart (with their wear, out of
    the estimate while working ones exist), as the reader keeps them apart."""
    return entry.verdict.kept and entry.verdict.wear != "for parts"


def _estimate(judged: list[Judged], currency: str) -> float | None:
    offers = [o for o in kept_offers(judged) if o.currency.upper() == currency.upper()]
    try:
        return estimate_price(offers, currency, today=_latest_sale(judged)).price
    except NoOffers:
        return None


def _latest_sale(judged: list[Judged]) -> date:
    """The answer's own "today" (its latest sale), so recency weights do not depend on when
    the evaluation runs."""
    days = [e.listing.sold_at for e in judged if e.listing.sold_at]
    return date.fromisoformat(max(days)) if days else date.today()


def report(directory: Path = PRICING_DIR,
           results: list[AnswerResult] | None = None) -> tuple[dict[str, Any], str]:
    """JSON-able figures and a markdown section on the pricing set (``results``: its answers
    evaluated, evaluated here unless given)."""
    if results is None:
        results = [evaluate_answer(a, directory) for a in load_labels(directory)]
    tp = sum(r.true_pos for r in results)
    fp = sum(r.false_pos for r in results)
    fn = sum(r.false_neg for r in results)
    errors = [r.error for r in results if r.error is not None]
    within = sum(1 for e in errors if e <= WITHIN)
    figures = {
        "answers": len(results),
        "kept": tp + fp, "item_listings": tp + fn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "estimates": len(errors),
        "within_15": round(within / len(errors), 3) if errors else None,
        "median_error": round(statistics.median(errors), 3) if errors else None,
        "no_estimate": sum(1 for r in results if r.estimate is None),
        "unmatched_labels": sum(r.unmatched for r in results),
        "targets": TARGETS,
        "per_answer": [{"file": r.file, "item": r.item, "tp": r.true_pos, "fp": r.false_pos,
                        "fn": r.false_neg, "estimate": r.estimate,
                        "reader_median": r.reader_median,
                        "error": None if r.error is None else round(r.error, 3)}
                       for r in results],
    }
    return figures, _markdown(figures, results)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def _markdown(f: dict[str, Any], results: list[AnswerResult]) -> str:
    lines = [
        "## Pricing on real marketplace answers",
        "",
        f"{f['answers']} saved answers (samples/evaluation/pricing), every listing labelled by a "
        "reader; the relevance rules judge each listing with the item's name, the estimate is "
        "made from the kept ones.",
        "",
        "| figure | value | count | target |",
        "|---|---|---|---|",
        f"| offer precision | {_pct(f['precision'])} | {f['kept']} kept | >= 95 % |",
        f"| offer recall | {_pct(f['recall'])} | {f['item_listings']} listings of the item "
        "| >= 80 % |",
        f"| estimate within 15 % of the reader's median | {_pct(f['within_15'])} | "
        f"{f['estimates']} estimates | >= 80 % |",
        f"| median relative error | {_pct(f['median_error'])} | {f['estimates']} | |",
        "",
        "| answer | item | kept right | kept wrong | missed | estimate | reader | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {r.file} | {r.item} | {r.true_pos} | {r.false_pos} | {r.false_neg} | "
                     f"{'-' if r.estimate is None else f'{r.estimate:.2f}'} | "
                     f"{'-' if r.reader_median is None else f'{r.reader_median:.2f}'} | "
                     f"{_pct(r.error)} |")
    if f["unmatched_labels"]:
        lines += ["", f"{f['unmatched_labels']} labelled listings were not found in their "
                      "answers by the readers (not counted)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    results = [evaluate_answer(a) for a in load_labels()]
    figures, section = report(results=results)
    print(section)
    for r in results:
        for title in r.false_pos_titles:
            print(f"kept, not the item [{r.file}]: {title}")
        for title in r.false_neg_titles:
            print(f"missed [{r.file}]: {title}")


if __name__ == "__main__":
    main()
