"""Folder evidence: lines repeated on many pages of a folder, and no prose, leave the articles."""

from __future__ import annotations

from pathlib import Path

from reader.clean.evidence import repeated_lines, without_repeated_lines
from reader.config import load_config
from reader.corpus import build_corpus
from reader.model import Article, Block, DateMention

SHARED = "Hai nước thiết lập quan hệ ngoại giao ngày 21/9/1973."  # a background sentence many stories repeat
FOOTER = "Tòa soạn Báo Ánh Dương Sớm Mai"  # a footer the lexicons do not know
MENU = "Về trang chuyên mục"


def page(n: int, *extra: str) -> str:
    return "\n".join([
        f"Lãnh đạo hai nước hội đàm lần thứ {n} tại thủ đô",
        f"Chiều {n}/3, lãnh đạo hai nước đã hội đàm về hợp tác kinh tế và đầu tư trong năm tới.",
        MENU,
        SHARED,
        f"Hai bên nhất trí thúc đẩy {n} dự án hợp tác lớn trong lĩnh vực năng lượng và giao thông.",
        *extra,
    ])


def folder_of(tmp_path: Path, pages: list[str]) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for n, text in enumerate(pages, start=1):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks]


def test_a_line_on_many_pages_of_a_folder_is_furniture_and_a_shared_sentence_is_not(tmp_path):
    folder = folder_of(tmp_path, [page(n, f"Giấy phép số {n}/GP-BTTTT", FOOTER) for n in range(1, 6)])
    for article in build_corpus(folder, load_config(None), use_cache=False).articles:
        assert MENU not in texts(article) and FOOTER not in texts(article)
        assert not any(t.startswith("Giấy phép số") for t in texts(article))  # digits do not tell pages apart
        assert SHARED in texts(article)


def test_a_line_on_a_few_pages_of_a_folder_stays(tmp_path):
    pages = [page(n) for n in range(1, 11)]
    pages[0] += "\n" + FOOTER
    pages[1] += "\n" + FOOTER  # two pages of ten: coincidence
    folder = folder_of(tmp_path, pages)
    articles = build_corpus(folder, load_config(None), use_cache=False).articles
    assert sum(FOOTER in texts(a) for a in articles) == 2
    assert all(MENU not in texts(a) for a in articles)  # on every page: furniture


def test_evidence_is_the_same_with_the_parse_cache(tmp_path):
    folder = folder_of(tmp_path, [page(n, FOOTER) for n in range(1, 5)])
    cold = build_corpus(folder, load_config(None), use_cache=False).articles
    build_corpus(folder, load_config(None))  # writes the cache
    (folder / "005.txt").write_text(page(5, FOOTER), encoding="utf-8")  # the folder grows
    warm = build_corpus(folder, load_config(None)).articles
    assert warm[:len(cold)] == cold
    assert all(FOOTER not in texts(a) for a in warm)


def test_an_article_that_would_lose_every_paragraph_keeps_them():
    articles = [Article(f"p{n}-1", f"p{n}.txt", "Tiêu đề", None, None, None, False,
                        (Block("paragraph", MENU),) + ((Block("paragraph", SHARED),) if n else ()))
                for n in range(3)]
    evidence = repeated_lines(articles)
    assert evidence  # the menu is on every page
    assert without_repeated_lines(articles[0], evidence) == articles[0]  # its only paragraph
    assert texts(without_repeated_lines(articles[1], evidence)) == [SHARED]


def test_dates_of_a_dropped_paragraph_go_with_it_and_later_ones_move_up():
    blocks = (Block("paragraph", "Cập nhật lúc 10 giờ ngày 5/3"), Block("paragraph", "Hội đàm diễn ra ngày 5/3."))
    dates = (DateMention(0, 21, 29, "ngày 5/3", "--03-05", "day"), DateMention(1, 15, 23, "ngày 5/3", "--03-05", "day"))
    articles = [Article(f"p{n}-1", f"p{n}.txt", "Tiêu đề", None, None, None, False, blocks, dates) for n in range(3)]
    [kept, *_] = [without_repeated_lines(a, repeated_lines(articles)) for a in articles]
    assert texts(kept) == ["Hội đàm diễn ra ngày 5/3."]
    assert kept.dates == (DateMention(0, 15, 23, "ngày 5/3", "--03-05", "day"),)
