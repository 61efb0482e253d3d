"""The sequential baseline: one worker runs every step after the other, as the original Flask
backend did, and streams each chunk as soon as it has it.

    python -m bench.baseline --port 8100

``POST /classify`` (multipart field ``file``) answers with the same events as the service's
``/classify``, computed with the providers the settings name (for the benchmark: the simulated
set, with the same latencies as the pipeline). There is no queue, no results log and no
deduplication: the image is checked, searched, named, priced, in that order, in the request.
"""

from __future__ import annotations

import argparse
import itertools
import threading
from typing import Any, Callable, Iterator

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from chalicelib.config import Settings
from chalicelib.errors import LensGptError
from chalicelib.images.recognition import inspect_image
from chalicelib.providers import registry
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.pricing.prices import convert
from chalicelib.surfaces.relay.encoding import classify_event
from chalicelib.surfaces.relay.original_page import for_original_page
from chalicelib.wire import Chunk, ChunkKind, ErrorBody, utc_now_iso


class SequentialBaseline:
    """Every step of a query, one after the other, one query at a time."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lens = registry.lens_provider(settings)
        self._analyst = registry.analyst(settings)
        self._pricer = registry.pricer(settings)
        self._worker = threading.Lock()  # one worker, like a single Flask process
        self.currency = settings.classify_currency

    def run(self, data: bytes) -> Iterator[Chunk]:
        with self._worker:
            yield from self._steps(data)

    def _steps(self, data: bytes) -> Iterator[Chunk]:
        seq = itertools.count(1)
        try:
            info = inspect_image(data, self._settings.max_image_bytes,
                                 self._settings.max_image_pixels)
        except LensGptError as exc:
            yield _error(next(seq), None, "lens", exc)
            yield _chunk(next(seq), None, "-", ChunkKind.DONE, {"status": "failed"})
            return
        image = StagedImage.from_bytes(data, info.sha256, info.mime_type)
        sha, failed = info.sha256, False
        for stage, steps in self._stages(image):
            results: dict[str, Any] = {}
            try:
                for description, compute in steps:
                    results[description] = compute(results)
                    yield _chunk(next(seq), sha, stage, description, _dumped(results[description]))
            except ProviderError as exc:
                failed = failed or not isinstance(exc, NothingFound)
                yield _error(next(seq), sha, stage, exc)
        status = "failed" if failed else "done"
        yield _chunk(next(seq), sha, "-", ChunkKind.DONE, {"status": status})

    def _stages(self, image: StagedImage) -> Iterator[tuple[str, list[tuple[str, Callable]]]]:
        matches: list = []

        def search(_: dict) -> list:
            matches.extend(self._lens.search(image))
            return matches

        yield "lens", [(ChunkKind.LENS_MATCHES, search)]
        yield "gpt", [
            (ChunkKind.MODEL_PRODUCER, lambda r: self._analyst.identify(image, matches)),
            (ChunkKind.PRODUCER_URL,
             lambda r: self._analyst.producer_page(r[ChunkKind.MODEL_PRODUCER], matches)),
            (ChunkKind.RETAIL_PRICE_DETAILS, lambda r: self._analyst.retail_details(
                r[ChunkKind.MODEL_PRODUCER], r[ChunkKind.PRODUCER_URL], matches)),
        ]
        yield "pricing", [
            (ChunkKind.SECOND_HAND_OFFERS, lambda r: self._pricer.offers(matches)),
            (ChunkKind.ESTIMATED_PRICE,
             lambda r: self._pricer.estimate(r[ChunkKind.SECOND_HAND_OFFERS])),
        ]


def _dumped(value: Any) -> Any:
    if isinstance(value, list):
        return [v.model_dump() for v in value]
    return value.model_dump()


def _chunk(seq: int, sha: str | None, stage: str, description: str, data: Any) -> Chunk:
    return Chunk(seq=seq, image_sha256=sha, stage=stage, data_description=description,
                 data_type=ChunkKind(description).data_type, data=data, created_at=utc_now_iso())


def _error(seq: int, sha: str | None, stage: str, exc: LensGptError) -> Chunk:
    return _chunk(seq, sha, stage, ChunkKind.ERROR, {"stage": stage, "code": exc.code,
                                           "message": exc.message})


def create_app(baseline: SequentialBaseline) -> Starlette:
    async def classify(request: Request) -> Response:
        form = await request.form(max_files=1)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            missing = ErrorBody.of("bad-request", "No file in a field named 'file'.")
            return JSONResponse(missing, 400)
        data = await upload.read()
        # A plain iterator: Starlette runs it in a worker thread, chunk by chunk.
        original = (for_original_page(chunk, baseline.currency, convert)
                    for chunk in baseline.run(data))
        events = (classify_event(chunk) for chunk in original if chunk is not None)
        return StreamingResponse(events, media_type="text/event-stream")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "service": "sequential-baseline"})

    return Starlette(routes=[Route("/classify", classify, methods=["POST"]),
                             Route("/health", health, methods=["GET"])])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8100)
    args = parser.parse_args()
    app = create_app(SequentialBaseline(Settings.from_env()))
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
