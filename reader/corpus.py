"""Folder -> Corpus: load, clean, extract, index. The one entry point of the core."""

from __future__ import annotations

from pathlib import Path

from reader.clean import clean_page
from reader.config import Config
from reader.extract import build_officials_index, extract_article
from reader.load import load_folder
from reader.model import Article, Corpus, Problem, RawPage


def parse_page(page: RawPage, config: Config) -> list[Article]:
    """Clean one page into articles and extract their entities."""
    return [extract_article(a, config.extraction) for a in clean_page(page, config.cleaning)]


def build_corpus(folder: Path, config: Config) -> Corpus:
    """Every article of the folder, with the problems met on the way."""
    loaded = load_folder(folder)
    articles: list[Article] = []
    problems: list[Problem] = list(loaded.problems)
    for page in loaded.pages:
        parsed = parse_page(page, config)
        if not parsed:
            problems.append(Problem(page.file, "no article found"))
        articles.extend(parsed)
    return Corpus(
        folder=folder,
        articles=tuple(articles),
        problems=tuple(problems),
        officials=build_officials_index(articles),
    )
