"""``ANALYST=auto``: the heuristic answers at once; a model is asked only when it is unsure.

Like an image-query service's confident answers: the cheap answer is streamed first with its
``confidence``; below ``escalation_threshold`` (and only when an OpenAI key is configured) the
openai analyst is asked, and its answer becomes a later ``model-producer`` chunk that refines the
first (``refines``: the first chunk's seq; the gpt stage writes it). A failed escalation leaves
the heuristic answer standing, since it was already streamed.

The model is shown the first answer and the evidence it weighed (``explain``: the leading name,
how many matches and independent sites name it, its own site, the strongest other name), so it
checks a reading rather than starting blind.
"""

from __future__ import annotations

from typing import Callable

from aws_lambda_powertools import Logger

from chalicelib.observability import SERVICE
from chalicelib.providers.base import Analyst, StagedImage
from chalicelib.providers.exceptions import ProviderError
from chalicelib.wire import Identity, LensMatch, ProducerPage, RetailDetails

logger = Logger(service=SERVICE, child=True)


class EscalatingAnalyst:
    """Heuristic first, the model when the heuristic is not confident (implements ``Analyst``)."""

    def __init__(self, first: Analyst, model: Callable[[], Analyst] | None,
                 threshold: float) -> None:
        self._first = first
        self._model_factory = model
        self._model: Analyst | None = None
        self.threshold = threshold

    def identify(self, image: StagedImage, matches: list[LensMatch],
                 hint: str | None = None) -> Identity:
        return self._first.identify(image, matches, **({"hint": hint} if hint else {}))

    def needs_model(self, identity: Identity) -> bool:
        """Whether the first answer is too unsure to stand alone and a model can be asked."""
        confidence = identity.confidence if identity.confidence is not None else 0.0
        return self._model_factory is not None and confidence < self.threshold

    def refine(self, image: StagedImage, matches: list[LensMatch],
               identity: Identity) -> Identity | None:
        """The model's answer when the first one is unsure, else None (nothing to refine)."""
        if not self.needs_model(identity):
            return None
        try:
            answer = self._ask_model(image, matches, identity)
        except ProviderError as exc:
            logger.warning("escalation to the model failed (%s); the first answer stands",
                           exc.code)
            return None
        return answer

    def _ask_model(self, image: StagedImage, matches: list[LensMatch],
                   identity: Identity) -> Identity:
        """The model's answer, shown the first answer and its evidence when the first analyst
        can explain itself (``explain``) and the model can take it (``reconsider``)."""
        model = self._model_analyst()
        # An analyst written before hints takes none; it is asked without one.
        hint = {"hint": image.hint} if image.hint else {}
        explain = getattr(self._first, "explain", None)
        reconsider = getattr(model, "reconsider", None)
        if explain is None or reconsider is None:
            return model.identify(image, matches, **hint)
        return reconsider(image, matches,
                          {**explain(matches, **hint), "answer": identity.model_dump()}, **hint)

    def producer_page(self, identity: Identity, matches: list[LensMatch]) -> ProducerPage:
        return self._for(identity).producer_page(identity, matches)

    def retail_details(self, identity: Identity, page: ProducerPage,
                       matches: list[LensMatch]) -> RetailDetails:
        return self._for(identity).retail_details(identity, page, matches)

    def _for(self, identity: Identity) -> Analyst:
        """The analyst whose answer this is: a refined answer came from the model."""
        return self._model_analyst() if identity.refines is not None else self._first

    def _model_analyst(self) -> Analyst:
        if self._model is None:
            assert self._model_factory is not None
            self._model = self._model_factory()
        return self._model
