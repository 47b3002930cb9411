"""Search over a corpus: diacritic- and case-folded matching mapped back to original offsets.

Readers type without diacritics ("ngoai truong" for "Ngoại trưởng", "da nang" for
"Đà Nẵng"), so both the query and the text are folded the same way. The reading
pane highlights spans in the *original* text, so every folded offset maps back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.model import Article

TITLE_BLOCK = -1  # Match.block for a match in the headline rather than a body block

# Below this code point every character is folded through one table; above it,
# text goes through the slow per-character path (CJK, emoji... rarely matter here).
_TABLE_LIMIT = 0x3000


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: no diacritics, `đ` -> `d`, case-folded ("" for a lone combining mark)."""
    if char in "đĐ":
        return "d"
    bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return bare.casefold()


def _build_tables() -> tuple[dict[int, str], re.Pattern[str]]:
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


_ONE_TO_ONE, _NEEDS_SLOW_PATH = _build_tables()


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, when folding changed its length, where each folded char came from."""

    text: str
    origin: tuple[int, ...] | None = None  # origin[i] = original index of text[i]; None: same index
    original_length: int = 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the original string's span."""
        if self.origin is None:
            return start, end
        if start >= len(self.text):
            return self.original_length, self.original_length
        next_char = self.origin[end] if end < len(self.text) else self.original_length
        # At least the whole last character: a span ending inside "ß" -> "ss" still covers the "ß".
        return self.origin[start], max(next_char, self.origin[end - 1] + 1)


def fold(text: str) -> Folded:
    """Fold case and diacritics (đ included) and keep the way back to original offsets."""
    if not _NEEDS_SLOW_PATH.search(text):
        return Folded(text.translate(_ONE_TO_ONE), None, len(text))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return Folded("".join(pieces), tuple(origin), len(text))


def fold_text(text: str) -> str:
    """Only the folded string, for comparisons that never map back."""
    return fold(text).text


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a query; an article matches when it contains all of them."""
    return tuple(dict.fromkeys(fold_text(query).split()))


@dataclass(frozen=True, slots=True)
class Match:
    """One highlighted span: a body block (or TITLE_BLOCK) and original offsets."""

    block: int
    start: int
    end: int


class SearchIndex:
    """Folded title, body and official names of every article, built once per corpus."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._articles = {article.id: article for article in articles}
        self._order = tuple(article.id for article in articles)
        self._haystacks = {article.id: _haystack(article) for article in articles}

    def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
        """Ids of the articles containing every word: those with the words as a phrase first.

        Within each group the order is the corpus's (or `among`'s). Ranking the phrase
        first matters in Vietnamese, where "da nang" as loose words is in most articles.
        """
        words = query_words(query)
        ids = self._order if among is None else tuple(among)
        if not words:
            return ids
        found = [i for i in ids if all(_has_word_start(self._haystacks[i], word) for word in words)]
        phrase = set(self.with_phrase(query, found))
        return tuple(i for i in found if i in phrase) + tuple(i for i in found if i not in phrase)

    def with_phrase(self, query: str, ids: Iterable[str]) -> tuple[str, ...]:
        """Those of `ids` that hold the query's words side by side, in order (all of them for one word)."""
        words = query_words(query)
        if len(words) < 2:
            return tuple(ids)
        rest = re.compile(r"[^\S\n]+".join(re.escape(word) for word in words))
        return tuple(i for i in ids if any(rest.match(self._haystacks[i], start)
                                           for start in _word_starts(self._haystacks[i], words[0])))

    def matches(self, article_id: str, query: str) -> tuple[Match, ...]:
        """Where the query occurs in one article, in reading order, for highlighting."""
        return find_matches(self._articles[article_id], query_words(query))


def _word_pattern(word: str) -> re.Pattern[str]:
    """A word matches at the start of a word, so "an" does not light up every "Nhật Bản"."""
    return re.compile(r"(?<!\w)" + re.escape(word))


def _phrase_pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[^\S\n]+".join(re.escape(word) for word in words))


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where `word` occurs at the start of a word; str.find is ~20x faster than a lookbehind regex."""
    start = text.find(word)
    while start != -1:
        if start == 0 or not text[start - 1].isalnum():
            yield start
        start = text.find(word, start + 1)


def _has_word_start(text: str, word: str) -> bool:
    return next(_word_starts(text, word), None) is not None


def _haystack(article: Article) -> str:
    names = dict.fromkeys(mention.name for mention in article.officials)
    parts = [article.title, *(block.text for block in article.blocks), *names]
    return "\n".join(fold_text(part) for part in parts)


def find_matches(article: Article, words: Sequence[str]) -> tuple[Match, ...]:
    """Spans to highlight: the words as a phrase where the article has it, else each word.

    Mentions of an official whose name holds every word are included, so "kishida"
    lights up "Thủ tướng Kishida" even when the text spells the name differently.
    """
    if not words:
        return ()
    texts = [(TITLE_BLOCK, article.title), *enumerate(block.text for block in article.blocks)]
    folded = [(block, fold(text)) for block, text in texts]
    found = _spans(folded, [_phrase_pattern(words)]) if len(words) > 1 else []
    if not found:
        found = _spans(folded, [_word_pattern(word) for word in words])
    for mention in article.officials:
        name = fold_text(mention.name)
        if all(_word_pattern(word).search(name) for word in words):
            found.append(Match(mention.block, mention.start, mention.end))
    return _merge(found)


def _spans(folded: Sequence[tuple[int, Folded]], patterns: Sequence[re.Pattern[str]]) -> list[Match]:
    spans: list[Match] = []
    for block, folding in folded:
        for pattern in patterns:
            for hit in pattern.finditer(folding.text):
                start, end = folding.to_original(hit.start(), hit.end())
                spans.append(Match(block, start, end))
    return spans


def _merge(matches: Sequence[Match]) -> tuple[Match, ...]:
    """Sorted in reading order, overlapping spans of a block joined into one."""
    merged: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.block, m.start, m.end)):
        if merged and merged[-1].block == match.block and match.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Match(last.block, last.start, max(last.end, match.end))
            continue
        merged.append(match)
    return tuple(merged)
