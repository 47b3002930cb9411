"""Search over a corpus on an SQLite FTS5 index, with hits mapped to offsets in the original text.

Readers type without diacritics ("ngoai truong" for "Ngoại trưởng", "da nang" for
"Đà Nẵng"), so a word typed without them is looked up in folded text; a word typed with
them means what it says ("đà nẵng" must not find "hội đàm ... đã"), so it is looked up in
the text as written, only case-insensitively. The index holds both forms of each article's
title, body and officials' full names. The reading pane highlights spans in the original
text, so the highlighting regexes run on it directly.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from reader.model import Article
from reader.text import HEADLINE, Span, fold, folds_to

TITLE_BLOCK = HEADLINE  # Match.block for a match in the headline rather than a body block
Match = Span  # one highlighted span: a body block (or TITLE_BLOCK) and original offsets

# The full-text index: each article's title, body and officials' names as written (case is
# folded by the tokenizer) and folded by `fold`; contentless, the text itself is in the store.
FTS_TABLE = "search"
FTS_SCHEMA = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "title, body, names, ftitle, fbody, fnames, "
              "content='', tokenize='unicode61 remove_diacritics 0')")
_AS_WRITTEN = "{title body names}"
_FOLDED = "{ftitle fbody fnames}"


def query_words(query: str) -> tuple[str, ...]:
    """The words of a query, case-folded and NFC; an article matches when it contains all of them."""
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", query.replace("\x00", " ")).casefold().split()))


def typed_with_marks(word: str) -> bool:
    """True if a (case-folded) query word has diacritics or `đ`, so that it is matched as typed."""
    return fold(word) != word


def search_columns(article: Article) -> tuple[str, str, str, str, str, str]:
    """What the full-text index holds for an article: title, body, names; then the same folded."""
    body = "\n".join(block.text for block in article.blocks)
    names = "\n".join(dict.fromkeys(mention.name for mention in article.officials))
    return (article.title, body, names, fold(article.title), fold(body), fold(names))


def create_index(connection: sqlite3.Connection) -> None:
    connection.execute(FTS_SCHEMA)


def add_to_index(connection: sqlite3.Connection, rows: Iterable[tuple[int, Sequence[str]]]) -> None:
    """Index articles: (rowid, search_columns) pairs."""
    connection.executemany(f"INSERT INTO {FTS_TABLE}(rowid, title, body, names, ftitle, fbody, fnames) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", ((rowid, *columns) for rowid, columns in rows))


def remove_from_index(connection: sqlite3.Connection, rows: Iterable[tuple[int, Sequence[str]]]) -> None:
    """Unindex articles: a contentless index is told exactly what it was given for each rowid."""
    connection.executemany(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body, names, ftitle, fbody, fnames) "
                           "VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)", ((rowid, *columns) for rowid, columns in rows))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term(word: str) -> str:
    """One query word as an FTS5 prefix phrase in the columns it is matched in."""
    if typed_with_marks(word):
        return f"{_AS_WRITTEN} : {_quoted(word)} *"
    return f"{_FOLDED} : {_quoted(fold(word))} *"


def _indexable(word: str) -> bool:
    """Words with no letter or digit ("-", "…") have no token in the index, and constrain nothing."""
    return any(char.isalnum() for char in word)


def match_expression(words: Sequence[str]) -> str | None:
    """The FTS5 expression for articles holding every word at a word start; None if no word counts."""
    terms = [_term(word) for word in words if _indexable(word)]
    return " AND ".join(terms) if terms else None


def phrase_expression(words: Sequence[str]) -> str | None:
    """The FTS5 expression for the words side by side in order, the last one a prefix.

    Written as typed when every word has diacritics, else folded (the per-word
    expression still holds each word with diacritics to them).
    """
    words = [word for word in words if _indexable(word)]
    if len(words) < 2:
        return None
    if all(typed_with_marks(word) for word in words):
        return f"{_AS_WRITTEN} : {_quoted(' '.join(words))} *"
    return f"{_FOLDED} : {_quoted(' '.join(fold(word) for word in words))} *"


class SearchIndex:
    """Finds articles by words on an FTS5 index; ids come back in the articles' order.

    Built from articles, the index is made in memory (tests, `--no-cache`); `on_store` uses the
    store's database instead, and reads an article only to highlight it.
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        create_index(connection)
        connection.execute("BEGIN")
        add_to_index(connection, ((rowid, search_columns(a)) for rowid, a in enumerate(articles, start=1)))
        connection.execute("COMMIT")
        by_id = {article.id: article for article in articles}
        self._setup(connection, [(rowid, article.id) for rowid, article in enumerate(articles, start=1)],
                    by_id.__getitem__)

    @classmethod
    def on_store(cls, connection: sqlite3.Connection, rows: Sequence[tuple[int, str]],
                 fetch: Callable[[str], Article]) -> SearchIndex:
        """The store's index: `rows` are (rowid, id) in the list's order, `fetch` reads one article."""
        index = cls.__new__(cls)
        index._setup(connection, rows, fetch)
        return index

    def _setup(self, connection: sqlite3.Connection, rows: Sequence[tuple[int, str]],
               fetch: Callable[[str], Article]) -> None:
        self._connection = connection
        self._order = tuple(article_id for _, article_id in rows)
        self._id_of = dict(rows)
        self._fetch = fetch
        self._lock = threading.Lock()  # the app may search from its UI thread and a worker

    def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
        """Ids of the articles containing every word: those with the words as a phrase first.

        Within each group the order is the corpus's (or `among`'s). Ranking the phrase
        first matters in Vietnamese, where "da nang" as loose words is in most articles.
        """
        words = query_words(query)
        ids = self._order if among is None else tuple(among)
        expression = match_expression(words)
        if expression is None:
            return ids
        containing = self._ids(expression)
        found = [i for i in ids if i in containing]
        phrase = phrase_expression(words)
        if phrase is None or not found:
            return tuple(found)
        together = self._ids(f"({expression}) AND {phrase}")
        return tuple(i for i in found if i in together) + tuple(i for i in found if i not in together)

    def with_phrase(self, query: str, ids: Iterable[str]) -> tuple[str, ...]:
        """Those of `ids` that hold the query's words side by side, in order (all of them for one word)."""
        phrase = phrase_expression(query_words(query))
        ids = tuple(ids)
        if phrase is None:
            return ids
        together = self._ids(phrase)
        return tuple(i for i in ids if i in together)

    def matches(self, article_id: str, query: str) -> tuple[Match, ...]:
        """Where the query occurs in one article, in reading order, for highlighting."""
        return find_matches(self._fetch(article_id), query_words(query))

    def _ids(self, expression: str) -> frozenset[str]:
        with self._lock:
            rows = self._connection.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                                            (expression,)).fetchall()
        id_of = self._id_of
        return frozenset(id_of[rowid] for (rowid,) in rows if rowid in id_of)


def _word_regex(word: str) -> str:
    """A (case-folded) query word as a regex over original text: as typed, or folded, by its marks."""
    if typed_with_marks(word):
        return "".join(re.escape(char) for char in word)
    return "".join(folds_to(char) for char in word)


def _word_pattern(word: str) -> re.Pattern[str]:
    """A word matches at the start of a word, so "an" does not light up every "Nhật Bản"."""
    return re.compile(r"(?<!\w)" + _word_regex(word), re.IGNORECASE)


def _phrase_pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[^\S\n]+".join(_word_regex(word) for word in words), re.IGNORECASE)


def find_matches(article: Article, words: Sequence[str]) -> tuple[Match, ...]:
    """Spans to highlight: the words as a phrase where the article has it, else each word.

    Mentions of an official whose name holds every word are included, so "kishida"
    lights up "Thủ tướng Kishida" even when the text spells the name differently.
    """
    if not words:
        return ()
    texts = [(TITLE_BLOCK, article.title), *enumerate(block.text for block in article.blocks)]
    found = _spans(texts, [_phrase_pattern(words)]) if len(words) > 1 else []
    patterns = [_word_pattern(word) for word in words]
    if not found:
        found = _spans(texts, patterns)
    for mention in article.officials:
        if all(pattern.search(mention.name) for pattern in patterns):
            found.append(Match(mention.block, mention.start, mention.end))
    return _merge(found)


def _spans(texts: Sequence[tuple[int, str]], patterns: Sequence[re.Pattern[str]]) -> list[Match]:
    return [Match(block, hit.start(), hit.end())
            for block, text in texts for pattern in patterns for hit in pattern.finditer(text)]


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
