"""The media bucket: presigned uploads, reading uploads and drops, writing drop results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from botocore.exceptions import ClientError

from chalicelib.wire import Upload

UPLOADS_PREFIX = "uploads/"
DROP_PREFIX = "drop/"
RESULTS_PREFIX = "results/"
# The bytes each run analysed, by their SHA-256: what a query's image link serves, whatever is
# put at its upload key afterwards (a presigned POST can be used again until it expires).
ANALYSED_PREFIX = "analysed/"


@dataclass(frozen=True)
class StoredObject:
    """An object's metadata as the lens stage checks it."""

    key: str
    size: int
    content_type: str | None
    # A dropped object's hint: its user metadata ``hint`` (x-amz-meta-hint), URL-encoded UTF-8.
    hint: str | None = None


def upload_key(query_id: str) -> str:
    """Where a query's upload lives: ``uploads/<query id>``."""
    return f"{UPLOADS_PREFIX}{query_id}"


def query_id_of_upload(key: str) -> str | None:
    """The query id of an ``uploads/<query id>`` key; None for any other key."""
    return key[len(UPLOADS_PREFIX):] if key.startswith(UPLOADS_PREFIX) else None


def analysed_key(image_sha256: str) -> str:
    """Where the bytes with this SHA-256 are kept once analysed: ``analysed/<sha256>``."""
    return f"{ANALYSED_PREFIX}{image_sha256}"


def result_key_for_drop(drop_key: str) -> str:
    """``drop/a/b.jpg`` -> ``results/a/b.jpg.json``."""
    return f"{RESULTS_PREFIX}{drop_key[len(DROP_PREFIX):]}.json"


def drop_key_for_result(result_key: str) -> str:
    """``results/a/b.jpg.json`` -> ``drop/a/b.jpg``."""
    return f"{DROP_PREFIX}{result_key[len(RESULTS_PREFIX):].removesuffix('.json')}"


class MediaBucket:
    """The one bucket, with the operations the service needs."""

    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self.name = bucket

    def presigned_upload(
        self, query_id: str, content_type: str, max_bytes: int, expires_s: int
    ) -> Upload:
        """A presigned POST for ``uploads/<query_id>`` whose policy limits size and type."""
        post = self._s3.generate_presigned_post(
            Bucket=self.name,
            Key=upload_key(query_id),
            Fields={"Content-Type": content_type},
            # Any image type: the client may correct the label; the bytes decide anyway.
            Conditions=[
                ["starts-with", "$Content-Type", "image/"],
                ["content-length-range", 1, max_bytes],
            ],
            ExpiresIn=expires_s,
        )
        expires_at = datetime.now(UTC) + timedelta(seconds=expires_s)
        return Upload(url=post["url"], fields=post["fields"], max_bytes=max_bytes,
                      expires_at=expires_at.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def presigned_get(self, key: str, expires_s: int = 300) -> str:
        """A short-lived GET URL, for providers that fetch the image themselves."""
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self.name, "Key": key}, ExpiresIn=expires_s
        )

    def describe(self, key: str) -> StoredObject:
        head = self._s3.head_object(Bucket=self.name, Key=key)
        hint = (head.get("Metadata") or {}).get("hint")
        return StoredObject(
            key=key, size=head["ContentLength"], content_type=head.get("ContentType"),
            hint=unquote(hint) if hint is not None else None,
        )

    def exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self.name, Key=key)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def read(self, key: str) -> bytes:
        return self._s3.get_object(Bucket=self.name, Key=key)["Body"].read()

    def keep_analysed(self, image_sha256: str, data: bytes, content_type: str) -> str:
        """Keep the bytes about to be analysed under their hash, unless they are kept already
        (the same hash, the same bytes: a query of an image analysed before puts nothing; a
        copy the bucket's lifecycle expired is put back)."""
        if not self.exists(analysed_key(image_sha256)):
            self._s3.put_object(Bucket=self.name, Key=analysed_key(image_sha256), Body=data,
                                ContentType=content_type)
        return analysed_key(image_sha256)

    def put_upload(self, query_id: str, data: bytes, content_type: str) -> None:
        """Store a direct upload where a presigned POST would have put it."""
        self._s3.put_object(
            Bucket=self.name, Key=upload_key(query_id), Body=data,
            ContentType=content_type,
        )

    def write_json(self, key: str, document: dict[str, Any]) -> None:
        body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        self._s3.put_object(
            Bucket=self.name, Key=key, Body=body, ContentType="application/json"
        )
