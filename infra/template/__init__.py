"""The deployment template: Chalice's packaged API and stages merged with infra's own resources.

``build_template`` takes the SAM template ``chalice package`` wrote and returns one template that
deploys the whole service: bucket, queues, table, the functions with a role each, the
relay's streaming URL, and alarms. Everything is named and sized by ``infra.resources``.
"""

from __future__ import annotations

import copy

from infra.regions import layer_arns, unsupported_message
from infra.resources import QUEUES
from infra.template import access
from infra.template.alarms import alarm_resources
from infra.template.cfn import (
    ALARM_TOPIC_ID,
    RELAY_URL_ID,
    TABLE_ID,
    Json,
    bucket_name,
    dead_letter_queue_id,
    get_att,
    ref,
)
from infra.template.functions import (
    WEB_ADAPTER_MAP,
    TemplateError,
    chalice_parts,
    function_ids,
    function_resources,
)
from infra.template.iam import role_resources
from infra.template.parameters import (
    API_BURST_LIMIT,
    API_RATE_LIMIT,
    CONDITIONS,
    PARAMETERS,
)
from infra.template.queues import queue_resources
from infra.template.storage import storage_resources

__all__ = ["TemplateError", "build_template"]

DESCRIPTION = ("lens-gpt: a photo of an item in; what it is and what it is worth streamed out "
               "(API, relay, lens/gpt/pricing stages, bucket, queues, table, alarms)")


def build_template(chalice_template: Json) -> Json:
    """One deployable template from Chalice's (which is left unchanged)."""
    template = copy.deepcopy(chalice_template)
    chalice_resources = template["Resources"]
    parts = chalice_parts(chalice_resources)
    _throttle(chalice_resources[parts.rest_api_id])
    access.require_keys(chalice_resources[parts.rest_api_id])
    merged: dict[str, Json] = {}
    for part in (
        {k: v for k, v in chalice_resources.items() if k not in parts.function_ids.values()},
        function_resources(chalice_resources, parts),
        role_resources(),
        queue_resources(),
        storage_resources(parts.rest_api_id),
        alarm_resources(function_ids(parts)),
        access.access_resources(parts.rest_api_id),
    ):
        clashes = merged.keys() & part.keys()
        if clashes:
            raise TemplateError(f"Two resources claim the logical ids {sorted(clashes)}.")
        merged.update(part)
    return {
        "AWSTemplateFormatVersion": template.get("AWSTemplateFormatVersion", "2010-09-09"),
        "Transform": template["Transform"],
        "Description": DESCRIPTION,
        "Parameters": {**PARAMETERS, **access.PARAMETERS},
        "Mappings": {WEB_ADAPTER_MAP: {region: {"Arn": arn}
                                       for region, arn in sorted(layer_arns().items())}},
        "Rules": _rules(),
        "Conditions": {**CONDITIONS, **access.CONDITIONS},
        "Resources": merged,
        "Outputs": {**template.get("Outputs", {}), **_outputs(), **access.outputs()},
    }


def _throttle(rest_api: Json) -> None:
    """Every method of the API's stage within the template's rate and burst."""
    rest_api["Properties"]["MethodSettings"] = [{
        "ResourcePath": "/*", "HttpMethod": "*",
        "ThrottlingRateLimit": ref(API_RATE_LIMIT), "ThrottlingBurstLimit": ref(API_BURST_LIMIT),
    }]


def _rules() -> dict[str, Json]:
    """Refuse, before anything is created, a region where the relay cannot run."""
    supported = sorted(layer_arns())
    return {"SupportedRegion": {"Assertions": [{
        "Assert": {"Fn::Contains": [supported, ref("AWS::Region")]},
        "AssertDescription": unsupported_message("this region"),
    }]}}


def _outputs() -> dict[str, Json]:
    outputs = {
        "StreamURL": {"Description": "The relay (streams; POST /classify)",
                      "Value": get_att(RELAY_URL_ID, "FunctionUrl")},
        "BucketName": {"Description": "The media bucket (drop photos under drop/)",
                       "Value": bucket_name()},
        "TableName": {"Description": "The results table", "Value": ref(TABLE_ID)},
        "AlarmTopicArn": {"Description": "Subscribe here to the alarms",
                          "Value": ref(ALARM_TOPIC_ID)},
    }
    for queue in QUEUES:
        outputs[f"{dead_letter_queue_id(queue.stage)}Url"] = {
            "Description": f"Given-up messages of the {queue.stage} stage",
            "Value": ref(dead_letter_queue_id(queue.stage)),
        }
    return outputs
