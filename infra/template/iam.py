"""One role per function, allowing only the calls that function makes, on named resources.

tests/infra/test_roles.py reads each function's code (the calls its handler can reach) and
checks that its role allows exactly those actions on those resources.

What each function calls (see ``chalicelib``):

- api: reads and creates queries and reads chunks; signs presigned POSTs for ``uploads/`` (S3
  checks the signer may put the object), looks a query's photo up (HEAD; an upload or a drop)
  and signs a GET of it; links ``analysed/`` photos.
- lens: reads uploads and drops, keeps the bytes it analyses under ``analysed/<sha256>`` (HEAD
  first: an image analysed before is kept already), binds
  queries to runs and appends chunks, writes drop results,
  consumes its queue and sends the gpt and pricing stages their messages; may read the SerpApi
  key.
- gpt: reads the photo, appends chunks, writes drop results (when it finishes a run), consumes
  its queue; may read the OpenAI key.
- pricing: appends chunks, writes drop results, consumes its queue.
- relay: reads queries and chunks, and for ``POST /classify`` creates a query and stores its
  upload; a stream whose upload expired looks whether it came late (HEAD).
- api and relay both close a run they find past its deadline (an error and ``done`` appended,
  its drop results written).
- dead-letters: consumes the dead-letter queues; appends a stage's error and ``done``,
  creates a rejected run for an upload (or claims a drop) the lens stage never bound, writes
  drop results, and sends the gpt and pricing messages of a lens stage that died after its
  search; a webhook nudge that died ends its query's callback as failed.
- webhooks: consumes its queue, reads query records and runs, updates a query's callback state,
  checks whether an upload exists.
- every function that appends chunks or closes runs (the stages, api and relay, dead-letters)
  nudges the webhooks queue for the queries that follow the run.
"""

from __future__ import annotations

from chalicelib.stores.media import (
    ANALYSED_PREFIX,
    DROP_PREFIX,
    RESULTS_PREFIX,
    UPLOADS_PREFIX,
)
from chalicelib.stores.queues import WEBHOOKS
from infra.resources import BUCKET, FUNCTIONS, QUEUES, FunctionDef
from infra.template.access import read_plan_keys
from infra.template.cfn import (
    TABLE_ID,
    Json,
    bucket_arn,
    dead_letter_queue_id,
    get_att,
    log_group_id,
    pascal,
    queue_id,
    regional_arn,
    role_id,
)
from infra.template.parameters import (
    EBAY_CLIENT_ID_PARAMETER,
    EBAY_CLIENT_SECRET_PARAMETER,
    OPENAI_KEY_PARAMETER,
    SERPAPI_KEY_PARAMETER,
)

# Functions whose invocations are traced with X-Ray (the relay runs a web server, not a handler).
TRACED = frozenset({"api", "lens", "gpt", "pricing", "dead-letters", "webhooks"})

_READ_ITEMS = ["dynamodb:GetItem", "dynamodb:Query"]
# A chunk append is a transaction of an update and a put.
_WRITE_ITEMS = [*_READ_ITEMS, "dynamodb:PutItem", "dynamodb:UpdateItem"]
# A failed delivery's visibility is shortened, so it comes back after a short delay.
_CONSUME = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
            "sqs:ChangeMessageVisibility"]


def role_resources() -> dict[str, Json]:
    return {role_id(f.key): _role(f, _statements(f.key)) for f in FUNCTIONS}


def _statements(key: str) -> list[Json]:
    statements = [_allow("WriteOwnLogs", ["logs:CreateLogStream", "logs:PutLogEvents"],
                         [get_att(log_group_id(key), "Arn")])]
    if key in TRACED:
        # X-Ray has no resource-level permissions: these two actions only take "*".
        statements.append(_allow("SendTraces", ["xray:PutTraceSegments",
                                                "xray:PutTelemetryRecords"], ["*"]))
    return statements + _CALLS[key]()


def _api() -> list[Json]:
    return [
        # DeleteItem: an Idempotency-Key's claim is released when its first request failed.
        _table([*_WRITE_ITEMS, "dynamodb:DeleteItem"]),
        _write_results(),
        _allow("SignUploads", ["s3:PutObject"], [bucket_arn(f"{UPLOADS_PREFIX}*")]),
        # A query's photo is its upload or its dropped object: looked up (HEAD) for its status
        # and handed out as a presigned GET (GET /queries/<id>/image) until it is analysed.
        _allow("CheckAndShowPhotos", ["s3:GetObject"], [
            bucket_arn(f"{UPLOADS_PREFIX}*"), bucket_arn(f"{DROP_PREFIX}*"),
        ]),
        # GET /queries/<id>/image links the bytes that were analysed.
        _allow("LinkAnalysedPhotos", ["s3:GetObject"], [bucket_arn(f"{ANALYSED_PREFIX}*")]),
        _tell_missing_objects(),
        _nudge(),
        # No read of the usage plan's keys: API Gateway checks the API's keys in front of it.
    ]


def _lens() -> list[Json]:
    return [
        _table(_WRITE_ITEMS),
        _read_photos(),
        _write_results(),
        _consume("lens"),
        _allow("SendStageMessages", ["sqs:SendMessage"], [
            get_att(queue_id(stage), "Arn") for stage in _downstream()
        ]),
        _read_parameter(SERPAPI_KEY_PARAMETER),
        # The bytes it analyses, kept under their hash (what the image link serves back),
        # unless a HEAD finds them kept already.
        _allow("KeepAnalysedPhotos", ["s3:PutObject"], [bucket_arn(f"{ANALYSED_PREFIX}*")]),
        _tell_missing_objects(),
    ]


def _gpt() -> list[Json]:
    return [_table(_WRITE_ITEMS), _read_photos(), _write_results(), _consume("gpt"),
            _read_parameter(OPENAI_KEY_PARAMETER), _nudge()]


def _pricing() -> list[Json]:
    return [_table(_WRITE_ITEMS), _write_results(), _consume("pricing"), _nudge(),
            _read_parameter(SERPAPI_KEY_PARAMETER, EBAY_CLIENT_ID_PARAMETER,
                            EBAY_CLIENT_SECRET_PARAMETER)]


def _relay() -> list[Json]:
    return [
        _table(_WRITE_ITEMS),
        _write_results(),
        _allow("StoreDirectUploads", ["s3:PutObject"], [bucket_arn(f"{UPLOADS_PREFIX}*")]),
        # A stream whose upload expired looks whether it came late (HEAD) before it ends with
        # upload-expired.
        _check_photos(),
        _tell_missing_objects(),
        _nudge(),
        read_plan_keys(),
    ]


def _webhooks() -> list[Json]:
    return [_table(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem"]),
            _consume(WEBHOOKS),
            # Whether a query's upload ever came (HEAD): if not, its webhook says it expired.
            _check_photos(),
            _tell_missing_objects(),
            # A delivery whose destination is busy or backed off is put off to a new nudge.
            _nudge()]


def _check_photos() -> Json:
    """HEAD of a query's photo (``QueryRecord.object_key``: its upload, or a dropped photo)."""
    return _allow("CheckPhotos", ["s3:GetObject"], [
        bucket_arn(f"{UPLOADS_PREFIX}*"), bucket_arn(f"{DROP_PREFIX}*"),
    ])


def _tell_missing_objects() -> Json:
    """Without it, HEAD of an object that does not exist answers 403 instead of 404."""
    return _allow("TellMissingObjects", ["s3:ListBucket"], [bucket_arn()])


def _nudge() -> Json:
    """Readers close overdue runs and stages append chunks: both tell the run's webhooks."""
    return _allow("NudgeWebhooks", ["sqs:SendMessage"], [get_att(queue_id(WEBHOOKS), "Arn")])


def _dead_letters() -> list[Json]:
    return [
        _table(_WRITE_ITEMS),
        _write_results(),
        _allow("ConsumeDeadLetters", ["sqs:ReceiveMessage", "sqs:DeleteMessage",
                                      "sqs:GetQueueAttributes"],
               [get_att(dead_letter_queue_id(q.stage), "Arn") for q in QUEUES]),
        # A lens message that died after its search hands the run over to the stages after it.
        _allow("SendStageMessages", ["sqs:SendMessage"], [
            get_att(queue_id(stage), "Arn") for stage in _downstream()
        ]),
    ]


_CALLS = {"api": _api, "lens": _lens, "gpt": _gpt, "pricing": _pricing, "relay": _relay,
          "dead-letters": _dead_letters, "webhooks": _webhooks}


def _downstream() -> list[str]:
    """The queues the lens stage sends messages to (the stages after it, and webhook nudges)."""
    return [q.stage for q in QUEUES if q.stage != BUCKET.notify_stage]


def _table(actions: list[str]) -> Json:
    return _allow("ResultsTable", actions, [get_att(TABLE_ID, "Arn")])


def _read_photos() -> Json:
    return _allow("ReadPhotos", ["s3:GetObject"], [
        bucket_arn(f"{UPLOADS_PREFIX}*"), bucket_arn(f"{DROP_PREFIX}*"),
        bucket_arn(f"{ANALYSED_PREFIX}*"),
    ])


def _write_results() -> Json:
    return _allow("WriteDropResults", ["s3:PutObject"], [bucket_arn(f"{RESULTS_PREFIX}*")])


def _consume(stage: str) -> Json:
    return _allow(f"Consume{pascal(stage)}Queue", _CONSUME, [get_att(queue_id(stage), "Arn")])


def _read_parameter(*parameters: str) -> Json:
    """The SSM parameters stack parameters name (SecureStrings under the default key)."""
    return _allow("ReadApiKey", ["ssm:GetParameter"],
                  [regional_arn("ssm", f"parameter${{{parameter}}}") for parameter in parameters])


def _allow(sid: str, actions: list[str], resources: list[Json | str]) -> Json:
    return {"Sid": sid, "Effect": "Allow", "Action": sorted(set(actions)), "Resource": resources}


def _role(function: FunctionDef, statements: list[Json]) -> Json:
    return {
        "Type": "AWS::IAM::Role",
        "Properties": {
            "Description": f"{function.name}: only the calls it makes",
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow",
                "Principal": {"Service": "lambda.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }]},
            "Policies": [{
                "PolicyName": function.name,
                "PolicyDocument": {"Version": "2012-10-17", "Statement": statements},
            }],
        },
    }
