"""The search bar's little language: words, `@name` for an official, `date:` for a time span.

    ngoai truong @kishida date:2024-01..2024-03

keeps the articles holding the words (search.py finds them) that mention an official whose
name has a word starting "kishida" (folded: case, diacritics, đ) and that have a date mention,
or a published date, from 1 January to 31 March 2024. Every term must hold. `describe` says
how a query was read, so the bar can show it; a term it cannot read is named there and left
out, rather than silently matching nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from reader.chronology import iso_bounds
from reader.model import Article, Official
from reader.text import fold

DATE_PREFIX = "date:"
RANGE = ".."
_TOKEN = re.compile(r'@"[^"]*"?|\S+')
_WORD = re.compile(r"\w+")
_DATE_HELP = "use date:2024-03 or date:2024-01..2024-03"


class Searcher(Protocol):
    """What the query needs of the search index: the ids, among some, holding the words."""

    def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]: ...


class Facts(Protocol):
    """What the filters need of the articles (reader/catalog.py answers, from the store or memory)."""

    def with_official(self, name: Sequence[str]) -> frozenset[str]: ...

    def dated_in(self, span: DateFilter) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class DateFilter:
    """`date:` as read: the first and last day it covers (None: open on that side)."""

    text: str
    start: date | None
    end: date | None

    def holds(self, first: date, last: date) -> bool:
        """Whether the days first..last lie inside the span."""
        return (self.start is None or first >= self.start) and (self.end is None or last <= self.end)

    def __str__(self) -> str:
        if self.start == self.end and self.start is not None:
            return self.start.isoformat()
        return f"{self.start.isoformat() if self.start else '…'} to {self.end.isoformat() if self.end else '…'}"


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: free words for the search index, and the filters around them."""

    text: str
    words: str  # the free words, as typed, for the search index and the highlighting
    officials: tuple[tuple[str, ...], ...]  # per `@name`: its folded words
    dates: tuple[DateFilter, ...]
    ignored: tuple[str, ...]  # terms not understood, each with why

    @property
    def filters(self) -> bool:
        return bool(self.officials or self.dates)

    @property
    def empty(self) -> bool:
        return not (self.words or self.filters)


def parse_query(text: str) -> Query:
    """Read the bar's text; nothing here fails (a term it cannot read goes to `ignored`)."""
    words: list[str] = []
    officials: list[tuple[str, ...]] = []
    dates: list[DateFilter] = []
    ignored: list[str] = []
    for token in _TOKEN.findall(text):
        if token.startswith("@"):
            name = tuple(_WORD.findall(fold(token[1:])))
            if name:
                officials.append(name)
            else:
                ignored.append(f"{token} (a name after @, e.g. @kishida)")
        elif token.casefold().startswith(DATE_PREFIX):
            span = _date_filter(token[len(DATE_PREFIX):])
            if span is None:
                ignored.append(f"{token} ({_DATE_HELP})")
            else:
                dates.append(span)
        else:
            words.append(token)
    return Query(text, " ".join(words), tuple(officials), tuple(dates), tuple(ignored))


def describe(query: Query) -> str:
    """How the query was read, in one line: "words “x” · official @kishida · dated 2024-03-01 to …"."""
    parts = []
    if query.words:
        parts.append(f"words “{query.words}”")
    parts.extend(f"official @{' '.join(name)}" for name in query.officials)
    parts.extend(f"dated {span}" for span in query.dates)
    parts.extend(f"ignored {term}" for term in query.ignored)
    return " · ".join(parts)


def run_query(query: Query, ids: Sequence[str], facts: Facts, search: Searcher | None = None) -> tuple[str, ...]:
    """Those of `ids` (in their order) that satisfy every term; the words need `search`.

    With words but no index yet (it is built after the first paint), the filters alone apply.
    """
    kept = keep_filtered(query, ids, facts)
    if query.words and search is not None:
        return search.search(query.words, among=kept)
    return kept


def keep_filtered(query: Query, ids: Sequence[str], facts: Facts) -> tuple[str, ...]:
    """Those of `ids` that pass the `@name` and `date:` terms (all of them when there are none)."""
    kept = tuple(ids)
    for name in query.officials:
        having = facts.with_official(name)
        kept = tuple(i for i in kept if i in having)
    for span in query.dates:
        inside = facts.dated_in(span)
        kept = tuple(i for i in kept if i in inside)
    return kept


def name_matches(name: Sequence[str], full_name: str) -> bool:
    """Every word of `name` (folded) starts a word of `full_name`: "kishida" fits "Fumio Kishida"."""
    words = _name_words(full_name)
    return all(any(word.startswith(part) for word in words) for part in name)


@lru_cache(maxsize=65536)
def _name_words(full_name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(full_name)))


def dated_in(article: Article, span: DateFilter) -> bool:
    """Published in the span, or a date mention in it (a range mention by either of its ends)."""
    published = iso_bounds(article.published[:10]) if article.published else None
    if published is not None and span.holds(*published):
        return True
    for mention in article.dates:
        for point in mention.value.split("/"):
            bounds = iso_bounds(point)
            if bounds is not None and span.holds(*bounds):
                return True
    return False


def _date_filter(text: str) -> DateFilter | None:
    first, sep, last = text.partition(RANGE)
    start = iso_bounds(first) if first else None
    end = iso_bounds(last) if last else None
    if (first and start is None) or (last and end is None) or not (first or last):
        return None
    if not sep:
        end = start
    lower, upper = (start[0] if start else None), (end[1] if end else None)
    if lower is not None and upper is not None and lower > upper:
        return None
    return DateFilter(text, lower, upper)


class OfficialsFilter:
    """Typing in the officials view: every typed word (folded) starts a word of the name, a title or a country.

    Each official's words are folded once here (a title or country once for everyone who holds it),
    so a keystroke is a substring test each; a keystroke that only adds letters or words tests just
    the officials the last one kept, as those are the only ones that can still fit.
    """

    def __init__(self, officials: Sequence[Official]) -> None:
        self.officials = tuple(officials)
        folded_parts: dict[str, str] = {}

        def words(part: str) -> str:
            folded = folded_parts.get(part)
            if folded is None:
                folded = folded_parts[part] = " ".join(_WORD.findall(fold(part)))
            return folded

        self._haystacks = tuple(" " + " ".join((" ".join(_WORD.findall(fold(o.name))),
                                                *map(words, o.titles), *map(words, o.countries)))
                                for o in self.officials)
        self._last: tuple[list[str], list[int]] = ([], list(range(len(self.officials))))

    def matching(self, typed: str) -> tuple[Official, ...]:
        """The officials that fit, in their given order (all of them for nothing typed)."""
        words = [" " + word for word in _WORD.findall(fold(typed))]
        if not words:
            return self.officials
        last_words, last_kept = self._last
        narrower = all(any(word.startswith(old) for word in words) for old in last_words)
        candidates = last_kept if narrower else range(len(self.officials))
        haystacks = self._haystacks
        kept = [n for n in candidates if all(word in haystacks[n] for word in words)]
        self._last = (words, kept)
        return tuple(self.officials[n] for n in kept)
