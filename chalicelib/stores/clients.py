"""boto3 clients, built once per process from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import boto3
from botocore.config import Config

from chalicelib.config import Settings, get_settings

# In AWS every presigned URL names the bucket's host in its own region
# (``<bucket>.s3.<region>.amazonaws.com``): a new bucket outside us-east-1 answers the global
# endpoint botocore presigns for otherwise with redirects, which a cross-origin upload does not
# follow and which break the signature of the URLs handed to OpenAI or SerpApi.
_REGIONAL_VIRTUAL_HOST = {"addressing_style": "virtual", "us_east_1_regional_endpoint": "regional"}


@dataclass(frozen=True)
class AwsClients:
    """The three AWS services this service talks to."""

    s3: Any
    sqs: Any
    dynamodb: Any


def make_clients(settings: Settings) -> AwsClients:
    """boto3 clients for ``settings``; a local endpoint needs path-style S3 addresses."""
    # Throttled and failed calls are retried with jittered back-off ("standard"). The "adaptive"
    # mode would also slow every later call of the client after a few throttles, and one client
    # serves all threads of a process: measured locally, 10% throttled requests made 60 writes
    # take 15 s instead of 1.5 s.
    retries = {"max_attempts": 8, "mode": "standard"}
    s3_style = {"addressing_style": "path"} if settings.endpoint_url else _REGIONAL_VIRTUAL_HOST
    # A big pool: the relay and the local runner share these clients across many threads.
    common = {"region_name": settings.region, "endpoint_url": settings.endpoint_url}
    session = boto3.session.Session()
    return AwsClients(
        s3=session.client(
            "s3",
            config=Config(retries=retries, s3=s3_style, signature_version="s3v4",
                          max_pool_connections=50),
            **common,
        ),
        sqs=session.client("sqs", config=Config(retries=retries, max_pool_connections=50),
                           **common),
        dynamodb=session.client(
            "dynamodb", config=Config(retries=retries, max_pool_connections=50), **common
        ),
    )


@lru_cache(maxsize=1)
def get_clients() -> AwsClients:
    """The process's clients (cached, like ``get_settings``)."""
    return make_clients(get_settings())
