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
