"""Timings of the Lens providers against the local fake Lens site.

``make bench-lens`` (or ``python -m bench.google_lens``). A cold browser search starts Chromium,
as the first invocation of a Lambda environment does; warm searches reuse that browser. The HTTP
search (``lens-http``) uploads the photo and reads the visual-matches tab without a browser.
The empty result is a search whose page says "No matches for your search": how long until it
ends as ``no-matches``.

The fake page itself waits 0.7 s before its results and 0.25 s between their two bursts, and
the browser provider waits 0.5 s for them to settle: about 1.45 s of every browser search is that
waiting, the same in both modes (the empty page shows at once after 0.7 s, then 0.5 s of settling).
The fake serves the HTTP provider's pages at once.
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Callable

from chalicelib.providers.exceptions import NoMatches
from chalicelib.providers.lens.browser import ManagedBrowser
from chalicelib.providers.lens.google_lens import GoogleLens
from chalicelib.providers.lens.lens_http import LensHttp
from devstack.fakes.lens_site import VISUAL_MATCHES, browser_config, serve_lens_site
from devstack.photos import staged_photo


def measure(single_process: bool, warm_runs: int) -> tuple[float, list[float]]:
    """A cold and ``warm_runs`` warm browser searches, in seconds."""
    site, server = serve_lens_site()
    browser = ManagedBrowser(browser_config(single_process=single_process))
    provider = GoogleLens(browser, site.lens_url(visitor="bench"), timeout_s=30)
    try:
        timings = [_timed(lambda: _expect_all(provider.search(staged_photo())))
                   for _ in range(1 + warm_runs)]
    finally:
        browser.close()
        server.shutdown()
    return timings[0], timings[1:]


def measure_http_and_empty(runs: int) -> dict[str, float]:
    """Median seconds of an HTTP search, and of an empty result with each provider."""
    site, server = serve_lens_site()
    browser = ManagedBrowser(browser_config())
    photo = staged_photo()
    http = LensHttp(site.upload_url())
    http_empty = LensHttp(site.upload_url("empty"))
    browser_empty = GoogleLens(browser, site.lens_url("empty", visitor="bench"), timeout_s=30)
    try:
        browser_empty_runs = [_timed(lambda: _expect_nothing(browser_empty.search, photo))
                              for _ in range(runs + 1)][1:]  # the first one starts Chromium
        return {
            "http": statistics.median(_timed(lambda: _expect_all(http.search(photo)))
                                      for _ in range(runs)),
            "http_empty": statistics.median(_timed(lambda: _expect_nothing(http_empty.search,
                                                                           photo))
                                            for _ in range(runs)),
            "browser_empty": statistics.median(browser_empty_runs),
        }
    finally:
        browser.close()
        server.shutdown()


def start_time(single_process: bool) -> float:
    """How long a fresh browser takes to be ready (a part of the cold search)."""
    browser = ManagedBrowser(browser_config(single_process=single_process))
    try:
        started = time.perf_counter()
        with browser.session():
            return time.perf_counter() - started
    finally:
        browser.close()


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _expect_all(matches: list) -> None:
    assert len([m for m in matches if m.is_listing]) == len(VISUAL_MATCHES), matches


def _expect_nothing(search: Callable[..., object], *args: object) -> None:
    try:
        search(*args)
    except NoMatches:
        return
    raise AssertionError("the empty result was not recognised")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm-runs", type=int, default=5)
    args = parser.parse_args()
    print("| Chromium | browser start | cold (first search) | warm (median) | warm (min - max) |")
    print("|---|---|---|---|---|")
    for single_process in (False, True):
        cold, warm = measure(single_process, args.warm_runs)
        mode = "single process" if single_process else "multi-process"
        print(f"| {mode} | {start_time(single_process):.2f} s | {cold:.2f} s | "
              f"{statistics.median(warm):.2f} s | "
              f"{min(warm):.2f} - {max(warm):.2f} s |")
    other = measure_http_and_empty(args.warm_runs)
    print()
    print("| search (median) | time |")
    print("|---|---|")
    print(f"| lens-http, matches | {other['http']:.3f} s |")
    print(f"| lens-http, empty result to no-matches | {other['http_empty']:.3f} s |")
    print(f"| google-lens (warm), empty result to no-matches | {other['browser_empty']:.2f} s |")


if __name__ == "__main__":
    main()
