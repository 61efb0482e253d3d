"""Whether a listing is of the named item: small, named, pure rules over its title.

A listing counts as an offer of the item when it names the model exactly and is the item itself,
one of it, and genuine:

- ``model_match``: every number-bearing token of the model (``A7``, ``GL704GW``, ``1955``, ``15``)
  and every variant word of it (``IV``, ``Pro``) appears in the title as whole tokens, so ``A7 IV``
  is not ``A7 II`` and ``GL704GW`` is not ``G15``, with the name around them (half its other
  words, fewer when the producer is named: a bare "13" is not the iPhone 13); a model without
  numbers needs two thirds of its words. Joined and split spellings are one ("A7IV" = "A7 IV",
  "GL704GW-DS74" has "GL704GW").
- ``sibling_suffix``: the number is not followed by a variant word the model lacks (``15`` then
  ``Pro`` is the iPhone 15 Pro, not the iPhone 15).
- ``several_models``: a title naming another model of the same numbering too ("WH-1000XM4
  WH-1000XM5 Cable", "iPhone 14 13 12 11 Case") is for several models, not one of this item.
- ``names_what_it_lacks``: the model named as lacking something ("AirPods 4 (without Active
  Noise Cancellation)") is not a listing that has it ("... with ANC"); a part number in
  parentheses may be left out of a listing.
- ``accessory_for``: not something sold *for* the item (a case, a charger, a strap, the box only).
- ``lot_of_several``: not a lot, a bundle or several pieces at one price.
- ``replica``: not a replica or a fake.
- ``unreadable``: a title a third or more in another script than Latin is not judged, hence
  not kept.
- Listings for parts or not working are kept, with wear ``for parts`` (``marketplaces``), and the
  estimate keeps them apart.

The vocabularies below are general English marketplace words, not words taken from any evaluation
listing: the variant words are the suffixes makers use for a model's siblings (Apple's Pro, Max,
Plus, Mini; Samsung's Ultra, FE, Lite; Sony's Mark II, III, IV written as roman numerals); the
accessory nouns are the kinds of goods marketplaces file under "accessories" and "parts" of
phones, cameras, computers, watches and bags; the lot words are how sellers write quantities.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from chalicelib.providers.analysts.lexicon import MEASURE_UNITS
from chalicelib.providers.pricing.marketplaces import wear_from_text
from chalicelib.wire import Wear

VARIANT_WORDS: frozenset[str] = frozenset({
    "pro", "max", "plus", "ultra", "mini", "lite", "air", "se", "fe", "xl", "xs", "neo",
    "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "mk", "mark", "gen",
})
# Goods that are only ever sold *for* an item: named anywhere before "with", they are what the
# listing sells ("iPhone 4S Defender Series Case").
ACCESSORY_NOUNS: tuple[str, ...] = (
    "case", "cover", "sleeve", "skin", "decal", "sticker", "screen protector", "protector",
    "tempered glass", "lens cap", "body cap", "manual", "instructions", "empty box", "holster",
    "bumper", "pouch", "wallet", "film", "dust bag", "dustbag", "eyecup",
)
# Goods that may also be part of the item's own listing ("100% BATTERY", "+ Charger"): they
# count only before the model's name or right after it ("Sony A7 IV Battery Grip").
NEAR_ACCESSORY_NOUNS: tuple[str, ...] = (
    "charger", "cable", "adapter", "adaptor", "power supply", "strap", "band", "hood", "cap",
    "battery", "batteries", "grip", "mount", "stand", "holder", "cage", "dock", "keyboard",
    "hinge", "replacement", "clip", "stylus", "tripod", "remote",
)
# Words before the model that say the listing is made to go with it ("Case for iPhone 15").
_FOR_WORDS = re.compile(r"\b(?:for|fits|compatible)\b")
# What follows these is included with the item ("... with charging case", "+ charger").
_WITH_WORDS = re.compile(r"\b(?:with|w|incl|including|includes|included|comes|plus)\b")
# How many words right after the model's name may name a near accessory.
_AFTER_WINDOW = 2
# One of a pair sold alone (an earbud, a shoe): "Left AirPod only", "Select Left or Right".
_ONE_SIDE = re.compile(r"\b(?:left|right)\s+(?:side|earbud|ear ?bud|ear ?piece|airpod|bud|"
                       r"unit|shoe|speaker)s?\b|\b(?:left|right) or (?:left|right)\b|"
                       r"\b(?:left|right)\s+(?:\w+\s+)?only\b")
_ONLY = re.compile(r"\b(?:box|manual|case|strap|charger|dust ?bag)\s+only\b|"
                   r"\bonly\s+(?:the\s+)?(?:box|manual|case|strap|charger)\b|\bempty box\b")
_LOT = re.compile(
    r"\b(?:job\s+)?lot\b|\bbundle\b|\bwholesale\b|\bset of \d+|\bbulk\b|\bpair of\b|"
    r"\b\d+\s*(?:pcs|pieces|units|pack)\b|\bx\s?[2-9]\b|\b[2-9]\s?x\b(?!\s?(?:zoom|optical))"
)
_REPLICA = re.compile(
    r"\breplica\b|\bfake\b|\bknock[- ]?off\b|\bcounterfeit\b|\bdupe\b|\binspired\b|"
    r"\bnot (?:authentic|genuine|original)\b|\bimitation\b|\bdummy\b|\btoy\b"
)
# Letters, a hyphen, then a code with a digit: one model code ("AE-1", "DW-5600", "X-T3").
_HYPHENATED_CODE = re.compile(r"(?<![a-z0-9-])([a-z]+)-(\d[a-z0-9]*|[a-z]+\d[a-z0-9]*)\b")
# A number with decimals is a measure, not a model number ("16.63 cm" holds no "16").
_DECIMAL = re.compile(r"(?<![\d.])(\d+)[.,](\d+)(?![.,]?\d)")
# A generation however it is written is one token: "2nd generation", "2nd gen", "Gen 2" -> "gen2".
_ORDINAL_GENERATION = re.compile(r"\b(\d+)\s*(?:st|nd|rd|th)\s*(?:gen|generation)\b")
_GENERATION_NUMBER = re.compile(r"\b(?:gen|generation)\s*(\d+)\b")
_PARENS = re.compile(r"\(([^)]*)\)")
_WITHOUT = re.compile(r"\bwithout\s+([^)]*)", re.IGNORECASE)
_ROMAN = re.compile(r"^(?:ii|iii|iv|v|vi|vii|viii|ix|x)$")


@dataclass(frozen=True)
class Verdict:
    """A listing judged against the item: kept or not, the rule that decided, and why."""

    kept: bool
    rule: str
    why: str
    wear: Wear | None = None


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers, accents removed; a ``+`` on a name reads ``plus`` ("S23+"),
    and a code written with a hyphen is one token ("AE-1" -> "ae1", "X-T3" -> "xt3")."""
    return list(_tokens(text))


# The rules read each listing's title a score of times, and the item's model for every
# listing: each text is split once.
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    plain = re.sub(r"(?<=[a-z0-9])\+", " plus ", plain)
    plain = _HYPHENATED_CODE.sub(r"\1\2", plain)
    plain = _DECIMAL.sub(r"\1d\2", plain)
    plain = _ORDINAL_GENERATION.sub(r" gen\1 ", plain)
    plain = _GENERATION_NUMBER.sub(r" gen\1 ", plain)
    return tuple(re.findall(r"[a-z0-9]+", plain))


def pieces(token: str) -> list[str]:
    """A token split where letters meet digits ("gl704gw" -> gl, 704, gw; "a7iv" -> a, 7, iv)."""
    return re.findall(r"[a-z]+|[0-9]+", token)


def is_code(token: str) -> bool:
    """A token that names a model precisely: it carries a digit, or it is a variant word."""
    return any(ch.isdigit() for ch in token) or token in VARIANT_WORDS


def model_tokens(model: str, producer: str | None = None) -> list[str]:
    """The model's tokens a listing must name, without the producer's name ("Sony Alpha A7 IV"
    -> alpha, a7, iv), without a part number in parentheses and without what it lacks."""
    own = set(tokens(producer or ""))
    named = [t for t in tokens(_WITHOUT.sub(" ", model))
             if t not in own and t not in set(lacked_tokens(model))]
    optional = set(optional_tokens(model))
    rest = [t for t in named if t not in optional]
    # The part number may be left out only where other numbers still name the model.
    return rest if any(is_code(t) for t in rest) else named


def optional_tokens(model: str) -> list[str]:
    """A maker's part number in parentheses ("IdeaPad 5 14AHP9 (83DR000GUS)"): listings may
    name it, most do not."""
    return [t for group in _PARENS.findall(model) for t in tokens(group)
            if len(t) >= 6 and re.search(r"[a-z]", t) and re.search(r"\d", t)]


def lacked_tokens(model: str) -> list[str]:
    """What the model is named as lacking ("AirPods 4 (without Active Noise Cancellation)"):
    a listing that names it is the sibling that has it."""
    match = _WITHOUT.search(model)
    return tokens(match.group(1)) if match else []


def _split_title(title: str) -> tuple[list[str], list[int], list[int]]:
    """The title's pieces, and which of them start and end one of its tokens."""
    flat: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for token in tokens(title):
        parts = pieces(token)
        starts.append(len(flat))
        flat.extend(parts)
        ends.append(len(flat))
    return flat, starts, ends


def find_token(title: str, token: str) -> list[tuple[int, int]]:
    """Where ``token``'s pieces stand in the title as whole tokens: ``(start, end)`` piece
    positions. "a7" is in "Sony A7 IV" and in "a7-iv" but not in "a7iii" or "ka7"."""
    flat, starts, ends = _split_title(title)
    want = pieces(token)
    starts_set, ends_set = set(starts), set(ends)
    found = []
    for i in range(len(flat) - len(want) + 1):
        # A variant word may be glued to the number before it ("a7iv", "15pro").
        glued = want[0] in VARIANT_WORDS and i > 0 and flat[i - 1].isdigit()
        if flat[i:i + len(want)] == want and (i in starts_set or glued):
            end = i + len(want)
            # Ending mid-token is allowed only before a variant word ("a7iv" holds "a7" then
            # "iv"); the sibling rule then reads that word.
            if end in ends_set or flat[end] in VARIANT_WORDS:
                found.append((i, end))
    return found


def model_match(title: str, model: str, producer: str | None = None) -> tuple[bool, list[str]]:
    """Whether the title names the model exactly, and the model tokens it matched."""
    wanted = model_tokens(model, producer)
    if not wanted:
        return False, []
    codes = [t for t in wanted if is_code(t)]
    words = [t for t in wanted if not is_code(t)]
    present_words = [t for t in words if find_token(title, t)]
    present_codes = [t for t in codes if find_token(title, t)]
    if codes:
        # Every number and variant word, and the name around them: half the other words, or
        # fewer when the producer is named ("Sony A7 IV" for the "Alpha A7 IV"); a bare number
        # is no name ("OnePlus 13" is not the iPhone 13).
        named = bool(producer) and any(find_token(title, t) for t in tokens(producer or ""))
        enough = -(-len(words) // 2) if not named else len(words) // 2
        # Unnamed by its producer, a listing needs the model's leading word, its line
        # ("Puff" of "Puff Peanut Butter Cup 12 ct", "IdeaPad" of "IdeaPad 5").
        line = wanted[0] if not is_code(wanted[0]) else None
        ok = (len(present_codes) == len(codes) and len(present_words) >= enough
              and (named or line is None or line in present_words))
    else:
        ok = 3 * len(present_words) >= 2 * len(words)
    present = set(present_codes + present_words)
    return ok, [t for t in wanted if t in present]


def sibling_suffix(title: str, model: str, producer: str | None = None) -> str | None:
    """A variant word right after the model's last number that the model does not have
    ("iPhone 15 Pro" for the iPhone 15): that word, else None."""
    wanted = model_tokens(model, producer)
    numbered = [t for t in wanted if any(ch.isdigit() for ch in t)]
    if not numbered:
        return None
    anchor = numbered[-1]
    flat, _, _ = _split_title(title)
    own = {p for t in wanted for p in pieces(t)}
    following = wanted[wanted.index(anchor) + 1:]
    for _start, end in find_token(title, anchor):
        # Skip the model's own words that follow its number ("A7 IV": "iv" after "a7").
        position = end
        for word in following:
            if flat[position:position + len(pieces(word))] == pieces(word):
                position += len(pieces(word))
        after = flat[position] if position < len(flat) else None
        then = flat[position + 1] if position + 1 < len(flat) else None
        if after in ("mark", "mk") and then in ("i", "1"):
            continue  # "Mark I" names the first version: the model itself
        if after is not None and after not in own and (after in VARIANT_WORDS
                                                         or _ROMAN.match(after)):
            return after
    return None


def several_models(title: str, model: str, producer: str | None = None) -> str | None:
    """Another model of the same numbering the title names too ("WH-1000XM4 WH-1000XM5 Cable",
    "iPhone 14 13 12 11 Case"): a listing for several models is not one of this item; that
    other model, else None. Numbers next to the model's that end in a unit ("12 - 64 128 256GB")
    are sizes, not models."""
    flat, starts, ends = _split_title(title)
    title_tokens = tokens(title)
    for code in (t for t in model_tokens(model, producer) if any(c.isdigit() for c in t)):
        want = pieces(code)
        letters = [p for p in want if not p.isdigit()]
        for token in title_tokens:
            got = pieces(token)
            if (letters and token != code and len(got) == len(want)
                    and [p for p in got if not p.isdigit()] == letters
                    and all(a == b for a, b in zip(got, want, strict=True) if not a.isdigit())):
                return token
        if letters:
            continue
        for start, end in find_token(title, code):
            for neighbour in (start - 1, end):
                if 0 <= neighbour < len(flat) and neighbour in starts and (neighbour + 1) in ends:
                    value = flat[neighbour]
                    if (value.isdigit() and len(value) == len(code) and value != code
                            and not _sizes(flat, neighbour)):
                        return value
    return None


def _sizes(flat: list[str], at: int) -> bool:
    """Whether the run of numbers from ``at`` on ends in a unit ("64 128 256GB"): sizes."""
    position = at
    while position < len(flat) and flat[position].isdigit():
        position += 1
    return position < len(flat) and flat[position] in MEASURE_UNITS


def names_what_it_lacks(title: str, model: str) -> str | None:
    """The feature a listing names that the model is named as lacking (all its words, or their
    initials: "Active Noise Cancellation", "ANC"), else None."""
    lacked = lacked_tokens(model)
    if not lacked:
        return None
    title_tokens = set(tokens(title))
    initials = "".join(t[0] for t in lacked)
    if set(lacked) <= title_tokens or (len(initials) >= 2 and initials in title_tokens):
        return " ".join(lacked)
    return None


def accessory_for(title: str, model: str, producer: str | None = None) -> str | None:
    """The accessory a listing sells for the item ("Case for Sony A7 IV"), else None.

    ``ACCESSORY_NOUNS`` count anywhere before a "with" (after it they come with the item);
    ``NEAR_ACCESSORY_NOUNS`` only before the model's name or within the first words after it;
    "for <model>", "... only" (box only) and one side of a pair count too.
    """
    text = " ".join(tokens(re.sub(r"\s\+\s?", " with ", title)))
    only = _ONLY.search(text) or _ONE_SIDE.search(text)
    if only:
        return only.group(0)
    wanted = model_tokens(model, producer)
    position = _model_position(text, [t for t in wanted if is_code(t)] or wanted)
    if position is None:
        return None
    before, after = text[:position], text[position:]
    noun = _first_noun(before, ACCESSORY_NOUNS + NEAR_ACCESSORY_NOUNS)
    if noun:
        return noun
    if _FOR_WORDS.search(before) or _for_a_later_mention(text, wanted):
        return "made for the item"
    included = _WITH_WORDS.search(after)
    own = after[:included.start()] if included else after
    noun = _first_noun(own, ACCESSORY_NOUNS)
    if noun:
        return noun
    rest = [t for t in own.split() if t not in wanted][:_AFTER_WINDOW]
    return _first_noun(" ".join(rest), NEAR_ACCESSORY_NOUNS)


def _for_a_later_mention(text: str, wanted: list[str]) -> bool:
    """"for" right before a later mention of the model ("... case for black/white iPhone 4S")."""
    spelled = "|".join(r"\s?".join(pieces(token)) for token in wanted)
    return bool(re.search(rf"\b(?:for|fits|compatible)(?:\s+\w+){{0,2}}\s+(?:{spelled})\b",
                          text))


def _first_noun(text: str, nouns: tuple[str, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for noun in nouns:
        match = re.search(rf"\b{noun}s?\b", text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), noun)
    return best[1] if best else None


def _model_position(text: str, codes: list[str]) -> int | None:
    """Where the first of the model's tokens stands in the token text."""
    positions = []
    for code in codes:
        spelled = r"\s?".join(pieces(code))
        match = re.search(rf"\b{spelled}", text)
        if match:
            positions.append(match.start())
    return min(positions) if positions else None


def lot_of_several(title: str) -> str | None:
    """The words that make a listing several items at one price ("lot of 3", "x2"), else None."""
    match = _LOT.search(" ".join(tokens(title)))
    return match.group(0).strip() if match else None


def replica(title: str) -> str | None:
    """The word that says a listing is not genuine ("replica", "inspired"), else None."""
    match = _REPLICA.search(title.casefold())
    return match.group(0) if match else None


def unreadable(title: str) -> bool:
    """A third or more written in a script other than Latin: the rules, whose words are
    English, cannot tell an accessory or a game for the item from the item there."""
    letters = [ch for ch in title if ch.isalpha()]
    latin = [ch for ch in letters if "LATIN" in unicodedata.name(ch, "")]
    return bool(letters) and len(latin) < 2 * len(letters) / 3


def judge(title: str, model: str, producer: str | None = None,
          condition: str | None = None) -> Verdict:
    """Whether a listing is an offer of this item, by the rules above, with the reason."""
    if unreadable(title):
        return Verdict(False, "unreadable", "written mostly in a script the rules cannot read")
    matched, which = model_match(title, model, producer)
    if not matched:
        return Verdict(False, "model_match", f"does not name the model {model!r} exactly")
    suffix = sibling_suffix(title, model, producer)
    if suffix:
        return Verdict(False, "sibling_suffix", f"{suffix!r} after the model number: a sibling")
    other = several_models(title, model, producer)
    if other:
        return Verdict(False, "several_models", f"names another model too ({other})")
    lacked = names_what_it_lacks(title, model)
    if lacked:
        return Verdict(False, "names_what_it_lacks", f"has what the model lacks ({lacked})")
    accessory = accessory_for(title, model, producer)
    if accessory:
        return Verdict(False, "accessory_for", f"an accessory for the item ({accessory})")
    lot = lot_of_several(title)
    if lot:
        return Verdict(False, "lot_of_several", f"several pieces or a bundle ({lot})")
    fake = replica(title)
    if fake:
        return Verdict(False, "replica", f"not genuine ({fake})")
    wear = wear_from_text(f"{condition or ''} {title}")
    why = "names the model: " + " ".join(which)
    if wear == "for parts":
        why += "; for parts or not working, kept apart"
    return Verdict(True, "kept", why, wear)
