"""Access keys in the deployment template: opt-in, API Gateway API keys with a usage plan, the
relay told the same plan, the page left open."""

from __future__ import annotations

from typing import Any

from tests.infra.conftest import Packaged
from tests.infra.test_template import function_by_key, role_statements, target

SECURED = {"Fn::If": ["RequiresAccessKey", [{"api_key": []}], []]}


def test_access_keys_are_off_unless_the_deployment_asks_for_them(packaged: Packaged) -> None:
    parameter = packaged.template["Parameters"]["RequireAccessKey"]

    assert parameter["Default"] == "false"
    assert packaged.template["Conditions"]["RequiresAccessKey"] == {
        "Fn::Equals": [{"Ref": "RequireAccessKey"}, "true"]}
    for logical_id in ("AccessKeyUsagePlan", "AccessKey", "AccessKeyInPlan"):
        assert packaged.resource(logical_id)["Condition"] == "RequiresAccessKey"


def test_the_usage_plan_sets_a_quota_and_a_throttle_per_key_on_the_apis_stage(
    packaged: Packaged,
) -> None:
    plan = packaged.resource("AccessKeyUsagePlan")["Properties"]
    (api,) = packaged.resources("AWS::Serverless::Api")

    assert plan["ApiStages"] == [{"ApiId": {"Ref": api}, "Stage": {"Ref": f"{api}.Stage"}}]
    assert plan["Quota"] == {"Limit": {"Ref": "AccessKeyQuotaPerDay"}, "Period": "DAY"}
    assert plan["Throttle"] == {"RateLimit": {"Ref": "AccessKeyRateLimit"},
                                "BurstLimit": {"Ref": "AccessKeyBurstLimit"}}
    key_in_plan = packaged.resource("AccessKeyInPlan")["Properties"]
    assert (target(key_in_plan["KeyId"]), target(key_in_plan["UsagePlanId"])) == (
        "AccessKey", "AccessKeyUsagePlan")


def test_every_queries_method_asks_for_the_key_and_the_page_stays_open(
    packaged: Packaged,
) -> None:
    (api,) = packaged.resources("AWS::Serverless::Api").values()
    body: dict[str, Any] = api["Properties"]["DefinitionBody"]

    assert body["securityDefinitions"]["api_key"] == {"type": "apiKey", "name": "x-api-key",
                                                      "in": "header"}
    for path, methods in body["paths"].items():
        for method, operation in methods.items():
            if method == "options":
                continue
            expected = SECURED if path.startswith("/queries") else None
            assert operation.get("security") == expected, (path, method)


def test_the_relay_knows_the_plan_and_the_api_that_its_keys_are_checked_in_front(
        packaged: Packaged) -> None:
    # (The API must not name the plan: the plan names the API's stage, which depends on the
    # API's function, a cycle CloudFormation refuses.)
    relay_env = function_by_key(packaged, "relay")["Environment"]["Variables"]
    assert relay_env["USAGE_PLAN_NAME"] == {
        "Fn::If": ["RequiresAccessKey", {"Fn::Sub": "${AWS::StackName}-access-keys"}, ""]}
    api_env = function_by_key(packaged, "api")["Environment"]["Variables"]
    assert "USAGE_PLAN_NAME" not in api_env
    assert api_env["ACCESS_KEYS_CHECKED_IN_FRONT"] == "true"
    for key in ("api", "relay"):
        env = function_by_key(packaged, key)["Environment"]["Variables"]
        assert env["REQUIRE_ACCESS_KEY"] == {"Fn::If": ["RequiresAccessKey", "true", "false"]}
    # Only the relay reads the plan's keys: API Gateway checks the API's in front of it.
    relay = function_by_key(packaged, "relay")
    statements = role_statements(packaged, target(relay["Role"]))
    (read,) = [s for s in statements if "apigateway:GET" in s["Action"]]
    assert read["Action"] == ["apigateway:GET"]
    assert [r["Fn::Sub"].rsplit("::", 1)[1] for r in read["Resource"]] == [
        "/usageplans", "/usageplans/*/keys"]
    for key in ("api", "lens", "gpt", "pricing", "webhooks", "dead-letters"):
        role = target(function_by_key(packaged, key)["Role"])
        assert not [s for s in role_statements(packaged, role) if "apigateway:GET" in s["Action"]]
