"""The service's AWS resources, defined once.

The local runner creates exactly these on the emulator, the deployment template is generated from
them, and the code receives their names through the environment variables built here.
"""

from __future__ import annotations

from dataclasses import dataclass

from chalicelib.storage import DROP_PREFIX, UPLOADS_PREFIX

APP_NAME = "lens-gpt"
# Deliveries of one message before it moves to its dead-letter queue; the handlers turn the
# last one's failure into an error chunk.
MAX_RECEIVE_COUNT = 3


@dataclass(frozen=True)
class QueueDef:
    """A work queue, its consumer and its dead-letter queue."""

    stage: str
    consumer_timeout_s: int
    batch_size: int
    max_receive_count: int = MAX_RECEIVE_COUNT

    @property
    def name(self) -> str:
        return f"{APP_NAME}-{self.stage}"

    @property
    def dlq_name(self) -> str:
        return f"{self.name}-dlq"

    @property
    def visibility_timeout_s(self) -> int:
        # AWS's guidance for Lambda consumers: at least six times the function's time-out.
        return 6 * self.consumer_timeout_s

    @property
    def url_env(self) -> str:
        return f"{self.stage.upper()}_QUEUE_URL"

    @property
    def name_env(self) -> str:
        return f"{self.stage.upper()}_QUEUE_NAME"


@dataclass(frozen=True)
class BucketDef:
    """The one private bucket: uploads, drops and drop results."""

    name: str
    notify_prefixes: tuple[str, ...]
    notify_stage: str
    uploads_expire_days: int = 7


@dataclass(frozen=True)
class TableDef:
    """The results log: queries, images, runs and their chunks in one table."""

    name: str
    partition_key: str = "pk"
    sort_key: str = "sk"
    ttl_attribute: str = "expires_at"


QUEUES: tuple[QueueDef, ...] = (
    QueueDef(stage="lens", consumer_timeout_s=120, batch_size=1),
    QueueDef(stage="gpt", consumer_timeout_s=120, batch_size=1),
    QueueDef(stage="pricing", consumer_timeout_s=60, batch_size=1),
)
BUCKET = BucketDef(
    name=f"{APP_NAME}-media", notify_prefixes=(UPLOADS_PREFIX, DROP_PREFIX), notify_stage="lens"
)
TABLE = TableDef(name=f"{APP_NAME}-results")


def queue(stage: str) -> QueueDef:
    """The queue that feeds ``stage``."""
    return next(q for q in QUEUES if q.stage == stage)


def environment(queue_urls: dict[str, str]) -> dict[str, str]:
    """The environment variables through which the code learns the resources' names."""
    env = {
        "BUCKET_NAME": BUCKET.name,
        "TABLE_NAME": TABLE.name,
        "MAX_RECEIVE_COUNT": str(MAX_RECEIVE_COUNT),
    }
    for q in QUEUES:
        env[q.name_env] = q.name
        env[q.url_env] = queue_urls[q.stage]
    return env
