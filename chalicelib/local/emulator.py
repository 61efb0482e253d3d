"""AWS on this machine: moto's server mode, and the service's resources created on it."""

from __future__ import annotations

import json
import logging
import threading
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


class MotoServer:
    """moto in server mode on 127.0.0.1, in a thread of this process."""

    def __init__(self, port: int = 0) -> None:
        # One line per request is noise next to the service's own log.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        app = _SerialDynamoDB(DomainDispatcherApplication(create_backend_app))
        self._server: BaseWSGIServer = make_server(
            "127.0.0.1", port, app, threaded=True, request_handler=MotoRequestHandler
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="moto")

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

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
    dlq_url = sqs.create_queue(QueueName=queue.dlq_name)["QueueUrl"]
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
