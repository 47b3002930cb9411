"""The officials index: each person once across the corpus, whatever spelling each article used."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.model import Article, Official
from reader.text import fold

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)  # a corpus spells each name thousands of times: fold each spelling once
def name_key(name: str) -> frozenset[str]:
    """A name's words, folded (case, diacritics, đ): 'Kishida Fumio' and 'Fumio Kishida' are one key."""
    return frozenset(_WORD.findall(fold(name)))


@dataclass
class _Entry:
    key: frozenset[str]
    names: dict[str, int] = field(default_factory=dict)  # spelling -> mentions
    titles: dict[str, None] = field(default_factory=dict)  # ordered sets
    countries: dict[str, None] = field(default_factory=dict)
    article_ids: dict[str, None] = field(default_factory=dict)
    mentions: int = 0

    def absorb(self, other: _Entry) -> None:
        for spelling, count in other.names.items():
            self.names[spelling] = self.names.get(spelling, 0) + count
        self.titles.update(other.titles)
        self.countries.update(other.countries)
        self.article_ids.update(other.article_ids)
        self.mentions += other.mentions

    def official(self, article_order: dict[str, int]) -> Official:
        """The entry as an Official: the fullest spelling (then the most used, then the first seen)."""
        spellings = list(self.names)
        name = max(spellings, key=lambda s: (len(name_key(s)), self.names[s], -spellings.index(s)))
        article_ids = tuple(sorted(self.article_ids, key=lambda a: article_order.get(a, len(article_order))))
        return Official(name, tuple(self.titles), tuple(self.countries), article_ids, self.mentions)


def build_officials_index(articles: Sequence[Article]) -> tuple[Official, ...]:
    """One entry per person, most mentioned first.

    People are the same when their names have the same words in any order; a shorter name
    ("Biden") joins the one fuller name that contains it ("Joe Biden"), and stays apart when
    several fuller names would fit ("Kim" with "Kim Jong Un" and "Kim Yo-jong").
    """
    entries: dict[frozenset[str], _Entry] = {}
    for article in articles:
        for mention in article.officials:
            key = name_key(mention.name)
            if not key:
                continue
            entry = entries.setdefault(key, _Entry(key))
            entry.names[mention.name] = entry.names.get(mention.name, 0) + 1
            if mention.title:
                entry.titles[mention.title] = None
            if mention.country:
                entry.countries[mention.country] = None
            entry.article_ids[article.id] = None
            entry.mentions += 1
    keys_by_word: dict[str, list[frozenset[str]]] = {}
    for key in entries:
        for word in key:
            keys_by_word.setdefault(word, []).append(key)
    for key in sorted(entries, key=len):
        fuller = _fuller_keys(key, keys_by_word)
        if len(fuller) == 1:
            entries[fuller[0]].absorb(entries.pop(key))
    order = {article.id: n for n, article in enumerate(articles)}
    officials = [entry.official(order) for entry in entries.values()]
    return tuple(sorted(officials, key=lambda o: (-o.mentions, o.name.casefold())))


def _fuller_keys(key: frozenset[str], keys_by_word: dict[str, list[frozenset[str]]]) -> list[frozenset[str]]:
    """Up to two names holding every word of `key` and more (two already make it ambiguous).

    Only the names sharing the key's rarest word are compared, so the index stays near-linear
    where comparing every name with every other took 38 s at 10,000 pages. A name absorbed
    earlier is never among them: names are merged shortest first, so it was no fuller than `key`.
    """
    fuller: list[frozenset[str]] = []
    rarest = min(key, key=lambda word: len(keys_by_word[word]))
    for other in keys_by_word[rarest]:
        if key < other:
            fuller.append(other)
            if len(fuller) == 2:
                break
    return fuller
