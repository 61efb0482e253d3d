"""Finding, killing and reaping the processes of a browser (Linux ``/proc``; elsewhere no-ops).

A browser is more than chromedriver's process group: Chromium's crash handler detaches itself
into a session of its own. So a browser's processes are its process group plus every process
whose command line mentions the browser's private work directory. When they die, whoever is
their parent must reap them; processes orphaned by a dying parent go to the nearest "child
subreaper", which this process becomes, because the init process of a sandbox or container
(Lambda's included) may never reap anything and each zombie would stay until the machine stops.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import time
from pathlib import Path

from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE

# A child of the service logger: its lines carry the query id as correlation id.
logger = Logger(service=SERVICE, child=True)

_PROC = Path("/proc")
_PR_SET_CHILD_SUBREAPER = 36
REAP_SECONDS = 5.0


def become_subreaper() -> None:
    """Adopt orphaned descendants, so that they are reaped here (Linux only)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def process_ids() -> list[int]:
    try:
        return [int(entry.name) for entry in _PROC.iterdir() if entry.name.isdigit()]
    except OSError:
        return []


def stat(pid: int) -> tuple[str, int, int] | None:
    """State (``Z`` for a zombie), parent and process group of ``pid``; None once it is gone."""
    try:
        text = (_PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may itself contain spaces or parentheses.
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[2])


def group_members(group: int) -> list[int]:
    """Every process of a process group, zombies included."""
    return [pid for pid in process_ids() if (info := stat(pid)) is not None and info[2] == group]


def processes_mentioning(marker: str) -> set[int]:
    """Live processes whose command line contains ``marker`` (zombies have none)."""
    needle = marker.encode()
    found = set()
    for pid in process_ids():
        with contextlib.suppress(OSError):
            if needle in (_PROC / str(pid) / "cmdline").read_bytes():
                found.add(pid)
    return found


def kill_and_reap(leader: subprocess.Popen, marker: str, known: set[int]) -> list[int]:
    """Kill the process group led by ``leader`` and the processes mentioning ``marker``; reap
    those that are (or become) children of this process. Returns the pids still left."""
    group = leader.pid
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)
    for pid in processes_mentioning(marker):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        leader.wait(timeout=REAP_SECONDS)
    deadline = time.monotonic() + REAP_SECONDS
    while True:
        left = _reap_round(group, known | processes_mentioning(marker))
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if left:
        logger.warning("processes of a closed browser are left: %s", left)
    return left


def _reap_round(group: int, known: set[int]) -> list[int]:
    """Reap what is ours; return the processes still there that belong to the browser."""
    me = os.getpid()
    left = []
    for pid in set(group_members(group)) | known:
        info = stat(pid)
        if info is None:
            continue
        _, parent, pgrp = info
        if parent == me:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            if stat(pid) is not None:
                left.append(pid)
        elif pgrp == group:
            left.append(pid)  # not re-parented to us yet: its dying parent still holds it
        # else: a known pid now someone else's (or re-used); not ours to wait for
    return left
