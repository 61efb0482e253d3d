"""Keys are read as given, or from SSM / Secrets Manager when referenced there."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from chalicelib.providers.secrets import MissingSecret, resolve_secret


def test_a_plain_value_is_the_key_itself() -> None:
    assert resolve_secret("sk-local", "OPENAI_API_KEY") == "sk-local"


def test_a_missing_key_is_a_clear_error() -> None:
    with pytest.raises(MissingSecret, match="OPENAI_API_KEY is not configured"):
        resolve_secret("", "OPENAI_API_KEY")


def test_references_are_read_from_ssm_and_secrets_manager(monkeypatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with mock_aws():
        boto3.client("ssm").put_parameter(Name="/lens-gpt/key-a", Value="from-ssm",
                                          Type="SecureString")
        boto3.client("secretsmanager").create_secret(Name="lens-gpt/key-b",
                                                     SecretString="from-secrets")

        assert resolve_secret("ssm:/lens-gpt/key-a", "A") == "from-ssm"
        assert resolve_secret("secretsmanager:lens-gpt/key-b", "B") == "from-secrets"
