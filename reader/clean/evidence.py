"""Folder evidence: a line printed on many pages of one folder, and no prose, is that site's furniture.

A user's folder is months of one or a few sites, so a footer, a menu word or a widget line
the lexicons lack still repeats across its pages; the folder itself says it is furniture,
and no lexicon edit is needed. A sentence of prose is never counted: two stories may share
a background sentence, never a paragraph that is only a label.

Why after the parse cache, on the parsed articles, rather than inside clean_page: the
evidence of a page depends on every other page of the folder, so a page parsed with it
could not be cached on its own stat; counting the articles' short paragraphs needs no page
to be read again, costs a fraction of a load, and leaves every cached parse valid. What it
may change is therefore only what is safe to change after the fact: a repeated paragraph
leaves the article (with the dates and officials found in it); titles, metadata and where
articles start are the cleaner's, from the page alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.clean.lines import SENTENCE_ENDS
from reader.clean.rules import fold_listed
from reader.model import Article

MIN_PAGES = 3  # fewer pages sharing a line is coincidence, not a site's furniture
MIN_SHARE = 0.2  # of the folder's pages with articles: furniture is on most pages of its site
MAX_EVIDENCE_CHARS = 160  # furniture is short; a long paragraph is somebody's text
MIN_PROSE_WORDS = 5  # a line of this many words closed like a sentence is prose, never evidence

_DIGITS = re.compile(r"\d+")


def repeated_lines(articles: Sequence[Article]) -> frozenset[str]:
    """The normalised paragraphs that are furniture by the folder's evidence."""
    per_page: dict[str, set[str]] = {}
    for article in articles:
        lines = per_page.setdefault(article.file, set())
        for block in article.blocks:
            if block.kind == "paragraph" and _may_be_furniture(block.text):
                lines.add(_normalised(block.text))
    threshold = max(MIN_PAGES, math.ceil(MIN_SHARE * len(per_page)))
    counts = Counter(line for lines in per_page.values() for line in lines)
    return frozenset(line for line, pages in counts.items() if pages >= threshold)


def without_repeated_lines(article: Article, evidence: frozenset[str]) -> Article:
    """The article without the paragraphs the folder marks as furniture (never all of them)."""
    dropped = dropped_blocks(article, evidence)
    if not dropped:
        return article
    new_index: dict[int, int] = {}  # old block index -> new
    for n in range(len(article.blocks)):
        if n not in dropped:
            new_index[n] = len(new_index)
    return replace(
        article,
        blocks=tuple(block for n, block in enumerate(article.blocks) if n not in dropped),
        dates=tuple(replace(d, block=new_index[d.block]) for d in article.dates if d.block in new_index),
        officials=tuple(replace(o, block=new_index[o.block]) for o in article.officials if o.block in new_index),
    )


def dropped_blocks(article: Article, evidence: frozenset[str]) -> frozenset[int]:
    """The blocks the evidence drops from the article: none when it would drop every paragraph."""
    if not evidence:
        return frozenset()
    dropped = frozenset(n for n, block in enumerate(article.blocks) if block.kind == "paragraph"
                        and _may_be_furniture(block.text) and _normalised(block.text) in evidence)
    paragraphs = sum(block.kind == "paragraph" for block in article.blocks)
    return dropped if len(dropped) < paragraphs else frozenset()  # else the page's own text, not furniture


def _may_be_furniture(text: str) -> bool:
    """Short, and not a sentence of prose."""
    if len(text) > MAX_EVIDENCE_CHARS:
        return False
    return not (text.endswith(SENTENCE_ENDS) and len(text.split()) >= MIN_PROSE_WORDS)


def _normalised(text: str) -> str:
    """A line as compared across pages: case, spacing, marks around it and the digits in it ignored."""
    return _DIGITS.sub("0", fold_listed(text))
