"""Every dated mention of some articles, in time order, grouped by month: the timeline's rows.

The extractor already gives each mention an ISO value ("2024-03-05", "2024-03", "2024",
"2024-02-28/2024-03-03", "--01-21" when the year is unknown), so ISO order is string order.
A row keeps where its mention sits (article, block, offsets), so the app can open the
article there; the words around it (`around`, cut at word boundaries) are read only for the
rows drawn, since a corpus holds hundreds of thousands of mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.model import DateMention

_SPACES = re.compile(r"\s+")

UNKNOWN_YEAR = "year unknown"  # the label of the group of mentions whose year the article does not give
CONTEXT_CHARS = 40  # about how much text either side of a mention a row shows


class HasDates(Protocol):
    """An article, or its date mentions alone (catalog.Dated)."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def dates(self) -> Sequence[DateMention]: ...


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One date mention: its value, and where it is."""

    value: str
    text: str
    article_id: str
    title: str
    block: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineGroup:
    """The rows of one month ("2024-03"), of one year's year-only mentions ("2024"), or UNKNOWN_YEAR."""

    label: str
    rows: tuple[TimelineRow, ...]


def timeline(articles: Iterable[HasDates]) -> tuple[TimelineGroup, ...]:
    """The groups in ISO order, the unknown year last; within one, by value, then article order."""
    rows: list[tuple[bool, str, str, int, int, int, TimelineRow]] = []
    for order, article in enumerate(articles):
        for mention in article.dates:
            row = TimelineRow(mention.value, mention.text, article.id, article.title,
                              mention.block, mention.start, mention.end)
            label = group_label(mention.value)
            rows.append((label == UNKNOWN_YEAR, label, mention.value, order, mention.block, mention.start, row))
    rows.sort(key=lambda item: item[:6])
    groups: list[TimelineGroup] = []
    current: list[TimelineRow] = []
    for n, (_, label, *_rest, row) in enumerate(rows):
        current.append(row)
        if n + 1 == len(rows) or rows[n + 1][1] != label:
            groups.append(TimelineGroup(label, tuple(current)))
            current = []
    return tuple(groups)


def group_label(value: str) -> str:
    """"2024-03" for a day or month of March 2024 (a range: its start), "2024" for a year alone."""
    if value.startswith("-"):
        return UNKNOWN_YEAR
    return value.split("/", 1)[0][:7]


def around(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
    """About `chars` characters of `text` before and after [start, end), cut between words, with "…"."""
    low, high = max(0, start - chars), min(len(text), end + chars)
    before, after = text[low:start], text[end:high]
    if low > 0:  # the window starts inside a word: begin at the next one
        space = before.find(" ")
        before = "…" + (before[space + 1:] if space >= 0 else "")
    if high < len(text):
        space = after.rfind(" ")
        after = (after[:space] if space >= 0 else "") + "…"
    return _SPACES.sub(" ", before), _SPACES.sub(" ", after)
