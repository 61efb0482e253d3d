"""POST /classify behind the relay's function URL: our 413 (not Lambda's) for photos the URL
could not carry, pointing to the presigned upload."""

from __future__ import annotations

import dataclasses

from starlette.testclient import TestClient

from chalicelib.services import Services
from chalicelib.surfaces.relay.app import create_app

MB = 1024 * 1024


def relay_with(aws: Services, **settings: object) -> TestClient:
    services = dataclasses.replace(aws, settings=aws.settings.model_copy(update=settings))
    return TestClient(create_app(services))


def post_photo(client: TestClient, size: int) -> tuple[int, dict]:
    """The status and (unless it is a stream, which is left unread) the JSON body."""
    files = {"file": ("big.jpg", b"\xff" * size, "image/jpeg")}
    with client.stream("POST", "/classify", files=files) as answer:
        if answer.status_code == 200:
            return 200, {}
        answer.read()
        return answer.status_code, answer.json()


def test_classify_refuses_a_photo_above_its_own_limit_with_a_json_413_naming_the_upload(
    aws: Services,
) -> None:
    # Given the relay as deployed: 4 MB for /classify, 20 MB through the presigned upload
    client = relay_with(aws, classify_max_bytes=4 * MB, max_image_bytes=20 * MB)

    # When a 5 MB photo is posted to /classify
    status, body = post_photo(client, 5 * MB)

    # Then it gets our 413 in our JSON shape, pointing to the presigned upload
    assert status == 413
    error = body["error"]
    assert error["code"] == "payload-too-large"
    assert str(4 * MB) in error["message"]
    assert "POST /queries" in error["message"] and "upload" in error["message"]


def test_classify_without_its_own_limit_takes_what_the_upload_takes(aws: Services) -> None:
    # Given a relay with no /classify limit of its own (locally)
    client = relay_with(aws, classify_max_bytes=0, max_image_bytes=1 * MB)

    # When a photo above the image limit is posted
    status, body = post_photo(client, 2 * MB)

    # Then the image limit answers, with nothing about another way in
    assert status == 413
    assert "POST /queries" not in body["error"]["message"]
