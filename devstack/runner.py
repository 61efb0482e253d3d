"""The whole service on one machine: emulator, workers, and one base URL for page, API, stream."""

from __future__ import annotations

import logging
import os
import shlex
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

import uvicorn
from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE, log_to
from chalicelib.services import Services, get_services, reset_services
from devstack.addresses import (
    EVERY_INTERFACE,
    PortBusy,
    check_free,
    emulator_port_for,
    public_host,
)
from devstack.careful_http import CarefulH11Protocol
from devstack.console import LineWriter, QueryLines, run_end_of, trouble_of
from devstack.emulator import MotoServer, create_resources, local_environment, queue_urls_of
from devstack.workers import QueueWorker
from infra import resources

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)
REPO = Path(__file__).resolve().parents[1]
LOG_DIR = REPO / "build" / "run"
# Webhook deliveries at once: they wait on receivers, not on this machine, so more of them run
# than stages do (as Lambda runs one function per message); with each destination's slots and
# deadlines, a few slow receivers cannot take them all.
WEBHOOK_THREADS = 16


@dataclass
class RunnerOptions:
    """How ``python -m devstack`` was asked to run."""

    port: int = 8000
    host: str = "127.0.0.1"  # 0.0.0.0: every interface, clients told this machine's address
    emulator_port: int | None = None  # None: port + 1 (0: any free port)
    aws_endpoint: str | None = None
    workers: bool = True
    worker_threads: int = 4
    visibility_timeout: int | None = None
    function_timeout: float | None = None  # seconds; None: each function's own
    verbose: bool = False  # the JSON log and metric lines on the console, as in Lambda
    log_file: Path = LOG_DIR / "lens-gpt.log"  # where they go otherwise


def stage_handlers() -> dict[str, Any]:
    """The handler of each stage, reached through the same entry points as in AWS."""
    import app as chalice_app
    from chalicelib.pipeline import handlers

    return {
        "lens": handlers.lens_handler,
        "gpt": chalice_app.gpt_stage,
        "pricing": chalice_app.pricing_stage,
        "webhooks": chalice_app.webhook_deliveries,
    }


def prepare_environment(options: RunnerOptions) -> MotoServer | None:
    """Start the emulator (unless given one), create the resources, export their names."""
    server = None
    endpoint = options.aws_endpoint
    if endpoint is None:
        server = MotoServer(emulator_port_for(options.port, options.emulator_port),
                            host=options.host, public_host=public_host(options.host)).start()
        endpoint = server.endpoint
        env = create_resources(endpoint)
    else:
        env = local_environment(endpoint, queue_urls_of(endpoint))
    os.environ.update(env)
    reset_services()
    return server


def start_workers(services: Services, options: RunnerOptions,
                  stop: threading.Event) -> list[QueueWorker]:
    """A worker per work queue, and one per dead-letter queue with the dead-letter consumer (as
    the template subscribes it), so that a message that died on every delivery ends its run."""
    from chalicelib.pipeline.handlers import dead_letter_handler

    sqs, workers = services.clients.sqs, []
    for stage, handler in stage_handlers().items():
        queue = resources.queue(stage)
        dead_letters = sqs.get_queue_url(QueueName=queue.dlq_name)["QueueUrl"]
        for url, batch, run, key in (
            (services.settings.queue_urls[stage], queue.batch_size, handler, stage),
            (dead_letters, resources.DEAD_LETTER_BATCH_SIZE, dead_letter_handler,
             "dead-letters"),
        ):
            worker = QueueWorker(
                sqs, url, run, stop, batch_size=batch,
                visibility_timeout=options.visibility_timeout,
                name=f"{stage}-{'worker' if key == stage else 'dead-letters'}",
                concurrency=(1 if key != stage else max(options.worker_threads, WEBHOOK_THREADS)
                             if stage == "webhooks" else options.worker_threads),
                function_timeout_s=options.function_timeout or resources.function(key).timeout_s,
            )
            worker.start()
            workers.append(worker)
    return workers


def serve(options: RunnerOptions) -> None:
    """Run until interrupted (Ctrl-C or SIGTERM), then stop everything."""
    from app import app as chalice_app
    from devstack.gateway import create_gateway

    console = sys.stdout
    try:
        check_ports(options)
    except PortBusy as exc:
        print(exc, file=sys.stderr, flush=True)
        raise SystemExit(2) from None
    print("Starting the AWS emulator, the workers and the web server...", file=console,
          flush=True)
    if options.host in EVERY_INTERFACE:
        print(f"Warning: HOST={options.host or '0.0.0.0'} serves lens-gpt, with no access key, "
              f"to every device on this machine's networks (as http://"
              f"{public_host(options.host)}:{options.port}).", file=console, flush=True)
    log = None if options.verbose else _logs_to_file(options.log_file)
    if log is None:
        _whole_lines_on_stdout()
    server = prepare_environment(options)
    services = get_services()
    if log is not None:
        logging.getLogger(SERVICE).addHandler(
            QueryLines(console, run_end_of(services.log), trouble_of(services.log)))
    stop = threading.Event()
    workers = start_workers(services, options, stop) if options.workers else []
    gateway, relay = create_gateway(services, chalice_app)
    # No lifespan: the app has no start-up or shutdown of its own, and uvicorn's re-raised
    # Ctrl-C would otherwise cancel the lifespan task with a traceback on the console.
    # The careful protocol: a deadline on each request's head, smuggling-prone heads refused.
    CarefulH11Protocol.head_timeout_s = services.settings.local_head_timeout_s
    config = uvicorn.Config(gateway, host=options.host, port=options.port, log_level="warning",
                            timeout_graceful_shutdown=1, lifespan="off", http=CarefulH11Protocol)
    web = _Server(config, on_exit=relay.close,
                  on_started=lambda: _announce(options, services, console))
    try:
        web.run()
    except KeyboardInterrupt:
        pass  # uvicorn re-raises Ctrl-C after its graceful shutdown; ours follows
    finally:
        _stop(stop, workers, server)
    print("lens-gpt stopped.", file=console, flush=True)


class _Server(uvicorn.Server):
    """uvicorn, ending the open streams as soon as it is asked to stop: otherwise it waits for
    them (they may wait for results for minutes), then cancels them with a traceback."""

    def __init__(self, config: uvicorn.Config, on_exit: Callable[[], None],
                 on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_exit = on_exit
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Listening now: only then is the base URL announced (a client may use it at once)."""
        await super().startup(sockets)
        if self.started:
            self._on_started()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self._on_exit()
        super().handle_exit(sig, frame)


def _logs_to_file(path: Path) -> IO[str]:
    """Send stdout (the metric lines) and the service's log lines to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    log = LineWriter(path.open("a", encoding="utf-8"))
    sys.stdout = log
    log_to(log)
    return log


def _whole_lines_on_stdout() -> None:
    """Metric and log lines from many threads, each whole on its own line (readers such as the
    benchmark parse them one by one)."""
    if not isinstance(sys.stdout, LineWriter):
        sys.stdout = LineWriter(sys.stdout)
    log_to(sys.stdout)


def run_workers(options: RunnerOptions) -> None:
    """Only the workers, against an emulator another process runs."""
    _whole_lines_on_stdout()
    prepare_environment(options)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    workers = start_workers(get_services(), options, stop)
    print("lens-gpt workers are running", flush=True)
    stop.wait()
    _stop(stop, workers, None)


def _announce(options: RunnerOptions, services: Services, console: IO[str]) -> None:
    """The base URL, and a block to paste into another shell for the README's examples."""
    settings = services.settings
    base = f"http://{public_host(options.host)}:{options.port}"
    logs = ("the JSON logs follow here" if options.verbose
            else f"JSON logs: {options.log_file} (--verbose shows them here)")
    console.write(
        f"lens-gpt is running at {base}\n"
        f"  AWS endpoint: {settings.endpoint_url}\n"
        f"  bucket:       {settings.bucket}\n"
        f"  {logs}\n\n"
        "Paste into another shell to use the README's examples:\n\n"
        f"{_checkout_and_path()}"
        f"  export BASE={base} AWS_ENDPOINT_URL={settings.endpoint_url} \\\n"
        f"         AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test "
        f"AWS_DEFAULT_REGION={settings.region} \\\n"
        f"         BUCKET={settings.bucket} LENS_GPT_URL={base}\n\n"
        "Everything lives only as long as this run (the emulator keeps it in memory).\n"
        "One line per query follows. Press Ctrl-C to stop.\n"
    )
    console.flush()


def check_ports(options: RunnerOptions) -> None:
    """Both ports free, else ``PortBusy`` in one sentence naming the port and the setting."""
    check_free(options.host, options.port, "the web server's", "PORT=")
    if options.aws_endpoint is None:
        check_free(options.host, emulator_port_for(options.port, options.emulator_port),
                   "the AWS emulator's, PORT+1 unless EMULATOR_PORT= says otherwise",
                   "PORT= (or EMULATOR_PORT=)")


def _checkout_and_path() -> str:
    """The lines of the block that make a new shell like this one: the examples' relative
    paths start at the checkout, and ``lens-gpt`` (installed in this virtual environment)
    is on PATH."""
    lines = f"  cd {shlex.quote(str(REPO))}\n"
    scripts = Path(sys.executable).parent
    if (scripts / "lens-gpt").exists():
        lines += f"  export PATH={shlex.quote(str(scripts))}:\"$PATH\"\n"
    return lines


def _stop(stop: threading.Event, workers: list[QueueWorker], server: MotoServer | None,
          within_s: float = 1.0) -> None:
    """Stop the workers (an invocation still under way is left: its message comes back, and
    the state dies with the emulator anyway), then the emulator."""
    stop.set()
    deadline = time.monotonic() + within_s
    for worker in workers:
        worker.join(timeout=max(0.0, deadline - time.monotonic()))
    if server is not None:
        server.stop()
