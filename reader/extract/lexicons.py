"""Shared helpers that turn lexicon word lists into compiled grammar, once per Lexicon."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from reader.config import Lexicon

Built = TypeVar("Built")

_MEMO_SIZE = 8


def per_lexicon(build: Callable[[Lexicon], Built]) -> Callable[[Lexicon], Built]:
    """Memoise `build` on the Lexicon object, so regexes and tries are compiled once, not per article.

    Lexicon holds a dict and so is unhashable; the memo is keyed on identity and keeps a
    reference to the lexicon, so an id cannot be reused while its entry lives.
    """
    memo: dict[int, tuple[Lexicon, Built]] = {}

    def get(lexicon: Lexicon) -> Built:
        hit = memo.get(id(lexicon))
        if hit is not None and hit[0] is lexicon:
            return hit[1]
        built = build(lexicon)
        if len(memo) >= _MEMO_SIZE:
            memo.pop(next(iter(memo)))
        memo[id(lexicon)] = (lexicon, built)
        return built

    return get


def word_list(lexicon: Lexicon, name: str) -> tuple[str, ...]:
    """The list `name`, or nothing when a hand-made Lexicon lacks it (extraction must not raise)."""
    return tuple(w for w in lexicon.lists.get(name, ()) if isinstance(w, str) and w.strip())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words.

    Never empty: with no words it is a pattern that cannot match.
    """
    phrases = sorted({" ".join(w.split()) for w in words if w.strip()}, key=len, reverse=True)
    if not phrases:
        return r"(?!x)x"
    return "|".join(r"\s+".join(re.escape(part) for part in p.split(" ")) for p in phrases)
