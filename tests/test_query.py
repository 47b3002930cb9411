"""The search bar's language: how a query is read, and which articles each term keeps."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from reader.catalog import MemoryCatalog
from reader.model import Article, Block, Corpus, DateMention, Official, OfficialMention
from reader.query import DateFilter, OfficialsFilter, describe, parse_query, run_query


def article(article_id: str, *, published: str | None = None, dates: Iterable[str] = (),
            officials: Iterable[str] = ()) -> Article:
    return Article(article_id, f"{article_id}.txt", article_id, published, None, None, False,
                   (Block("paragraph", "Nội dung."),),
                   tuple(DateMention(0, 0, 1, "x", value, "day") for value in dates),
                   tuple(OfficialMention(0, 0, 1, "x", name, None, None) for name in officials))


ARTICLES = (
    article("kishida", published="2024-03-05", officials=["Fumio Kishida"]),
    article("iwaya", dates=["2025-01-07", "--12-28"], officials=["Takeshi Iwaya", "Antony Blinken"]),
    article("range", dates=["2024-02-28/2024-03-03"], officials=["Đỗ Hùng Việt"]),
    article("year", dates=["2024"]),
    article("none"),
)
INDEX = (Official("Fumio Kishida", (), (), ("kishida",), 1),
         Official("Takeshi Iwaya", (), (), ("iwaya",), 1), Official("Antony Blinken", (), (), ("iwaya",), 1),
         Official("Đỗ Hùng Việt", (), (), ("range",), 1),
         Official("Joe Biden", (), (), ("none",), 1))  # the index joined a "Biden" of "none" to Joe Biden


IDS = tuple(a.id for a in ARTICLES)


def ids(text: str, search: object = None) -> list[str]:
    catalog = MemoryCatalog(Corpus(Path("."), ARTICLES, officials=INDEX))
    return list(run_query(parse_query(text), IDS, catalog, search))  # type: ignore[arg-type]


def test_plain_words_are_left_for_the_search_index():
    query = parse_query("ngoại trưởng  hội đàm")
    assert (query.words, query.officials, query.dates, query.ignored) == ("ngoại trưởng hội đàm", (), (), ())
    assert describe(query) == "words “ngoại trưởng hội đàm”"


@pytest.mark.parametrize(("text", "kept"), [
    ("@kishida", ["kishida"]),
    ("@KISHIDA", ["kishida"]),
    ("@fum", ["kishida"]),
    ("@do", ["range"]),  # folded: "Đỗ"
    ('@"hung viet"', ["range"]),
    ("@blinken @iwaya", ["iwaya"]),
    ("@joe", ["none"]),  # through the corpus-wide index: "none" itself says only "Biden"
    ("@ishida", []),  # a word's start, not any part of it
])
def test_an_official_by_a_folded_start_of_their_name(text, kept):
    assert ids(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("date:2024-03", ["kishida", "range"]),  # published in March; a range ending in March
    ("date:2024-02", ["range"]),
    ("date:2024", ["kishida", "range", "year"]),
    ("date:2024-01..2024-03", ["kishida", "range"]),
    ("date:2025-01-07", ["iwaya"]),
    ("date:2024-12..", ["iwaya"]),  # "--12-28" has no year: it is in no span
    ("date:..2023", []),
])
def test_a_date_span_keeps_articles_dated_or_published_in_it(text, kept):
    assert ids(text) == kept


def test_filters_combine_with_words():
    class Search:
        def search(self, query: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
            assert query == "hội đàm"
            return tuple(i for i in among or () if i != "range")

    assert ids("hội đàm date:2024", Search()) == ["kishida", "year"]
    assert ids("hội đàm date:2024") == ["kishida", "range", "year"]  # no index yet: the filters alone


def test_how_the_query_was_read():
    query = parse_query("hội đàm @kishida date:2024-01..2024-03 date:2024-13 @")
    assert query.dates == (DateFilter("2024-01..2024-03", date(2024, 1, 1), date(2024, 3, 31)),)
    assert describe(query) == ("words “hội đàm” · official @kishida · dated 2024-01-01 to 2024-03-31"
                               " · ignored date:2024-13 (use date:2024-03 or date:2024-01..2024-03)"
                               " · ignored @ (a name after @, e.g. @kishida)")


@pytest.mark.parametrize("term", ["date:", "date:2024-03..2024-01", "date:3/2024", "date:2024-1"])
def test_a_date_term_it_cannot_read_is_ignored_and_said(term):
    query = parse_query(f"biden {term}")
    assert query.dates == () and query.words == "biden"
    assert query.ignored == (f"{term} (use date:2024-03 or date:2024-01..2024-03)",)


def test_open_spans_and_one_day_read_back():
    assert describe(parse_query("date:2024-12..")) == "dated 2024-12-01 to …"
    assert describe(parse_query("DATE:2025-01-07")) == "dated 2025-01-07"


def test_the_officials_view_filters_by_the_start_of_a_name_title_or_country_word():
    people = (Official("Fumio Kishida", ("Thủ tướng",), ("Nhật Bản",), ("a",), 3),
              Official("Đỗ Hùng Việt", ("Thứ trưởng Ngoại giao",), (), ("b",), 2),
              Official("Joe Biden", ("Tổng thống",), ("Mỹ",), ("c",), 1))
    typed = OfficialsFilter(people)
    assert typed.matching("") == people
    assert [o.name for o in typed.matching("KISH")] == ["Fumio Kishida"]
    assert [o.name for o in typed.matching("do hung")] == ["Đỗ Hùng Việt"]
    assert [o.name for o in typed.matching("thu")] == ["Fumio Kishida", "Đỗ Hùng Việt"]  # Thủ tướng, Thứ trưởng
    assert [o.name for o in typed.matching("my")] == ["Joe Biden"]
    assert typed.matching("iden") == ()  # inside a word: no


def test_without_an_index_the_articles_own_mentions_are_read():
    assert list(run_query(parse_query("@kishida"), IDS, MemoryCatalog(Corpus(Path("."), ARTICLES)))) == ["kishida"]


def test_the_officials_filter_narrows_as_keys_are_added_and_widens_when_they_go():
    people = (Official("Fumio Kishida", ("Thủ tướng",), ("Nhật Bản",), ("a",), 3),
              Official("Kim Yo-jong", ("Phó Vụ trưởng",), ("Triều Tiên",), ("b",), 2),
              Official("Takeshi Iwaya", ("Ngoại trưởng",), ("Nhật Bản",), ("c",), 1),
              Official("Kishi Nobuo", ("Bộ trưởng Quốc phòng",), ("Nhật Bản",), ("d",), 1))
    typed = OfficialsFilter(people)
    for text in ("k", "ki", "kis", "kish", "kish n", "kish nh", "kish", "ki", "k t", "", "kim", "kishida"):
        assert typed.matching(text) == OfficialsFilter(people).matching(text), text
    assert [o.name for o in typed.matching("ki")] == ["Fumio Kishida", "Kim Yo-jong", "Kishi Nobuo"]
