"""Extraction test helpers, as fixtures: articles built directly from a few Vietnamese sentences."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from reader.extract import extract_article
from reader.lexicon import Lexicon, builtin_lexicon
from reader.model import Article, Block

Extract = Callable[..., Article]


def make_article(*paragraphs: str, published: str | None = None, captions: tuple[str, ...] = (),
                 title: str = "Tiêu đề") -> Article:
    blocks = tuple(Block("paragraph", p) for p in paragraphs) + tuple(Block("caption", c) for c in captions)
    return Article("page-1", "page.txt", title, published, None, None, False, blocks)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return builtin_lexicon("extraction")


@pytest.fixture(scope="session")
def extract(lexicon: Lexicon) -> Extract:
    """Extract from paragraphs, checking the contract entities keep: in order, disjoint, span = text."""

    def run(*paragraphs: str, published: str | None = None, captions: tuple[str, ...] = (),
            title: str = "Tiêu đề", using: Lexicon | None = None) -> Article:
        result = extract_article(make_article(*paragraphs, published=published, captions=captions, title=title),
                                 using or lexicon)
        for entities in (result.dates, result.officials):
            spans = [(e.block, e.start, e.end) for e in entities]
            assert spans == sorted(spans), "entities come in reading order"
            assert all(a[0] != b[0] or a[2] <= b[1] for a, b in pairwise(spans)), "no two overlap"
            for entity in entities:
                assert result.blocks[entity.block].text[entity.start:entity.end] == entity.text
        return result

    return run


@pytest.fixture(scope="session")
def dates(extract: Extract) -> Callable[..., list[tuple[str, str]]]:
    """(text, value) of every date found."""
    return lambda *paragraphs, **kw: [(d.text, d.value) for d in extract(*paragraphs, **kw).dates]


@pytest.fixture(scope="session")
def officials(extract: Extract) -> Callable[..., list[tuple[str, str, str | None, str | None]]]:
    """(text, name, title, country) of every official mention found."""
    return lambda *paragraphs, **kw: [(o.text, o.name, o.title, o.country)
                                      for o in extract(*paragraphs, **kw).officials]
