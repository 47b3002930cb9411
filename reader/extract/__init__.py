"""Article -> Article with dates and officials; the corpus-wide officials index."""

from __future__ import annotations

from collections.abc import Sequence

from reader.config import Lexicon
from reader.model import Article, Official


def extract_article(article: Article, lexicon: Lexicon) -> Article:
    """PLACEHOLDER until extraction lands."""
    return article


def build_officials_index(articles: Sequence[Article]) -> tuple[Official, ...]:
    """PLACEHOLDER until extraction lands."""
    return ()
