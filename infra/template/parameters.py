"""What a deployer chooses: the lens image, the providers, where the API keys are, alarm mail."""

from __future__ import annotations

from infra.template.cfn import Json, ref

LENS_IMAGE_URI = "LensImageUri"
LENS_PROVIDER = "LensProvider"
ANALYST = "Analyst"
PRICER = "Pricer"
OPENAI_MODEL = "OpenAiModel"
OPENAI_KEY_PARAMETER = "OpenAiKeyParameter"
SERPAPI_KEY_PARAMETER = "SerpApiKeyParameter"
PRICE_CURRENCY = "PriceCurrency"
LOG_LEVEL = "LogLevel"
ALARM_EMAIL = "AlarmEmail"
HAS_ALARM_EMAIL = "HasAlarmEmail"
CLASSIFY_MAX_BYTES = "ClassifyMaxBytes"

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
        "Type": "String", "Default": "openai",
        "Description": "Identity and retail details: openai or heuristic",
    },
    PRICER: {"Type": "String", "Default": "heuristic", "Description": "Offers and estimate"},
    OPENAI_MODEL: {"Type": "String", "Default": "gpt-4o", "Description": "The analyst's model"},
    OPENAI_KEY_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/openai-api-key",
        "Description": "SSM parameter (SecureString) holding the OpenAI API key",
    },
    SERPAPI_KEY_PARAMETER: {
        **_SSM_NAME, "Default": "/lens-gpt/serpapi-api-key",
        "Description": "SSM parameter (SecureString) holding the SerpApi key (lens serpapi)",
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
    ALARM_EMAIL: {
        "Type": "String", "Default": "",
        "Description": "Where alarms are mailed (empty: subscribe to the alarm topic yourself)",
    },
}

CONDITIONS: dict[str, Json] = {
    HAS_ALARM_EMAIL: {"Fn::Not": [{"Fn::Equals": [ref(ALARM_EMAIL), ""]}]},
}
