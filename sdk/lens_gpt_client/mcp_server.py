"""``lens-gpt mcp``: the service as tools for AI agents, over the Model Context Protocol (stdio).

Three tools, each a thin use of the async client:

- ``identify_photo``: upload a photo (a path on this machine or an http(s) URL), optionally with
  a text hint, and wait (up to ``wait_seconds``) for a confident result;
- ``get_query``: a query's state as it is now;
- ``wait_for_confident_result``: wait until a query is confident or finished.

Each answers the query's id, status, certainty, summary, chunks and permalink as structured
content. A refusal (an empty file, an unreachable service, an unknown query) is a tool error in
the same sentence the SDK raises, so an agent can say it or act on it.

Needs the official MCP SDK: ``pip install './sdk[mcp]'``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from lens_gpt_client.aio import AsyncClient
from lens_gpt_client.exceptions import LensGptClientError
from lens_gpt_client.types import Query

# A photo fetched from a URL is read up to this size (the service's own default limit, 20 MiB,
# plus one byte: a larger one is refused by the SDK's check, in the service's words).
MAX_URL_BYTES = 20 * 1024 * 1024 + 1
INSTRUCTIONS = (
    "lens-gpt identifies an item in a photo (producer and model, the producer's page, retail "
    "details, second-hand offers and an estimated resale price with a certainty from 0 to 1). "
    "Call identify_photo with a path or an http(s) URL of a photo; add a short hint (e.g. "
    "'the lamp, not the table') when the photo shows several things. A result that is not yet "
    "confident can be waited for with wait_for_confident_result."
)


class PhotoUnavailable(LensGptClientError):
    """The photo could not be read from its path or fetched from its URL."""


def build_server(url: str, api_key: str | None = None) -> Any:
    """The MCP server of the service at ``url`` (an ``MCPServer``; imported here, so that the
    rest of the SDK works without the ``mcp`` extra)."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    # One client for the session (the server's lifespan: over stdio, one per process): the
    # tools' calls reuse its connections, and it is closed when the session ends.
    session_clients: list[AsyncClient] = []

    @asynccontextmanager
    async def session(_: Any) -> AsyncIterator[dict[str, Any]]:
        async with AsyncClient(url, api_key=api_key) as client:
            session_clients.append(client)
            try:
                yield {}
            finally:
                session_clients.remove(client)

    def client() -> AsyncClient:
        return session_clients[-1]

    server = MCPServer(name="lens-gpt", instructions=INSTRUCTIONS, log_level="WARNING",
                       lifespan=session)

    def answer(query: Query) -> dict[str, Any]:
        return {
            "id": query.id,
            "status": query.status,
            "certainty": query.certainty,
            "hint": query.hint,
            "summary": query.summary.model_dump(exclude_none=True),
            "chunks": [chunk.model_dump() for chunk in query.chunks],
            "permalink": f"{url.rstrip('/')}/?q={query.id}",
        }

    @server.tool()
    async def identify_photo(photo: str, hint: str | None = None,
                             confidence_threshold: float = 0.7,
                             wait_seconds: float = 30.0) -> dict[str, Any]:
        """Identify the item in a photo and estimate what it is worth.

        photo: a path of an image file on this machine, or an http(s) URL of one.
        hint: optional short text about what to look at ("Sony camera", "the lamp, not the
        table"), at most 200 characters.
        Waits up to wait_seconds for the estimate's certainty to reach confidence_threshold (or
        the query to finish), then answers the query's summary and chunks so far.
        """
        try:
            data = await read_photo(photo)
            query = await client().ask_async(data, **({"hint": hint} if hint else {}))
            result = await client().wait_for_confident_result(
                query.id, confidence_threshold, timeout=wait_seconds)
        except LensGptClientError as exc:
            raise ToolError(exc.message) from exc
        return answer(result)

    @server.tool()
    async def get_query(query_id: str) -> dict[str, Any]:
        """A query's state now: status, summary and every chunk so far."""
        try:
            return answer(await client().get_query(query_id))
        except LensGptClientError as exc:
            raise ToolError(exc.message) from exc

    @server.tool()
    async def wait_for_confident_result(query_id: str, confidence_threshold: float = 0.7,
                                        timeout_seconds: float = 30.0) -> dict[str, Any]:
        """Wait until the query's estimate is at least confidence_threshold certain, or the
        query has finished, or timeout_seconds have passed; then its state."""
        try:
            query = await client().wait_for_confident_result(
                query_id, confidence_threshold, timeout=timeout_seconds)
        except LensGptClientError as exc:
            raise ToolError(exc.message) from exc
        return answer(query)

    return server


async def read_photo(photo: str) -> bytes:
    """The bytes of a photo named by a path or an http(s) URL."""
    if urlsplit(photo).scheme in ("http", "https"):
        try:
            async with httpx.AsyncClient(follow_redirects=True, timeout=30) as http, \
                    http.stream("GET", photo) as answer:
                if answer.status_code != 200:
                    raise PhotoUnavailable(
                        f"The photo at {photo} could not be fetched (HTTP {answer.status_code}).",
                        code="photo-unavailable")
                data = bytearray()
                async for piece in answer.aiter_bytes():
                    data += piece
                    if len(data) >= MAX_URL_BYTES:
                        break
                return bytes(data)
        except httpx.HTTPError as exc:
            raise PhotoUnavailable(f"The photo at {photo} could not be fetched ({exc}).",
                                   code="photo-unavailable") from exc
    path = Path(photo).expanduser()
    if not path.is_file():
        raise PhotoUnavailable(f"There is no file {photo!r}.", code="photo-unavailable")
    return path.read_bytes()


def serve(url: str, api_key: str | None = None) -> int:
    """Serve over stdio until the client closes it (the access key, if any, from the CLI or
    ``$LENS_GPT_API_KEY``)."""
    try:
        server = build_server(url, api_key)
    except ImportError as exc:
        raise LensGptClientError("lens-gpt mcp needs the MCP SDK: pip install "
                                 "'lens-gpt-client[mcp]' (or './sdk[mcp]').",
                                 code="mcp-missing") from exc
    server.run("stdio")
    return 0
