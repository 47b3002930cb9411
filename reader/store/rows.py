"""Articles as rows of plain values: what the corpus database stores, and what parse workers send back.

Why plain tuples: they are what sqlite3 takes and gives, and they cross a process boundary
several times faster than dataclass instances (no per-object reconstruction by name).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.chronology import article_date
from reader.model import Article, Block, DateMention, OfficialMention, Problem

BlockRow = tuple[str, str]  # kind, text
DateRow = tuple[int, int, int, str, str, str]  # block, start, end, text, value, precision
MentionRow = tuple[int, int, int, str, str, str | None, str | None]  # block, start, end, text, name, title, country
ArticleHead = tuple[str, str, str, str | None, str | None, str | None, bool]  # id, file, title, published, author,
# credit, excerpt
ListDate = tuple[str, bool] | None  # chronology.article_date as (value, published), what the list shows and sorts by


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article, flattened: its head, blocks, dates, mentions, its full-text index columns and its list date.

    The list date is worked out here, at parse time, so that the app's start reads it as one column
    instead of every article's dates.
    """

    head: ArticleHead
    blocks: tuple[BlockRow, ...]
    dates: tuple[DateRow, ...]
    mentions: tuple[MentionRow, ...]
    search: tuple[str, ...]
    date: ListDate


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """What one file parsed into, with the stat it was read with.

    `trusted` is False when the result may not be reused next time: the file could not be
    read, or its mtime is too recent to tell a later same-size write apart.
    """

    name: str
    size: int
    mtime_ns: int
    trusted: bool
    problems: tuple[tuple[str, str], ...]  # (path, reason)
    articles: tuple[ArticleRows, ...]


def article_rows(article: Article, search: tuple[str, ...]) -> ArticleRows:
    head = (article.id, article.file, article.title, article.published, article.author, article.credit,
            article.excerpt)
    return ArticleRows(
        head,
        tuple((b.kind, b.text) for b in article.blocks),
        tuple((d.block, d.start, d.end, d.text, d.value, d.precision) for d in article.dates),
        tuple((m.block, m.start, m.end, m.text, m.name, m.title, m.country) for m in article.officials),
        search, list_date(article))


def list_date(article: Article) -> ListDate:
    when = article_date(article)
    return (when.value, when.published) if when is not None else None


def article_from_rows(head: ArticleHead, blocks: list[BlockRow] | tuple[BlockRow, ...],
                      dates: list[DateRow] | tuple[DateRow, ...],
                      mentions: list[MentionRow] | tuple[MentionRow, ...]) -> Article:
    return Article(*head[:6], bool(head[6]),
                   tuple(Block(kind, text) for kind, text in blocks),  # type: ignore[arg-type]
                   tuple(DateMention(*row) for row in dates),  # type: ignore[arg-type]
                   tuple(OfficialMention(*row) for row in mentions))


def problems_of(page: ParsedPage) -> tuple[Problem, ...]:
    return tuple(Problem(path, reason) for path, reason in page.problems)
