"""Settings, read from the environment in one place.

Explicit arguments win over the environment: every class in ``chalicelib`` takes its settings in
``__init__``; only ``Settings.from_env`` reads ``os.environ``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from pydantic import BaseModel

_REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseModel):
    """Everything the service can be told; the defaults run the embedded local service."""

    bucket: str = ""
    table: str = ""
    queue_urls: dict[str, str] = {}
    region: str = "us-east-1"
    endpoint_url: str | None = None
    local_mode: bool = False

    lens_provider: str = "catalog"
    analyst: str = "heuristic"
    pricer: str = "heuristic"
    catalog_dir: Path = _REPO_ROOT / "samples" / "catalog"
    provider_delays: dict[str, float] = {}
    marketplace_domains: tuple[str, ...] = ()
    price_currency: str = "EUR"

    max_image_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 50_000_000
    upload_expires_s: int = 900
    retention_days: int = 7
    max_wait_s: float = 25.0
    max_receive_count: int = 3
    stream_base_url: str = ""

    relay_poll_min_s: float = 0.03
    relay_poll_max_s: float = 0.5
    relay_keepalive_s: float = 15.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {
            "queue_urls": {
                stage: env[f"{stage.upper()}_QUEUE_URL"]
                for stage in ("lens", "gpt", "pricing")
                if env.get(f"{stage.upper()}_QUEUE_URL")
            },
            "provider_delays": _parse_delays(env.get("PROVIDER_DELAYS", "")),
            "marketplace_domains": tuple(
                d.strip() for d in env.get("MARKETPLACE_DOMAINS", "").split(",") if d.strip()
            ),
        }
        for field, var in _ENV_FIELDS.items():
            if env.get(var):
                values[field] = env[var]
        return cls.model_validate(values)


_ENV_FIELDS: dict[str, str] = {
    "bucket": "BUCKET_NAME",
    "table": "TABLE_NAME",
    "region": "AWS_DEFAULT_REGION",
    "endpoint_url": "AWS_ENDPOINT_URL",
    "local_mode": "LOCAL_MODE",
    "lens_provider": "LENS_PROVIDER",
    "analyst": "ANALYST",
    "pricer": "PRICER",
    "catalog_dir": "CATALOG_DIR",
    "price_currency": "PRICE_CURRENCY",
    "max_image_bytes": "MAX_IMAGE_BYTES",
    "max_image_pixels": "MAX_IMAGE_PIXELS",
    "upload_expires_s": "UPLOAD_EXPIRES_SECONDS",
    "retention_days": "RETENTION_DAYS",
    "max_wait_s": "MAX_WAIT_SECONDS",
    "max_receive_count": "MAX_RECEIVE_COUNT",
    "stream_base_url": "STREAM_BASE_URL",
    "relay_poll_min_s": "RELAY_POLL_MIN_SECONDS",
    "relay_poll_max_s": "RELAY_POLL_MAX_SECONDS",
    "relay_keepalive_s": "RELAY_KEEPALIVE_SECONDS",
}


def _parse_delays(text: str) -> dict[str, float]:
    """``"lens=1,gpt=0.5"`` -> ``{"lens": 1.0, "gpt": 0.5}``."""
    pairs = (item.split("=", 1) for item in text.split(",") if "=" in item)
    return {stage.strip(): float(seconds) for stage, seconds in pairs}


def queue_name(stage: str) -> str:
    """The queue name Chalice registers a handler for.

    Written by the infrastructure into the environment; Chalice needs some string even where the
    app is imported without one (unit tests), and that placeholder is never deployed.
    """
    return os.environ.get(f"{stage.upper()}_QUEUE_NAME", f"unset-{stage}-queue")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings (read once; tests call ``get_settings.cache_clear()``)."""
    return Settings.from_env()
