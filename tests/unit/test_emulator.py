"""The local emulator's own parts: its DynamoDB fault switch and request counters, and
transactions that stay atomic while only the items they name are backed up."""

from __future__ import annotations

from typing import Any, Iterator

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from devstack.emulator import MotoServer, create_resources, dynamodb_control, request_counts
from infra import resources

TABLE = resources.TABLE.name


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    server = MotoServer().start()
    create_resources(server.endpoint)
    yield server.endpoint
    server.stop()


@pytest.fixture
def db(emulator: str) -> Iterator[Any]:
    """A client that does not retry, so each request's answer is seen as it is."""
    yield boto3.client("dynamodb", endpoint_url=emulator, region_name="us-east-1",
                       aws_access_key_id="testing", aws_secret_access_key="testing",
                       config=Config(retries={"max_attempts": 1, "mode": "standard"}))
    dynamodb_control(emulator, throttle_rate=0.0)


def key(pk: str, sk: int) -> dict[str, Any]:
    return {"pk": {"S": pk}, "sk": {"N": str(sk)}}


def item(db: Any, pk: str, sk: int) -> dict[str, Any] | None:
    return db.get_item(TableName=TABLE, Key=key(pk, sk), ConsistentRead=True).get("Item")


def test_a_cancelled_transaction_leaves_every_item_it_named_as_it_was(db: Any) -> None:
    db.put_item(TableName=TABLE, Item={**key("run#t", 0), "next_seq": {"N": "2"}})
    db.put_item(TableName=TABLE, Item={**key("run#t", 1), "body": {"S": "first"}})

    # When the head's update passes its condition but the chunk's put fails its own
    with pytest.raises(ClientError) as caught:
        db.transact_write_items(TransactItems=[
            {"Update": {"TableName": TABLE, "Key": key("run#t", 0),
                        "UpdateExpression": "SET next_seq = :next",
                        "ConditionExpression": "next_seq = :seq",
                        "ExpressionAttributeValues": {":next": {"N": "3"}, ":seq": {"N": "2"}}}},
            {"Put": {"TableName": TABLE, "Item": {**key("run#t", 1), "body": {"S": "second"}},
                     "ConditionExpression": "attribute_not_exists(pk)"}},
        ])

    # Then neither is changed
    assert caught.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert item(db, "run#t", 0)["next_seq"] == {"N": "2"}
    assert item(db, "run#t", 1)["body"] == {"S": "first"}


def test_a_cancelled_transaction_creates_nothing(db: Any) -> None:
    with pytest.raises(ClientError):
        db.transact_write_items(TransactItems=[
            {"Put": {"TableName": TABLE, "Item": {**key("run#new", 5), "body": {"S": "x"}}}},
            {"Update": {"TableName": TABLE, "Key": key("run#absent", 0),
                        "UpdateExpression": "SET next_seq = :n",
                        "ConditionExpression": "attribute_exists(pk)",
                        "ExpressionAttributeValues": {":n": {"N": "1"}}}},
        ])

    assert item(db, "run#new", 5) is None
    assert item(db, "run#absent", 0) is None


def test_a_committed_transaction_writes_every_item(db: Any) -> None:
    db.transact_write_items(TransactItems=[
        {"Put": {"TableName": TABLE, "Item": {**key("run#c", 0), "next_seq": {"N": "2"}}}},
        {"Put": {"TableName": TABLE, "Item": {**key("run#c", 1), "body": {"S": "x"}}}},
    ])

    assert item(db, "run#c", 0) is not None and item(db, "run#c", 1) is not None


def test_throttled_requests_fail_as_dynamodb_fails_them_and_change_nothing(
    emulator: str, db: Any
) -> None:
    dynamodb_control(emulator, throttle_rate=1.0)

    with pytest.raises(ClientError) as caught:
        db.put_item(TableName=TABLE, Item={**key("throttled", 0), "x": {"S": "y"}})

    assert caught.value.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
    dynamodb_control(emulator, throttle_rate=0.0)
    assert item(db, "throttled", 0) is None


def test_the_emulator_counts_dynamodb_requests_by_operation(emulator: str, db: Any) -> None:
    dynamodb_control(emulator, reset=True)

    for _ in range(3):
        item(db, "counted", 0)
    db.query(TableName=TABLE, KeyConditionExpression="pk = :pk",
             ExpressionAttributeValues={":pk": {"S": "counted"}})

    state = dynamodb_control(emulator)
    assert state["requests"] == {"GetItem": 3, "Query": 1}
    assert state["throttled"] == 0


def test_a_query_answers_its_partition_in_order_page_by_page(db: Any) -> None:
    for pk in ("run#q1", "run#q2"):
        for sk in (3, 1, 2, 5, 4):
            db.put_item(TableName=TABLE, Item={**key(pk, sk), "body": {"S": f"{pk}/{sk}"}})

    def query(**extra: Any) -> dict[str, Any]:
        return db.query(TableName=TABLE, KeyConditionExpression="pk = :pk AND sk > :after",
                        ExpressionAttributeValues={":pk": {"S": "run#q1"}, ":after": {"N": "1"}},
                        ConsistentRead=True, **extra)

    first = query(Limit=2)
    rest = query(ExclusiveStartKey=first["LastEvaluatedKey"])
    backwards = query(ScanIndexForward=False)

    def bodies(answer: dict[str, Any]) -> list[str]:
        return [i["body"]["S"] for i in answer["Items"]]

    assert bodies(first) + bodies(rest) == [f"run#q1/{n}" for n in (2, 3, 4, 5)]
    assert bodies(backwards) == [f"run#q1/{n}" for n in (5, 4, 3, 2)]


def test_the_emulator_counts_every_service_s_requests_by_operation(emulator: str,
                                                                    db: Any) -> None:
    clients = {service: boto3.client(service, endpoint_url=emulator, region_name="us-east-1",
                                     aws_access_key_id="testing",
                                     aws_secret_access_key="testing")
               for service in ("s3", "sqs")}
    queue = clients["sqs"].get_queue_url(QueueName=resources.queue("gpt").name)["QueueUrl"]
    request_counts(emulator, reset=True)

    clients["s3"].put_object(Bucket=resources.BUCKET.name, Key="uploads/x", Body=b"1")
    clients["s3"].get_object(Bucket=resources.BUCKET.name, Key="uploads/x")
    clients["sqs"].send_message(QueueUrl=queue, MessageBody="{}")
    item(db, "counted", 0)

    assert request_counts(emulator) == {"s3 PutObject": 1, "s3 GetObject": 1,
                                        "sqs SendMessage": 1, "dynamodb GetItem": 1}
