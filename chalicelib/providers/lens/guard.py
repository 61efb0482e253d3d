"""Fewer searches at Google: results kept per image fingerprint, and a rate per outgoing address.

Google serves captchas to addresses that search quickly (about 15 quick searches, by several
2026 reports). So the providers that talk to Google directly (``google-lens``, ``lens-http``) are
wrapped: a photo already searched (same SHA-256) within ``LENS_CACHE_SECONDS`` is answered from
memory, matches or "no matches" alike; and at most ``LENS_SEARCHES_PER_MINUTE`` searches start
per outgoing address (the proxy, or the direct connection) in any 60 s, beyond which the search
ends at once as ``lens-rate-limited`` (retryable; ``auto`` moves on to the next provider).

Both live in the process, which a Lambda execution environment keeps between invocations; they
are not shared between environments (each has its own address anyway, unless a proxy is set).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from typing import Callable

from chalicelib.providers.base import LensProvider, StagedImage
from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.wire import LensMatch

WINDOW_S = 60.0
MAX_CACHED = 512  # images; the oldest leave first

_lock = threading.Lock()
_cache: OrderedDict[tuple[str, str], tuple[float, list[LensMatch] | NoMatches]] = OrderedDict()
_starts: dict[str, deque[float]] = {}


class LensRateLimited(ProviderError):
    """This address started as many searches as it may within a minute."""

    code = "lens-rate-limited"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = True) -> None:
        super().__init__(message, code=code, retryable=retryable)


class Guarded:
    """``provider`` behind the result cache and the rate limit of ``address``."""

    def __init__(self, provider: LensProvider, name: str, address: str, cache_s: float,
                 per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._provider = provider
        self._name = name
        self._address = address or "direct"
        self._cache_s = cache_s
        self._per_minute = per_minute
        self._clock = clock

    def search(self, image: StagedImage) -> list[LensMatch]:
        key = (self._name, image.sha256)
        cached = self._cached(key)
        if isinstance(cached, NoMatches):
            raise cached
        if cached is not None:
            return list(cached)
        self._take_slot()
        try:
            matches = self._provider.search(image)
        except NoMatches as finding:
            self._keep(key, finding)
            raise
        self._keep(key, matches)
        return matches

    def _cached(self, key: tuple[str, str]) -> list[LensMatch] | NoMatches | None:
        with _lock:
            entry = _cache.get(key)
            if entry is None or self._clock() - entry[0] > self._cache_s:
                return None
            return entry[1]

    def _keep(self, key: tuple[str, str], outcome: list[LensMatch] | NoMatches) -> None:
        if self._cache_s <= 0:
            return
        with _lock:
            _cache[key] = (self._clock(), outcome)
            _cache.move_to_end(key)
            while len(_cache) > MAX_CACHED:
                _cache.popitem(last=False)

    def _take_slot(self) -> None:
        if self._per_minute <= 0:
            return
        now = self._clock()
        with _lock:
            starts = _starts.setdefault(self._address, deque())
            while starts and now - starts[0] >= WINDOW_S:
                starts.popleft()
            if len(starts) >= self._per_minute:
                wait = WINDOW_S - (now - starts[0])
                raise LensRateLimited(
                    f"{self._per_minute} searches a minute from this address already started; "
                    f"the next may start in {wait:.0f} s.")
            starts.append(now)


def forget() -> None:
    """Empty the cache and the rate windows (tests)."""
    with _lock:
        _cache.clear()
        _starts.clear()
