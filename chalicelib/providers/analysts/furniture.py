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
# which elsewhere is the shape of a model code ("DWFP72155").
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


def strip_furniture(title: str) -> Cleaned:
    """The title without file-name syntax (namespace, extension, underscores, file counters)
    and community handles."""
    text = title
    text, namespaced = _NAMESPACE.subn("", text, count=1)
    text, extensions = _FILE_EXTENSION.subn("", text)
    text, counters = _FILE_COUNTER.subn(" ", text)
    if extensions:
        text, bare = _BARE_COUNTER.subn(" ", text)
        counters += bare
    text, underscores = _UNDERSCORES.subn(" ", text)
    text = _HANDLE.sub(" ", text)
    file_name = bool(extensions or counters or (namespaced and underscores))
    return Cleaned(" ".join(text.split()), file_name)


def is_file_name(title: str) -> bool:
    """A title that is a file's name ("IMG_4521.JPG", "File:Outback_wagon.jpg")."""
    return bool(_FILE_EXTENSION.search(title) or _FILE_COUNTER.search(title))
