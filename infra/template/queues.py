"""The work queues, their dead-letter queues, and the policy that lets the bucket notify."""

from __future__ import annotations

from infra import resources
from infra.resources import BUCKET, QUEUES, QueueDef
from infra.template.cfn import (
    Json,
    bucket_arn,
    dead_letter_queue_id,
    get_att,
    queue_id,
    queue_policy_id,
    ref,
)

# The dead-letter consumer ends the runs of dead letters at once; one it cannot read (or one that
# arrives while it is failing) waits for an operator for the longest SQS allows.
DEAD_LETTER_RETENTION_S = 14 * 24 * 3600


def queue_resources() -> dict[str, Json]:
    resources: dict[str, Json] = {}
    for queue in QUEUES:
        resources[dead_letter_queue_id(queue.stage)] = _dead_letter_queue(queue)
        resources[queue_id(queue.stage)] = _work_queue(queue)
    resources[queue_policy_id(BUCKET.notify_stage)] = _notify_policy(BUCKET.notify_stage)
    return resources


def sqs_event(queue: QueueDef) -> Json:
    """A SAM event source mapping from ``queue`` that reports partial batch failures."""
    return {
        "Type": "SQS",
        "Properties": {
            "Queue": get_att(queue_id(queue.stage), "Arn"),
            "BatchSize": queue.batch_size,
            "MaximumBatchingWindowInSeconds": 0,
            "FunctionResponseTypes": ["ReportBatchItemFailures"],
            "Enabled": True,
            # The consumer's cap: the poller stops taking messages at it, so none is throttled
            # (a throttled message counts a receive and would reach the dead-letter queue).
            "ScalingConfig": {"MaximumConcurrency": queue.max_concurrency},
        },
    }


def dead_letter_event(queue: QueueDef, batch_size: int) -> Json:
    """A SAM event source mapping from ``queue``'s dead-letter queue to their consumer."""
    event = sqs_event(queue)
    event["Properties"].update(
        Queue=get_att(dead_letter_queue_id(queue.stage), "Arn"), BatchSize=batch_size,
        ScalingConfig={"MaximumConcurrency": resources.DEAD_LETTER_MAX_CONCURRENCY})
    return event


def _dead_letter_queue(queue: QueueDef) -> Json:
    return {
        "Type": "AWS::SQS::Queue",
        "Properties": {
            "QueueName": queue.dlq_name,
            "MessageRetentionPeriod": DEAD_LETTER_RETENTION_S,
            "VisibilityTimeout": resources.dead_letter_visibility_timeout_s(),
            "SqsManagedSseEnabled": True,
        },
    }


def _work_queue(queue: QueueDef) -> Json:
    return {
        "Type": "AWS::SQS::Queue",
        "Properties": {
            "QueueName": queue.name,
            "VisibilityTimeout": queue.visibility_timeout_s,
            "SqsManagedSseEnabled": True,
            "RedrivePolicy": {
                "deadLetterTargetArn": get_att(dead_letter_queue_id(queue.stage), "Arn"),
                "maxReceiveCount": queue.max_receive_count,
            },
        },
    }


def _notify_policy(stage: str) -> Json:
    """S3 may send to the queue only for this bucket, of this account."""
    return {
        "Type": "AWS::SQS::QueuePolicy",
        "Properties": {
            "Queues": [ref(queue_id(stage))],
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Sid": "BucketNotifications",
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": get_att(queue_id(stage), "Arn"),
                "Condition": {
                    "ArnLike": {"aws:SourceArn": bucket_arn()},
                    "StringEquals": {"aws:SourceAccount": ref("AWS::AccountId")},
                },
            }]},
        },
    }
