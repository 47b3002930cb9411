"""Fixtures for the cleaner's tests: the built-in cleaning lexicon and its rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean import clean_page
from reader.clean.rules import CleaningRules, rules_for
from reader.lexicon import Lexicon, builtin_lexicon
from reader.model import Article, RawPage


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return builtin_lexicon("cleaning")


@pytest.fixture(scope="session")
def rules(lexicon: Lexicon) -> CleaningRules:
    return rules_for(lexicon)


@pytest.fixture
def clean(lexicon: Lexicon):
    """Clean a page given as lines of text, as the loader would hand it over."""

    def run(*lines: str, file: str = "page.txt") -> list[Article]:
        return clean_page(RawPage(file, Path(file), "\n".join(lines)), lexicon)

    return run
