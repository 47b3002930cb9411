"""Search over a corpus on an SQLite FTS5 index, with hits mapped to offsets in the original text.

Readers type without diacritics ("ngoai truong" for "Ngoại trưởng", "da nang" for
"Đà Nẵng"), so a word typed without them is looked up in folded text; a word typed with
them means what it says ("đà nẵng" must not find "hội đàm ... đã"), so it is looked up in
the text as written, only case-insensitively. The index holds both forms of each article's
title, body and officials' full names. The reading pane highlights spans in the original
text, so the highlighting regexes run on it directly.
"""

from __future__ import annotations

import copy
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import filterfalse, pairwise
from operator import itemgetter

from reader.chronology import article_date
from reader.model import Article
from reader.text import HEADLINE, Span, fold, folds_to

TITLE_BLOCK = HEADLINE  # Match.block for a match in the headline rather than a body block
Match = Span  # one highlighted span: a body block (or TITLE_BLOCK) and original offsets
IndexRow = tuple[int, str, str | None]  # an article's index rowid (search_key), id and list date
_BOUND_PARAMETERS = 900  # under SQLite's 999 parameters of a statement

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


# The index's rowids are laid out in the list's default order, newest first and undated last, so
# that FTS5, which answers in rowid order, hands out the first screenful of a search first and a
# LIMIT stops it there instead of reading every hit. A rowid is the article's list date, coded so
# that a later date has a smaller code, above the article's rowid in the store (ties: file order
# is not known when a page is written, so the first screenful re-sorts the hits it reads).
KEY_ROWID_BITS = 23  # articles' rowids below 8,388,608 (a 100,000-page folder has 268,720)
_DATE_CHARS = 10  # YYYY-MM-DD: a time or anything later in the value is a tie the first screenful sorts
UNDATED_PART = (1 << (4 * _DATE_CHARS)) - 1  # above every dated article's part: undated last


def _char_code(char: str) -> tuple[int, bool]:
    """A 4-bit code of a date's character in its text order, and whether it keeps the order exact.

    Digits and "-" (all an ISO date has) get a code each; any other character gets the code of
    its range and ends the coding, so that the code never contradicts the text's order.
    """
    if "0" <= char <= "9":
        return 4 + ord(char) - ord("0"), True
    if char == "-":
        return 2, True
    return (1 if char < "-" else 3 if char < "0" else 14), False


def date_code(value: str) -> int:
    """A number that never decreases as the value does in text order (what the list sorts dates by)."""
    code = 0
    exact = True
    for position in range(_DATE_CHARS):
        part = 0
        if exact and position < len(value):
            part, exact = _char_code(value[position])
        code = code << 4 | part
    return code


def search_key(rowid: int, date: str | None) -> int:
    """The index's rowid of an article of store rowid `rowid` and list date `date` (None: undated)."""
    if not 0 <= rowid < 1 << KEY_ROWID_BITS:
        raise ValueError(f"article rowid {rowid} is past what the search index's keys hold")
    return _date_part(date) << KEY_ROWID_BITS | rowid


def _date_part(date: str | None) -> int:
    return UNDATED_PART if date is None else UNDATED_PART - 1 - date_code(date)


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
        dates = [when.value if (when := article_date(article)) is not None else None for article in articles]
        keys = [search_key(n, date) for n, date in enumerate(dates, start=1)]
        connection.execute("BEGIN")
        add_to_index(connection, ((key, search_columns(a)) for key, a in zip(keys, articles, strict=True)))
        connection.execute("COMMIT")
        by_id = {article.id: article for article in articles}
        self._setup(connection, list(zip(keys, (article.id for article in articles), dates, strict=True)),
                    by_id.__getitem__)

    @classmethod
    def on_store(cls, connection: sqlite3.Connection, rows: Sequence[IndexRow],
                 fetch: Callable[[str], Article], opener: Callable[[], sqlite3.Connection] | None = None,
                 ) -> SearchIndex:
        """The store's index: `rows` are (index rowid, id, list date) in the list's file order, `fetch`
        reads one article, `opener` opens another connection to the store for `elsewhere`."""
        index = cls.__new__(cls)
        index._setup(connection, rows, fetch, opener)
        return index

    def _setup(self, connection: sqlite3.Connection, rows: Sequence[IndexRow],
               fetch: Callable[[str], Article], opener: Callable[[], sqlite3.Connection] | None = None) -> None:
        self._connection = connection
        self._order = tuple(article_id for _, article_id, _ in rows)
        # Rowids as the text group_concat gives them back, so a hit is never converted to an int.
        self._keys = tuple(str(key) for key, _, _ in rows)
        self._place = {key: n for n, key in enumerate(self._keys)}  # rowid text -> place in the list's order
        self._key_of = dict(zip(self._order, self._keys, strict=True))
        self._date = dict(zip(self._keys, (date for _, _, date in rows), strict=True))  # the same key strings
        # Listed under another date than their key's (the folder's evidence dropped their date's line).
        self._misplaced = tuple(key for key, _, date in rows if key >> KEY_ROWID_BITS != _date_part(date))
        self._misplaced_keys = frozenset(self._misplaced)
        self._unsettled = _unsettled_days(rows, self._misplaced_keys)
        self._fetch = fetch
        self._opener = opener
        self._elsewhere: SearchIndex | None = None
        self._lock = threading.Lock()  # the app may search from its UI thread and a worker
        self._last_phrase: tuple[tuple[str, ...], frozenset[str]] | None = None  # for with_phrase right after

    @property
    def pages(self) -> bool:
        """True if `elsewhere` can give another connection, for the rest of a search after its first screenful."""
        return self._opener is not None

    def elsewhere(self) -> SearchIndex:
        """The same index on a connection of its own (opened once), for a worker thread."""
        if self._opener is None:
            return self
        with self._lock:
            if self._elsewhere is None:
                twin = copy.copy(self)
                twin._connection, twin._opener, twin._lock = self._opener(), None, threading.Lock()
                twin._last_phrase = None
                self._elsewhere = twin
            return self._elsewhere

    def first_hits(self, query: str, count: int) -> tuple[str, ...]:
        """The first `count` ids of `search(query)` as the list shows it newest first (sort_articles).

        Read in the index's rowid order, which is the list's but for a day's ties, one row at a
        time: a keystroke reads a screenful of hits, not every hit. Taken are the first `count`
        listed hits of the words (all of the last one's day where the index's order of that day
        is not the list's), the hits with the phrase among them and the next `count` with it in
        that day (they come first among ties), and the hits listed under another date than
        their key's; sorted as the list sorts them, the first `count` are the list's.
        """
        words = query_words(query)
        expression = match_expression(words)
        place, date, order = self._place, self._date, self._order
        if expression is None:
            return _newest([(date[key], order[place[key]]) for key in self._keys])[:count]
        phrase = phrase_expression(words)
        with self._lock:
            hits, last = self._head(expression, count)
            together = self._phrase_near(phrase, hits[0], last, count) if phrase is not None and hits else []
            if self._misplaced:
                hits += self._among_misplaced(expression)
                together += self._among_misplaced(phrase) if phrase is not None else []
        with_phrase = frozenset(together)
        ranked = sorted(dict.fromkeys([*hits, *together]), key=lambda key: (key not in with_phrase, place[key]))
        return _newest([(date[key], order[place[key]]) for key in ranked])[:count]

    def _head(self, term: str, count: int) -> tuple[list[str], int]:
        """The first `count` listed hits of `term` in rowid order (the misplaced left out), with the rest of
        the last one's day if that day is unsettled; and the last one's rowid."""
        place, misplaced, unsettled = self._place, self._misplaced_keys, self._unsettled
        hits: list[str] = []
        last = -1
        cursor = self._connection.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid", (term,))
        try:
            for key, in cursor:
                text = str(key)
                if text not in place or key in misplaced:
                    continue
                if len(hits) >= count:
                    day = last >> KEY_ROWID_BITS
                    if day in unsettled and key >> KEY_ROWID_BITS == day:
                        hits.append(text)
                        continue
                    break
                hits.append(text)
                last = key
        finally:
            cursor.close()
        return hits, last

    def _phrase_near(self, phrase: str, first: str, last: int, count: int) -> list[str]:
        """The listed hits of the phrase from rowid `first` to `last`, and up to `count` more in `last`'s day."""
        place, misplaced = self._place, self._misplaced_keys
        day = last >> KEY_ROWID_BITS
        found: list[str] = []
        beyond = 0
        cursor = self._connection.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid >= ? ORDER BY rowid", (phrase, first))
        try:
            for key, in cursor:
                text = str(key)
                if text not in place or key in misplaced:
                    continue
                if key > last:
                    if key >> KEY_ROWID_BITS != day or beyond >= count:
                        break
                    beyond += 1
                found.append(text)
        finally:
            cursor.close()
        return found

    def _among_misplaced(self, term: str) -> list[str]:
        """The hits of `term` among the articles listed under another date than their key's."""
        found: list[str] = []
        for start in range(0, len(self._misplaced), _BOUND_PARAMETERS):
            chunk = self._misplaced[start:start + _BOUND_PARAMETERS]
            found.extend(str(key) for key, in self._connection.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid IN ({', '.join('?' * len(chunk))})",
                (term, *chunk)))
        return found

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


def _unsettled_days(rows: Sequence[IndexRow], misplaced: frozenset[int]) -> frozenset[int]:
    """The days (a key's date part) whose articles the index's rowid order does not put in the list's order.

    The list orders a day's articles by their time, then file order; the index by their rowid
    in the store, which is file order for pages parsed in one go but not for a page parsed again.
    """
    ranked = sorted((key, n, date) for n, (key, _, date) in enumerate(rows) if key not in misplaced)
    unsettled = set()
    for (key, n, date), (next_key, next_n, next_date) in pairwise(ranked):
        day = key >> KEY_ROWID_BITS
        if day != next_key >> KEY_ROWID_BITS or day in unsettled:
            continue
        if not (date == next_date and n < next_n) and not (date is not None and next_date is not None
                                                            and date > next_date):
            unsettled.add(day)
    return frozenset(unsettled)


def _newest(dated: list[tuple[str | None, str]]) -> tuple[str, ...]:
    """(date, id) pairs, given in the search's order, as sort_articles lists them newest first."""
    known = [pair for pair in dated if pair[0] is not None]
    known.sort(key=itemgetter(0), reverse=True)  # stable, as sort_articles
    return tuple(article_id for _, article_id in known) + tuple(i for when, i in dated if when is None)


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
