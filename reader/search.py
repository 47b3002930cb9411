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
from itertools import filterfalse

from reader.model import Article
from reader.text import HEADLINE, Span, fold, folds_to

TITLE_BLOCK = HEADLINE  # Match.block for a match in the headline rather than a body block
Match = Span  # one highlighted span: a body block (or TITLE_BLOCK) and original offsets

# The full-text index: each article's title, body and officials' full names as written (case is
# folded by the tokenizer) and folded by `fold`; contentless, the text itself is in the store; no
# column sizes, as nothing ranks by bm25. No query needs a column filter, which would make FTS5 read
# the position list of every hit: a word typed with diacritics can only match the columns as
# written (the folded ones have none), and one typed without them finds in the columns as written
# only words whose folded twin is in the folded columns. The prefix indexes answer a one- to
# three-letter word, as typed key by key, from one list instead of merging the lists of every word
# it starts ("n" starts thousands).
FTS_TABLE = "search"
FTS_SCHEMA = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "title, body, names, ftitle, fbody, fnames, "
              "content='', columnsize=0, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')")


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


def _indexable(word: str) -> bool:
    """Words with no letter or digit ("-", "…") have no token in the index, and constrain nothing."""
    return any(char.isalnum() for char in word)


def _terms(words: Iterable[str]) -> list[str]:
    """Each word as an FTS5 prefix phrase, as typed: its diacritics (or their absence) pick the columns."""
    return [f"{_quoted(word)} *" for word in words]


def match_expression(words: Sequence[str]) -> str | None:
    """The FTS5 expression for articles holding every word at a word start; None if no word counts."""
    terms = _terms(word for word in words if _indexable(word))
    return " AND ".join(terms) if terms else None


def phrase_expression(words: Sequence[str]) -> str | None:
    """The FTS5 expression for the words side by side in order, the last one a prefix, and every word.

    Written as typed when every word has diacritics, else folded, with each word typed
    with diacritics also held to them.
    """
    words = [word for word in words if _indexable(word)]
    if len(words) < 2:
        return None
    if all(typed_with_marks(word) for word in words):
        return f"{_quoted(' '.join(words))} *"
    marked = _terms(word for word in words if typed_with_marks(word))
    return " AND ".join([f"{_quoted(' '.join(fold(word) for word in words))} *", *marked])


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
        # Rowids as the text group_concat gives them back, so a hit is never converted to an int.
        self._keys = tuple(str(rowid) for rowid, _ in rows)
        self._place = {key: n for n, key in enumerate(self._keys)}  # rowid text -> place in the list's order
        self._key_of = dict(zip(self._order, self._keys, strict=True))
        self._fetch = fetch
        self._lock = threading.Lock()  # the app may search from its UI thread and a worker
        self._last_phrase: tuple[tuple[str, ...], frozenset[str]] | None = None  # for with_phrase right after

    def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
        """Ids of the articles containing every word: those with the words as a phrase first.

        Within each group the order is the corpus's (or `among`'s). Ranking the phrase
        first matters in Vietnamese, where "da nang" as loose words is in most articles.
        """
        words = query_words(query)
        among = tuple(among) if among is not None else None
        expression = match_expression(words)
        if expression is None:
            return self._order if among is None else among
        phrase = phrase_expression(words)
        if phrase is None:
            (hits,) = self._hits([expression])
            return self._in_order(hits, among)
        together, hits = self._hits([phrase, expression])
        with_phrase = frozenset(together)
        self._last_phrase = (words, with_phrase)
        return self._in_order(together, among) + self._in_order(filterfalse(with_phrase.__contains__, hits), among)

    def with_phrase(self, query: str, ids: Iterable[str]) -> tuple[str, ...]:
        """Those of `ids` that hold the query's words side by side, in order (all of them for one word)."""
        words = query_words(query)
        phrase = phrase_expression(words)
        ids = tuple(ids)
        if phrase is None:
            return ids
        last = self._last_phrase
        # What the search just before found (the bar counts the phrase after each search).
        together = last[1] if last is not None and last[0] == words else frozenset(self._hits([phrase])[0])
        key_of = self._key_of.get
        return tuple(i for i in ids if key_of(i) in together)

    def matches(self, article_id: str, query: str) -> tuple[Match, ...]:
        """Where the query occurs in one article, in reading order, for highlighting."""
        return find_matches(self._fetch(article_id), query_words(query))

    def _in_order(self, keys: Iterable[str], among: tuple[str, ...] | None) -> tuple[str, ...]:
        """The ids of some rowids (as text), in the list's order or `among`'s.

        Every step per hit is a C call (map, filter, sorted): a common word has most articles.
        """
        place = self._place
        if among is None:
            return tuple(map(self._order.__getitem__, sorted(map(place.__getitem__, filter(place.__contains__, keys)))))
        wanted = frozenset(keys)
        key_of = self._key_of.get
        return tuple(i for i in among if key_of(i) in wanted)

    def _hits(self, expressions: Sequence[str]) -> list[list[str]]:
        """For each FTS5 expression, the rowids (as text, ascending) of the articles it matches.

        One statement for them all, each answer one string (group_concat): fetching a row per
        hit cost more than the index lookup for a common word.
        """
        select = f"(SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        with self._lock:
            texts = self._connection.execute("SELECT " + ", ".join([select] * len(expressions)), expressions).fetchone()
        return [text.split(",") if text else [] for text in texts]


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
