"""API keys: given directly (locally, an environment variable) or named in SSM or Secrets Manager.

In AWS a setting holds a reference such as ``ssm:/lens-gpt/openai-api-key`` or
``secretsmanager:lens-gpt/serpapi``; the value is fetched with powertools' parameters utility,
which caches it (``max_age``) so a warm function does not call SSM on every invocation.
"""

from __future__ import annotations

from aws_lambda_powertools.utilities import parameters
from aws_lambda_powertools.utilities.parameters.exceptions import (
    GetParameterError,
    GetSecretError,
)

from chalicelib.providers.exceptions import MissingSecret, ProviderError

_CACHE_SECONDS = 300


def resolve_secret(value: str | None, what: str) -> str:
    """The secret itself: ``value`` as given, or fetched when it is an ``ssm:`` or
    ``secretsmanager:`` reference. ``what`` names the setting in the error."""
    if not value:
        raise MissingSecret(f"{what} is not configured.")
    if value.startswith("ssm:"):
        return str(parameters.get_parameter(value[4:], decrypt=True, max_age=_CACHE_SECONDS))
    if value.startswith("secretsmanager:"):
        return str(parameters.get_secret(value[len("secretsmanager:"):], max_age=_CACHE_SECONDS))
    return value



def provider_key(value: str | None, what: str) -> str:
    """``resolve_secret`` for a provider: a key that is not configured, or that its store does
    not give (worth another try), is the provider's error (``missing-credentials``)."""
    try:
        return resolve_secret(value, what)
    except MissingSecret as exc:
        raise ProviderError(exc.message, code=exc.code) from exc
    except (GetParameterError, GetSecretError) as exc:
        raise ProviderError(f"{what} could not be read from its store.",
                            code=MissingSecret.code, retryable=True) from exc
