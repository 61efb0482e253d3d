"""The analysis tool: saved matches in, the chunks the gpt and pricing stages would write out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devstack.fakes.openai_server import FakeOpenAI, image_urls, serve_fake_openai, structured
from devstack.photos import sample_photo
from tools.analyze import main
from tools.evaluation import SAMPLES_DIR


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    assert main(list(argv)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def saved(tmp_path: Path, document: Any) -> str:
    path = tmp_path / "matches.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def trail_shoe_matches() -> list[dict[str, Any]]:
    sample = json.loads((SAMPLES_DIR / "catalog-trail-shoe.json").read_text(encoding="utf-8"))
    return sample["matches"]


@pytest.fixture(autouse=True)
def embedded_providers(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANALYST", "PRICER", "MARKETPLACE_DOMAINS", "PRICE_CURRENCY", "PRICE_RATES",
                 "PROVIDER_DELAYS"):
        monkeypatch.delenv(name, raising=False)


def test_a_saved_match_list_gives_every_chunk_of_both_stages(tmp_path, capsys):
    # Given a lens-matches list saved from a run
    path = saved(tmp_path, trail_shoe_matches())

    # When the tool runs over it
    chunks = run(capsys, path)

    # Then it prints the gpt and pricing chunks in order, numbered, and done
    assert [c["data_description"] for c in chunks] == [
        "model-producer", "producer-url", "retail-price-details", "second-hand-offers",
        "estimated-price", "done",
    ]
    assert [c["seq"] for c in chunks] == list(range(1, 7))
    assert chunks[0]["data"] == {"producer": "Nordkap", "model": "Fjellsti Trail 2",
                                 "confidence": chunks[0]["data"]["confidence"]}
    assert 0.9 <= chunks[0]["data"]["confidence"] < 1.0  # many independent matches agree
    assert chunks[1]["data"]["link"].startswith("https://www.nordkap.example/")
    assert all(o["link"] for o in chunks[3]["data"]) and chunks[4]["data"]["currency"] == "EUR"
    assert chunks[-1]["data"] == {"status": "done"}


def test_a_saved_google_lens_answer_is_read_with_its_prices(tmp_path, capsys):
    # Given an answer in SerpApi's shape, prices as objects with the written value
    path = saved(tmp_path, {"visual_matches": [
        {"title": "Nordkap Fjellsti Trail 2 used", "link": "https://www.ebay.com/itm/1",
         "source": "eBay", "position": 1,
         "price": {"value": "US $72.50", "extracted_value": 72.5, "currency": "$"}},
        {"title": "Nordkap Fjellsti Trail 2", "link": "https://www.nordkap.example/p/2",
         "source": "Nordkap", "position": 2},
    ]})

    chunks = run(capsys, path)

    offers = next(c["data"] for c in chunks if c["data_description"] == "second-hand-offers")
    assert [(o["price"], o["currency"], o["wear"]) for o in offers] == [(72.5, "USD", "used")]


def test_nothing_to_go_on_gives_findings_not_made_up_answers(tmp_path, capsys):
    chunks = run(capsys, saved(tmp_path, []))

    errors = [c["data"] for c in chunks if c["data_description"] == "error"]
    assert [(e["stage"], e["code"]) for e in errors] == [
        ("gpt", "unidentified"), ("pricing", "no-offers")
    ]
    assert chunks[-1]["data"] == {"status": "done"}


def test_the_matches_of_a_result_document_are_found(tmp_path, capsys):
    document = {"status": "done", "chunks": [
        {"seq": 1, "data_description": "lens-matches", "data": trail_shoe_matches()},
    ]}

    chunks = run(capsys, saved(tmp_path, document))

    assert chunks[0]["data"]["producer"] == "Nordkap"


def test_a_file_without_matches_is_a_clear_error(tmp_path, capsys):
    assert main([saved(tmp_path, {"hello": "world"})]) == 2
    assert "no lens-matches list" in capsys.readouterr().err


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with serve_fake_openai() as server:
        yield server


def test_the_configured_analyst_is_used_and_shown_the_photo(
    tmp_path, capsys, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    # Given the openai analyst configured as for the service, and a photo
    for name, value in {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake.base_url,
                        "OPENAI_MAX_RETRIES": "0", "OPENAI_IMAGE_MODE": "base64"}.items():
        monkeypatch.setenv(name, value)
    fake.script = [structured({"producer": "Nordkap", "model": "Fjellsti Trail 2"}),
                   structured({"link": None})]

    chunks = run(capsys, saved(tmp_path, trail_shoe_matches()), "--analyst", "openai",
                 "--image", str(sample_photo("trail-shoe")))

    assert chunks[0]["data"] == {"producer": "Nordkap", "model": "Fjellsti Trail 2"}
    assert chunks[0]["image_sha256"] and len(chunks[0]["image_sha256"]) == 64
    assert image_urls(fake.requests[0]["body"])[0].startswith("data:image/jpeg;base64,")
    assert chunks[1]["data"]["code"] == "no-producer-page"
