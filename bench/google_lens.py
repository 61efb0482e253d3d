"""Cold and warm timings of the google-lens provider against the local fake Lens page.

``make bench-lens`` (or ``python -m bench.google_lens``). A cold search starts
Chromium and meets the consent wall, as the first invocation of a Lambda environment does; warm
searches reuse that browser and its consent cookie. The fake page itself waits 0.7 s before its
results and 0.25 s between their two bursts, and the provider waits 0.5 s for them to settle:
about 1.45 s of every search is that waiting, the same in both modes.
"""

from __future__ import annotations

import argparse
import statistics
import time

from chalicelib.providers.lens.browser import ManagedBrowser
from chalicelib.providers.lens.google_lens import GoogleLens
from devstack.fakes.lens_site import browser_config, serve_lens_site
from devstack.photos import staged_photo


def measure(single_process: bool, warm_runs: int) -> tuple[float, list[float]]:
    site, server = serve_lens_site()
    browser = ManagedBrowser(browser_config(single_process=single_process))
    provider = GoogleLens(browser, site.lens_url(visitor="bench"), timeout_s=30)
    photo = staged_photo()
    try:
        timings = []
        for _ in range(1 + warm_runs):
            started = time.perf_counter()
            matches = provider.search(photo)
            timings.append(time.perf_counter() - started)
            assert len(matches) == 8, matches
    finally:
        browser.close()
        server.shutdown()
    return timings[0], timings[1:]


def start_time(single_process: bool) -> float:
    """How long a fresh browser takes to be ready (a part of the cold search)."""
    browser = ManagedBrowser(browser_config(single_process=single_process))
    try:
        started = time.perf_counter()
        with browser.session():
            return time.perf_counter() - started
    finally:
        browser.close()


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


if __name__ == "__main__":
    main()
