"""The web page in real headless Chromium against the local stack.

Screenshots of the finished page (desktop and phone) are written to ``test-artifacts/``.
"""

from __future__ import annotations

import base64
import io
import random
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from chalicelib.images import sentences
from chalicelib.surfaces.web import PAGE_HEADERS, asset, index_html
from devstack.photos import sample_photo
from tests.e2e.dropping_proxy import DroppingProxy
from tests.fake_service import Answer, FakeService, chunk, document
from tests.helpers import REPO, Stack

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = REPO / "test-artifacts"
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--hide-scrollbars", "--lang=en-US",
    # The page honours reduced motion: its scroll to the first result is instant, so a click
    # never lands on a button still moving under a smooth scroll (it missed "Show all").
    "--force-prefers-reduced-motion",
)
PHONE = {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0, "mobile": True,
                           "touch": True}}


def start_browser(mobile: dict[str, Any] | None = None) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    if mobile:
        options.add_experimental_option("mobileEmulation", mobile)
    # The driver's path is given, so Selenium Manager never runs (it would go to the network).
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(1280, 1000)
    return driver


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    driver = start_browser()
    yield driver
    driver.quit()


@pytest.fixture
def phone() -> Iterator[WebDriver]:
    driver = start_browser(PHONE)
    yield driver
    driver.quit()


# -- what a user does and sees -------------------------------------------------------------------

def choose_photo(driver: WebDriver, base_url: str, path: Path) -> None:
    driver.get(f"{base_url}/")
    driver.find_element(By.ID, "file").send_keys(str(path))


def wait_until_finished(driver: WebDriver, timeout: float = 45) -> str:
    """The page's final state: ``done``, ``empty`` (nothing found) or ``failed``."""
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state")
        in ("done", "empty", "failed"))
    return driver.find_element(By.TAG_NAME, "body").get_attribute("data-state")


def text(driver: WebDriver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def query_id_of(driver: WebDriver) -> str:
    return driver.current_url.split("?q=", 1)[1]


def stored(stack: Stack, query_id: str) -> dict[str, Any]:
    """What the API says the query holds, by kind of chunk."""
    state = requests.get(f"{stack.url}/queries/{query_id}", timeout=10).json()
    return {**state, "by_kind": {c["data_description"]: c["data"] for c in state["chunks"]}}


def money_text(amount: float) -> str:
    """How the page (en-US) writes the number of an amount."""
    return f"{amount:,.2f}"


def stage_states(driver: WebDriver) -> dict[str, str]:
    return {node.get_attribute("data-stage"): node.get_attribute("data-state")
            for node in driver.find_elements(By.CSS_SELECTOR, ".stage")}


def press_tab(driver: WebDriver) -> str:
    """Press Tab; the id (or tag name) of what has the focus then."""
    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused = driver.switch_to.active_element
    return focused.get_attribute("id") or focused.tag_name


def save_screenshot(driver: WebDriver, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True})
    path = ARTIFACTS / name
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def assert_cards_show(driver: WebDriver, kinds: dict[str, Any]) -> None:
    """Every card holds what the chunks of these kinds say."""
    identity = kinds["model-producer"]
    assert text(driver, "producer") == identity["producer"]
    assert text(driver, "model") == identity["model"]

    page = kinds["producer-url"]
    producer_link = driver.find_element(By.ID, "producer-link")
    assert producer_link.get_attribute("href") == page["link"]
    assert producer_link.text == page["title"]
    assert_external(producer_link)

    retail = kinds["retail-price-details"]
    retail_price = driver.find_element(By.ID, "retail-price")
    assert float(retail_price.get_attribute("data-amount")) == retail["price"]
    assert money_text(retail["price"]) in retail_price.text
    assert retail["original_name"] in text(driver, "retail")

    offers = kinds["second-hand-offers"]
    shown = driver.find_elements(By.CSS_SELECTOR, "#offers li")
    assert len(shown) == len(offers)
    for item, offer in zip(shown, offers, strict=True):
        anchor = item.find_element(By.TAG_NAME, "a")
        assert anchor.get_attribute("href") == offer["link"]
        assert anchor.text == offer["title"]
        assert_external(anchor)
        assert money_text(offer["price"]) in item.find_element(By.CLASS_NAME, "offer-price").text
        wear = item.find_element(By.CLASS_NAME, "wear").text
        assert wear == (offer["wear"] or "condition unknown")
        if offer.get("why"):  # each comparable says why it counts as the item
            assert item.find_element(By.CLASS_NAME, "offer-why").text == f"Why: {offer['why']}"

    estimate = kinds["estimated-price"]
    price = driver.find_element(By.ID, "estimate-price")
    assert float(price.get_attribute("data-amount")) == estimate["price"]
    assert money_text(estimate["price"]) in price.text
    assert money_text(estimate["min_range"]) in text(driver, "estimate-min")
    assert money_text(estimate["max_range"]) in text(driver, "estimate-max")
    assert text(driver, "estimate-basis").startswith(
        "From sold listings" if estimate["basis"] == "sold" else "From asking prices")
    assert f"{round(estimate['certainty'] * 100)} %" in text(driver, "certainty")
    bar = driver.find_element(By.ID, "range-fill")
    assert bar.size["width"] > 0
    assert money_text(estimate["price"]) in driver.find_element(By.ID, "range").get_attribute(
        "aria-label")

    matches = kinds["lens-matches"]
    assert str(len(matches)) in text(driver, "matches-count")
    assert not driver.find_elements(By.CSS_SELECTOR, '.card[data-filled="false"]')


def assert_external(anchor: WebElement) -> None:
    assert anchor.get_attribute("rel") == "noopener noreferrer"
    assert anchor.get_attribute("target") == "_blank"


# -- tests ---------------------------------------------------------------------------------------

def test_a_photo_fills_every_card_with_the_values_of_its_stream(
    browser: WebDriver, stack: Stack,
) -> None:
    choose_photo(browser, stack.url, sample_photo("trail-shoe"))

    assert wait_until_finished(browser) == "done"
    query = stored(stack, query_id_of(browser))
    assert query["status"] == "done"
    assert_cards_show(browser, query["by_kind"])
    assert stage_states(browser) == {"lens": "done", "gpt": "done", "pricing": "done"}
    assert query["by_kind"]["model-producer"]["model"] in text(browser, "status")
    assert browser.find_element(By.ID, "preview").get_attribute("src").startswith("blob:")
    assert browser.find_element(By.ID, "permalink").get_attribute("href") == browser.current_url
    save_screenshot(browser, "page-desktop.png")


HAND_OVER = """
const [encoded, how] = arguments;
const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
const data = new DataTransfer();
data.items.add(new File([bytes], "handed-over.jpg", {type: "image/jpeg"}));
const init = {bubbles: true, cancelable: true};
if (how === "drop") {
  document.getElementById("dropzone").dispatchEvent(
    new DragEvent("drop", {...init, dataTransfer: data}));
} else {
  document.body.dispatchEvent(new ClipboardEvent("paste", {...init, clipboardData: data}));
}
"""


@pytest.mark.parametrize("how", ["drop", "paste"])
def test_a_photo_dragged_in_or_pasted_is_analysed_like_a_chosen_one(
    browser: WebDriver, stack: Stack, how: str,
) -> None:
    browser.get(f"{stack.url}/")
    photo = base64.b64encode(sample_photo("mug").read_bytes()).decode()

    browser.execute_script(HAND_OVER, photo, how)

    assert wait_until_finished(browser) == "done"
    assert_cards_show(browser, stored(stack, query_id_of(browser))["by_kind"])
    assert "handed-over.jpg" in text(browser, "preview-caption")


def test_the_permalink_replays_a_finished_result(browser: WebDriver, stack: Stack) -> None:
    created = stack.submit(sample_photo("wristwatch").read_bytes())
    stack.poll_until_finished(created["id"])

    browser.get(f"{stack.url}/?q={created['id']}")

    assert wait_until_finished(browser) == "done"
    assert_cards_show(browser, stored(stack, created["id"])["by_kind"])
    assert stage_states(browser) == {"lens": "done", "gpt": "done", "pricing": "done"}
    # And the photo of the query is shown, not only said to exist
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(
        "const i = document.getElementById('preview'); return i.complete && !i.hidden"))
    preview = browser.find_element(By.ID, "preview")
    assert browser.execute_script("return arguments[0].naturalWidth", preview) > 0
    assert preview.is_displayed()
    assert text(browser, "preview-caption") == "The photo of this result"
    save_screenshot(browser, "page-permalink.png")


def noise_photo(path: Path) -> Path:
    """A photo of nothing: random pixels, unlike anything any search knows."""
    Image.frombytes("RGB", (320, 240), random.Random(7).randbytes(320 * 240 * 3)).save(
        path, format="JPEG", quality=90)
    return path


def test_a_photo_of_nothing_says_nothing_was_found_without_calling_it_done_or_a_failure(
    browser: WebDriver, stack: Stack, tmp_path: Path,
) -> None:
    # Given a photo in which nothing can be recognised
    choose_photo(browser, stack.url, noise_photo(tmp_path / "noise.jpg"))

    # When its query is finished
    state = wait_until_finished(browser)

    # Then the page says nothing was found: not green "Done", no stage in red, no problem
    # listed, and nothing of the service's inside (distances, limits)
    errors = [c["data"] for c in stored(stack, query_id_of(browser))["chunks"]
              if c["data_description"] == "error"]
    assert errors and all(e["code"] in ("no-matches", "unidentified", "no-offers",
                                        "no-producer-page") for e in errors)
    status = text(browser, "status")
    assert state == "empty"
    assert "Done" not in status and "Nothing could be identified" in status
    assert set(stage_states(browser).values()) <= {"empty", "done", "finished"}
    assert "gave up" not in text(browser, "progress")
    assert not browser.find_element(By.ID, "problems").is_displayed()
    page_text = browser.find_element(By.TAG_NAME, "body").text
    assert "distance" not in page_text and "limit" not in page_text
    sentences = [s.strip() for s in page_text.replace("\n", ". ").split(". ") if s.strip()]
    assert not [s for s in set(sentences) if sentences.count(s) > 1 and len(s) > 30]
    save_screenshot(browser, "page-nothing-found.png")


def test_a_permalink_to_no_query_says_so(browser: WebDriver, stack: Stack) -> None:
    browser.get(f"{stack.url}/?q=no-such-query")

    assert wait_until_finished(browser) == "failed"
    assert "no result at this link" in text(browser, "problems")


def test_a_damaged_photo_shows_the_error_in_words(browser: WebDriver, stack: Stack) -> None:
    choose_photo(browser, stack.url, REPO / "samples" / "bad" / "truncated.png")

    assert wait_until_finished(browser) == "failed"
    problems = text(browser, "problems")
    error = stored(stack, query_id_of(browser))["by_kind"]["error"]
    assert "Visual search: The photo is damaged or incomplete." in problems
    assert error["message"] in problems
    assert problems.count(error["message"]) == 1
    assert stage_states(browser)["lens"] == "failed"
    assert "gave up" in browser.find_element(By.CSS_SELECTOR, '[data-stage="lens"]').text
    assert "problems" in text(browser, "status")
    save_screenshot(browser, "page-error.png")
    save_screenshot(browser, "page-failed.png")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("notes.txt", b"\xff\xd8\xff" + bytes(97), sentences.NOT_AN_IMAGE),
    ("not-an-image.jpg", (REPO / "samples" / "bad" / "not-an-image.jpg").read_bytes(),
     sentences.NOT_AN_IMAGE),
    ("empty.jpg", b"", sentences.EMPTY_FILE),
    # Sizes in the units they are labelled with: 22,020,096 bytes are 22.02 MB
    ("huge.jpg", b"\xff\xd8\xff" + bytes(21 * 1024 * 1024 - 3),
     sentences.too_large(21 * 1024 * 1024, 20 * 1024 * 1024)),
])
def test_a_file_the_service_would_refuse_is_refused_in_its_words_before_any_upload(
    browser: WebDriver, stack: Stack, tmp_path: Path, name: str, content: bytes, words: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    choose_photo(browser, stack.url, path)

    assert wait_until_finished(browser) == "failed"
    assert words in text(browser, "problems")
    assert "?q=" not in browser.current_url
    assert browser.find_element(By.ID, "results").get_attribute("hidden") is not None


def test_a_dropped_stream_resumes_after_the_last_chunk_shown(
    browser: WebDriver, stack: Stack,
) -> None:
    with DroppingProxy(stack.url, cut_after=2) as proxy:
        choose_photo(browser, proxy.url, sample_photo("headphones"))

        assert wait_until_finished(browser) == "done"
        streams = proxy.streams()

    assert streams[0].cut
    resumed_from = {streams[1].last_event_id, streams[1].after}
    assert "2" in resumed_from
    assert len(streams) == 2
    assert_cards_show(browser, stored(stack, query_id_of(browser))["by_kind"])


def test_the_page_fits_a_phone_and_works_from_the_keyboard(phone: WebDriver, stack: Stack) -> None:
    phone.get(f"{stack.url}/")

    focus_order = [press_tab(phone) for _ in range(4)]
    assert focus_order[-2:] == ["file", "camera"]
    label = phone.find_element(By.CSS_SELECTOR, 'label[for="camera"]')
    assert label.value_of_css_property("outline-style") == "solid"
    assert phone.find_element(By.ID, "camera").get_attribute("capture") == "environment"
    assert phone.find_element(By.ID, "status").get_attribute("aria-live") == "polite"

    phone.find_element(By.ID, "file").send_keys(str(sample_photo("backpack")))

    assert wait_until_finished(phone) == "done"
    assert_cards_show(phone, stored(stack, query_id_of(phone))["by_kind"])
    # The results, which start below the photo on a phone, were scrolled to
    assert phone.execute_script("return window.scrollY") > 0
    top = phone.execute_script(
        "return document.querySelector('.card[data-filled=\"true\"]').getBoundingClientRect().top")
    assert top < phone.execute_script("return window.innerHeight")
    widths = phone.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], "the page scrolls sideways on a phone"
    save_screenshot(phone, "page-phone.png")


# -- the page against a scripted query: thumbnails, every match, the outcome line -----------------

def png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48, 48), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def match(n: int, thumbnail: str | None) -> dict[str, Any]:
    return {"title": f"Match number {n}", "link": f"https://shop.example/items/{n}",
            "source": "shop.example", "thumbnail": thumbnail, "price": None, "currency": None}


def scripted_query(page: FakeService, errors: list[tuple[str, str]]) -> dict[str, Any]:
    """A finished query with ten matches of every kind of thumbnail, and these stages' errors."""
    inline = "data:image/png;base64," + base64.b64encode(png("teal")).decode()
    thumbnails = [inline, f"{page.url}/thumbs/ours.png", "catalog://images/mug.png",
                  "https://thumbnails.invalid/x.jpg", "http://elsewhere.invalid/y.jpg",
                  *[None] * 5]
    chunks = [chunk(1, "lens-matches", [match(n, t) for n, t in enumerate(thumbnails)], "lens")]
    for stage, code in errors:
        chunks.append(chunk(len(chunks) + 1, "error",
                            {"stage": stage, "code": code, "message": f"{stage}: {code}"}, stage))
    chunks.append(chunk(len(chunks) + 1, "done", {"status": "done"}, "-"))
    return document("q1", "done", chunks)


@pytest.fixture
def scripted_page() -> Iterator[FakeService]:
    """The page's own files and headers, served with a query whose chunks the test chooses."""
    with FakeService() as page:
        page.routes["GET /"] = [Answer(200, index_html().encode(), PAGE_HEADERS)]
        for name in ("app.js", "app.css"):
            body, headers = asset(name)
            page.routes[f"GET /assets/{name}"] = [Answer(200, body.encode(), headers)]
        page.routes["GET /thumbs/ours.png"] = [Answer(200, png("orange"),
                                                      {"Content-Type": "image/png"})]
        yield page


def open_scripted(driver: WebDriver, page: FakeService, errors: list[tuple[str, str]]) -> str:
    page.routes["GET /queries/q1"] = [Answer(200, scripted_query(page, errors))]
    driver.get(f"{page.url}/?q=q1")
    state = wait_until_finished(driver, timeout=20)
    # Every picture has loaded or failed (an unreachable one may take a moment to fail).
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('.thumb img')].every((i) => i.complete)"))
    return state


def thumbnails_shown(driver: WebDriver) -> list[str]:
    """Per match: ``picture`` (an image that loaded), ``placeholder`` or ``broken``."""
    return driver.execute_script("""
        return [...document.querySelectorAll('#matches .thumb')].map((box) => {
          const img = box.querySelector('img');
          if (!img) return 'placeholder';
          return img.complete && img.naturalWidth > 0 ? 'picture' : 'broken';
        });""")


def rows_end_short(driver: WebDriver) -> list[str]:
    """The rows of cards that leave an empty cell: their last card ends before the row does."""
    return driver.execute_script("""
        const box = document.getElementById('results').getBoundingClientRect();
        const rows = {};
        for (const card of document.querySelectorAll('#results .card')) {
          const r = card.getBoundingClientRect();
          if (r.width === 0) continue;
          const top = Math.round(r.top);
          rows[top] = Math.max(rows[top] || 0, r.right);
        }
        return Object.entries(rows).filter(([, right]) => box.right - right > 2)
          .map(([top]) => top);""")


@pytest.mark.parametrize("width", [1280, 900, 390])
def test_every_match_is_reachable_with_a_picture_or_a_placeholder(
    browser: WebDriver, scripted_page: FakeService, width: int,
) -> None:
    browser.set_window_size(width, 1000)
    open_scripted(browser, scripted_page, [])

    visible_before = len(browser.find_elements(By.CSS_SELECTOR, "#matches .match:not([hidden])"))
    more = browser.find_element(By.ID, "matches-more")
    label_before = more.text
    more.click()
    visible_after = len(browser.find_elements(By.CSS_SELECTOR, "#matches .match:not([hidden])"))

    assert (visible_before, label_before) == (6, "Show all 10")
    assert (visible_after, more.text, more.get_attribute("aria-expanded")) == (
        10, "Show fewer", "true")
    assert thumbnails_shown(browser) == ["picture", "picture"] + ["placeholder"] * 8
    assert rows_end_short(browser) == []
    save_screenshot(browser, f"page-matches-{width}.png")
    browser.set_window_size(1280, 1000)


def test_the_lens_card_and_related_searches_are_shown_apart_from_the_matches(
    browser: WebDriver, scripted_page: FakeService,
) -> None:
    # Given Lens answered two visual matches, an exact one, its entity card and two searches
    entries = [match(1, None), {**match(2, None), "kind": "exact"}, match(3, None),
               {"title": "Nordkap Trailrunner 2", "link": "https://nordkap.example/tr2",
                "source": "nordkap.example", "kind": "knowledge-graph",
                "subtitle": "Trail running shoe"},
               {"title": "Nordkap Trailrunner 2 GTX", "source": "Google",
                "link": "https://www.google.com/search?q=Nordkap+Trailrunner+2+GTX",
                "kind": "related-search"},
               {"title": "Trail running shoes", "source": "Google",
                "link": "https://www.google.com/search?q=Trail+running+shoes",
                "kind": "related-search"}]
    chunks = [chunk(1, "lens-matches", entries, "lens"), chunk(2, "done", {"status": "done"}, "-")]
    scripted_page.routes["GET /queries/q1"] = [Answer(200, document("q1", "done", chunks))]

    # When the page shows the query
    browser.get(f"{scripted_page.url}/?q=q1")
    wait_until_finished(browser, timeout=20)

    # Then the grid holds the three matches, the exact one marked
    grid = browser.find_elements(By.CSS_SELECTOR, "#matches .match")
    assert [row.find_element(By.TAG_NAME, "a").text for row in grid] == [
        "Match number 1", "Match number 2", "Match number 3"]
    assert [row.get_attribute("data-kind") for row in grid] == [None, "exact", None]
    assert "Exact match" in grid[1].text
    assert text(browser, "matches-count") == "3 similar pictures found on the web."
    # And the card and the searches stand apart, in smaller type than a match's title
    entity = browser.find_element(By.ID, "lens-entity")
    assert entity.is_displayed()
    assert entity.find_element(By.TAG_NAME, "a").get_attribute("href") == (
        "https://nordkap.example/tr2")
    assert "Nordkap Trailrunner 2" in entity.text and "Trail running shoe" in entity.text
    related = browser.find_elements(By.CSS_SELECTOR, "#related a")
    assert [a.text for a in related] == ["Nordkap Trailrunner 2 GTX", "Trail running shoes"]
    assert browser.find_element(By.ID, "related-searches").is_displayed()
    size = browser.execute_script(
        "return [getComputedStyle(arguments[0]).fontSize, getComputedStyle(arguments[1]).fontSize]"
        ".map(parseFloat)", related[0], grid[0].find_element(By.TAG_NAME, "a"))
    assert size[0] < size[1]
    save_screenshot(browser, "page-lens-answer.png")


def test_the_outcome_tells_finished_with_problems_from_done(
    browser: WebDriver, scripted_page: FakeService,
) -> None:
    gave_up = open_scripted(browser, scripted_page,
                            [("gpt", "provider-error"), ("pricing", "stage-died")])
    gave_up_words = text(browser, "status")
    gave_up_problems = text(browser, "problems")
    save_screenshot(browser, "page-problems.png")
    nothing_found = open_scripted(browser, scripted_page,
                                  [("gpt", "unidentified"), ("pricing", "no-offers")])
    nothing_found_words = text(browser, "status")

    nothing_found_stages = stage_states(browser)
    nothing_found_problems = browser.find_element(By.ID, "problems").is_displayed()

    assert gave_up == "failed"
    assert gave_up_words.startswith("Finished with problems (Identification, Pricing gave up)")
    # The service's inside (a provider's own message) is not shown, only the page's words
    assert "Identification: An outside service did not answer." in gave_up_problems
    assert "gpt: provider-error" not in gave_up_problems
    assert nothing_found == "empty"
    assert nothing_found_words.startswith("Nothing could be identified in this photo.")
    assert nothing_found_stages["gpt"] == nothing_found_stages["pricing"] == "empty"
    assert not nothing_found_problems


def test_the_page_needs_no_emoji_font() -> None:
    """Only Latin text and common punctuation: every glyph is in any ordinary font."""
    texts = {"index.html": index_html(), "app.js": asset("app.js")[0],
             "app.css": asset("app.css")[0]}

    for name, source in texts.items():
        outside = {c for c in source if ord(c) >= 0x2070}
        assert not outside, f"{name} uses {sorted(outside)}"


def test_the_working_marks_are_drawn_not_glyphs(phone: WebDriver, stack: Stack) -> None:
    phone.get(f"{stack.url}/")
    phone.execute_script("""
        document.body.dataset.state = 'working';
        document.querySelector('#progress').hidden = false;
        document.querySelector('.stage').dataset.state = 'working';""")

    mark = phone.execute_script("""
        const style = getComputedStyle(document.querySelector('.stage-state'), '::before');
        return [style.content, style.width, style.borderTopStyle];""")

    assert mark[0] in ('""', "none") and mark[1] != "auto" and mark[2] == "solid"


def test_a_hint_typed_on_the_page_goes_with_the_photo_and_comes_back_on_its_permalink(
    browser: WebDriver, stack: Stack,
) -> None:
    # Given a hint typed into the page's box, then a photo chosen
    browser.get(f"{stack.url}/")
    browser.find_element(By.ID, "hint").send_keys("  the lamp, not the table ")
    browser.find_element(By.ID, "file").send_keys(str(sample_photo("desk-lamp")))

    # When the query is finished
    assert wait_until_finished(browser) == "done"
    query_id = query_id_of(browser)

    # Then the query carries the hint, and its permalink shows it in the box again
    assert stored(stack, query_id)["hint"] == "the lamp, not the table"
    browser.get(f"{stack.url}/?q={query_id}")
    wait_until_finished(browser)
    assert browser.find_element(By.ID, "hint").get_attribute("value") == (
        "the lamp, not the table")
    assert browser.find_element(By.ID, "hint").get_attribute("maxlength") == "200"
