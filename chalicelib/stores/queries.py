"""Query records and the image index that maps an image's SHA-256 to its current run."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from aws_lambda_powertools import Logger
from botocore.exceptions import ClientError

from chalicelib.observability import SERVICE
from chalicelib.stores.dynamo import from_item, is_conflict, to_item
from chalicelib.stores.results_log import ResultsLog
from chalicelib.wire import CallbackEvents, CallbackState, utc_now_iso

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)


def plausible_query_id(query_id: str) -> bool:
    """Ids are short URL-safe strings; anything else cannot name a query (and is never looked
    up: DynamoDB refuses keys over 2048 bytes with an error, not an empty answer)."""
    return 0 < len(query_id) <= 100 and all(c.isalnum() or c in "-_" for c in query_id)


def new_query_id() -> str:
    """An unguessable id: 160 random bits, URL-safe, never starting with "-" (a command line
    would read such an id as an option)."""
    while True:
        query_id = secrets.token_urlsafe(20)
        if not query_id.startswith("-"):
            return query_id


@dataclass(frozen=True)
class Callback:
    """A query's webhook: where and what to deliver, its secret, and how far delivery got."""

    url: str
    events: CallbackEvents
    secret: str
    state: CallbackState = "pending"
    attempts: int = 0  # POSTs made, successful ones included
    failures: int = 0  # failed tries of the delivery now due (reset by a success)
    last_error: str | None = None
    seq: int = 0  # the last chunk delivered (chunk events)
    # Epoch milliseconds: until when one delivery function holds the callback (so deliveries
    # never overlap), and when the message that holds the retry of a failed try comes back.
    lease_until: int = 0
    retry_at: int = 0
    retry_token: str = ""

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Callback:
        fields = {k: int(v) if k in _CALLBACK_NUMBERS else v for k, v in item.items()}
        return cls(**fields)

    def as_item(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


_CALLBACK_NUMBERS = ("attempts", "failures", "seq", "lease_until", "retry_at")


def new_callback_secret() -> str:
    """The key a query's webhook deliveries are signed with (256 random bits)."""
    return "whsec_" + secrets.token_urlsafe(32)


@dataclass(frozen=True)
class QueryRecord:
    """A query: one upload or one drop, bound to a run once its bytes are read."""

    id: str
    source: str
    object_key: str
    created_at: str
    run_id: str | None = None
    content_type: str | None = None
    object_version: str | None = None  # a drop's: the object version its result describes
    metadata: str | None = None  # the client's metadata, as the JSON text it sent (<= 1 KB)
    callback: Callback | None = None  # the webhook the client asked for
    owner: str | None = None  # with access keys: the SHA-256 of the key that created it
    hint: str | None = None  # the client's text about the photo (chalicelib.hints)

    def readable_by(self, owner: str | None) -> bool:
        """Whether a request with this key's hash (None: keys are off) may read the query."""
        return owner is None or self.owner == owner

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> QueryRecord:
        return cls(
            id=item["id"], source=item["source"], object_key=item["object_key"],
            created_at=item["created_at"], run_id=item.get("run_id"),
            content_type=item.get("content_type"), object_version=item.get("object_version"),
            metadata=item.get("metadata"),
            callback=Callback.from_item(item["callback"]) if "callback" in item else None,
            owner=item.get("owner"),
            hint=item.get("hint"),
        )


@dataclass(frozen=True)
class DroppedObject:
    """One version of an object created under ``drop/``, as its S3 event names it."""

    bucket: str
    key: str
    version: str  # the version id, sequencer or ETag: what tells this object from another
    sequencer: str = ""  # S3's order of the events of one key (absent locally)

    @property
    def identity(self) -> str:
        return hashlib.sha256(f"{self.bucket}\n{self.key}\n{self.version}".encode()).hexdigest()


@dataclass(frozen=True)
class Claim:
    """What a claimed key holds: its query id, when it was first claimed, whether this call
    claimed it; for an Idempotency-Key also the fingerprint of the body it was first used with
    and the first answer (None while that request is still being answered)."""

    query_id: str
    new: bool
    claimed_ns: int
    fingerprint: str = ""
    answer: str | None = None


class QueryStore:
    """Query records and the image index, in the results table."""

    def __init__(self, client: Any, table: str, log: ResultsLog, retention_days: int = 7) -> None:
        self._db = client
        self._table = table
        self._log = log
        self._retention_s = retention_days * 86400

    def create(
        self, query_id: str, source: str, object_key: str, content_type: str | None = None,
        object_version: str | None = None, metadata: str | None = None,
        callback: Callback | None = None, owner: str | None = None, hint: str | None = None,
    ) -> QueryRecord:
        """Record a new query; a second create with the same id keeps the first."""
        record = QueryRecord(
            id=query_id, source=source, object_key=object_key, created_at=utc_now_iso(),
            content_type=content_type, object_version=object_version, metadata=metadata,
            owner=owner,
            hint=hint,
        )
        values = {k: v for k, v in record.__dict__.items() if v is not None}
        if callback is not None:
            values["callback"] = callback.as_item()
            record = replace(record, callback=callback)
        values.update(pk=f"query#{query_id}", sk=0, expires_at=self._expiry())
        try:
            self._db.put_item(
                TableName=self._table, Item=to_item(values),
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as exc:
            if not is_conflict(exc):
                raise
            return self.get(query_id) or record
        return record

    def get(self, query_id: str) -> QueryRecord | None:
        answer = self._db.get_item(
            TableName=self._table, Key=to_item({"pk": f"query#{query_id}", "sk": 0}),
            ConsistentRead=True,
        )
        item = answer.get("Item")
        return QueryRecord.from_item(from_item(item)) if item else None

    def bind(self, query_id: str, run_id: str) -> str:
        """Bind the query to a run, once; returns the run it is bound to."""
        bound = self._bind(query_id, run_id)
        logger.info("query bound to its run", extra={"query_id": query_id, "run_id": bound})
        return bound

    def with_hint(self, query: QueryRecord, hint: str) -> QueryRecord:
        """Store a hint found after creation (a dropped object's metadata) on the query."""
        self._db.update_item(
            TableName=self._table, Key=to_item({"pk": f"query#{query.id}", "sk": 0}),
            UpdateExpression="SET hint = :hint", ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeValues=to_item({":hint": hint}),
        )
        return replace(query, hint=hint)

    def _bind(self, query_id: str, run_id: str) -> str:
        try:
            self._db.update_item(
                TableName=self._table, Key=to_item({"pk": f"query#{query_id}", "sk": 0}),
                UpdateExpression="SET run_id = :run",
                ConditionExpression="attribute_exists(pk) AND attribute_not_exists(run_id)",
                ExpressionAttributeValues=to_item({":run": run_id}),
            )
        except ClientError as exc:
            if not is_conflict(exc):
                raise
            record = self.get(query_id)
            return record.run_id if record and record.run_id else run_id
        return run_id

    def claim_drop(self, dropped: DroppedObject) -> QueryRecord:
        """The query of a dropped object: a new one with a random id the first time, the same
        one for every repeated event of that object (keyed by the object's identity, which no
        one can turn back into the id). A new object becomes its key's current one, unless a
        later one (by S3's sequencer, else by arrival) already is."""
        claim = self.claim_id(f"object#{dropped.identity}")
        record = self.create(claim.query_id, "drop", dropped.key, object_version=dropped.version)
        rank = f"{dropped.sequencer.zfill(40)}:{claim.claimed_ns:020d}"
        self._make_current(dropped.key, record.id, rank)
        return record

    def claim_id(self, pk: str, fingerprint: str = "") -> Claim:
        """A random query id for the key ``pk``: a new one (kept with ``fingerprint``) the
        first time, what the first claim left ever after (a conditional write decides races)."""
        fresh, claimed_ns = new_query_id(), time.time_ns()
        item = {"pk": pk, "sk": 0, "query_id": fresh, "claimed_ns": claimed_ns,
                "expires_at": self._expiry()}
        if fingerprint:
            item["fingerprint"] = fingerprint
        try:
            self._db.put_item(TableName=self._table, Item=to_item(item),
                              ConditionExpression="attribute_not_exists(pk)")
        except ClientError as exc:
            if not is_conflict(exc):
                raise
            claim = self._item(pk) or {}
            return Claim(claim["query_id"], False, int(claim["claimed_ns"]),
                         claim.get("fingerprint", ""), claim.get("answer"))
        return Claim(fresh, True, claimed_ns, fingerprint)

    def answer_idempotency(self, pk: str, answer: str) -> None:
        """Keep the first request's answer, to give it again to the same request."""
        self._db.update_item(
            TableName=self._table, Key=to_item({"pk": pk, "sk": 0}),
            UpdateExpression="SET answer = :answer",
            ExpressionAttributeValues=to_item({":answer": answer}),
        )

    def release_idempotency(self, pk: str) -> None:
        """Forget a claim whose first request failed, so that a retry may create the query."""
        self._db.delete_item(TableName=self._table, Key=to_item({"pk": pk, "sk": 0}))

    def current_drop(self, drop_key: str) -> QueryRecord | None:
        """The query of the object now at ``drop_key`` (None: no drop there is known)."""
        current = self._item(f"dropkey#{drop_key}")
        return self.get(current["query_id"]) if current else None

    def _make_current(self, drop_key: str, query_id: str, rank: str) -> None:
        try:
            self._db.put_item(
                TableName=self._table, Item=to_item({
                    "pk": f"dropkey#{drop_key}", "sk": 0, "query_id": query_id, "rank": rank,
                    "expires_at": self._expiry(),
                }),
                # Equal ranks: the same object again (a redelivered event), which changes nothing.
                ConditionExpression="attribute_not_exists(pk) OR #rank <= :rank",
                ExpressionAttributeNames={"#rank": "rank"},
                ExpressionAttributeValues=to_item({":rank": rank}),
            )
        except ClientError as exc:
            if not is_conflict(exc):
                raise

    def _item(self, pk: str) -> dict[str, Any] | None:
        answer = self._db.get_item(TableName=self._table, Key=to_item({"pk": pk, "sk": 0}),
                                   ConsistentRead=True)
        item = answer.get("Item")
        return from_item(item) if item else None

    def run_for_image(self, image_sha256: str, query_id: str,
                      hint_key: str = "") -> tuple[str, bool]:
        """The run that analyses this image (with this hint: ``chalicelib.hints.hint_key``):
        the current one, or a new one if there is none or the current one failed or outlived
        its deadline. Returns ``(run_id, owned)``: whether this query owns the run, i.e. is the
        one whose message does the run's visual search."""
        analysis = f"{image_sha256}+{hint_key}" if hint_key else image_sha256
        while True:
            index = self._image_index(analysis)
            if index is not None:
                head = self._log.head(index["run_id"])
                if head is not None and head.status != "failed" and not head.overdue():
                    return head.run_id, head.owner_query == query_id
            attempt = int(index["attempt"]) + 1 if index else 1
            run_id = f"{analysis}-{attempt}"
            # The head first, so that whoever finds the index finds the run; a racing creator
            # of the same attempt makes this a no-op and the index decides the owner.
            created = self._log.create_run(run_id, image_sha256, query_id)
            if self._advance_index(analysis, attempt, run_id) and created:
                return run_id, True  # what reading both back would say, two reads sooner

    def _image_index(self, image_sha256: str) -> dict[str, Any] | None:
        return self._item(f"image#{image_sha256}")

    def _advance_index(self, image_sha256: str, attempt: int, run_id: str) -> bool:
        try:
            self._db.put_item(
                TableName=self._table,
                Item=to_item({
                    "pk": f"image#{image_sha256}", "sk": 0, "run_id": run_id,
                    "attempt": attempt, "expires_at": self._expiry(),
                }),
                ConditionExpression="attribute_not_exists(pk) OR attempt = :previous",
                ExpressionAttributeValues=to_item({":previous": attempt - 1}),
            )
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True

    def _expiry(self) -> int:
        return int(time.time()) + self._retention_s
