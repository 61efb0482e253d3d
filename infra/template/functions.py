"""The seven functions: Chalice's four (API, gpt, pricing, webhooks), the lens image, the relay
and the dead-letter consumer.

Chalice packages the API and the zip stages; here they get their names, memory, time-outs, roles,
tracing and environment from ``infra.resources``, and their SQS events are pointed at this
template's queues with partial batch responses. The lens stage runs from its container image and
the relay from the same zip as Chalice's functions, behind a streaming function URL served by the
AWS Lambda Web Adapter (its layer is named in ``layers/relay/web-adapter.json``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from chalicelib.observability import NAMESPACE, SERVICE
from infra import resources
from infra.regions import web_adapter
from infra.resources import (
    DEAD_LETTER_BATCH_SIZE,
    FUNCTIONS,
    LOG_RETENTION_DAYS,
    QUEUES,
    FunctionDef,
)
from infra.template import access
from infra.template import parameters as p
from infra.template.cfn import (
    RELAY_URL_ID,
    Json,
    bucket_name,
    dead_letter_queue_id,
    get_att,
    log_group_id,
    queue_id,
    ref,
    role_id,
    sub,
)
from infra.template.iam import TRACED
from infra.template.queues import dead_letter_event, sqs_event

WEB_ADAPTER_MAP = "WebAdapterLayer"
# Functions the template defines itself; Chalice packages the others.
LENS_ID = "LensStage"
RELAY_ID = "Relay"
DEAD_LETTERS_ID = "DeadLetters"


class TemplateError(Exception):
    """Chalice's template does not hold what the deployment template is built around."""


@dataclass(frozen=True)
class ChaliceParts:
    """What the template builds on in Chalice's output."""

    function_ids: dict[str, str]
    rest_api_id: str
    runtime: str
    code_uri: str


def chalice_parts(chalice_resources: dict[str, Json]) -> ChaliceParts:
    """Find Chalice's functions (by handler) and its REST API."""
    handlers = {f.handler: f.key for f in FUNCTIONS}
    ids: dict[str, str] = {}
    functions = _of_type(chalice_resources, "AWS::Serverless::Function")
    for logical_id, resource in functions.items():
        handler = resource["Properties"]["Handler"]
        if handler not in handlers:
            raise TemplateError(f"Chalice packaged {handler!r}, which infra.resources lacks.")
        ids[handlers[handler]] = logical_id
    apis = list(_of_type(chalice_resources, "AWS::Serverless::Api"))
    if len(apis) != 1 or "api" not in ids:
        raise TemplateError("Chalice's template should hold exactly one REST API and its handler.")
    api = functions[ids["api"]]["Properties"]
    return ChaliceParts(ids, apis[0], api["Runtime"], api["CodeUri"])


def function_resources(chalice_resources: dict[str, Json], parts: ChaliceParts) -> dict[str, Json]:
    """Chalice's functions patched, plus the lens and relay functions and every log group."""
    ids = function_ids(parts)
    out: dict[str, Json] = {}
    for key, logical_id in parts.function_ids.items():
        out[logical_id] = _patched(chalice_resources[logical_id], resources.function(key))
    out[LENS_ID] = _lens_function()
    out.update(_relay_resources(parts))
    out[DEAD_LETTERS_ID] = _dead_letters_function(parts)
    for function in FUNCTIONS:
        if function.key not in ids:
            raise TemplateError(f"No function runs {function.handler!r} ({function.key}).")
        out[log_group_id(function.key)] = _log_group(function)
    return out


def function_ids(parts: ChaliceParts) -> dict[str, str]:
    """The logical id of each function, by its key in ``infra.resources``."""
    return {**parts.function_ids, "lens": LENS_ID, "relay": RELAY_ID,
            "dead-letters": DEAD_LETTERS_ID}


def environment(key: str) -> dict[str, Any]:
    """A function's environment: the resources' names (as the local runner gets them), the
    powertools settings, and what only this function needs."""
    env = resources.environment({q.stage: ref(queue_id(q.stage)) for q in QUEUES},
                                bucket_name=bucket_name())
    env.update({
        "POWERTOOLS_SERVICE_NAME": SERVICE,
        "POWERTOOLS_METRICS_NAMESPACE": NAMESPACE,
        "POWERTOOLS_LOG_LEVEL": ref(p.LOG_LEVEL),
    })
    env.update(_OWN_ENVIRONMENT[key]())
    if key in ("api", "relay"):
        env.update(access.environment(key))
    return env


def _own_api() -> dict[str, Any]:
    return {"STREAM_BASE_URL": get_att(RELAY_URL_ID, "FunctionUrl"),
            "MAX_WAIT_SECONDS": str(resources.API_MAX_WAIT_S), **_rate_limit()}


def _rate_limit() -> dict[str, Any]:
    return {"RATE_LIMIT_PER_MINUTE": ref(p.RATE_LIMIT_PER_MINUTE),
            "RATE_LIMIT_BURST": ref(p.RATE_LIMIT_BURST)}


def _own_lens() -> dict[str, Any]:
    return {"LENS_PROVIDER": ref(p.LENS_PROVIDER),
            "SERPAPI_API_KEY": sub(f"ssm:${{{p.SERPAPI_KEY_PARAMETER}}}")}


def _own_gpt() -> dict[str, Any]:
    # In AWS the analyst reads the schema.org Product data of the top three matched pages.
    return {"ANALYST": ref(p.ANALYST), "OPENAI_MODEL": ref(p.OPENAI_MODEL),
            "OPENAI_API_KEY": sub(f"ssm:${{{p.OPENAI_KEY_PARAMETER}}}"), "PRODUCT_PAGES": "3"}


def _own_pricing() -> dict[str, Any]:
    return {"PRICER": ref(p.PRICER), "PRICE_CURRENCY": ref(p.PRICE_CURRENCY),
            "SERPAPI_API_KEY": sub(f"ssm:${{{p.SERPAPI_KEY_PARAMETER}}}"),
            "EBAY_CLIENT_ID": sub(f"ssm:${{{p.EBAY_CLIENT_ID_PARAMETER}}}"),
            "EBAY_CLIENT_SECRET": sub(f"ssm:${{{p.EBAY_CLIENT_SECRET_PARAMETER}}}")}


def _own_relay() -> dict[str, Any]:
    # uvicorn serves the relay outside any handler, where X-Ray has no segment to add to.
    return {**web_adapter()["environment"], "POWERTOOLS_TRACE_DISABLED": "true",
            "CLASSIFY_MAX_BYTES": ref(p.CLASSIFY_MAX_BYTES),
            "STREAM_MAX_SECONDS": ref(p.STREAM_MAX_SECONDS), **_rate_limit()}


_OWN_ENVIRONMENT = {"api": _own_api, "lens": _own_lens, "gpt": _own_gpt,
                    "pricing": _own_pricing, "relay": _own_relay, "dead-letters": dict,
                    "webhooks": dict}


def _common(function: FunctionDef) -> Json:
    return {
        "FunctionName": function.name,
        "MemorySize": function.memory_mb,
        "Timeout": function.timeout_s,
        "EphemeralStorage": {"Size": function.ephemeral_storage_mb},
        "Role": get_att(role_id(function.key), "Arn"),
        "Tracing": "Active" if function.key in TRACED else "PassThrough",
        "Architectures": ["x86_64"],
        "Environment": {"Variables": environment(function.key)},
        **_reserved_concurrency(function),
    }


def _reserved_concurrency(function: FunctionDef) -> Json:
    """The API's and the relay's reserved concurrency (-1: none); the queue consumers are capped
    by their event sources' MaximumConcurrency instead (a reserved cap below the SQS poller's
    would throttle messages into their dead-letter queues)."""
    if function.key not in p.RESERVED_CONCURRENCY:
        return {}
    return {"ReservedConcurrentExecutions": {"Fn::If": [
        p.reserves(function.key), ref(p.reserved_concurrency(function.key)),
        {"Ref": "AWS::NoValue"}]}}


def _events(function: FunctionDef) -> Json:
    queue = next((q for q in QUEUES if q.stage == function.key), None)
    return {f"{queue_id(queue.stage)}Messages": sqs_event(queue)} if queue else {}


def _patched(chalice_function: Json, function: FunctionDef) -> Json:
    patched = copy.deepcopy(chalice_function)
    properties = patched["Properties"]
    chalice_events = properties.pop("Events", {})
    events = _events(function)
    if len(chalice_events) != len(events) or any(
        event["Type"] != "SQS" for event in chalice_events.values()
    ):
        raise TemplateError(f"{function.handler}: Chalice's events and infra's queues differ.")
    properties.update(_common(function))
    if events:
        properties["Events"] = events
    return patched


def _lens_function() -> Json:
    function = resources.function("lens")
    # No Metadata for `sam build` to build the image from: `make deploy` builds and pushes it
    # itself (one platform, no attestations, its manifest checked) and passes its URI.
    return {
        "Type": "AWS::Serverless::Function",
        "Properties": {
            **_common(function),
            "PackageType": "Image",
            "ImageUri": ref(p.LENS_IMAGE_URI),
            "ImageConfig": {"Command": [function.handler]},
            "Events": _events(function),
        },
    }


def _dead_letters_function(parts: ChaliceParts) -> Json:
    """From the same zip as Chalice's functions, subscribed to every dead-letter queue."""
    function = resources.function("dead-letters")
    return {
        "Type": "AWS::Serverless::Function",
        "Properties": {
            **_common(function),
            "Runtime": parts.runtime,
            "CodeUri": parts.code_uri,
            "Handler": function.handler,
            "Events": {f"{dead_letter_queue_id(q.stage)}Messages":
                       dead_letter_event(q, DEAD_LETTER_BATCH_SIZE) for q in QUEUES},
        },
    }


def _relay_resources(parts: ChaliceParts) -> dict[str, Json]:
    function = resources.function("relay")
    adapter = web_adapter()
    if adapter["handler"] != function.handler:
        raise TemplateError("layers/relay and infra.resources name different relay handlers.")
    relay = {
        "Type": "AWS::Serverless::Function",
        "Properties": {
            **_common(function),
            "Runtime": parts.runtime,
            "CodeUri": parts.code_uri,
            "Handler": function.handler,
            "Layers": [{"Fn::FindInMap": [WEB_ADAPTER_MAP, ref("AWS::Region"), "Arn"]}],
        },
    }
    url = {
        "Type": "AWS::Lambda::Url",
        "Properties": {
            "TargetFunctionArn": get_att(RELAY_ID, "Arn"),
            "AuthType": "NONE",
            "InvokeMode": "RESPONSE_STREAM",
            # No Cors here: the relay answers CORS itself (RelayCors), and a second layer would
            # send each header twice, which browsers refuse.
        },
    }
    # A public function URL needs both permissions (lambda:InvokeFunction only through the URL).
    invoke_url = {
        "Type": "AWS::Lambda::Permission",
        "Properties": {"FunctionName": ref(RELAY_ID), "Action": "lambda:InvokeFunctionUrl",
                       "Principal": "*", "FunctionUrlAuthType": "NONE"},
    }
    invoke = {
        "Type": "AWS::Lambda::Permission",
        "Properties": {"FunctionName": ref(RELAY_ID), "Action": "lambda:InvokeFunction",
                       "Principal": "*", "InvokedViaFunctionUrl": True},
    }
    return {RELAY_ID: relay, RELAY_URL_ID: url, f"{RELAY_URL_ID}InvokeUrlPermission": invoke_url,
            f"{RELAY_URL_ID}InvokePermission": invoke}


def _log_group(function: FunctionDef) -> Json:
    return {
        "Type": "AWS::Logs::LogGroup",
        "Properties": {"LogGroupName": function.log_group,
                       "RetentionInDays": LOG_RETENTION_DAYS},
    }


def _of_type(template_resources: dict[str, Json], kind: str) -> dict[str, Json]:
    return {k: r for k, r in template_resources.items() if r.get("Type") == kind}

