"""Every dated mention of some articles, in time order, grouped by month: the timeline's rows.

The extractor already gives each mention an ISO value ("2024-03-05", "2024-03", "2024",
"2024-02-28/2024-03-03", "--01-21" when the year is unknown), so ISO order is string order.
A row keeps where its mention sits (article, block, offsets), so the app can open the
article there; the words around it (`around`, cut at word boundaries) are read only for the
rows drawn.

A corpus of 10,000 pages holds some 90,000 mentions, and making a row object for each and
sorting them was most of the whole timeline's opening (1.18 s): so the mentions are bucketed by
value (a value's group label is worked out once), only the distinct values are sorted, and a
row is made when it is asked for (the rows drawn, the one opened).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, overload

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
    """A month ("2024-03"), one year's year-only mentions ("2024"), or UNKNOWN_YEAR: rows start..start+count."""

    label: str
    start: int
    count: int


class Timeline(Sequence[TimelineRow]):
    """The rows in ISO order, the unknown year last; within one value, in the articles' order, then the text's."""

    def __init__(self, articles: Iterable[HasDates]) -> None:
        self._articles = list(articles)
        buckets: dict[str, list[tuple[int, int, int, int]]] = {}  # value -> (article, block, start, mention)
        for order, article in enumerate(self._articles):
            for number, mention in enumerate(article.dates):
                bucket = buckets.get(mention.value)
                if bucket is None:
                    bucket = buckets[mention.value] = []
                bucket.append((order, mention.block, mention.start, number))
        labels = {value: group_label(value) for value in buckets}
        self._where: list[tuple[int, int, int, int]] = []
        groups: list[TimelineGroup] = []
        for value in sorted(buckets, key=lambda value: (labels[value] == UNKNOWN_YEAR, labels[value], value)):
            if not groups or groups[-1].label != labels[value]:
                if groups:
                    groups[-1] = TimelineGroup(groups[-1].label, groups[-1].start, len(self._where) - groups[-1].start)
                groups.append(TimelineGroup(labels[value], len(self._where), 0))
            bucket = buckets[value]
            bucket.sort()  # already in order but for a text's mentions listed out of it
            self._where.extend(bucket)
        if groups:
            groups[-1] = TimelineGroup(groups[-1].label, groups[-1].start, len(self._where) - groups[-1].start)
        self.groups = tuple(groups)

    def __len__(self) -> int:
        return len(self._where)

    @overload
    def __getitem__(self, index: int) -> TimelineRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineRow]: ...

    def __getitem__(self, index: int | slice) -> TimelineRow | list[TimelineRow]:
        if isinstance(index, slice):
            return [self._row(n) for n in range(*index.indices(len(self._where)))]
        return self._row(index)

    def __iter__(self) -> Iterator[TimelineRow]:
        return (self._row(n) for n in range(len(self._where)))

    def _row(self, index: int) -> TimelineRow:
        order, _block, _start, number = self._where[index]
        article = self._articles[order]
        mention = article.dates[number]
        return TimelineRow(mention.value, mention.text, article.id, article.title,
                           mention.block, mention.start, mention.end)


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
