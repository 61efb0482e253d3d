"""The SDK's models against the service's wire models: every field the service declares is one
the SDK reads, so the two cannot drift apart silently; and fields a newer service adds are kept,
not refused."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pydantic import BaseModel

from chalicelib import wire
from lens_gpt_client import types, webhooks
from tests.helpers import REPO

PAIRS = [(wire.Chunk, types.Chunk), (wire.QueryDocument, types.Query),
         (wire.Summary, types.Summary), (wire.ResultDocument, types.Query),
         (wire.LensMatch, types.LensMatch), (wire.WebhookDone, webhooks.WebhookDone),
         (wire.WebhookChunk, webhooks.WebhookChunk)]


@pytest.mark.parametrize(("server", "sdk"), PAIRS, ids=lambda m: m.__name__)
def test_the_sdk_models_declare_every_field_of_the_server_models(
        server: type[BaseModel], sdk: type[BaseModel]) -> None:
    declared = set(server.model_json_schema()["properties"])

    assert declared - set(sdk.model_fields) == set()


def test_the_sdk_knows_every_chunk_kind_of_the_server() -> None:
    assert {k.value for k in wire.ChunkKind} == {k.value for k in types.ChunkKind}


def test_a_document_the_server_writes_reads_back_field_for_field() -> None:
    chunks = [
        wire.Chunk(seq=1, image_sha256="ab" * 32, stage="gpt", data_description="model-producer",
                   data_type="dict[str, str]", data={"producer": "Acme", "model": "X1"},
                   created_at="2026-11-22T10:00:00Z"),
        wire.Chunk(seq=2, image_sha256="ab" * 32, stage="-", data_description="done",
                   data_type="dict[str, str]", data={"status": "done"},
                   created_at="2026-11-22T10:00:01Z"),
    ]
    served = wire.QueryDocument(id="q1", status="done", image_sha256="ab" * 32, chunks=chunks,
                                cursor=2, summary=wire.Summary.of(chunks))

    read = types.Query.model_validate_json(served.model_dump_json())

    assert read.model_dump(include=set(served.model_dump())) == served.model_dump()
    assert read.identified and read.finished


def test_fields_and_kinds_a_newer_service_adds_are_kept() -> None:
    newer = {"id": "q1", "status": "processing", "image_sha256": None, "cursor": 1,
             "summary": {"producer": "Acme", "colour": "red"}, "webhook": {"events": "done"},
             "chunks": [{"seq": 1, "image_sha256": None, "stage": "gpt", "data": {"hex": "#f00"},
                         "data_description": "colour", "data_type": "dict[str, str]",
                         "created_at": "2026-11-22T10:00:00Z", "refines": None}]}

    query = types.Query.model_validate(newer)

    assert query.summary.model_extra == {"colour": "red"}
    assert query.chunks[0].data_description == "colour"
    assert query.model_extra == {"webhook": {"events": "done"}}


def test_the_sdk_never_imports_the_service() -> None:
    for path in (REPO / "sdk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            tops = {name.split(".")[0] for name in names}
            assert not tops & {"chalicelib", "devstack", "tools", "tests", "app"}, (
                f"{Path(path).relative_to(REPO)} imports {tops}")


def test_a_match_of_every_kind_reads_back_and_a_visual_one_keeps_its_old_shape() -> None:
    card = wire.LensMatch(title="Nordkap Trailrunner 2", link="https://nordkap.example/tr2",
                          source="nordkap.example", kind="knowledge-graph", subtitle="Shoe")
    visual = wire.LensMatch(title="Trailrunner 2", link="https://shop.example/1", source="Shop")

    read = types.LensMatch.model_validate_json(card.model_dump_json())

    assert (read.kind, read.subtitle) == ("knowledge-graph", "Shoe")
    assert "kind" not in visual.model_dump() and "subtitle" not in visual.model_dump()
