"""The simulated provider set: fixed answers from the image hash, fixed latencies, and the
faults it injects when told to."""

from __future__ import annotations

import hashlib

import pytest

from chalicelib.config import Settings
from chalicelib.errors import LensGptError
from chalicelib.providers import registry, simulated
from chalicelib.providers.base import StagedImage
from chalicelib.providers.exceptions import NothingFound, ProviderError
from chalicelib.providers.simulated import Behaviour, SimulatedCrash, SimulatedTimeout
from chalicelib.wire import ChunkKind


def image(content: bytes) -> StagedImage:
    return StagedImage.from_bytes(content, hashlib.sha256(content).hexdigest(), "image/png")


def settings(**changes: object) -> Settings:
    values = {"lens_provider": "simulated", "analyst": "simulated", "pricer": "simulated",
              "simulated_latencies": "lens=0,gpt=0,pricing=0", **changes}
    return Settings.model_validate(values)


def run_all(s: Settings, photo: StagedImage) -> dict[str, object]:
    lens, analyst, pricer = registry.lens_provider(s), registry.analyst(s), registry.pricer(s)
    matches = lens.search(photo)
    identity = analyst.identify(photo, matches)
    page = analyst.producer_page(identity, matches)
    offers = pricer.offers(matches)
    return {
        ChunkKind.LENS_MATCHES: [m.model_dump() for m in matches],
        "model-producer": identity.model_dump(),
        "producer-url": page.model_dump(),
        "retail-price-details": analyst.retail_details(identity, page, matches).model_dump(),
        "second-hand-offers": [o.model_dump() for o in offers],
        "estimated-price": pricer.estimate(offers).model_dump(),
    }


def test_the_providers_answer_what_the_image_hash_says_and_always_the_same() -> None:
    photo = image(b"one photo")

    first, again = run_all(settings(), photo), run_all(settings(), photo)

    assert first == again == simulated.answers(photo.sha256)
    assert first["estimated-price"]["currency"] == "EUR"
    assert len(first["second-hand-offers"]) == 3


def test_different_images_are_different_items() -> None:
    items = {simulated.item_for(image(bytes([n])).sha256) for n in range(40)}

    assert len(items) > 30


def test_without_matches_the_analyst_names_nothing() -> None:
    with pytest.raises(NothingFound) as caught:
        registry.analyst(settings()).identify(image(b"x"), [])

    assert caught.value.code == "unidentified"


def test_a_stage_latency_is_spread_over_its_calls() -> None:
    slept: list[float] = []
    behaviour = Behaviour("gpt", settings(simulated_latencies="gpt=0.9"), sleep=slept.append)

    for _ in range(3):
        behaviour.call("answer")

    assert slept == pytest.approx([0.3, 0.3, 0.3])


@pytest.mark.parametrize(("kind", "raised", "code"), [
    ("error", ProviderError, "provider-unavailable"),
    ("hang", SimulatedTimeout, "provider-timeout"),
])
def test_injected_provider_faults_are_retryable_provider_errors(
    kind: str, raised: type, code: str
) -> None:
    slept: list[float] = []
    behaviour = Behaviour("lens", settings(simulated_faults=f"{kind}=1",
                                           simulated_hang_s=4), sleep=slept.append)

    with pytest.raises(raised) as caught:
        behaviour.call("search")

    assert caught.value.code == code and caught.value.retryable
    assert slept == ([4] if kind == "hang" else [])


def test_an_injected_crash_is_no_provider_error() -> None:
    behaviour = Behaviour("pricing", settings(simulated_faults="crash=1"))

    with pytest.raises(SimulatedCrash) as caught:
        behaviour.call("estimate")

    assert not isinstance(caught.value, LensGptError)


def test_each_fault_strikes_with_its_own_probability() -> None:
    draws = iter([0.05, 0.15, 0.25, 0.35])
    behaviour = Behaviour("gpt", settings(simulated_faults="error=0.1,crash=0.1,hang=0.1",
                                          simulated_hang_s=0), chance=lambda: next(draws))
    outcomes = []
    for _ in range(4):
        try:
            behaviour.call("answer")
            outcomes.append("ok")
        except (ProviderError, SimulatedCrash) as exc:
            outcomes.append(type(exc).__name__)

    assert outcomes == ["ProviderError", "SimulatedCrash", "SimulatedTimeout", "ok"]
