"""Article -> Article with dates and officials; the corpus-wide officials index."""

from __future__ import annotations

from dataclasses import replace

from reader.extract.dates import find_dates
from reader.extract.index import build_officials_index
from reader.extract.officials import find_officials
from reader.lexicon import Lexicon
from reader.model import Article

__all__ = ["build_officials_index", "extract_article"]


def extract_article(article: Article, lexicon: Lexicon) -> Article:
    """The article with every date and official mention of its blocks.

    Mentions are spans of blocks only; the headline just vouches for who is an official.
    """
    return replace(
        article,
        dates=find_dates(article.blocks, article.published, lexicon, headline=article.title),
        officials=find_officials(article.blocks, lexicon, headline=article.title),
    )
