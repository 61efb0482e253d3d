"""``make run`` as a newcomer meets it: a calm console, a block to paste, a quick clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from devstack.child import free_port
from devstack.photos import fresh_photo
from tests.helpers import REPO, wait_until


def test_the_console_shows_a_block_to_paste_and_one_line_per_query_then_stops_cleanly(
    tmp_path: Path,
) -> None:
    # Given the service started as `make run` starts it
    port, log_file, console = free_port(), tmp_path / "lens-gpt.log", tmp_path / "console.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    with console.open("w") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "devstack", "serve", "--port", str(port),
             "--log-file", str(log_file)], cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
            env={**env, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: "Press Ctrl-C" in console.read_text(), 60, "the stack to start")

        # When a photo is analysed, and the same photo again, and a stream waits for an upload
        photo = fresh_photo("mug")
        first = submit(base, photo)
        wait_until(lambda: f"query {first}" in console.read_text(), 30, "the query's line")
        again = submit(base, photo)
        wait_until(lambda: f"query {again}" in console.read_text(), 30, "the second line")
        waiting = requests.post(f"{base}/queries", json={}, timeout=10).json()["id"]
        ended = threading.Event()
        reader = threading.Thread(target=lambda: (read_all(f"{base}/queries/{waiting}/stream"),
                                                  ended.set()), daemon=True)
        reader.start()
        time.sleep(1.0)
        stopping = time.monotonic()
        run.send_signal(signal.SIGINT)
        run.wait(timeout=30)
        stopped_after = time.monotonic() - stopping
    finally:
        if run.poll() is None:
            run.kill()

    # Then the console holds the base URL, the block to paste and a line per query, no JSON;
    # the JSON log lines are in the file; Ctrl-C ended the open stream and the run at once
    text = console.read_text()
    assert f"lens-gpt is running at {base}" in text
    assert f"export BASE={base} AWS_ENDPOINT_URL=http://127.0.0.1:" in text
    assert "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test" in text and "BUCKET=" in text
    assert f"query {first}  done" in text
    assert f"query {again}  done" in text and "(stored result)" in text
    assert '{"level"' not in text and '"_aws"' not in text
    assert "Traceback" not in text and "CancelledError" not in text
    assert '"correlation_id"' in log_file.read_text()
    assert ended.wait(5), "the open stream did not end when the service stopped"
    assert run.returncode == 0
    assert stopped_after < 10  # a generous bound: it must not wait for the open stream


def submit(base: str, photo: bytes) -> str:
    created = requests.post(f"{base}/queries", json={"content_type": "image/jpeg"},
                            timeout=10).json()
    upload = created["upload"]
    answer = requests.post(upload["url"], data=upload["fields"],
                           files={"file": ("p.jpg", photo)}, timeout=30)
    assert answer.status_code in (200, 201, 204), answer.text
    return created["id"]


def read_all(url: str) -> None:
    try:
        with requests.get(url, stream=True, timeout=60) as answer:
            for _ in answer.iter_content(chunk_size=None):
                pass
    except requests.RequestException:
        pass  # the server went away: the stream is over either way
