"""The whole service on one machine: emulator, workers, and one base URL for page, API, stream."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import dataclass
from typing import Any

import uvicorn
from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE
from chalicelib.services import Services, get_services, reset_services
from devstack.emulator import MotoServer, create_resources, local_environment, queue_urls_of
from devstack.workers import QueueWorker
from infra import resources

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)


@dataclass
class RunnerOptions:
    """How ``python -m devstack`` was asked to run."""

    port: int = 8000
    aws_endpoint: str | None = None
    workers: bool = True
    worker_threads: int = 4
    visibility_timeout: int | None = None
    function_timeout: float | None = None  # seconds; None: each function's own


def stage_handlers() -> dict[str, Any]:
    """The handler of each stage, reached through the same entry points as in AWS."""
    import app as chalice_app
    from chalicelib.pipeline import handlers

    return {
        "lens": handlers.lens_handler,
        "gpt": chalice_app.gpt_stage,
        "pricing": chalice_app.pricing_stage,
    }


def prepare_environment(options: RunnerOptions) -> MotoServer | None:
    """Start the emulator (unless given one), create the resources, export their names."""
    server = None
    endpoint = options.aws_endpoint
    if endpoint is None:
        server = MotoServer().start()
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
                concurrency=options.worker_threads if key == stage else 1,
                function_timeout_s=options.function_timeout or resources.function(key).timeout_s,
            )
            worker.start()
            workers.append(worker)
    return workers


def serve(options: RunnerOptions) -> None:
    """Run until interrupted (Ctrl-C or SIGTERM), then stop everything."""
    from app import app as chalice_app
    from devstack.gateway import create_gateway

    server = prepare_environment(options)
    services = get_services()
    stop = threading.Event()
    workers = start_workers(services, options, stop) if options.workers else []
    gateway, _ = create_gateway(services, chalice_app)
    config = uvicorn.Config(gateway, host="127.0.0.1", port=options.port, log_level="warning",
                            timeout_graceful_shutdown=2)
    web = uvicorn.Server(config)
    _announce(options.port, services)
    try:
        web.run()
    except KeyboardInterrupt:
        pass  # uvicorn re-raises Ctrl-C after its graceful shutdown; ours follows
    finally:
        _stop(stop, workers, server)
    print("lens-gpt stopped.", flush=True)


def run_workers(options: RunnerOptions) -> None:
    """Only the workers, against an emulator another process runs."""
    prepare_environment(options)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    workers = start_workers(get_services(), options, stop)
    print("lens-gpt workers are running", flush=True)
    stop.wait()
    _stop(stop, workers, None)


def _announce(port: int, services: Services) -> None:
    settings = services.settings
    print(f"lens-gpt is running at http://127.0.0.1:{port}", flush=True)
    print(f"  AWS endpoint: {settings.endpoint_url}", flush=True)
    print(f"  bucket:       {settings.bucket}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)


def _stop(stop: threading.Event, workers: list[QueueWorker], server: MotoServer | None) -> None:
    stop.set()
    for worker in workers:
        worker.join(timeout=10)
    if server is not None:
        server.stop()
