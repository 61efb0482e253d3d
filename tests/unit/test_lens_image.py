"""The lens function's container image, as far as it can be checked without building it."""

from __future__ import annotations

import ast
import importlib
import json
import re
import sys
from importlib import metadata
from pathlib import Path, PurePosixPath

import pytest

from chalicelib.config import Settings
from chalicelib.pipeline import handlers
from chalicelib.providers.registry import LENS_PROVIDERS
from tests.helpers import REPO

DOCKERFILE = REPO / "layers" / "lens" / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (keyword, arguments), continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    lines = (line.strip() for line in text.splitlines())
    return [(line.split()[0].upper(), line.split(None, 1)[1])
            for line in lines if line and not line.startswith("#")]


def final_stage() -> list[tuple[str, str]]:
    steps = instructions()
    last_from = max(i for i, (keyword, _) in enumerate(steps) if keyword == "FROM")
    return steps[last_from:]


def image_environment() -> dict[str, str]:
    settings = [args for keyword, args in final_stage() if keyword == "ENV"]
    return dict(pair for args in settings for pair in re.findall(r"(\w+)=(\S+)", args))


def copies() -> dict[str, str]:
    """Destination -> source of every COPY into the final image."""
    found = {}
    for keyword, args in final_stage():
        if keyword == "COPY":
            *sources, destination = [word for word in args.split() if not word.startswith("--")]
            found[destination] = sources[0]
    return found


def test_the_image_is_built_on_the_functions_python_with_lambdas_runtime_client() -> None:
    from infra.lambda_requirements import LAMBDA_PYTHON

    keyword, base = final_stage()[0]
    defaults = dict(re.findall(r"ARG (\w+)=(\S+)", DOCKERFILE.read_text()))
    resolved = re.sub(r"\$\{(\w+)\}", lambda m: defaults[m.group(1)], base.split()[0])
    assert resolved == f"python:{LAMBDA_PYTHON[0]}.{LAMBDA_PYTHON[1]}-slim-bookworm"
    entry = json.loads(next(args for keyword, args in final_stage() if keyword == "ENTRYPOINT"))
    assert entry == ["python", "-m", "awslambdaric"]


def test_its_entry_point_is_the_lens_handler_and_is_callable() -> None:
    # Given the CMD of the image
    command = json.loads(next(args for keyword, args in final_stage() if keyword == "CMD"))
    module_name, _, attribute = command[0].rpartition(".")

    # Then it names the lens stage's Lambda handler, which the runtime can call
    entry_point = getattr(importlib.import_module(module_name), attribute)
    assert entry_point is handlers.lens_handler
    assert callable(entry_point)


def test_its_settings_choose_the_google_lens_provider_with_the_browser_it_installs() -> None:
    # Given the environment the image sets, read as the service reads it
    settings = Settings.from_env(image_environment())

    # Then the provider exists, and the browser and driver it starts are the ones copied in
    assert settings.lens_provider == "google-lens" and settings.lens_provider in LENS_PROVIDERS
    installed = copies()
    for path, archive in ((settings.chromium_path, "chrome-linux64"),
                          (settings.chromedriver_path, "chromedriver-linux64")):
        folder = str(PurePosixPath(path).parent)
        assert installed[folder] == f"/opt/{archive}"
    assert settings.chromium_single_process is True


def test_the_browser_and_its_driver_are_the_same_version() -> None:
    text = DOCKERFILE.read_text()
    downloads = re.findall(r'"\$\{DOWNLOADS\}/(\S+)\.zip"', text)
    assert sorted(downloads) == ["chrome-linux64", "chromedriver-linux64"]
    assert re.search(r"ARG DOWNLOADS=\S+/\$\{CHROME_VERSION\}/linux64", text)


def imported_top_level(modules: list[str]) -> set[str]:
    """Top-level packages imported (anywhere, lazily too) by these modules and the chalicelib
    modules they reach."""
    seen: set[str] = set()
    found: set[str] = set()
    pending = list(modules)
    while pending:
        name = pending.pop()
        path = REPO / Path(*name.split("."))
        source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if name in seen or not source.exists():
            continue
        seen.add(name)
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for imported in names:
                top = imported.split(".")[0]
                if top == "chalicelib":
                    pending.append(imported)
                elif top not in sys.stdlib_module_names:
                    found.add(top)
    return found


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("entry", ["chalicelib.pipeline.handlers",
                                   "chalicelib.providers.lens.google_lens"])
def test_the_packages_it_installs_are_those_the_lens_function_imports(entry: str) -> None:
    # Given what the image installs: the lock, nothing more (its pins include the dependencies)
    assert any("pip install --no-cache-dir --no-deps --only-binary=:all: --find-links "
               "/tmp/wheels -r requirements.lock" in " ".join(args.split())
               for keyword, args in final_stage() if keyword == "RUN")
    lines = (REPO / "requirements.lock").read_text().splitlines()
    required = {normalised(re.split(r"[\[<>=~! ]", line)[0]) for line in lines
                if line.strip() and not line.startswith("#")}

    # Then every package the handler and the provider import is installed by them
    distributions = metadata.packages_distributions()
    needed = {top: {normalised(d) for d in distributions.get(top, [top])}
              for top in imported_top_level([entry])}
    missing = {top: names for top, names in needed.items() if not names & required}
    assert missing == {}
    assert {"selenium", "requests"} <= required
