"""The requirements of the zip-packaged functions, pinned to versions that run on Lambda.

``chalice package`` installs ``requirements.txt`` into the functions' zip, fetching wheels built
for Lambda's Linux where the local ones do not fit. But the newest releases of some packages
(numpy, pillow-heif, ...) ship wheels only for a newer glibc than the python3.11 runtime's
(Amazon Linux 2, glibc 2.26); Chalice would then leave them out or build them here, against this
machine's libraries. So pip first resolves the requirements for the runtime's platform, wheels
only, and Chalice packages exactly the versions it picked.

Requirements that only the lens stage needs stay out of the zip: that stage runs from its own
container image, and they would push the zip past Lambda's 250 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

# The catalog's perceptual hashes (imagehash, with numpy and scipy) and Chromium's driver.
LENS_IMAGE_ONLY = frozenset({"imagehash", "selenium"})
# glibc of each Python runtime of Lambda (python3.11: Amazon Linux 2; 3.12 on: 2023).
RUNTIME_GLIBC = {(3, 11): (2, 26), (3, 12): (2, 34), (3, 13): (2, 34)}


class ResolutionFailed(Exception):
    """pip could not find wheels for Lambda's platform that satisfy the requirements."""


def zip_requirements(requirements_file: Path) -> list[str]:
    """The requirement lines the zip-packaged functions need (comments and options dropped)."""
    kept = []
    for line in requirements_file.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if not text or text.startswith("-"):
            continue
        try:
            name = canonicalize_name(Requirement(text).name)
        except InvalidRequirement as exc:
            raise ResolutionFailed(f"{requirements_file.name}: cannot read {text!r}") from exc
        if name not in LENS_IMAGE_ONLY:
            kept.append(text)
    return kept


def platforms(python: tuple[int, int]) -> list[str]:
    """pip platform tags of the wheels that run on ``python``'s Lambda runtime (x86_64)."""
    major, minor = RUNTIME_GLIBC.get(python, (2, 17))
    return ["manylinux2014_x86_64",
            *(f"manylinux_{major}_{m}_x86_64" for m in range(17, minor + 1))]


def resolve_for_lambda(requirements: list[str], work_dir: Path,
                       python: tuple[int, int] | None = None) -> list[str]:
    """``name==version`` for every package (dependencies included) that Lambda will run."""
    python = python or (sys.version_info.major, sys.version_info.minor)
    work_dir.mkdir(parents=True, exist_ok=True)
    wanted, report = work_dir / "requirements.in", work_dir / "resolution.json"
    wanted.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
        "--disable-pip-version-check", "--only-binary=:all:", "--implementation", "cp",
        "--python-version", f"{python[0]}.{python[1]}", "--abi", f"cp{python[0]}{python[1]}",
        *(arg for tag in platforms(python) for arg in ("--platform", tag)),
        "--target", str(work_dir / "unused"), "--report", str(report), "-r", str(wanted),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ResolutionFailed(f"pip could not resolve for Lambda:\n{done.stderr[-4000:]}")
    installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    return sorted(f"{i['metadata']['name']}=={i['metadata']['version']}" for i in installs)
