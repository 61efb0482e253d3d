"""What the browser tests share besides fixtures: the check for unreaped Chromium processes."""

from __future__ import annotations

import os

from chalicelib.providers.lens.processes import process_ids, stat


def zombie_children() -> set[int]:
    """This process's children that died and were never reaped."""
    me = os.getpid()
    return {pid for pid in process_ids() if (info := stat(pid)) and info[:2] == ("Z", me)}
