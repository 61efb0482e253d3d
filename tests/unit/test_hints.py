"""A client's text hint: what is accepted (and how it is stored) and what is a 400 bad-hint;
the key it adds to the dedupe of an image."""

from __future__ import annotations

import pytest

from chalicelib.errors import BadHint
from chalicelib.hints import MAX_HINT_CHARS, checked_hint, hint_key

# (raw hint, as stored) — the examples of the product contract and what users type
ACCEPTED = [
    (None, None),
    ("Sony camera", "Sony camera"),
    ("the lamp, not the table", "the lamp, not the table"),
    ("  Sony   camera  ", "Sony camera"),  # spacing is not meaning
    ("   ", None),  # only spaces: no hint
    ("Fjällräven Kånken — 16 l", "Fjällräven Kånken — 16 l"),
    ("ソニー カメラ", "ソニー カメラ"),
    ("x" * MAX_HINT_CHARS, "x" * MAX_HINT_CHARS),
]
REFUSED = [
    "x" * (MAX_HINT_CHARS + 1),  # too long
    "Sony\ncamera",  # a line break
    "Sony\tcamera",  # a control character
    "a\x00b",
    "a\x85b",  # C1 next line
    "a\u2028b",  # line separator
    "evil\u202ecod.exe",  # bidirectional override
    "zero\u200bwidth",
    "\ud800",  # a lone surrogate (JSON can carry one)
    5,
    ["Sony"],
]


@pytest.mark.parametrize(("raw", "stored"), ACCEPTED)
def test_a_hint_within_the_limits_is_stored_with_its_spacing_collapsed(
        raw: str | None, stored: str | None) -> None:
    assert checked_hint(raw) == stored


@pytest.mark.parametrize("raw", REFUSED, ids=repr)
def test_a_hint_outside_the_limits_is_a_bad_hint(raw: object) -> None:
    with pytest.raises(BadHint) as refused:
        checked_hint(raw)

    assert refused.value.code == "bad-hint"
    assert "hint must be one line of text of at most 200 characters" in refused.value.message


def test_the_dedupe_key_ignores_case_compatibility_forms_and_spacing_only() -> None:
    assert hint_key(None) == hint_key("") == ""
    assert hint_key("Sony camera") == hint_key("SONY  Camera") == hint_key("Ｓｏｎｙ camera")
    assert hint_key("Sony camera") != hint_key("Canon camera")
