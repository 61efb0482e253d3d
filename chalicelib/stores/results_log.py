"""The results log: each run's chunks in DynamoDB, appended with gap-free, unique ``seq``.

One table holds everything (see docs/architecture.md). A run is one analysis of one image; its
head item (sort key 0) carries the next ``seq``, the chunk keys already written, the stages still
pending and the run's status; each chunk is an item with ``seq`` as sort key. An append is one
transaction that advances the head only if nobody else did and writes the chunk only if its key is
new, so concurrent stages never share a ``seq`` and a redelivered message never writes twice.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from aws_lambda_powertools import Logger
from botocore.exceptions import BotoCoreError, ClientError

from chalicelib import observability
from chalicelib.errors import RunClosed, StageSettled
from chalicelib.observability import SERVICE
from chalicelib.stores.dynamo import from_item, is_conflict, to_item
from chalicelib.wire import Chunk, ChunkKind, RunStatus, utc_now_iso

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

DONE_KEY = "done"
# Each stage's last step: once it is written the stage succeeded, and no error may follow it.
FINAL_STEPS = {"lens": ChunkKind.LENS_MATCHES, "gpt": ChunkKind.RETAIL_PRICE_DETAILS,
               "pricing": ChunkKind.ESTIMATED_PRICE}
_MAX_APPEND_ATTEMPTS = 50

def run_pk(run_id: str) -> str:
    return f"run#{run_id}"


@dataclass
class RunHead:
    """The head item of a run."""

    run_id: str
    image_sha256: str | None
    next_seq: int
    status: str
    owner_query: str
    emitted: dict[str, int] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)
    result_keys: set[str] = field(default_factory=set)
    deadline_at: int | None = None  # epoch seconds; heads written before deadlines have none
    # Queries with a webhook on this run (all are told when it ends), and those of them that
    # want every chunk (told after each append).
    callback_queries: set[str] = field(default_factory=set)
    chunk_callbacks: set[str] = field(default_factory=set)

    @property
    def closed(self) -> bool:
        return DONE_KEY in self.emitted

    def overdue(self, now: float | None = None) -> bool:
        """Still open past its deadline: nobody may wait for it any longer."""
        now = time.time() if now is None else now
        return not self.closed and self.deadline_at is not None and now > self.deadline_at

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> RunHead:
        return cls(
            run_id=item["run_id"],
            image_sha256=item.get("image_sha256"),
            next_seq=int(item["next_seq"]),
            status=item["status"],
            owner_query=item["owner_query"],
            emitted={k: int(v) for k, v in item.get("emitted", {}).items()},
            pending=set(item.get("pending", set())),
            result_keys=set(item.get("result_keys", set())),
            deadline_at=int(item["deadline_at"]) if "deadline_at" in item else None,
            callback_queries=set(item.get("callback_queries", set())),
            chunk_callbacks=set(item.get("chunk_callbacks", set())),
        )


class ResultsLog:
    """Runs and their chunks."""

    def __init__(self, client: Any, table: str, retention_days: int = 7,
                 run_deadline_s: float = 4800,
                 nudge: Callable[[str], None] | None = None) -> None:
        self._db = client
        self._table = table
        self._retention_s = retention_days * 86400
        self._deadline_s = run_deadline_s
        self._nudge = nudge

    # -- runs ---------------------------------------------------------------------------------

    def create_run(self, run_id: str, image_sha256: str | None, owner_query: str) -> bool:
        """Write a new run's head; False if it exists already."""
        head = {
            "pk": run_pk(run_id), "sk": 0, "run_id": run_id, "next_seq": 1,
            "status": "processing", "owner_query": owner_query, "emitted": {},
            "pending": {"lens"}, "created_at": utc_now_iso(), "expires_at": self._expiry(),
            "deadline_at": int(time.time() + self._deadline_s),
        }
        if image_sha256:
            head["image_sha256"] = image_sha256
        try:
            self._db.put_item(
                TableName=self._table, Item=to_item(head),
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True

    def head(self, run_id: str) -> RunHead | None:
        """The run's head, read strongly consistent."""
        answer = self._db.get_item(
            TableName=self._table, Key=to_item({"pk": run_pk(run_id), "sk": 0}),
            ConsistentRead=True,
        )
        item = answer.get("Item")
        return RunHead.from_item(from_item(item)) if item else None

    def hand_over(self, run_id: str, done_stage: str, next_stages: Iterable[str]) -> bool:
        """Mark ``done_stage`` finished and ``next_stages`` pending, once; False if done before."""
        following = set(next_stages)
        values: dict[str, Any] = {":done": done_stage}
        if following:
            values[":next"] = following
        try:
            self._db.update_item(
                TableName=self._table, Key=to_item({"pk": run_pk(run_id), "sk": 0}),
                # DynamoDB has no empty sets: no following stage means no attribute.
                UpdateExpression="SET pending = :next" if following else "REMOVE pending",
                ConditionExpression="contains(pending, :done)",
                ExpressionAttributeValues=to_item(values),
            )
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True

    def finish_stage(self, run_id: str, stage: str) -> bool:
        """Mark ``stage`` finished; True when no stage is pending any more."""
        answer = self._db.update_item(
            TableName=self._table, Key=to_item({"pk": run_pk(run_id), "sk": 0}),
            UpdateExpression="DELETE pending :stage",
            ExpressionAttributeValues=to_item({":stage": {stage}}),
            ReturnValues="ALL_NEW",
        )
        return not from_item(answer["Attributes"]).get("pending")

    def follow_results(self, run_id: str, result_key: str) -> bool:
        """Ask for ``result_key`` to be written when the run ends; False if it has ended."""
        return self._follow(run_id, "ADD result_keys :follower", result_key)

    def follow_callback(self, run_id: str, query_id: str, each_chunk: bool) -> bool:
        """Have the query's webhook told when the run ends (and, with ``each_chunk``, after every
        chunk); False if the run has ended already."""
        update = "ADD callback_queries :follower" + (
            ", chunk_callbacks :follower" if each_chunk else "")
        return self._follow(run_id, update, query_id)

    def _follow(self, run_id: str, update: str, follower: str) -> bool:
        """Add ``follower`` to the head's sets ``update`` names, unless the run has ended."""
        try:
            self._db.update_item(
                TableName=self._table, Key=to_item({"pk": run_pk(run_id), "sk": 0}),
                UpdateExpression=update,
                ConditionExpression="attribute_exists(pk) AND attribute_not_exists(emitted.#done)",
                ExpressionAttributeNames={"#done": DONE_KEY},
                ExpressionAttributeValues=to_item({":follower": {follower}}),
            )
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True

    def tell_followers(self, head: RunHead, ended: bool = True) -> None:
        """Nudge the run's webhooks: all of them once it has ``ended``, else those that want
        every chunk. Only runs that have followers send anything."""
        followers = head.callback_queries if ended else head.chunk_callbacks
        if self._nudge is None:
            return
        for query_id in sorted(followers):
            try:
                self._nudge(query_id)
            except (BotoCoreError, ClientError):
                # A webhook is never worth a stage's failure: the next nudge (at the latest when
                # the run closes) delivers what this one would have.
                logger.warning("could not nudge the webhook of %s", query_id, exc_info=True)

    # -- chunks -------------------------------------------------------------------------------

    def append(self, run_id: str, key: str, stage: str, description: str, data: Any,
               forbid: Iterable[str] = ()) -> Chunk:
        """Append one chunk under a key unique within the run; a repeated key returns the first.

        Raises ``RunClosed`` once the run's ``done`` chunk is written, and ``StageSettled`` if a
        chunk under one of the ``forbid`` keys is written (checked in the same transaction).
        """
        forbidden = tuple(forbid)
        for _ in range(_MAX_APPEND_ATTEMPTS):
            head = self.head(run_id)
            if head is None:
                raise RunClosed(f"run {run_id} does not exist")
            if key in head.emitted:
                return self.chunk(run_id, head.emitted[key])
            if head.closed:
                raise RunClosed(f"run {run_id} is finished")
            settled = [k for k in forbidden if k in head.emitted]
            if settled:
                raise StageSettled(f"run {run_id} holds {settled[0]} already")
            chunk = self._append_at(head, key, stage, description, data, forbidden)
            if chunk is not None:
                return chunk
            time.sleep(0.005)
        raise RuntimeError(f"could not append to run {run_id}: too much contention")

    def _append_at(self, head: RunHead, key: str, stage: str, description: str,
                   data: Any, forbid: tuple[str, ...] = ()) -> Chunk | None:
        """One try at appending at the head's ``next_seq``; None if the head moved meanwhile."""
        chunk = Chunk(
            seq=head.next_seq, image_sha256=head.image_sha256, stage=stage,
            data_description=description, data_type=ChunkKind(description).data_type, data=data,
            created_at=utc_now_iso(),
        )
        if not self._try_append(head, key, chunk, forbid):
            return None
        observability.count(observability.CHUNKS_APPENDED)
        if chunk.data_description != ChunkKind.DONE:
            # ``done`` is told by whoever closes, from the head read after it (all followers).
            self.tell_followers(head, ended=False)
        return chunk

    def _try_append(self, head: RunHead, key: str, chunk: Chunk,
                    forbid: tuple[str, ...] = ()) -> bool:
        seq = chunk.seq
        update = "SET next_seq = :next, emitted.#key = :seq"
        values: dict[str, Any] = {":next": seq + 1, ":seq": seq}
        names = {"#key": key, "#done": DONE_KEY}
        condition = ("next_seq = :seq AND attribute_not_exists(emitted.#key)"
                     " AND attribute_not_exists(emitted.#done)")
        for n, settled in enumerate(forbid):
            names[f"#f{n}"] = settled
            condition += f" AND attribute_not_exists(emitted.#f{n})"
        if chunk.data_description == ChunkKind.DONE:
            update += ", #status = :status"
            names["#status"] = "status"
            values[":status"] = chunk.data["status"]
        try:
            self._db.transact_write_items(TransactItems=[
                {"Update": {
                    "TableName": self._table,
                    "Key": to_item({"pk": run_pk(head.run_id), "sk": 0}),
                    "UpdateExpression": update,
                    "ConditionExpression": condition,
                    "ExpressionAttributeNames": names,
                    "ExpressionAttributeValues": to_item(values),
                }},
                {"Put": {
                    "TableName": self._table,
                    "Item": to_item({
                        "pk": run_pk(head.run_id), "sk": seq, "key": key,
                        "body": chunk.model_dump_json(), "expires_at": self._expiry(),
                    }),
                    "ConditionExpression": "attribute_not_exists(pk)",
                }},
            ])
        except ClientError as exc:
            if is_conflict(exc):
                return False
            raise
        return True

    def chunk(self, run_id: str, seq: int) -> Chunk:
        """One chunk by its ``seq``."""
        answer = self._db.get_item(
            TableName=self._table, Key=to_item({"pk": run_pk(run_id), "sk": seq}),
            ConsistentRead=True,
        )
        return Chunk.model_validate_json(from_item(answer["Item"])["body"])

    def chunks(self, run_id: str, after: int = 0) -> list[Chunk]:
        """Every chunk with ``seq > after``, in order, read strongly consistent."""
        return [Chunk.model_validate_json(i["body"]["S"]) for i in self._items(run_id, after)]

    def run_state(self, run_id: str) -> tuple[RunHead | None, list[Chunk]]:
        """The run's head and all its chunks, read strongly consistent in one query: they share
        the partition, the head at sort key 0 and the chunks after it."""
        head, chunks = None, []
        for item in self._items(run_id, after=-1):
            if item["sk"]["N"] == "0":
                head = RunHead.from_item(from_item(item))
            else:
                chunks.append(Chunk.model_validate_json(item["body"]["S"]))
        return head, chunks

    def _items(self, run_id: str, after: int) -> Iterator[dict[str, Any]]:
        request: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk AND sk > :after",
            "ExpressionAttributeValues": to_item({":pk": run_pk(run_id), ":after": after}),
            "ConsistentRead": True,
        }
        while True:
            answer = self._db.query(**request)
            yield from answer["Items"]
            if "LastEvaluatedKey" not in answer:
                return
            request["ExclusiveStartKey"] = answer["LastEvaluatedKey"]

    def close(self, run_id: str, decide: Callable[[list[Chunk]], RunStatus]) -> Chunk:
        """Append ``done`` (once), its status ``decide``d from the run's chunks.

        The status is decided from the chunks read with the head that the append is conditioned
        on, so no chunk (a late error of a duplicate delivery) can slip in between unseen.
        """
        for _ in range(_MAX_APPEND_ATTEMPTS):
            head, chunks = self.run_state(run_id)
            if head is None:
                raise RunClosed(f"run {run_id} does not exist")
            if head.closed:
                return self.chunk(run_id, head.emitted[DONE_KEY])
            status = {"status": decide(chunks)}
            done = self._append_at(head, DONE_KEY, "-", ChunkKind.DONE, status)
            if done is not None:
                logger.info("run finished", extra={"run_id": run_id, **status})
                return done
            time.sleep(0.005)
        raise RuntimeError(f"could not close run {run_id}: too much contention")

    def _expiry(self) -> int:
        return int(time.time()) + self._retention_s
