"""How well an analyst and the pricer do on real Google Lens outputs and their perturbations.

    python -m tools.real_evaluation [--analyst NAME] [--write]   (``make eval``)

The real samples (``samples/evaluation/real/``) are scored against their normalised answer key
(``answer-key.json``) in every suite of ``tools.perturb``. Per suite:

* producer: the right producer named, or rightly none (a "no brand" case, or a weak one);
* abstained: how often no producer was named (and how many of those were right);
* model core / model full: the key's core in the model answer; the full key on clear cases;
* producer page: on the producer's own site when the key names it, else rightly none;
* offers relevance: the share of offers that name the producer or the model core;
* estimate: given when something was identified and a relevant offer priced it, else withheld;
* calibration: expected calibration error of ``confidence`` against being right, over all
  suites, with a reliability table (10 equal-width bins); ``--fit-calibration`` fits the
  heuristic's Platt scaling to the same answers afresh;
* escalation: with ``ANALYST=auto``, the model calls the threshold saves on the real samples.

``--write`` writes ``docs/evaluation.md`` and ``build/evaluation.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chalicelib.config import Settings
from chalicelib.providers import registry
from chalicelib.providers.analysts.heuristic import HeuristicAnalyst, Platt
from chalicelib.providers.analysts.lexicon import slug
from chalicelib.providers.base import Analyst, Pricer, StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.lens.matches import from_serpapi_answer
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.providers.pricing.marketplaces import registered_domain
from chalicelib.wire import Identity, Offer
from tools.perturb import SUITES, Case

REPO = Path(__file__).resolve().parents[1]
REAL_DIR = REPO / "samples" / "evaluation" / "real"
TARGETS = {"producer_real": 12, "producer_suite": 11, "model_full": 6, "calibration_error": 0.1}
_IMAGE = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")  # the analysts read matches only


def load_real_cases(directory: Path = REAL_DIR) -> list[Case]:
    """The real samples with their keys, matches converted by the project's own code (the
    serpapi provider's): visual matches, then the knowledge-graph card and related searches."""
    key = json.loads((directory / "answer-key.json").read_text(encoding="utf-8"))
    cases = []
    for entry in key["samples"]:
        document = json.loads((directory / entry["file"]).read_text(encoding="utf-8"))
        cases.append(Case(name=entry["file"].removesuffix(".json"),
                          matches=from_serpapi_answer(document), key=entry))
    return cases


def suite_cases(cases: list[Case], suite: str) -> list[Case]:
    made = (SUITES[suite](case) for case in cases)
    return [case for case in made if case is not None and case.matches]


def _names(values: list[str]) -> set[str]:
    return {slug(v) for v in values if slug(v)}


def producer_ok(key: dict, producer: str | None) -> bool:
    if producer is None:
        return bool(key.get("abstain_ok") or key.get("weak"))
    return slug(producer) in _names(key.get("producers") or [])


def _contains(model: str | None, wanted: str) -> bool:
    return bool(model) and bool(slug(wanted)) and slug(wanted) in slug(model or "")


def score_case(analyst: Analyst, pricer: Pricer, case: Case) -> dict[str, Any]:
    """One case's row: the answers and whether each is right."""
    key = case.key
    try:
        identity = analyst.identify(_IMAGE, case.matches)
    except ProviderError as exc:
        identity = Identity(producer=None, model=None, confidence=None)
        error: str | None = exc.code
    else:
        error = None
    clear = bool(key.get("model_full")) and not key.get("weak")
    offers = _offers(pricer, case)
    relevant = [o for o in offers if _relevant(o, key)]
    estimated = _estimated(pricer, offers)
    identified = bool(key.get("producers")) and not key.get("abstain_ok")
    return {
        "sample": case.name,
        "answer": identity.model_dump(exclude_none=True),
        "error": error,
        "producer_ok": error is None and producer_ok(key, identity.producer),
        "correct": error is None and producer_ok(key, identity.producer),
        "abstained": identity.producer is None,
        "model_core_ok": _contains(identity.model, key["model_core"])
        if key.get("model_core") else None,
        "model_full_ok": any(_contains(identity.model, f) for f in key["model_full"])
        if clear else None,
        "page_ok": _page_ok(analyst, identity, case),
        "offers": len(offers),
        "relevant_offers": len(relevant),
        "estimate_ok": estimated == (identified and bool(relevant)),
        "confidence": identity.confidence,
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


def suite_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def count(field: str) -> dict[str, int]:
        scored = [r[field] for r in rows if r[field] is not None]
        return {"right": sum(scored), "of": len(scored)}

    offers = sum(r["offers"] for r in rows)
    return {
        "cases": len(rows),
        "producer": count("producer_ok"),
        "abstained": {"count": sum(r["abstained"] for r in rows),
                      "right": sum(r["abstained"] and r["producer_ok"] for r in rows)},
        "model_core": count("model_core_ok"),
        "model_full": count("model_full_ok"),
        "producer_page": count("page_ok"),
        "offers_relevance": {"relevant": sum(r["relevant_offers"] for r in rows),
                             "of": offers},
        "estimate": count("estimate_ok"),
    }


def calibration(rows: list[dict[str, Any]], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error of ``confidence`` and the reliability table behind it."""
    rated = [(r["confidence"], r["correct"]) for r in rows if r["confidence"] is not None]
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in rated if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append({"bin": f"{low:.1f}-{high:.1f}", "n": len(inside),
                          "confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                          "accuracy": round(sum(ok for _, ok in inside) / len(inside), 3)})
    error = sum(t["n"] * abs(t["confidence"] - t["accuracy"]) for t in table)
    return {"ece": round(error / len(rated), 3) if rated else None, "rated": len(rated),
            "table": table}


def fit_calibration(directory: Path = REAL_DIR) -> Platt:
    """The heuristic's Platt scaling, fitted afresh: maximum likelihood (on a 0.1 grid, as the
    constants are written) of being right given the uncalibrated evidence score, over every
    suite's answers."""
    raw, pricer = HeuristicAnalyst(calibration=Platt()), HeuristicPricer()
    cases = load_real_cases(directory)
    scored = [(row["confidence"], row["correct"]) for suite in SUITES
              for row in (score_case(raw, pricer, c) for c in suite_cases(cases, suite))
              if row["confidence"] is not None]
    grid = [Platt(slope=a / 10, intercept=b / 10) for a in range(1, 61) for b in range(-30, 31)]
    return max(grid, key=lambda platt: _log_likelihood(platt, scored))


def _log_likelihood(platt: Platt, scored: list[tuple[float, bool]]) -> float:
    total = 0.0
    for score, right in scored:
        p = min(max(platt(score), 1e-9), 1 - 1e-9)
        total += math.log(p if right else 1 - p)
    return total


def escalation(rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """Model calls ``ANALYST=auto`` makes and saves on these rows at ``threshold``."""
    asked = [r for r in rows if (r["confidence"] or 0.0) < threshold]
    return {"threshold": threshold, "samples": len(rows), "model_calls": len(asked),
            "saved": len(rows) - len(asked),
            "wrong_but_confident": sum(not r["correct"] for r in rows if r not in asked)}


def evaluate_real(analyst: Analyst, pricer: Pricer, threshold: float,
                  directory: Path = REAL_DIR) -> dict[str, Any]:
    cases = load_real_cases(directory)
    suites, every = {}, []
    for suite in SUITES:
        rows = [score_case(analyst, pricer, case) for case in suite_cases(cases, suite)]
        every += rows
        suites[suite] = {**suite_summary(rows), "rows": rows}
    return {"suites": suites, "calibration": calibration(every),
            "evidence": evidence_counts(cases),
            "escalation": escalation(suites["original"]["rows"], threshold),
            "targets": verdicts(suites, calibration(every))}


def evidence_counts(cases: list[Case]) -> dict[str, int]:
    """How many samples carry each of Lens's answers besides the visual matches."""
    def having(kind: str) -> int:
        return sum(any(m.kind == kind for m in case.matches) for case in cases)

    return {"samples": len(cases), "knowledge_graph": having("knowledge-graph"),
            "related_searches": having("related-search"), "exact_matches": having("exact")}


def verdicts(suites: dict[str, Any], calibrated: dict[str, Any]) -> dict[str, Any]:
    real = suites["original"]
    others = {name: s["producer"] for name, s in suites.items() if name != "original"}
    return {
        "producer_real": _verdict(real["producer"]["right"], real["producer"]["of"],
                                  TARGETS["producer_real"], 13),
        "producer_suites": {name: _verdict(c["right"], c["of"], TARGETS["producer_suite"], 13)
                            for name, c in others.items()},
        "model_full": _verdict(real["model_full"]["right"], real["model_full"]["of"],
                               TARGETS["model_full"], 8),
        "calibration_error": {"value": calibrated["ece"], "target": "<= 0.1",
                              "pass": calibrated["ece"] is not None
                              and calibrated["ece"] <= TARGETS["calibration_error"]},
    }


def _verdict(right: int, of: int, needed: int, out_of: int) -> dict[str, Any]:
    """A count target "needed of out_of", scaled when a suite holds fewer cases."""
    scaled = needed if of == out_of else round(needed * of / out_of)
    return {"right": right, "of": of, "target": f">= {scaled} of {of}", "pass": right >= scaled}


def _evidence_line(counts: dict[str, int] | None) -> list[str]:
    if not counts:
        return []
    return [f"Besides the visual matches, of the {counts['samples']} samples "
            f"{counts['knowledge_graph']} carry a knowledge-graph card, "
            f"{counts['related_searches']} related searches and {counts['exact_matches']} exact "
            "matches; they are read as the serpapi provider reads them (`lens-matches` entries "
            "with a `kind`) and rewritten by the perturbations like the titles.", ""]


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Evaluation on real Google Lens outputs",
        "",
        "Written by `make eval` (`python -m tools.real_evaluation --write`): the analyst "
        f"`{report['analyst']}` and the pricer `{report['pricer']}` on the real samples in "
        "`samples/evaluation/real/` (scored against `answer-key.json`) and on the perturbation "
        "suites generated from them (`tools/perturb.py`). Raw results: `build/evaluation.json`.",
        "",
        *_evidence_line(report.get("evidence")),
        "| suite | cases | producer | abstained (right) | model core | model full | "
        "producer page | offers relevant | estimate |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in report["suites"].items():
        lines.append(
            f"| {name} | {s['cases']} | {_frac(s['producer'])} | {s['abstained']['count']} "
            f"({s['abstained']['right']}) | {_frac(s['model_core'])} | {_frac(s['model_full'])} "
            f"| {_frac(s['producer_page'])} | {s['offers_relevance']['relevant']}/"
            f"{s['offers_relevance']['of']} | {_frac(s['estimate'])} |")
    lines += ["", "## Targets", "", "| target | value | verdict |", "|---|---|---|"]
    targets = report["targets"]
    lines.append(_target_line("producer, real samples", targets["producer_real"]))
    for name, v in targets["producer_suites"].items():
        lines.append(_target_line(f"producer, suite {name}", v))
    lines.append(_target_line("model full, clear cases", targets["model_full"]))
    ece = targets["calibration_error"]
    lines.append(f"| calibration error (ECE) {ece['target']} | {ece['value']} | "
                 f"{'pass' if ece['pass'] else '**fail**'} |")
    cal = report["calibration"]
    lines += ["", "## Calibration", "",
              f"`confidence` of `model-producer` against being right (producer right or rightly "
              f"none), over {cal['rated']} answers of all suites. The heuristic's evidence "
              "score is mapped to a probability by Platt scaling fitted to these same answers "
              "(`python -m tools.real_evaluation --fit-calibration`), so this error is a "
              "training error; the held-out set measures it apart.", "",
              "| confidence bin | answers | mean confidence | share right |", "|---|---|---|---|"]
    lines += [f"| {t['bin']} | {t['n']} | {t['confidence']} | {t['accuracy']} |"
              for t in cal["table"]]
    esc = report["escalation"]
    lines += ["", "## Escalation (`ANALYST=auto`)", "",
              f"At a threshold of {esc['threshold']}, the real samples need {esc['model_calls']} "
              f"model calls of {esc['samples']}: {esc['saved']} saved; confident but wrong: "
              f"{esc['wrong_but_confident']}.", ""]
    return "\n".join(lines)


def _frac(count: dict[str, int]) -> str:
    return f"{count['right']}/{count['of']}" if count["of"] else "-"


def _target_line(name: str, v: dict[str, Any]) -> str:
    return (f"| {name} {v['target']} | {v['right']} of {v['of']} | "
            f"{'pass' if v['pass'] else '**fail**'} |")


def main(argv: list[str] | None = None,
         build: Callable[[Settings], tuple[Analyst, Pricer]] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.real_evaluation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyst", default="heuristic", help="analyst provider")
    parser.add_argument("--samples", type=Path, default=REAL_DIR, help="real samples directory")
    parser.add_argument("--write", action="store_true",
                        help="write docs/evaluation.md and build/evaluation.json")
    parser.add_argument("--fit-calibration", action="store_true",
                        help="print the heuristic's Platt scaling fitted afresh, and stop")
    args = parser.parse_args(argv)
    if args.fit_calibration:
        print(fit_calibration(args.samples))
        return 0
    settings = Settings.from_env().model_copy(update={"analyst": args.analyst})
    analyst, pricer = registry.analyst(settings), registry.pricer(settings)
    report = {"analyst": settings.analyst, "pricer": settings.pricer,
              **evaluate_real(analyst, pricer, settings.escalation_threshold, args.samples)}
    if args.write:
        (REPO / "build").mkdir(exist_ok=True)
        (REPO / "build" / "evaluation.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        (REPO / "docs" / "evaluation.md").write_text(markdown(report), "utf-8")
    summary = {k: v for k, v in report.items() if k != "suites"}
    summary["suites"] = {n: {k: v for k, v in s.items() if k != "rows"}
                         for n, s in report["suites"].items()}
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
