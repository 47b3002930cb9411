"""Timeline rows: every dated mention in ISO order, grouped by month, with the words around it."""

from __future__ import annotations

from reader.model import Article, Block, DateMention
from reader.timeline import UNKNOWN_YEAR, around, timeline


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


def test_groups_in_iso_order_with_the_unknown_year_last():
    groups = timeline([ONE, TWO])
    assert [g.label for g in groups] == ["2024", "2024-02", "2025-01", UNKNOWN_YEAR]
    assert [(r.value, r.article_id) for r in groups[2].rows] == [
        ("2025-01", "two"), ("2025-01-07", "one"), ("2025-01-07", "two")]  # a tie: in the articles' order
    assert [r.value for r in groups[3].rows] == ["--12-28"]


def test_a_row_says_where_its_mention_is():
    row = timeline([ONE])[1].rows[0]
    assert (row.article_id, row.title, row.block, row.start, row.end) == ("one", "Tiêu đề one", 0, 0, 13)
    assert ONE.blocks[row.block].text[row.start:row.end] == row.text == "Ngày 7/1/2025"
    assert around(ONE.blocks[row.block].text, row.start, row.end) == ("", ", hai bên hội đàm; ngày 28/12 đã có…")


def test_the_context_is_cut_between_words():
    text = "Trong cuộc hội đàm ngày 7/1 tại Tokyo, hai bộ trưởng đã thảo luận nhiều vấn đề."
    start = text.index("ngày 7/1")
    assert around(text, start, start + 8, 15) == ("…cuộc hội đàm ", " tại Tokyo,…")
    assert around("ngày 7/1", 0, 8, 15) == ("", "")


def test_no_dates_no_groups():
    assert timeline([article("none", "Không có ngày nào.")]) == ()
