"""Marketplace pricing through the real client code against the local fakes, which replay the
real saved answers of ``samples/evaluation/pricing``; and the pricing stage with it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from chalicelib.providers.exceptions import ProviderError
from chalicelib.providers.pricing.heuristic import HeuristicPricer
from chalicelib.providers.pricing.market import MarketPricer
from chalicelib.providers.pricing.market_search import EbayBrowse, SerpApiEbay
from chalicelib.services import Services
from chalicelib.wire import ChunkKind, Identity
from devstack.fakes.marketplace_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    SERPAPI_KEY,
    FakeMarketplace,
    serve_marketplace,
)
from devstack.fakes.openai_server import FakeOpenAI, schema_name, serve_fake_openai, status
from devstack.fakes.openai_server import structured as answer
from devstack.photos import sample_photo
from tests.unit.test_analysis_stages import configure, openai_env
from tests.unit.test_pipeline import chunks_of, drain, upload

IPHONE_4S = Identity(producer="Apple", model="iPhone 4S")
IPHONE_12 = Identity(producer="Apple", model="iPhone 12")


@pytest.fixture
def market() -> Iterator[FakeMarketplace]:
    fake, server = serve_marketplace()
    yield fake
    server.shutdown()


@pytest.fixture
def openai() -> Iterator[FakeOpenAI]:
    with serve_fake_openai() as server:
        yield server


def browse(market: FakeMarketplace, **kw: object) -> EbayBrowse:
    return EbayBrowse(CLIENT_ID, CLIENT_SECRET, market.base_url, **kw)  # type: ignore[arg-type]


def test_ebay_browse_asks_for_a_token_once_and_pages_within_its_bound(
    market: FakeMarketplace,
) -> None:
    search = browse(market, currency="USD", limit=40, pages=2)

    first = search.search("Apple iPhone 12")
    again = search.search("Apple iPhone 12")

    # One token for both searches; two pages of 40 each time (the saved answer holds 100)
    assert [r["path"] for r in market.requests].count("/identity/v1/oauth2/token") == 1
    pages = [r for r in market.requests if r["path"].endswith("/item_summary/search")]
    assert [p["params"]["offset"] for p in pages] == ["0", "40", "0", "40"]
    assert len(first) == len(again) == 80
    assert pages[0]["headers"]["X-EBAY-C-MARKETPLACE-ID"] == "EBAY_US"
    assert pages[0]["params"]["filter"] == "conditions:{USED}"
    assert first[0].title.startswith("2020 Apple iPhone SE 2nd Gen")


def test_ebay_browse_renews_a_refused_token_and_names_the_marketplace_of_the_currency(
    market: FakeMarketplace,
) -> None:
    search = browse(market, currency="GBP", pages=1)
    search.search("Apple iPhone 4S")
    market.expire_tokens()

    listings = search.search("Apple iPhone 4S")

    assert [r["path"] for r in market.requests].count("/identity/v1/oauth2/token") == 2
    assert listings and market.requests[-1]["headers"]["X-EBAY-C-MARKETPLACE-ID"] == "EBAY_GB"


def test_ebay_browse_with_wrong_keys_fails_as_an_auth_error(market: FakeMarketplace) -> None:
    with pytest.raises(ProviderError) as raised:
        EbayBrowse(CLIENT_ID, "wrong", market.base_url).search("Apple iPhone 4S")
    assert raised.value.code == "ebay-auth" and not raised.value.retryable


def test_ebay_server_errors_are_retryable(market: FakeMarketplace) -> None:
    search = browse(market)
    search.search("Apple iPhone 4S")  # a token first
    for _ in range(3):  # the session's own retries included
        market.then_answer(503, {"errors": [{"message": "Service unavailable"}]})
    with pytest.raises(ProviderError) as raised:
        search.search("Apple iPhone 4S")
    assert raised.value.code == "ebay-error" and raised.value.retryable


def test_serpapi_ebay_asks_for_sold_listings_and_reads_them_as_sales(
    market: FakeMarketplace,
) -> None:
    listings = SerpApiEbay(SERPAPI_KEY, market.base_url, currency="EUR").search("Apple iPhone 4S")

    (request,) = market.requests
    assert request["params"] | {"api_key": "x"} == {
        "engine": "ebay", "_nkw": "Apple iPhone 4S", "ebay_domain": "ebay.de", "LH_Sold": "1",
        "LH_Complete": "1", "api_key": "x"}
    assert listings and all(item.sold and item.source == "serpapi-ebay" for item in listings)


def test_serpapi_ebay_without_results_is_no_listings(market: FakeMarketplace) -> None:
    assert SerpApiEbay(SERPAPI_KEY, market.base_url).search("Nordkap Trailrunner 2") == []


@pytest.mark.parametrize("identity", [IPHONE_4S, IPHONE_12])
def test_the_named_item_gets_offers_of_itself_with_source_and_why_and_an_estimate(
    market: FakeMarketplace, identity: Identity
) -> None:
    pricer = MarketPricer([browse(market, currency="USD")], HeuristicPricer(currency="USD"))

    offers = pricer.offers_for(identity, [])

    assert offers and all(o.source == "ebay" and o.why for o in offers)
    model = (identity.model or "").lower()
    assert all(model in o.title.lower() for o in offers)
    estimate = pricer.estimate(offers)
    assert estimate.basis == "asking" and estimate.price > 0


def test_a_failing_marketplace_hands_over_to_the_next(market: FakeMarketplace) -> None:
    pricer = MarketPricer([EbayBrowse(CLIENT_ID, "wrong", market.base_url),
                           SerpApiEbay(SERPAPI_KEY, market.base_url)], HeuristicPricer())

    offers = pricer.offers_for(IPHONE_4S, [])

    assert offers and {o.source for o in offers} == {"serpapi-ebay"}
    assert pricer.estimate(offers).basis == "sold"


def market_env(market: FakeMarketplace, **more: str) -> dict[str, str]:
    return {"PRICER": "ebay", "EBAY_BASE_URL": market.base_url, "EBAY_CLIENT_ID": CLIENT_ID,
            "EBAY_CLIENT_SECRET": CLIENT_SECRET, "PRICE_CURRENCY": "USD", **more}


def names(openai: FakeOpenAI, producer: str, model: str) -> None:
    openai.answer = lambda body: answer({
        "IdentityAnswer": {"producer": producer, "model": model},
        "PageAnswer": {"link": None},
    }[schema_name(body)])


def test_the_item_the_analyst_names_gets_an_estimated_price_from_the_marketplace(
    aws: Services, monkeypatch: pytest.MonkeyPatch, market: FakeMarketplace, openai: FakeOpenAI
) -> None:
    # Given a marketplace pricer and an analyst that names the photo's item
    services = configure(monkeypatch, **market_env(market), **openai_env(openai))
    names(openai, "Apple", "iPhone 4S")
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())

    # When the pricing stage runs while the gpt stage names the item
    pricing = threading.Thread(target=drain, args=(services, "pricing"))
    pricing.start()
    drain(services, "gpt")
    pricing.join(30)

    # Then the Lens offers came at once, the marketplace's offers of the item followed, each
    # saying where it came from and why, and the estimate is made from them
    chunks = chunks_of(services, query_id)
    offers = [c for c in chunks if c.data_description == "second-hand-offers"]
    assert offers[0].data and {o["source"] for o in offers[0].data} == {"lens"}
    named = offers[-1].data
    assert named and {o["source"] for o in named} == {"ebay"}
    assert all("iphone 4s" in o["title"].lower() and o["why"] for o in named)
    (estimate,) = [c.data for c in chunks if c.data_description == "estimated-price"]
    assert estimate["currency"] == "USD" and estimate["basis"] == "asking"
    assert offers[-1].seq < next(c.seq for c in chunks if c.data_description == "estimated-price")
    assert chunks[-1].data_description == "done"


def test_a_refined_identity_is_priced_again(
    aws: Services, monkeypatch: pytest.MonkeyPatch, market: FakeMarketplace, openai: FakeOpenAI
) -> None:
    # Given the heuristic analyst, escalating to a model that names the item otherwise
    services = configure(monkeypatch, **market_env(market),
                         **{**openai_env(openai), "ANALYST": "auto"}, ESCALATION_THRESHOLD="1.0")
    names(openai, "Apple", "iPhone 12")
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())

    drain(services, "gpt")
    drain(services, "pricing")

    chunks = chunks_of(services, query_id)
    identities = [c for c in chunks if c.data_description == "model-producer"]
    assert identities[-1].data["refines"] == identities[0].seq
    estimates = [c.data for c in chunks if c.data_description == "estimated-price"]
    # The first name's price from its Lens offers, then the refined name's from eBay
    assert len(estimates) == 2
    last_offers = [c.data for c in chunks if c.data_description == "second-hand-offers"][-1]
    assert {o["source"] for o in last_offers} == {"ebay"}
    assert all("iphone 12" in o["title"].lower() for o in last_offers)


def test_with_no_name_in_time_the_lens_offers_are_priced(
    aws: Services, monkeypatch: pytest.MonkeyPatch, market: FakeMarketplace
) -> None:
    # Given a marketplace pricer that may wait only a moment for the item's name
    services = configure(monkeypatch, **market_env(market), PRICING_WAIT_SECONDS="0.2")
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())

    drain(services, "pricing")  # the gpt stage has not run

    chunks = chunks_of(services, query_id)
    (estimate,) = [c.data for c in chunks if c.data_description == "estimated-price"]
    assert estimate["price"] > 0
    assert not [r for r in market.requests if r["path"].endswith("/item_summary/search")]


@contextmanager
def listening(services: Services, event: str, handler: Callable[..., None]) -> Iterator[None]:
    """``handler`` called on botocore's ``event`` of the DynamoDB client while in the block."""
    events = services.clients.dynamodb.meta.events
    events.register(event, handler)
    try:
        yield
    finally:
        events.unregister(event, handler)


def test_the_stage_waiting_for_a_name_reads_each_chunk_of_the_log_once(
    aws: Services, monkeypatch: pytest.MonkeyPatch, market: FakeMarketplace
) -> None:
    # Given a marketplace pricer that waits a second for the item's name, looking often
    services = configure(monkeypatch, **market_env(market), PRICING_WAIT_SECONDS="1",
                         PRICING_POLL_SECONDS="0.05")
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())
    run_id = services.queries.get(query_id).run_id
    # and the gpt stage naming the item while the pricing stage waits (after its third read)
    answered: list[list[int]] = []  # the sort keys each query of the log's table answered

    def on_query(parsed: dict, **_: object) -> None:
        answered.append([int(item["sk"]["N"]) for item in parsed.get("Items", [])])
        if len(answered) == 3:
            services.log.append(run_id, "gpt/model-producer", "gpt", ChunkKind.MODEL_PRODUCER,
                                IPHONE_4S.model_dump())

    with listening(services, "after-call.dynamodb.Query", on_query):
        # When the pricing stage runs until its wait is over
        drain(services, "pricing")

    # Then it kept looking after the name came, yet read no item of the run twice (the Lens
    # matches least of all): each look asked only for the chunks after those it had seen
    read = [key for keys in answered for key in keys]
    assert len(answered) > 4 and len(read) == len(set(read))
    # and the name that came while it waited was priced from the marketplace
    chunks = chunks_of(services, query_id)
    offers = [c.data for c in chunks if c.data_description == "second-hand-offers"]
    assert offers[-1] and {o["source"] for o in offers[-1]} == {"ebay"}
    (estimate,) = [c.data for c in chunks if c.data_description == "estimated-price"]
    assert estimate["basis"] == "asking"


def test_when_the_analyst_gave_up_the_lens_offers_are_priced_without_waiting(
    aws: Services, monkeypatch: pytest.MonkeyPatch, market: FakeMarketplace, openai: FakeOpenAI
) -> None:
    # Given a marketplace pricer with its full wait, and a gpt stage that gave up (its model
    # answered 500 on the message's last delivery)
    services = configure(monkeypatch, **market_env(market), **openai_env(openai),
                         MAX_RECEIVE_COUNT="1")
    openai.answer = lambda body: status(500)
    query_id = upload(services, sample_photo("trail-shoe").read_bytes())
    drain(services, "gpt")
    after: list[int] = []  # from which seq each query of the log's table read

    def on_query(params: dict, **_: object) -> None:
        after.append(int(params["ExpressionAttributeValues"][":after"]["N"]))

    with listening(services, "provide-client-params.dynamodb.Query", on_query):
        # When the pricing stage runs
        drain(services, "pricing")

    # Then the run as it read it at its start (head and all chunks: after -1) told it that no
    # name would come: it looked for no newer chunks, and the Lens offers were estimated
    assert after and set(after) == {-1}
    chunks = chunks_of(services, query_id)
    (error,) = [c.data for c in chunks if c.data_description == "error"]
    assert error["stage"] == "gpt"
    (offers,) = [c.data for c in chunks if c.data_description == "second-hand-offers"]
    assert {o["source"] for o in offers} == {"lens"}
    (estimate,) = [c.data for c in chunks if c.data_description == "estimated-price"]
    assert estimate["price"] > 0 and chunks[-1].data_description == "done"


def test_auto_chains_sold_listings_then_ebay_and_without_keys_is_the_lens_pricer() -> None:
    from chalicelib.config import Settings
    from chalicelib.providers import registry

    keyless = registry.pricer(Settings(pricer="auto"))
    both = registry.pricer(Settings(pricer="auto", serpapi_api_key="k", ebay_client_id="i",
                                    ebay_client_secret="s", price_currency="GBP"))
    ebay_only = registry.pricer(Settings(pricer="auto", ebay_client_id="i",
                                         ebay_client_secret="s"))

    # Without keys: the Lens offers, as today (nothing waits for a name)
    assert isinstance(keyless, HeuristicPricer)
    assert not getattr(keyless, "needs_identity", False)
    # With keys: SerpApi's sold listings first, then eBay's active ones, on the currency's site
    assert isinstance(both, MarketPricer)
    assert [s.name for s in both.searches] == ["serpapi-ebay", "ebay"]
    assert both.searches[0].ebay_domain == "ebay.co.uk"  # type: ignore[attr-defined]
    assert both.searches[1].marketplace_id == "EBAY_GB"  # type: ignore[attr-defined]
    assert isinstance(ebay_only, MarketPricer)
    assert [s.name for s in ebay_only.searches] == ["ebay"]


def test_a_marketplace_pricer_prices_with_the_configured_marketplaces_currency_and_rates(
) -> None:
    from chalicelib.config import Settings
    from chalicelib.providers import registry
    from tests.unit.test_heuristic import NORDKAP

    # Given PRICER=ebay with the operator's marketplaces, currency and rates (1 EUR = 2 USD)
    pricer = registry.pricer(Settings(pricer="ebay", marketplace_domains=("vinted.*",),
                                      price_currency="usd", price_rates={"EUR": 1.0, "USD": 2.0}))

    # When the Lens offers come and are estimated
    offers = pricer.offers(NORDKAP)
    estimate = pricer.estimate(offers)

    # Then only the configured marketplace's listing is an offer, and its euros became dollars
    assert [(o.link, o.price, o.currency) for o in offers] == [
        ("https://www.vinted.de/items/2", 65.0, "EUR")]
    assert (estimate.price, estimate.currency, estimate.rates_date) == (130.0, "USD", None)


def test_a_marketplace_without_keys_leaves_the_items_lens_offers() -> None:
    from chalicelib.config import Settings
    from chalicelib.providers import registry
    from tests.unit.test_relevance import _lens_matches

    # Given PRICER=ebay with no keys configured
    pricer = registry.pricer(Settings(pricer="ebay"))

    # When the named item is priced, its Lens offers still stand (the search's error is logged)
    offers = pricer.offers_for(  # type: ignore[attr-defined]
        Identity(producer="Apple", model="MacBook Pro"), _lens_matches("real-01"))
    assert offers and {o.source for o in offers} == {"lens"}


def test_a_serpapi_plan_with_no_searches_left_is_not_retried() -> None:
    # SerpApi answers 429 both for too many searches at once (worth waiting for) and for a
    # plan that has none left (as SerpApi writes it), which no waiting cures
    from chalicelib.providers.exceptions import ProviderError
    from tests.fake_service import Answer, FakeService

    with FakeService() as serpapi:
        serpapi.routes["GET /search.json"] = [Answer(429, {
            "error": "Your account has run out of searches."})]
        with pytest.raises(ProviderError) as raised:
            SerpApiEbay(SERPAPI_KEY, serpapi.url).search("Apple iPhone 4S")

    assert raised.value.code == "serpapi-ebay-quota" and not raised.value.retryable
