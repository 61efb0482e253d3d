"""Offline proof of the deploy path: what Lambda, CloudFormation and the SAM CLI would refuse
is refused here first (no AWS account, no network)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
import yaml
from packaging.requirements import Requirement
from packaging.version import Version

from devstack.child import free_port
from devstack.emulator import MotoServer, create_resources
from infra import resources
from infra.lambda_requirements import (
    LAMBDA_PYTHON,
    LAMBDA_RUNTIME,
    LOCK,
    RUNTIME_PROVIDED,
    SOURCE_ONLY,
    name_of,
    read_lock,
    requirement_lines,
)
from infra.regions import UnsupportedRegion, check, layer_arns
from tests.helpers import REPO, wait_until
from tests.infra.conftest import Packaged

FUNCTION = "AWS::Serverless::Function"
DOCKERFILE = REPO / "layers" / "lens" / "Dockerfile"
DEPLOY_SCRIPT = REPO / "infra" / "deploy.sh"
SAM = os.environ.get("SAM_CLI") or str(REPO / ".venv-deploy" / "bin" / "sam")
# What the Lambda runtime provides beside the function's code: the AWS SDK and its dependencies.
RUNTIME_MODULES = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six", "urllib3")


@pytest.fixture(scope="module")
def unzipped(packaged: Packaged, tmp_path_factory: pytest.TempPathFactory) -> Path:
    task_root = tmp_path_factory.mktemp("task")
    with zipfile.ZipFile(packaged.code) as code:
        code.extractall(task_root)
    (task_root / "run.sh").chmod(0o755)
    return task_root


@pytest.fixture(scope="module")
def runtime_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stand-in for the runtime's own modules (LAMBDA_RUNTIME_DIR): the AWS SDK only."""
    runtime = tmp_path_factory.mktemp("runtime")
    for name in RUNTIME_MODULES:
        module = __import__(name)
        source = Path(module.__file__)
        if source.name == "__init__.py":
            shutil.copytree(source.parent, runtime / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, runtime / source.name)
    return runtime


def clean_python(tmp: Path) -> Path:
    """A ``python3`` without this machine's site-packages (as bare as Lambda's interpreter)."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir(exist_ok=True)
    python = bin_dir / "python3"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" -S "$@"\n')
    python.chmod(0o755)
    return python


def lambda_env(task_root: Path, runtime: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AWS_", "PYTHON")) and k != "VIRTUAL_ENV"}
    env.update(LAMBDA_TASK_ROOT=str(task_root), LAMBDA_RUNTIME_DIR=str(runtime),
               AWS_DEFAULT_REGION="eu-central-1")
    return env


def test_the_template_passes_sam_validate_lint(packaged: Packaged) -> None:
    if not Path(SAM).exists():
        pytest.skip("the SAM CLI is not installed (make deploy-tools)")
    done = subprocess.run([SAM, "validate", "--lint", "--template-file", str(packaged.path),
                           "--region", "eu-central-1"], capture_output=True, text=True,
                          env={**os.environ, "SAM_CLI_TELEMETRY": "0"}, timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr


def test_the_transformed_template_passes_cfn_lint(packaged: Packaged, tmp_path: Path) -> None:
    """aws-sam-translator (the deploy tools' own) expands the template as CloudFormation will."""
    python = Path(SAM).with_name("python")
    if not python.exists():
        pytest.skip("the SAM CLI is not installed (make deploy-tools)")
    transformed = tmp_path / "transformed.json"
    script = (
        "import json, sys, yaml\n"
        "from samtranslator.translator.transform import transform\n"
        "from samtranslator.public.translator import ManagedPolicyLoader\n"
        "t = yaml.safe_load(open(sys.argv[1]))\n"
        # As `sam deploy` packages it: the zip uploaded, CodeUri naming the object.
        "for r in t['Resources'].values():\n"
        "    if 'CodeUri' in r.get('Properties', {}):\n"
        "        r['Properties']['CodeUri'] = 's3://artifacts/deployment.zip'\n"
        "out = transform(t, {'LensImageUri': 'x'}, ManagedPolicyLoader(None))\n"
        "json.dump(out, open(sys.argv[2], 'w'))\n"
        "from pathlib import Path\n"
        "from cfnlint.api import lint_file\n"
        "errors = [f'{m.rule.id} {m.message}' for m in lint_file(Path(sys.argv[2]))\n"
        "          if m.rule.id.startswith('E')]\n"
        "print('\\n'.join(errors)); sys.exit(1 if errors else 0)\n"
    )
    done = subprocess.run([str(python), "-c", script, str(packaged.path), str(transformed)],
                          capture_output=True, text=True, timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    expanded = yaml.safe_load(transformed.read_text())
    assert "Transform" not in expanded
    assert {"AWS::Lambda::Function", "AWS::Lambda::EventSourceMapping"} <= {
        r["Type"] for r in expanded["Resources"].values()}


def test_every_handler_imports_from_the_unzipped_package_alone(
    packaged: Packaged, unzipped: Path, runtime_dir: Path, tmp_path: Path,
) -> None:
    # Given the zip unpacked as Lambda unpacks it, and an interpreter with only the runtime's SDK
    handlers = [f["Properties"]["Handler"] for f in packaged.resources(FUNCTION).values()
                if f["Properties"].get("PackageType") != "Image"]
    handlers.remove("run.sh")
    script = ("import importlib, sys\n"
              "for h in sys.argv[1:]:\n"
              "    module, name = h.rsplit('.', 1)\n"
              "    assert callable(getattr(importlib.import_module(module), name)), h\n"
              "import chalicelib\n"
              "print(chalicelib.__file__)\n")

    # When each handler the template names is imported
    done = subprocess.run([str(clean_python(tmp_path)), "-I", "-c",
                           f"import sys; sys.path[:0] = {[str(unzipped), str(runtime_dir)]!r}\n"
                           + script, *handlers],
                          cwd=tmp_path, env=lambda_env(unzipped, runtime_dir),
                          capture_output=True, text=True, timeout=120)

    # Then all import, from the package and not from the source tree
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().startswith(str(unzipped))
    assert set(handlers) >= {"app.app", "app.gpt_stage", "app.pricing_stage"}


@pytest.fixture
def packaged_relay(unzipped: Path, runtime_dir: Path, tmp_path: Path) -> Iterator[tuple[int, str]]:
    """run.sh from the unzipped package, started as the Web Adapter starts it."""
    emulator = MotoServer().start()
    requests.post(f"{emulator.endpoint}/moto-api/reset", timeout=10)
    port = free_port()
    clean_python(tmp_path)
    env = lambda_env(unzipped, runtime_dir)
    env.update(create_resources(emulator.endpoint), AWS_LWA_PORT=str(port),
               RELAY_KEEPALIVE_SECONDS="0.5",
               PATH=f"{tmp_path / 'bin'}:/usr/bin:/bin")
    log = (tmp_path / "relay.log").open("wb")
    script = subprocess.Popen([str(unzipped / "run.sh")], cwd=unzipped, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield port, emulator.endpoint
    finally:
        os.killpg(script.pid, signal.SIGTERM)
        script.wait(timeout=15)
        log.close()
        emulator.stop()


def test_the_packaged_relay_streams_a_query_on_the_adapters_port(
    packaged_relay: tuple[int, str],
) -> None:
    port, _ = packaged_relay

    def answer(**kwargs: Any) -> list[requests.Response]:
        try:
            return [requests.request(timeout=10, **kwargs)]
        except requests.ConnectionError:
            return []

    # Given the relay the adapter started from the package
    (unknown,) = wait_until(lambda: answer(method="GET",
                                           url=f"http://127.0.0.1:{port}/queries/nope/stream"),
                            60, "the packaged relay to listen")
    assert unknown.status_code == 404

    # When a photo is posted to /classify
    photo = (REPO / "samples" / "photos" / "wristwatch-q60.jpg").read_bytes()
    with requests.post(f"http://127.0.0.1:{port}/classify", stream=True, timeout=(10, 30),
                       files={"file": ("w.jpg", photo, "image/jpeg")}) as classified:
        query_id = classified.headers["x-query-id"]
    # And its query's stream is followed while the stages (not running here) have nothing yet
    with requests.get(f"http://127.0.0.1:{port}/queries/{query_id}/stream", stream=True,
                      timeout=(10, 30)) as streamed:
        first = next(streamed.iter_lines())

    # Then the relay took the photo and streams its query, keeping the client alive
    assert classified.status_code == 200
    assert classified.headers["content-type"].startswith("text/event-stream")
    assert streamed.status_code == 200
    assert first == b": keep-alive"


def test_the_zip_leaves_out_the_runtimes_sdk(packaged: Packaged) -> None:
    with zipfile.ZipFile(packaged.code) as code:
        tops = {name.split("/", 1)[0].split("-", 1)[0].lower() for name in code.namelist()}

    assert not RUNTIME_PROVIDED & tops
    assert {f["Properties"]["Runtime"] for f in packaged.resources(FUNCTION).values()
            if "Runtime" in f["Properties"]} == {LAMBDA_RUNTIME}


def test_the_lock_pins_every_requirement_within_its_range() -> None:
    locked = read_lock()
    for line in requirement_lines():
        requirement = Requirement(line)
        pin = locked.get(name_of(line))
        assert pin, f"{requirement.name} is not in {LOCK.name}"
        assert Version(pin.split("==")[1]) in requirement.specifier, pin


def test_the_zip_installs_the_locks_versions(unzipped: Path) -> None:
    locked = {name: pin.split("==")[1] for name, pin in read_lock().items()}
    shipped = {}
    for info in unzipped.glob("*.dist-info"):
        name, version = info.name.removesuffix(".dist-info").split("-", 1)
        shipped[name_of(name)] = version

    assert shipped, "the zip has no installed distributions"
    assert {name: version for name, version in shipped.items()
            if locked.get(name) != version} == {}


def test_the_lens_image_builds_on_the_functions_python_from_the_lock() -> None:
    dockerfile = DOCKERFILE.read_text()
    ignored = DOCKERFILE.with_name("Dockerfile.dockerignore").read_text()

    (version,) = re.findall(r"^ARG PYTHON_VERSION=(\S+)$", dockerfile, re.M)
    assert version == f"{LAMBDA_PYTHON[0]}.{LAMBDA_PYTHON[1]}"
    steps = [" ".join(step.split()) for step in re.sub(r"\\\n", " ", dockerfile).splitlines()
             if "pip " in step]
    # Wheels only, but for the pure-Python packages published as source, built first at
    # their locked versions
    assert steps == ["RUN pip wheel --no-cache-dir --no-deps --no-binary=:all: --wheel-dir "
                     "/tmp/wheels $(grep -i '^jstyleson==' requirements.lock) && pip install "
                     "--no-cache-dir --no-deps --only-binary=:all: --find-links /tmp/wheels -r "
                     "requirements.lock && rm -rf /tmp/wheels"]
    assert SOURCE_ONLY == ("jstyleson",) and all(name in read_lock() for name in SOURCE_ONLY)
    assert f"!{LOCK.name}" in ignored.split()
    assert "awslambdaric" in read_lock()
    assert dockerfile.rstrip().endswith(f'CMD ["{resources.function("lens").handler}"]')


def test_make_deploy_builds_one_platform_without_attestations_and_checks_the_manifest() -> None:
    script = DEPLOY_SCRIPT.read_text()

    build = next(line for line in script.splitlines() if "docker buildx build" in line)
    assert "--platform linux/amd64" in build and "--provenance=false" in build
    assert "--sbom=false" in build
    assert "imagetools inspect --raw" in script
    assert "application/vnd.oci.image.index.v1+json" not in script
    assert "ROLLBACK_COMPLETE" in script
    assert "--image-repository" in script and "sam\" deploy" in script.replace("$SAM", "sam")
    done = subprocess.run(["bash", "-n", str(DEPLOY_SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_relay_layer_comes_from_a_region_map_and_other_regions_are_refused(
    packaged: Packaged,
) -> None:
    relay = next(f["Properties"] for f in packaged.resources(FUNCTION).values()
                 if f["Properties"]["FunctionName"] == resources.function("relay").name)
    (layer,) = relay["Layers"]
    mapping = packaged.template["Mappings"][layer["Fn::FindInMap"][0]]
    (rule,) = packaged.template["Rules"]["SupportedRegion"]["Assertions"]

    assert mapping["eu-central-1"]["Arn"].startswith("arn:aws:lambda:eu-central-1:")
    assert mapping["cn-north-1"]["Arn"].startswith("arn:aws-cn:lambda:cn-north-1:041581134020:")
    # Ningxia's layer is published from an account of its own (the adapter's README)
    assert mapping["cn-northwest-1"]["Arn"].startswith(
        "arn:aws-cn:lambda:cn-northwest-1:069767869989:layer:")
    assert "me-south-1" not in mapping and "us-gov-west-1" not in mapping
    assert sorted(rule["Assert"]["Fn::Contains"][0]) == sorted(mapping)
    assert "not published" in rule["AssertDescription"]
    with pytest.raises(UnsupportedRegion, match="me-south-1"):
        check("me-south-1")
    assert check("eu-central-1") == layer_arns()["eu-central-1"]


def test_the_relay_url_leaves_cors_to_the_relay(packaged: Packaged) -> None:
    (url,) = packaged.resources("AWS::Lambda::Url").values()

    assert "Cors" not in url["Properties"]


def test_the_catalog_provider_is_not_offered_in_aws(packaged: Packaged) -> None:
    offered = packaged.template["Parameters"]["LensProvider"]["AllowedValues"]

    assert "catalog" not in offered and "google-lens" in offered


def test_queue_consumers_are_capped_by_their_event_sources_and_reserve_nothing(
    packaged: Packaged,
) -> None:
    # Given every function of the template and each of its SQS event sources
    parameters = packaged.template["Parameters"]
    functions = {f["Properties"]["FunctionName"]: f["Properties"]
                 for f in packaged.resources(FUNCTION).values()}
    reserving = {name for name, f in functions.items() if "ReservedConcurrentExecutions" in f}

    # Then only the API and the relay may reserve concurrency, and by default none is reserved
    # (Lambda keeps 100 unreserved: a fixed default fails a new account's first create)
    assert reserving == {resources.function("api").name, resources.function("relay").name}
    for name in reserving:
        condition, reserved, _ = functions[name]["ReservedConcurrentExecutions"]["Fn::If"]
        assert parameters[reserved["Ref"]]["Default"] == -1
        assert packaged.template["Conditions"][condition]
    # And every queue's consumer is capped where SQS's poller honours it (never below 2)
    for function in functions.values():
        for event in function.get("Events", {}).values():
            cap = event["Properties"]["ScalingConfig"]["MaximumConcurrency"]
            assert 2 <= cap <= 1000


def test_the_api_has_a_rate_and_each_source_address_a_limit(packaged: Packaged) -> None:
    parameters = packaged.template["Parameters"]
    (api,) = packaged.resources("AWS::Serverless::Api").values()
    (throttle,) = api["Properties"]["MethodSettings"]
    assert parameters[throttle["ThrottlingRateLimit"]["Ref"]]["Default"] > 0
    assert parameters[throttle["ThrottlingBurstLimit"]["Ref"]]["Default"] > 0
    relay = next(f["Properties"] for f in packaged.resources(FUNCTION).values()
                 if f["Properties"]["FunctionName"] == resources.function("relay").name)
    assert relay["Environment"]["Variables"]["CLASSIFY_MAX_BYTES"] == {"Ref": "ClassifyMaxBytes"}
    for key in ("api", "relay"):
        env = next(f["Properties"] for f in packaged.resources(FUNCTION).values()
                   if f["Properties"]["FunctionName"] == resources.function(key).name
                   )["Environment"]["Variables"]
        assert parameters[env["RATE_LIMIT_PER_MINUTE"]["Ref"]]["Default"] > 0


def test_the_apis_longest_wait_and_a_cold_start_fit_api_gateways_29_seconds(
    packaged: Packaged,
) -> None:
    api = next(f["Properties"] for f in packaged.resources(FUNCTION).values()
               if f["Properties"]["FunctionName"] == resources.function("api").name)
    longest_wait = float(api["Environment"]["Variables"]["MAX_WAIT_SECONDS"])

    assert longest_wait + resources.COLD_START_MARGIN_S < resources.API_GATEWAY_TIMEOUT_S
    assert resources.COLD_START_MARGIN_S >= 5
