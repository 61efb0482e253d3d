"""Access keys: who may use a deployment, and whose queries a request may read.

Off by default (``make run``, and a deployment that does not ask for them): anyone who reaches
the service may create queries, and a query id is a bearer capability (160 random bits): whoever
holds it reads that query (its state, stream and photo), nobody else can guess it.

With ``REQUIRE_ACCESS_KEY``, every request to ``/queries...`` and ``/classify`` carries a key in
``x-api-key``. In AWS, API Gateway checks the API's requests against its usage plan (quota and
throttle per key) and the relay checks the same plan's keys (read from API Gateway, cached
briefly); locally the gateway checks the keys ``LOCAL_ACCESS_KEYS`` names. A query then belongs
to the key that created it (a SHA-256 of the key is stored with it, never the key): another key
reads 404 as for an unknown id, and an Idempotency-Key is scoped to its access key as well.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from chalicelib.errors import AccessDenied

API_KEY_HEADER = "x-api-key"
# How long the relay trusts its copy of the usage plan's keys (a revoked key works that long).
KEYS_CACHE_S = 60.0
# Paths anyone may read with keys on too: the page (a browser cannot send a header when it
# navigates; the page asks for the key), its files, the health check and the API's document.
PUBLIC_PATHS = ("/", "/health", "/openapi.json")
PUBLIC_PREFIXES = ("/assets/",)


def key_hash(key: str) -> str:
    """What a query stores of the key that created it."""
    return hashlib.sha256(key.encode()).hexdigest()


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class KeySource(Protocol):
    """The keys a deployment takes."""

    def valid(self, key: str) -> bool: ...


class StaticKeys:
    """Keys given by the configuration (the local gateway's ``LOCAL_ACCESS_KEYS``)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._hashes = {key_hash(k) for k in keys if k}

    def valid(self, key: str) -> bool:
        wanted = key_hash(key)
        return any(hmac.compare_digest(wanted, h) for h in self._hashes)


class AccessKeysUnreadable(RuntimeError):
    """The deployment's usage plan cannot be found by its name."""


class UsagePlanKeys:
    """The enabled keys of an API Gateway usage plan (the relay's check in AWS), cached for
    ``KEYS_CACHE_S``; an unknown key reads the plan again, at most once a second."""

    def __init__(self, client: Any, usage_plan_name: str,
                 cache_s: float = KEYS_CACHE_S) -> None:
        self._apigateway = client
        self._plan_name = usage_plan_name
        self._plan: str | None = None
        self._cache_s = cache_s
        self._hashes: set[str] = set()
        self._read_at = float("-inf")
        self._lock = threading.Lock()

    def valid(self, key: str) -> bool:
        wanted = key_hash(key)
        with self._lock:
            age = time.monotonic() - self._read_at
            if age > self._cache_s or (wanted not in self._hashes and age > 1.0):
                self._hashes = self._read()
                self._read_at = time.monotonic()
            return wanted in self._hashes

    def _read(self) -> set[str]:
        hashes: set[str] = set()
        plan = self._plan or self._plan_id()
        paginator = self._apigateway.get_paginator("get_usage_plan_keys")
        for page in paginator.paginate(usagePlanId=plan):
            hashes.update(key_hash(item["value"]) for item in page.get("items", [])
                          if item.get("value"))
        return hashes

    def _plan_id(self) -> str:
        """The plan's id, found by its name once (the template cannot hand the relay the id:
        the plan depends on the API, which depends on the relay)."""
        pages = self._apigateway.get_paginator("get_usage_plans").paginate()
        found = [plan["id"] for page in pages for plan in page.get("items", [])
                 if plan.get("name") == self._plan_name]
        if len(found) != 1:
            raise AccessKeysUnreadable(f"usage plan {self._plan_name!r}: {len(found)} found")
        self._plan = found[0]
        return self._plan


class AccessPolicy:
    """Whether keys are required, and which are valid (None: checked in front, by API Gateway
    or the local gateway, so the key's presence is enough here)."""

    def __init__(self, required: bool,
                 keys: StaticKeys | UsagePlanKeys | KeySource | None = None) -> None:
        self.required = required
        self._keys = keys

    def owner(self, headers: Mapping[str, str]) -> str | None:
        """The hash of the request's key (None with keys off); ``AccessDenied`` without a
        valid one."""
        if not self.required:
            return None
        key = _header(headers, API_KEY_HEADER)
        if not key:
            raise AccessDenied(f"This service needs an access key: send it in {API_KEY_HEADER}.")
        if self._keys is not None and not self._keys.valid(key):
            raise AccessDenied("This access key is not one this service takes.")
        return key_hash(key)


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return (value or "").strip()
