"""The answers the model must give (JSON schemas, as pydantic models) and their checks.

The SDK sends each model as a strict JSON schema, so the model can only answer in that shape;
the SDK then validates the answer against it. What a schema cannot say is checked here: a page
link must be one of the candidates we offered, a currency must be an ISO 4217 code, a price
cannot be negative. An answer that fails is rejected (``InvalidAnswer``) and asked again.

Strict schemas need every field required, so "unknown" is ``null`` rather than a missing field,
and the specifications are a list of name/value pairs (a free-form object is not allowed).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from chalicelib.providers.exceptions import (
    NoProducerPage,
    ProviderError,
    Unidentified,
)
from chalicelib.providers.pricing.prices import currency_code
from chalicelib.wire import Identity, LensMatch, ProducerPage, RetailDetails

_MAX_NAME = 120
_MAX_TEXT = 2000
_MAX_SPECS = 30
_ISO_CODE = re.compile(r"^[A-Z]{3}$")


class InvalidAnswer(ProviderError):
    """The model's answer does not fit its schema or names something we did not offer."""

    code = "analyst-invalid-answer"


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IdentityAnswer(Answer):
    """Who made the item and which model it is."""

    producer: str | None = Field(
        description="The brand or maker, as it names itself; null if the evidence names none."
    )
    model: str | None = Field(
        description="The most specific model name the evidence supports (line, model, "
        "generation or code; no colour or size); null if unknown."
    )


class PageAnswer(Answer):
    """The producer's own page for the item, chosen among the candidates."""

    link: str | None = Field(
        description="Exactly one candidate link, copied unchanged, that is on the producer's "
        "own website; null if no candidate is."
    )


class SpecEntry(Answer):
    name: str
    value: str


class RetailAnswer(Answer):
    """What the producer's page states about the item new."""

    price: float | None = Field(description="The current retail price as a number; null if "
                                "the page states none.")
    currency: str | None = Field(description="ISO 4217 code of that price, e.g. EUR; null if "
                                 "there is no price.")
    original_name: str | None = Field(description="The item's name as the page writes it.")
    description: str | None = Field(description="One or two sentences from the page.")
    material: str | None = Field(description="The main materials; null if not stated.")
    specs: list[SpecEntry] = Field(description="Technical specifications the page lists.")


def to_identity(answer: IdentityAnswer) -> Identity:
    producer, model = _clean(answer.producer, _MAX_NAME), _clean(answer.model, _MAX_NAME)
    if producer is None and model is None:
        raise Unidentified("the model could not identify the item")
    return Identity(producer=producer, model=model)


def to_page(answer: PageAnswer, candidates: dict[str, LensMatch]) -> ProducerPage:
    """The chosen candidate; a link we did not offer is rejected, whatever it looks like."""
    link = (answer.link or "").strip()
    if not link:
        raise NoProducerPage("no candidate is the producer's own page")
    chosen = candidates.get(link)
    if chosen is None:
        raise InvalidAnswer(f"the answer names a link that was not a candidate: {link[:200]!r}")
    return ProducerPage(link=chosen.link, title=chosen.title)


def to_retail(answer: RetailAnswer, page_link: str) -> RetailDetails:
    if answer.price is not None and answer.price < 0:
        raise InvalidAnswer(f"the answer gives a negative price ({answer.price})")
    written = (answer.currency or "").strip()
    currency = currency_code(written) or currency_code(written.upper()) if written else None
    if currency is not None and not _ISO_CODE.match(currency):
        currency = None
    priced = answer.price is not None and currency is not None
    specs = {}
    for entry in answer.specs[:_MAX_SPECS]:
        name, value = _clean(entry.name, _MAX_NAME), _clean(entry.value, _MAX_NAME)
        if name and value:
            specs[name] = value
    return RetailDetails(
        producer_url=page_link,
        price=answer.price if priced else None,
        currency=currency if priced else None,
        original_name=_clean(answer.original_name, _MAX_NAME * 2),
        description=_clean(answer.description, _MAX_TEXT),
        material=_clean(answer.material, _MAX_NAME * 2),
        specs=specs,
    )


def _clean(text: str | None, limit: int) -> str | None:
    """Trimmed text, or None for empty answers and the model's ways of saying "unknown"."""
    if text is None:
        return None
    text = " ".join(text.split())
    if not text or text.casefold() in {"null", "none", "unknown", "n/a", "-"}:
        return None
    return text[:limit]
