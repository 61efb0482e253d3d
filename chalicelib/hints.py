"""A client's text hint about its photo ("Sony camera", "the lamp, not the table"): the limits it
is held to, and the key that makes it part of what is analysed.

A hint changes the analysis (visual search refines by it, the model reads it), so the same image
with another hint is another analysis: the dedupe key is the image's SHA-256 and the hint's
normalised form (case, Unicode compatibility forms and spacing do not count). The same image
without a hint keeps the key it always had.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from chalicelib.errors import BadHint

MAX_HINT_CHARS = 200
# No control characters (C0, DEL, C1), line or paragraph separators, or invisible format
# characters (zero-width, bidirectional overrides, BOM): a hint is one line of visible text.
# The same pattern is the OpenAPI document's.
HINT_PATTERN = ("^[^\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u200b-\\u200f\\u202a-\\u202e"
                "\\u2060-\\u2064\\ufeff]*$")
_REFUSED = re.compile(HINT_PATTERN.replace("^[^", "[").replace("]*$", "]"))
_SURROGATES = re.compile("[\ud800-\udfff]")
HINT_RULE = (f"hint must be one line of text of at most {MAX_HINT_CHARS} characters, without "
             "control or invisible characters")


def checked_hint(raw: object) -> str | None:
    """The hint as stored (spacing collapsed), None for none or only spaces; ``BadHint`` (400
    ``bad-hint``) for anything else than such a text."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise BadHint(f"{HINT_RULE}, not {type(raw).__name__}.")
    if len(raw) > MAX_HINT_CHARS:
        raise BadHint(f"{HINT_RULE}; this one has {len(raw)}.")
    if _REFUSED.search(raw) or _SURROGATES.search(raw):
        raise BadHint(f"{HINT_RULE}.")
    text = " ".join(raw.split())
    return text or None


def hint_key(hint: str | None) -> str:
    """What a hint adds to the image's dedupe key: nothing for none, else a digest of its
    normalised form."""
    if not hint:
        return ""
    normalised = " ".join(unicodedata.normalize("NFKC", hint).casefold().split())
    return hashlib.sha256(normalised.encode()).hexdigest()[:32]
