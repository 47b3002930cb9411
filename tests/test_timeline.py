"""Timeline rows: every dated mention in ISO order, grouped by month, with the words around it."""

from __future__ import annotations

from reader.model import Article, Block, DateMention
from reader.timeline import UNKNOWN_YEAR, Timeline, TimelineGroup, around


def article(article_id: str, text: str, *dates: tuple[str, str]) -> Article:
    """An article of one paragraph, each date given as (its text in the paragraph, its value)."""
    mentions = []
    for said, value in dates:
        start = text.index(said)
        mentions.append(DateMention(0, start, start + len(said), said, value, "day"))
    return Article(article_id, f"{article_id}.txt", f"Tiêu đề {article_id}", None, None, None, False,
                   (Block("paragraph", text),), tuple(mentions))


ONE = article("one", "Ngày 7/1/2025, hai bên hội đàm; ngày 28/12 đã có cuộc gọi; năm 2024 là mốc.",
              ("Ngày 7/1/2025", "2025-01-07"), ("ngày 28/12", "--12-28"), ("năm 2024", "2024"))
TWO = article("two", "Từ 28/2-3/3/2024 và tháng 1/2025 có hội nghị, ngày 7/1/2025 ký kết.",
              ("28/2-3/3/2024", "2024-02-28/2024-03-03"), ("tháng 1/2025", "2025-01"), ("ngày 7/1/2025", "2025-01-07"))


def rows_of(rows: Timeline, group: TimelineGroup) -> list[tuple[str, str]]:
    return [(r.value, r.article_id) for r in rows[group.start:group.start + group.count]]


def test_groups_in_iso_order_with_the_unknown_year_last():
    rows = Timeline([ONE, TWO])
    assert [(g.label, g.start, g.count) for g in rows.groups] == [
        ("2024", 0, 1), ("2024-02", 1, 1), ("2025-01", 2, 3), (UNKNOWN_YEAR, 5, 1)]
    assert rows_of(rows, rows.groups[2]) == [
        ("2025-01", "two"), ("2025-01-07", "one"), ("2025-01-07", "two")]  # a tie: in the articles' order
    assert rows_of(rows, rows.groups[3]) == [("--12-28", "one")]
    assert [r.value for r in rows] == ["2024", "2024-02-28/2024-03-03", "2025-01", "2025-01-07", "2025-01-07",
                                       "--12-28"]


def test_a_years_range_joins_its_first_years_group_and_a_texts_mentions_keep_its_order():
    text = "Giai đoạn 2024-2025 và năm 2024; ngày 5/3/2024, rồi ngày 5/3/2024 lần nữa."
    first, second = text.index("ngày 5/3/2024"), text.rindex("ngày 5/3/2024")
    mentions = (DateMention(0, second, second + 13, "ngày 5/3/2024", "2024-03-05", "day"),  # listed out of order
                DateMention(0, 10, 19, "2024-2025", "2024/2025", "range"),
                DateMention(0, 23, 31, "năm 2024", "2024", "year"),
                DateMention(0, first, first + 13, "ngày 5/3/2024", "2024-03-05", "day"))
    one = Article("y", "y.txt", "Tiêu đề", None, None, None, False, (Block("paragraph", text),), mentions)
    rows = Timeline([one])
    assert [(g.label, g.count) for g in rows.groups] == [("2024", 2), ("2024-03", 2)]
    assert [(r.value, r.start) for r in rows] == [("2024", 23), ("2024/2025", 10), ("2024-03-05", first),
                                                  ("2024-03-05", second)]


def test_a_row_says_where_its_mention_is():
    row = Timeline([ONE])[1]
    assert (row.article_id, row.title, row.block, row.start, row.end) == ("one", "Tiêu đề one", 0, 0, 13)
    assert ONE.blocks[row.block].text[row.start:row.end] == row.text == "Ngày 7/1/2025"
    assert around(ONE.blocks[row.block].text, row.start, row.end) == ("", ", hai bên hội đàm; ngày 28/12 đã có…")


def test_the_context_is_cut_between_words():
    text = "Trong cuộc hội đàm ngày 7/1 tại Tokyo, hai bộ trưởng đã thảo luận nhiều vấn đề."
    start = text.index("ngày 7/1")
    assert around(text, start, start + 8, 15) == ("…cuộc hội đàm ", " tại Tokyo,…")
    assert around("ngày 7/1", 0, 8, 15) == ("", "")


def test_no_dates_no_groups():
    rows = Timeline([article("none", "Không có ngày nào.")])
    assert rows.groups == () and len(rows) == 0 and list(rows) == []
