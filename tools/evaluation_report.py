"""The evaluation's two readings: ``docs/evaluation.md`` (``markdown``) and the few lines
``make eval`` prints (``summary_text``), both from the report ``tools.real_evaluation`` builds."""

from __future__ import annotations

from typing import Any

CONFIDENT_LABEL = ">= 0.9"


def _pct(right: int, of: int) -> str:
    return f"{right / of:.0%}" if of else "-"


def _group_line(name: str, g: dict[str, Any]) -> str:
    ece = g["calibration"]["ece"]
    return (f"  {name:<8} {g['items']:>3} items, {g['right']:>3} fully right "
            f"({_pct(g['right'], g['items'])}); at {CONFIDENT_LABEL}: {g['confident']} answers, "
            f"{_pct(g['confident_right'], g['confident'])} right; "
            f"ECE {ece if ece is not None else '-'} over {g['calibration']['rated']}")


def summary_text(report: dict[str, Any], written: list[str]) -> str:
    """A short human summary of the report (what ``make eval`` prints)."""
    oos = report["out_of_sample"]
    lines = [f"Identification by `{report['analyst']}`, {oos['method']} "
             f"({oos['sources']} sources):",
             _group_line("overall", oos["overall"])]
    lines += [_group_line(kind, g) for kind, g in oos["kinds"].items()]
    esc = oos.get("escalation")
    if esc:
        lines.append(f"  escalation (ANALYST=auto): {esc['model_calls']} model calls of "
                     f"{esc['items']}, {esc['saved']} saved, {esc['wrong_let_through']} wrong "
                     "answers let through")
    targets = report["targets"]
    rwc, ece = targets["right_when_confident"], targets["calibration_error"]
    lines.append(f"  targets: right at {CONFIDENT_LABEL} {rwc['target']}: "
                 f"{_verdict(rwc['pass'])} ({rwc['right']} of {rwc['of']}); "
                 f"ECE {ece['target']}: {_verdict(ece['pass'])} ({ece['value']})")
    by_kind = targets.get("by_kind", {})
    if by_kind:
        lines.append("  by kind: " + "; ".join(
            f"{kind} {_verdict(kv['right_when_confident']['pass'])} "
            f"({kv['right_when_confident']['right']} of {kv['right_when_confident']['of']}), "
            f"ECE {_verdict(kv['calibration_error']['pass'])} ({kv['calibration_error']['value']})"
            for kind, kv in by_kind.items()))
    if "pricing" in report:
        lines.append("  pricing: see the pricing section of docs/evaluation.md")
    if written:
        lines.append("Wrote " + " and ".join(written) + ".")
    overall = oos["overall"]
    met = rwc["pass"] and ece["pass"] and all(
        kv["right_when_confident"]["pass"] and kv["calibration_error"]["pass"]
        for kv in by_kind.values())
    lines.append(f"Summary: {overall['right']}/{overall['items']} items fully right; "
                 f"{overall['confident_right']}/{overall['confident']} right at "
                 f"{CONFIDENT_LABEL}; ECE {overall['calibration']['ece']}; targets "
                 f"{'met' if met else 'not met'}.")
    return "\n".join(lines)


def _verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def _figures_row(name: str, g: dict[str, Any]) -> str:
    return (f"| {name} | {g['items']} | {g['right']} ({_pct(g['right'], g['items'])}) | "
            f"{g['producer_right']} | {g['abstain_cases']} | {g['abstained']} "
            f"({g['abstained_right']}) | {g['confident']} | "
            f"{g['confident_right']} ({_pct(g['confident_right'], g['confident'])}) | "
            f"{g['calibration']['ece'] if g['calibration']['ece'] is not None else '-'} |")


_FIGURES_HEAD = [
    "| items | n | fully right | producer right | no-brand cases | abstained (right) | "
    f"answers at {CONFIDENT_LABEL} | of them right | ECE |",
    "|---|---|---|---|---|---|---|---|---|",
]


def _reliability(name: str, g: dict[str, Any]) -> list[str]:
    cal = g["calibration"]
    lines = [f"**{name}** ({cal['rated']} answers, ECE {cal['ece']})", "",
             "| confidence bin | answers | mean confidence | share right |", "|---|---|---|---|"]
    lines += [f"| {t['bin']} | {t['n']} | {t['confidence']} | {t['accuracy']} |"
              for t in cal["table"]]
    return [*lines, ""]


def markdown(report: dict[str, Any], pricing: str | None = None) -> str:
    oos = report["out_of_sample"]
    heuristic = oos["method"] == "leave-one-source-out"
    lines = [
        "# Evaluation on real items",
        "",
        "Written by `make eval` (`python -m tools.real_evaluation --write`): the analyst "
        f"`{report['analyst']}` and the pricer `{report['pricer']}` on the development items "
        "in `samples/evaluation/real/` (saved Lens answers, kind `lens`, and marketplace title "
        "sets, kind `titles`; scored against `answer-key.json`). Raw results: "
        "`build/evaluation.json`.",
        "",
        "An item is **fully right** when the producer is right (or rightly none) and, where "
        "the key has a full model, the model is right too. `confidence` claims the probability "
        "of exactly that, for named producers and abstentions alike. The items are saved "
        "answers, so the pages they link to are not fetched: the schema.org product data the "
        "deployed analyst also reads (`PRODUCT_PAGES`) plays no part in these figures.",
        "",
        "## Out of sample",
        "",
    ]
    if heuristic:
        lines += [
            f"Cross-validation that leaves out one source (public repository) at a time, "
            f"{oos['sources']} sources: the calibration is fitted on the other sources' items "
            "and gives the held-out source's items their confidence, so no item is scored by "
            "a fit that saw its source. The producer and model rules themselves were written "
            "or changed while looking at these items, so only the calibration and the "
            "threshold are out of sample here; the rules are out of sample only in the first "
            "scores of the collections gathered after them (\"By collection\").",
            "",
        ]
    else:
        lines += ["The analyst's own confidence, as answered: no cross-validation. Where that "
                  "confidence is the heuristic's (`auto`), its calibration was fitted on these "
                  "same items, so the figures are in-sample.", ""]
    lines += [*_FIGURES_HEAD, _figures_row("all", oos["overall"])]
    lines += [_figures_row(f"kind `{k}`", g) for k, g in oos["kinds"].items()]
    lines += _collections(report.get("collections") or [], oos.get("batches") or {})
    lines += ["", "## Targets", "", "| target | value | verdict |", "|---|---|---|"]
    rwc, ece = report["targets"]["right_when_confident"], report["targets"]["calibration_error"]
    lines += [
        f"| right among answers at {CONFIDENT_LABEL} {rwc['target']} | {rwc['right']} of "
        f"{rwc['of']} ({rwc['value']}) | {_verdict(rwc['pass'])} |",
        f"| calibration error (ECE) {ece['target']} | {ece['value']} | {_verdict(ece['pass'])} |",
    ]
    for kind, kv in report["targets"].get("by_kind", {}).items():
        k_rwc, k_ece = kv["right_when_confident"], kv["calibration_error"]
        lines += [
            f"| kind `{kind}`: right at {CONFIDENT_LABEL} {k_rwc['target']} | {k_rwc['right']} "
            f"of {k_rwc['of']} ({k_rwc['value']}) | {_verdict(k_rwc['pass'])} |",
            f"| kind `{kind}`: ECE {k_ece['target']} | {k_ece['value']} | "
            f"{_verdict(k_ece['pass'])} |",
        ]
    lines += [
        "", "## Reliability", "",
        "Confidence against the share fully right, in 10 equal-width bins (empty bins left out).",
        "",
    ]
    lines += _reliability("all", oos["overall"])
    for kind, g in oos["kinds"].items():
        lines += _reliability(f"kind `{kind}`", g)
    if oos.get("feature_sets"):
        lines += [
            "## Calibration features", "",
            "`confidence` is a logistic regression (one for named producers, one for "
            "abstentions, mild L2 penalty) over evidence features of the answer. The features "
            "the service ships against the evidence score alone and all of `answer_features`, "
            "each fitted and scored by the same cross-validation (lower log loss is better):",
            "",
            "| named producer | abstention | shipped | log loss | ECE |", "|---|---|---|---|---|",
        ]
        lines += [f"| {', '.join(f['features'])} | {', '.join(f['abstained_features'])} | "
                  f"{'yes' if f['shipped'] else 'no'} | {f['log_loss']} | {f['ece']} |"
                  for f in oos["feature_sets"]]
        lines.append("")
    lines += ["## Per category", "", *_FIGURES_HEAD]
    lines += [_figures_row(c, g) for c, g in oos["categories"].items()]
    esc = oos.get("escalation")
    if esc:
        thresholds = sorted(set(esc["thresholds"].values()))
        lines += [
            "", "## Escalation (`ANALYST=auto`)", "",
            "Each fold's threshold is the lowest confidence at which, by the same "
            "cross-validation inside that fold's fitting set, heuristic answers were at least "
            "95 % right; below it the model is asked. On the held-out items: "
            f"{esc['model_calls']} model calls of {esc['items']}, {esc['saved']} saved; wrong "
            f"answers let through: {esc['wrong_let_through']} (thresholds used: "
            f"{', '.join(f'{t:g}' for t in thresholds)}).",
        ]
    lines += _suites(report["suites"])
    if pricing:
        lines += ["", pricing.strip()]
    return "\n".join(lines) + "\n"


def _collections(collections: list[dict[str, Any]], batches: dict[str, Any]) -> list[str]:
    """The figures by collection, and how the rules of the day first scored each collection
    gathered after them (``samples/evaluation/real/collections.json``): the one measure here
    of the rules themselves on items they had not seen."""
    if not collections:
        return []
    lines = ["", "## By collection", "",
             "The cases came in collections (`batch` in the key). Today's rules on each, out of "
             "sample for the calibration as above:", "", *_FIGURES_HEAD]
    lines += [_figures_row(f"batch {c['batch']}", batches[str(c["batch"])])
              for c in collections if str(c["batch"]) in batches]
    first = [(c["batch"], f) for c in collections for f in c.get("first_scored") or []]
    if first:
        lines += ["", "A collection gathered after the rules were written was first scored by "
                  "the rules of that day, before any rule was changed from its answers: the "
                  "rules, not only the calibration, out of sample.", "",
                  "| batch | kind | rules of | items | fully right | answers at "
                  f"{CONFIDENT_LABEL} | of them right | ECE | what was wrong |",
                  "|---|---|---|---|---|---|---|---|---|"]
        lines += [f"| {batch} | {f['kind']} | `{f['rules']}` | {f['items']} | "
                  f"{f['fully_right']} ({_pct(f['fully_right'], f['items'])}) | "
                  f"{f['confident']} | {f['confident_right']} | "
                  f"{f['ece'] if f['ece'] is not None else '-'} | {f['note']} |"
                  for batch, f in first]
        lines.append(_first_scores_together([f for _, f in first]))
    return lines


def _first_scores_together(first: list[dict[str, Any]]) -> str:
    """The first scores added up: the best guess of what items nobody has seen will show (an
    ECE is not a sum, so it is left out)."""
    items, right = sum(f["items"] for f in first), sum(f["fully_right"] for f in first)
    confident = sum(f["confident"] for f in first)
    confident_right = sum(f["confident_right"] for f in first)
    return (f"| together | | | {items} | {right} ({_pct(right, items)}) | {confident} | "
            f"{confident_right} ({_pct(confident_right, confident)}) | - | the rules on items "
            "they had not seen, each collection scored once |")


def _suites(suites: dict[str, Any]) -> list[str]:
    lines = [
        "", "## Robustness: perturbation suites", "",
        "The items rewritten by code (`tools/perturb.py`: brand names invented, titles "
        "lowercased, matches shuffled, only the top four, only the non-English ones), read by "
        "the analyst as shipped. Perturbed copies of one item are not independent, so they "
        "are not used to fit or score the calibration.", "",
        "| suite | cases | fully right | producer | abstained (right) | model core | model full "
        "| producer page | offers relevant | estimate |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in suites.items():
        lines.append(
            f"| {name} | {s['cases']} | {_frac(s['right'])} | {_frac(s['producer'])} | "
            f"{s['abstained']['count']} ({s['abstained']['right']}) | {_frac(s['model_core'])} "
            f"| {_frac(s['model_full'])} | {_frac(s['producer_page'])} | "
            f"{s['offers_relevance']['relevant']}/{s['offers_relevance']['of']} | "
            f"{_frac(s['estimate'])} |")
    return lines


def _frac(count: dict[str, int]) -> str:
    return f"{count['right']}/{count['of']}" if count["of"] else "-"
