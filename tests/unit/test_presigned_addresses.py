"""Presigned URLs in AWS name the bucket's own region (a new bucket elsewhere than us-east-1
answers the global endpoint with redirects, which break the page's upload and the signature of
the URLs handed to OpenAI or SerpApi)."""

from __future__ import annotations

from urllib.parse import urlsplit

import boto3
import pytest
from moto import mock_aws

from chalicelib.config import Settings
from chalicelib.stores.clients import make_clients
from chalicelib.stores.media import MediaBucket

REGION = "eu-central-1"
BUCKET = "lens-gpt-media-123456789012-eu-central-1"


@pytest.fixture
def bucket(monkeypatch: pytest.MonkeyPatch) -> MediaBucket:
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    for name, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing")):
        monkeypatch.setenv(name, value)
    with mock_aws():
        boto3.client("s3", region_name=REGION).create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
        settings = Settings(bucket=BUCKET, region=REGION)
        yield MediaBucket(make_clients(settings).s3, BUCKET)


def test_a_presigned_upload_in_eu_central_1_posts_to_the_regional_virtual_host(
    bucket: MediaBucket,
) -> None:
    # When the API presigns the page's upload
    upload = bucket.presigned_upload("q1", "image/jpeg", 1024, 900)

    # Then the page posts to the bucket's host in its own region
    assert urlsplit(upload.url).hostname == f"{BUCKET}.s3.{REGION}.amazonaws.com"
    assert upload.fields["x-amz-credential"].split("/")[2] == REGION


def test_a_presigned_get_in_eu_central_1_names_the_regional_virtual_host(
    bucket: MediaBucket,
) -> None:
    # When a provider is handed the photo's URL
    url = urlsplit(bucket.presigned_get("uploads/q1"))

    # Then OpenAI or SerpApi fetch it from the region's own host, without a redirect
    assert url.hostname == f"{BUCKET}.s3.{REGION}.amazonaws.com"
    assert url.path == "/uploads/q1"
    assert f"%2F{REGION}%2Fs3%2F" in url.query
