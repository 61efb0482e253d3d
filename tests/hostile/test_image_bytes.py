"""Hostile bytes against image recognition: whatever arrives, a verdict, never a crash.

Cut and damaged files of every accepted format (with ``hypothesis``), a decompression bomb,
polyglots and an SVG. The verdict is the image's format or the reason it is refused; any other
exception would turn a bad upload into a stage that fails and is retried.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hostile import files
from tests.hostile.files import REASONS, verdict

ORIGINALS = {fmt: files.image_bytes(fmt) for fmt in files.FORMATS}
EXAMPLES = settings(max_examples=150, deadline=None, database=None)


@EXAMPLES
@given(fmt=st.sampled_from(files.FORMATS), share=st.floats(0, 1, exclude_max=True))
def test_a_cut_image_is_refused_with_a_reason_or_read_as_its_own_format(
    fmt: str, share: float
) -> None:
    original = ORIGINALS[fmt]
    assert verdict(original[: int(len(original) * share)]) in REASONS | {fmt}


@settings(max_examples=400, deadline=None, database=None)
@given(fmt=st.sampled_from(files.FORMATS),
       edits=st.lists(st.tuples(st.integers(0, 2**16), st.integers(0, 255)), min_size=1,
                      max_size=16))
def test_a_damaged_image_is_refused_with_a_reason_or_read_as_its_own_format(
    fmt: str, edits: list[tuple[int, int]]
) -> None:
    damaged = bytearray(ORIGINALS[fmt])
    for position, value in edits:
        damaged[position % len(damaged)] = value
    assert verdict(bytes(damaged)) in REASONS | {fmt}


@settings(max_examples=100, deadline=None, database=None)
@given(st.binary(max_size=512))
def test_arbitrary_bytes_get_a_verdict(data: bytes) -> None:
    assert verdict(data) in REASONS | set(files.FORMATS)


def test_every_accepted_format_is_read_as_itself() -> None:
    assert {fmt: verdict(data) for fmt, data in ORIGINALS.items()} == {
        fmt: fmt for fmt in files.FORMATS
    }


def test_a_decompression_bomb_is_refused_by_its_size_before_it_is_decoded() -> None:
    assert verdict(files.png_bomb()) == "image-too-large"
    assert verdict(files.jpeg_claiming(60_000, 60_000)) == "image-too-large"


def test_a_polyglot_is_what_its_image_part_makes_it() -> None:
    # A photo with an archive appended (as some phones append videos) is still the photo;
    # an image header in front of a script, or an image packed in an archive, is no image.
    assert verdict(files.jpeg_with_zip()) == "JPEG"
    assert verdict(files.gif_header_with_script()) in {"unsupported-image", "corrupt-image"}
    assert verdict(files.zip_with_jpeg()) == "unsupported-image"


def test_an_svg_is_not_an_accepted_image() -> None:
    assert verdict(files.SVG) == "unsupported-image"
