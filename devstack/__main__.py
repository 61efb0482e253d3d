"""``python -m devstack [serve|workers]``: run the service locally."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from devstack.runner import RunnerOptions, run_workers, serve


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m devstack", description=__doc__)
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "workers"])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--host", default=os.environ.get("HOST") or "127.0.0.1",
                        help="the address to listen on (0.0.0.0: every network; a warning)")
    parser.add_argument("--emulator-port", type=int,
                        default=_int_or_none(os.environ.get("EMULATOR_PORT")),
                        help="the AWS emulator's port (default: --port + 1; 0: any free one)")
    parser.add_argument("--aws-endpoint", help="use this emulator instead of starting one")
    parser.add_argument("--no-workers", action="store_true", help="serve without workers")
    parser.add_argument("--worker-threads", type=int, default=4, help="per queue")
    parser.add_argument("--visibility-timeout", type=int,
                        help="seconds a received message stays hidden (default: the queue's)")
    parser.add_argument("--function-timeout", type=float,
                        help="seconds each stage invocation may run (default: the function's)")
    parser.add_argument("--verbose", action="store_true",
                        help="the JSON log and metric lines on the console (default: a file)")
    parser.add_argument("--log-file", type=Path, default=RunnerOptions.log_file,
                        help="where the JSON log and metric lines go without --verbose")
    args = parser.parse_args()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    options = RunnerOptions(
        port=args.port, host=args.host, emulator_port=args.emulator_port,
        aws_endpoint=args.aws_endpoint, workers=not args.no_workers,
        worker_threads=args.worker_threads, visibility_timeout=args.visibility_timeout,
        function_timeout=args.function_timeout, verbose=args.verbose,
        log_file=args.log_file,
    )
    if args.command == "workers":
        run_workers(options)
    else:
        serve(options)


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text else None


if __name__ == "__main__":
    main()
