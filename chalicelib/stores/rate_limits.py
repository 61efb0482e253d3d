"""A per-client rate limit: a token bucket per source address, kept in the results table.

Each client may make ``burst`` requests at once and then ``per_minute`` a minute; the buckets of
all API and relay functions are the same items, so the limit holds however many run. A bucket is
read, refilled for the time since, and written back only if nobody wrote it meanwhile
(optimistic, conditional on its last time); it expires from the table when it would be full.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from botocore.exceptions import ClientError

from chalicelib.errors import TooManyRequests

_PREFIX = "ratelimit#"
# Writers racing for one bucket: after this many lost races the request is let through (one
# client cannot win a race against itself forever; the API stage's throttling still holds).
_ATTEMPTS = 4


class RateLimiter:
    """``admit(source)`` takes one token of ``source``'s bucket or raises ``TooManyRequests``."""

    def __init__(self, client: Any, table: str, per_minute: float, burst: int,
                 clock: Callable[[], float] = time.time) -> None:
        self._db = client
        self._table = table
        self._rate = per_minute / 60.0
        self._burst = max(1, burst)
        self._clock = clock

    @property
    def enabled(self) -> bool:
        return self._rate > 0

    def admit(self, source: str) -> None:
        if not self.enabled:
            return
        key = {"pk": {"S": f"{_PREFIX}{source or 'unknown'}"}, "sk": {"N": "0"}}
        for _ in range(_ATTEMPTS):
            now = self._clock()
            item = self._db.get_item(TableName=self._table, Key=key,
                                     ConsistentRead=True).get("Item")
            last = float(item["at"]["N"]) if item else None
            tokens = self._burst if item is None else min(
                self._burst, float(item["tokens"]["N"]) + (now - last) * self._rate)
            if tokens < 1:
                raise TooManyRequests("Too many requests from this address; try again later.",
                                      retry_after_s=(1 - tokens) / self._rate)
            if self._write(key, tokens - 1, now, last):
                return

    def _write(self, key: dict[str, Any], tokens: float, now: float, last: float | None) -> bool:
        full_at = now + (self._burst - tokens) / self._rate
        condition = "attribute_not_exists(pk)" if last is None else "#at = :last"
        values = {":last": {"N": repr(last)}} if last is not None else {}
        try:
            self._db.put_item(
                TableName=self._table,
                Item={**key, "tokens": {"N": repr(tokens)}, "at": {"N": repr(now)},
                      "expires_at": {"N": str(int(full_at) + 1)}},
                ConditionExpression=condition,
                **({"ExpressionAttributeNames": {"#at": "at"},
                    "ExpressionAttributeValues": values} if values else {}),
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "ConditionalCheckFailedException":
                return False
            raise
        return True
