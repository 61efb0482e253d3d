"""Access keys, opt-in per deployment (``RequireAccessKey=true``): API Gateway API keys with a
usage plan (a quota and a throttle per key), and the same keys checked by the relay.

With the parameter left ``false`` nothing of this is created and the API takes every request, as
before. With ``true``: every ``/queries...`` method requires ``x-api-key`` (the page, its files,
``/health`` and ``/openapi.json`` stay open), one key is created in the usage plan (more can be
added to the plan), and the API and relay functions learn the plan's id, so the relay takes the
plan's keys and both scope each query to the key that created it (chalicelib/surfaces/access.py).
"""

from __future__ import annotations

from chalicelib.surfaces.access import API_KEY_HEADER, is_public
from infra.template.cfn import Json, ref, sub

REQUIRE_ACCESS_KEY = "RequireAccessKey"
ACCESS_KEY_QUOTA = "AccessKeyQuotaPerDay"
ACCESS_KEY_RATE = "AccessKeyRateLimit"
ACCESS_KEY_BURST = "AccessKeyBurstLimit"
REQUIRES_ACCESS_KEY = "RequiresAccessKey"
USAGE_PLAN_ID = "AccessKeyUsagePlan"
API_KEY_ID = "AccessKey"
PLAN_KEY_ID = "AccessKeyInPlan"
_SCHEME = "api_key"

PARAMETERS: dict[str, Json] = {
    REQUIRE_ACCESS_KEY: {
        "Type": "String", "Default": "false", "AllowedValues": ["false", "true"],
        "Description": "Require an access key (x-api-key) on /queries and /classify; keys "
                       "belong to the usage plan this creates (one key is made)",
    },
    ACCESS_KEY_QUOTA: {
        "Type": "Number", "Default": 1000, "MinValue": 1,
        "Description": "API requests one access key may make a day (with RequireAccessKey)",
    },
    ACCESS_KEY_RATE: {
        "Type": "Number", "Default": 5, "MinValue": 1,
        "Description": "API requests per second one access key may make (with "
                       "RequireAccessKey)",
    },
    ACCESS_KEY_BURST: {
        "Type": "Number", "Default": 10, "MinValue": 1,
        "Description": "API requests one access key may make at once above its rate",
    },
}

CONDITIONS: dict[str, Json] = {
    REQUIRES_ACCESS_KEY: {"Fn::Equals": [ref(REQUIRE_ACCESS_KEY), "true"]},
}


def require_keys(rest_api: Json) -> None:
    """Every non-public method of Chalice's API asks for the API key when the condition holds
    (an empty security list otherwise: no requirement)."""
    body = rest_api["Properties"]["DefinitionBody"]
    body.setdefault("securityDefinitions", {})[_SCHEME] = {
        "type": "apiKey", "name": API_KEY_HEADER, "in": "header"}
    for path, methods in body.get("paths", {}).items():
        if is_public(path):
            continue
        for method, operation in methods.items():
            if method.lower() == "options" or not isinstance(operation, dict):
                continue
            operation["security"] = {"Fn::If": [REQUIRES_ACCESS_KEY, [{_SCHEME: []}], []]}


def access_resources(rest_api_id: str) -> dict[str, Json]:
    """The usage plan, on the API's stage, and its first key."""
    return {
        USAGE_PLAN_ID: {
            "Type": "AWS::ApiGateway::UsagePlan", "Condition": REQUIRES_ACCESS_KEY,
            "Properties": {
                "UsagePlanName": plan_name(),
                "Description": "lens-gpt access keys: a quota and a throttle per key",
                "ApiStages": [{"ApiId": ref(rest_api_id), "Stage": ref(f"{rest_api_id}.Stage")}],
                "Quota": {"Limit": ref(ACCESS_KEY_QUOTA), "Period": "DAY"},
                "Throttle": {"RateLimit": ref(ACCESS_KEY_RATE),
                             "BurstLimit": ref(ACCESS_KEY_BURST)},
            },
        },
        API_KEY_ID: {
            "Type": "AWS::ApiGateway::ApiKey", "Condition": REQUIRES_ACCESS_KEY,
            "Properties": {"Enabled": True,
                           "Description": "lens-gpt access key (x-api-key, LENS_GPT_API_KEY)"},
        },
        PLAN_KEY_ID: {
            "Type": "AWS::ApiGateway::UsagePlanKey", "Condition": REQUIRES_ACCESS_KEY,
            "Properties": {"KeyId": ref(API_KEY_ID), "KeyType": "API_KEY",
                           "UsagePlanId": ref(USAGE_PLAN_ID)},
        },
    }


def environment(key: str) -> dict[str, Json]:
    """What the API and the relay learn: whether keys are required; the relay also the plan's
    name (it checks keys itself). API Gateway checks the API's keys in front of it, and the API
    must not name the plan: the plan names the API's stage, which depends on the function."""
    required = {"REQUIRE_ACCESS_KEY": {"Fn::If": [REQUIRES_ACCESS_KEY, "true", "false"]}}
    if key == "api":
        return {**required, "ACCESS_KEYS_CHECKED_IN_FRONT": "true"}
    # By name, not by Ref: the plan depends on the API's stage, the API on the relay's URL.
    return {**required, "USAGE_PLAN_NAME": {"Fn::If": [REQUIRES_ACCESS_KEY, plan_name(), ""]}}


def plan_name() -> Json:
    """The usage plan's name, which the relay finds it by."""
    return sub("${AWS::StackName}-access-keys")


def read_plan_keys() -> Json:
    """The relay finds the plan by its name (GetUsagePlans) and reads its keys
    (GetUsagePlanKeys); the API needs neither, API Gateway checks its keys in front of it."""
    return {"Sid": "ReadAccessKeys", "Effect": "Allow", "Action": ["apigateway:GET"],
            "Resource": [sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/usageplans"),
                         sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::"
                             "/usageplans/*/keys")]}


def outputs() -> dict[str, Json]:
    return {"AccessKeyId": {
        "Condition": REQUIRES_ACCESS_KEY,
        "Description": "The access key's id; its value: aws apigateway get-api-key --api-key "
                       "<id> --include-value",
        "Value": ref(API_KEY_ID)}}
