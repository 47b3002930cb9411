"""A small fixed corpus for the TUI tests, independent of what the cleaner and extractor do.

Spans are computed from the text (never typed by hand), so every entity satisfies
`blocks[block].text[start:end] == text` exactly as the real extractor must.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.chronology import SortOrder
from reader.config import MAX_READ_AFTER, load_config
from reader.model import Article, Block, Corpus, DateMention, Official, OfficialMention, Problem
from reader.tui.app import ReaderApp

FOLDER = Path("/nonexistent/sample-seeds")

FILLER = ("Hai bên thảo luận về hợp tác kinh tế, an ninh khu vực và giao lưu nhân dân, "
          "đồng thời nhất trí duy trì đối thoại thường xuyên ở mọi cấp.")


def date(blocks: tuple[Block, ...], block: int, text: str, value: str) -> DateMention:
    start = blocks[block].text.index(text)
    precision = "day" if value.count("-") == 2 else "month" if value.count("-") == 1 else "year"
    return DateMention(block, start, start + len(text), text, value, precision)  # type: ignore[arg-type]


def official(blocks: tuple[Block, ...], block: int, text: str, name: str, title: str | None,
             country: str | None, nth: int = 0) -> OfficialMention:
    start = -1
    for _ in range(nth + 1):
        start = blocks[block].text.index(text, start + 1)
    return OfficialMention(block, start, start + len(text), text, name, title, country)


def _tokyo() -> Article:
    blocks = (
        Block("paragraph", "Tại cuộc hội đàm ngày 7/1 ở Tokyo, Ngoại trưởng Nhật Bản Takeshi Iwaya và "
                           "người đồng cấp Mỹ Antony Blinken nhất trí tăng cường hợp tác."),
        Block("caption", "Ngoại trưởng Takeshi Iwaya (phải) và Ngoại trưởng Antony Blinken tại Tokyo. Ảnh: Kyodo"),
        *(Block("paragraph", FILLER) for _ in range(8)),
        Block("paragraph", "Ông Blinken sau đó gặp Thủ tướng Kishida vào ngày 8/1/2025."),
    )
    return Article(
        "tokyo-1", "tokyo.txt", "Ngoại trưởng Blinken hội đàm với người đồng cấp Nhật Bản tại Tokyo",
        "2025-01-07T10:30", "Việt Hà", "Theo Kyodo", False, blocks,
        dates=(date(blocks, 0, "ngày 7/1", "2025-01-07"), date(blocks, 10, "ngày 8/1/2025", "2025-01-08")),
        officials=(
            official(blocks, 0, "Ngoại trưởng Nhật Bản Takeshi Iwaya", "Takeshi Iwaya", "Ngoại trưởng", "Nhật Bản"),
            official(blocks, 0, "Antony Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ"),
            official(blocks, 1, "Ngoại trưởng Takeshi Iwaya", "Takeshi Iwaya", "Ngoại trưởng", "Nhật Bản"),
            official(blocks, 1, "Ngoại trưởng Antony Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ"),
            official(blocks, 10, "Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ"),
            official(blocks, 10, "Thủ tướng Kishida", "Fumio Kishida", "Thủ tướng", "Nhật Bản"),
        ),
    )


def _danang() -> Article:
    blocks = (
        Block("paragraph", "Hội nghị các Bộ trưởng Ngoại giao khai mạc tại Đà Nẵng tháng 3/2024."),
        Block("paragraph", "Thành phố Đà Nẵng đón hơn 20 đoàn đại biểu."),
    )
    return Article(
        "danang-1", "danang.txt", "Đà Nẵng đón hội nghị ngoại giao khu vực", None, None, "Theo TTXVN", False, blocks,
        dates=(date(blocks, 0, "tháng 3/2024", "2024-03"),),
    )


def _seoul() -> Article:
    blocks = (
        Block("paragraph", "Tổng thống Yoon Suk Yeol tiếp Thủ tướng Fumio Kishida tại Seoul ngày 6/5/2023."),
        Block("paragraph", "Hai nhà lãnh đạo bàn về quan hệ song phương."),
    )
    return Article(
        "seoul-2", "seoul.txt", "Lãnh đạo Hàn Quốc và Nhật Bản gặp nhau tại Seoul", "2023-05-06", None, None,
        False, blocks,
        dates=(date(blocks, 0, "ngày 6/5/2023", "2023-05-06"),),
        officials=(
            official(blocks, 0, "Tổng thống Yoon Suk Yeol", "Yoon Suk Yeol", "Tổng thống", "Hàn Quốc"),
            official(blocks, 0, "Thủ tướng Fumio Kishida", "Fumio Kishida", "Thủ tướng", "Nhật Bản"),
        ),
    )


def _excerpt() -> Article:
    blocks = (Block("paragraph", "Bộ Ngoại giao cho biết chuyến thăm sẽ diễn ra trong năm nay..."),)
    return Article("teaser-1", "teaser.txt", "Chuyến thăm sắp tới của phái đoàn", None, None, None, True, blocks)


def sample_articles() -> tuple[Article, ...]:
    return (_tokyo(), _danang(), _seoul(), _excerpt())


def sample_corpus(problems: tuple[Problem, ...] = ()) -> Corpus:
    articles = sample_articles()
    officials: dict[str, Official] = {}
    for article in articles:
        for mention in article.officials:
            known = officials.get(mention.name)
            titles = tuple(dict.fromkeys((*(known.titles if known else ()), *filter(None, [mention.title]))))
            countries = tuple(dict.fromkeys((*(known.countries if known else ()), *filter(None, [mention.country]))))
            ids = tuple(dict.fromkeys((*(known.article_ids if known else ()), article.id)))
            officials[mention.name] = Official(mention.name, titles, countries, ids,
                                               (known.mentions if known else 0) + 1)
    return Corpus(FOLDER, articles, problems, tuple(officials.values()))


def make_app(corpus: Corpus | None = None, keys: str = "", tmp: Path | None = None,
             sort: SortOrder = SortOrder.FILE, read_after: float = MAX_READ_AFTER) -> ReaderApp:
    """The app on the sample corpus; `keys` is a `keys:` YAML section body for rebinding tests.

    The list is in file order unless a test asks for a sort, so the tests of moving and
    searching read the sample in the order it is written. An article shown becomes read only
    after an hour unless a test asks, so a slow machine never changes a row under a test.
    """
    config_path = None
    if keys and tmp is not None:
        config_path = tmp / "config.yaml"
        config_path.write_text(f"keys:\n{keys}", encoding="utf-8")
    config = replace(load_config(config_path), sort=sort, read_after=read_after)
    return ReaderApp(config, FOLDER, corpus if corpus is not None else sample_corpus())
