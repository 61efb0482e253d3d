"""Run the configured analyst and pricer over saved matches and print the chunks they would give.

    python -m tools.analyze MATCHES.json [--image PHOTO] [--analyst NAME] [--pricer NAME]

``MATCHES.json`` is any of: a ``lens-matches`` list (or that chunk, or a result document with
its ``chunks``), a saved Google Lens / SerpApi answer with ``visual_matches``, or an evaluation
sample (``{"matches": [...], "expected": {...}}``). Providers and their settings come from the
environment as for the service (``ANALYST``, ``PRICER``, ``OPENAI_*``, ``MARKETPLACE_DOMAINS``,
...). Output: one chunk JSON per line, as the gpt and pricing stages would append them, then
``done``; nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from chalicelib import observability
from chalicelib.config import Settings
from chalicelib.errors import LensGptError
from chalicelib.images.recognition import inspect_image
from chalicelib.pipeline.stage_run import final_status
from chalicelib.providers import registry
from chalicelib.providers.base import Analyst, Pricer, StagedImage
from chalicelib.providers.exceptions import NoOffers, ProviderError
from chalicelib.providers.lens.matches import from_serpapi, from_serpapi_answer
from chalicelib.wire import Chunk, ChunkKind, LensMatch, StageError, utc_now_iso


class UnreadableMatches(LensGptError):
    """The file holds no match list this tool knows how to read."""

    code = "unreadable-matches"


def load_lens_sample(path: str | Path) -> tuple[list[LensMatch], dict[str, Any]]:
    """The matches of a saved Lens answer and its ``expected`` reading (empty if none)."""
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    # Read as the serpapi provider reads an answer: matches, Lens's card, related searches.
    return from_serpapi_answer(document), dict(document.get("expected") or {})


def read_matches(path: str | Path) -> list[LensMatch]:
    """The matches in a saved file, whichever of the known shapes it has."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnreadableMatches(f"{path} cannot be read as JSON: {exc}") from exc
    if isinstance(document, dict) and "visual_matches" in document:
        return load_lens_sample(path)[0]
    raws = _match_list(document)
    if raws is None:
        raise UnreadableMatches(f"{path} holds no lens-matches list.")
    return [_to_match(raw) for raw in raws if isinstance(raw, dict)]


def _match_list(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    if isinstance(document.get("matches"), list):
        return document["matches"]
    if document.get("data_description") == ChunkKind.LENS_MATCHES:
        return document.get("data") or []
    for chunk in document.get("chunks") or []:
        if isinstance(chunk, dict) and chunk.get("data_description") == ChunkKind.LENS_MATCHES:
            return chunk.get("data") or []
    return None


def _to_match(raw: dict[str, Any]) -> LensMatch:
    try:
        return LensMatch.model_validate(raw)
    except ValidationError:
        return from_serpapi(raw)  # a raw visual match with extra fields or a price object


class ChunkRecorder:
    """Collects chunks as the stages would append them: numbered, one error per stage."""

    def __init__(self, image_sha256: str | None) -> None:
        self.chunks: list[Chunk] = []
        self._sha = image_sha256

    def add(self, stage: str, description: str, data: Any) -> Any:
        self.chunks.append(Chunk(
            seq=len(self.chunks) + 1, image_sha256=self._sha, stage=stage,
            data_description=description, data_type=ChunkKind(description).data_type, data=data,
            created_at=utc_now_iso(),
        ))
        return data

    def stage(self, stage: str, steps: Callable[[], None]) -> None:
        """Run a stage's steps; a provider giving up becomes its ``error`` chunk."""
        try:
            steps()
        except ProviderError as exc:
            error = StageError(stage=stage, code=exc.code, message=exc.message)
            self.add(stage, ChunkKind.ERROR, error.model_dump())

    def close(self) -> list[Chunk]:
        self.add("-", ChunkKind.DONE, {"status": final_status(self.chunks)})
        return self.chunks


def analyse(matches: list[LensMatch], image: StagedImage, analyst: Analyst,
            pricer: Pricer) -> list[Chunk]:
    """The chunks the gpt and pricing stages would append for these matches, then ``done``."""
    recorder = ChunkRecorder(image.sha256 or None)

    def gpt() -> None:
        identity = analyst.identify(image, matches)
        recorder.add("gpt", ChunkKind.MODEL_PRODUCER, identity.model_dump())
        page = analyst.producer_page(identity, matches)
        recorder.add("gpt", ChunkKind.PRODUCER_URL, page.model_dump())
        details = analyst.retail_details(identity, page, matches)
        recorder.add("gpt", ChunkKind.RETAIL_PRICE_DETAILS, details.model_dump())

    def pricing() -> None:
        offers = pricer.offers(matches)
        if not offers:
            raise NoOffers("No second-hand offers were found for this item.")
        recorder.add("pricing", ChunkKind.SECOND_HAND_OFFERS, [o.model_dump() for o in offers])
        recorder.add("pricing", ChunkKind.ESTIMATED_PRICE, pricer.estimate(offers).model_dump())

    recorder.stage("gpt", gpt)
    recorder.stage("pricing", pricing)
    return recorder.close()


def staged_photo(path: str | Path | None, settings: Settings) -> StagedImage:
    """The photo to show the analyst, or an empty one (analysts then use the matches alone)."""
    if path is None:
        return StagedImage.from_bytes(b"", sha256="", mime_type="application/octet-stream")
    data = Path(path).read_bytes()
    info = inspect_image(data, settings.max_image_bytes, settings.max_image_pixels)
    return StagedImage.from_bytes(data, sha256=info.sha256, mime_type=info.mime_type)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.analyze", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("matches", help="a saved lens-matches list (or Lens answer, or sample)")
    parser.add_argument("--image", help="the photo, for analysts that look at it")
    parser.add_argument("--analyst", help="analyst provider (default: ANALYST or heuristic)")
    parser.add_argument("--pricer", help="pricing provider (default: PRICER or heuristic)")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    overrides = {k: v for k, v in (("analyst", args.analyst), ("pricer", args.pricer)) if v}
    settings = settings.model_copy(update=overrides)
    try:
        matches = read_matches(args.matches)
        image = staged_photo(args.image, settings)
        chunks = analyse(matches, image, registry.analyst(settings), registry.pricer(settings))
    except (LensGptError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for chunk in chunks:
        print(chunk.model_dump_json())
    return 0


if __name__ == "__main__":
    observability.log_to(sys.stderr)  # stdout is for the JSON output
    sys.exit(main())
