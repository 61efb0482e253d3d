"""The command line (``lens-gpt``) against the local stack, as a user runs it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import requests

from chalicelib.wire import Chunk
from devstack.child import free_port
from devstack.photos import fresh_photo, sample_photo
from tests.helpers import REPO, Stack, assert_complete_log

PROGRESS_PREFIX = "[lens "


def cli(*args: str, timeout: float = 90,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LENS_GPT_URL", "PORT")}
    return subprocess.run([sys.executable, "-m", "lens_gpt_client.cli", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout,
                          env={**environment, **(env or {})})


def query_id_in(output: str) -> str:
    """The id the CLI names after uploading (``...: query <id>``)."""
    line = next(line for line in output.splitlines() if ": query " in line)
    return line.rsplit(" ", 1)[1]


def stored(stack: Stack, query_id: str) -> dict[str, Any]:
    return requests.get(f"{stack.url}/queries/{query_id}", timeout=10).json()


def progress_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(PROGRESS_PREFIX)]


def test_identify_shows_each_stage_and_ends_with_a_readable_summary(stack: Stack) -> None:
    run = cli("identify", str(sample_photo("wristwatch")), "--url", stack.url)

    assert run.returncode == 0, run.stderr
    state = stored(stack, query_id_in(run.stdout))
    summary = state["summary"]
    lines = progress_lines(run.stdout)
    assert len(lines) == len(state["chunks"])
    assert lines[0].startswith("[lens done | gpt 0/3 | pricing 0/2]")
    assert lines[-1].startswith("[lens done | gpt done | pricing done]")
    assert lines[-1].endswith("finished: done")
    assert f"{summary['producer']} {summary['model']}" in run.stdout
    assert summary["producer_url"] in run.stdout
    assert f"{summary['estimated_price']:,.2f} {summary['estimated_currency']}" in run.stdout
    assert f"certainty {summary['certainty']:.0%}" in run.stdout
    assert f"Status           done\n  Result           {stack.url}/?q={state['id']}" in run.stdout


def test_identify_prints_progress_while_the_query_is_under_way(paced_stack: Stack,
                                                               tmp_path: Path) -> None:
    photo = tmp_path / "guitar.jpg"
    photo.write_bytes(fresh_photo("acoustic-guitar"))

    with subprocess.Popen([sys.executable, "-m", "lens_gpt_client.cli", "identify", str(photo),
                           "--url", paced_stack.url], cwd=REPO, stdout=subprocess.PIPE,
                          text=True) as process:
        assert process.stdout is not None
        query_id = query_id_in(process.stdout.readline())
        first_progress = process.stdout.readline()
        status_meanwhile = stored(paced_stack, query_id)["status"]
        rest = process.stdout.read()

    assert first_progress.startswith(PROGRESS_PREFIX)
    assert status_meanwhile == "processing"
    assert "finished: done" in rest
    assert process.returncode == 0


def test_identify_json_prints_each_chunk_as_one_json_line(stack: Stack) -> None:
    run = cli("identify", str(sample_photo("compact-camera")), "--url", stack.url, "--json")

    assert run.returncode == 0, run.stderr
    chunks = [Chunk.model_validate_json(line).model_dump() for line in run.stdout.splitlines()]
    assert_complete_log(chunks)
    assert chunks == stored(stack, query_id_in(run.stderr))["chunks"]


def test_identify_of_a_file_that_is_no_image_or_empty_exits_1_before_any_upload(
        stack: Stack, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")

    runs = [cli("identify", str(path), "--url", stack.url)
            for path in (REPO / "samples" / "bad" / "not-an-image.jpg", empty)]

    assert [run.returncode for run in runs] == [1, 1]
    assert runs[0].stderr == ("lens-gpt: The file is not an image in a supported format. "
                              "(unsupported-image)\n")
    assert runs[1].stderr == "lens-gpt: The file is empty. (unsupported-image)\n"
    assert [run.stdout for run in runs] == ["", ""]  # no query was created


def test_identify_of_a_damaged_image_exits_1_and_says_why(stack: Stack) -> None:
    run = cli("identify", str(REPO / "samples" / "bad" / "truncated.png"), "--url", stack.url)

    assert run.returncode == 1
    error = stored(stack, query_id_in(run.stdout))["summary"]["errors"][0]
    assert f"lens: gave up (corrupt-image): {error['message']}" in run.stdout
    assert "[lens gave up | gpt skipped | pricing skipped]" in run.stdout
    assert "Status           failed" in run.stdout


def test_watch_follows_an_existing_query_to_its_summary(stack: Stack) -> None:
    created = stack.submit(sample_photo("desk-lamp").read_bytes())

    run = cli("watch", created["id"], "--url", stack.url)

    assert run.returncode == 0, run.stderr
    state = stored(stack, created["id"])
    assert len(progress_lines(run.stdout)) == len(state["chunks"])
    assert f"{state['summary']['producer']} {state['summary']['model']}" in run.stdout


def test_watch_gives_up_after_its_timeout_with_exit_code_4(stack: Stack) -> None:
    created = stack.create_query()  # never uploaded: nothing will arrive

    run = cli("watch", created["id"], "--url", stack.url, "--timeout", "1")

    assert run.returncode == 4
    assert run.stdout.startswith(f"Query {created['id']} is waiting for its photo to be "
                                 "uploaded; its results follow once it is.\n")
    assert "Status           awaiting_upload (not finished)" in run.stdout
    assert "did not arrive in time" in run.stdout


def test_watch_of_an_unknown_query_exits_3_with_the_service_error(stack: Stack) -> None:
    run = cli("watch", "no-such-query", "--url", stack.url)

    assert run.returncode == 3
    assert "There is no query 'no-such-query'. (not-found)" in run.stderr


def test_an_unreachable_service_exits_3(tmp_path: Path) -> None:
    run = cli("identify", str(sample_photo("mug")), "--url", f"http://127.0.0.1:{free_port()}")

    assert run.returncode == 3
    assert "could not connect" in run.stderr


def test_a_missing_photo_is_a_usage_error() -> None:
    run = cli("identify", "no/such/photo.jpg")

    assert run.returncode == 2
    assert "There is no file" in run.stderr


def test_drop_puts_the_photo_under_drop_and_prints_its_results_file(stack: Stack) -> None:
    name = f"cli drops/été {uuid.uuid4().hex[:8]}.jpg"

    run = cli("drop", str(sample_photo("sunglasses")), "--url", stack.url, "--key", name)

    assert run.returncode == 0, run.stderr
    s3 = stack.client("s3")
    assert s3.head_object(Bucket=stack.bucket, Key=f"drop/{name}")
    result = json.loads(s3.get_object(Bucket=stack.bucket,
                                      Key=f"results/{name}.json")["Body"].read())
    assert result["status"] == "done"
    assert len(progress_lines(run.stdout)) == len(result["chunks"])
    summary = result["summary"]
    assert f"{summary['producer']} {summary['model']}" in run.stdout
    assert f"s3://{stack.bucket}/results/{name}.json" in run.stdout


def test_without_url_the_cli_uses_lens_gpt_url_else_port(stack: Stack) -> None:
    created = stack.submit(sample_photo("desk-lamp").read_bytes())
    port = stack.url.rsplit(":", 1)[1]

    by_url = cli("watch", created["id"], env={"LENS_GPT_URL": stack.url, "PORT": "1"})
    by_port = cli("watch", created["id"], env={"PORT": port})

    assert (by_url.returncode, by_port.returncode) == (0, 0), by_url.stderr + by_port.stderr


def test_an_unreachable_service_is_one_sentence_without_a_traceback(tmp_path: Path) -> None:
    photo = str(sample_photo("mug"))
    port = str(free_port())

    runs = [cli(command, photo, env={"PORT": port}) for command in ("identify", "drop")]

    for run in runs:
        assert run.returncode == 3
        assert run.stderr == (f"lens-gpt: The service at http://127.0.0.1:{port} could not be "
                              "reached (could not connect); is it running, and is the URL "
                              "right? (unreachable)\n")


def test_drop_onto_a_key_that_has_a_result_waits_for_the_new_photos_result(
        stack: Stack, tmp_path: Path) -> None:
    name = f"cli drops/again {uuid.uuid4().hex[:8]}.jpg"
    first, second = tmp_path / "first.jpg", tmp_path / "second.jpg"
    first.write_bytes(fresh_photo("sunglasses"))
    second.write_bytes(fresh_photo("desk-lamp"))
    assert cli("drop", str(first), "--url", stack.url, "--key", name).returncode == 0

    run = cli("drop", str(second), "--url", stack.url, "--key", name, "--json")

    assert run.returncode == 0, run.stderr
    printed = [json.loads(line) for line in run.stdout.splitlines()]
    assert {c["image_sha256"] for c in printed} == {
        hashlib.sha256(second.read_bytes()).hexdigest()}
    assert printed[-1]["data_description"] == "done"


def test_version_names_the_installed_distribution() -> None:
    run = cli("--version")

    assert run.returncode == 0
    assert re.fullmatch(r"lens-gpt \d+\.\d+\.\d+\n", run.stdout), run.stdout
