"""The service's AWS resources, defined once.

The local runner creates exactly these on the emulator, the deployment template is generated from
them, and the code receives their names through the environment variables built here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from chalicelib.stores.media import DROP_PREFIX, UPLOADS_PREFIX
from chalicelib.stores.queues import DEAD_LETTER_SUFFIX

APP_NAME = "lens-gpt"
# Deliveries of one message before it moves to its dead-letter queue; the handlers turn the
# last one's failure into an error chunk, and the dead-letter consumer a message that died on
# every delivery into a stage-died one.
MAX_RECEIVE_COUNT = 3
# The webhooks queue's: each failed try of a delivery is one receive of its message (the delivery
# function gives up after WEBHOOK_MAX_ATTEMPTS tries, which must stay below this), and a nudge
# that finds another delivery under way comes back too.
WEBHOOK_MAX_RECEIVE_COUNT = 20
# SQS event sources take a MaximumConcurrency from 2 to 1000.
MAX_CONCURRENCY_RANGE = range(2, 1001)


@dataclass(frozen=True)
class QueueDef:
    """A work queue, its consumer and its dead-letter queue."""

    stage: str
    consumer_timeout_s: int
    batch_size: int
    # The most concurrent executions its event source mapping starts (SQS's MaximumConcurrency,
    # at least 2): a cap that reserves nothing and never throttles a message.
    max_concurrency: int
    max_receive_count: int = MAX_RECEIVE_COUNT

    def __post_init__(self) -> None:
        if self.max_concurrency not in MAX_CONCURRENCY_RANGE:
            raise ValueError(f"{self.stage}: SQS takes a MaximumConcurrency from 2 to 1000")

    @property
    def name(self) -> str:
        return f"{APP_NAME}-{self.stage}"

    @property
    def dlq_name(self) -> str:
        return f"{self.name}{DEAD_LETTER_SUFFIX}"

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


# Enough for a few people at once (a lens search holds a Chromium for seconds); one burst cannot
# take the whole account's concurrency.
QUEUES: tuple[QueueDef, ...] = (
    QueueDef(stage="lens", consumer_timeout_s=120, batch_size=1, max_concurrency=3),
    QueueDef(stage="gpt", consumer_timeout_s=120, batch_size=1, max_concurrency=5),
    QueueDef(stage="pricing", consumer_timeout_s=60, batch_size=1, max_concurrency=5),
    # Nudges for webhook deliveries (not a stage: nothing of a run is computed there).
    QueueDef(stage="webhooks", consumer_timeout_s=60, batch_size=1, max_concurrency=5,
             max_receive_count=WEBHOOK_MAX_RECEIVE_COUNT),
)
BUCKET = BucketDef(
    name=f"{APP_NAME}-media", notify_prefixes=(UPLOADS_PREFIX, DROP_PREFIX), notify_stage="lens"
)
TABLE = TableDef(name=f"{APP_NAME}-results")


def queue(stage: str) -> QueueDef:
    """The queue that feeds ``stage``."""
    return next(q for q in QUEUES if q.stage == stage)


@dataclass(frozen=True)
class FunctionDef:
    """A Lambda function in AWS: its entry point and the memory and time it is given."""

    key: str
    handler: str
    memory_mb: int
    timeout_s: int
    ephemeral_storage_mb: int = 512

    @property
    def name(self) -> str:
        return f"{APP_NAME}-{self.key}"

    @property
    def log_group(self) -> str:
        return f"/aws/lambda/{self.name}"


# A stage function's time-out is its queue's consumer time-out (the queue's visibility is six
# times that). The API answers within API Gateway's 29 s (long-polls wait at most 25 s). Headless
# Chromium needs memory (which also buys CPU) and room in /tmp for its profile. A relay stream
# may start before its upload, which may come up to UPLOAD_EXPIRES_SECONDS later.
FUNCTIONS: tuple[FunctionDef, ...] = (
    FunctionDef(key="api", handler="app.app", memory_mb=512, timeout_s=30),
    FunctionDef(key="lens", handler="chalicelib.pipeline.handlers.lens_handler",
                memory_mb=3008, timeout_s=queue("lens").consumer_timeout_s,
                ephemeral_storage_mb=2048),
    FunctionDef(key="gpt", handler="app.gpt_stage", memory_mb=1024,
                timeout_s=queue("gpt").consumer_timeout_s),
    FunctionDef(key="pricing", handler="app.pricing_stage", memory_mb=512,
                timeout_s=queue("pricing").consumer_timeout_s),
    FunctionDef(key="relay", handler="run.sh", memory_mb=512, timeout_s=900),
    # POSTs webhook deliveries (each within WEBHOOK_TIMEOUT_SECONDS) while it holds a query's
    # callback: its time-out is that hold (LEASE_S of chalicelib/pipeline/webhooks.py).
    FunctionDef(key="webhooks", handler="app.webhook_deliveries", memory_mb=256,
                timeout_s=queue("webhooks").consumer_timeout_s),
    # Consumes the dead-letter queues: each message becomes its stage's stage-died error (a
    # webhook nudge's: that callback given up).
    FunctionDef(key="dead-letters", handler="chalicelib.pipeline.handlers.dead_letter_handler",
                memory_mb=512, timeout_s=60),
)
# API Gateway ends any request after 29 s. The API's longest wait (a long-poll's ?wait=) leaves
# room for a cold start of the API function (imports, settings, clients) before it begins.
API_GATEWAY_TIMEOUT_S = 29
COLD_START_MARGIN_S = 8
API_MAX_WAIT_S = API_GATEWAY_TIMEOUT_S - COLD_START_MARGIN_S - 1
# The dead-letter consumer's batches (it only writes a chunk or two per message).
DEAD_LETTER_BATCH_SIZE = 10
# Each dead-letter queue's event source starts at most this many of its consumer.
DEAD_LETTER_MAX_CONCURRENCY = 2
# How long the functions' logs are kept.
LOG_RETENTION_DAYS = 30


def function(key: str) -> FunctionDef:
    """The function called ``key`` (``api``, ``relay`` or a stage)."""
    return next(f for f in FUNCTIONS if f.key == key)


def dead_letter_visibility_timeout_s() -> int:
    """A dead-letter queue's visibility: six times its consumer's time-out, as for work queues
    (SQS refuses an event source whose queue hides a message for less than the function runs)."""
    return 6 * function("dead-letters").timeout_s


def environment(queue_urls: Mapping[str, Any], bucket_name: Any = None) -> dict[str, Any]:
    """The environment variables through which the code learns the resources' names.

    Locally the values are the names themselves; the deployment template passes CloudFormation
    references (a queue's URL, the bucket's account-specific name) in their place.
    """
    env = {
        "BUCKET_NAME": bucket_name or BUCKET.name,
        "TABLE_NAME": TABLE.name,
        "MAX_RECEIVE_COUNT": str(MAX_RECEIVE_COUNT),
    }
    for q in QUEUES:
        env[q.name_env] = q.name
        env[q.url_env] = queue_urls[q.stage]
    return env
