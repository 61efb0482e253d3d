"""Page furniture never becomes a producer or a model: a picture's file name on a media wiki,
a site's interface text, community handles.

Cases are real titles with their provenance.
"""

from __future__ import annotations

import pytest

from chalicelib.providers.analysts.furniture import is_file_name, site_template, strip_furniture
from chalicelib.providers.analysts.titles import clean_titles
from chalicelib.wire import LensMatch

# A real Google Lens answer (SerpApi google_lens, printed by LangChain's Google Lens tool) for a
# photo of a person: langchain-ai/langchain, docs/docs/integrations/tools/google_lens.ipynb,
# commit 0033fb1c35428e4fb663b4f6cd26e6c3e13e8c10 (title, link).
FILE_PAGES = [
    ("File:Danny DeVito by Gage Skidmore.jpg - Wikipedia",
     "https://en.m.wikipedia.org/wiki/File:Danny_DeVito_by_Gage_Skidmore.jpg"),
    ("File:Danny DeVito (4842584969).jpg - Wikimedia Commons",
     "https://commons.wikimedia.org/wiki/File:Danny_DeVito_(4842584969).jpg"),
    ("File:Danny DeVito (4843205008).jpg - Wikipedia",
     "https://en.wikipedia.org/wiki/File:Danny_DeVito_(4843205008).jpg"),
]
# The same answer's pages that are no files.
OTHER_PAGES = [
    ("Danny DeVito - Simple English Wikipedia, the free encyclopedia",
     "https://simple.wikipedia.org/wiki/Danny_DeVito"),
    ("here me out…danny devito as william afton : r/fivenightsatfreddys",
     "https://www.reddit.com/r/fivenightsatfreddys/comments/11eslz7/"),
]


def words(rows: list[tuple[str, str]]) -> list[list[str]]:
    titles = clean_titles([LensMatch(title=t, link=link, source="") for t, link in rows])
    return [[token.text for token in title.tokens] for title in titles]


def test_a_file_names_syntax_and_the_wikis_name_are_left_out_of_its_title() -> None:
    # When the file pages' titles are read
    read = words(FILE_PAGES)

    # Then only the words of the picture's name remain
    assert read[0] == ["Danny", "DeVito", "by", "Gage", "Skidmore"]
    assert read[1][:2] == ["Danny", "DeVito"] and read[2][:2] == ["Danny", "DeVito"]
    for tokens in read:
        assert not {"File", "jpg", "Wikimedia", "Commons", "Wikipedia"} & set(tokens)


@pytest.mark.parametrize(("title", "link"), FILE_PAGES + OTHER_PAGES)
def test_a_title_is_a_file_name_when_it_has_a_files_shape(title: str, link: str) -> None:
    assert is_file_name(title) is ((title, link) in FILE_PAGES)
    assert strip_furniture(title).file_name is ((title, link) in FILE_PAGES)


def test_a_community_handle_is_no_word_of_the_title() -> None:
    # When the Reddit post's title is read
    [_, reddit] = words(OTHER_PAGES)

    # Then its subreddit is gone
    assert reddit[-1].lower() == "afton"
    assert "fivenightsatfreddys" not in {word.lower() for word in reddit}


def test_a_template_needs_most_of_a_sites_titles() -> None:
    # Given one site's titles that end differently, then it has no template
    assert site_template([t for t, _ in FILE_PAGES + OTHER_PAGES]) is None


# A real SerpApi Google Images answer for "background image", kept as a test fixture by
# phelyppe-matheus/flutter_clean (test/features/bg_images/infra/repositories/
# get_bg_image_from_google_test.dart, commit 7eec870da9fc0523a5a059e1106fc43b2e07cc3b; the
# whole answer is samples/evaluation/real/titles-53-background-image-library-pages-no-brand.json):
# pages of image libraries, each site writing its own interface text into its titles.
PEXELS = [
    ("100,000+ Best Free Background Photos · 100% Free Download · Pexels Stock  Photos",
     "https://www.pexels.com/search/free%20background/"),
    ("100,000+ Best Background Image Photos · 100% Free Download · Pexels Stock  Photos",
     "https://www.pexels.com/search/background%20image/"),
    ("100,000+ Best Hd Background Photos · 100% Free Download · Pexels Stock  Photos",
     "https://www.pexels.com/search/hd%20background/"),
]
UNSPLASH = [
    ("1K+ Natural Background Pictures | Download Free Images on Unsplash",
     "https://unsplash.com/s/photos/natural-background"),
    ("900+ Party Background Images: Download HD Backgrounds on Unsplash",
     "https://unsplash.com/backgrounds/events/party"),
    ("Best 100+ Free Background Images [HD] | Download your next background photo  on Unsplash",
     "https://unsplash.com/backgrounds"),
]


def test_interface_parts_a_site_appends_to_its_titles_are_its_template() -> None:
    # Given a site that appends two parts of interface text to every title
    # Then they are its template, and its titles keep only what they are about
    assert site_template([t for t, _ in PEXELS], "pexels") == (
        "· 100% Free Download · Pexels Stock Photos")
    assert words(PEXELS)[0] == ["100", "000", "Best", "Free", "Background", "Photos"]


def test_what_a_site_writes_about_itself_is_no_part_of_the_title() -> None:
    # Given titles whose last part is the site's text about itself, ending with its name
    # ("Download Free Images on Unsplash"), after a separator or a colon
    read = words(UNSPLASH)

    # Then that part is left out with the site's name; the common ending is no template
    assert read[0] == ["1K", "Natural", "Background", "Pictures"]
    assert read[1] == ["900", "Party", "Background", "Images"]
    assert "Download" not in read[2]
    assert site_template([t for t, _ in UNSPLASH], "unsplash") is None
