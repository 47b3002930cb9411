"""Raw page -> cleaned articles (line classes, furniture, de-obfuscation, segmentation)."""

from __future__ import annotations

from reader.config import Lexicon
from reader.model import Article, Block, RawPage


def clean_page(page: RawPage, lexicon: Lexicon) -> list[Article]:
    """PLACEHOLDER until the cleaner lands: first line is the title, the rest paragraphs."""
    lines = [line.strip() for line in page.text.split("\n") if line.strip()]
    if not lines:
        return []
    stem = page.file.rsplit(".", 1)[0]
    blocks = tuple(Block("paragraph", line) for line in lines[1:])
    return [Article(f"{stem}-1", page.file, lines[0], None, None, None, False, blocks)]
