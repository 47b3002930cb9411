"""What the cleaner's tests read off a cleaned article or a line: shared so each is written once.

Imported by the test modules beside it (pytest puts this folder on the path, as it has no __init__.py).
"""

from __future__ import annotations

from reader.clean.lines import Kind, classify
from reader.clean.rules import CleaningRules
from reader.model import Article


def paragraphs(article: Article) -> list[str]:
    return [block.text for block in article.blocks if block.kind == "paragraph"]


def captions(article: Article) -> list[str]:
    return [block.text for block in article.blocks if block.kind == "caption"]


def kind_of(text: str, rules: CleaningRules) -> Kind:
    return classify(text, rules).kind
