"""Vietnamese-text primitives, each written once: folding, syllables, alternations, spans.

Search, cleaning and extraction all compare Vietnamese text the same few ways; when each
module kept its own copy they drifted apart (two "match nothing" patterns, folds that did or
did not map `đ` to `d`). Everything here is plain Python over `str`: no lexicon, no model.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right, insort
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

Precision = Literal["day", "month", "year"]  # of a date mention: what its value names

HEADLINE = -1  # the block index of a span in the headline, which is not a body block

NOTHING = "(?!)"  # a regex that matches nowhere: the alternation of no words

# Below this code point every character folds through one translation table; above it
# (CJK, emoji...), text takes the slower per-character path, which rarely matters here.
_TABLE_LIMIT = 0x3000


@dataclass(frozen=True, slots=True)
class Span:
    """Where something sits: a block (or HEADLINE) and [start, end) offsets into its text."""

    block: int
    start: int
    end: int


# --- folding ---------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: no diacritics, `đ` -> `d`, case-folded ("" for a lone combining mark)."""
    if char in "đĐ":
        return "d"
    bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return bare.casefold()


def _folded(text: str) -> str:
    """fold()'s slow path, a character at a time. Also what patterns made at import fold with: fold() would
    build its table there (_fold_tables), in every process that imports this, the app's first paint included."""
    return "".join(map(fold_char, text))


@lru_cache(maxsize=1)
def _fold_tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The fast path's table and the characters it cannot take: built at the first fold, not at import
    (12,288 characters normalised, a tenth of the app's imports, while its first paint folds nothing)."""
    one_to_one: dict[int, str] = {}
    irregular: list[str] = []
    for code in range(_TABLE_LIMIT):
        char = chr(code)
        folded = fold_char(char)
        if len(folded) == 1:
            if folded != char:
                one_to_one[code] = folded
        else:
            irregular.append(re.escape(char))
    return one_to_one, re.compile(f"[{''.join(irregular)}\\u3000-\\U0010ffff]")


def fold(text: str) -> str:
    """Case and diacritics folded, `đ` included: "Đà Nẵng" -> "da nang", as readers type it."""
    table, not_one_to_one = _fold_tables()
    if not not_one_to_one.search(text):
        return text.translate(table)
    return _folded(text)


@lru_cache(maxsize=1)
def _folding_classes() -> dict[str, str]:
    sources: dict[str, list[str]] = {}
    for code in range(_TABLE_LIMIT):
        folded = fold_char(chr(code))
        if len(folded) == 1:
            sources.setdefault(folded, []).append(chr(code))
    return {folded: "[" + "".join(re.escape(c) for c in chars) + "]" for folded, chars in sources.items()}


def folds_to(char: str) -> str:
    """A regex for any character that folds to `char` ("d" -> "[dDđĐ...]").

    So a word typed without diacritics is found in the original text itself, whose offsets
    need no mapping back. Characters above the fast table, or folding to several, are left out.
    """
    return _folding_classes().get(char, re.escape(char))


# --- look-alike letters ----------------------------------------------------------------------

# Some CMSes (and text once decoded as Windows-1252 instead of 1258, where byte D0 is "Ð" and F0 "ð")
# print the Icelandic eth, or the African D, for "Đ"/"đ". Vietnamese "đ" only opens a syllable and
# Icelandic "ð" never opens a word, so an eth at a word's start is "đ" ("Ðà Nẵng") while "Guðni" keeps its.
_LOOK_ALIKES = re.compile(r"(?<![^\W\d_])[Ðð]|[Ɖɖ]")
_STANDARD = {"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"}


def standard_letters(text: str) -> str:
    """Look-alike letters that pages print for Vietnamese ones made the Vietnamese letter: 'Ðại sứ' -> 'Đại sứ',
    so lexicons, folding and search see one spelling."""
    if not any(letter in text for letter in _STANDARD):
        return text  # most pages hold none: four substring scans, where the pattern's look-behind runs at every place
    return _LOOK_ALIKES.sub(lambda m: _STANDARD[m[0]], text)


# --- syllables -------------------------------------------------------------------------------

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_INITIALS = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx]"
_NUCLEI = (
    "iêu yêu oai oao oay oeo uây uôi uya uyê ươi ươu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_FINALS = "ch|ng|nh|[cmnpt]"
SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{'|'.join(_NUCLEI)})(?:{_FINALS})?")  # toneless, lower case
_MAX_SYLLABLE = 7  # "nghiêng"


_FOLDED_SYLLABLE = re.compile(  # the syllable above as it reads folded: "đ" is "d", "ươ" is "uo"
    f"(?:{_folded(_INITIALS)})?(?:{'|'.join(sorted({_folded(n) for n in _NUCLEI}, key=len, reverse=True))})"
    f"(?:{_FINALS})?")


def is_folded_syllable(word: str) -> bool:
    """Whether `word`, lower case without diacritics, reads as a Vietnamese syllable written without
    them ("tuyen", "gioi", "nguoi"), as scrapers keep alt text and slugs; "said", "talks" do not."""
    return len(word) <= _MAX_SYLLABLE and _FOLDED_SYLLABLE.fullmatch(word) is not None


def is_syllable(word: str) -> bool:
    """Whether `word` is one well-formed Vietnamese syllable (case and tones ignored)."""
    if len(word) > _MAX_SYLLABLE:
        return False
    decomposed = unicodedata.normalize("NFD", word.casefold())
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return SYLLABLE.fullmatch(toneless) is not None


# --- tone placement ------------------------------------------------------------------------

def _old_tone_pairs() -> dict[str, str]:
    """'oà' -> 'òa', 'uỷ' -> 'ủy', ... (both cases): the older and the newer place of one tone mark."""
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y"),
                          ("O", "a"), ("O", "e"), ("U", "y")):
        for mark in sorted(_TONE_MARKS):
            old = unicodedata.normalize("NFC", first + second + mark)
            pairs[old] = unicodedata.normalize("NFC", first + mark + second)
    return pairs


_OLD_TONE_PAIRS = _old_tone_pairs()
# a final "oa", "oe", "uy" (not the "uy" of "quý", whose "u" is part of "qu") with its mark on the second vowel
_OLD_TONES = re.compile(rf"(?<![qQ])(?:{'|'.join(_OLD_TONE_PAIRS)})(?![^\W\d_])")


def modern_tones(text: str) -> str:
    """The tone of a final 'oa', 'oe', 'uy' on its first vowel: 'hoà', 'Uỷ ban', 'Thuỵ Sĩ' -> 'hòa', 'Ủy ban',
    'Thụy Sĩ'. Sites write both places for the same word, and the lexicons hold the newer."""
    return _OLD_TONES.sub(lambda m: _OLD_TONE_PAIRS[m[0]], text) if _OLD_TONES.search(text) else text


# --- months written as words ----------------------------------------------------------------

# A Gregorian month written as its number's word, as overseas and some home pages print it ("tháng Sáu",
# "tháng Mười Hai", "tháng Mười một"). "Chạp" is missing on purpose: the twelfth lunar month, which no
# Gregorian value names; "Giêng" is January in overseas prose and the first lunar month at home, so
# extraction reads it only where nothing says lunar.
MONTH_NAMES = {"Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Bốn": 4, "Năm": 5, "Sáu": 6, "Bảy": 7,
               "Tám": 8, "Chín": 9, "Mười": 10, "Mười Một": 11, "Mười Hai": 12}
LUNAR_OR_GREGORIAN = "Giêng"


def month_names_pattern(*, without: Iterable[str] = (), any_case: bool = False) -> str:
    """A regex for the month words, longest first. Case-sensitive by default: capitalised as a month's
    name is in prose ("tháng Ba", never the "ba" of "tháng ba người"), the second word of "Mười Một" in
    either case. `any_case` is for a dateline, where "THÁNG MƯỜI MỘT" and "tháng mười một" are months."""
    left_out = set(without)
    words = sorted((w for w in MONTH_NAMES if w not in left_out), key=lambda w: (-len(w), w))
    if any_case:
        spaced = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        return f"(?i:{spaced})(?![^\\W\\d_])"
    parts = [re.escape(w).replace(r"\ ", r"\s+(?i:") + ")" if " " in w else re.escape(w) for w in words]
    return f"(?-i:{'|'.join(parts)})(?![^\\W\\d_])"


def month_number(word: str) -> int:
    """The number of a month word matched by `month_names_pattern`, in any case: "Mười  một" -> 11."""
    return MONTH_NAMES[" ".join(part.capitalize() for part in word.split())]


# An English month's name, as a site's English theme prints its dateline ("July 13, 2023 · 3 min read",
# "13 Jul 2023"): a dateline's, never prose's (extraction reads Vietnamese text).
ENGLISH_MONTHS = {name: number for number, names in enumerate((
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
    ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
    ("December", "Dec")), start=1) for name in names}


def english_months_pattern() -> str:
    """A regex for the English month names and their short forms, longest first, capitalised or in capitals
    (a lower-case "may" is a Vietnamese word)."""
    words = sorted((form for w in ENGLISH_MONTHS for form in (w, w.upper())), key=lambda w: (-len(w), w))
    return f"(?:{'|'.join(words)})(?![^\\W\\d_])"


def english_month_number(word: str) -> int:
    """The number of a month name matched by `english_months_pattern`: "JUL" -> 7."""
    return ENGLISH_MONTHS[word.capitalize()]


# --- lexicon words as regexes ----------------------------------------------------------------

def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between their words.

    Longest first so "Ảnh tư liệu" wins over "Ảnh"; never empty: with no words it is NOTHING.
    """
    phrases = {" ".join(word.split()) for word in words} - {""}
    if not phrases:
        return NOTHING
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(re.escape(part) for part in phrase.split(" ")) for phrase in ordered)


Key = TypeVar("Key", bound=Hashable)
Built = TypeVar("Built")

_LEXICONS_REMEMBERED = 16  # a run uses one or two lexicons; tests make a few more


def per_lexicon(build: Callable[[Key], Built]) -> Callable[[Key], Built]:
    """Memoise `build` on its lexicon's content, so regexes are compiled once per lexicon, not per page.

    The lexicon asked for last answers without hashing its content again: every article asks.
    """
    cached = lru_cache(maxsize=_LEXICONS_REMEMBERED)(build)
    last: list[tuple[Key, Built]] = []

    def built(lexicon: Key) -> Built:
        if last and last[0][0] is lexicon:
            return last[0][1]
        value = cached(lexicon)
        last[:] = [(lexicon, value)]
        return value

    return built


# --- spans -----------------------------------------------------------------------------------

class TakenSpans:
    """Spans already claimed by an earlier, stronger rule; a later match may not overlap them.

    Look-ups are logarithmic, so a 1 MB line with thousands of matches stays near-linear.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a taken span (spans are disjoint, so sorted by start and end alike)."""
        at = bisect_right(self._starts, start)
        if at and self._ends[at - 1] > start:
            return True
        return at < len(self._starts) and self._starts[at] < end

    def add(self, start: int, end: int) -> None:
        insort(self._starts, start)
        insort(self._ends, end)
