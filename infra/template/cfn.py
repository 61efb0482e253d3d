"""CloudFormation building blocks: intrinsic functions, ARNs and our resources' logical ids."""

from __future__ import annotations

from typing import Any

from infra.resources import BUCKET

Json = dict[str, Any]

# S3 bucket names are global across all accounts, so in AWS the bucket's name is the local one
# followed by the account and the region; queues, table and functions keep their names.
BUCKET_NAME_SUFFIX = "-${AWS::AccountId}-${AWS::Region}"

BUCKET_ID = "MediaBucket"
BUCKET_POLICY_ID = "MediaBucketPolicy"
TABLE_ID = "ResultsTable"
ALARM_TOPIC_ID = "AlarmTopic"
RELAY_URL_ID = "RelayUrl"


def ref(name: str) -> Json:
    return {"Ref": name}


def get_att(name: str, attribute: str) -> Json:
    return {"Fn::GetAtt": [name, attribute]}


def sub(text: str) -> Json:
    return {"Fn::Sub": text}


def regional_arn(service: str, resource: str) -> Json:
    """The ARN of ``resource`` of ``service`` in this stack's account and region."""
    return sub(f"arn:${{AWS::Partition}}:{service}:${{AWS::Region}}:${{AWS::AccountId}}:{resource}")


def pascal(word: str) -> str:
    """``pricing`` -> ``Pricing``, ``dead-letter`` -> ``DeadLetter``: logical id parts."""
    return "".join(part[:1].upper() + part[1:] for part in word.replace("_", "-").split("-"))


def queue_id(stage: str) -> str:
    return f"{pascal(stage)}Queue"


def dead_letter_queue_id(stage: str) -> str:
    return f"{pascal(stage)}DeadLetterQueue"


def queue_policy_id(stage: str) -> str:
    return f"{pascal(stage)}QueuePolicy"


def role_id(function_key: str) -> str:
    return f"{pascal(function_key)}Role"


def log_group_id(function_key: str) -> str:
    return f"{pascal(function_key)}LogGroup"


def bucket_name() -> Json:
    return sub(f"{BUCKET.name}{BUCKET_NAME_SUFFIX}")


def bucket_arn(objects: str | None = None) -> Json:
    """The bucket's ARN, or with ``objects`` (``uploads/*``) the ARN of those objects.

    Written out rather than read from the bucket: the bucket depends on the API (its CORS
    origin), whose role must name the bucket, and a reference would close that circle.
    """
    suffix = f"/{objects}" if objects else ""
    return sub(f"arn:${{AWS::Partition}}:s3:::{BUCKET.name}{BUCKET_NAME_SUFFIX}{suffix}")
