"""The deployment template `make package` writes, read as an operator reviewing it would."""

from __future__ import annotations

import copy
import importlib
import json
import stat
import zipfile
from typing import Any

import boto3
import pytest
from cfnlint.api import lint_file
from moto import mock_aws

from devstack.emulator import create_resources
from infra import resources
from infra.package import MAX_UNZIPPED_BYTES
from infra.resources import BUCKET, MAX_RECEIVE_COUNT, QUEUES, TABLE
from infra.template import TemplateError, build_template
from tests.infra.conftest import Packaged

FUNCTION = "AWS::Serverless::Function"


def target(reference: Any) -> str:
    """The logical id a ``Ref`` or ``Fn::GetAtt`` points at."""
    if "Ref" in reference:
        return reference["Ref"]
    return reference["Fn::GetAtt"][0]


def properties(packaged: Packaged, logical_id: str) -> dict[str, Any]:
    return packaged.resource(logical_id)["Properties"]


def sqs_events(packaged: Packaged) -> list[tuple[str, dict[str, Any]]]:
    """(function id, event properties) of every SQS event source in the template."""
    return [
        (function_id, event["Properties"])
        for function_id, function in packaged.resources(FUNCTION).items()
        for event in function["Properties"].get("Events", {}).values()
        if event["Type"] == "SQS"
    ]


def dead_letter_queue_ids(packaged: Packaged) -> set[str]:
    return {target(q["Properties"]["RedrivePolicy"]["deadLetterTargetArn"])
            for q in packaged.resources("AWS::SQS::Queue").values()
            if "RedrivePolicy" in q["Properties"]}


def work_events(packaged: Packaged) -> list[tuple[str, dict[str, Any]]]:
    """The SQS event sources of the stages (not of the dead-letter consumer)."""
    dead = dead_letter_queue_ids(packaged)
    return [(f, e) for f, e in sqs_events(packaged) if target(e["Queue"]) not in dead]


def role_statements(packaged: Packaged, role_id: str) -> list[dict[str, Any]]:
    return [
        statement
        for policy in properties(packaged, role_id).get("Policies", [])
        for statement in policy["PolicyDocument"]["Statement"]
    ]


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def function_by_key(packaged: Packaged, key: str) -> dict[str, Any]:
    name = resources.function(key).name
    return next(f["Properties"] for f in packaged.resources(FUNCTION).values()
                if f["Properties"]["FunctionName"] == name)


def test_cfn_lint_finds_no_error_in_the_template(packaged: Packaged) -> None:
    matches = lint_file(packaged.path)

    errors = [f"{m.rule.id} {m.message} (line {m.linenumber})" for m in matches
              if m.rule.id.startswith("E")]
    assert errors == []


def test_every_work_queue_has_a_dead_letter_queue_and_six_times_its_consumers_time_out(
    packaged: Packaged,
) -> None:
    queues = packaged.resources("AWS::SQS::Queue")
    consumed = {}
    for function_id, event in work_events(packaged):
        consumed[target(event["Queue"])] = properties(packaged, function_id)["Timeout"]

    work_queues = {k for k, q in queues.items() if "RedrivePolicy" in q["Properties"]}
    assert work_queues == set(consumed)
    assert len(work_queues) == len(QUEUES)
    for queue_id in work_queues:
        queue = queues[queue_id]["Properties"]
        redrive = queue["RedrivePolicy"]
        dead_letters = queues[target(redrive["deadLetterTargetArn"])]["Properties"]
        assert "RedrivePolicy" not in dead_letters
        # (The webhooks queue's own count lets a delivery be tried WEBHOOK_MAX_ATTEMPTS times.)
        by_name = {q.name: q for q in QUEUES}
        assert redrive["maxReceiveCount"] == by_name[queue["QueueName"]].max_receive_count
        assert by_name[queue["QueueName"]].max_receive_count >= MAX_RECEIVE_COUNT
        assert queue["VisibilityTimeout"] >= 6 * consumed[queue_id]


def test_every_sqs_event_source_reports_batch_item_failures(packaged: Packaged) -> None:
    events = sqs_events(packaged)

    assert len(events) == 2 * len(QUEUES)  # each work queue and its dead-letter queue
    for _, event in events:
        assert event["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def test_each_function_has_a_role_of_its_own(packaged: Packaged) -> None:
    functions = packaged.resources(FUNCTION)
    roles = [target(f["Properties"]["Role"]) for f in functions.values()]

    assert len(functions) == len(resources.FUNCTIONS)
    assert len(set(roles)) == len(roles)
    assert set(roles) == set(packaged.resources("AWS::IAM::Role"))


def test_no_iam_statement_allows_a_wildcard_action_or_an_unnamed_resource(
    packaged: Packaged,
) -> None:
    assert not packaged.resources("AWS::IAM::Policy")
    assert not packaged.resources("AWS::IAM::ManagedPolicy")
    for role_id, role in packaged.resources("AWS::IAM::Role").items():
        assert "ManagedPolicyArns" not in role["Properties"], role_id
        for statement in role_statements(packaged, role_id):
            actions = as_list(statement["Action"])
            assert statement["Effect"] == "Allow"
            assert not [a for a in actions if "*" in a], (role_id, statement)
            # X-Ray alone has no resource-level permissions.
            if not all(a.startswith("xray:") for a in actions):
                assert "*" not in as_list(statement["Resource"]), (role_id, statement)


def test_roles_allow_only_the_calls_their_function_makes(packaged: Packaged) -> None:
    def actions_of(key: str) -> set[str]:
        role = target(function_by_key(packaged, key)["Role"])
        return {a for s in role_statements(packaged, role) for a in as_list(s["Action"])}

    def sends_to(key: str) -> set[str]:
        role = target(function_by_key(packaged, key)["Role"])
        return {target(r) for s in role_statements(packaged, role)
                if "sqs:SendMessage" in as_list(s["Action"]) for r in s["Resource"]}

    assert "sqs:SendMessage" in actions_of("lens")
    # Every function that appends chunks or closes runs nudges the run's webhooks, and only that
    # queue; the delivery function sends only its own put-off nudges, and only looks whether
    # uploads exist.
    assert all(sends_to(k) == {"WebhooksQueue"} for k in ("api", "gpt", "pricing", "relay"))
    assert "WebhooksQueue" in sends_to("lens") & sends_to("dead-letters")
    assert sends_to("webhooks") == {"WebhooksQueue"}
    assert {a for a in actions_of("webhooks") if a.startswith(("s3:", "ssm:"))} == {
        "s3:GetObject", "s3:ListBucket"}
    assert not [a for a in actions_of("dead-letters") if a.startswith("s3:Get")]
    assert "ssm:GetParameter" in actions_of("gpt")
    # The pricing stage reads its marketplaces' keys (SerpApi's eBay engine, eBay's Browse API)
    assert "ssm:GetParameter" in actions_of("pricing")
    assert all("ssm:GetParameter" not in actions_of(k) for k in ("api", "relay"))
    assert "s3:GetObject" not in actions_of("pricing")
    assert {a for a in actions_of("api") | actions_of("relay") if a.startswith("sqs:")} == {
        "sqs:SendMessage"}
    # The readers append to runs only to close one past its deadline; they send no messages.
    assert "ssm:GetParameter" not in actions_of("dead-letters")


def test_each_stage_consumes_only_its_own_queue(packaged: Packaged) -> None:
    subscribed: dict[str, set[str]] = {}
    for function_id, event in sqs_events(packaged):
        subscribed.setdefault(function_id, set()).add(target(event["Queue"]))
    for function_id, queues in subscribed.items():
        role = target(properties(packaged, function_id)["Role"])
        consumes = [s for s in role_statements(packaged, role)
                    if "sqs:ReceiveMessage" in as_list(s["Action"])]
        assert {target(r) for s in consumes for r in s["Resource"]} == queues


def test_one_function_consumes_every_dead_letter_queue_and_ends_their_runs(
    packaged: Packaged,
) -> None:
    # Given the template's dead-letter queues
    dead = dead_letter_queue_ids(packaged)
    consumers = {f for f, e in sqs_events(packaged) if target(e["Queue"]) in dead}

    # Then one function of its own consumes all of them, with the dead-letter handler
    (consumer,) = consumers
    function = properties(packaged, consumer)
    assert function["FunctionName"] == resources.function("dead-letters").name
    module, name = function["Handler"].rsplit(".", 1)
    assert getattr(importlib.import_module(module), name).__name__ == "dead-letters_handler"
    assert {target(e["Queue"]) for f, e in sqs_events(packaged) if f == consumer} == dead
    # And it alarms when it fails or drops what it cannot read
    alarms = [a["Properties"] for a in packaged.resources("AWS::CloudWatch::Alarm").values()]
    assert any(a["MetricName"] == "Errors" and target(a["Dimensions"][0]["Value"]) == consumer
               for a in alarms)
    assert {"DiedRecords", "UnreadableDeadLetters"} <= {a["MetricName"] for a in alarms}


def test_the_bucket_blocks_public_access_and_denies_plain_http(packaged: Packaged) -> None:
    bucket_id, bucket = next(iter(packaged.resources("AWS::S3::Bucket").items()))
    blocked = bucket["Properties"]["PublicAccessBlockConfiguration"]
    assert all(blocked[flag] for flag in ("BlockPublicAcls", "BlockPublicPolicy",
                                          "IgnorePublicAcls", "RestrictPublicBuckets"))
    assert bucket["Properties"]["BucketEncryption"]["ServerSideEncryptionConfiguration"]

    policy = next(p["Properties"] for p in packaged.resources("AWS::S3::BucketPolicy").values()
                  if target(p["Properties"]["Bucket"]) == bucket_id)
    denials = [s for s in policy["PolicyDocument"]["Statement"] if s["Effect"] == "Deny"]
    assert any(s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
               and s["Action"] == "s3:*" and len(s["Resource"]) == 2 for s in denials)


def test_uploads_expire_after_the_configured_days(packaged: Packaged) -> None:
    bucket = next(iter(packaged.resources("AWS::S3::Bucket").values()))["Properties"]

    rules = bucket["LifecycleConfiguration"]["Rules"]
    assert {"Prefix": "uploads/", "ExpirationInDays": BUCKET.uploads_expire_days,
            "Status": "Enabled"}.items() <= next(r for r in rules if "Prefix" in r).items()


def test_bucket_notifications_reach_the_lens_queue_only_from_this_bucket(
    packaged: Packaged,
) -> None:
    bucket = next(iter(packaged.resources("AWS::S3::Bucket").values()))
    notified = bucket["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    lens_queue = next(k for k, q in packaged.resources("AWS::SQS::Queue").items()
                      if q["Properties"]["QueueName"] == resources.queue("lens").name)

    prefixes = [n["Filter"]["S3Key"]["Rules"][0]["Value"] for n in notified]
    assert prefixes == list(BUCKET.notify_prefixes)
    assert {target(n["Queue"]) for n in notified} == {lens_queue}
    policy_id, policy = next(iter(packaged.resources("AWS::SQS::QueuePolicy").items()))
    assert [target(q) for q in policy["Properties"]["Queues"]] == [lens_queue]
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "s3.amazonaws.com"}
    assert statement["Action"] == "sqs:SendMessage"
    source = statement["Condition"]["ArnLike"]["aws:SourceArn"]["Fn::Sub"]
    assert source == f"arn:${{AWS::Partition}}:s3:::{bucket['Properties']['BucketName']['Fn::Sub']}"
    assert policy_id in bucket["DependsOn"]


def test_the_page_may_post_uploads_to_the_bucket_from_the_apis_origin(packaged: Packaged) -> None:
    bucket = next(iter(packaged.resources("AWS::S3::Bucket").values()))["Properties"]
    (rule,) = bucket["CorsConfiguration"]["CorsRules"]
    rest_api = next(iter(packaged.resources("AWS::Serverless::Api")))

    assert rule["AllowedMethods"] == ["POST"]
    (origin,) = rule["AllowedOrigins"]
    assert origin["Fn::Sub"].startswith(f"https://${{{rest_api}}}.execute-api.")


def test_the_table_is_on_demand_expires_items_and_can_be_restored(packaged: Packaged) -> None:
    (table,) = [t["Properties"] for t in packaged.resources("AWS::DynamoDB::Table").values()]

    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["TimeToLiveSpecification"] == {"AttributeName": TABLE.ttl_attribute,
                                                "Enabled": True}
    assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}


def test_the_lens_function_is_the_container_image_with_room_for_chromium(
    packaged: Packaged,
) -> None:
    lens_id = next(k for k, f in packaged.resources(FUNCTION).items()
                   if f["Properties"]["FunctionName"] == resources.function("lens").name)
    lens = packaged.resource(lens_id)
    command = lens["Properties"]["ImageConfig"]["Command"]

    assert lens["Properties"]["PackageType"] == "Image"
    assert lens["Properties"]["ImageUri"] == {"Ref": "LensImageUri"}
    assert lens["Properties"]["MemorySize"] >= 2048
    assert lens["Properties"]["Timeout"] == resources.queue("lens").consumer_timeout_s
    # `make deploy` builds the image itself: `sam build` must not try to
    assert "Metadata" not in lens
    module, name = command[0].rsplit(".", 1)
    assert callable(getattr(importlib.import_module(module), name))


def test_the_relay_streams_through_the_web_adapter_behind_a_public_url(
    packaged: Packaged,
) -> None:
    (url_id, url), = packaged.resources("AWS::Lambda::Url").items()
    relay = properties(packaged, target(url["Properties"]["TargetFunctionArn"]))
    permissions = [p["Properties"] for p in packaged.resources("AWS::Lambda::Permission").values()
                   if p["Properties"]["FunctionName"] == {"Ref": target(url["Properties"]
                                                                        ["TargetFunctionArn"])}]

    assert url["Properties"]["InvokeMode"] == "RESPONSE_STREAM"
    assert relay["Handler"] == "run.sh"
    (layer,) = relay["Layers"]
    assert all("LambdaAdapterLayer" in region["Arn"]
               for region in packaged.template["Mappings"][layer["Fn::FindInMap"][0]].values())
    assert relay["Environment"]["Variables"]["AWS_LAMBDA_EXEC_WRAPPER"] == "/opt/bootstrap"
    assert relay["Environment"]["Variables"]["AWS_LWA_INVOKE_MODE"] == "response_stream"
    # A stream ends before the relay's time-out, so a waiting stream never holds it for long
    assert relay["Environment"]["Variables"]["STREAM_MAX_SECONDS"] == {"Ref": "StreamMaxSeconds"}
    assert packaged.template["Parameters"]["StreamMaxSeconds"]["MaxValue"] < relay["Timeout"]
    assert {p["Action"] for p in permissions} == {"lambda:InvokeFunctionUrl",
                                                  "lambda:InvokeFunction"}
    api = function_by_key(packaged, "api")
    assert api["Environment"]["Variables"]["STREAM_BASE_URL"] == {
        "Fn::GetAtt": [url_id, "FunctionUrl"]}


def test_the_functions_zip_holds_the_relay_script_and_not_the_lens_only_packages(
    packaged: Packaged,
) -> None:
    with zipfile.ZipFile(packaged.code) as code:
        names = set(code.namelist())
        script_mode = code.getinfo("run.sh").external_attr >> 16
        unzipped = sum(entry.file_size for entry in code.infolist())

    assert script_mode & stat.S_IXUSR
    assert {"app.py", "chalicelib/surfaces/relay/app.py",
            "chalicelib/pipeline/handlers.py"} <= names
    tops = {name.split("/", 1)[0] for name in names}
    assert {"uvicorn", "starlette", "aws_lambda_powertools", "aws_xray_sdk"} <= tops
    assert not {"imagehash", "selenium", "scipy"} & tops
    # What only development uses stays out: the local stack, the SDK and CLI, the tools.
    assert not {"devstack", "tools", "sdk", "lens_gpt_client", "bench", "tests", "samples",
                "infra"} & tops
    assert {name.split("/")[1] for name in names if name.startswith("chalicelib/")} <= {
        "__init__.py", "config.py", "errors.py", "hints.py", "observability.py", "services.py",
        "wire.py", "images", "net", "pipeline", "providers", "stores", "surfaces"}
    assert unzipped <= MAX_UNZIPPED_BYTES


def test_alarms_watch_dead_letters_stage_errors_and_stages_giving_up(packaged: Packaged) -> None:
    alarms = [a["Properties"] for a in packaged.resources("AWS::CloudWatch::Alarm").values()]

    def watched(metric: str) -> list[dict[str, Any]]:
        return [{d["Name"]: d["Value"] for d in a["Dimensions"]} for a in alarms
                if a["MetricName"] == metric]

    assert sorted(d["QueueName"] for d in watched("ApproximateNumberOfMessagesVisible")) == \
        sorted(q.dlq_name for q in QUEUES)
    stage_functions = {function_by_key(packaged, k)["FunctionName"]
                       for k in [q.stage for q in QUEUES] + ["dead-letters"]}
    assert {properties(packaged, target(d["FunctionName"]))["FunctionName"]
            for d in watched("Errors")} == stage_functions
    # (A webhook given up is its receiver's problem: counted, not alarmed.)
    assert sorted(d["stage"] for d in watched("AbandonedRecords")) == \
        sorted(q.stage for q in QUEUES if q.stage != "webhooks")
    assert all(a["AlarmActions"] for a in alarms)


def test_names_and_settings_match_what_the_local_runner_creates(
    packaged: Packaged, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    with mock_aws():
        local_env = create_resources(None)
        sqs = boto3.client("sqs")
        local_queues = {url.rsplit("/", 1)[-1]: sqs.get_queue_attributes(
            QueueUrl=url, AttributeNames=["All"])["Attributes"]
            for url in sqs.list_queues()["QueueUrls"]}
        local_tables = boto3.client("dynamodb").list_tables()["TableNames"]
        local_buckets = [b["Name"] for b in boto3.client("s3").list_buckets()["Buckets"]]

    queues = {q["Properties"]["QueueName"]: q["Properties"]
              for q in packaged.resources("AWS::SQS::Queue").values()}
    assert set(queues) == set(local_queues)
    for name, queue in queues.items():
        if "VisibilityTimeout" in queue:
            assert str(queue["VisibilityTimeout"]) == local_queues[name]["VisibilityTimeout"]
    assert [t["Properties"]["TableName"]
            for t in packaged.resources("AWS::DynamoDB::Table").values()] == local_tables
    bucket = next(iter(packaged.resources("AWS::S3::Bucket").values()))["Properties"]
    assert local_buckets == [BUCKET.name]
    assert bucket["BucketName"]["Fn::Sub"].startswith(f"{BUCKET.name}-${{AWS::AccountId}}")

    by_id = {k: q["Properties"]["QueueName"]
             for k, q in packaged.resources("AWS::SQS::Queue").items()}
    for function in packaged.resources(FUNCTION).values():
        env = function["Properties"]["Environment"]["Variables"]
        assert env["TABLE_NAME"] == local_env["TABLE_NAME"]
        for queue in QUEUES:
            assert env[queue.name_env] == local_env[queue.name_env]
            assert by_id[target(env[queue.url_env])] == local_env[queue.name_env]


def test_a_chalice_handler_without_a_definition_in_infra_stops_the_build(
    packaged: Packaged,
) -> None:
    sam = json.loads((packaged.path.parent / "chalice-package" / "sam.json").read_text())
    extra = copy.deepcopy(sam["Resources"]["GptStage"])
    extra["Properties"]["Handler"] = "app.new_stage"
    sam["Resources"]["NewStage"] = extra

    with pytest.raises(TemplateError, match="app.new_stage"):
        build_template(sam)


def test_the_run_deadline_is_past_the_longest_retry_path() -> None:
    from chalicelib.config import Settings

    # Each killed delivery comes back after its queue's visibility time-out; the lens stage and
    # then the slower of the two analyses each get every delivery.
    def retries(stage: str) -> int:
        queue = resources.queue(stage)
        return queue.max_receive_count * queue.visibility_timeout_s

    longest = retries("lens") + max(retries("gpt"), retries("pricing"))
    assert longest < Settings().run_deadline_s <= 1.25 * longest


def test_a_webhook_delivery_holds_its_callback_as_long_as_its_function_may_run() -> None:
    from chalicelib.config import Settings
    from chalicelib.pipeline.webhooks import LEASE_S

    # A delivery that dies lets the next one go on once its hold ends, never before it could
    # have finished; and every try of a delivery fits in the queue's receives.
    assert resources.function("webhooks").timeout_s == LEASE_S
    assert Settings().webhook_max_attempts < resources.queue("webhooks").max_receive_count


def test_make_package_says_each_step_and_where_it_wrote(packaged: Packaged) -> None:
    # (It takes half a minute or more: silence would look like a hang.)
    assert len(packaged.said) >= 4
    assert packaged.said[1].startswith("Running chalice package")
    last = packaged.said[-1]
    assert last.startswith(f"Wrote {packaged.path} (the SAM template) and {packaged.code} ")
    assert " MB)" in last
