"""The SDK and the CLI send a deployment's access key (x-api-key) to the service, and only
there: never to the bucket's presigned upload."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

from lens_gpt_client import AsyncClient, Client
from lens_gpt_client.cli import main
from tests.fake_service import Answer, FakeService, chunk, created, document

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
KEY = "key-of-this-deployment-0123456789"


@pytest.fixture
def service() -> Iterator[FakeService]:
    with FakeService() as fake:
        fake.routes["POST /queries"] = [Answer(201, created(fake, "q1"))]
        fake.routes["POST /upload"] = [Answer(204)]
        fake.routes["GET /queries/q1"] = [Answer(200, document("q1", "done", [
            chunk(1, "done", {"status": "done"}, "-")]))]
        fake.routes["GET /queries/q1/stream"] = [Answer(200, json.dumps(
            chunk(1, "done", {"status": "done"}, "-")).encode() + b"\n",
            {"Content-Type": "application/x-ndjson"})]
        yield fake


def keys_sent(service: FakeService) -> dict[str, str | None]:
    return {f"{s.method} {s.path.split('?')[0]}": {k.lower(): v for k, v in s.headers.items()}
            .get("x-api-key") for s in service.seen}


def test_the_sync_and_async_clients_send_the_key_to_the_service_only(
    service: FakeService,
) -> None:
    with Client(service.url, api_key=KEY) as client:
        query = client.ask_async(JPEG)
        client.get_image_query(query.id)
    sync_seen = keys_sent(service)
    service.seen.clear()

    async def run() -> None:
        async with AsyncClient(service.url, api_key=KEY) as client:
            query = await client.ask_async(JPEG)
            await client.get_image_query(query.id)

    asyncio.run(run())

    for seen in (sync_seen, keys_sent(service)):
        assert seen == {"POST /queries": KEY, "GET /queries/q1": KEY, "POST /upload": None}


def test_the_key_comes_from_the_environment_by_default(service: FakeService,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LENS_GPT_API_KEY", KEY)
    with Client(service.url) as client:
        client.get_image_query("q1")

    assert keys_sent(service) == {"GET /queries/q1": KEY}


def test_the_cli_sends_its_api_key_option(service: FakeService,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["watch", "q1", "--url", service.url, "--api-key", KEY, "--json"])

    assert code == 0, capsys.readouterr()
    assert set(keys_sent(service).values()) == {KEY}


def test_the_mcp_server_takes_the_key_from_the_command_line_like_every_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `lens-gpt mcp --api-key KEY` hands the key to the server it serves
    from lens_gpt_client import mcp_server

    served: list[tuple[str, str | None]] = []
    monkeypatch.setattr(mcp_server, "serve", lambda url, key: served.append((url, key)) or 0)

    assert main(["mcp", "--url", "http://127.0.0.1:9", "--api-key", KEY]) == 0
    assert served == [("http://127.0.0.1:9", KEY)]
