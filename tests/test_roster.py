"""The officials view's orders and typed filter (reader/roster.py), on a handful of people."""

from __future__ import annotations

from reader.model import Official
from reader.roster import ORDER_CYCLE, OfficialsOrder, Roster, next_officials_order

PEOPLE = (
    Official("Joe Biden", ("Tổng thống",), ("Mỹ",), ("a",), 1),
    Official("Đỗ Hùng Việt", ("Thứ trưởng Ngoại giao",), (), ("a", "b", "c"), 4),
    Official("Fumio Kishida", ("Thủ tướng",), ("Nhật Bản",), ("a", "b"), 3),
    Official("Takeshi Iwaya", ("Ngoại trưởng",), ("Nhật Bản",), ("c",), 1),
    Official("antony Blinken", ("Ngoại trưởng",), ("Mỹ",), ("d",), 2),
)


def names(officials: tuple[Official, ...]) -> list[str]:
    return [official.name for official in officials]


def test_most_articles_first_then_by_the_name_as_written() -> None:
    assert names(Roster(PEOPLE).listed(OfficialsOrder.ARTICLES)) == [
        "Đỗ Hùng Việt", "Fumio Kishida", "Joe Biden", "Takeshi Iwaya", "antony Blinken"]


def test_by_name_folds_case_and_diacritics() -> None:
    assert names(Roster(PEOPLE).listed(OfficialsOrder.NAME)) == [
        "antony Blinken", "Đỗ Hùng Việt", "Fumio Kishida", "Joe Biden", "Takeshi Iwaya"]


def test_by_country_puts_the_people_without_one_last() -> None:
    assert names(Roster(PEOPLE).listed(OfficialsOrder.COUNTRY)) == [
        "antony Blinken", "Joe Biden", "Fumio Kishida", "Takeshi Iwaya", "Đỗ Hùng Việt"]


def test_typed_words_narrow_every_order_and_keep_it() -> None:
    roster = Roster(PEOPLE)
    for order in ORDER_CYCLE:  # the filter is built on the first order asked for, then reused
        everyone = roster.listed(order)
        kept = roster.listed(order, "ngoai")  # a title word, folded
        assert names(kept) == [name for name in names(everyone) if name in {"Đỗ Hùng Việt", "Takeshi Iwaya",
                                                                             "antony Blinken"}]
    assert names(roster.listed(OfficialsOrder.NAME, "nhat ban")) == ["Fumio Kishida", "Takeshi Iwaya"]
    assert roster.listed(OfficialsOrder.NAME, "  ") == roster.listed(OfficialsOrder.NAME)
    assert roster.listed(OfficialsOrder.COUNTRY, "zzz") == ()


def test_the_orders_cycle() -> None:
    order = OfficialsOrder.ARTICLES
    seen = []
    for _ in ORDER_CYCLE:
        order = next_officials_order(order)
        seen.append(order)
    assert seen == [OfficialsOrder.NAME, OfficialsOrder.COUNTRY, OfficialsOrder.ARTICLES]
