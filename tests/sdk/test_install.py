"""``pip install ./sdk`` into a fresh virtual environment outside the repository gives the
``lens-gpt`` command and the ``lens_gpt_client`` package, with no part of the service."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.helpers import REPO


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True,
                          timeout=240)


def test_the_sdk_installs_into_a_fresh_venv_and_runs_outside_the_repository(
        tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path).check_returncode()
    python, script = venv / "bin" / "python", venv / "bin" / "lens-gpt"
    # Offline: the SDK's dependencies (requests, httpx, pydantic) and the build backend come
    # from this interpreter's site-packages, added after the venv's own; nothing else of it.
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
               cwd=tmp_path).stdout.strip()
    Path(site, "deps-of-the-test.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    # A copy: an in-place build would leave its egg-info in the working tree.
    sdk = shutil.copytree(REPO / "sdk", tmp_path / "sdk",
                          ignore=shutil.ignore_patterns("*.egg-info", "__pycache__", "build"))
    install = run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                  "--no-index", sdk, cwd=tmp_path)
    assert install.returncode == 0, install.stderr

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    help_text = run(script, "--help", cwd=outside)
    imported = run(python, "-c", "import lens_gpt_client, sys; print(lens_gpt_client.__file__); "
                   "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                   "('chalicelib', 'devstack')))", cwd=outside)
    service = run(python, "-c", "import chalicelib", cwd=outside)

    assert help_text.returncode == 0, help_text.stderr
    assert "identify" in help_text.stdout and "drop" in help_text.stdout
    assert imported.returncode == 0, imported.stderr
    where, service_modules = imported.stdout.splitlines()
    assert Path(where).is_relative_to(venv), where  # the installed copy, not the working tree
    assert service_modules == "[]"
    assert "No module named 'chalicelib'" in service.stderr
