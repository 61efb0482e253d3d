"""The AWS session of the deploy tools (preflight, smoke, destroy), in the deployer's region.

The docs and ``make deploy`` take the region from ``AWS_REGION``; boto3 alone reads only
``AWS_DEFAULT_REGION`` or the profile's ``region`` (``AWS_REGION`` is the Lambda runtime's and
the AWS CLI v2's), so every tool passes the region itself instead of letting boto3 guess.
"""

from __future__ import annotations

import os
from typing import Any, Mapping


class NoRegion(Exception):
    """No region is set for the deploy tools."""


NO_REGION = "Set the region to deploy to, e.g. export AWS_REGION=eu-central-1."


def region(environ: Mapping[str, str] | None = None) -> str:
    """``AWS_REGION``, else ``AWS_DEFAULT_REGION``, else the profile's region."""
    environ = os.environ if environ is None else environ
    chosen = environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION")
    if not chosen:
        import boto3

        chosen = boto3.session.Session().region_name
    if not chosen:
        raise NoRegion(NO_REGION)
    return chosen


def session(region_name: str | None = None) -> Any:
    """A boto3 session in ``region_name`` (default: ``region()``)."""
    import boto3

    return boto3.session.Session(region_name=region_name or region())
