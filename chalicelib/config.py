"""Settings, read from the environment in one place.

Explicit arguments win over the environment: every class in ``chalicelib`` takes its settings in
``__init__``; only ``Settings.from_env`` reads ``os.environ``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from pydantic import BaseModel, field_validator

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
    # Unset: "auto" (the heuristic, refined by the model when unsure) where an OpenAI key is
    # configured, else "heuristic" (``from_env``).
    analyst: str = "heuristic"
    pricer: str = "heuristic"
    catalog_dir: Path = _REPO_ROOT / "samples" / "catalog"
    provider_delays: dict[str, float] = {}
    marketplace_domains: tuple[str, ...] = ()
    price_currency: str = "EUR"
    # The currency of POST /classify's prices when the caller asks for none (?currency=).
    classify_currency: str = "EUR"

    max_image_bytes: int = 20 * 1024 * 1024
    # POST /classify's own limit (0: max_image_bytes). Behind a function URL (6 MB a request,
    # base64 included) the template sets 4 MB; larger photos go through the presigned upload.
    classify_max_bytes: int = 0
    # The longest a stream stays open (0: until done); then it ends and the client resumes with
    # Last-Event-ID or ?after=. In AWS each open stream holds a relay function.
    stream_max_s: float = 0.0
    max_image_pixels: int = 50_000_000
    upload_expires_s: int = 900
    retention_days: int = 7
    max_wait_s: float = 25.0
    max_receive_count: int = 3
    # How long a run may stay open before a reader closes it (``run-deadline``): a little past
    # its longest retry path (each stage's deliveries times its queue's visibility time-out).
    run_deadline_s: float = 4800.0
    # A failed delivery comes back after this delay, doubled on each retry up to the maximum.
    redelivery_delay_s: float = 2.0
    redelivery_delay_max_s: float = 60.0
    # Time a stage keeps back from its function's time-out to record a provider's time-out.
    stage_time_margin_s: float = 3.0
    stream_base_url: str = ""
    # Proxies (addresses or networks) whose X-Forwarded-Host/-Proto the local gateway believes.
    trusted_proxies: tuple[str, ...] = ()
    # The largest body an API route (not /classify) reads; larger ones get 413 unread.
    max_api_body_bytes: int = 64 * 1024
    # Local gateway threads for API requests, and (apart) for the long-polls that wait.
    local_api_threads: int = 16
    local_long_poll_threads: int = 64
    # The local gateway closes a connection whose request head takes longer (slowloris).
    local_head_timeout_s: float = 5.0

    relay_poll_min_s: float = 0.03
    relay_poll_max_s: float = 0.2
    relay_keepalive_s: float = 15.0
    relay_allowed_origins: tuple[str, ...] = ("*",)
    # Per source address: requests a minute (0: no limit) and at once, on creating queries and
    # POST /classify (a token bucket in the table; the template sets it in AWS).
    rate_limit_per_minute: float = 0.0
    rate_limit_burst: int = 10

    # The google-lens provider: where the Lens flow starts, the browser it drives, its budget.
    lens_url: str = "https://www.google.com/?olud"
    lens_timeout_s: float = 30.0
    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    chromium_single_process: bool = False
    chromium_flags: str = ""  # more Chromium flags, shell-quoted (e.g. a proxy)
    # Less blocking for the providers that talk to Google (google-lens, lens-http): the consent
    # cookie preset (None: Google's "reject all" answer; "": none), a proxy for both, the user
    # agent (""; the browser's own without "Headless"), results kept per image fingerprint, and
    # at most so many searches a minute per outgoing address (0: no limit).
    lens_consent_cookie: str | None = None
    lens_proxy: str = ""
    lens_user_agent: str = ""
    lens_cache_seconds: float = 3600.0
    lens_searches_per_minute: int = 10
    # The lens-http provider: where the photo is posted (multipart ``encoded_image``).
    lens_upload_url: str = "https://lens.google.com/v3/upload"
    # The serpapi provider: key (or an ssm:/secretsmanager: reference), endpoint, locale.
    serpapi_api_key: str = ""
    serpapi_base_url: str = "https://serpapi.com"
    serpapi_timeout_s: float = 30.0
    serpapi_country: str = ""
    serpapi_language: str = ""
    # A second search (type=exact_matches, paid as one more search) for Lens's exact matches.
    serpapi_exact_matches: bool = False
    # A further search (type=products, paid likewise) for the products Lens shows, with prices.
    serpapi_products: bool = False
    # How the photo reaches SerpApi: "upload" (its bytes to the Image API) or "url" (a
    # presigned URL SerpApi fetches).
    serpapi_image_mode: str = "upload"
    # The openai analyst: key (or an ssm:/secretsmanager: reference), model, endpoint, budget;
    # how the photo travels ("auto": base64 next to an emulator, whose URLs OpenAI cannot reach).
    openai_api_key: str = ""
    openai_model: str = "gpt-4o"
    openai_base_url: str = ""
    openai_timeout_s: float = 60.0
    openai_max_retries: int = 2
    openai_image_mode: str = "auto"
    # ANALYST=auto: the heuristic answers first; below this confidence (and with an OpenAI key)
    # the openai analyst is asked and refines the answer. The lowest confidence at which the
    # heuristic's answers were >= 95 % right out of sample (docs/evaluation.md, "Escalation").
    escalation_threshold: float = 0.81
    # schema.org Product data (structured_data.py) read from this many of the top matched pages
    # and from the producer's page, all of one read within the budget (0: none read; the
    # deployed stack reads 3).
    product_pages: int = 0
    product_pages_budget_s: float = 5.0
    # Fetching producer pages named by matches or models (see net/safe_fetch.py).
    fetch_max_bytes: int = 4 * 1024 * 1024
    fetch_timeout_s: float = 10.0
    # Whether URLs from outside may reach 127.0.0.1 / ::1 (producer pages, webhook callbacks):
    # the local stack sets it, so that its fakes and a test's receiver can be reached; never in AWS.
    fetch_allow_loopback: bool = False
    # Webhooks: tries of one delivery before it is given up, the delay after the first failed
    # try (doubled after each, up to the maximum), and each POST's wall-clock limit.
    webhook_max_attempts: int = 6
    webhook_retry_base_s: float = 2.0
    webhook_retry_max_s: float = 300.0
    webhook_timeout_s: float = 10.0
    # A receiver that accepts the connection and never answers holds a delivery only this long:
    # the time to connect, and to the answer's first byte (both within webhook_timeout_s).
    webhook_connect_timeout_s: float = 3.0
    webhook_first_byte_s: float = 5.0
    # Deliveries POSTing to one destination (scheme, host and port) at once; the others to it
    # wait (without holding a delivery function) until one ends.
    webhook_destination_concurrency: int = 2
    # Access keys: whether every request must carry one (x-api-key). In AWS, API Gateway checks
    # the API's requests against its usage plan and the relay checks the same keys; locally the
    # keys are those of local_access_keys. Off unless asked for.
    require_access_key: bool = False
    local_access_keys: tuple[str, ...] = ()
    usage_plan_name: str = ""  # in AWS: the usage plan whose keys the relay takes
    # In AWS, API Gateway checks the API's keys before the function runs: the key's presence
    # is then enough for the function (it scopes queries by the key's hash).
    access_keys_checked_in_front: bool = False
    # PRICER=ebay|serpapi-ebay|auto: how long the pricing stage waits for the item's name (within
    # its function's time), and how often it looks.
    pricing_wait_s: float = 40.0
    pricing_poll_s: float = 0.25
    # eBay's Browse API (PRICER=ebay, auto): the application's keys (or ssm:/secretsmanager:
    # references), endpoint, marketplace (empty: from PRICE_CURRENCY), listing conditions,
    # categories, page size and pages; SerpApi's eBay engine uses the SerpApi key above and
    # the eBay site of PRICE_CURRENCY (or EBAY_DOMAIN).
    ebay_client_id: str = ""
    ebay_client_secret: str = ""
    ebay_base_url: str = "https://api.ebay.com"
    ebay_marketplace_id: str = ""
    ebay_domain: str = ""
    ebay_conditions: str = "USED"
    ebay_category_ids: str = ""
    ebay_page_size: int = 50
    ebay_pages: int = 2
    ebay_timeout_s: float = 10.0
    # Units of each currency per 1 EUR for the estimate; empty: the DEFAULT_RATES of
    # providers/pricing/prices.py.
    price_rates: dict[str, float] = {}
    # The simulated provider set (benchmarks, fault tests): each stage's fixed time in seconds,
    # the probability per provider call of each injected fault, and how long a hang lasts.
    simulated_latencies: dict[str, float] = {"lens": 1.0, "gpt": 1.0, "pricing": 0.5}
    simulated_faults: dict[str, float] = {}
    simulated_hang_s: float = 5.0

    @field_validator("simulated_latencies", "simulated_faults", mode="before")
    @classmethod
    def _stage_numbers(cls, value: object) -> object:
        """``"lens=1,gpt=0.5"`` as the environment writes it, or a mapping."""
        return _parse_delays(value) if isinstance(value, str) else value

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {
            "queue_urls": {
                stage: env[f"{stage.upper()}_QUEUE_URL"]
                for stage in ("lens", "gpt", "pricing", "webhooks")
                if env.get(f"{stage.upper()}_QUEUE_URL")
            },
            "provider_delays": _parse_delays(env.get("PROVIDER_DELAYS", "")),
            "marketplace_domains": _parse_list(env.get("MARKETPLACE_DOMAINS", "")),
            "price_rates": _parse_rates(env.get("PRICE_RATES", "")),
        }
        if env.get("RELAY_ALLOWED_ORIGINS"):
            values["relay_allowed_origins"] = _parse_list(env["RELAY_ALLOWED_ORIGINS"])
        if env.get("LOCAL_ACCESS_KEYS"):
            values["local_access_keys"] = _parse_list(env["LOCAL_ACCESS_KEYS"])
        if env.get("TRUSTED_PROXIES"):
            values["trusted_proxies"] = _parse_list(env["TRUSTED_PROXIES"])
        for field, var in _ENV_FIELDS.items():
            if env.get(var):
                values[field] = env[var]
        if not env.get("ANALYST") and env.get("OPENAI_API_KEY"):
            # A key means the model may be asked: only where the heuristic is unsure.
            values["analyst"] = "auto"
        return cls.model_validate(values)


def _parse_list(text: str) -> tuple[str, ...]:
    """``"a, b"`` -> ``("a", "b")``."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


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
    "pricing_wait_s": "PRICING_WAIT_SECONDS",
    "pricing_poll_s": "PRICING_POLL_SECONDS",
    "ebay_client_id": "EBAY_CLIENT_ID",
    "ebay_client_secret": "EBAY_CLIENT_SECRET",
    "ebay_base_url": "EBAY_BASE_URL",
    "ebay_marketplace_id": "EBAY_MARKETPLACE_ID",
    "ebay_domain": "EBAY_DOMAIN",
    "ebay_conditions": "EBAY_CONDITIONS",
    "ebay_category_ids": "EBAY_CATEGORY_IDS",
    "ebay_page_size": "EBAY_PAGE_SIZE",
    "ebay_pages": "EBAY_PAGES",
    "ebay_timeout_s": "EBAY_TIMEOUT_SECONDS",
    "classify_currency": "CLASSIFY_CURRENCY",
    "max_image_bytes": "MAX_IMAGE_BYTES",
    "classify_max_bytes": "CLASSIFY_MAX_BYTES",
    "stream_max_s": "STREAM_MAX_SECONDS",
    "max_image_pixels": "MAX_IMAGE_PIXELS",
    "upload_expires_s": "UPLOAD_EXPIRES_SECONDS",
    "retention_days": "RETENTION_DAYS",
    "max_wait_s": "MAX_WAIT_SECONDS",
    "max_receive_count": "MAX_RECEIVE_COUNT",
    "run_deadline_s": "RUN_DEADLINE_SECONDS",
    "redelivery_delay_s": "REDELIVERY_DELAY_SECONDS",
    "redelivery_delay_max_s": "REDELIVERY_DELAY_MAX_SECONDS",
    "stage_time_margin_s": "STAGE_TIME_MARGIN_SECONDS",
    "stream_base_url": "STREAM_BASE_URL",
    "max_api_body_bytes": "MAX_API_BODY_BYTES",
    "local_api_threads": "LOCAL_API_THREADS",
    "local_long_poll_threads": "LOCAL_LONG_POLL_THREADS",
    "local_head_timeout_s": "LOCAL_HEAD_TIMEOUT_SECONDS",
    "relay_poll_min_s": "RELAY_POLL_MIN_SECONDS",
    "relay_poll_max_s": "RELAY_POLL_MAX_SECONDS",
    "relay_keepalive_s": "RELAY_KEEPALIVE_SECONDS",
    "rate_limit_per_minute": "RATE_LIMIT_PER_MINUTE",
    "rate_limit_burst": "RATE_LIMIT_BURST",
    "lens_url": "LENS_URL",
    "lens_timeout_s": "LENS_TIMEOUT_SECONDS",
    "chromium_path": "CHROMIUM_PATH",
    "chromedriver_path": "CHROMEDRIVER_PATH",
    "chromium_single_process": "CHROMIUM_SINGLE_PROCESS",
    "chromium_flags": "CHROMIUM_FLAGS",
    "lens_consent_cookie": "LENS_CONSENT_COOKIE",
    "lens_proxy": "LENS_PROXY",
    "lens_user_agent": "LENS_USER_AGENT",
    "lens_cache_seconds": "LENS_CACHE_SECONDS",
    "lens_searches_per_minute": "LENS_SEARCHES_PER_MINUTE",
    "lens_upload_url": "LENS_UPLOAD_URL",
    "serpapi_api_key": "SERPAPI_API_KEY",
    "serpapi_base_url": "SERPAPI_BASE_URL",
    "serpapi_timeout_s": "SERPAPI_TIMEOUT_SECONDS",
    "serpapi_country": "SERPAPI_COUNTRY",
    "serpapi_language": "SERPAPI_LANGUAGE",
    "serpapi_exact_matches": "SERPAPI_EXACT_MATCHES",
    "serpapi_products": "SERPAPI_PRODUCTS",
    "serpapi_image_mode": "SERPAPI_IMAGE_MODE",
    "openai_api_key": "OPENAI_API_KEY",
    "openai_model": "OPENAI_MODEL",
    "openai_base_url": "OPENAI_BASE_URL",
    "openai_timeout_s": "OPENAI_TIMEOUT_SECONDS",
    "openai_max_retries": "OPENAI_MAX_RETRIES",
    "openai_image_mode": "OPENAI_IMAGE_MODE",
    "escalation_threshold": "ESCALATION_THRESHOLD",
    "product_pages": "PRODUCT_PAGES",
    "product_pages_budget_s": "PRODUCT_PAGES_SECONDS",
    "fetch_max_bytes": "FETCH_MAX_BYTES",
    "fetch_timeout_s": "FETCH_TIMEOUT_SECONDS",
    "fetch_allow_loopback": "FETCH_ALLOW_LOOPBACK",
    "webhook_max_attempts": "WEBHOOK_MAX_ATTEMPTS",
    "webhook_retry_base_s": "WEBHOOK_RETRY_BASE_SECONDS",
    "webhook_retry_max_s": "WEBHOOK_RETRY_MAX_SECONDS",
    "webhook_timeout_s": "WEBHOOK_TIMEOUT_SECONDS",
    "webhook_connect_timeout_s": "WEBHOOK_CONNECT_TIMEOUT_SECONDS",
    "webhook_first_byte_s": "WEBHOOK_FIRST_BYTE_SECONDS",
    "webhook_destination_concurrency": "WEBHOOK_DESTINATION_CONCURRENCY",
    "require_access_key": "REQUIRE_ACCESS_KEY",
    "usage_plan_name": "USAGE_PLAN_NAME",
    "access_keys_checked_in_front": "ACCESS_KEYS_CHECKED_IN_FRONT",
    "simulated_latencies": "SIMULATED_LATENCIES",
    "simulated_faults": "SIMULATED_FAULTS",
    "simulated_hang_s": "SIMULATED_HANG_SECONDS",
}


def _parse_delays(text: str) -> dict[str, float]:
    """``"lens=1,gpt=0.5"`` -> ``{"lens": 1.0, "gpt": 0.5}``."""
    pairs = (item.split("=", 1) for item in text.split(",") if "=" in item)
    return {stage.strip(): float(seconds) for stage, seconds in pairs}


def _parse_rates(text: str) -> dict[str, float]:
    """``PRICE_RATES``: a JSON object ``{"EUR": 1, "USD": 1.14}``, or the path of a JSON file."""
    text = text.strip()
    if not text:
        return {}
    document = json.loads(text if text.startswith("{") else Path(text).read_text("utf-8"))
    return {code.strip().upper(): float(rate) for code, rate in document.items()}


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
