"""`make deploy`'s preflight refuses, in one sentence and before anything is built, a deploy that
would fail; and sizes the reserved concurrency from what the account can give."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import boto3
import pytest
from botocore.stub import Stubber

from infra import preflight as pf
from infra.preflight import Refused
from infra.resources import function

ACCOUNT = "123456789012"


def lambda_client(total: int, unreserved: int, held: dict[str, int] | None = None) -> Any:
    """A Lambda client answering GetAccountSettings (and each function's concurrency) as an
    account with ``total`` concurrent executions, ``unreserved`` of them unreserved."""
    client = boto3.client("lambda", region_name="eu-central-1", aws_access_key_id="x",
                          aws_secret_access_key="x")
    stubber = Stubber(client)
    stubber.add_response("get_account_settings", {"AccountLimit": {
        "TotalCodeSize": 80530636800, "CodeSizeUnzipped": 262144000, "CodeSizeZipped": 52428800,
        "ConcurrentExecutions": total, "UnreservedConcurrentExecutions": unreserved,
    }, "AccountUsage": {"TotalCodeSize": 0, "FunctionCount": 0}})
    for key in ("api", "relay"):
        name = function(key).name
        if held and name in held:
            stubber.add_response("get_function_concurrency",
                                 {"ReservedConcurrentExecutions": held[name]},
                                 {"FunctionName": name})
        else:
            stubber.add_client_error("get_function_concurrency", "ResourceNotFoundException",
                                     http_status_code=404, expected_params={"FunctionName": name})
    stubber.activate()
    return client


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A machine with no AWS credentials anywhere (no variables, files or instance role)."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def executable(path: Path, text: str) -> Path:
    path.write_text(text)
    path.chmod(0o755)
    return path


@pytest.fixture
def docker_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory put first on PATH, for the docker command a test installs there."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    yield bin_dir


def test_no_credentials_are_refused_with_what_to_run(no_credentials: None) -> None:
    sts = boto3.session.Session(region_name="eu-central-1").client("sts")

    with pytest.raises(Refused, match=r"No AWS credentials were found: run `aws configure`"):
        pf.check_credentials(sts)


def test_refused_credentials_are_named() -> None:
    sts = boto3.client("sts", region_name="eu-central-1", aws_access_key_id="x",
                       aws_secret_access_key="x")
    with Stubber(sts) as stubber:
        stubber.add_client_error("get_caller_identity", "ExpiredToken", http_status_code=403)

        with pytest.raises(Refused, match=r"refused the credentials \(ExpiredToken\)"):
            pf.check_credentials(sts)


def test_the_account_is_read_from_sts() -> None:
    sts = boto3.client("sts", region_name="eu-central-1", aws_access_key_id="x",
                       aws_secret_access_key="x")
    with Stubber(sts) as stubber:
        stubber.add_response("get_caller_identity", {"Account": ACCOUNT, "UserId": "u",
                                                     "Arn": f"arn:aws:iam::{ACCOUNT}:user/u"})
        assert pf.check_credentials(sts) == ACCOUNT


def test_a_region_without_the_web_adapter_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(Refused, match=r"'me-south-1'.*eu-central-1.*export AWS_REGION"):
        pf.check_region("me-south-1")
    assert pf.check_region("cn-northwest-1") == "cn-northwest-1"


def test_another_python_than_the_runtimes_is_refused(tmp_path: Path) -> None:
    # Given a .venv made with another Python (an interpreter answering 3.11)
    other = executable(tmp_path / "python", "#!/bin/sh\necho 3.11\n")

    with pytest.raises(Refused, match=r"Python 3.11\), but the functions run python3.13: run "
                                      r"`make clean install`"):
        pf.check_python(str(other))
    with pytest.raises(Refused, match=r"\(Python none\)"):
        pf.check_python(str(tmp_path / "missing"))
    pf.check_python(sys.executable)  # the tests' own interpreter is the runtime's


def test_no_docker_is_refused(monkeypatch: pytest.MonkeyPatch, docker_dir: Path) -> None:
    monkeypatch.setenv("PATH", str(docker_dir))

    with pytest.raises(Refused, match=r"Docker is not installed: install Docker Engine"):
        pf.check_docker()


def test_docker_that_does_not_answer_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                docker_dir: Path) -> None:
    executable(docker_dir / "docker", "#!/bin/sh\necho 'Cannot connect to the Docker daemon' "
                                      ">&2\nexit 1\n")
    monkeypatch.setenv("PATH", str(docker_dir))

    with pytest.raises(Refused, match=r"Docker does not answer: start the Docker daemon"):
        pf.check_docker()


def test_docker_without_buildx_is_refused(monkeypatch: pytest.MonkeyPatch,
                                          docker_dir: Path) -> None:
    # Given a Docker that answers but has no buildx plugin
    executable(docker_dir / "docker", "#!/bin/sh\n[ \"$1\" = info ] && { echo 28.2.2; exit 0; }\n"
                                      "echo \"docker: '$1' is not a docker command.\" >&2\n"
                                      "exit 1\n")
    monkeypatch.setenv("PATH", str(docker_dir))

    with pytest.raises(Refused, match=r"Docker has no buildx: install the docker-buildx"):
        pf.check_docker()


def test_an_account_without_room_for_a_query_is_refused() -> None:
    # Given an account whose other functions reserved all but 3 of its 10
    with pytest.raises(Refused, match=r"3 unreserved concurrent executions of 10, and a query "
                                      r"needs 5 at once: free some"):
        pf.size_reservations(lambda_client(total=10, unreserved=3))


def test_a_new_account_reserves_nothing_and_is_warned() -> None:
    # Given a new account: 10 concurrent executions in all (Lambda keeps 100 unreserved)
    overrides, warnings = pf.size_reservations(lambda_client(total=10, unreserved=10))

    # Then nothing is reserved (the first create would roll back), with a warning saying why
    assert overrides == {}
    (warning,) = warnings
    assert "reserve none" in warning and "Service Quotas" in warning


def test_an_account_with_room_reserves_the_defaults() -> None:
    overrides, warnings = pf.size_reservations(lambda_client(total=1000, unreserved=1000))

    assert overrides == {"ReservedConcurrencyApi": 10, "ReservedConcurrencyRelay": 20}
    assert warnings == []


def test_an_account_with_little_room_reserves_what_it_has_and_counts_the_stacks_own() -> None:
    # Given 112 unreserved, and the deployed relay already holding 8 (given back on update)
    client = lambda_client(total=140, unreserved=112, held={function("relay").name: 8})

    overrides, warnings = pf.size_reservations(client)

    # Then the room (112 + 8 - 100 = 20) is shared as the defaults share it
    assert sum(overrides.values()) <= 20
    assert overrides["ReservedConcurrencyRelay"] > overrides["ReservedConcurrencyApi"] >= 1
    assert "only 20" in warnings[0]


def test_reservations_the_account_cannot_give_are_refused() -> None:
    requested = pf.requested_reservations("Analyst=openai ReservedConcurrencyApi=10 "
                                          "ReservedConcurrencyRelay=20")

    with pytest.raises(Refused, match=r"ReservedConcurrencyApi=10 ReservedConcurrencyRelay=20 "
                                      r"reserves more than the 0 concurrent executions"):
        pf.size_reservations(lambda_client(total=50, unreserved=50), requested)


def test_preflight_stops_before_the_build_and_prints_the_overrides(
    monkeypatch: pytest.MonkeyPatch, no_credentials: None,
) -> None:
    # Given no credentials, run as make deploy runs it
    monkeypatch.setenv("AWS_REGION", "eu-central-1")
    done = subprocess.run([sys.executable, "-m", "infra.preflight", "--python", sys.executable],
                          capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])

    # Then it stops with one sentence and prints no overrides
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "make deploy: No AWS credentials were found: run `aws configure` (or `aws sso login`, "
        "or export AWS_PROFILE) and run make deploy again."]
