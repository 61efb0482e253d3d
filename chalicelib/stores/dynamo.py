"""DynamoDB items as plain dicts, and telling a lost conditional write from a failure.

The stores use the low-level client (transactions need it), so items cross this module in
DynamoDB's typed form.
"""

from __future__ import annotations

from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def to_item(values: dict[str, Any]) -> dict[str, Any]:
    """A plain dict as a DynamoDB item (numbers must be ints or strings here)."""
    return {k: _serializer.serialize(v) for k, v in values.items()}


def from_item(item: dict[str, Any]) -> dict[str, Any]:
    """A DynamoDB item as a plain dict."""
    return {k: _deserializer.deserialize(v) for k, v in item.items()}


def is_conflict(exc: ClientError) -> bool:
    """A conditional write lost a race (alone or inside a transaction)."""
    code = exc.response["Error"]["Code"]
    if code == "ConditionalCheckFailedException":
        return True
    if code != "TransactionCanceledException":
        return False
    reasons = exc.response.get("CancellationReasons", [])
    return any(r.get("Code") in ("ConditionalCheckFailed", "TransactionConflict") for r in reasons)
