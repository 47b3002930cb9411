"""When an article happened, and the orders that follow from it: display date, sort, ISO bounds.

The list, the reading pane, the sort and the export's Markdown all ask one function,
`article_date`, so an article cannot show a date in the list and "date not given" in the
pane. Its date is the published one, else the story's own date read from its mentions.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from reader.model import Article, DateMention

# A full date more than this before the article's latest full date is history ("có hiệu lực từ
# ngày 1/1/2014"), not the story's own date: the same rule the extractor resolves years with.
HISTORY_DAYS = 183

Dated = TypeVar("Dated")  # an Article, or anything the caller can date (the app's list rows)

_ISO_POINT = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?")


class SortOrder(StrEnum):
    """The orders of the article list; `next_order` cycles them in this order."""

    NEWEST = "newest"
    OLDEST = "oldest"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """An article's date: ISO `YYYY-MM-DD`, with `THH:MM` when the page gave a time."""

    value: str
    published: bool  # False: the page gave none, this is the story's date read from its text

    @property
    def day(self) -> str:
        return self.value[:10]

    @property
    def shown(self) -> str:
        """As a reader writes it: "2025-01-07 08:30"."""
        return self.value.replace("T", " ")


def article_date(article: Article) -> ArticleDate | None:
    """The published date, else the story's date (see `story_date`), else None."""
    if article.published and iso_bounds(article.published[:10]) is not None:
        return ArticleDate(article.published, published=True)
    story = story_date(article.dates)
    return ArticleDate(story.isoformat(), published=False) if story is not None else None


def story_date(mentions: Sequence[DateMention]) -> date | None:
    """The first full date in reading order that is not history (HISTORY_DAYS before the latest).

    News opens on its own event ("Ngày 10/10/2024, ..."), while a law in force since 2014 is
    background. Only day mentions whose year is known count (a range counts by both its days).
    """
    dated = [day for mention in mentions if mention.precision == "day" for day in _full_days(mention.value)]
    if not dated:
        return None
    latest = max(dated)
    return next(day for day in dated if (latest - day).days <= HISTORY_DAYS)


def sort_articles(articles: Iterable[Dated], order: SortOrder,
                  dated: Callable[[Dated], ArticleDate | None]) -> tuple[Dated, ...]:
    """The articles (or the list's rows) in `order`; undated ones last, in file order, as are ties.

    `dated` gives an item's date: `article_date`, or the date the app's list rows carry.
    """
    listed = tuple(articles)
    if order is SortOrder.FILE:
        return listed
    keyed = [(dated(article), article) for article in listed]
    known = [(when.value, article) for when, article in keyed if when is not None]
    known.sort(key=lambda pair: pair[0], reverse=order is SortOrder.NEWEST)  # stable either way
    return tuple(article for _, article in known) + tuple(article for when, article in keyed if when is None)


def next_order(order: SortOrder) -> SortOrder:
    orders = list(SortOrder)
    return orders[(orders.index(order) + 1) % len(orders)]


@lru_cache(maxsize=65536)  # a corpus repeats its values: the filter asks for each at every keystroke
def iso_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO value names ("2024-03" -> 1 to 31 March), None without a year.

    A range "a/b" runs from the first day of a to the last of b.
    """
    first, _, second = value.partition("/")
    start = _point_bounds(first)
    end = _point_bounds(second) if second else start
    if start is None or end is None:
        return None
    return start[0], end[1]


def _point_bounds(value: str) -> tuple[date, date] | None:
    match = _ISO_POINT.fullmatch(value)
    if match is None:
        return None
    year = int(match["y"])
    try:
        if match["d"]:
            day = date(year, int(match["m"]), int(match["d"]))
            return day, day
        if match["m"]:
            month = int(match["m"])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # month 13, 30 February, year 0
        return None


def _full_days(value: str) -> list[date]:
    days = []
    for part in value.split("/"):
        bounds = _point_bounds(part)
        if bounds is not None and bounds[0] == bounds[1]:
            days.append(bounds[0])
    return days
