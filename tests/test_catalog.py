"""The catalog: the store-backed one answers every question exactly as the in-memory one does."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import reader.corpus
from reader.catalog import Catalog, MemoryCatalog, StoreCatalog
from reader.chronology import SortOrder, sort_articles
from reader.config import load_config
from reader.corpus import glance_catalog, open_catalog, peek_catalog, recheck_catalog
from reader.query import parse_query
from reader.store.sqlite import CACHE_DIR_ENV

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A_YEAR_AGO = time.time() - 365 * 86400
SITE_PAGES = 12  # of ~40 pages: enough for the folder to call its repeated line furniture
SPANS = ("date:2024", "date:2024-02", "date:2024-03", "date:2023-06..", "date:..2022", "date:2024-02-11",
         "date:2015..2019-12")


def site_page(n: int) -> str:
    """A page of one site: its dated 'events' line is furniture, and the story's own date comes after it."""
    return "\n".join([
        f"Lãnh đạo hai nước hội đàm lần thứ {n} tại thủ đô",
        f"Lãnh đạo hai nước đã hội đàm về hợp tác kinh tế và đầu tư trong năm tới, lần thứ {n}.",
        furniture(n),
        "Hai nước thiết lập quan hệ ngoại giao từ lâu và nay là đối tác chiến lược toàn diện.",
        f"Hai bên đã ký {n} thỏa thuận hợp tác lớn về năng lượng và giao thông ngày {n}/3/2024 tại thủ đô.",
    ])


def furniture(n: int) -> str:
    return f"Lịch sự kiện ngày {n + 10}/2/2024 của Ban"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds, pages of one site sharing a dated furniture line, and two files whose ids collide."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    for n in range(1, SITE_PAGES + 1):
        (pages / f"site{n:02d}.txt").write_text(site_page(n), encoding="utf-8")
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    (pages / "twin.txt").write_bytes(seed)
    (pages / "twin.TXT").write_bytes(seed)
    for path in pages.iterdir():
        path.chmod(0o644)
        os.utime(path, (A_YEAR_AGO, A_YEAR_AGO))
    return pages


def catalogs(folder: Path) -> tuple[Catalog, Catalog]:
    config = load_config(None)
    open_catalog(folder, config).close()  # the cold start writes the store
    stored = open_catalog(folder, config)
    memory = open_catalog(folder, config, use_cache=False)
    assert isinstance(stored, StoreCatalog) and isinstance(memory, MemoryCatalog)
    return stored, memory


def test_the_store_and_memory_give_the_same_rows_articles_and_officials(folder):
    stored, memory = catalogs(folder)
    assert stored.rows == memory.rows
    assert len({row.id for row in stored.rows}) == len(stored.rows)  # twin.txt and twin.TXT: ids kept apart
    assert [stored.article(row.id) for row in stored.rows] == [memory.article(row.id) for row in memory.rows]
    assert stored.officials == memory.officials and stored.problems == memory.problems
    site = [row for row in stored.rows if row.file.startswith("site")]
    assert [row.date.value if row.date else None for row in site] == [f"2024-03-{n:02d}"
                                                                      for n in range(1, SITE_PAGES + 1)]
    assert all(furniture(n) not in (b.text for b in stored.article(row.id).blocks)
               for n, row in enumerate(site, start=1))
    stored.close()


def test_the_store_filters_and_dates_as_memory_does(folder):
    stored, memory = catalogs(folder)
    for text in SPANS:
        [span] = parse_query(text).dates
        assert stored.dated_in(span) == memory.dated_in(span), text
    site = {row.id for row in stored.rows if row.file.startswith("site")}
    assert not stored.dated_in(parse_query("date:2024-02").dates[0]) & site  # only the furniture says February
    for official in stored.officials[:20]:
        name = tuple(official.name.lower().split()[-1:])
        assert stored.with_official(name) == memory.with_official(name)
    ids = [row.id for row in stored.rows]
    dated = list(stored.dates_of(ids))
    assert dated == list(memory.dates_of(ids))
    for entry in dated:
        for mention in entry.dates:
            text = stored.block_text(entry.id, mention.block)
            assert text == memory.block_text(entry.id, mention.block)
            assert text[mention.start:mention.end] == mention.text
    stored.close()


def test_a_warm_start_reads_no_article_until_one_is_asked_for(folder, article_reads):
    config = load_config(None)
    open_catalog(folder, config).close()
    read = article_reads()
    catalog = open_catalog(folder, config)
    assert catalog.rows and read == []
    first = catalog.rows[0].id
    assert catalog.article(first).id == first and len(read) == 1
    catalog.article(first)  # kept: not read again
    assert len(read) == 1
    catalog.close()


def test_a_peeked_catalog_is_the_opened_one_and_a_check_of_an_unchanged_folder_keeps_it(folder):
    config = load_config(None)
    open_catalog(folder, config).close()
    opened = open_catalog(folder, config)
    peeked = peek_catalog(folder, config)
    assert peeked is not None and not peeked.verified
    assert peeked.rows == opened.rows and peeked.problems == opened.problems  # twin ids too
    assert peeked.article(peeked.rows[0].id) == opened.article(opened.rows[0].id)
    assert recheck_catalog(peeked, config) is None
    assert peeked.verified
    for catalog in (opened, peeked):
        catalog.close()


def test_no_catalog_is_peeked_that_the_store_cannot_vouch_for(folder, monkeypatch):
    config = load_config(None)
    assert peek_catalog(folder, config) is None  # no store yet
    open_catalog(folder, config).close()
    monkeypatch.setattr(reader.corpus, "parser_version", lambda _config: "other code")
    assert peek_catalog(folder, config) is None  # every page would be parsed again
    monkeypatch.undo()
    written_now = folder / "site01.txt"
    written_now.write_text(site_page(99), encoding="utf-8")  # mtime now: stored, but not trusted
    open_catalog(folder, config).close()
    assert peek_catalog(folder, config) is None


def test_the_check_of_a_peeked_catalog_gives_the_folder_as_it_is_now(folder):
    config = load_config(None)
    open_catalog(folder, config).close()
    peeked = peek_catalog(folder, config)
    assert peeked is not None
    gone = next(row for row in peeked.rows if row.file == "site01.txt")
    (folder / "site01.txt").unlink()
    ghost = peeked.article(gone.id)  # before the check: said in one line, never the stored text
    assert [block.text for block in ghost.blocks] == [
        "site01.txt was removed from the folder since reader last read it; the list is being updated."]
    (folder / "site02.txt").write_text(site_page(2).replace("hội đàm lần thứ", "gặp lại lần thứ"), encoding="utf-8")
    os.utime(folder / "site02.txt", (A_YEAR_AGO + 60, A_YEAR_AGO + 60))
    now = recheck_catalog(peeked, config)
    assert isinstance(now, StoreCatalog) and now.verified and not peeked.verified
    assert "site01.txt" not in {row.file for row in now.rows}
    assert "Lãnh đạo hai nước gặp lại lần thứ 2 tại thủ đô" in {row.title for row in now.rows}
    assert now.rows == open_catalog(folder, config, use_cache=False).rows
    for catalog in (peeked, now):
        catalog.close()


def test_a_glance_reads_a_screen_of_rows_in_the_order_the_catalog_sorts_them(folder):
    """Ties, undated rows, dates the folder's evidence changed (site pages), colliding ids (twin.txt)."""
    config = load_config(None)
    open_catalog(folder, config).close()
    catalog, glance = peek_catalog(folder, config), glance_catalog(folder, config)
    assert catalog is not None and glance is not None and glance.total == len(catalog.rows)
    assert catalog._index.redated and any(row.date is None for row in catalog.rows)
    for order in SortOrder:
        listed = [(row.file, row.title, row.date) for row in sort_articles(catalog.rows, order, lambda row: row.date)]
        start, rows = glance.window(order, len(listed) + 3)
        assert start == 0 and [(row.file, row.title, row.date) for row in rows] == listed
        for position in (0, 1, len(rows) // 2, len(rows) - 1):
            start, window = glance.window(order, 4, around=rows[position].id)
            assert start == max(0, position - 2) and window == rows[start:start + 4]
    assert [row.title for row in glance.of_files(["twin.TXT"])] == [row.title for row in catalog.rows
                                                                    if row.file == "twin.TXT"]
    for opened in (catalog, glance):
        opened.close()


def test_no_glance_where_the_store_cannot_vouch_for_the_folder_or_orders_names_otherwise(folder):
    config = load_config(None)
    assert glance_catalog(folder, config) is None  # no store yet
    open_catalog(folder, config).close()
    glance = glance_catalog(folder, config)
    assert glance is not None
    glance.close()
    shown_otherwise = folder / "Đà Nẵng.txt"  # SQLite orders names by their bytes, the folder by their NFC form
    shown_otherwise.write_text(site_page(50), encoding="utf-8")
    os.utime(shown_otherwise, (A_YEAR_AGO, A_YEAR_AGO))
    open_catalog(folder, config).close()
    peeked = peek_catalog(folder, config)
    assert peeked is not None and glance_catalog(folder, config) is None
    peeked.close()
