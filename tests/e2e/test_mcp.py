"""``lens-gpt mcp`` as an AI agent's host runs it: a child process on stdio, spoken to with the
official MCP SDK's own client (``stdio_client`` and ``ClientSession``), against the local stack."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters, stdio_client

from devstack.photos import fresh_photo
from tests.helpers import REPO, Stack


def server_parameters(url: str) -> StdioServerParameters:
    env = {k: v for k, v in os.environ.items() if k not in ("LENS_GPT_URL", "PORT")}
    return StdioServerParameters(command=sys.executable,
                                 args=["-m", "lens_gpt_client.cli", "mcp", "--url", url],
                                 env=env, cwd=str(REPO))


async def session_calls(url: str, calls: list[tuple[str, dict[str, Any]]]) -> tuple[
        list[str], list[Any]]:
    """The tools the server lists, and the result of each call in turn (one session)."""
    async with stdio_client(server_parameters(url)) as (read, write), \
            ClientSession(read, write) as session:
        await session.initialize()
        tools = [tool.name for tool in (await session.list_tools()).tools]
        results = []
        for name, arguments in calls:
            if "query_id" in arguments and arguments["query_id"] is None:
                arguments = {**arguments, "query_id": results[0].structured_content["id"]}
            results.append(await session.call_tool(name, arguments))
        return tools, results


def test_an_agent_identifies_a_photo_then_gets_and_waits_for_its_query(
        stack: Stack, tmp_path: Path) -> None:
    # Given a photo on this machine and `lens-gpt mcp` serving the local stack
    photo = tmp_path / "mug.jpg"
    photo.write_bytes(fresh_photo("mug"))

    # When an MCP client lists the tools, identifies the photo, then gets and waits for it
    tools, (identified, got, waited) = asyncio.run(session_calls(stack.url, [
        ("identify_photo", {"photo": str(photo), "hint": "the mug", "wait_seconds": 30}),
        ("get_query", {"query_id": None}),
        ("wait_for_confident_result", {"query_id": None, "confidence_threshold": 0.99,
                                       "timeout_seconds": 20}),
    ]))

    # Then the three tools are offered, and each answers the query's summary and chunks
    assert set(tools) == {"identify_photo", "get_query", "wait_for_confident_result"}
    for result in (identified, got, waited):
        assert not result.is_error, result.content
    answer = waited.structured_content
    assert answer["status"] == "done"
    assert answer["summary"]["producer"] and answer["summary"]["model"]
    assert [c["data_description"] for c in answer["chunks"]][-1] == "done"
    assert answer["permalink"] == f"{stack.url}/?q={answer['id']}"
    assert got.structured_content["id"] == identified.structured_content["id"] == answer["id"]
    assert answer["hint"] == "the mug"
    stored = stack.poll_until_finished(answer["id"])
    assert answer["summary"]["producer"] == stored["summary"]["producer"]


def test_a_photo_the_service_would_refuse_is_a_tool_error_in_its_words(
        stack: Stack, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")

    _, (refused, unknown) = asyncio.run(session_calls(stack.url, [
        ("identify_photo", {"photo": str(empty)}),
        ("wait_for_confident_result", {"query_id": "no-such-query", "timeout_seconds": 1}),
    ]))

    assert refused.is_error
    # (the MCP SDK puts "Error executing tool <name>: " before a tool's own words)
    assert refused.content[0].text.endswith(": The file is empty.")
    assert unknown.is_error and "no-such-query" in unknown.content[0].text
