"""The article's date (one answer for the list, the pane, the sort and the Markdown) and the sort orders."""

from __future__ import annotations

from datetime import date

import pytest

from reader.chronology import SortOrder, article_date, iso_bounds, next_order, sort_articles, story_date
from reader.model import Article, Block, DateMention


def mention(value: str, precision: str = "day", block: int = 0, start: int = 0) -> DateMention:
    return DateMention(block, start, start + 1, "x", value, precision)  # type: ignore[arg-type]


def article(article_id: str, published: str | None = None, *dates: DateMention) -> Article:
    return Article(article_id, f"{article_id}.txt", f"Tiêu đề {article_id}", published, None, None, False,
                   (Block("paragraph", "Nội dung."),), dates)


def test_the_published_date_wins_and_keeps_its_time():
    when = article_date(article("a", "2024-02-24T06:17", mention("2024-01-01")))
    assert when is not None and when.published
    assert (when.day, when.shown) == ("2024-02-24", "2024-02-24 06:17")


def test_without_a_published_date_the_story_date_stands_in():
    when = article_date(article("a", None, mention("--12-28"), mention("2025-01", "month"), mention("2025-01-07")))
    assert when is not None and not when.published
    assert when.shown == "2025-01-07"


def test_no_date_at_all_is_none():
    assert article_date(article("a", None, mention("--01-07"), mention("2024", "year"))) is None


def test_a_published_value_that_is_no_date_falls_back_to_the_text():
    when = article_date(article("a", "2024-13-40", mention("2025-01-07")))
    assert when is not None and when.shown == "2025-01-07" and not when.published


def test_the_story_date_is_not_history():
    # "có hiệu lực từ ngày 1/1/2014" comes first, but the story is in 2024
    dates = (mention("2014-01-01"), mention("2024-10-10", start=5), mention("2024-10-12", start=9))
    assert story_date(dates) == date(2024, 10, 10)


def test_a_range_counts_by_its_days():
    assert story_date((mention("2024-02-28/2024-03-03"),)) == date(2024, 2, 28)


def test_newest_first_undated_last_ties_in_file_order():
    listed = (article("undated"), article("old", "2023-05-01"), article("tie1", "2024-01-01"),
              article("story", None, mention("2024-06-01")), article("tie2", "2024-01-01"))
    newest = sort_articles(listed, SortOrder.NEWEST, article_date)
    oldest = sort_articles(listed, SortOrder.OLDEST, article_date)
    assert [a.id for a in newest] == ["story", "tie1", "tie2", "old", "undated"]
    assert [a.id for a in oldest] == ["old", "tie1", "tie2", "story", "undated"]
    assert [a.id for a in sort_articles(listed, SortOrder.FILE, article_date)] == [a.id for a in listed]


def test_a_time_orders_two_articles_of_one_day():
    listed = (article("morning", "2024-01-01T08:00"), article("evening", "2024-01-01T20:00"))
    assert [a.id for a in sort_articles(listed, SortOrder.NEWEST, article_date)] == ["evening", "morning"]


def test_the_orders_cycle():
    assert [next_order(o) for o in SortOrder] == [SortOrder.OLDEST, SortOrder.FILE, SortOrder.NEWEST]


@pytest.mark.parametrize(("value", "bounds"), [
    ("2024-03-05", (date(2024, 3, 5), date(2024, 3, 5))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2024-02-28/2024-03-03", (date(2024, 2, 28), date(2024, 3, 3))),
    ("--01-21", None), ("2024-13", None), ("2023-02-29", None), ("soon", None),
])
def test_iso_bounds(value, bounds):
    assert iso_bounds(value) == bounds
