"""Page furniture: the parts of a match's title that belong to the page, not to the item.

Titles of visual matches carry text that names no producer and no model: the file name of a
picture on a media wiki ("File:Subaru_Outback_wagon.JPG - Wikimedia Commons"), a camera's file
counter ("IMG_4521.jpeg", "DSC01234"), a community's handle ("r/sneakers", "@vintage.finds").
These rules recognise them by shape, never by a list of words, and remove them before the title
is read; what they removed is counted, so that the evidence can say how noisy a page was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chalicelib.providers.analysts.lexicon import slug

# A media file's extension at the end of a word ("wagon.JPG", "photo.jpeg", "scan.tif").
_FILE_EXTENSION = re.compile(
    r"\.(?:jpe?g|jfif|png|gif|webp|heic|heif|avif|tiff?|bmp|svg|raw|dng|cr2|nef|arw|pdf|"
    r"mp4|mov|avi|webm)\b",
    re.IGNORECASE,
)
# A media wiki's namespace in front of a page name ("File:", "Datei:", "Fichier:", "Image:"):
# one word and a colon with no space before the name.
_NAMESPACE = re.compile(r"^\s*[A-Z][a-zà-ÿ]{2,10}:(?=\S)")
# A camera's or phone's file counter: a few capitals, an underscore and at least four digits
# ("IMG_4521", "PXL_20230611_0915"); in a file's name also without it ("DSC01234.JPG"),
# which elsewhere is the shape of a model code ("HF1536").
_FILE_COUNTER = re.compile(r"\b[A-Z]{1,6}_\d{4,}(?:_\w+)*\b")
_BARE_COUNTER = re.compile(r"\b[A-Z]{1,6}\d{4,}\b")
# Words joined by underscores are a file or handle name; its parts are words.
_UNDERSCORES = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
# A community or account handle: "r/name", "u/name", "@name".
_HANDLE = re.compile(r"(?:(?<=\s)|^)(?:[ru]/[\w-]+|@[\w.]+\w)")


@dataclass(frozen=True)
class Cleaned:
    """A title with its furniture removed, and whether it was a file's name (a picture's
    page, which says no more about the item than the words of its name)."""

    text: str
    file_name: bool


# A web address standing for a title ("https://kazan.domclick.ru/building/...").
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def strip_furniture(title: str) -> Cleaned:
    """The title without file-name syntax (a wiki's namespace, the extension, underscores,
    file counters) and community handles; a namespace-like prefix ("Update:") is left alone
    unless the rest is a file's name. A title that is a web address (a tool that keeps no
    titles shows the link instead: "https://kazan.domclick.ru/building/...") has no words: its
    host and path are the page's furniture, like a file's name."""
    if _WEB_ADDRESS.match(title.strip()):
        return Cleaned("", True)  # a page known only by its address has no title to read
    text, extensions = _FILE_EXTENSION.subn("", title)
    text, counters = _FILE_COUNTER.subn(" ", text)
    if extensions:
        text, bare = _BARE_COUNTER.subn(" ", text)
        counters += bare
    underscores = bool(_UNDERSCORES.search(text))
    file_name = bool(extensions or counters or (underscores and _NAMESPACE.match(text)))
    if file_name:
        text = _NAMESPACE.sub("", text, count=1)
    text = _UNDERSCORES.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    return Cleaned(" ".join(text.split()), file_name)


def is_file_name(title: str) -> bool:
    """A title that is a file's name ("IMG_4521.JPG", "File:Outback_wagon.jpg")."""
    return bool(_FILE_EXTENSION.search(title) or _FILE_COUNTER.search(title))


# A site's template must be this long (characters and words) and end this share of its titles.
_TEMPLATE_CHARS = 8
_TEMPLATE_WORDS = 2
_TEMPLATE_SHARE = 0.6
_TEMPLATE_MIN_TITLES = 3


def site_template(titles: list[str], site: str = "") -> str | None:
    """The text a site appends to most of its titles, whatever they are about: its interface
    ("Opens in a new window or tab", "Se abre en una ventana nueva"), glued on or not.

    It is the longest ending, of at least two words, that at least 60 % of the site's titles
    (three or more) share. An ending holding a separator is one only when it starts at one and
    holds another ("· 100% Free Download · Pexels Stock Photos"): interface text and the site's
    name; a single part after one separator is where the site's own name stands ("... | Denver
    Modern"), which the title reading handles. So is an ending that ends with the site's name
    (``site``, its domain's name as a slug: "on Unsplash"): the title reading removes the
    whole part the site writes about itself ("Download Free Images on Unsplash").
    """
    texts = [" ".join(t.split()) for t in titles]
    if len(texts) < _TEMPLATE_MIN_TITLES:
        return None
    reversed_texts = sorted(text[::-1] for text in texts)
    candidates: set[str] = set()
    for first, second in zip(reversed_texts, reversed_texts[1:], strict=False):
        shared = _common_prefix(first, second)[::-1]
        candidates.update(_word_starts(shared))
    needed = _TEMPLATE_SHARE * len(texts)
    fitting = [c for c in candidates
               if len(c) >= _TEMPLATE_CHARS and len(c.split()) >= _TEMPLATE_WORDS
               and (not _SEPARATOR.search(c) or _interface_parts(c))
               and not (site and slug(c).endswith(site))
               and sum(text.endswith(c) and len(text) > len(c) for text in texts) >= needed]
    return max(fitting, key=lambda c: (len(c), c), default=None)


def without_template(title: str, template: str | None) -> str:
    text = " ".join(title.split())
    if template and text.endswith(template) and len(text) > len(template):
        return text[: -len(template)].rstrip()
    return title


_SEPARATOR = re.compile(r"\s[|–—•·-]\s|\|")


def _interface_parts(ending: str) -> bool:
    """An ending that starts at a separator and holds another: parts of the page, not one
    name ("· 100% Free Download · Pexels Stock Photos")."""
    return bool(_SEPARATOR.match(" " + ending)) and len(_SEPARATOR.findall(" " + ending)) >= 2


def _common_prefix(first: str, second: str) -> str:
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return first[:size]


def _word_starts(text: str) -> list[str]:
    """Every ending of ``text`` that starts a word: after a space, or at a capital glued to a
    lower-case letter ("perfektWird in neuem Fenster")."""
    starts = [i for i, ch in enumerate(text)
              if i and not ch.isspace() and (text[i - 1].isspace()
                                             or (ch.isupper() and text[i - 1].islower()))]
    return [text[i:].strip() for i in starts]
