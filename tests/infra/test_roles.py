"""Each function's role allows exactly the AWS calls its code can make, on the resources it makes
them on: read from the code (tests/infra/code_permissions.py), not written down twice."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from infra.resources import QUEUES
from infra.template.cfn import TABLE_ID, dead_letter_queue_id, queue_id
from tests.infra.code_permissions import (
    APIGATEWAY_RESOURCES,
    CONSUMED,
    REPO,
    Code,
    Definition,
    permissions,
)
from tests.infra.conftest import Packaged

FUNCTION = "AWS::Serverless::Function"
# What an SQS event source mapping calls with the function's role.
POLLER = ("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes")
# Granted for the runtime, not for the code: its own log group, and X-Ray's two actions.
RUNTIME_PREFIXES = ("logs:", "xray:")

Grant = tuple[str, str]
# The usage plan's reads (code_permissions.APIGATEWAY_RESOURCES), and the setting naming the plan.
PLAN_READS = set(APIGATEWAY_RESOURCES.values())
PLAN_NAME_SETTING = "USAGE_PLAN_NAME"


@pytest.fixture(scope="module")
def code() -> Code:
    return Code()


def entries(code: Code, function: dict[str, Any], others: set[str]) -> list[Definition]:
    """Where a function's code starts: its handler (the Chalice app: every function of app.py
    that is not another function's handler; the relay: the factory run.sh serves)."""
    handler = (function["ImageConfig"]["Command"][0] if function.get("PackageType") == "Image"
               else function["Handler"])
    if handler == "app.app":
        return [d for d in code.definitions if d.module == "app" and "." not in d.qualname
                and f"app.{d.qualname}" not in others]
    if handler == "run.sh":
        script = (REPO / "layers" / "relay" / "run.sh").read_text()
        module, factory = re.search(r"--factory (\S+):(\S+)", script).groups()  # type: ignore[union-attr]
        return [code.find(module, factory)]
    module, name = handler.rsplit(".", 1)
    return [code.find(module, name)]


def role_grants(packaged: Packaged, function: dict[str, Any]) -> set[Grant]:
    """(action, resource) of the function's role, the runtime's own grants left out."""
    role = packaged.resource(function["Role"]["Fn::GetAtt"][0])
    return {
        (action, resource_token(resource))
        for policy in role["Properties"]["Policies"]
        for statement in policy["PolicyDocument"]["Statement"]
        for action in statement["Action"]
        if not action.startswith(RUNTIME_PREFIXES)
        for resource in statement["Resource"]
    }


def resource_token(resource: Any) -> str:
    """A role's resource as the code's analysis names it."""
    if "Fn::GetAtt" in resource:
        logical_id = resource["Fn::GetAtt"][0]
        return "table" if logical_id == TABLE_ID else logical_id
    arn = resource["Fn::Sub"]
    if ":apigateway:" in arn:
        return "usage-plan-keys" if arn.endswith("/usageplans/*/keys") else "usage-plans"
    if ":s3:::" in arn:
        objects = arn.split(":s3:::", 1)[1].partition("/")[2]
        return f"bucket/{objects}" if objects else "bucket"
    (parameter,) = re.findall(r":parameter\$\{(\w+)\}$", arn)
    return f"parameter:{parameter}"


def code_grants(code: Code, packaged: Packaged, function: dict[str, Any],
                others: set[str]) -> set[Grant]:
    """What the function's code needs, plus what its event sources poll with its role."""
    consumed = [e["Properties"]["Queue"]["Fn::GetAtt"][0]
                for e in function.get("Events", {}).values() if e["Type"] == "SQS"]
    grants = {(action, queue) for queue in consumed for action in POLLER}
    env = function["Environment"]["Variables"]
    for need in permissions(code, entries(code, function, others)):
        if need.resource == CONSUMED:
            grants |= {(need.action, queue) for queue in consumed}
        elif need.resource.startswith("queue:"):
            grants.add((need.action, queue_id(need.resource.removeprefix("queue:"))))
        elif need.resource.startswith("secret:"):
            # The setting the code reads the key from names its SSM parameter in the template
            # (a setting the function is not given: nothing to read, nothing to allow).
            setting = env.get(need.resource.removeprefix("secret:"))
            if setting is not None:
                found = re.findall(r"^ssm:\$\{(\w+)\}$", setting.get("Fn::Sub", "")
                                   if isinstance(setting, dict) else "")
                grants.add((need.action, f"parameter:{found[0]}" if found else
                            f"unreadable setting {need.resource}: {setting!r}"))
        elif need.resource in PLAN_READS:
            # Services.access reads the usage plan's keys only when told the plan's name (the
            # relay); the API is not: API Gateway checks its keys in front of it.
            if env.get(PLAN_NAME_SETTING):
                grants.add((need.action, need.resource))
        else:
            grants.add((need.action, need.resource))
    return grants


def functions(packaged: Packaged) -> dict[str, dict[str, Any]]:
    return {f["Properties"]["FunctionName"]: f["Properties"]
            for f in packaged.resources(FUNCTION).values()}


def handlers(packaged: Packaged) -> set[str]:
    return {f["Handler"] for f in functions(packaged).values() if "Handler" in f}


def differences(code: Code, packaged: Packaged) -> dict[str, dict[str, set[Grant]]]:
    """Per function: what its role lacks and what it allows beyond its code's calls."""
    found = {}
    for name, function in functions(packaged).items():
        others = handlers(packaged) - {function.get("Handler", "")}
        needed = code_grants(code, packaged, function, others)
        granted = role_grants(packaged, function)
        if needed != granted:
            found[name] = {"missing": needed - granted, "beyond": granted - needed}
    return found


def test_every_role_allows_exactly_what_its_functions_code_calls(
    code: Code, packaged: Packaged,
) -> None:
    found = differences(code, packaged)
    assert found == {}, "\n".join(f"{name}: {kind} {sorted(grants)}"
                                   for name, d in found.items() for kind, grants in d.items()
                                   if grants)


def test_a_role_that_cannot_look_up_what_its_code_looks_up_is_found(
    code: Code, packaged: Packaged,
) -> None:
    # Given the relay's role without its HEAD of uploads (a stream whose upload expired looks
    # whether it came late: without it S3 answers 403, and upload-expired is never sent)
    broken = copy.deepcopy(packaged)
    role = broken.resource("RelayRole")["Properties"]["Policies"][0]["PolicyDocument"]
    role["Statement"] = [s for s in role["Statement"] if s["Sid"] != "CheckPhotos"]

    # When the roles are checked against the code
    found = differences(code, broken)

    # Then the relay's missing HEAD is named, and nothing else
    assert list(found) == ["lens-gpt-relay"]
    assert ("s3:GetObject", "bucket/uploads/*") in found["lens-gpt-relay"]["missing"]
    assert found["lens-gpt-relay"]["beyond"] == set()


def test_the_code_reaches_the_stores_through_every_handler(code: Code, packaged: Packaged) -> None:
    # (The analysis is not vacuous: each consumer reaches its queue's work and the table.)
    for name, function in functions(packaged).items():
        others = handlers(packaged) - {function.get("Handler", "")}
        needs = {(p.action, p.resource) for p in permissions(code, entries(code, function,
                                                                          others))}
        assert ("dynamodb:GetItem", "table") in needs, name
    lens = next(f for n, f in functions(packaged).items() if n.endswith("-lens"))
    sends = {p.resource for p in permissions(code, entries(code, lens, set()))
             if p.action == "sqs:SendMessage"}
    assert sends == {f"queue:{q.stage}" for q in QUEUES if q.stage != "lens"}
    assert dead_letter_queue_id("lens") not in sends
