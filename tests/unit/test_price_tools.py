"""``tools.price`` on every saved answer of the pricing set, and the pricing evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import price as price_tool
from tools import pricing_evaluation
from tools.pricing_evaluation import PRICING_DIR, load_labels

ANSWERS = load_labels()


@pytest.mark.parametrize("answer", ANSWERS, ids=[a["file"] for a in ANSWERS])
def test_tools_price_reads_every_saved_answer_and_prints_kept_dropped_and_the_estimate(
    answer: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--item", answer["item"], "--producer", answer["producer"], "--model",
            answer["model"], "--marketplace-answer", str(PRICING_DIR / answer["file"]), "--json"]

    assert price_tool.main(argv) == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kept = [line for line in lines if line.get("kept") is True]
    dropped = [line for line in lines if line.get("kept") is False]
    assert kept or dropped
    assert all(line["offer"]["why"] for line in kept)
    assert all(line["why"] and line["rule"] for line in dropped)
    chunk = lines[-1]
    if kept:  # an estimate, from sold listings when the answer holds sales
        assert chunk["data_description"] == "estimated-price"
        assert chunk["data"]["basis"] == answer["basis"]
    else:  # nothing of the item: no made-up price
        assert chunk["data"]["code"] == "no-offers"


def test_tools_price_says_when_the_file_is_no_marketplace_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words", "utf-8")

    assert price_tool.main(["--item", "Sony A7 IV", "--marketplace-answer", str(path)]) == 2
    assert "neither JSON" in capsys.readouterr().err


def test_tools_price_without_offers_prints_the_no_offers_error(
    capsys: pytest.CaptureFixture[str]
) -> None:
    answer = ANSWERS[0]
    argv = ["--item", "Sony A7 IV", "--producer", "Sony",
            "--marketplace-answer", str(PRICING_DIR / answer["file"]), "--json"]

    price_tool.main(argv)

    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert last["data_description"] == "error" and last["data"]["code"] == "no-offers"


def test_the_pricing_evaluation_reports_each_figure_with_its_count() -> None:
    figures, section = pricing_evaluation.report()

    assert figures["answers"] == len(ANSWERS) > 0
    for name in ("precision", "recall", "within_15"):
        assert 0 <= figures[name] <= 1
    assert figures["kept"] > 0 and figures["item_listings"] > 0 and figures["estimates"] > 0
    json.dumps(figures)
    assert section.startswith("## Pricing on real marketplace answers")
    assert "offer precision" in section and "offer recall" in section
