"""`make smoke` checks every step's status and that the stream ends with done: run here against
the local stack, which answers as the deployed one does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import boto3
import pytest
import requests
from moto import mock_aws

from infra.smoke import SmokeFailed, smoke, stack_outputs
from tests.helpers import Stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=Path(tmp_path_factory.mktemp("smoke-stack"))).start()
    yield running
    running.stop()


def test_the_smoke_test_passes_every_step_of_a_working_stack(stack: Stack) -> None:
    steps: list[str] = []

    smoke(stack.url, stack.url, report=steps.append)

    assert [step.split(":")[0] for step in steps][2:] == ["upload", "stream", "query",
                                                          "classify"]
    assert "upload: 204" in steps
    assert steps[3].startswith("stream: ") and steps[3].endswith("done")


def test_the_smoke_test_fails_a_step_that_answers_another_status(stack: Stack) -> None:
    # Given an API address where nothing is served (a wrong stage path answers 404)
    with pytest.raises(SmokeFailed, match="GET /health: HTTP 404"):
        smoke(f"{stack.url}/nowhere", stack.url, report=lambda _: None)


def test_the_stack_answers_a_presigned_upload_with_204(stack: Stack) -> None:
    created = requests.post(f"{stack.url}/queries", json={"content_type": "image/jpeg"},
                            timeout=30).json()
    answer = requests.post(created["upload"]["url"], data=created["upload"]["fields"],
                           files={"file": ("x.jpg", b"\xff\xd8\xff", "image/jpeg")}, timeout=30)

    assert answer.status_code == 204


def test_the_smoke_test_reads_the_stack_in_the_region_make_deploy_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    # Given a stack in eu-west-1 and a deployer who exported AWS_REGION only, as the docs say
    # (boto3 itself reads AWS_DEFAULT_REGION or the profile, never AWS_REGION)
    for name in ("AWS_DEFAULT_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    template = {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}},
                "Outputs": {"EndpointURL": {"Value": "https://api.example/"},
                            "StreamURL": {"Value": "https://relay.example/"}}}
    with mock_aws():
        boto3.client("cloudformation", region_name="eu-west-1").create_stack(
            StackName="lens-gpt", TemplateBody=json.dumps(template))
        boto3.client("cloudformation", region_name="us-east-1").create_stack(
            StackName="lens-gpt", TemplateBody=json.dumps({"Resources": template["Resources"]}))

        # When the smoke test reads the stack's URLs
        outputs = stack_outputs("lens-gpt")

    # Then it found the stack of that region (not us-east-1's, nor no region at all)
    assert outputs == {"EndpointURL": "https://api.example/", "StreamURL": "https://relay.example/"}
