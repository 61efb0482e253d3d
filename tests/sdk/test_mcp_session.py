"""``lens-gpt mcp`` keeps one client for its session: an agent's tool calls reuse its connection
to the service (spoken to with the official MCP SDK's stdio client, against a scripted service)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

from tests.fake_service import Answer, FakeService, chunk, document
from tests.helpers import REPO


@pytest.fixture
def service() -> Iterator[FakeService]:
    with FakeService(keep_alive=True) as fake:
        fake.routes["GET /queries/q1"] = [Answer(200, document("q1", "done", [
            chunk(1, "done", {"status": "done"}, "-")]))]
        yield fake


async def call_tools(url: str, calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    env = {k: v for k, v in os.environ.items() if k not in ("LENS_GPT_URL", "LENS_GPT_API_KEY")}
    parameters = StdioServerParameters(
        command=sys.executable, args=["-m", "lens_gpt_client.cli", "mcp", "--url", url],
        env=env, cwd=str(REPO))
    async with stdio_client(parameters) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        return [await session.call_tool(name, arguments) for name, arguments in calls]


def test_an_agents_tool_calls_share_one_connection_to_the_service(
        service: FakeService) -> None:
    # When an agent calls the tools three times in one session
    results = asyncio.run(call_tools(service.url, [
        ("get_query", {"query_id": "q1"}),
        ("wait_for_confident_result", {"query_id": "q1", "timeout_seconds": 5}),
        ("get_query", {"query_id": "q1"}),
    ]))

    # Then each answers the query, and every request came on the same connection
    assert [r.structured_content["status"] for r in results if not r.is_error] == ["done"] * 3
    requests = service.requests_to("GET /queries/q1")
    assert len(requests) >= 3
    assert len({seen.peer for seen in requests}) == 1
