"""AWS on this machine: moto's server mode, and the service's resources created on it."""

from __future__ import annotations

import copy
import inspect
import json
import logging
import random
import threading
import urllib.request
from typing import Any, Callable, Iterable

import boto3
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import BaseWSGIServer, make_server

from infra import resources

REGION = "us-east-1"
# moto accepts any credentials; boto3 only needs some to sign requests.
FAKE_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


class _SerialDynamoDB:
    """Runs DynamoDB calls one at a time.

    DynamoDB makes each conditional write and transaction atomic; moto checks conditions and
    then writes in plain Python, so two threads of the server could both pass one check.
    """

    def __init__(self, app: Callable[..., Any]) -> None:
        self._app = app
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
            with self._lock:
                return list(self._app(environ, start_response))
        return self._app(environ, start_response)


# Where the emulator answers about its DynamoDB traffic and takes its fault switch.
CONTROL_PATH = "/_emulator/dynamodb"
READ_OPERATIONS = frozenset({"GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"})
_THROTTLED = json.dumps({
    "__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
    "message": "The level of configured provisioned throughput for the table was exceeded "
               "(injected by the emulator).",
}).encode()


class DynamoDBFaults:
    """Counts DynamoDB requests by operation, and answers a chosen share of them as throttled.

    For the benchmark (reads per open stream) and the fault tests (throttling). Over HTTP, on the
    emulator's endpoint: ``GET /_emulator/dynamodb`` reports ``{"requests": {operation: n},
    "throttled": n, "throttle_rate": r}``; ``POST`` with ``{"throttle_rate": r}`` and/or
    ``{"reset": true}`` (counters to zero) changes it. A throttled request never reaches moto,
    so retrying it is safe, as it is with DynamoDB.
    """

    def __init__(self, app: Callable[..., Any],
                 chance: Callable[[], float] = random.random) -> None:
        self._app = app
        self._chance = chance
        self._lock = threading.Lock()
        self._requests: dict[str, int] = {}
        self._throttled = 0
        self._throttle_rate = 0.0

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("PATH_INFO") == CONTROL_PATH:
            return self._control(environ, start_response)
        target = environ.get("HTTP_X_AMZ_TARGET", "")
        if not target.startswith("DynamoDB_"):
            return self._app(environ, start_response)
        with self._lock:
            operation = target.rsplit(".", 1)[-1]
            self._requests[operation] = self._requests.get(operation, 0) + 1
            throttle = self._throttle_rate > 0 and self._chance() < self._throttle_rate
            self._throttled += throttle
        if not throttle:
            return self._app(environ, start_response)
        _read_body(environ)  # an unread body would be taken for the connection's next request
        start_response("400 Bad Request", [
            ("Content-Type", "application/x-amz-json-1.0"),
            ("Content-Length", str(len(_THROTTLED))),
        ])
        return [_THROTTLED]

    def state(self) -> dict[str, Any]:
        with self._lock:
            return {"requests": dict(self._requests), "throttled": self._throttled,
                    "throttle_rate": self._throttle_rate}

    def _control(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("REQUEST_METHOD") == "POST":
            change = json.loads(_read_body(environ) or b"{}")
            with self._lock:
                if change.get("reset"):
                    self._requests, self._throttled = {}, 0
                if "throttle_rate" in change:
                    self._throttle_rate = min(1.0, max(0.0, float(change["throttle_rate"])))
        body = json.dumps(self.state()).encode()
        start_response("200 OK", [("Content-Type", "application/json"),
                                  ("Content-Length", str(len(body)))])
        return [body]


# Where the emulator answers how many requests of each AWS operation it served.
REQUESTS_PATH = "/_emulator/requests"


class RequestCounts:
    """Counts every request by service and operation, for the benchmark's cost per query.

    DynamoDB and SQS name their operation in ``X-Amz-Target`` (JSON protocols); S3's is read
    from the method and path (a key or none). ``GET /_emulator/requests`` reports
    ``{"requests": {"<service> <operation>": n}}``; ``POST`` with ``{"reset": true}`` zeroes it.
    """

    def __init__(self, app: Callable[..., Any]) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("PATH_INFO") == REQUESTS_PATH:
            return self._control(environ, start_response)
        if not environ.get("PATH_INFO", "").startswith("/_emulator/"):
            name = operation_of(environ)
            with self._lock:
                self._counts[name] = self._counts.get(name, 0) + 1
        return self._app(environ, start_response)

    def _control(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("REQUEST_METHOD") == "POST" and json.loads(
                _read_body(environ) or b"{}").get("reset"):
            with self._lock:
                self._counts = {}
        with self._lock:
            body = json.dumps({"requests": dict(self._counts)}).encode()
        start_response("200 OK", [("Content-Type", "application/json"),
                                  ("Content-Length", str(len(body)))])
        return [body]


_S3_OPERATIONS = {("GET", True): "GetObject", ("HEAD", True): "HeadObject",
                  ("PUT", True): "PutObject", ("DELETE", True): "DeleteObject",
                  ("POST", False): "PostObject", ("GET", False): "ListObjects",
                  ("PUT", False): "PutBucket", ("HEAD", False): "HeadBucket"}


def operation_of(environ: dict[str, Any]) -> str:
    """``"<service> <operation>"`` of one request to the emulator."""
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    if target.startswith("DynamoDB_"):
        return f"dynamodb {target.rsplit('.', 1)[-1]}"
    if target.startswith("AmazonSQS."):
        return f"sqs {target.rsplit('.', 1)[-1]}"
    method = environ.get("REQUEST_METHOD", "GET")
    has_key = "/" in environ.get("PATH_INFO", "/").strip("/")  # path-style: /<bucket>/<key>
    return f"s3 {_S3_OPERATIONS.get((method, has_key), method)}"


def request_counts(endpoint: str, reset: bool = False) -> dict[str, int]:
    """The emulator's request counts by ``"<service> <operation>"`` (zeroed first with
    ``reset``)."""
    request = urllib.request.Request(
        f"{endpoint.rstrip('/')}{REQUESTS_PATH}", method="POST" if reset else "GET",
        data=json.dumps({"reset": True}).encode() if reset else None,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())["requests"]


def _read_body(environ: dict[str, Any]) -> bytes:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return environ["wsgi.input"].read(length) if length else b""


def dynamodb_control(endpoint: str, **change: Any) -> dict[str, Any]:
    """The emulator's DynamoDB counters and throttle rate; with ``change``, set them first
    (``throttle_rate=0.1``, ``reset=True``)."""
    request = urllib.request.Request(
        f"{endpoint.rstrip('/')}{CONTROL_PATH}", method="POST" if change else "GET",
        data=json.dumps(change).encode() if change else None,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


class _TablesByReference:
    """The ``copy`` module as moto's DynamoDB backend sees it, except that a deep copy of a table
    is the table itself (see ``fast_transactions``)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)

    @staticmethod
    def deepcopy(value: Any, memo: dict[int, Any] | None = None) -> Any:
        from moto.dynamodb.models.table import Table

        return value if isinstance(value, Table) else copy.deepcopy(value, memo)


def fast_transactions() -> None:
    """Make moto's TransactWriteItems cost what the transaction touches, not the whole table.

    To roll a cancelled transaction back, moto deep-copies every table it names: about 30 ms per
    thousand items, so a local stack became slower the longer it ran (each chunk is appended in
    a transaction). Here the backup holds only the items the transaction names, and they are put
    back if it is cancelled. Sound only because this emulator runs DynamoDB requests one at a
    time (``_SerialDynamoDB``). Another moto version, without the parts relied on, is left as is.
    """
    from moto.dynamodb import models

    backend = models.DynamoDBBackend
    original = backend.transact_write_items
    if getattr(original, "items_only_backup", False) or not (
        hasattr(models, "copy") and hasattr(backend, "get_keys_value")
    ):
        return

    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        saved = [backup for item in transact_items if (backup := _backup(self, item))]
        try:
            original(self, transact_items)
        except Exception:
            for table, hash_key, range_key, old in saved:
                _restore(table, hash_key, range_key, old)
            raise

    transact_write_items.items_only_backup = True  # type: ignore[attr-defined]
    models.copy = _TablesByReference()  # type: ignore[assignment]
    backend.transact_write_items = transact_write_items


def fast_queries() -> None:
    """Make moto's Query cost what the partition holds, not the whole table.

    moto answers a Query on a table by sorting all of the table's items and keeping those of
    the partition asked for, so every read of a run's chunks (the relay polls them several
    times a second) cost time in proportion to everything stored. Here the candidates are the
    partition's items only; moto's own range conditions, order, limits and pages apply as
    before. Queries of an index are left as they are.
    """
    from moto.dynamodb.models.table import Table

    original_query, original_all_items = Table.query, Table.all_items
    if getattr(original_query, "partition_only", False):
        return
    signature = inspect.signature(original_query)
    partition = threading.local()

    def all_items(self: Any) -> list[Any]:
        narrowed = getattr(partition, "items", None)
        return narrowed if narrowed is not None else original_all_items(self)

    def query(self: Any, *args: Any, **kwargs: Any) -> Any:
        arguments = signature.bind(self, *args, **kwargs).arguments
        hash_key = arguments.get("hash_key")
        if arguments.get("index_name") or hash_key is None or not self.range_key_attr:
            return original_query(self, *args, **kwargs)
        partition.items = list(self.items.get(hash_key, {}).values())
        try:
            return original_query(self, *args, **kwargs)
        finally:
            partition.items = None

    query.partition_only = True  # type: ignore[attr-defined]
    Table.all_items = all_items
    Table.query = query


def _backup(backend: Any, transact_item: dict[str, Any]) -> tuple[Any, ...] | None:
    """The table, key and a copy of the item (None: absent) that one operation names."""
    _, operation = next(iter(transact_item.items()))
    table = backend.tables.get(operation.get("TableName"))
    if table is None:
        return None
    keys = operation.get("Key") or {
        name: value for name, value in operation.get("Item", {}).items()
        if name in (table.hash_key_attr, table.range_key_attr)
    }
    try:
        hash_key, range_key = backend.get_keys_value(table, keys)
    except Exception:  # a malformed key: moto refuses the transaction before changing anything
        return None
    return table, hash_key, range_key, copy.deepcopy(table.get_item(hash_key, range_key))


def _restore(table: Any, hash_key: Any, range_key: Any, old: Any) -> None:
    if not table.has_range_key:
        if old is None:
            table.items.pop(hash_key, None)
        else:
            table.items[hash_key] = old
    elif old is None:
        table.items.get(hash_key, {}).pop(range_key, None)
    else:
        table.items[hash_key][range_key] = old


class MotoServer:
    """moto in server mode (on 127.0.0.1 unless told another address), in a thread of this
    process. ``public_host`` is the address clients are told (presigned URLs name it)."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1",
                 public_host: str | None = None) -> None:
        self._public_host = public_host
        # One line per request is noise next to the service's own log.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        fast_transactions()
        fast_queries()
        app = RequestCounts(DynamoDBFaults(
            _SerialDynamoDB(DomainDispatcherApplication(create_backend_app))))
        self._server: BaseWSGIServer = make_server(
            host, port, app, threaded=True, request_handler=MotoRequestHandler
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="moto")

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{self._public_host or host}:{port}"

    def start(self) -> MotoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)


def create_resources(endpoint: str | None) -> dict[str, str]:
    """Create the bucket, queues and table of ``infra.resources``; returns the environment.

    ``endpoint`` None creates them through moto's in-process mock (unit tests).
    """
    session = boto3.session.Session(
        aws_access_key_id=FAKE_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=FAKE_CREDENTIALS["AWS_SECRET_ACCESS_KEY"], region_name=REGION,
    )
    sqs = session.client("sqs", endpoint_url=endpoint)
    queue_urls = {q.stage: _create_queue(sqs, q) for q in resources.QUEUES}
    _create_table(session.client("dynamodb", endpoint_url=endpoint))
    _create_bucket(session.client("s3", endpoint_url=endpoint), sqs, queue_urls)
    return local_environment(endpoint, queue_urls)


def local_environment(endpoint: str | None, queue_urls: dict[str, str]) -> dict[str, str]:
    """What the code needs to find the emulated resources."""
    env = {
        **resources.environment(queue_urls),
        **FAKE_CREDENTIALS,
        "AWS_DEFAULT_REGION": REGION,
        "LOCAL_MODE": "1",
        # The fakes, and a test's webhook receiver, listen on 127.0.0.1.
        "FETCH_ALLOW_LOOPBACK": "1",
        # No X-Ray daemon here: powertools' Tracer stays off.
        "POWERTOOLS_TRACE_DISABLED": "true",
    }
    if endpoint:
        env["AWS_ENDPOINT_URL"] = endpoint
    return env


def queue_urls_of(endpoint: str) -> dict[str, str]:
    """The work queues' URLs on an emulator where they were created already."""
    sqs = boto3.client("sqs", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id="testing", aws_secret_access_key="testing")
    return {q.stage: sqs.get_queue_url(QueueName=q.name)["QueueUrl"] for q in resources.QUEUES}


def queue_arn(sqs: Any, url: str) -> str:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])
    return attributes["Attributes"]["QueueArn"]


def _create_queue(sqs: Any, queue: resources.QueueDef) -> str:
    dlq_url = sqs.create_queue(QueueName=queue.dlq_name, Attributes={
        "VisibilityTimeout": str(resources.dead_letter_visibility_timeout_s())})["QueueUrl"]
    redrive = {"deadLetterTargetArn": queue_arn(sqs, dlq_url),
               "maxReceiveCount": str(queue.max_receive_count)}
    return sqs.create_queue(QueueName=queue.name, Attributes={
        "VisibilityTimeout": str(queue.visibility_timeout_s),
        "RedrivePolicy": json.dumps(redrive),
    })["QueueUrl"]


def _create_table(dynamodb: Any) -> None:
    table = resources.TABLE
    dynamodb.create_table(
        TableName=table.name, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": table.partition_key, "AttributeType": "S"},
            {"AttributeName": table.sort_key, "AttributeType": "N"},
        ],
        KeySchema=[
            {"AttributeName": table.partition_key, "KeyType": "HASH"},
            {"AttributeName": table.sort_key, "KeyType": "RANGE"},
        ],
    )
    dynamodb.update_time_to_live(TableName=table.name, TimeToLiveSpecification={
        "Enabled": True, "AttributeName": table.ttl_attribute,
    })


def _create_bucket(s3: Any, sqs: Any, queue_urls: dict[str, str]) -> None:
    bucket = resources.BUCKET
    s3.create_bucket(Bucket=bucket.name)
    target = queue_arn(sqs, queue_urls[bucket.notify_stage])
    s3.put_bucket_notification_configuration(
        Bucket=bucket.name,
        NotificationConfiguration={"QueueConfigurations": list(_notifications(target))},
    )


def _notifications(queue_arn_: str) -> Iterable[dict[str, Any]]:
    for prefix in resources.BUCKET.notify_prefixes:
        yield {
            "Id": f"{prefix.strip('/')}-to-lens",
            "QueueArn": queue_arn_,
            "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}},
        }
