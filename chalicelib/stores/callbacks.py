"""A query's webhook delivery state, on its query record: a lease, progress and failures.

One delivery function at a time holds a query's callback (a lease that ends by itself if that
function dies), so its deliveries never overlap and go out in order. Progress (``seq``, the last
chunk delivered) only moves forward: the update is conditional on it, so a late or racing
delivery can never move it back.
"""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from chalicelib.stores.dynamo import from_item, is_conflict, to_item
from chalicelib.stores.queries import Callback


def _key(query_id: str) -> dict[str, Any]:
    return to_item({"pk": f"query#{query_id}", "sk": 0})


class CallbackStore:
    """The ``callback`` attribute of query records, in the results table."""

    def __init__(self, client: Any, table: str) -> None:
        self._db = client
        self._table = table

    def claim(self, query_id: str, now_ms: int, lease_ms: int) -> Callback | None:
        """Hold the pending callback until ``now_ms + lease_ms``, and read it as it is now (what
        a delivery read before holding it may be behind); None if another holds it (or it is no
        longer pending)."""
        try:
            answer = self._db.update_item(
                TableName=self._table, Key=_key(query_id),
                UpdateExpression="SET callback.lease_until = :until",
                ConditionExpression="callback.#state = :pending AND callback.lease_until < :now",
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues=to_item(
                    {":until": now_ms + lease_ms, ":pending": "pending", ":now": now_ms}),
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            if is_conflict(exc):
                return None
            raise
        return Callback.from_item(from_item(answer["Attributes"])["callback"])

    def release(self, query_id: str) -> None:
        self._update(query_id, "SET callback.lease_until = :zero", "attribute_exists(callback)",
                     {":zero": 0})

    def delivered(self, query_id: str, seq: int, final: bool) -> bool:
        """A delivery up to ``seq`` succeeded (``final``: the last one); False if the callback
        was already further (the progress never moves back)."""
        update = ("SET callback.seq = :seq, callback.attempts = callback.attempts + :one, "
                  "callback.failures = :zero")
        values: dict[str, Any] = {":seq": seq, ":one": 1, ":zero": 0}
        if final:
            update += ", callback.#state = :delivered"
            values[":delivered"] = "delivered"
        return self._update(query_id, update, "callback.seq < :seq", values)

    def failed(self, query_id: str, error: str, failures: int, give_up: bool,
               retry_at_ms: int = 0, retry_token: str = "") -> None:
        """A try failed (the ``failures``-th of the delivery due): counted, with its reason;
        either given up, or retried at ``retry_at_ms`` by the message ``retry_token`` names."""
        update = ("SET callback.attempts = callback.attempts + :one, "
                  "callback.failures = :failures, callback.last_error = :error, "
                  "callback.retry_at = :retry_at, callback.retry_token = :token")
        values: dict[str, Any] = {":one": 1, ":failures": failures, ":error": error,
                                  ":retry_at": retry_at_ms, ":token": retry_token}
        if give_up:
            update += ", callback.#state = :failed"
            values[":failed"] = "failed"
        self._update(query_id, update, "attribute_exists(callback)", values)

    def _update(self, query_id: str, update: str, condition: str,
                values: dict[str, Any]) -> bool:
        names = {"#state": "state"} if "#state" in update + condition else {}
        try:
            self._db.update_item(
                TableName=self._table, Key=_key(query_id), UpdateExpression=update,
                ConditionExpression=condition, ExpressionAttributeValues=to_item(values),
                **({"ExpressionAttributeNames": names} if names else {}),
            )
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True
