"""Reading Lens result cards by structure: which links are matches, and what their lines mean."""

from __future__ import annotations

import pytest

from chalicelib.providers.exceptions import NoMatches, ProviderError
from chalicelib.providers.lens.lens_page import (
    RawCard,
    RawImage,
    cards_to_matches,
    is_price_line,
    is_video_moment,
    read_results,
)

THUMB = RawImage(("https://encrypted-tbn0.gstatic.com/images?q=tbn:1",), 160, 160)
ICON = RawImage(("https://www.gstatic.com/favicon/ebay.png",), 16, 16)


@pytest.mark.parametrize(
    ("line", "is_price"),
    [
        ("89,00 €", True),
        ("ab 49,95 €", True),
        ("US$ 120", True),
        ("UVP 129,00 €", True),
        ("Free delivery over $50", False),
        ("4.5 (1,203)", False),
        ("Size 42", False),
    ],
)
def test_a_price_line_is_an_amount_with_a_currency_not_a_sentence(
    line: str, is_price: bool
) -> None:
    assert is_price_line(line) is is_price


def test_google_redirects_are_followed_and_googles_own_links_left_out() -> None:
    # Given a result behind Google's redirect, a related search and a link of the page itself
    cards = [
        RawCard("https://www.google.de/url?q=https://www.ebay.de/itm/1&sa=U",
                ("eBay", "Trail shoe, size 42", "35,00 €"), images=(THUMB, ICON)),
        RawCard("https://www.google.de/search?q=trail+shoe", ("Trail shoe",), images=(THUMB,)),
        RawCard("https://lens.example/feedback", ("Send feedback",), images=(ICON,)),
    ]

    # When the cards are read on the page lens.example
    matches = cards_to_matches(cards, "lens.example")

    # Then only the shop's card is a match, with its real address and the big image
    assert [(m.link, m.source, m.title, m.price, m.currency, m.thumbnail) for m in matches] == [
        ("https://www.ebay.de/itm/1", "eBay", "Trail shoe, size 42", 35.0, "EUR",
         THUMB.sources[0]),
    ]


def test_a_link_without_an_image_or_without_a_title_is_no_match() -> None:
    # Given an external text link, and an external image link with neither text nor label
    cards = [
        RawCard("https://help.example.net/lens", ("Learn more about visual search",)),
        RawCard("https://ads.example.net/click",
                images=(RawImage(("https://ads.example.net/banner.png",), 300, 60),)),
    ]

    # When the cards are read, then neither is a match
    assert cards_to_matches(cards, "lens.example") == []


PAGE_URL = "https://www.google.com/search?vsrid=1&udm=26"


def page(body: str) -> str:
    return f"<!doctype html><html><body><main>{body}</main></body></html>"


def visual_card(link: str, photo: str, price: str, site: str, title: str) -> str:
    """A visual card as Lens builds it today: photo and price badge beside the link, whose only
    image is the site's favicon."""
    return f"""<div><div><img src="{photo}" width="150" height="150"></div>
      <div><span>{price}</span></div>
      <a href="{link}"><div><img src="https://encrypted-tbn0.gstatic.com/favicon-tbn?q=1"
         width="14" height="14"><span>{site}</span></div><div>{title}</div></a></div>"""


def test_a_cards_photo_and_price_badge_beside_its_link_are_read() -> None:
    # Given two visual cards in today's layout, the first photo inline as Lens sends it
    inline = "data:image/jpeg;base64," + "A" * 400
    html = page('<div class="grid">'
                + visual_card("https://www.ebay.com/itm/1", inline, "$300*", "eBay",
                              "Apple MacBook Pro 13 2017 256GB")
                + visual_card("https://www.bestbuy.com/site/2", "https://encrypted-tbn3"
                              ".gstatic.com/images?q=tbn:2", "$670", "Best Buy",
                              "Geek Squad Certified Refurbished MacBook Air 13.6")
                + "</div>")

    # When the page is read
    matches = read_results(html, PAGE_URL).matches

    # Then each card's price and real photo are found, never the favicon inside the link
    assert [(m.source, m.price, m.currency, m.thumbnail) for m in matches] == [
        ("eBay", 300.0, "USD", inline),
        ("Best Buy", 670.0, "USD", "https://encrypted-tbn3.gstatic.com/images?q=tbn:2"),
    ]


def test_web_results_and_video_chapters_on_the_all_tab_are_no_visual_matches() -> None:
    # Given the All tab: a visual card, a web result to the same address with a breadcrumb,
    # another web result and a video with chapters, all three with favicons only
    favicon = '<img src="/favicon.png" width="16" height="16">'
    html = page(
        '<div class="grid">' + visual_card("https://ccgi.org/", "https://x.example/p.jpg", "",
                                           "CCGI", "CCGI chair, oak, 1962") + "</div>"
        + '<div class="web"><div><a href="https://ccgi.org/">' + favicon
        + '<span>CCGI</span><cite>https://ccgi.org</cite><h3>Home</h3></a></div>'
        + '<div><a href="https://blog.example.net/chairs">' + favicon
        + "<h3>Ten chairs we love</h3></a><div>A blog post about chairs.</div></div></div>"
        + '<div class="video"><a href="https://www.youtube.com/watch?v=a&amp;t=5">' + favicon
        + '<span>0:05</span><span>Intro</span></a><a href="https://www.youtube.com/watch?v=a'
        '&amp;t=60">' + favicon + "<span>1:00</span><span>Joinery</span></a></div>"
        + '<a href="https://www.google.com/search?udm=48">See exact matches</a>'
        + '<a href="https://play.google.com/store/apps/details?id=lens"><img src="/p.png" '
          'width="120" height="40">Get the app</a>'
    )

    # When the page is read
    matches = read_results(html, PAGE_URL).matches

    # Then only the visual card is a match, with its own title, not the web result's breadcrumb
    assert [(m.link, m.title) for m in matches] == [("https://ccgi.org/", "CCGI chair, oak, 1962")]


def test_an_oversized_inline_thumbnail_is_left_out_but_its_card_kept() -> None:
    # Given a card whose inline photo is far larger than a thumbnail
    huge = "data:image/jpeg;base64," + "A" * 200_000
    html = page(visual_card("https://www.ebay.com/itm/1", huge, "$3", "eBay", "A big photo"))

    # When the page is read, then the match is there without the inline photo
    [match] = read_results(html, PAGE_URL).matches
    assert (match.title, match.thumbnail) == ("A big photo", None)


def test_the_price_in_an_exact_match_cards_text_is_read() -> None:
    # Given the exact-matches tab, where the price is part of the link's text
    html = page('<div><a href="https://www.ebay.com/itm/9"><img src="https://x.example/t.jpg" '
                'width="92" height="92"><div>eBay</div><div>Nikon F3 body</div>'
                "<div>$249.00</div></a></div>")

    # When the page is read, then the price comes with the match
    [match] = read_results(html, PAGE_URL).matches
    assert (match.source, match.title, match.price) == ("eBay", "Nikon F3 body", 249.0)


@pytest.mark.parametrize("text", ["No matches for your search", "No exact matches found",
                                  "No matches for this image."])
def test_todays_and_older_empty_result_texts_end_as_no_matches(text: str) -> None:
    # Given a results page that says it found nothing (and still suggests searches)
    html = page(f'<p>{text}</p><a href="https://www.google.com/search?q=shoe">'
                '<img src="/c.png" width="48" height="48">Try shoe</a>')

    # When its outcome is read, then it is the no-matches finding
    with pytest.raises(NoMatches):
        read_results(html, PAGE_URL).outcome()


def test_a_captcha_page_is_blocked_and_a_page_of_nothing_is_unreadable() -> None:
    captcha = page('<form id="captcha-form" action="/sorry/index"></form>')
    with pytest.raises(ProviderError) as caught:
        read_results(captcha, "https://www.google.com/sorry/index").outcome()
    assert (caught.value.code, caught.value.retryable) == ("lens-blocked", True)

    # A page with neither matches nor an empty-result text (scripts needed) says so
    with pytest.raises(ProviderError) as caught:
        read_results(page("<div>Loading…</div>"), PAGE_URL).outcome()
    assert (caught.value.code, caught.value.retryable) == ("lens-unreadable", True)


def test_related_searches_are_kept_apart_and_googles_navigation_is_not_one() -> None:
    # Given a results page with a visual card, Lens's related searches (one repeated as a chip,
    # its query lower case in the address), a "See exact matches" tab link and an images link
    related = ('<div><h2>Related searches</h2>'
               '<a href="https://www.google.com/search?q=ccgi+oak+chair&amp;lns_surface=26">'
               '<img src="https://x.example/r1.jpg" width="64" height="64">'
               '<span>CCGI Oak Chair</span></a>'
               '<a href="/search?q=Dining+chair&amp;kgmid=/g/1&amp;sa=X"><span>Dining chair</span>'
               '</a><a href="https://www.google.com/search?q=CCGI+oak+chair">CCGI oak chair</a>'
               '<a href="https://www.google.com/search?q=ccgi&amp;udm=48">See exact matches</a>'
               '<a href="https://www.google.com/search?q=ccgi&amp;tbm=isch">Images</a></div>')
    html = page('<div class="grid">' + visual_card("https://ccgi.org/p/1", "https://x.example/"
                "p.jpg", "", "CCGI", "CCGI chair, oak, 1962") + "</div>" + related)

    # When the page is read
    found = read_results(html, PAGE_URL).outcome()

    # Then the visual match comes first, then each suggested search once, as shown
    assert [(m.kind, m.title) for m in found] == [
        (None, "CCGI chair, oak, 1962"),
        ("related-search", "CCGI Oak Chair"),
        ("related-search", "Dining chair"),
    ]
    assert found[1].link == "https://www.google.com/search?q=ccgi+oak+chair&lns_surface=26"
    assert found[1].thumbnail == "https://x.example/r1.jpg"
    assert found[2].link == "https://www.google.com/search?q=Dining+chair&kgmid=/g/1&sa=X"


def test_related_searches_alone_are_no_result() -> None:
    # Given today's empty result, with the searches Google still suggests around it
    html = page('<p>No matches for your search</p>'
                '<a href="https://www.google.com/search?q=shoe">Try searching for shoe</a>')

    # When it is read, then it ends as no matches
    with pytest.raises(NoMatches):
        read_results(html, PAGE_URL).outcome()


def test_video_chapters_and_web_results_with_thumbnails_on_a_saved_page_are_no_matches() -> None:
    # Given a page saved from a browser (its images carry no rendered size) whose visual tab
    # also shows a video's chapters, each with a frame of the video, and a web result with a
    # thumbnail and its address as a breadcrumb
    frame = '<img src="https://i.ytimg.com/vi/nk2/hq{0}.jpg">'
    chapters = "".join(
        f'<div><a href="https://www.youtube.com/watch?v=nk2&amp;t={seconds}">{frame.format(n)}'
        f"<span>{seconds // 60}:{seconds % 60:02d}</span><span>Chapter {n}</span></a></div>"
        for n, seconds in enumerate((0, 95, 203, 310)))
    web = ('<div><a href="https://blog.example.net/chairs">'
           '<img src="https://blog.example.net/t.jpg">'
           "<cite>https://blog.example.net › chairs</cite><h3>Ten chairs we love</h3></a></div>")
    html = page('<div class="grid">' + visual_card("https://ccgi.org/p/1", "https://x.example/"
                "p.jpg", "", "CCGI", "CCGI chair, oak, 1962") + "</div>" + chapters + web)

    # When the page is read
    matches = read_results(html, PAGE_URL).matches

    # Then only the visual card is a match
    assert [m.link for m in matches] == ["https://ccgi.org/p/1"]


@pytest.mark.parametrize(
    ("link", "moment"),
    [
        ("https://www.youtube.com/watch?v=nk2&t=203", True),
        ("https://www.youtube.com/watch?v=nk2&t=1m20s", True),
        ("https://vimeo.com/123#t=95s", True),
        ("https://www.youtube.com/watch?v=nk2", False),
        ("https://www.ebay.com/itm/1?t=shoes", False),
    ],
)
def test_a_link_with_a_time_offset_is_a_moment_in_a_video(link: str, moment: bool) -> None:
    assert is_video_moment(link) is moment
