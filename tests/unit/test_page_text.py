"""The readable part of a product page: main text without boilerplate, and its JSON-LD product."""

from __future__ import annotations

from chalicelib.providers.analysts.page_text import page_text, product_data

PAGE = """<!doctype html><html><head><title>Meridian 38 – Halvorsen &amp; Co</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "BreadcrumbList", "itemListElement": []},
 {"@type": "Product", "name": "Meridian 38", "sku": "M38-NV", "material": "316L steel",
  "brand": {"@type": "Brand", "name": "Halvorsen & Co"}, "image": "https://x.example/i.jpg",
  "offers": {"@type": "Offer", "price": "1190.00", "priceCurrency": "EUR",
             "seller": {"name": "Halvorsen"}}}]}</script>
<script type="application/ld+json">{ broken json </script></head>
<body><header><nav><a href="/">Home</a><a href="/watches">Watches</a><a href="/sale">Sale</a>
</nav></header>
<main><article><h1>Meridian 38</h1><p class="price">1.190,00 €</p>
<p>An automatic three-hand watch with a 38 mm case in brushed 316L steel, a domed sapphire
crystal and a navy sunburst dial, water resistant to 100 metres.</p>
<table><tr><th>Case</th><td>38 mm</td></tr><tr><th>Movement</th><td>Automatic</td></tr></table>
</article></main>
<footer><p>Subscribe to our newsletter</p><p>Cookie settings</p></footer></body></html>"""


def test_the_main_text_keeps_the_product_and_drops_the_boilerplate():
    text = page_text(PAGE, "https://www.halvorsen-co.example/meridian-38")

    assert "domed sapphire" in text.text and "1.190,00 €" in text.text
    assert "Movement" in text.text and "Automatic" in text.text
    assert "newsletter" not in text.text and "Cookie settings" not in text.text
    assert text.title and "Meridian 38" in text.title


def test_json_ld_products_are_kept_with_their_offer_and_without_noise():
    (product,) = product_data(PAGE)

    assert product["name"] == "Meridian 38" and product["material"] == "316L steel"
    assert product["offers"] == {"@type": "Offer", "price": "1190.00", "priceCurrency": "EUR"}
    assert "image" not in product


def test_the_text_is_cut_to_the_size_asked_for():
    long_page = "<html><body><main>" + "<p>word " * 5000 + "</p></main></body></html>"

    text = page_text(long_page, max_chars=1000)

    assert 800 <= len(text.text) <= 1000


def test_an_empty_or_unreadable_page_has_no_text():
    assert page_text(b"").is_empty()
    assert page_text(b"\x00\x01\x02").is_empty()
