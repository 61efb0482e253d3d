"""``make destroy``: everything ``make deploy`` made, removed whatever state a deploy left.

- The stack, in any state (a first create that rolled back, ``ROLLBACK_COMPLETE``, included),
  after emptying its media bucket (CloudFormation deletes only an empty bucket).
- The media bucket even when the stack is already gone (a delete that failed on it).
- The deploy's artifacts bucket (the zip and template ``sam deploy`` uploads).
- The lens image repository, with its images.
- The SSM parameters ``make deploy`` created from keys it was given (tagged with the stack);
  parameters the deployer made are theirs and are named, not deleted.

Each step runs even when an earlier one failed; what could not be removed is listed at the end
(and the command fails).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError, WaiterError

from infra.aws import NoRegion, region, session
from infra.resources import BUCKET

DEFAULT_STACK = "lens-gpt"
DEFAULT_IMAGE_REPOSITORY = "lens-gpt-lens"
# The tag make deploy puts on what it creates outside the stack, naming the stack.
STACK_TAG = "lens-gpt:stack"
# The SAM CLI's own stack and bucket (`sam deploy --resolve-s3`), shared by every SAM project of
# the account and region: never deleted here.
SAM_MANAGED_STACK = "aws-sam-cli-managed-default"


@dataclass
class Report:
    """What was removed, and what could not be (with why)."""

    removed: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def media_bucket_name(account: str, region_name: str) -> str:
    """The media bucket's name in AWS (``infra.template.cfn.BUCKET_NAME_SUFFIX``)."""
    return f"{BUCKET.name}-{account}-{region_name}"


def artifacts_bucket_name(account: str, region_name: str, stack: str = DEFAULT_STACK) -> str:
    """Where ``sam deploy`` uploads the stack's zip and template (made by make deploy)."""
    return f"{stack}-artifacts-{account}-{region_name}"


def destroy(aws: Any, region_name: str, stack: str = DEFAULT_STACK,
            image_repository: str = DEFAULT_IMAGE_REPOSITORY,
            wait: dict[str, int] | None = None) -> Report:
    """Remove the stack and what make deploy made beside it; never stops at the first
    failure."""
    report = Report()
    account = aws.client("sts", region_name=region_name).get_caller_identity()["Account"]
    s3 = aws.client("s3", region_name=region_name)
    cloudformation = aws.client("cloudformation", region_name=region_name)
    media = media_bucket_name(account, region_name)
    _step(report, f"bucket {media}'s objects", lambda: _empty(s3, media))
    _step(report, f"stack {stack}", lambda: _delete_stack(cloudformation, stack, wait))
    _step(report, f"bucket {media}", lambda: _delete_bucket(s3, media))
    artifacts = artifacts_bucket_name(account, region_name, stack)
    _step(report, f"bucket {artifacts}", lambda: _delete_bucket(s3, artifacts))
    ecr = aws.client("ecr", region_name=region_name)
    _step(report, f"image repository {image_repository}",
          lambda: _delete_repository(ecr, image_repository))
    _delete_parameters(aws.client("ssm", region_name=region_name), stack, report)
    if _stack_status(cloudformation, SAM_MANAGED_STACK) is not None:
        report.left.append(f"stack {SAM_MANAGED_STACK} (the SAM CLI's bucket, shared by every "
                           f"SAM project here; delete it yourself if none uses it)")
    return report


def _step(report: Report, what: str, action: Any) -> None:
    try:
        if action():
            report.removed.append(what)
    except (ClientError, BotoCoreError, WaiterError, StackNotDeleted) as exc:
        report.left.append(f"{what}: {exc}")


class StackNotDeleted(Exception):
    """CloudFormation could not delete the stack (or some of its resources)."""


def _stack_status(cloudformation: Any, stack: str) -> str | None:
    try:
        return str(cloudformation.describe_stacks(StackName=stack)["Stacks"][0]["StackStatus"])
    except ClientError as exc:
        if "does not exist" in exc.response["Error"].get("Message", ""):
            return None
        raise


def _delete_stack(cloudformation: Any, stack: str, wait: dict[str, int] | None) -> bool:
    status = _stack_status(cloudformation, stack)
    if status is None or status == "DELETE_COMPLETE":
        return False
    if status.endswith("_IN_PROGRESS") and status != "DELETE_IN_PROGRESS":
        raise StackNotDeleted(f"it is busy ({status}); run make destroy again when it settles")
    cloudformation.delete_stack(StackName=stack)
    try:
        cloudformation.get_waiter("stack_delete_complete").wait(
            StackName=stack, WaiterConfig=wait or {"Delay": 10, "MaxAttempts": 180})
    except WaiterError as exc:
        failed = [f"{r['LogicalResourceId']} ({r.get('ResourceStatusReason', '')})"
                  for r in cloudformation.describe_stack_resources(StackName=stack)
                  ["StackResources"] if r["ResourceStatus"] == "DELETE_FAILED"]
        raise StackNotDeleted(f"delete failed: {', '.join(failed) or exc}") from exc
    return True


def bucket_exists(s3: Any, bucket: str) -> bool:
    """Whether ``bucket`` exists (another error, such as a bucket of another account: raised)."""
    try:
        s3.head_bucket(Bucket=bucket)
    except ClientError as exc:
        if exc.response["Error"]["Code"] in ("404", "NoSuchBucket", "NotFound"):
            return False
        raise
    return True


def _empty(s3: Any, bucket: str) -> bool:
    """Delete every object (and every version) of ``bucket``; True if it exists."""
    if not bucket_exists(s3, bucket):
        return False
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
        doomed = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                  for v in page.get("Versions", []) + page.get("DeleteMarkers", [])]
        for start in range(0, len(doomed), 1000):
            s3.delete_objects(Bucket=bucket, Delete={"Objects": doomed[start:start + 1000],
                                                     "Quiet": True})
    return True


def _delete_bucket(s3: Any, bucket: str) -> bool:
    if not _empty(s3, bucket):
        return False
    s3.delete_bucket(Bucket=bucket)
    return True


def _delete_repository(ecr: Any, repository: str) -> bool:
    try:
        ecr.delete_repository(repositoryName=repository, force=True)
    except ClientError as exc:
        if exc.response["Error"]["Code"] == "RepositoryNotFoundException":
            return False
        raise
    return True


def _delete_parameters(ssm: Any, stack: str, report: Report) -> None:
    """The parameters make deploy created for ``stack`` (by their tag)."""
    try:
        pages = ssm.get_paginator("describe_parameters").paginate(ParameterFilters=[
            {"Key": f"tag:{STACK_TAG}", "Values": [stack]}])
        names = [p["Name"] for page in pages for p in page["Parameters"]]
    except (ClientError, BotoCoreError) as exc:
        report.left.append(f"the SSM parameters make deploy created: {exc}")
        return
    for name in names:
        _step(report, f"SSM parameter {name}",
              lambda name=name: ssm.delete_parameter(Name=name) is not None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m infra.destroy", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", default=DEFAULT_STACK)
    parser.add_argument("--image-repository", default=DEFAULT_IMAGE_REPOSITORY)
    args = parser.parse_args(argv)
    try:
        region_name = region()
        report = destroy(session(region_name), region_name, args.stack, args.image_repository)
    except (NoRegion, ClientError, BotoCoreError) as exc:
        print(f"make destroy: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc
    for what in report.removed:
        print(f"make destroy: removed {what}")
    for what in report.left:
        print(f"make destroy: could not remove {what}", file=sys.stderr)
    if not report.removed and not report.left:
        print(f"make destroy: nothing of {args.stack} was left in {region_name}")
    if any(not what.startswith(f"stack {SAM_MANAGED_STACK}") for what in report.left):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
