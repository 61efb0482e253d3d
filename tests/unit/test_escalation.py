"""``ANALYST=auto``: the heuristic answers first, the model refines an unsure answer.

The model is the real OpenAI client against the local fake OpenAI server.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from chalicelib.config import Settings
from chalicelib.services import Services
from chalicelib.wire import Chunk, Summary
from devstack.fakes.openai_server import FakeOpenAI, schema_name, serve_fake_openai, user_text
from devstack.fakes.openai_server import structured as answer
from devstack.photos import sample_photo
from tests.unit.test_analysis_stages import configure, openai_env
from tests.unit.test_pipeline import chunks_of, drain, upload


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with serve_fake_openai() as server:
        server.answer = lambda body: answer({
            "IdentityAnswer": {"producer": "Nordkap", "model": "Fjellsti Trail 2 GTX"},
            "PageAnswer": {"link": None},
        }[schema_name(body)])
        yield server


def identities(chunks: list[Chunk]) -> list[Chunk]:
    return [c for c in chunks if c.data_description == "model-producer"]


def run_auto(services: Services) -> list[Chunk]:
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())
    drain(services, "gpt")
    drain(services, "pricing")
    return chunks_of(services, query_id)


def test_an_unsure_first_answer_is_refined_by_the_model_in_a_later_chunk(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    # Given the auto analyst with a key, and a threshold no heuristic answer reaches
    services = configure(monkeypatch, **{**openai_env(fake), "ANALYST": "auto"},
                         ESCALATION_THRESHOLD="1.0")

    # When a photo is analysed
    chunks = run_auto(services)

    # Then the heuristic's answer comes first with its confidence
    first, refined = identities(chunks)
    assert 0 <= first.data["confidence"] < 1.0 and "refines" not in first.data
    # And the model's answer follows and says which chunk it refines
    assert refined.data["refines"] == first.seq and refined.seq > first.seq
    assert refined.data["model"] == "Fjellsti Trail 2 GTX"
    # And the summary folds the latest
    assert Summary.of(chunks).model == "Fjellsti Trail 2 GTX"
    assert chunks[-1].data == {"status": "done"}


def test_the_model_is_shown_the_first_answer_and_the_evidence_it_weighed(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    # Given the auto analyst with a key, and a threshold no heuristic answer reaches
    services = configure(monkeypatch, **{**openai_env(fake), "ANALYST": "auto"},
                         ESCALATION_THRESHOLD="1.0")

    # When a photo is analysed and the unsure first answer goes to the model
    chunks = run_auto(services)
    first = identities(chunks)[0]

    # Then the model's identify request carries the first reading as delimited data: the
    # heuristic's answer with its confidence, and the evidence behind it
    (asked,) = [r["body"] for r in fake.requests if schema_name(r["body"]) == "IdentityAnswer"]
    text = user_text(asked)
    block = re.search(r"<first_reading>\n(.*)\n</first_reading>", text, re.S)
    assert block, text
    reading = json.loads(block.group(1))
    assert reading["answer"] == first.data
    assert reading["leading_name"] and reading["matches_naming_it"] >= 1
    assert {"independent_sites_naming_it", "on_its_own_site",
            "strongest_other_name_score"} <= set(reading)
    assert "first_reading" in asked["messages"][0]["content"]


def test_with_an_openai_key_the_analyst_defaults_to_auto():
    assert Settings.from_env({"OPENAI_API_KEY": "sk-test"}).analyst == "auto"
    assert Settings.from_env({}).analyst == "heuristic"
    assert Settings.from_env({"OPENAI_API_KEY": "sk-test", "ANALYST": "openai"}).analyst == "openai"


def test_a_confident_answer_saves_the_model_call(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    services = configure(monkeypatch, **{**openai_env(fake), "ANALYST": "auto"},
                         ESCALATION_THRESHOLD="0")

    chunks = run_auto(services)

    assert len(identities(chunks)) == 1
    assert fake.requests == []


def test_without_a_key_the_heuristic_answer_stands(
    aws: Services, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    services = configure(monkeypatch, ANALYST="auto", ESCALATION_THRESHOLD="1.0")

    chunks = run_auto(services)

    (identity,) = identities(chunks)
    assert identity.data["producer"] and fake.requests == []


def test_the_summary_folds_the_latest_identity():
    # Given a first answer and a later one that refines it
    def chunk(seq: int, data: dict) -> Chunk:
        return Chunk(seq=seq, image_sha256="0" * 64, stage="gpt",
                     data_description="model-producer", data_type="dict[str, str]", data=data,
                     created_at="2026-11-30T10:00:00.000Z")

    chunks = [chunk(2, {"producer": None, "model": "Watch", "confidence": 0.4}),
              chunk(5, {"producer": "Hamilton", "model": "Khaki Field Auto 38", "refines": 2})]

    # Then the summary shows the refined answer
    summary = Summary.of(chunks)
    assert (summary.producer, summary.model) == ("Hamilton", "Khaki Field Auto 38")


def test_the_heuristic_reads_a_page_once_for_its_answer_and_its_explanation(monkeypatch) -> None:
    # ANALYST=auto asks the heuristic for its answer, then (to show the model) for what it
    # weighed: the same matches, which on a marketplace page are hundreds of titles to read
    from chalicelib.providers.analysts import heuristic
    from chalicelib.providers.base import StagedImage
    from chalicelib.wire import LensMatch

    reads: list[int] = []
    real = heuristic.clean_titles
    monkeypatch.setattr(heuristic, "clean_titles",
                        lambda matches: reads.append(len(matches)) or real(matches))
    matches = [LensMatch(title=f"Nordkap Fjellsti Trail 2 GTX {size}", source="Shop",
                         link=f"https://shop{size}.example/p") for size in range(40, 46)]
    analyst = heuristic.HeuristicAnalyst()
    image = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")

    answer = analyst.identify(image, matches)
    explained = analyst.explain(matches)

    assert explained["answer"] == answer.model_dump()
    assert reads == [6]
    # and other matches are read afresh
    analyst.explain(matches[:3])
    assert reads == [6, 3]
