"""What ``make deploy`` makes outside the stack, each tagged with the stack so ``make destroy``
finds it: the artifacts bucket ``sam deploy`` uploads to, and the SSM parameters of API keys the
deployer hands over in the environment (``OPENAI_API_KEY``, ``SERPAPI_API_KEY``).

A parameter that exists already is left as it is (it may be the deployer's own).
``python -m infra.outside`` prints the artifacts bucket's name.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Mapping

from botocore.exceptions import BotoCoreError, ClientError

from infra.aws import NoRegion, region, session
from infra.destroy import DEFAULT_STACK, STACK_TAG, artifacts_bucket_name, bucket_exists
from infra.template.parameters import OPENAI_KEY_PARAMETER, PARAMETERS, SERPAPI_KEY_PARAMETER

# The environment variable holding each key, the one naming its parameter, and the template's
# parameter of that name (whose default is the name when the environment gives none).
KEYS = {"OPENAI_API_KEY": ("OPENAI_KEY_PARAMETER", OPENAI_KEY_PARAMETER),
        "SERPAPI_API_KEY": ("SERPAPI_KEY_PARAMETER", SERPAPI_KEY_PARAMETER)}


def ensure_artifacts_bucket(s3: Any, account: str, region_name: str, stack: str) -> str:
    """The artifacts bucket, made private and encrypted if it does not exist yet."""
    name = artifacts_bucket_name(account, region_name, stack)
    if bucket_exists(s3, name):
        return name
    location = {} if region_name == "us-east-1" else {
        "CreateBucketConfiguration": {"LocationConstraint": region_name}}
    s3.create_bucket(Bucket=name, **location)
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True,
        "RestrictPublicBuckets": True})
    s3.put_bucket_tagging(Bucket=name, Tagging={"TagSet": [{"Key": STACK_TAG, "Value": stack}]})
    return name


def store_keys(ssm: Any, stack: str, keys: Mapping[str, str]) -> list[str]:
    """Each ``{parameter name: key}`` as a SecureString tagged with the stack, unless the
    parameter exists; returns the names created."""
    created = []
    for name, value in keys.items():
        try:
            ssm.put_parameter(Name=name, Value=value, Type="SecureString", Overwrite=False,
                              Tags=[{"Key": STACK_TAG, "Value": stack}])
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "ParameterAlreadyExists":
                continue
            raise
        created.append(name)
    return created


def keys_from(environ: Mapping[str, str]) -> dict[str, str]:
    """``{parameter name: key}`` of the keys given in the environment."""
    return {environ.get(option) or PARAMETERS[parameter]["Default"]: environ[key]
            for key, (option, parameter) in KEYS.items() if environ.get(key)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m infra.outside", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", default=DEFAULT_STACK)
    args = parser.parse_args(argv)
    try:
        region_name = region()
        aws = session(region_name)
        account = aws.client("sts").get_caller_identity()["Account"]
        bucket = ensure_artifacts_bucket(aws.client("s3"), account, region_name, args.stack)
        for name in store_keys(aws.client("ssm"), args.stack, keys_from(os.environ)):
            print(f"make deploy: stored the key in SSM parameter {name}", file=sys.stderr)
    except (NoRegion, ClientError, BotoCoreError) as exc:
        print(f"make deploy: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc
    print(bucket)


if __name__ == "__main__":
    main()
