"""`make destroy` removes what `make deploy` made, whatever state a deploy left, and says what
it could not remove (moto's AWS, in-process)."""

from __future__ import annotations

import json
from typing import Any, Iterator

import boto3
import pytest
from moto import mock_aws

from infra.destroy import (
    SAM_MANAGED_STACK,
    artifacts_bucket_name,
    destroy,
    media_bucket_name,
)
from infra.outside import ensure_artifacts_bucket, keys_from, store_keys

REGION = "eu-west-1"
WAIT = {"Delay": 1, "MaxAttempts": 5}


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": REGION}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        yield boto3.session.Session(region_name=REGION)


def account(aws: Any) -> str:
    return aws.client("sts").get_caller_identity()["Account"]


def a_deploy(aws: Any, with_stack: bool = True) -> dict[str, str]:
    """What make deploy leaves: the stack (its media bucket holding photos), the artifacts
    bucket, the image repository, and a key it stored; plus a parameter the deployer made."""
    s3 = aws.client("s3")
    media = media_bucket_name(account(aws), REGION)
    if with_stack:
        template = {"Resources": {"MediaBucket": {"Type": "AWS::S3::Bucket",
                                                  "Properties": {"BucketName": media}}},
                    "Outputs": {"BucketName": {"Value": media}}}
        aws.client("cloudformation").create_stack(StackName="lens-gpt",
                                                  TemplateBody=json.dumps(template))
    else:  # a delete that failed on the non-empty bucket, then the stack went anyway
        s3.create_bucket(Bucket=media, CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.put_object(Bucket=media, Key="uploads/q1", Body=b"photo")
    artifacts = ensure_artifacts_bucket(s3, account(aws), REGION, "lens-gpt")
    s3.put_object(Bucket=artifacts, Key="lens-gpt/deployment.zip", Body=b"zip")
    aws.client("ecr").create_repository(repositoryName="lens-gpt-lens")
    ssm = aws.client("ssm")
    store_keys(ssm, "lens-gpt", keys_from({"OPENAI_API_KEY": "sk-test"}))
    ssm.put_parameter(Name="/lens-gpt/serpapi-api-key", Value="mine", Type="SecureString")
    return {"media": media, "artifacts": artifacts}


def buckets(aws: Any) -> set[str]:
    return {b["Name"] for b in aws.client("s3").list_buckets()["Buckets"]}


def test_everything_deploy_made_is_removed_and_the_deployers_own_key_is_kept(aws: Any) -> None:
    made = a_deploy(aws)

    report = destroy(aws, REGION, wait=WAIT)

    assert report.left == []
    assert not {made["media"], made["artifacts"]} & buckets(aws)
    assert aws.client("cloudformation").list_stacks(
        StackStatusFilter=["CREATE_COMPLETE"])["StackSummaries"] == []
    assert aws.client("ecr").describe_repositories()["repositories"] == []
    names = [p["Name"] for p in aws.client("ssm").describe_parameters()["Parameters"]]
    assert names == ["/lens-gpt/serpapi-api-key"]
    assert "SSM parameter /lens-gpt/openai-api-key" in report.removed


def test_with_the_stack_already_gone_the_rest_is_still_removed(aws: Any) -> None:
    # Given a deploy whose stack is gone but whose bucket, repository and key are left
    made = a_deploy(aws, with_stack=False)

    report = destroy(aws, REGION, wait=WAIT)

    assert report.left == []
    assert not {made["media"], made["artifacts"]} & buckets(aws)
    assert aws.client("ecr").describe_repositories()["repositories"] == []
    assert {f"bucket {made['media']}", "image repository lens-gpt-lens"} <= set(report.removed)


def test_nothing_left_is_nothing_to_do(aws: Any) -> None:
    report = destroy(aws, REGION, wait=WAIT)

    assert report.removed == [] and report.left == []


def test_the_sam_clis_shared_stack_is_named_not_deleted(aws: Any) -> None:
    aws.client("cloudformation").create_stack(StackName=SAM_MANAGED_STACK, TemplateBody=json.dumps(
        {"Resources": {"SourceBucket": {"Type": "AWS::S3::Bucket"}}}))

    report = destroy(aws, REGION, wait=WAIT)

    (left,) = report.left
    assert left.startswith(f"stack {SAM_MANAGED_STACK}")
    assert aws.client("cloudformation").describe_stacks(StackName=SAM_MANAGED_STACK)["Stacks"]


def test_the_artifacts_bucket_is_private_and_named_for_the_stack(aws: Any) -> None:
    name = ensure_artifacts_bucket(aws.client("s3"), account(aws), REGION, "lens-gpt")

    assert name == artifacts_bucket_name(account(aws), REGION, "lens-gpt")
    block = aws.client("s3").get_public_access_block(Bucket=name)
    assert all(block["PublicAccessBlockConfiguration"].values())
    assert ensure_artifacts_bucket(aws.client("s3"), account(aws), REGION, "lens-gpt") == name


def test_a_key_parameter_that_exists_is_left_as_it_is(aws: Any) -> None:
    ssm = aws.client("ssm")
    ssm.put_parameter(Name="/lens-gpt/openai-api-key", Value="mine", Type="SecureString")

    created = store_keys(ssm, "lens-gpt", keys_from({"OPENAI_API_KEY": "sk-new",
                                                     "SERPAPI_API_KEY": "serp"}))

    assert created == ["/lens-gpt/serpapi-api-key"]
    assert ssm.get_parameter(Name="/lens-gpt/openai-api-key",
                             WithDecryption=True)["Parameter"]["Value"] == "mine"
    report = destroy(aws, REGION, wait=WAIT)
    assert [p["Name"] for p in ssm.describe_parameters()["Parameters"]] == [
        "/lens-gpt/openai-api-key"]
    assert report.removed == ["SSM parameter /lens-gpt/serpapi-api-key"]
