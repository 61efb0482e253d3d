"""Hostile input against the running service: each gets a 4xx JSON error, or a stream with an
``error`` chunk and ``done``; the service stays up and later queries are unaffected.

The tests run in file order on one stack; the last one checks that a normal query still
completes after all the others.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import quote

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import Stack, assert_complete_log, wait_until
from tests.hostile import files
from tests.hostile.files import REASONS, verdict

FULL_RUN = 7  # lens-matches, three gpt chunks, two pricing chunks, done
ORIGINALS = {fmt: files.image_bytes(fmt) for fmt in files.FORMATS}
FEW = settings(max_examples=8, deadline=None, database=None)


def read_events(answer: requests.Response) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in answer.iter_lines(decode_unicode=True)
            if line.startswith("data: ")]


def classify(stack: Stack, data: bytes, part_type: str | None = "image/jpeg",
             filename: str = "photo.jpg") -> list[dict[str, Any]]:
    """``POST /classify`` with the file as its one part; once its stream has ended, the query's
    whole results log (``/classify`` itself leaves ``lens-matches`` out)."""
    headers = f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
    if part_type is not None:
        headers += f"Content-Type: {part_type}\r\n"
    body = b"--b0und\r\n" + headers.encode() + b"\r\n" + data + b"\r\n--b0und--\r\n"
    answer = requests.post(f"{stack.url}/classify", data=body, timeout=60,
                           headers={"Content-Type": "multipart/form-data; boundary=b0und"})
    assert answer.status_code == 200, answer.text
    assert read_events(answer)[-1]["data_description"] == "done"
    query = requests.get(f"{stack.url}/queries/{answer.headers['X-Query-Id']}", timeout=10)
    return query.json()["chunks"]


def assert_refused(chunks: list[dict[str, Any]], code: str | set[str]) -> None:
    """An ``error`` chunk of the lens stage, then ``done`` with ``failed``, and nothing else."""
    codes = {code} if isinstance(code, str) else code
    assert [c["data_description"] for c in chunks] == ["error", "done"], chunks
    assert chunks[0]["stage"] == "lens" and chunks[0]["data"]["code"] in codes
    assert chunks[0]["data"]["message"]
    assert chunks[1]["data"]["status"] == "failed"


def assert_json_error(answer: requests.Response, *statuses: int) -> None:
    assert answer.status_code in statuses, (answer.status_code, answer.text)
    assert answer.headers["content-type"].startswith("application/json")
    error = answer.json()["error"]
    assert set(error) == {"code", "message"} and error["code"] and error["message"]


def assert_verdict_kept(data: bytes, chunks: list[dict[str, Any]]) -> None:
    """Bytes that are no accepted image are refused for that reason; an image is analysed."""
    expected = verdict(data)
    if expected in REASONS:
        assert_refused(chunks, expected)
    else:
        assert_complete_log(chunks)
        assert len(chunks) == FULL_RUN and chunks[-1]["data"]["status"] == "done"


@pytest.mark.parametrize("fmt", files.FORMATS)
def test_cut_and_damaged_images_of_every_format_end_with_their_error_and_done(
    stack: Stack, fmt: str
) -> None:
    original = ORIGINALS[fmt]
    damaged = bytearray(original)
    damaged[len(damaged) // 3: len(damaged) // 3 + 8] = b"\x00\xff" * 4

    for data in (original[: len(original) // 2], original[:16], bytes(damaged)):
        assert_verdict_kept(data, classify(stack, data))


@FEW
@given(fmt=st.sampled_from(files.FORMATS),
       edits=st.lists(st.tuples(st.integers(0, 2**16), st.integers(0, 255)), max_size=6),
       share=st.floats(0.05, 1.0))
def test_any_spoiled_image_gets_the_verdict_its_bytes_deserve(
    stack: Stack, fmt: str, edits: list[tuple[int, int]], share: float
) -> None:
    data = bytearray(ORIGINALS[fmt][: max(1, int(len(ORIGINALS[fmt]) * share))])
    for position, value in edits:
        data[position % len(data)] = value
    assert_verdict_kept(bytes(data), classify(stack, bytes(data)))


def test_a_decompression_bomb_is_refused_as_too_large(stack: Stack) -> None:
    assert_refused(classify(stack, files.png_bomb(), "image/png", "bomb.png"), "image-too-large")
    assert_refused(classify(stack, files.jpeg_claiming(60_000, 60_000)), "image-too-large")


def test_a_polyglot_is_analysed_as_its_image_or_refused(stack: Stack) -> None:
    photo_with_archive = classify(stack, files.jpeg_with_zip())
    assert len(photo_with_archive) == FULL_RUN
    assert photo_with_archive[-1]["data"]["status"] == "done"
    assert_refused(classify(stack, files.gif_header_with_script(), "image/gif", "x.gif"),
                   {"unsupported-image", "corrupt-image"})
    assert_refused(classify(stack, files.zip_with_jpeg(), "image/jpeg"), "unsupported-image")


def test_an_svg_is_refused_through_every_surface(stack: Stack) -> None:
    assert_refused(classify(stack, files.SVG, "image/svg+xml", "x.svg"), "unsupported-image")

    created = stack.create_query(content_type="image/svg+xml", filename="x.svg")
    stack.upload(created, files.SVG, filename="x.svg")
    assert_refused(stack.poll_until_finished(created["id"])["chunks"], "unsupported-image")


def test_a_huge_multipart_body_is_refused_with_413(stack: Stack) -> None:
    huge = b"\xff" * (21 * 1024 * 1024)
    declared = requests.post(f"{stack.url}/classify", timeout=60,
                             files={"file": ("huge.jpg", huge, "image/jpeg")})

    def chunked() -> Any:  # no Content-Length: the limit must hold while reading
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="h.jpg"\r\n\r\n'
        for _ in range(21):
            yield b"\xff" * (1024 * 1024)
        yield b"\r\n--b--\r\n"

    streamed = requests.post(f"{stack.url}/classify", data=chunked(), timeout=60,
                             headers={"Content-Type": "multipart/form-data; boundary=b"})

    assert_json_error(declared, 413)
    assert_json_error(streamed, 413)


def test_wrong_and_missing_content_types(stack: Stack) -> None:
    photo = ORIGINALS["JPEG"]
    assert_json_error(requests.post(f"{stack.url}/queries", data="<query/>", timeout=10,
                                    headers={"Content-Type": "application/xml"}), 415)
    assert_json_error(requests.post(f"{stack.url}/queries", json={"content_type": "text/html"},
                                    timeout=10), 415)
    assert_json_error(requests.post(f"{stack.url}/classify", json={"file": "x"}, timeout=10),
                      415)
    untyped = requests.post(f"{stack.url}/queries", data=b'{"filename": "x.png"}', timeout=10,
                            headers={"Content-Type": ""})
    assert untyped.status_code == 201, untyped.text

    # A part without a type is judged by its bytes; one that says it is text is refused.
    assert len(classify(stack, photo, part_type=None, filename="photo")) == FULL_RUN
    assert_refused(classify(stack, photo, part_type="text/plain", filename="photo.txt"),
                   "unsupported-media-type")


def test_oversized_and_malformed_headers_get_no_server_error(stack: Stack) -> None:
    big = requests.get(f"{stack.url}/health", headers={"X-Padding": "a" * 64_000}, timeout=10)
    assert big.status_code < 500

    absurd_resume = requests.get(f"{stack.url}/queries/abc/stream", timeout=10,
                                 headers={"Last-Event-ID": "9" * 400})
    assert_json_error(absurd_resume, 400, 404)
    try:
        requests.get(f"{stack.url}/health", headers={"X-Padding": "a" * 2_000_000}, timeout=10)
    except requests.RequestException:
        pass  # the server may drop a request this large before answering; it must live on
    assert requests.get(f"{stack.url}/health", timeout=10).json()["status"] == "ok"


HOSTILE_IDS = ["../../etc/passwd", "..%2F..%2Fhealth", "%2e%2e", "ü", "😀", "a" * 5000,
               "\x00", "x y", "<script>", "' OR '1'='1"]


@pytest.mark.parametrize("query_id", HOSTILE_IDS)
def test_hostile_query_ids_are_not_found(stack: Stack, query_id: str) -> None:
    path = quote(query_id, safe="").replace(".", "%2E")  # dots kept from being resolved away
    assert_json_error(requests.get(f"{stack.url}/queries/{path}", timeout=10), 400, 404)
    assert_json_error(requests.get(f"{stack.url}/queries/{path}/stream", timeout=10), 400, 404)


@FEW
@given(st.text(min_size=1, max_size=300))
def test_any_unknown_query_id_is_not_found(stack: Stack, query_id: str) -> None:
    path = quote(query_id, safe="").replace(".", "%2E")
    assert_json_error(requests.get(f"{stack.url}/queries/{path}", timeout=10), 400, 404)
    assert_json_error(requests.get(f"{stack.url}/queries/{path}/stream", timeout=10), 400, 404)


KEY_TEXT = st.text(alphabet="aZ09é漢😀 %+&=.-_/", min_size=1, max_size=40)


def drop_and_read_result(stack: Stack, name: str, data: bytes) -> dict[str, Any]:
    """Put ``drop/<name>`` into the bucket and read its ``results/<name>.json``."""
    s3 = stack.client("s3")
    s3.put_object(Bucket=stack.bucket, Key=f"drop/{name}", Body=data)

    def result() -> dict[str, Any] | None:
        try:
            body = s3.get_object(Bucket=stack.bucket, Key=f"results/{name}.json")["Body"]
        except s3.exceptions.NoSuchKey:
            return None
        return json.loads(body.read())

    return wait_until(result, 30, f"the result of drop/{name}")


@FEW
@given(name=KEY_TEXT)
def test_dropped_keys_with_unicode_percent_signs_and_dots_get_their_results(
    stack: Stack, name: str
) -> None:
    photo = files.image_bytes("PNG", (40 + len(name), 30))  # a new image for each key
    document = drop_and_read_result(stack, f"{name}.png", photo)

    assert document["status"] == "done"
    assert_complete_log(document["chunks"])


def test_a_dropped_key_climbing_out_with_dots_stays_a_key_of_its_own(stack: Stack) -> None:
    document = drop_and_read_result(stack, "../../escape.png", ORIGINALS["PNG"])

    assert document["status"] == "done"
    keys = [o["Key"] for o in stack.client("s3").list_objects_v2(
        Bucket=stack.bucket)["Contents"]]
    assert "escape.png.json" not in keys and "results/../../escape.png.json" in keys


def test_after_all_of_this_a_normal_query_completes(stack: Stack) -> None:
    started = time.monotonic()
    created = stack.submit(files.image_bytes("JPEG", (120, 90)))
    state = stack.poll_until_finished(created["id"])

    assert state["status"] == "done" and len(state["chunks"]) == FULL_RUN
    assert time.monotonic() - started < 30
    assert requests.get(f"{stack.url}/health", timeout=5).json()["status"] == "ok"
