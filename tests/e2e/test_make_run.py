"""``make run`` as a newcomer meets it: a calm console, a block to paste, a quick clean stop."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from devstack.addresses import lan_address
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
             "--emulator-port", "0", "--log-file", str(log_file)],
            cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
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
        damaged = submit(base, (REPO / "samples" / "bad" / "truncated.png").read_bytes())
        wait_until(lambda: f"query {damaged}" in console.read_text(), 30, "the failed line")
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
    # a failed query's line says why
    assert f"query {damaged}  failed" in text
    assert "(lens gave up: The image is truncated or corrupt.)" in text
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


# -- the README as pasted ----------------------------------------------------------------------

def test_every_readme_example_runs_as_pasted_in_a_new_shell_after_a_restart(
    tmp_path: Path,
) -> None:
    # Given `make run`, its block pasted into a new shell (only that block: no virtual
    # environment, no AWS settings, somewhere else than the checkout), and then a restart
    port = ports_free_in_pairs()
    first = MakeRun(port, tmp_path / "first.txt").start()
    try:
        block = first.block()
    finally:
        first.stop()
    second = MakeRun(port, tmp_path / "second.txt").start()
    before = untracked_files()
    try:
        # When the README's shell and Python examples run there, in order, as they are
        # (only the webhook receiver's port made free, as parallel tests need)
        listen_port = str(port_free())
        script = "set -eo pipefail\n" + block + "\n" + readme_examples().replace(
            "9009", listen_port) + "\nwait\n"
        shell = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=new_shell_env(),
                               capture_output=True, text=True, timeout=300)
    finally:
        second.stop()

    # Then every command ran (the emulator's address in the old block still true, lens-gpt
    # found), each surface gave a finished result, and no file was left in the checkout
    out = shell.stdout + shell.stderr
    assert shell.returncode == 0, out[-6000:]
    assert "command not found" not in out and "Could not connect" not in out, out[-6000:]
    assert f"AWS_ENDPOINT_URL=http://127.0.0.1:{port + 1}" in block
    assert '"status": "done"' in out or '"status":"done"' in out, out[-6000:]
    assert "data: " in out  # the /classify stream
    assert out.count("done") >= 5
    assert untracked_files() == before


def test_a_busy_port_is_said_in_one_sentence_naming_it_and_the_setting(tmp_path: Path) -> None:
    # Given something already listening on the port asked for, or on the one after it
    for busy_offset in (0, 1):
        port = ports_free_in_pairs()
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", port + busy_offset))
            taken.listen()
            # When the service is started on it
            run = subprocess.run(
                [sys.executable, "-m", "devstack", "serve", "--port", str(port)], cwd=REPO,
                env=stack_env(), capture_output=True, text=True, timeout=60)
        # Then it stops at once with one sentence that names the port and PORT=
        lines = run.stderr.strip().splitlines()
        assert run.returncode == 2
        assert len(lines) == 1, run.stderr
        assert f"Port {port + busy_offset} " in lines[0] and "PORT=" in lines[0]
        assert "Errno" not in run.stderr and "Traceback" not in run.stderr


class MakeRun:
    """``make run PORT=...`` as a newcomer starts it, its console in a file."""

    def __init__(self, port: int, console: Path) -> None:
        self.port, self.console = port, console
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> MakeRun:
        with self.console.open("w") as out:
            self.process = subprocess.Popen(
                ["make", "--no-print-directory", "run", f"PORT={self.port}"], cwd=REPO,
                stdout=out, stderr=subprocess.STDOUT, env={**stack_env(), "PYTHONUNBUFFERED": "1"},
                start_new_session=True)
        wait_until(lambda: "Press Ctrl-C" in self.console.read_text(), 120, "make run")
        return self

    def block(self) -> str:
        """The lines printed to be pasted, as they are."""
        text = self.console.read_text()
        start = text.index("Paste into another shell")
        block = text[start:text.index("Everything lives only", start)]
        return "\n".join(block.splitlines()[1:]).strip()

    def stop(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def readme_examples() -> str:
    """The README's shell and Python examples in order, but ``make`` itself; the Python ones as
    a user runs a pasted snippet (``python3`` of the shell's PATH)."""
    parts = []
    for language, body in re.findall(r"```(sh|python)\n(.*?)```", (REPO / "README.md")
                                     .read_text(), re.S):
        if language == "sh" and body.lstrip().startswith("make "):
            continue
        parts.append(body if language == "sh" else f"python3 - <<'PY'\n{body}PY\n")
    assert len(parts) >= 6
    return "\n".join(parts)


def new_shell_env() -> dict[str, str]:
    """A new shell's environment: none of this test's virtual environment or AWS settings."""
    venv_bins = {str(Path(sys.executable).parent), str(REPO / ".venv" / "bin")}
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p not in venv_bins]
    keep = {"HOME", "LANG", "LC_ALL", "TMPDIR", "USER", "TERM", "PYENV_ROOT"}
    return {**{k: v for k, v in os.environ.items() if k in keep},
            "PATH": os.pathsep.join(path)}


def stack_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("AWS_", "LENS_GPT_"))
            and k not in {"PORT", "HOST", "EMULATOR_PORT"}}


def port_free() -> int:
    return free_port()


def ports_free_in_pairs() -> int:
    """A port that is free, with the one after it free too (the emulator's)."""
    for _ in range(50):
        port = free_port()
        try:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    pytest.fail("no two free ports in a row")


def untracked_files() -> set[str]:
    listed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout
    return {line[3:] for line in listed.splitlines()
            if line.startswith("??") and not line[3:].startswith("build/")}


def test_host_0_0_0_0_serves_a_phone_on_the_network_with_addresses_it_can_reach(
    tmp_path: Path,
) -> None:
    # Given `HOST=0.0.0.0 make run` on a machine with a network address
    lan = lan_address()
    if lan == "127.0.0.1":
        pytest.skip("this machine has no network address")
    port, console = ports_free_in_pairs(), tmp_path / "console.txt"
    with console.open("w") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "devstack", "serve", "--port", str(port)], cwd=REPO,
            stdout=out, stderr=subprocess.STDOUT,
            env={**stack_env(), "HOST": "0.0.0.0", "PYTHONUNBUFFERED": "1"})
    try:
        wait_until(lambda: "Press Ctrl-C" in console.read_text(), 60, "the stack to start")
        # When a phone opens the printed address, creates a query and uploads to its URL
        base = f"http://{lan}:{port}"
        page = requests.get(base, timeout=10)
        created = requests.post(f"{base}/queries", json={"content_type": "image/jpeg"},
                                timeout=10).json()
        upload = created["upload"]
        posted = requests.post(upload["url"], data=upload["fields"],
                               files={"file": ("p.jpg", fresh_photo("mug"))}, timeout=30)
        result = wait_until(lambda: (r := requests.get(
            f"{base}/queries/{created['id']}?wait=5", timeout=30).json())["status"] == "done"
            and r, 60, "the result")
    finally:
        run.send_signal(signal.SIGINT)
        run.wait(timeout=30)

    # Then everything answered at the machine's network address, which the console and every
    # URL name (never 127.0.0.1), and the console warned that the network can reach it
    text = console.read_text()
    assert "Warning: HOST=0.0.0.0" in text
    assert f"lens-gpt is running at {base}" in text
    assert f"AWS_ENDPOINT_URL=http://{lan}:{port + 1}" in text
    assert page.status_code == 200
    assert upload["url"].startswith(f"http://{lan}:{port + 1}/")
    assert created["links"]["stream"].startswith(base)
    assert posted.status_code in (200, 201, 204)
    assert result["status"] == "done"
