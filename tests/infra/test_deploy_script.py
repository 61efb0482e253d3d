"""infra/deploy.sh's own steps: the image tag without git, and a failing step stopping the
deploy (the CLIs it calls are stand-ins on PATH: no AWS, no Docker daemon here)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from infra.outside import keys_from
from infra.template.parameters import OPENAI_KEY_PARAMETER, PARAMETERS, SERPAPI_KEY_PARAMETER
from tests.helpers import REPO

SCRIPT = REPO / "infra" / "deploy.sh"


def run_sourced(commands: str, cwd: Path, path: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "AWS_REGION": "eu-central-1", "GIT_CEILING_DIRECTORIES": str(cwd.parent)}
    if path:
        env["PATH"] = path
    return subprocess.run(["bash", "-c", f'source "{SCRIPT}"\n{commands}'], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """The image's sources as an archive unpacks them: no .git."""
    root = tmp_path / "lens-gpt"
    for part in ("layers/lens", "chalicelib"):
        shutil.copytree(REPO / part, root / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copyfile(REPO / "requirements.lock", root / "requirements.lock")
    return root


def test_without_git_the_image_is_tagged_by_its_sources(unpacked: Path) -> None:
    first = run_sourced("image_tag", unpacked)
    again = run_sourced("image_tag", unpacked)
    (unpacked / "chalicelib" / "wire.py").write_text("# changed\n", encoding="utf-8")
    changed = run_sourced("image_tag", unpacked)

    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"[0-9a-f]{12}\n", first.stdout)
    assert again.stdout == first.stdout != changed.stdout


def test_a_failing_step_of_the_image_push_stops_before_the_build(tmp_path: Path) -> None:
    # Given an ECR login that fails, and a docker that records what it is asked to do
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "docker-calls"
    (bin_dir / "aws").write_text(
        "#!/bin/sh\ncase \"$1 $2\" in\n"
        "  'sts get-caller-identity') echo 123456789012 ;;\n"
        "  'ecr describe-repositories') ;;\n"
        "  'ecr get-login-password') echo 'An error occurred (AccessDenied)' >&2; exit 254 ;;\n"
        "esac\n")
    (bin_dir / "docker").write_text(f"#!/bin/sh\necho \"$*\" >> {calls}\ncat >/dev/null\n")
    for tool in ("aws", "docker"):
        (bin_dir / tool).chmod(0o755)
    path = f"{bin_dir}:/usr/bin:/bin"

    # When the image is pushed, directly and inside a command substitution
    direct = run_sourced("IMAGE_TAG=t push_image; echo pushed", REPO, path)
    substituted = run_sourced("IMAGE_TAG=t; out=$(push_image; echo pushed); echo \"$out\"",
                              REPO, path)

    # Then both stop at the failed login: nothing is built or pushed
    assert direct.returncode != 0 and "pushed" not in direct.stdout
    assert substituted.returncode != 0 and "pushed" not in substituted.stdout
    assert "buildx build" not in (calls.read_text() if calls.exists() else "")


def test_deploy_checks_and_packages_before_it_builds_or_pushes_the_image() -> None:
    body = SCRIPT.read_text().split("\ndeploy() {", 1)[1].split("\n}\n", 1)[0]
    steps = [line.strip() for line in body.splitlines()]

    def at(text: str) -> int:
        return next(i for i, line in enumerate(steps) if text in line)

    assert at("infra.preflight") < at("make package") < at("push_image") < at('"$SAM" deploy')
    assert "$reservations" in body


def test_the_key_parameters_deploy_passes_by_default_are_the_templates_and_outsides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (The script hands sam its own defaults, which must name the parameters infra.outside
    # stores a given key in.)
    for name in ("OPENAI_KEY_PARAMETER", "SERPAPI_KEY_PARAMETER"):
        monkeypatch.delenv(name, raising=False)
    given = run_sourced('echo "$OPENAI_KEY_PARAMETER $SERPAPI_KEY_PARAMETER"', tmp_path)

    assert given.returncode == 0, given.stderr
    stored = keys_from({"OPENAI_API_KEY": "sk-test", "SERPAPI_API_KEY": "serp"})
    assert given.stdout.split() == list(stored) == [
        PARAMETERS[OPENAI_KEY_PARAMETER]["Default"], PARAMETERS[SERPAPI_KEY_PARAMETER]["Default"]]


@pytest.fixture
def bare_checkout(tmp_path: Path) -> Path:
    """The files `make install` reads, without a .venv."""
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt", "requirements.lock",
                 "sdk/pyproject.toml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / name, tmp_path / name)
    return tmp_path


def test_make_install_refuses_another_python_than_the_runtimes(bare_checkout: Path) -> None:
    # Given an interpreter of another Python than the functions'
    other = bare_checkout / "python3.11"
    other.write_text("#!/bin/sh\nexit 1\n")  # not 3.13: the version check fails
    other.chmod(0o755)

    done = subprocess.run(["make", "install", f"PYTHON={other}"], cwd=bare_checkout,
                          capture_output=True, text=True, timeout=60)

    assert done.returncode != 0
    assert "lens-gpt needs Python 3.13 (the functions' runtime)" in done.stderr
    assert not (bare_checkout / ".venv").exists()


def test_the_makefile_and_the_functions_run_one_python_on_amazon_linux_2023() -> None:
    from infra.lambda_requirements import LAMBDA_PYTHON, LAMBDA_RUNTIME, RUNTIME_GLIBC

    (version,) = re.findall(r"^PYTHON_VERSION := (\S+)$", (REPO / "Makefile").read_text(), re.M)
    assert version == f"{LAMBDA_PYTHON[0]}.{LAMBDA_PYTHON[1]}"
    # python3.12 and later run on Amazon Linux 2023 (glibc 2.34); 3.11 and before on Amazon
    # Linux 2, deprecated on 2027-06-30
    assert LAMBDA_PYTHON >= (3, 12) and RUNTIME_GLIBC[LAMBDA_PYTHON] == (2, 34)
    assert LAMBDA_RUNTIME == "python3.13"
