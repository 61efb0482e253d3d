"""The same matches give the same answer in every process, whatever its hash seed.

In Lambda every environment has its own ``PYTHONHASHSEED``; ties between equally supported
phrases or names must be broken by an explicit order, never by set iteration order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = ("0", "1", "2", "3", "4", "5", "6", "7", "11", "42")

# Given the real Lens answers, the sample catalog's listings and a made-up tie (two phrases that
# every title names equally often)
SCRIPT = """
import json
from pathlib import Path
from chalicelib.providers.analysts.heuristic import HeuristicAnalyst
from chalicelib.providers.base import StagedImage
from chalicelib.providers.lens.catalog import read_catalog, to_match
from chalicelib.providers.lens.matches import from_serpapi_answer
from chalicelib.wire import LensMatch

image = StagedImage.from_bytes(b"", "0" * 64, "image/jpeg")
tie = [LensMatch(title=t, link=f"https://shop{i}.example/p", source=f"Shop {i}")
       for i, t in enumerate(["mug, cup", "cup, mug", "bowl"])]
cases = [("tie", tie)]
for path in sorted(Path("samples/evaluation/real").glob("*.json")):
    document = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(document, dict) and "visual_matches" in document:
        cases.append((path.stem, from_serpapi_answer(document)))
for item in read_catalog(Path("samples/catalog")).items:
    cases.append((item.id, [to_match(listing, item) for listing in item.listings]))
analyst = HeuristicAnalyst()
print(json.dumps({name: analyst.identify(image, matches).model_dump()
                  for name, matches in cases}, sort_keys=True))
"""


def answers_under(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout)


def test_the_heuristic_answers_the_same_under_every_hash_seed():
    # When the analyst runs in processes with different hash seeds
    answers = {seed: answers_under(seed) for seed in SEEDS}

    # Then every process gives the same chunks
    first = answers[SEEDS[0]]
    differing = {seed: {k for k in first if got[k] != first[k]} for seed, got in answers.items()}
    assert all(not names for names in differing.values()), differing
    # And a tie goes to the phrase Lens ranked first
    assert first["tie"]["model"].lower() == "mug"
