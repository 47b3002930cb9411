"""Search over a corpus: diacritic- and case-folded matching mapped back to original offsets.

Readers type without diacritics ("ngoai truong" for "Ngoại trưởng", "da nang" for
"Đà Nẵng"), so both the query and the text are folded the same way. The reading
pane highlights spans in the *original* text, so every folded offset maps back.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from reader.model import Article
from reader.text import HEADLINE, Folded, Span, fold, fold_with_offsets

TITLE_BLOCK = HEADLINE  # Match.block for a match in the headline rather than a body block
Match = Span  # one highlighted span: a body block (or TITLE_BLOCK) and original offsets

FEW_CANDIDATES = 4  # below a quarter of the articles, candidates are checked one by one
REMEMBERED_WORDS = 512  # query words whose articles are kept: a few MB at 10,000 pages

_END = "\x00"  # between two articles' texts in the searched corpus text


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a query; an article matches when it contains all of them."""
    return tuple(dict.fromkeys(fold(query).split()))


class SearchIndex:
    """Folded title, body and official names of every article, for finding articles by words.

    Built on the first search rather than with the corpus: folding 10,000 pages' text takes
    about a second, which the first painted list should not wait for.
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        self._articles = {article.id: article for article in articles}
        self._order = tuple(article.id for article in articles)
        self._text: _CorpusText | None = None
        self._building = threading.Lock()  # the app may search from its UI thread and a worker

    def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
        """Ids of the articles containing every word: those with the words as a phrase first.

        Within each group the order is the corpus's (or `among`'s). Ranking the phrase
        first matters in Vietnamese, where "da nang" as loose words is in most articles.
        """
        words = query_words(query)
        ids = self._order if among is None else tuple(among)
        if not words:
            return ids
        text = self._corpus_text()
        containing: frozenset[str] | None = None
        for word in sorted(words, key=len, reverse=True):  # the longest word first: likely the rarest
            containing = text.containing(word, within=containing)
            if not containing:
                return ()
        assert containing is not None
        found = [i for i in ids if i in containing]
        phrase = text.with_phrase(words, within=containing) if len(words) > 1 and found else containing
        return tuple(i for i in found if i in phrase) + tuple(i for i in found if i not in phrase)

    def with_phrase(self, query: str, ids: Iterable[str]) -> tuple[str, ...]:
        """Those of `ids` that hold the query's words side by side, in order (all of them for one word)."""
        words = query_words(query)
        ids = tuple(ids)
        if len(words) < 2:
            return ids
        phrase = self._corpus_text().with_phrase(words, within=frozenset(ids))
        return tuple(i for i in ids if i in phrase)

    def matches(self, article_id: str, query: str) -> tuple[Match, ...]:
        """Where the query occurs in one article, in reading order, for highlighting."""
        return find_matches(self._articles[article_id], query_words(query))

    def _corpus_text(self) -> _CorpusText:
        with self._building:
            if self._text is None:
                self._text = _CorpusText(tuple(self._articles.values()))
            return self._text


class _CorpusText:
    """Every article's folded text in one string, so one regex scan finds the articles holding a word.

    Checking article by article in Python cost 70-200 ms a query at 10,000 pages; here the
    regex engine skips in C to the next hit, and Python takes one step per article found.
    Few candidates (the articles holding a query's other words) are checked one by one instead.
    Articles are separated by NUL (a NUL in a text is read as a line break).
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        haystacks = [_haystack(article).replace(_END, "\n") for article in articles]
        self.ids = tuple(article.id for article in articles)
        self.position = {article_id: n for n, article_id in enumerate(self.ids)}
        self.starts: list[int] = []
        offset = 0
        for haystack in haystacks:
            self.starts.append(offset)
            offset += len(haystack) + 1
        self.starts.append(offset)  # where an article after the last would start
        self.text = _END.join(haystacks)
        self._by_word: dict[str, frozenset[str]] = {}

    def containing(self, word: str, within: frozenset[str] | None = None) -> frozenset[str]:
        """Ids of the articles (of `within`, if given) where `word` starts a word.

        The articles of the last words asked are remembered: typing a query repeats its
        earlier words at every keystroke, and queries share words.
        """
        if _END in word:
            return frozenset()
        found = self._by_word.pop(word, None)
        if found is None and within is not None and self._few(within):
            return self._articles_matching(_at_word_start(word), within)
        if found is None:
            found = self._articles_matching(_at_word_start(word))
        self._by_word[word] = found  # most recent last
        if len(self._by_word) > REMEMBERED_WORDS:
            del self._by_word[next(iter(self._by_word))]
        return found if within is None else found & within

    def with_phrase(self, words: Sequence[str], within: frozenset[str]) -> frozenset[str]:
        """Ids of those of `within` with the words side by side, in order, the first at a word start."""
        if any(_END in word for word in words):
            return frozenset()
        rest = "".join(r"[^\S\n]+" + re.escape(word) for word in words[1:])
        pattern = _at_word_start(words[0]) + rest
        if self._few(within):
            return self._articles_matching(pattern, within)
        return self._articles_matching(pattern) & within

    def _few(self, ids: frozenset[str]) -> bool:
        """Few enough to check one by one rather than scan the whole text (measured crossover)."""
        return len(ids) * FEW_CANDIDATES < len(self.ids)

    def _articles_matching(self, pattern: str, within: frozenset[str] | None = None) -> frozenset[str]:
        scan = re.compile(pattern)
        if within is not None:
            found = []
            for article_id in within:
                n = self.position.get(article_id)
                if n is not None and scan.search(self.text, self.starts[n], self.starts[n + 1] - 1):
                    found.append(article_id)
            return frozenset(found)
        # After a hit, the scan goes on from the next article: one step per article found.
        hits: list[str] = []
        hit = scan.search(self.text)
        while hit is not None:
            article = bisect_right(self.starts, hit.start())
            hits.append(self.ids[article - 1])
            hit = scan.search(self.text, self.starts[article])
        return frozenset(hits)


def _at_word_start(word: str) -> str:
    """A regex for `word` at a word start (not right after a letter or digit).

    The check looks back from the word's end, so the regex starts with the literal word
    and the engine can skip ahead to it; a lookbehind in front would try every position.
    """
    literal = re.escape(word)
    return f"{literal}(?<![^\\W_]{literal})"


def _word_pattern(word: str) -> re.Pattern[str]:
    """A word matches at the start of a word, so "an" does not light up every "Nhật Bản"."""
    return re.compile(r"(?<!\w)" + re.escape(word))


def _phrase_pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[^\S\n]+".join(re.escape(word) for word in words))


def _haystack(article: Article) -> str:
    names = dict.fromkeys(mention.name for mention in article.officials)
    parts = [article.title, *(block.text for block in article.blocks), *names]
    return "\n".join(fold(part) for part in parts)


def find_matches(article: Article, words: Sequence[str]) -> tuple[Match, ...]:
    """Spans to highlight: the words as a phrase where the article has it, else each word.

    Mentions of an official whose name holds every word are included, so "kishida"
    lights up "Thủ tướng Kishida" even when the text spells the name differently.
    """
    if not words:
        return ()
    texts = [(TITLE_BLOCK, article.title), *enumerate(block.text for block in article.blocks)]
    folded = [(block, fold_with_offsets(text)) for block, text in texts]
    found = _spans(folded, [_phrase_pattern(words)]) if len(words) > 1 else []
    if not found:
        found = _spans(folded, [_word_pattern(word) for word in words])
    for mention in article.officials:
        name = fold(mention.name)
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
