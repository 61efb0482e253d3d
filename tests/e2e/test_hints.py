"""A text hint with the photo, on every way in: stored with the query, part of what is analysed
(the same photo with another hint is analysed again; the same hint, whatever its case, is not),
and refused with a 400 bad-hint outside its limits."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests

from devstack.photos import fresh_photo
from lens_gpt_client import AsyncClient, BadRequest, Client
from tests.helpers import REPO, Stack


def identity_chunk(state: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in state["chunks"] if c["data_description"] == "model-producer")


def ask(stack: Stack, photo: bytes, hint: str | None) -> dict[str, Any]:
    created = stack.create_query(content_type="image/jpeg", **({"hint": hint} if hint else {}))
    stack.upload(created, photo)
    return stack.poll_until_finished(created["id"])


def test_a_hint_is_stored_with_the_query_and_is_part_of_what_is_analysed(stack: Stack) -> None:
    # Given one photo
    photo = fresh_photo("compact-camera")

    # When it is asked about without a hint, with one, and with the same one in other case
    plain = ask(stack, photo, None)
    hinted = ask(stack, photo, "  Sony   camera ")
    again = ask(stack, photo, "SONY camera")

    # Then each is answered; the hint is stored (spacing collapsed) and shown on its query
    assert [s["status"] for s in (plain, hinted, again)] == ["done"] * 3
    assert "hint" not in plain and hinted["hint"] == "Sony camera"
    assert again["hint"] == "SONY camera"
    # And the hinted photo was analysed anew (another run), the same hint was not
    assert identity_chunk(hinted)["created_at"] != identity_chunk(plain)["created_at"]
    assert identity_chunk(again)["created_at"] == identity_chunk(hinted)["created_at"]
    assert plain["image_sha256"] == hinted["image_sha256"]


def test_a_bad_hint_is_a_400_bad_hint_on_every_route(stack: Stack) -> None:
    photo = fresh_photo("mug")
    bad = {"long": "x" * 201, "line break": "Sony\ncamera", "number": 7}

    answers = {name: requests.post(f"{stack.url}/queries", json={"hint": hint}, timeout=10)
               for name, hint in bad.items()}
    answers["classify form"] = requests.post(
        f"{stack.url}/classify", data={"hint": "x" * 201}, files={"file": ("p.jpg", photo)},
        timeout=10)
    answers["classify parameter"] = requests.post(
        f"{stack.url}/classify", params={"hint": "a\u202eb"}, files={"file": ("p.jpg", photo)},
        timeout=10)

    for name, answer in answers.items():
        assert answer.status_code == 400, name
        error = answer.json()["error"]
        assert error["code"] == "bad-hint", name
        assert error["message"].startswith("hint must be one line of text"), name


def test_the_sdk_sync_and_async_send_the_hint(stack: Stack) -> None:
    photo = fresh_photo("desk-lamp")

    with Client(stack.url) as client:
        asked = client.ask_async(photo, hint="the lamp, not the table")
        sync_state = client.wait_for_confident_result(asked.id, 1.0, timeout=30)

    async def async_ask() -> Any:
        async with AsyncClient(stack.url) as client:
            query = await client.ask_async(photo, hint="the lamp")
            return await client.wait_for_confident_result(query.id, 1.0, timeout=30)

    async_state = asyncio.run(async_ask())

    assert sync_state.hint == "the lamp, not the table" and sync_state.status == "done"
    assert async_state.hint == "the lamp" and async_state.status == "done"


def test_classify_takes_the_hint_as_a_form_field_or_a_query_parameter(stack: Stack) -> None:
    hints = []
    for form, params in (({"hint": "the lamp"}, None), (None, {"hint": "Sony camera"}),
                         ({"hint": "form wins"}, {"hint": "parameter"})):
        with requests.post(f"{stack.url}/classify", data=form, params=params, stream=True,
                           files={"file": ("p.jpg", fresh_photo("desk-lamp"))},
                           timeout=30) as answer:
            assert answer.status_code == 200
            query_id = answer.headers["X-Query-Id"]
            for _ in answer.iter_content(chunk_size=None):
                pass
        hints.append(requests.get(f"{stack.url}/queries/{query_id}", timeout=10).json()["hint"])

    assert hints == ["the lamp", "Sony camera", "form wins"]


def test_a_bad_hint_from_the_sdk_is_the_services_400(stack: Stack) -> None:
    with Client(stack.url) as client:
        try:
            client.ask_async(fresh_photo("mug"), hint="x" * 201)
        except BadRequest as exc:
            refused = exc
    assert refused.code == "bad-hint" and refused.status == 400


def test_the_cli_sends_its_hint(stack: Stack) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "lens_gpt_client.cli", "identify", "--hint", "Sony camera",
         str(REPO / "samples" / "photos" / "trail-shoe-small.jpg"), "--url", stack.url,
         "--json"], cwd=REPO, capture_output=True, text=True, timeout=90)

    assert run.returncode == 0, run.stderr
    query_id = next(line for line in run.stderr.splitlines() if ": query " in line).rsplit()[-1]
    assert requests.get(f"{stack.url}/queries/{query_id}", timeout=10).json()["hint"] == (
        "Sony camera")


def wait_for_result(stack: Stack, key: str) -> dict[str, Any]:
    import json
    import time

    s3 = stack.client("s3")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            body = s3.get_object(Bucket=stack.bucket, Key=f"results/{key}.json")["Body"].read()
            return json.loads(body)
        except s3.exceptions.NoSuchKey:
            time.sleep(0.2)
    raise AssertionError(f"no result for drop/{key}")


def test_a_drop_takes_its_hint_from_the_object_s_metadata(stack: Stack, tmp_path: Path) -> None:
    # Given one photo dropped plain, with a hint by the CLI, and with a hint no query may have
    photo = fresh_photo("sunglasses")
    s3 = stack.client("s3")
    s3.put_object(Bucket=stack.bucket, Key="drop/hints/plain.jpg", Body=photo)
    plain = wait_for_result(stack, "hints/plain.jpg")
    path = tmp_path / "hint-drop.jpg"
    path.write_bytes(photo)
    run = subprocess.run(
        [sys.executable, "-m", "lens_gpt_client.cli", "drop", str(path), "--url", stack.url,
         "--key", "hints/hinted.jpg", "--hint", "lunettes de soleil été"],
        cwd=REPO, capture_output=True, text=True, timeout=90)
    s3.put_object(Bucket=stack.bucket, Key="drop/hints/bad.jpg", Body=photo,
                  Metadata={"hint": "a%0Ab"})

    # Then the hinted drop was analysed anew (its own run); the bad hint ends its drop failed
    hinted = wait_for_result(stack, "hints/hinted.jpg")
    bad = wait_for_result(stack, "hints/bad.jpg")
    assert run.returncode == 0, run.stderr
    assert plain["status"] == hinted["status"] == "done"
    assert identity_chunk(hinted)["created_at"] != identity_chunk(plain)["created_at"]
    assert bad["status"] == "failed"
    assert [c["data"]["code"] for c in bad["chunks"] if c["data_description"] == "error"] == [
        "bad-hint"]
