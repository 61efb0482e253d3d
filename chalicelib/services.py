"""The one place per process where the service's parts are built from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import boto3

from chalicelib.config import Settings, get_settings
from chalicelib.net.safe_fetch import SafeFetcher
from chalicelib.providers import registry
from chalicelib.providers.base import Analyst, LensProvider, Pricer
from chalicelib.providers.pricing.prices import DEFAULT_RATES, DEFAULT_RATES_DATE, convert
from chalicelib.stores.callbacks import CallbackStore, DestinationStore
from chalicelib.stores.clients import AwsClients, get_clients
from chalicelib.stores.media import MediaBucket
from chalicelib.stores.queries import QueryStore
from chalicelib.stores.queues import StageQueues
from chalicelib.stores.rate_limits import RateLimiter
from chalicelib.stores.results_log import ResultsLog
from chalicelib.surfaces.access import AccessPolicy, StaticKeys, UsagePlanKeys

WEBHOOK_USER_AGENT = "lens-gpt-webhooks/1"


@dataclass
class Services:
    """Settings, AWS-backed stores and providers, each built once and on first use."""

    settings: Settings
    clients: AwsClients

    @cached_property
    def log(self) -> ResultsLog:
        settings = self.settings
        # A run's webhook followers are nudged through the webhooks queue (built when needed).
        return ResultsLog(self.clients.dynamodb, settings.table, settings.retention_days,
                          settings.run_deadline_s, nudge=lambda query: self.queues.nudge(query))

    @cached_property
    def callback_fetcher(self) -> SafeFetcher:
        """Checks callback URLs and POSTs webhook deliveries: public addresses only."""
        settings = self.settings
        return SafeFetcher(timeout_s=settings.webhook_timeout_s,
                           allow_loopback=settings.fetch_allow_loopback,
                           user_agent=WEBHOOK_USER_AGENT,
                           connect_timeout_s=settings.webhook_connect_timeout_s,
                           first_byte_s=settings.webhook_first_byte_s)

    @cached_property
    def queries(self) -> QueryStore:
        return QueryStore(
            self.clients.dynamodb, self.settings.table, self.log, self.settings.retention_days
        )

    @cached_property
    def callbacks(self) -> CallbackStore:
        return CallbackStore(self.clients.dynamodb, self.settings.table)

    @cached_property
    def destinations(self) -> DestinationStore:
        return DestinationStore(self.clients.dynamodb, self.settings.table)

    @cached_property
    def access(self) -> AccessPolicy:
        """Whether requests need an access key, and which keys are valid: those the settings
        name (the local gateway), else those of the deployment's usage plan (the relay)."""
        settings = self.settings
        if not settings.require_access_key:
            return AccessPolicy(False)
        if settings.access_keys_checked_in_front:
            return AccessPolicy(True)
        if settings.local_access_keys or not settings.usage_plan_name:
            return AccessPolicy(True, StaticKeys(settings.local_access_keys))
        client = boto3.session.Session().client("apigateway", region_name=settings.region)
        return AccessPolicy(True, UsagePlanKeys(client, settings.usage_plan_name))

    @cached_property
    def bucket(self) -> MediaBucket:
        return MediaBucket(self.clients.s3, self.settings.bucket)

    @cached_property
    def rate_limiter(self) -> RateLimiter:
        settings = self.settings
        return RateLimiter(self.clients.dynamodb, settings.table, settings.rate_limit_per_minute,
                           settings.rate_limit_burst)

    @cached_property
    def queues(self) -> StageQueues:
        return StageQueues(self.clients.sqs, self.settings.queue_urls)

    @cached_property
    def known_currencies(self) -> frozenset[str]:
        """The currencies prices can be converted between (the rate table's)."""
        return frozenset(self.settings.price_rates or DEFAULT_RATES)

    @property
    def exchange_rates_date(self) -> str:
        """The day the rate table is from ("configured" for a table given in the settings)."""
        return "configured" if self.settings.price_rates else DEFAULT_RATES_DATE

    def convert_currency(self, amount: float, source: str, target: str) -> float:
        """``amount`` of ``source`` in ``target`` by the rate table; ValueError when unknown."""
        return convert(amount, source, target, self.settings.price_rates or None)

    @cached_property
    def lens(self) -> LensProvider:
        return registry.lens_provider(self.settings)

    @cached_property
    def analyst(self) -> Analyst:
        return registry.analyst(self.settings)

    @cached_property
    def pricer(self) -> Pricer:
        return registry.pricer(self.settings)


@lru_cache(maxsize=1)
def get_services() -> Services:
    """The process's services."""
    return Services(get_settings(), get_clients())


def reset_services() -> None:
    """Forget the cached settings, clients and services (tests that change the environment)."""
    get_services.cache_clear()
    get_clients.cache_clear()
    get_settings.cache_clear()
