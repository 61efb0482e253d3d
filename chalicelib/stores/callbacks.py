"""A query's webhook delivery state, on its query record: a lease, progress and failures; and
each destination's, shared by every query delivering there.

One delivery function at a time holds a query's callback (a lease that ends by itself if that
function dies), so its deliveries never overlap and go out in order. Progress (``seq``, the last
chunk delivered) only moves forward: the update is conditional on it, so a late or racing
delivery can never move it back.

A destination (a callback URL's scheme, host and port) has a few delivery slots (leases like the
callback's) and a failure count with a time before which it is not tried again. So a receiver
that stalls or fails holds at most its slots' worth of delivery functions, for a short deadline,
and then waits on its own: deliveries to it are put off without a POST while the others go on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

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

    def defer(self, query_id: str, retry_at_ms: int, token: str, now_ms: int) -> bool:
        """Put the callback's next try off until ``retry_at_ms``, held by the message ``token``
        (a try counted by nobody: it was not made); False if another message holds a retry."""
        return self._update(
            query_id, "SET callback.retry_at = :retry_at, callback.retry_token = :token",
            "attribute_exists(callback) AND (callback.retry_at <= :now OR "
            "callback.retry_token = :token)",
            {":retry_at": retry_at_ms, ":token": token, ":now": now_ms})

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


def destination(url: str) -> str:
    """Where a callback URL delivers to: its scheme, host and port (``https://a.example:443``)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        port = 0
    return f"{scheme}://{(parts.hostname or '').rstrip('.').lower()}:{port}"


@dataclass(frozen=True)
class DestinationState:
    """How a destination has fared: its failures in a row, and when it may be tried again."""

    failures: int = 0
    retry_at: int = 0  # epoch milliseconds


# A destination's items outlive its last delivery by this much, then DynamoDB's TTL drops them.
_DESTINATION_TTL_S = 86400


class DestinationStore:
    """Delivery slots and failures of webhook destinations, in the results table."""

    def __init__(self, client: Any, table: str) -> None:
        self._db = client
        self._table = table

    def state(self, origin: str) -> DestinationState:
        answer = self._db.get_item(TableName=self._table, Key=_slot(origin, 0),
                                   ConsistentRead=True)
        item = from_item(answer["Item"]) if "Item" in answer else {}
        return DestinationState(int(item.get("failures", 0)), int(item.get("retry_at", 0)))

    def take_slot(self, origin: str, now_ms: int, lease_ms: int, slots: int) -> int | None:
        """One of the destination's ``slots`` held until ``now_ms + lease_ms`` (a slot whose
        holder died frees itself then); None when every slot is held."""
        for slot in range(1, max(1, slots) + 1):
            try:
                self._db.update_item(
                    TableName=self._table, Key=_slot(origin, slot),
                    UpdateExpression="SET lease_until = :until, expires_at = :expires",
                    ConditionExpression="attribute_not_exists(lease_until) OR "
                                        "lease_until < :now",
                    ExpressionAttributeValues=to_item({
                        ":until": now_ms + lease_ms, ":now": now_ms,
                        ":expires": _expires_at()}),
                )
            except ClientError as exc:
                if is_conflict(exc):
                    continue
                raise
            return slot
        return None

    def free_slot(self, origin: str, slot: int) -> None:
        self._db.update_item(TableName=self._table, Key=_slot(origin, slot),
                             UpdateExpression="SET lease_until = :zero",
                             ExpressionAttributeValues=to_item({":zero": 0}))

    def succeeded(self, origin: str) -> None:
        """The destination took a delivery: its failures are forgotten."""
        self._db.update_item(TableName=self._table, Key=_slot(origin, 0),
                             UpdateExpression="SET failures = :zero, retry_at = :zero, "
                                              "expires_at = :expires",
                             ExpressionAttributeValues=to_item({
                                 ":zero": 0, ":expires": _expires_at()}))

    def failed(self, origin: str, now_ms: int, base_s: float, max_s: float) -> DestinationState:
        """The destination failed once more: not tried again for a delay that doubles with
        each failure in a row (``base_s``, then twice that, up to ``max_s``)."""
        answer = self._db.update_item(
            TableName=self._table, Key=_slot(origin, 0),
            UpdateExpression="ADD failures :one SET expires_at = :expires",
            ExpressionAttributeValues=to_item({":one": 1, ":expires": _expires_at()}),
            ReturnValues="UPDATED_NEW",
        )
        failures = int(from_item(answer["Attributes"])["failures"])
        retry_at = now_ms + int(min(base_s * 2 ** (failures - 1), max_s) * 1000)
        self._db.update_item(TableName=self._table, Key=_slot(origin, 0),
                             UpdateExpression="SET retry_at = :at",
                             ExpressionAttributeValues=to_item({":at": retry_at}))
        return DestinationState(failures, retry_at)


def _slot(origin: str, slot: int) -> dict[str, Any]:
    return to_item({"pk": f"destination#{origin}", "sk": slot})


def _expires_at() -> int:
    return int(time.time()) + _DESTINATION_TTL_S
