"""The local stack started as ``make run`` starts it, in child processes, for the tests and the
benchmark: one launcher, so both measure and check the same stack.

The emulator, the API and the relay run in one process (``python -m devstack serve``), with the
stage workers in it or, with ``serve_workers=False``, in processes of their own
(``python -m devstack workers``) that a caller can start, kill and replace, as Lambda
environments come and go.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
import requests

from devstack.child import Child, free_port


class StackFailed(RuntimeError):
    """A process of the stack exited or never answered."""


@dataclass
class LocalStack:
    """``make run``'s stack with the given settings; each process logs to a file in ``workdir``."""

    workdir: Path
    env: dict[str, str] = field(default_factory=dict)  # settings for every process of the stack
    serve_workers: bool = True  # False: ``serve --no-workers``; see ``start_workers``
    visibility_timeout: int | None = None  # seconds; None: the queues' own
    function_timeout: float | None = None  # seconds per stage invocation; None: the functions'
    port: int = field(default_factory=free_port)
    emulator_port: int = field(default_factory=free_port)  # not PORT+1: that may be taken
    server: Child | None = None
    workers: list[Child] = field(default_factory=list)  # started by ``start_workers``
    aws_endpoint: str = ""
    bucket: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def child_env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """This environment without its AWS settings (the stack's clients must reach the
        emulator, never an account), with the stack's settings and ``extra`` on top."""
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        return {**inherited, "PYTHONUNBUFFERED": "1", **self.env, **(extra or {})}

    def start(self) -> LocalStack:
        """Start ``serve`` and wait until it answers ``/health`` (which names the emulator)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        # --verbose: the JSON log lines in serve.log, for the tests that follow a query in them
        args = ["serve", "--port", str(self.port), "--emulator-port", str(self.emulator_port),
                "--verbose", *self._visibility_args()]
        if not self.serve_workers:
            args.append("--no-workers")
        self.server = self._child(args, self.child_env(), "serve.log")
        health = wait_for_answer(f"{self.url}/health", self.server, 60).json()
        self.aws_endpoint, self.bucket = health["aws_endpoint"], health["bucket"]
        return self

    def start_workers(self, extra_env: dict[str, str] | None = None,
                      threads: int | None = None) -> Child:
        """A workers process on this stack's emulator, returned once it polls its queues (so
        what a caller sends next is handled). ``stop`` stops it too if the caller has not."""
        args = ["workers", "--aws-endpoint", self.aws_endpoint, *self._visibility_args()]
        if threads is not None:
            args += ["--worker-threads", str(threads)]
        child = self._child(args, self.child_env(extra_env), f"workers-{time.monotonic_ns()}.log")
        self.workers.append(child)
        wait_for_line(child, "workers are running", 60)
        return child

    def stop_workers(self) -> None:
        for child in self.workers:
            child.stop()

    def stop(self) -> None:
        self.stop_workers()
        if self.server is not None:
            self.server.stop()

    def client(self, service: str) -> Any:
        """A boto3 client on the emulator, as a user with access to the bucket would have."""
        return boto3.client(service, endpoint_url=self.aws_endpoint, region_name="us-east-1",
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    def _visibility_args(self) -> list[str]:
        args = []
        if self.visibility_timeout is not None:
            args += ["--visibility-timeout", str(self.visibility_timeout)]
        if self.function_timeout is not None:
            args += ["--function-timeout", str(self.function_timeout)]
        return args

    def _child(self, args: list[str], env: dict[str, str], log_name: str) -> Child:
        command = [sys.executable, "-m", "devstack", *args]
        return Child(command, env, self.workdir / log_name).start()


def wait_for_answer(url: str, child: Child, timeout: float) -> requests.Response:
    """The first successful answer of ``url``, served by ``child`` once it has started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _check_alive(child)
        try:
            answer = requests.get(url, timeout=2)
            answer.raise_for_status()
            return answer
        except requests.RequestException:
            time.sleep(0.2)
    raise StackFailed(f"{url} did not answer in {timeout:g} s; see {child.log_path}")


def wait_for_line(child: Child, text: str, timeout: float) -> None:
    """Until ``child`` has written ``text`` to its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in child.output():
            return
        _check_alive(child)
        time.sleep(0.1)
    raise StackFailed(f"no {text!r} in {child.log_path} in {timeout:g} s")


def _check_alive(child: Child) -> None:
    if not child.alive():
        tail = child.output()[-4000:]
        command = " ".join(child.args[1:])
        raise StackFailed(f"python {command} exited; see {child.log_path}:\n{tail}")
