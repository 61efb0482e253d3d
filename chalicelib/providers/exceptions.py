"""What a provider raises: failures, and findings about the item.

A ``ProviderError`` is a failure of an outside service (retried while deliveries remain, then an
``error`` chunk). A ``NothingFound`` is a finding: the service answered, but the evidence
supports no result. Each finding is a type of its own whose ``error`` code is derived from its
name (``NoMatches`` -> ``no-matches``); a run that ends with findings only is ``done``, not
``failed``, and is reused for the same image.
"""

from __future__ import annotations

import re

from chalicelib.errors import LensGptError


class ProviderError(LensGptError):
    """An outside service (visual search, analyst, pricing) could not answer."""

    code = "provider-error"

    def __init__(self, message: str, *, code: str | None = None, retryable: bool = False) -> None:
        super().__init__(message, code=code)
        self.retryable = retryable


class NothingFound(ProviderError):
    """The provider answered, but the evidence supports no result (a finding, not a failure)."""

    code = "nothing-found"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.code = re.sub(r"(?<!^)(?=[A-Z])", "-", cls.__name__).lower()

    def __init__(self, message: str) -> None:
        super().__init__(message)


class NoMatches(NothingFound):
    """Visual search found no match for the image."""


class Unidentified(NothingFound):
    """The matches (or the photo) name no item."""


class NoProducerPage(NothingFound):
    """No page of the producer's own was found."""


class NoOffers(NothingFound):
    """No second-hand offer was found, so nothing to estimate from."""


# The codes of the findings: an ``error`` chunk with one of these is not a failure.
FINDING_CODES: frozenset[str] = frozenset(
    finding.code for finding in (NoMatches, Unidentified, NoProducerPage, NoOffers)
)


class UnknownProvider(LensGptError):
    """The configuration names a provider that does not exist."""

    code = "unknown-provider"


class MissingSecret(LensGptError):
    """A provider needs a key that is not configured."""

    code = "missing-credentials"
