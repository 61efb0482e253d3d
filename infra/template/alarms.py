"""Alarms on what needs an operator: dead letters, failing stage functions, stages giving up,
stages dying on every delivery, and the dead-letter consumer failing or dropping unreadable
messages.

All of them notify one SNS topic (mailed to ``AlarmEmail`` when given).
"""

from __future__ import annotations

from chalicelib.observability import (
    ABANDONED_RECORDS,
    DIED_RECORDS,
    NAMESPACE,
    SERVICE,
    UNREADABLE_DEAD_LETTERS,
)
from chalicelib.stores.queues import WEBHOOKS
from infra.resources import APP_NAME, QUEUES
from infra.template.cfn import ALARM_TOPIC_ID, Json, pascal, ref
from infra.template.parameters import ALARM_EMAIL, HAS_ALARM_EMAIL

PERIOD_S = 300


def alarm_resources(function_ids: dict[str, str]) -> dict[str, Json]:
    """``function_ids``: the logical id of each function by its key (a stage's is its name)."""
    out: dict[str, Json] = {
        ALARM_TOPIC_ID: {"Type": "AWS::SNS::Topic",
                         "Properties": {"TopicName": f"{APP_NAME}-alarms"}},
        f"{ALARM_TOPIC_ID}Email": {
            "Type": "AWS::SNS::Subscription",
            "Condition": HAS_ALARM_EMAIL,
            "Properties": {"TopicArn": ref(ALARM_TOPIC_ID), "Protocol": "email",
                           "Endpoint": ref(ALARM_EMAIL)},
        },
    }
    for queue in QUEUES:
        stage = pascal(queue.stage)
        out[f"{stage}DeadLettersAlarm"] = _alarm(
            f"Messages for the {queue.stage} stage were given up and wait in {queue.dlq_name}.",
            namespace="AWS/SQS", metric="ApproximateNumberOfMessagesVisible",
            dimensions={"QueueName": queue.dlq_name}, statistic="Maximum",
        )
        out[f"{stage}ErrorsAlarm"] = _alarm(
            f"The {queue.stage} stage's function failed (an error or a time-out).",
            namespace="AWS/Lambda", metric="Errors",
            dimensions={"FunctionName": ref(function_ids[queue.stage])}, statistic="Sum",
        )
        if queue.stage == WEBHOOKS:
            continue  # a receiver that stays down is its owner's problem (WebhooksGivenUp)
        out[f"{stage}GaveUpAlarm"] = _alarm(
            f"The {queue.stage} stage gave up a record on its last delivery (an error chunk).",
            namespace=NAMESPACE, metric=ABANDONED_RECORDS,
            dimensions={"service": SERVICE, "stage": queue.stage}, statistic="Sum",
        )
    out.update(_dead_letter_alarms(function_ids["dead-letters"]))
    return out


def _dead_letter_alarms(consumer_id: str) -> dict[str, Json]:
    on_consumer = {"service": SERVICE, "stage": "dead-letters"}
    return {
        "DeadLettersErrorsAlarm": _alarm(
            "The dead-letter consumer failed: runs of dead letters may wait for their deadline.",
            namespace="AWS/Lambda", metric="Errors",
            dimensions={"FunctionName": ref(consumer_id)}, statistic="Sum",
        ),
        "StagesDiedAlarm": _alarm(
            "A stage died on every delivery of a message (stage-died errors were written).",
            namespace=NAMESPACE, metric=DIED_RECORDS, dimensions=on_consumer, statistic="Sum",
        ),
        "UnreadableDeadLettersAlarm": _alarm(
            "A dead letter no stage sent was dropped (its body is in the consumer's log).",
            namespace=NAMESPACE, metric=UNREADABLE_DEAD_LETTERS, dimensions=on_consumer,
            statistic="Sum",
        ),
    }


def _alarm(description: str, namespace: str, metric: str, dimensions: dict[str, object],
           statistic: str) -> Json:
    return {
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": {
            "AlarmDescription": description,
            "Namespace": namespace,
            "MetricName": metric,
            "Dimensions": [{"Name": name, "Value": value} for name, value in dimensions.items()],
            "Statistic": statistic,
            "Period": PERIOD_S,
            "EvaluationPeriods": 1,
            "Threshold": 1,
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
            "TreatMissingData": "notBreaching",
            "AlarmActions": [ref(ALARM_TOPIC_ID)],
            "OKActions": [ref(ALARM_TOPIC_ID)],
        },
    }
