"""What a deployer chooses: the lens image, the providers, where the API keys are, alarm mail."""

from __future__ import annotations

from infra.resources import APP_NAME
from infra.template.cfn import Json, ref

LENS_IMAGE_URI = "LensImageUri"
LENS_PROVIDER = "LensProvider"
ANALYST = "Analyst"
PRICER = "Pricer"
OPENAI_MODEL = "OpenAiModel"
OPENAI_KEY_PARAMETER = "OpenAiKeyParameter"
SERPAPI_KEY_PARAMETER = "SerpApiKeyParameter"
EBAY_CLIENT_ID_PARAMETER = "EbayClientIdParameter"
EBAY_CLIENT_SECRET_PARAMETER = "EbayClientSecretParameter"
PRICE_CURRENCY = "PriceCurrency"
LOG_LEVEL = "LogLevel"
ALARM_EMAIL = "AlarmEmail"
HAS_ALARM_EMAIL = "HasAlarmEmail"
CLASSIFY_MAX_BYTES = "ClassifyMaxBytes"
STREAM_MAX_SECONDS = "StreamMaxSeconds"

_SSM_NAME = {"Type": "String", "AllowedPattern": "^/[A-Za-z0-9_.\\-/]+$"}

PARAMETERS: dict[str, Json] = {
    LENS_IMAGE_URI: {
        "Type": "String", "MinLength": 1,
        "Description": "The lens stage's container image (built from layers/lens/Dockerfile) "
                       "in ECR: <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>",
    },
    # The catalog provider reads the repository's samples, which no function ships with.
    LENS_PROVIDER: {
        "Type": "String", "Default": "google-lens",
        "AllowedValues": ["google-lens", "lens-http", "serpapi", "auto"],
        "Description": "Visual search: google-lens (headless Chromium), lens-http, serpapi or "
                       "auto (lens-http, google-lens, then serpapi with a key)",
    },
    ANALYST: {
        "Type": "String", "Default": "auto",
        "Description": "Identity and retail details: auto (the heuristic, and the model where "
                       "it is unsure), openai or heuristic",
    },
    PRICER: {"Type": "String", "Default": "heuristic",
             "Description": "Offers and estimate: heuristic (Lens matches), ebay (Browse API), "
                            "serpapi-ebay (sold listings) or auto (whichever has keys)"},
    OPENAI_MODEL: {"Type": "String", "Default": "gpt-4o", "Description": "The analyst's model"},
    OPENAI_KEY_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/openai-api-key",
        "Description": "SSM parameter (SecureString) holding the OpenAI API key",
    },
    SERPAPI_KEY_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/serpapi-api-key",
        "Description": "SSM parameter (SecureString) holding the SerpApi key (lens serpapi, "
                       "pricer serpapi-ebay)",
    },
    EBAY_CLIENT_ID_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/ebay-client-id",
        "Description": "SSM parameter (SecureString) holding the eBay application's client id "
                       "(pricer ebay)",
    },
    EBAY_CLIENT_SECRET_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/ebay-client-secret",
        "Description": "SSM parameter (SecureString) holding the eBay application's client "
                       "secret (pricer ebay)",
    },
    PRICE_CURRENCY: {
        "Type": "String", "Default": "EUR", "AllowedPattern": "^[A-Z]{3}$",
        "Description": "ISO 4217 currency of the estimated price",
    },
    LOG_LEVEL: {
        "Type": "String", "Default": "INFO", "AllowedValues": ["DEBUG", "INFO", "WARNING", "ERROR"],
        "Description": "The functions' log level",
    },
    # A function URL takes 6 MB a request, base64 included: about 4.5 MB of photo.
    CLASSIFY_MAX_BYTES: {
        "Type": "Number", "Default": 4 * 1024 * 1024, "MinValue": 1024, "MaxValue": 4_500_000,
        "Description": "Largest photo POST /classify takes (the relay's function URL carries "
                       "at most 6 MB); larger ones go through the presigned upload",
    },
    # Each open stream holds a relay function (and its concurrency) while it waits.
    STREAM_MAX_SECONDS: {
        "Type": "Number", "Default": 300, "MinValue": 30, "MaxValue": 880,
        "Description": "Longest a stream stays open (then the client resumes with "
                       "Last-Event-ID); below the relay's 900 s time-out",
    },
    ALARM_EMAIL: {
        "Type": "String", "Default": "",
        "Description": "Where alarms are mailed (empty: subscribe to the alarm topic yourself)",
    },
}

CONDITIONS: dict[str, Json] = {
    HAS_ALARM_EMAIL: {"Fn::Not": [{"Fn::Equals": [ref(ALARM_EMAIL), ""]}]},
}

# Protecting the account: the API's request rate, and the concurrency the two functions that
# answer people reserve (so a burst of stage work cannot starve them, nor they the account).
API_RATE_LIMIT = "ApiRateLimit"
API_BURST_LIMIT = "ApiBurstLimit"
# What the API and the relay reserve when the account has room for it. Lambda keeps 100
# concurrent executions unreserved in every account (and a new account may have 10 in all), so no
# fixed number is asked for: the template reserves nothing by default, and `make deploy` passes
# what the account can give (infra/preflight.py). The stages are capped by their event source
# mappings instead (MaximumConcurrency, infra/resources.py), which reserves nothing.
RESERVED_CONCURRENCY = {"api": 10, "relay": 20}


def reserved_concurrency(key: str) -> str:
    """The parameter of function ``key``'s reserved concurrency."""
    return "ReservedConcurrency" + "".join(part.title() for part in key.split("-"))


def reserves(key: str) -> str:
    """The condition under which function ``key`` reserves concurrency."""
    return f"Reserves{reserved_concurrency(key).removeprefix('ReservedConcurrency')}"


for _key in RESERVED_CONCURRENCY:
    PARAMETERS[reserved_concurrency(_key)] = {
        "Type": "Number", "Default": -1, "MinValue": -1,
        "Description": f"Concurrent executions reserved for (and the most taken by) "
                       f"{APP_NAME}-{_key}; -1: none reserved, no cap (make deploy sizes it "
                       f"from the account's unreserved concurrency)",
    }
    CONDITIONS[reserves(_key)] = {
        "Fn::Not": [{"Fn::Equals": [ref(reserved_concurrency(_key)), -1]}]}
PARAMETERS[API_RATE_LIMIT] = {
    "Type": "Number", "Default": 20, "MinValue": 1,
    "Description": "Requests per second the API stage takes in all (more get 429)",
}
PARAMETERS[API_BURST_LIMIT] = {
    "Type": "Number", "Default": 40, "MinValue": 1,
    "Description": "Requests the API stage takes at once above its rate",
}
# The per-client rate limit on creating queries and on POST /classify (a token bucket per
# source address in the table).
RATE_LIMIT_PER_MINUTE = "RateLimitPerMinute"
RATE_LIMIT_BURST = "RateLimitBurst"
PARAMETERS[RATE_LIMIT_PER_MINUTE] = {
    "Type": "Number", "Default": 30, "MinValue": 0,
    "Description": "Queries (and /classify calls) one source address may start a minute, after "
                   "its burst; more get 429 with Retry-After (0: no limit)",
}
PARAMETERS[RATE_LIMIT_BURST] = {
    "Type": "Number", "Default": 10, "MinValue": 1,
    "Description": "Queries one source address may start at once",
}
