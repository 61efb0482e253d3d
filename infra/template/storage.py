"""The media bucket, its policy and notifications, and the results table."""

from __future__ import annotations

from chalicelib.stores.media import ANALYSED_PREFIX, UPLOADS_PREFIX
from infra.resources import BUCKET, TABLE
from infra.template.cfn import (
    BUCKET_ID,
    BUCKET_POLICY_ID,
    TABLE_ID,
    Json,
    bucket_arn,
    bucket_name,
    get_att,
    queue_id,
    queue_policy_id,
    ref,
    sub,
)


def storage_resources(rest_api_id: str) -> dict[str, Json]:
    """The bucket (uploads from the API's page need its CORS origin) and the table."""
    return {
        BUCKET_ID: _bucket(rest_api_id),
        BUCKET_POLICY_ID: _bucket_policy(),
        TABLE_ID: _table(),
    }


def _bucket(rest_api_id: str) -> Json:
    notify_queue = get_att(queue_id(BUCKET.notify_stage), "Arn")
    return {
        "Type": "AWS::S3::Bucket",
        # S3 checks that it may send to the queue when the notification is configured.
        "DependsOn": [queue_policy_id(BUCKET.notify_stage)],
        "Properties": {
            "BucketName": bucket_name(),
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True, "BlockPublicPolicy": True,
                "IgnorePublicAcls": True, "RestrictPublicBuckets": True,
            },
            "OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]},
            "BucketEncryption": {"ServerSideEncryptionConfiguration": [
                {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}},
            ]},
            "LifecycleConfiguration": {"Rules": [
                {"Id": "expire-uploads", "Status": "Enabled", "Prefix": UPLOADS_PREFIX,
                 "ExpirationInDays": BUCKET.uploads_expire_days},
                {"Id": "expire-analysed", "Status": "Enabled", "Prefix": ANALYSED_PREFIX,
                 "ExpirationInDays": BUCKET.uploads_expire_days},
                {"Id": "abort-incomplete-uploads", "Status": "Enabled",
                 "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}},
            ]},
            "NotificationConfiguration": {"QueueConfigurations": [
                {"Event": "s3:ObjectCreated:*", "Queue": notify_queue,
                 "Filter": {"S3Key": {"Rules": [{"Name": "prefix", "Value": prefix}]}}}
                for prefix in BUCKET.notify_prefixes
            ]},
            # The page, served by the API, posts the photo straight to the bucket.
            "CorsConfiguration": {"CorsRules": [{
                "AllowedMethods": ["POST"],
                "AllowedOrigins": [sub(
                    f"https://${{{rest_api_id}}}.execute-api.${{AWS::Region}}.${{AWS::URLSuffix}}"
                )],
                "AllowedHeaders": ["*"],
                "ExposedHeaders": ["ETag", "Location"],
                "MaxAge": 3000,
            }]},
        },
    }


def _bucket_policy() -> Json:
    return {
        "Type": "AWS::S3::BucketPolicy",
        "Properties": {
            "Bucket": ref(BUCKET_ID),
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Sid": "DenyPlainHttp",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": [bucket_arn(), bucket_arn("*")],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            }]},
        },
    }


def _table() -> Json:
    return {
        "Type": "AWS::DynamoDB::Table",
        "Properties": {
            "TableName": TABLE.name,
            "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [
                {"AttributeName": TABLE.partition_key, "AttributeType": "S"},
                {"AttributeName": TABLE.sort_key, "AttributeType": "N"},
            ],
            "KeySchema": [
                {"AttributeName": TABLE.partition_key, "KeyType": "HASH"},
                {"AttributeName": TABLE.sort_key, "KeyType": "RANGE"},
            ],
            "TimeToLiveSpecification": {"AttributeName": TABLE.ttl_attribute, "Enabled": True},
            "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
        },
    }
