"""How well the analyst names real items, and whether its ``confidence`` holds on items from
sources it never saw.

    python -m tools.real_evaluation [--analyst NAME] [--write] [--fit-calibration]   (make eval)

The development items (``samples/evaluation/real/``, scored against ``answer-key.json``) are
saved Lens answers (kind ``lens``) and marketplace title sets (kind ``titles``), each from a
public repository (its ``source``). Items from one source are alike (one person's photos, one
scraper's shape), so the heuristic's calibration is measured by **cross-validation that leaves
out one source at a time**: the calibration, and the escalation threshold chosen from it, are
fitted on the other sources' items and applied to the held-out source's. Per kind and overall:

* items fully right: the producer right (or rightly none) and, where the key has a full model,
  the model right;
* answers at ``confidence`` >= 0.9 and the share of them right (target >= 95 %);
* expected calibration error (target <= 0.08) and the reliability table (10 bins);
* escalation (``ANALYST=auto``): the model calls the threshold saves and the wrong answers it
  lets through, each fold's threshold chosen by the same cross-validation inside its fitting set.

The perturbation suites (``tools.perturb``) stay as a robustness check of the rules; they are
not used to fit or score the calibration (perturbed copies of one item are not independent).

``--fit-calibration`` prints the calibration fitted on every development item and the
threshold chosen from the cross-validated curve: the constants the service ships.
``--write`` writes ``docs/evaluation.md`` and ``build/evaluation.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chalicelib.config import Settings
from chalicelib.providers import registry
from chalicelib.providers.analysts.heuristic import Calibration, HeuristicAnalyst
from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.base import Analyst, Pricer, StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.wire import Identity, Offer
from tools.cross_validation import (
    calibration_table,
    choose_threshold,
    feature_sets,
    fit_rows,
    leave_one_source_out,
    log_loss,
)
from tools.evaluation_report import markdown, summary_text
from tools.perturb import SUITES, Case
from tools.sample_formats import read_sample

REPO = Path(__file__).resolve().parents[1]
REAL_DIR = REPO / "samples" / "evaluation" / "real"
CONFIDENT = 0.9
TARGETS = {"right_when_confident": 0.95, "calibration_error": 0.08}
_IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")  # the analysts read matches only
_GITHUB_REPO = re.compile(r"GitHub\s+([\w.-]+/[\w.-]+)")

# --- the items --------------------------------------------------------------------------------


def load_real_cases(directory: Path = REAL_DIR) -> list[Case]:
    """The development items with their keys, each read by its format's reader; the key gains
    ``kind``, ``category`` and ``source_repo`` (defaults where an older entry lacks them)."""
    key = json.loads((directory / "answer-key.json").read_text(encoding="utf-8"))
    cases = []
    for entry in key["samples"]:
        path = directory / entry["file"]
        fmt = entry.get("format") or "serpapi-google-lens"
        matches = read_sample(path, fmt, entry.get("page_url"))
        described = {**entry, "kind": entry.get("kind") or "lens",
                     "category": entry.get("category") or "unspecified",
                     "batch": entry.get("batch", 0),
                     "source_repo": _source_repo(entry, path)}
        cases.append(Case(name=Path(entry["file"]).stem, matches=matches, key=described))
    return cases


def _source_repo(entry: dict[str, Any], path: Path) -> str:
    """The public repository the item came from: the key's ``source.repo``, else the one the
    saved file's own ``source`` note names ("GitHub owner/name, ..."), else the file itself."""
    source = entry.get("source")
    if isinstance(source, dict) and source.get("repo"):
        return str(source["repo"])
    if path.suffix == ".json":
        note = json.loads(path.read_text("utf-8")).get("source")
        found = _GITHUB_REPO.search(note) if isinstance(note, str) else None
        if found:
            return found.group(1).rstrip(".,")
    return path.name


def load_collections(directory: Path = REAL_DIR) -> list[dict[str, Any]]:
    """What each collection of cases is, and how the rules of the day first scored it
    (``collections.json``)."""
    path = directory / "collections.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8"))["collections"])


def suite_cases(cases: list[Case], suite: str) -> list[Case]:
    made = (SUITES[suite](case) for case in cases)
    return [case for case in made if case is not None and case.matches]


# --- scoring one item -------------------------------------------------------------------------


def _names(values: list[str]) -> set[str]:
    return {slug(v) for v in values if slug(v)}


def producer_ok(key: dict, producer: str | None) -> bool:
    if producer is None:
        return bool(key.get("abstain_ok") or key.get("weak"))
    return slug(producer) in _names(key.get("producers") or [])


def _contains(model: str | None, wanted: str) -> bool:
    return bool(model) and bool(slug(wanted)) and slug(wanted) in slug(model or "")


def is_right(producer_right: bool, model_full_right: bool | None) -> bool:
    """Fully right: the producer right (or rightly none) and the model right where the key
    has a full model (``model_full_right`` is None where it has none)."""
    return producer_right and model_full_right is not False


def score_case(analyst: Analyst, pricer: Pricer | None, case: Case) -> dict[str, Any]:
    """One item's row: the answer, whether each part is right, and (for the heuristic) the
    evidence features its confidence is calibrated from; with a pricer, its offers too."""
    key = case.key
    features: dict[str, float] | None = None
    try:
        if isinstance(analyst, HeuristicAnalyst):
            bare, features = analyst.assess(case.matches)
            identity = bare.model_copy(update={"confidence": analyst.confidence(
                features, named=bare.producer is not None)})
        else:
            identity = analyst.identify(_IMAGE, case.matches)
    except ProviderError as exc:
        identity = Identity(producer=None, model=None, confidence=None)
        error: str | None = exc.code
    else:
        error = None
    clear = bool(key.get("model_full")) and not key.get("weak")
    offers = _offers(pricer, case) if pricer is not None else []
    relevant = [o for o in offers if _relevant(o, key)]
    identified = bool(key.get("producers")) and not key.get("abstain_ok")
    producer_right = error is None and producer_ok(key, identity.producer)
    model_full_ok = (any(_contains(identity.model, f) for f in key["model_full"])
                     if clear else None)
    return {
        "sample": case.name,
        "source": key.get("source_repo", case.name),
        "kind": key.get("kind", "lens"),
        "category": key.get("category", "unspecified"),
        "batch": key.get("batch", 0),
        "abstain_case": bool(key.get("abstain_ok")),
        "answer": identity.model_dump(exclude_none=True),
        "error": error,
        "producer_ok": producer_right,
        "right": is_right(producer_right, model_full_ok),
        "abstained": identity.producer is None,
        "model_core_ok": _contains(identity.model, key["model_core"])
        if key.get("model_core") else None,
        "model_full_ok": model_full_ok,
        "page_ok": _page_ok(analyst, identity, case),
        "offers": len(offers),
        "relevant_offers": len(relevant),
        "estimate_ok": _estimated(pricer, offers) == (identified and bool(relevant))
        if pricer is not None else None,
        "confidence": identity.confidence,
        "features": features,
    }


def _offers(pricer: Pricer, case: Case) -> list[Offer]:
    try:
        return pricer.offers(case.matches)
    except NothingFound:
        return []


def _estimated(pricer: Pricer, offers: list[Offer]) -> bool:
    if not offers:
        return False
    try:
        pricer.estimate(offers)
    except NothingFound:
        return False
    return True


def _relevant(offer: Offer, key: dict) -> bool:
    wanted = [*(key.get("producers") or []), key.get("model_core") or ""]
    return any(_contains(offer.title, w) for w in wanted if w)


def _page_ok(analyst: Analyst, identity: Identity, case: Case) -> bool:
    site = case.key.get("producer_site")
    try:
        page = analyst.producer_page(identity, case.matches) if identity.producer else None
    except (NothingFound, ProviderError):
        page = None
    if site:
        return page is not None and registered_domain(page.link) == site
    return page is None


# --- the figures ------------------------------------------------------------------------------


def group_figures(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Items fully right, confident answers and their share right, abstentions, calibration."""
    confident = [r for r in rows if r["confidence"] is not None and r["confidence"] >= CONFIDENT]
    return {
        "items": len(rows),
        "right": sum(r["right"] for r in rows),
        "producer_right": sum(r["producer_ok"] for r in rows),
        "abstain_cases": sum(r["abstain_case"] for r in rows),
        "abstained": sum(r["abstained"] for r in rows),
        "abstained_right": sum(r["abstained"] and r["right"] for r in rows),
        "confident": len(confident),
        "confident_right": sum(r["right"] for r in confident),
        "calibration": calibration_table(rows),
    }


def escalation(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``ANALYST=auto`` on the held-out rows at each fold's own threshold: model calls made and
    saved, and wrong answers let through (sure enough to stand, yet wrong)."""
    asked = [r for r in rows if r["confidence"] is None or r["confidence"] < r["threshold"]]
    kept = [r for r in rows if r not in asked]
    return {"items": len(rows), "model_calls": len(asked), "saved": len(kept),
            "wrong_let_through": sum(not r["right"] for r in kept),
            "thresholds": {r["fold"]: r["threshold"] for r in rows}}


def by(rows: Sequence[dict[str, Any]], field: str) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row[field]), []).append(row)
    return dict(sorted(groups.items()))


def out_of_sample(rows: list[dict[str, Any]], heuristic: bool) -> dict[str, Any]:
    """The figures by source-held-out cross-validation (the heuristic), or on the analyst's
    own confidence (any other analyst: nothing of it was fitted here)."""
    scored = leave_one_source_out(rows) if heuristic else [
        {**r, "fold": r["source"], "threshold": 1.0} for r in rows]
    return {
        "method": "leave-one-source-out" if heuristic else "as answered",
        "sources": len({r["source"] for r in rows}),
        "overall": group_figures(scored),
        "kinds": {k: group_figures(g) for k, g in by(scored, "kind").items()},
        "categories": {k: group_figures(g) for k, g in by(scored, "category").items()},
        "batches": {k: group_figures(g) for k, g in by(scored, "batch").items()},
        "escalation": escalation(scored) if heuristic else None,
        "log_loss": log_loss(scored),
        "feature_sets": feature_sets(rows) if heuristic else None,
        "rows": [{k: v for k, v in r.items() if k != "features"} for r in scored],
    }


def verdicts(figures: dict[str, Any]) -> dict[str, Any]:
    """The targets on all items (``right_when_confident``, ``calibration_error``) and on each
    kind of case apart (``by_kind``): the figures are to hold for Lens answers and title sets
    alike."""
    return {**_verdicts(figures["overall"]),
            "by_kind": {kind: _verdicts(g) for kind, g in figures["kinds"].items()}}


def _verdicts(group: dict[str, Any]) -> dict[str, Any]:
    share = (group["confident_right"] / group["confident"] if group["confident"] else None)
    ece = group["calibration"]["ece"]
    return {
        "right_when_confident": {
            "value": None if share is None else round(share, 3),
            "right": group["confident_right"], "of": group["confident"],
            "target": f">= {TARGETS['right_when_confident']:.0%}",
            "pass": share is not None and share >= TARGETS["right_when_confident"]},
        "calibration_error": {
            "value": ece, "target": f"<= {TARGETS['calibration_error']}",
            "pass": ece is not None and ece <= TARGETS["calibration_error"]},
    }


# --- robustness: the perturbation suites ------------------------------------------------------


def suite_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def count(field: str) -> dict[str, int]:
        scored = [r[field] for r in rows if r[field] is not None]
        return {"right": sum(scored), "of": len(scored)}

    return {
        "cases": len(rows),
        "right": count("right"),
        "producer": count("producer_ok"),
        "abstained": {"count": sum(r["abstained"] for r in rows),
                      "right": sum(r["abstained"] and r["producer_ok"] for r in rows)},
        "model_core": count("model_core_ok"),
        "model_full": count("model_full_ok"),
        "producer_page": count("page_ok"),
        "offers_relevance": {"relevant": sum(r["relevant_offers"] for r in rows),
                             "of": sum(r["offers"] for r in rows)},
        "estimate": count("estimate_ok"),
    }


def robustness(analyst: Analyst, pricer: Pricer, cases: list[Case]) -> dict[str, Any]:
    """The suites' figures with the analyst as shipped (no calibration claim is made here), on
    the saved Lens answers the suites were made for (a title set has no card, no exact match
    and no other language to keep)."""
    lens = [case for case in cases if case.key.get("kind", "lens") == "lens"]
    return {suite: suite_summary([score_case(analyst, pricer, c)
                                  for c in suite_cases(lens, suite)])
            for suite in SUITES}


# --- the report -------------------------------------------------------------------------------


def pricing_section() -> tuple[dict[str, Any], str] | None:
    """The pricing evaluation's figures and section, when ``tools.pricing_evaluation`` is
    there (it is optional: the identification report stands without it)."""
    try:
        module = importlib.import_module("tools.pricing_evaluation")
    except ModuleNotFoundError as exc:
        if exc.name != "tools.pricing_evaluation":
            raise
        return None
    return module.report()


def development_rows(analyst: Analyst, cases: list[Case]) -> list[dict[str, Any]]:
    """Each item's identification row (the pricer is left out: it plays no part here)."""
    return [score_case(analyst, None, case) for case in cases]


def evaluate_real(analyst: Analyst, pricer: Pricer, directory: Path = REAL_DIR,
                  rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The report: out-of-sample figures from ``rows`` (scored here unless given), and the
    robustness suites."""
    cases = load_real_cases(directory)
    rows = rows if rows is not None else development_rows(analyst, cases)
    figures = out_of_sample(rows, heuristic=isinstance(analyst, HeuristicAnalyst))
    return {"out_of_sample": figures, "targets": verdicts(figures),
            "collections": load_collections(directory),
            "suites": robustness(analyst, pricer, cases)}


def fit_shipped(directory: Path = REAL_DIR,
                rows: list[dict[str, Any]] | None = None) -> tuple[Calibration, float]:
    """The constants the service ships: the calibration fitted on every development item, and
    the escalation threshold chosen from the cross-validated curve (``rows``: the heuristic's
    rows of those items, scored here unless given)."""
    if rows is None:
        rows = development_rows(HeuristicAnalyst(), load_real_cases(directory))
    return fit_rows(rows), choose_threshold(leave_one_source_out(rows, nested=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.real_evaluation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyst", default="heuristic", help="analyst provider")
    parser.add_argument("--samples", type=Path, default=REAL_DIR, help="development items")
    parser.add_argument("--write", action="store_true",
                        help="write docs/evaluation.md and build/evaluation.json")
    parser.add_argument("--fit-calibration", action="store_true",
                        help="print the calibration and escalation threshold to ship, and stop")
    args = parser.parse_args(argv)
    if args.fit_calibration:
        calibration, threshold = fit_shipped(args.samples)
        print(f"CALIBRATION = {calibration!r}\nescalation_threshold = {threshold}")
        return 0
    # The items are saved answers: no page they link to is fetched.
    settings = Settings.from_env().model_copy(update={"analyst": args.analyst,
                                                      "product_pages": 0})
    analyst, pricer = registry.analyst(settings), registry.pricer(settings)
    report = {"analyst": settings.analyst, "pricer": settings.pricer,
              **evaluate_real(analyst, pricer, args.samples)}
    pricing = pricing_section()
    if pricing is not None:
        report["pricing"] = pricing[0]
    written: list[str] = []
    if args.write:
        (REPO / "build").mkdir(exist_ok=True)
        (REPO / "build" / "evaluation.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        (REPO / "docs").mkdir(exist_ok=True)
        (REPO / "docs" / "evaluation.md").write_text(
            markdown(report, pricing[1] if pricing else None), "utf-8")
        written = ["docs/evaluation.md", "build/evaluation.json"]
    print(summary_text(report, written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
