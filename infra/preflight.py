"""``make deploy``'s first step: everything the deploy needs, checked before anything is built.

1. Credentials and account (STS ``GetCallerIdentity``).
2. The region: set, and one where the relay's Web Adapter layer is published.
3. The Python that builds the package: the functions' runtime (``LAMBDA_PYTHON``).
4. Docker, running, with buildx (the lens image is built for one platform and pushed).
5. The account's concurrency (Lambda ``GetAccountSettings``): enough unreserved to run a query,
   and how much the API and the relay can reserve while Lambda keeps its 100 unreserved.

Each refusal is one sentence saying what to do. On success the template overrides for the
reserved concurrency go to stdout (``Key=Value`` words for ``sam deploy``), notes to stderr.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from infra.aws import NO_REGION, NoRegion, region, session
from infra.lambda_requirements import LAMBDA_PYTHON, LAMBDA_RUNTIME
from infra.regions import UnsupportedRegion, check
from infra.resources import FUNCTIONS, function
from infra.template.parameters import RESERVED_CONCURRENCY, reserved_concurrency

# Lambda refuses a reservation that leaves fewer unreserved concurrent executions than this.
MIN_UNRESERVED = 100
# A query holds at once the API (its creation), the relay (its stream) and a stage at a time,
# and the webhooks and dead-letter consumers may run beside them: below this it cannot run.
QUERY_CONCURRENCY = 5
PYTHON_VERSION = f"{LAMBDA_PYTHON[0]}.{LAMBDA_PYTHON[1]}"

Runner = Callable[..., subprocess.CompletedProcess]


class Refused(Exception):
    """The deploy would fail: the message says what to do, in one sentence."""


@dataclass
class Ready:
    """What the checks found: the account, the overrides to pass, and notes for the deployer."""

    account: str
    region: str
    overrides: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def check_credentials(sts: Any) -> str:
    """The account the credentials belong to."""
    try:
        return str(sts.get_caller_identity()["Account"])
    except NoCredentialsError as exc:
        raise Refused("No AWS credentials were found: run `aws configure` (or `aws sso login`, "
                      "or export AWS_PROFILE) and run make deploy again.") from exc
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        raise Refused(f"AWS refused the credentials ({code}): refresh them (e.g. `aws sso "
                      f"login`) and run make deploy again.") from exc


def check_region(region_name: str) -> str:
    """``region_name`` if the relay can run there."""
    try:
        check(region_name)
    except UnsupportedRegion as exc:
        raise Refused(f"{exc} Deploy to one of those (export AWS_REGION=...).") from exc
    return region_name


def check_python(python: str, run: Runner = subprocess.run) -> None:
    """The interpreter that runs ``make package`` must be the functions' Python."""
    try:
        done = run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                   capture_output=True, text=True, check=False)
    except OSError:
        done = None
    found = done.stdout.strip() if done is not None and done.returncode == 0 else "none"
    if found != PYTHON_VERSION:
        raise Refused(f"The package is built with {python} (Python {found}), but the functions "
                      f"run {LAMBDA_RUNTIME}: run `make clean install` with python"
                      f"{PYTHON_VERSION} on PATH (or PYTHON=/path/to/python{PYTHON_VERSION}).")


def check_docker(run: Runner = subprocess.run) -> None:
    """Docker answers, and has buildx (the image is built for linux/amd64 and pushed)."""
    try:
        daemon = run(["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True,
                     text=True, check=False)
    except OSError as exc:
        raise Refused("Docker is not installed: install Docker Engine with the buildx plugin "
                      "(docs.docker.com/engine/install) to build the lens image.") from exc
    if daemon.returncode != 0:
        raise Refused("Docker does not answer: start the Docker daemon (or add yourself to the "
                      "docker group) and run make deploy again.")
    buildx = run(["docker", "buildx", "version"], capture_output=True, text=True, check=False)
    if buildx.returncode != 0:
        raise Refused("Docker has no buildx: install the docker-buildx plugin (e.g. apt-get "
                      "install docker-buildx-plugin) to build the lens image.")


def size_reservations(lambda_client: Any, requested: dict[str, int] | None = None,
                      ) -> tuple[dict[str, int], list[str]]:
    """Reserved concurrency for the API and the relay from what the account can give.

    ``requested``: reservations the deployer set themselves (template parameter names); they
    are refused when the account cannot give them. Returns the overrides and notes.
    """
    limits = lambda_client.get_account_settings()["AccountLimit"]
    total, unreserved = limits["ConcurrentExecutions"], limits["UnreservedConcurrentExecutions"]
    # What this stack reserves already is given back to the pool when the stack is updated.
    held = sum(_reserved(lambda_client, function(key).name) for key in RESERVED_CONCURRENCY)
    available = unreserved + held
    if available < QUERY_CONCURRENCY:
        raise Refused(f"The account has {available} unreserved concurrent executions of "
                      f"{total}, and a query needs {QUERY_CONCURRENCY} at once: free some "
                      f"(other functions' reserved concurrency) or ask for more in Service "
                      f"Quotas (Lambda, Concurrent executions).")
    room = max(0, available - MIN_UNRESERVED)
    requested = {k: v for k, v in (requested or {}).items() if v >= 0}
    if requested:
        if sum(requested.values()) > room:
            raise Refused(f"{' '.join(f'{k}={v}' for k, v in requested.items())} reserves more "
                          f"than the {room} concurrent executions the account can reserve "
                          f"(Lambda keeps {MIN_UNRESERVED} of its {total} unreserved): lower "
                          f"them or leave them out for make deploy to size them.")
        return {}, []
    wanted = {reserved_concurrency(k): v for k, v in RESERVED_CONCURRENCY.items()}
    if room >= sum(wanted.values()):
        return wanted, []
    if room >= 2 * len(wanted):
        # As much as there is, shared as the defaults share it.
        share = {k: max(1, v * room // sum(wanted.values())) for k, v in wanted.items()}
        return share, [f"The account can reserve only {room} concurrent executions: the API "
                       f"and the relay reserve {sum(share.values())} (ask for more in Service "
                       f"Quotas to give them their defaults)."]
    return {}, [f"The account has {total} concurrent executions and Lambda keeps "
                f"{MIN_UNRESERVED} unreserved, so the API and the relay reserve none (a burst "
                f"of stage work may then slow them); ask for more in Service Quotas (Lambda, "
                f"Concurrent executions) to reserve their share."]


def _reserved(lambda_client: Any, name: str) -> int:
    try:
        return int(lambda_client.get_function_concurrency(FunctionName=name)
                   .get("ReservedConcurrentExecutions", 0))
    except ClientError as exc:
        if exc.response["Error"]["Code"] == "ResourceNotFoundException":
            return 0
        raise


def preflight(aws: Any, region_name: str, python: str, requested: dict[str, int] | None = None,
              run: Runner = subprocess.run) -> Ready:
    """Every check, in the order a deploy needs them; raises ``Refused`` at the first that
    fails."""
    check_region(region_name)
    account = check_credentials(aws.client("sts", region_name=region_name))
    check_python(python, run)
    check_docker(run)
    overrides, warnings = size_reservations(aws.client("lambda", region_name=region_name),
                                            requested)
    return Ready(account, region_name, overrides, warnings)


def requested_reservations(parameters: str) -> dict[str, int]:
    """The reserved concurrency a deployer set in PARAMETERS (``Key=Value ...``)."""
    names = {reserved_concurrency(f.key) for f in FUNCTIONS}
    found = {}
    for word in parameters.split():
        key, _, value = word.partition("=")
        if key in names and value.lstrip("-").isdigit():
            found[key] = int(value)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m infra.preflight", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=str(Path(".venv/bin/python")),
                        help="the interpreter that runs make package")
    parser.add_argument("--parameters", default="", help="the deployer's PARAMETERS")
    args = parser.parse_args(argv)
    try:
        region_name = region()
        ready = preflight(session(region_name), region_name, args.python,
                          requested_reservations(args.parameters))
    except NoRegion as exc:
        print(f"make deploy: {NO_REGION}", file=sys.stderr)
        raise SystemExit(1) from exc
    except Refused as exc:
        print(f"make deploy: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc
    except (BotoCoreError, ClientError) as exc:
        print(f"make deploy: AWS did not answer the checks ({exc}): check the network and "
              f"the credentials, then run make deploy again.", file=sys.stderr)
        raise SystemExit(1) from exc
    print(f"make deploy: account {ready.account}, {ready.region}: ready", file=sys.stderr)
    for warning in ready.warnings:
        print(f"make deploy: warning: {warning}", file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in ready.overrides.items()))


if __name__ == "__main__":
    main()
