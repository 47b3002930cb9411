"""Plain, frozen data that flows one way: RawPage -> Article -> Corpus.

Every stage is a function over these objects; the export and the reading pane
both read them, so what is highlighted is exactly what is exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reader.text import Precision

BlockKind = Literal["paragraph", "caption"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that could not be read, as one line for the user."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RawPage:
    """One scraped file, decoded and NFC-normalised, not yet cleaned."""

    file: str  # the file's name inside the seed folder, e.g. "000_x.txt"
    path: Path
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a photo caption of the cleaned body."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; `text == blocks[block].text[start:end]`."""

    block: int
    start: int
    end: int
    text: str
    value: str  # ISO: 2025-01-07, 2024-12, 2015, --01-21, a/b for ranges
    precision: Precision


@dataclass(frozen=True, slots=True)
class OfficialMention:
    """A mention of a named official, resolved to the article's fullest name."""

    block: int
    start: int
    end: int
    text: str
    name: str
    title: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with its extracted entities (empty until extracted)."""

    id: str  # "<file stem>-<1-based ordinal in the file>"
    file: str
    title: str
    published: str | None
    author: str | None
    credit: str | None
    excerpt: bool
    blocks: tuple[Block, ...]
    dates: tuple[DateMention, ...] = ()
    officials: tuple[OfficialMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Official:
    """One person across the corpus: the officials index entry."""

    name: str
    titles: tuple[str, ...]
    countries: tuple[str, ...]
    article_ids: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the UI and the export need, loaded from one folder."""

    folder: Path
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    officials: tuple[Official, ...] = field(default=())
