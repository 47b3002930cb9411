"""Cleaning lexicon -> compiled rules, built once per distinct lexicon.

Every page is cleaned with the same few regular expressions; compiling them per
page would cost more than the cleaning itself, so they are cached on the
lexicon's content (a Lexicon holds a dict and is not hashable itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.config import Lexicon

LexiconKey = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class CleaningRules:
    """The compiled form of a cleaning lexicon."""

    furniture_lines: frozenset[str]
    furniture_patterns: tuple[re.Pattern[str], ...]
    related_headings: frozenset[str]
    caption_marker: re.Pattern[str]  # a marker and its colon, e.g. "Ảnh tư liệu:"
    caption_start: re.Pattern[str]  # a line that opens with a marker
    credit: re.Pattern[str]  # "Theo HNM", "(theo Reuters, AP)"
    dateline_noise: re.Pattern[str]  # weekday names and dateline words
    lead: re.Pattern[str]  # an article's first paragraph: "Ngày 28/12, ..."
    glued_lead: re.Pattern[str]  # where a lead starts inside a line: "... OSCE Ngày 5/12, ..."
    dotted_keep: frozenset[str]
    domain_suffixes: frozenset[str]


def fold_line(text: str) -> str:
    """A whole line as compared with the line lexicons: case and spacing ignored."""
    return " ".join(text.split()).casefold()


def rules_for(lexicon: Lexicon) -> CleaningRules:
    """The compiled rules of a lexicon (cached on its content)."""
    key: LexiconKey = tuple((name, tuple(lexicon[name])) for name in sorted(lexicon.names()))
    return _compile(key)


@lru_cache(maxsize=16)
def _compile(key: LexiconKey) -> CleaningRules:
    lists = dict(key)
    markers = _alternation(word.rstrip(": ") for word in lists["caption_markers"])
    lead_words = _alternation(lists["lead_time_words"])
    lead_words_lower = _alternation(word.lower() for word in lists["lead_time_words"])
    # d/m or d-m with an optional year and an optional "(giờ Washington)" before the comma.
    date_clause = r"\(?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\)?(?:\s*\([^()]{1,40}\))?,"
    source_prefix = r"(?:[(\[]?[^\s()\[\]]{2,30}[)\]]?\s*[-–—]\s*)?"  # "(TG&VN) - ", "TTXVN - "
    return CleaningRules(
        furniture_lines=frozenset(fold_line(line) for line in lists["furniture_lines"]),
        furniture_patterns=tuple(re.compile(p) for p in lists["furniture_patterns"]),
        related_headings=frozenset(fold_line(line) for line in lists["related_headings"]),
        caption_marker=re.compile(rf"(?:^|(?<=[\s(\[.,;]))(?:{markers})\s*:\s*"),
        caption_start=re.compile(rf"^[(\[]?(?:{markers})\s*:"),
        credit=re.compile(
            rf"^\(?\s*(?P<credit>(?i:{_alternation(lists['credit_prefixes'])})\s+[^()]{{1,60}}?)\s*\)?\.?$"),
        dateline_noise=re.compile(
            rf"(?i)(?<!\w)(?:{_alternation([*lists['weekdays'], *lists['dateline_words']])})(?!\w)"),
        lead=re.compile(
            rf"^{source_prefix}(?:(?:{lead_words})(?:\s+nay)?\s*{date_clause}"
            rf"|[^.!?,]{{1,80}},\s+(?:{lead_words_lower})(?:\s+nay)?\s*{date_clause})"),
        glued_lead=re.compile(rf"(?<=[^\W_]) (?=(?:{lead_words})(?:\s+nay)?\s*{date_clause})"),
        dotted_keep=frozenset(word.casefold() for word in lists["dotted_keep"]),
        domain_suffixes=frozenset(word.casefold() for word in lists["domain_suffixes"]),
    )


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first so "Ảnh tư liệu" wins over "Ảnh"."""
    unique = {w.strip() for w in words if w.strip()}
    if not unique:
        return "(?!)"  # an empty list matches nothing
    return "|".join(re.escape(w) for w in sorted(unique, key=lambda w: (-len(w), w)))
