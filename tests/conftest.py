"""Fixtures shared by the unit and end-to-end tests."""

from __future__ import annotations

import os
from typing import Iterator

import pytest
from moto import mock_aws

from chalicelib.services import Services, get_services, reset_services
from devstack.emulator import create_resources


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    """The service's resources on moto's in-process mock, and services built for them."""
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE", "PROVIDER_DELAYS"):
        monkeypatch.delenv(name, raising=False)
    with mock_aws():
        for name, value in create_resources(None).items():
            monkeypatch.setenv(name, value)
        reset_services()
        yield get_services()
    reset_services()


os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
