"""``LENS_PROVIDER=auto``: try the visual-search providers in turn until one answers.

The order is cheapest and most direct first: ``lens-http`` (one upload, no browser), then
``google-lens`` (a real browser, for pages that need scripts), then ``serpapi`` (paid, only when
``SERPAPI_API_KEY`` is set), then the local ``catalog``. A provider that fails (blocked, timed
out, rate-limited, unreadable, unreachable, not configured) hands over to the next; the first
answer wins, and each of its matches says which provider gave it (``provider``).

"No matches" from a provider that searches the web is a finding and ends the chain. The catalog
knows only its own items, so its "no matches" after the others failed says nothing about the
photo: then the chain ends with the first failure instead (retryable if any failure was), so the
run is retried later rather than stored as "nothing found".
"""

from __future__ import annotations

from typing import Callable

from aws_lambda_powertools import Logger

from chalicelib.errors import LensGptError
from chalicelib.observability import SERVICE
from chalicelib.providers.base import LensProvider, StagedImage
from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.wire import LensMatch

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

# Providers that know only some images: their "no matches" is no finding about the photo.
PARTIAL = frozenset({"catalog"})


class LensChain:
    """The providers of ``links`` (name and factory, built when first reached), in order."""

    def __init__(self, links: list[tuple[str, Callable[[], LensProvider]]]) -> None:
        self._links = links
        self._built: dict[str, LensProvider] = {}

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._links]

    def search(self, image: StagedImage) -> list[LensMatch]:
        failures: list[tuple[str, LensGptError]] = []
        for name, make in self._links:
            try:
                matches = self._provider(name, make).search(image)
            except NoMatches:
                if name in PARTIAL and failures:
                    continue
                raise
            except (ProviderError, LensGptError) as exc:
                logger.warning("lens provider %s failed (%s); trying the next", name, exc.code)
                failures.append((name, exc))
                continue
            return [match.model_copy(update={"provider": name}) for match in matches]
        raise _chain_failed(failures)

    def _provider(self, name: str, make: Callable[[], LensProvider]) -> LensProvider:
        if name not in self._built:
            self._built[name] = make()
        return self._built[name]


def _chain_failed(failures: list[tuple[str, LensGptError]]) -> ProviderError:
    if not failures:
        return ProviderError("No visual-search provider is configured.", code="lens-unavailable")
    tried = "; ".join(f"{name}: {exc.code}" for name, exc in failures)
    retryable = any(getattr(exc, "retryable", False) for _, exc in failures)
    return ProviderError(f"No visual-search provider answered ({tried}).",
                         code=failures[0][1].code, retryable=retryable)
