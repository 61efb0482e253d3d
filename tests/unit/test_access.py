"""Access keys: off by default; with keys on, a request needs a valid key, and a query belongs to
the key that created it (another key reads 404, its Idempotency-Keys are its own)."""

from __future__ import annotations

import boto3
import pytest

from chalicelib.config import Settings
from chalicelib.errors import AccessDenied, QueryNotFound, http_status
from chalicelib.services import Services
from chalicelib.surfaces.access import AccessPolicy, StaticKeys, UsagePlanKeys, key_hash
from chalicelib.surfaces.api import QueryApi

ALICE, BOB = "key-alice-0123456789abcdef", "key-bob-9876543210fedcba"


def test_without_keys_anyone_may_create_and_an_id_reads_its_query(aws: Services) -> None:
    assert AccessPolicy(False).owner({}) is None
    created, _ = QueryApi(aws).create(None, "http://h")

    assert QueryApi(aws).view(created.id).id == created.id


@pytest.mark.parametrize("headers", [{}, {"x-api-key": ""}, {"x-api-key": "guess"},
                                     {"X-Api-Key": ALICE.upper()}])
def test_with_keys_a_request_without_a_valid_key_is_a_403(headers: dict[str, str]) -> None:
    policy = AccessPolicy(True, StaticKeys([ALICE, BOB]))

    with pytest.raises(AccessDenied) as refused:
        policy.owner(headers)
    assert http_status(refused.value) == 403


def test_with_keys_a_valid_key_in_any_case_of_the_header_names_its_owner() -> None:
    policy = AccessPolicy(True, StaticKeys([ALICE, BOB]))

    assert policy.owner({"X-API-Key": ALICE}) == key_hash(ALICE)
    assert policy.owner({"x-api-key": BOB}) != key_hash(ALICE)


def test_another_keys_query_reads_as_no_query(aws: Services) -> None:
    # Given a query created with Alice's key
    api = QueryApi(aws)
    created, _ = api.create(None, "http://h", owner=key_hash(ALICE))
    aws.clients.s3.put_object(Bucket=aws.bucket.name, Key=f"uploads/{created.id}", Body=b"x")

    # Then Alice reads it, Bob (and a request without a key's hash) gets 404 as for an unknown id
    assert api.view(created.id, owner=key_hash(ALICE)).id == created.id
    with pytest.raises(QueryNotFound):
        api.view(created.id, owner=key_hash(BOB))
    with pytest.raises(QueryNotFound):
        api.image_url(created.id, owner=key_hash(BOB))
    # And only the hash of the key is stored with the query
    record = aws.queries.get(created.id)
    assert record is not None and record.owner == key_hash(ALICE)
    assert ALICE not in str(record)


def test_an_idempotency_key_is_scoped_to_its_access_key(aws: Services) -> None:
    api = QueryApi(aws)
    alices, _ = api.create(b'{"metadata": {"n": 1}}', "http://h", "order-1", key_hash(ALICE))
    # Bob's request with the same Idempotency-Key (and another body) is Bob's own first request
    bobs, new = api.create(b'{"metadata": {"n": 2}}', "http://h", "order-1", key_hash(BOB))

    assert new and bobs.id != alices.id
    assert api.create(b'{"metadata": {"n": 1}}', "http://h", "order-1",
                      key_hash(ALICE))[0].id == alices.id


def test_the_relay_takes_the_keys_of_the_deployments_usage_plan(aws: Services) -> None:
    # Given a usage plan with Alice's key (and Bob's key outside it)
    client = boto3.client("apigateway", region_name="us-east-1")
    client.create_usage_plan(name="another-stack-access-keys")
    plan = client.create_usage_plan(name="lens-gpt-access-keys")["id"]
    alice = client.create_api_key(name="alice", value=ALICE, enabled=True)["id"]
    client.create_api_key(name="bob", value=BOB, enabled=True)
    client.create_usage_plan_key(usagePlanId=plan, keyId=alice, keyType="API_KEY")

    keys = UsagePlanKeys(client, "lens-gpt-access-keys")

    assert keys.valid(ALICE)
    assert not keys.valid(BOB)


def test_behind_api_gateway_a_keys_presence_names_its_owner_without_reading_the_plan() -> None:
    # Given the API's settings in AWS: keys required, checked by API Gateway in front
    settings = Settings(require_access_key=True, access_keys_checked_in_front=True)
    policy = Services(settings, clients=None).access  # type: ignore[arg-type]  # (no AWS)

    # Then a key that reached the function is taken as it is, and scopes by its hash
    assert policy.owner({"x-api-key": ALICE}) == key_hash(ALICE)
