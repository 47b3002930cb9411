"""The officials as the officials view lists them: in one of three orders, narrowed by what is typed.

At 10,000 pages the index holds some 45,000 people, so each order is sorted once, when first
asked for, and the folded filter (query.OfficialsFilter) is built once, at the first keystroke;
the app keeps one Roster per corpus, so opening the view again costs nothing. By name and by
country compare folded (case, diacritics, đ), as a reader scans; an official without a country
goes after every country. The first order (most articles first) breaks ties by the name as
written, so that opening the view folds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from operator import attrgetter

from reader.model import Official
from reader.query import OfficialsFilter
from reader.text import fold


class OfficialsOrder(Enum):
    ARTICLES = "most articles first"
    NAME = "by name"
    COUNTRY = "by country"


ORDER_CYCLE = (OfficialsOrder.ARTICLES, OfficialsOrder.NAME, OfficialsOrder.COUNTRY)


def next_officials_order(order: OfficialsOrder) -> OfficialsOrder:
    return ORDER_CYCLE[(ORDER_CYCLE.index(order) + 1) % len(ORDER_CYCLE)]


class Roster:
    """One corpus's officials index, listable in any order and narrowed by typed words."""

    def __init__(self, officials: Sequence[Official]) -> None:
        self.officials = officials
        self._sorted: dict[OfficialsOrder, tuple[Official, ...]] = {}
        self._rank: dict[OfficialsOrder, dict[int, int]] = {}
        self._filter: OfficialsFilter | None = None
        self._folded: dict[int, str] = {}  # id(official) -> its folded name, for the orders that compare them

    def listed(self, order: OfficialsOrder, typed: str = "") -> tuple[Official, ...]:
        """The officials that fit `typed` (every one for nothing typed), in `order`."""
        ordered = self._sorted.get(order)
        if ordered is None:
            ordered = self._sorted[order] = self._ordered(order)
        if not typed.strip():
            return ordered
        if self._filter is None:
            self._filter = OfficialsFilter(ordered)
        matching = self._filter.matching(typed)
        if self._filter.officials is ordered:
            return matching
        rank = self._rank.get(order)
        if rank is None:
            rank = self._rank[order] = {id(official): n for n, official in enumerate(ordered)}
        return tuple(sorted(matching, key=lambda official: rank[id(official)]))

    def _ordered(self, order: OfficialsOrder) -> tuple[Official, ...]:
        """The officials in `order`; ties go to more articles, then the name.

        Sorted in stable passes, least significant key first: no tuple is built per official, which
        at 45,000 of them made the sort a third of the view's opening.
        """
        if order is OfficialsOrder.ARTICLES:
            ordered = sorted(self.officials, key=attrgetter("name"))
        else:
            if not self._folded:
                self._folded = {id(o): fold(o.name) for o in self.officials}
            folded = self._folded
            ordered = sorted(self.officials, key=attrgetter("name"))
            ordered.sort(key=lambda o: folded[id(o)])
        if order is not OfficialsOrder.NAME:
            ordered.sort(key=lambda o: -len(o.article_ids))
        if order is OfficialsOrder.COUNTRY:
            countries = {country: fold(country) for o in self.officials for country in o.countries[:1]}
            ordered.sort(key=lambda o: countries[o.countries[0]] if o.countries else "")
            ordered.sort(key=lambda o: not o.countries)
        return tuple(ordered)
