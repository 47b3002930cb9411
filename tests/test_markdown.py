"""Markdown of an article: its parts, and page text that Markdown would read as markup kept as text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.cli import main
from reader.markdown import article_markdown, escape
from reader.model import Article, Block, DateMention

SEEDS = "seeds"


def make(title: str = "Ngoại trưởng hội đàm", published: str | None = "2025-01-07T08:30",
         blocks: tuple[Block, ...] = (Block("paragraph", "Ngày 7/1, hai bên hội đàm."),),
         **fields: object) -> Article:
    values = {"author": "Minh Anh", "credit": "Theo TTXVN", "excerpt": False, **fields}
    return Article("p-1", "p.txt", title, published, values["author"], values["credit"],  # type: ignore[arg-type]
                   values["excerpt"], blocks)  # type: ignore[arg-type]


def test_headline_metadata_paragraphs_and_italic_captions():
    article = make(blocks=(Block("paragraph", "Ngày 7/1, hai bên hội đàm."),
                           Block("caption", "Hai ngoại trưởng tại Tokyo. Ảnh: Kyodo")))
    assert article_markdown(article) == (
        "# Ngoại trưởng hội đàm\n\n"
        "- Published: 2025-01-07 08:30\n- Author: Minh Anh\n- Credit: Theo TTXVN\n- File: p.txt\n\n"
        "Ngày 7/1, hai bên hội đàm.\n\n"
        "*Hai ngoại trưởng tại Tokyo. Ảnh: Kyodo*\n")


def test_without_a_published_date_it_gives_the_date_the_list_shows():
    article = make(published=None, author=None, credit=None)
    article = replace(article, dates=(DateMention(0, 0, 8, "Ngày 7/1", "2025-01-07", "day"),))
    assert "- Date: 2025-01-07 (from the text; the page gives no published date)\n" in article_markdown(article)
    assert "Author" not in article_markdown(article)


@pytest.mark.parametrize(("text", "written"), [
    ("# Không phải tiêu đề", r"\# Không phải tiêu đề"),
    ("- không phải danh sách", r"\- không phải danh sách"),
    ("+ cũng không", r"\+ cũng không"),
    ("1. Điểm thứ nhất", r"1\. Điểm thứ nhất"),
    ("2024) năm", r"2024\) năm"),
    ("1.500 người", "1.500 người"),
    ("> trích", r"\> trích"),
    ("===", r"\==="),
    ("a *b* _c_ `d` [e](f) <b>g</b> h|i ~~j~~", r"a \*b\* \_c\_ \`d\` \[e\](f) \<b\>g\</b\> h\|i \~\~j\~\~"),
    ("&amp; và &#39; và AT&T", r"\&amp; và &\#39; và AT&T"),  # "&\#39;" is no entity either
    (r"C:\thư mục", r"C:\\thư mục"),
    ("    thụt lề   và  dòng\nmới", "thụt lề và dòng mới"),
])
def test_page_text_is_escaped(text, written):
    assert escape(text) == written


def test_a_headline_ending_in_a_hash_keeps_it():
    assert article_markdown(make(title="Chiến dịch #1 #")).startswith("# Chiến dịch \\#1 \\#\n")


def test_export_markdown_picks_articles_by_id_in_the_order_given(capsys):
    assert main(["export", "--seeds", SEEDS, "--format", "markdown",
                 "--id", "001_07b10a0f1f3bc1f6-1", "--id", "000_8606b39b2201a19f-1"]) == 0
    out = capsys.readouterr().out
    headlines = [line for line in out.splitlines() if line.startswith("# ")]
    assert headlines == ["# Nhật Bản, Mỹ và Hàn Quốc tăng cường hợp tác nhằm ứng phó các thách thức",
                         "# Ngoại trưởng Antony Blinken khẳng định tầm quan trọng của liên minh Mỹ – Nhật – Hàn"]
    assert "- Date: 2025-01-07 (from the text" in out


def test_export_jsonl_picks_by_id_too(capsys):
    assert main(["export", "--seeds", SEEDS, "--id", "000_8606b39b2201a19f-1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith('{"id": "000_8606b39b2201a19f-1"')


def test_an_unknown_id_is_one_line_and_exit_2(capsys):
    assert main(["export", "--seeds", SEEDS, "--format", "markdown", "--id", "nope-1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == f"reader: --id: no article 'nope-1' in {SEEDS}"
