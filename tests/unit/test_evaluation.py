"""The evaluation set and its scoring: how often an analyst names producer and model right."""

from __future__ import annotations

import json
from pathlib import Path

from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.wire import Identity, LensMatch
from tools.evaluation import evaluate, load_samples, main, model_right, producer_right


class FixedAnswers:
    """An analyst that gives prepared answers by first match title (to check the scoring)."""

    def __init__(self, answers: dict[str, Identity | None]) -> None:
        self.answers = answers

    def identify(self, image: StagedImage, matches: list[LensMatch]) -> Identity:
        answer = self.answers[matches[0].title]
        if answer is None:
            raise ProviderError("the model is down", code="analyst-unavailable")
        return answer


def write_sample(directory: Path, name: str, producer: str | None, model: str | None) -> None:
    document = {"name": name, "expected": {"producer": producer, "model": model},
                "matches": [{"title": name, "link": f"https://shop.example/{name}",
                             "source": "Shop"}]}
    (directory / f"{name}.json").write_text(json.dumps(document), encoding="utf-8")


def test_the_evaluation_set_covers_catalog_items_real_brands_and_brandless_items():
    samples = load_samples()

    assert len(samples) >= 20
    assert any(s.name.startswith("catalog-") for s in samples)
    assert sum(s.producer is None for s in samples) >= 2
    assert all(s.matches for s in samples)
    assert all(s.photo is None or s.photo.is_file() for s in samples)


def test_the_heuristic_analyst_names_most_producers_of_the_set():
    report = evaluate(HeuristicAnalyst())

    assert report["samples"] == len(report["results"]) == len(load_samples())
    assert report["errors"] == 0
    assert report["producer_accuracy"] >= 0.8 and report["model_accuracy"] >= 0.8


def test_scoring_is_lenient_on_spelling_and_strict_on_wrong_brands():
    assert producer_right("Fjällräven", "Fjallraven")
    assert producer_right("Halvorsen & Co", "halvorsen & co.")
    assert producer_right(None, None)
    assert not producer_right(None, "Dyson")  # a brand where the evidence supports none
    assert not producer_right("Sony", None)
    assert model_right("DW-5600", "G-Shock DW-5600E")
    assert not model_right("Air Max 90", "Air Max")
    assert not model_right("501", None)


def test_accuracy_counts_errors_as_misses_and_skips_unknown_models(tmp_path: Path):
    # Given three samples: one answered right, one brand-less, one the analyst fails on
    write_sample(tmp_path, "a", "Nordkap", "Fjellsti Trail 2")
    write_sample(tmp_path, "b", None, None)
    write_sample(tmp_path, "c", "Sony", "WH-1000XM4")
    analyst = FixedAnswers({
        "a": Identity(producer="Nordkap", model="Fjellsti Trail 2 GTX"),
        "b": Identity(producer=None, model="Chair"),
        "c": None,
    })

    report = evaluate(analyst, tmp_path)

    assert report["producer_accuracy"] == round(2 / 3, 3)
    assert report["model_accuracy"] == 0.5  # "b" expects no model and is not scored
    assert report["errors"] == 1
    assert [r["error"] for r in report["results"]] == [None, None, "analyst-unavailable"]


def test_the_command_prints_a_json_report(capsys, monkeypatch):
    # Neither an analyst nor a key (with a key, the analyst would default to auto)
    monkeypatch.delenv("ANALYST", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)

    assert main(["--details"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert report["analyst"] == "heuristic"
    assert 0.0 <= report["producer_accuracy"] <= 1.0
    assert len(report["results"]) == report["samples"]
