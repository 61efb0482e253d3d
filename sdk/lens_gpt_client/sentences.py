"""What the service says about a file it will not analyse, so that the SDK and the CLI, which
check what they can before uploading, say it in the same words (the service's own copy is in
its ``chalicelib/images/sentences.py``; a test holds them equal)."""

from __future__ import annotations

EMPTY_FILE = "The file is empty."
NOT_AN_IMAGE = "The file is not an image in a supported format."


def megabytes(size: int) -> str:
    """A size in decimal megabytes, as labelled (1 MB = 1,000,000 bytes): ``20.97 MB``."""
    return f"{round(size / 1_000_000, 2):g} MB"


def too_large(size: int | None, limit: int) -> str:
    """The file is over the limit (its size when known: a stream may be cut before its end)."""
    if size is None:
        return f"The file is too large; at most {megabytes(limit)} are accepted."
    return f"The file is too large: {megabytes(size)}; at most {megabytes(limit)} are accepted."
