"""Decoding is bounded in memory: no image, however small its file, raises a worker by more than
about 300 MB, and what decoding took is given back afterwards.

Each image is made and then read in fresh processes, so that the peak resident size of the
reading process (``ru_maxrss``) is what the worker's own code took for it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

MB = 1024 * 1024
WORKER_BOUND = 300 * MB

# Makes one image file; run in its own process, whose memory is gone when it exits.
MAKE = r"""
import io, struct, sys, zlib
from PIL import Image
kind, path = sys.argv[1], sys.argv[2]

def png16_rgba(width, height):
    # Written row by row: 16-bit RGBA cannot be made with Pillow, and nothing is held whole.
    def chunk(kind, payload):
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
    row = b"\x00" + b"\x12\x34\x56\x78\x9a\xbc\xff\xff" * width
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    head = struct.pack(">IIBBBBB", width, height, 16, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", data) + chunk(b"IEND", b"")

out = io.BytesIO()
if kind == "webp-huge":  # about 2 KB for 49 megapixels
    Image.new("RGB", (16383, 3000), (90, 120, 200)).save(out, "WEBP", lossless=True)
elif kind == "webp-wide":
    Image.new("RGB", (16383, 900), (90, 120, 200)).save(out, "WEBP", lossless=True)
elif kind == "png16-rgba":
    out.write(png16_rgba(7071, 7070))  # 49.99 megapixels
elif kind == "jpeg-48mp":
    Image.new("L", (8000, 6000), 128).save(out, "JPEG")
open(path, "wb").write(out.getvalue())
"""

# Reads one file the way the workers do: the lens stage's check, the catalog's fingerprint and
# the photo for the model; prints the peak and the remaining growth of its resident memory.
READ = r"""
import gc, json, resource, sys
from chalicelib.errors import ImageRejected
from chalicelib.images.recognition import inspect_image
from chalicelib.providers.analysts.photo_payload import data_url
from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.lens.catalog import fingerprint, open_image

def rss():
    return int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize()

data = open(sys.argv[1], "rb").read()
gc.collect()
before, peak_before = rss(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
outcome = []
for step in (lambda: inspect_image(data, 20 * 2**20, 50_000_000),
             lambda: fingerprint(open_image(data)), lambda: data_url(data)):
    try:
        step()
        outcome.append("ok")
    except (ImageRejected, ProviderError) as exc:
        outcome.append(exc.code)
gc.collect()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"raised": peak - max(before, peak_before), "kept": rss() - before,
                  "outcome": outcome}))
"""


def measure(kind: str, folder: Path) -> dict:
    path = folder / kind
    subprocess.run([sys.executable, "-c", MAKE, kind, str(path)], check=True, cwd=REPO)
    done = subprocess.run([sys.executable, "-c", READ, str(path)], check=True, cwd=REPO,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kind", ["webp-huge", "webp-wide", "png16-rgba", "jpeg-48mp"])
def test_no_image_raises_a_worker_by_more_than_300_mb_and_the_memory_comes_back(
    kind: str, tmp_path: Path
) -> None:
    # Given a tiny file of a huge image (or a large photo), read as the lens and gpt stages do
    measured = measure(kind, tmp_path)

    # Then it is either accepted or refused as too large, never anything else
    assert set(measured["outcome"]) <= {"ok", "image-too-large"}, measured
    # And the reading process grew by at most the bound, and gave it back afterwards
    assert measured["raised"] < WORKER_BOUND, measured
    assert measured["kept"] < 64 * MB, measured
