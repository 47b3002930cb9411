"""Folded search: what a reader types without diacritics finds what the page spells with them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.chronology import SortOrder, article_date, sort_articles
from reader.config import load_config
from reader.corpus import build_corpus
from reader.model import Article, Block, OfficialMention
from reader.search import (
    FTS_TABLE,
    TITLE_BLOCK,
    Match,
    SearchIndex,
    add_to_index,
    create_index,
    date_code,
    find_matches,
    query_words,
    search_columns,
    search_key,
    typed_with_marks,
)
from reader.text import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def article(aid: str, title: str, *paragraphs: str, officials: tuple[OfficialMention, ...] = ()) -> Article:
    blocks = tuple(Block("paragraph", text) for text in paragraphs)
    return Article(aid, f"{aid}.txt", title, None, None, None, False, blocks, (), officials)


TOKYO = article(
    "a-1", "Ngoại trưởng Blinken thăm Tokyo",
    "Ngoại trưởng Mỹ Antony Blinken đến Tokyo ngày 7/1.",
    "Ông BLINKEN gặp Thủ tướng Kishida.",
    officials=(OfficialMention(1, 16, 33, "Thủ tướng Kishida", "Fumio Kishida", "Thủ tướng", "Nhật Bản"),),
)
DANANG = article("b-1", "Hội nghị ở Đà Nẵng", "Các đoàn đã đến Đà Nẵng hôm qua.", "Khả năng hợp tác.")
HANOI = article("c-1", "Hà Nội đón khách", "Đoàn đại biểu thăm Hà Nội.")
INDEX = SearchIndex([TOKYO, DANANG, HANOI])


def test_query_words_are_case_folded_and_unique() -> None:
    assert query_words("  Đà   nẵng đà ") == ("đà", "nẵng")
    assert query_words("   ") == ()
    assert query_words("a\x00b") == ("a", "b")  # a NUL would end the index's query string


def test_a_word_typed_with_diacritics_matches_them_as_typed() -> None:
    talks = article("t-1", "Hội đàm cấp cao", "Hai bên đã nhất trí về khả năng hợp tác.")  # no "đà", "nẵng"
    index = SearchIndex([talks, DANANG])
    assert index.search("đà nẵng") == ("b-1",)
    assert index.search("da nang") == ("b-1", "t-1")  # typed bare, every spelling counts
    assert index.search("ĐÀ NẴNG") == ("b-1",)
    assert index.search("đàm") == ("t-1",)
    assert index.search("đã nhất") == ("t-1",)
    assert index.search("đa") == ()  # "đa" is neither "đà" nor "đã"
    assert index.search("hoi đàm") == ("t-1",)  # each word on its own terms
    assert [_text(talks, m) for m in index.matches("t-1", "đàm")] == ["đàm"]
    assert index.matches("b-1", "đàm") == ()


@pytest.mark.parametrize(("query", "expected"), [
    ("ngoai truong", ("a-1",)),
    ("Ngoại trưởng", ("a-1",)),
    ("da nang", ("b-1",)),
    ("đà nẵng", ("b-1",)),
    ("BLINKEN", ("a-1",)),
    ("blinken tokyo", ("a-1",)),
    ("blinken hanoi", ()),
    ("fumio", ("a-1",)),  # only in the official's resolved name, not in the text
    ("ha noi", ("c-1",)),
    ("", ("a-1", "b-1", "c-1")),
])
def test_search_finds_articles_containing_every_word(query: str, expected: tuple[str, ...]) -> None:
    assert INDEX.search(query) == expected


def test_words_match_at_word_starts_only() -> None:
    # "an" is inside "Bản"/"Antony"... only "Antony" starts with it.
    assert INDEX.search("an") == ("a-1",)
    assert INDEX.search("ony") == ()


def test_articles_with_the_phrase_come_first() -> None:
    loose = article("l-1", "Khả năng hợp tác", "Các bên đã nhất trí.")  # "da" and "nang", apart
    index = SearchIndex([loose, DANANG])
    assert index.search("da nang") == ("b-1", "l-1")
    assert index.with_phrase("da nang", ["l-1", "b-1"]) == ("b-1",)
    assert index.with_phrase("nang", ["l-1", "b-1"]) == ("l-1", "b-1")


def test_search_keeps_the_order_of_the_given_ids() -> None:
    assert INDEX.search("doan", among=["c-1", "b-1"]) == ("c-1", "b-1")


def test_matches_are_original_spans_in_reading_order() -> None:
    matches = INDEX.matches("a-1", "blinken")
    assert matches == (Match(TITLE_BLOCK, 13, 20), Match(0, 23, 30), Match(1, 4, 11))
    assert [_text(TOKYO, m) for m in matches] == ["Blinken", "Blinken", "BLINKEN"]


def test_a_phrase_is_highlighted_as_one_span_and_not_word_by_word() -> None:
    matches = INDEX.matches("b-1", "da nang")
    assert [_text(DANANG, m) for m in matches] == ["Đà Nẵng", "Đà Nẵng"]


def test_words_are_highlighted_one_by_one_when_the_phrase_is_absent() -> None:
    matches = INDEX.matches("a-1", "kishida ong")
    assert [_text(TOKYO, m) for m in matches] == ["Ông", "Kishida"]
    # Alone, "kishida" is the official's whole name-word: the whole mention lights up.
    assert [_text(TOKYO, m) for m in INDEX.matches("a-1", "kishida")] == ["Thủ tướng Kishida"]


def test_an_official_found_by_name_has_its_mention_highlighted() -> None:
    assert INDEX.matches("a-1", "fumio") == (Match(1, 16, 33),)


def test_no_words_no_matches() -> None:
    assert find_matches(TOKYO, ()) == ()


def _text(art: Article, match: Match) -> str:
    text = art.title if match.block == TITLE_BLOCK else art.blocks[match.block].text
    return text[match.start:match.end]


VIET = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
letters = st.sampled_from(list(VIET + VIET.upper() + " ,.\u0300\u0323ß"))


@given(st.lists(letters, max_size=60).map("".join), st.sampled_from(["Đà Nẵng", "ngoại", "TRƯỞNG"]))
def test_every_match_maps_back_to_text_that_folds_to_the_query(prefix: str, word: str) -> None:
    text = f"{prefix} {word} {prefix}"
    art = article("x-1", "t", text)
    matches = find_matches(art, query_words(word))
    assert matches
    for match in matches:
        found = art.blocks[0].text[match.start:match.end]
        assert found.casefold().split() == list(query_words(word))
    for match in find_matches(art, query_words(fold(word))):  # typed without diacritics
        found = art.blocks[0].text[match.start:match.end]
        assert fold(found).split() == list(query_words(fold(word)))


@given(st.text(max_size=40), st.text(max_size=12))
def test_any_query_on_any_text_gives_spans_inside_the_text(text: str, query: str) -> None:
    art = article("r-1", query[:5], text)
    index = SearchIndex([art])
    assert index.search(query) in ((), ("r-1",))
    for match in index.matches("r-1", query):
        source = art.title if match.block == TITLE_BLOCK else art.blocks[match.block].text
        assert 0 <= match.start < match.end <= len(source)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed folder not present")
def test_seed_corpus_is_searchable_without_diacritics() -> None:
    corpus = build_corpus(SEEDS, load_config(None))
    index = SearchIndex(corpus.articles)
    with_diacritics = index.search("Ngoại trưởng")
    assert with_diacritics
    folded = index.search("ngoai truong")
    assert set(with_diacritics) <= set(folded)
    assert folded[:len(with_diacritics)] == with_diacritics  # the phrase first, typed either way
    assert index.search("NGOAI TRUONG") == folded
    assert index.search("kishida")


def test_search_is_core_code_without_textual() -> None:
    import subprocess
    import sys

    code = "import sys, reader.search; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_articles_do_not_run_into_one_another() -> None:
    # Articles are searched as one text: a word at an article's start is at a word start even
    # after an article ending in a letter, and no word or phrase spans the gap between two.
    first = article("f-1", "Tin một", "Hội đàm tại Hà")
    second = article("s-1", "Nội các họp", "Phiên họp thường kỳ.")
    index = SearchIndex([first, second])
    assert index.search("noi cac") == ("s-1",)
    assert index.search("hanoi") == ()
    assert index.search("ha noi") == ()
    assert index.with_phrase("ha noi", ["f-1", "s-1"]) == ()


def test_a_query_typed_key_by_key_finds_what_a_fresh_index_finds() -> None:
    # The index remembers the articles of recent words; typing must not make them stale or leak.
    typing = SearchIndex([TOKYO, DANANG, HANOI])
    for query in ("thu tuong kishida", "ha noi", "doan da", "an"):
        for end in range(1, len(query) + 1):
            fresh = SearchIndex([TOKYO, DANANG, HANOI])
            assert typing.search(query[:end]) == fresh.search(query[:end])
    assert typing.search("thu tuong kishida") == ("a-1",)


def test_a_word_of_one_or_two_letters_matches_at_word_starts() -> None:
    # What the bar searches for as the first keys are typed: the prefix index's one- to three-letter words.
    assert INDEX.search("h") == ("b-1", "c-1")  # "Hội", "Hà"; Tokyo's "h" are all inside words
    assert INDEX.search("o") == ("a-1", "b-1")  # "Ông", "ở", folded
    assert INDEX.search("ô") == ("a-1",)  # as typed: "Ông" only
    assert INDEX.search("kh") == ("b-1", "c-1")
    assert INDEX.search("ngh") == ("b-1",)
    assert INDEX.search("nh") == ()


def test_the_phrase_count_after_a_search_among_some_holds_for_any_ids() -> None:
    loose = article("l-1", "Khả năng hợp tác", "Các bên đã nhất trí.")
    index = SearchIndex([loose, DANANG, HANOI])
    assert index.search("da nang", among=iter(["l-1", "b-1"])) == ("b-1", "l-1")  # an iterator is read once
    assert index.search("da nang", among=["l-1"]) == ("l-1",)
    assert index.with_phrase("da nang", ["l-1", "b-1"]) == ("b-1",)


WORD_LETTERS = st.sampled_from(list("aàăâbcdđeêghiklmnoôơpqrstuưvxy"))


@given(st.lists(st.lists(WORD_LETTERS, min_size=1, max_size=6).map("".join), max_size=12).map(" ".join),
       st.lists(WORD_LETTERS, min_size=1, max_size=3).map("".join))
def test_a_word_finds_what_it_finds_in_its_own_columns_alone(text: str, word: str) -> None:
    # The index's queries need no column filter: a word with diacritics only matches the text as
    # written, one without finds in it only what the folded text has too.
    columns = "{title body names}" if typed_with_marks(word) else "{ftitle fbody fnames}"
    connection = sqlite3.connect(":memory:")
    create_index(connection)
    add_to_index(connection, [(1, search_columns(article("r-1", text[:8], text)))])
    filtered = connection.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                                  (f'{columns} : "{word}" *',)).fetchall()
    assert SearchIndex([article("r-1", text[:8], text)]).search(word) == (("r-1",) if filtered else ())


# -- the first screenful: the index's rowids in the list's order --------------------------------


@given(st.text(alphabet="0123456789-T:/ .x", max_size=14), st.text(alphabet="0123456789-T:/ .x", max_size=14))
def test_the_date_code_never_contradicts_the_text_order(first: str, second: str) -> None:
    if first < second:
        assert date_code(first) <= date_code(second)


def test_a_later_day_has_a_smaller_key_and_undated_articles_come_last() -> None:
    assert search_key(9, "2024-03-06") < search_key(1, "2024-03-05") < search_key(1, "2024-03") < search_key(1, None)
    assert search_key(1, "2024-03-05T08:00") == search_key(1, "2024-03-05")  # a day's ties: sorted by first_hits
    assert search_key(1, "2024-03-05") < search_key(2, "2024-03-05")
    with pytest.raises(ValueError, match="past"):
        search_key(1 << 23, "2024-03-05")


def dated(aid: str, published: str | None, *paragraphs: str) -> Article:
    blocks = tuple(Block("paragraph", text) for text in paragraphs)
    return Article(aid, f"{aid}.txt", aid, published, None, None, False, blocks)


def newest(index: SearchIndex, articles: list[Article], query: str) -> tuple[str, ...]:
    """What the list shows newest first: the whole search sorted as the app sorts it."""
    by_id = {a.id: a for a in articles}
    return tuple(a.id for a in sort_articles((by_id[i] for i in index.search(query)), SortOrder.NEWEST, article_date))


def test_the_first_hits_are_the_head_of_the_sorted_search_with_the_phrase_first_among_ties() -> None:
    articles = [dated("p-1", "2024-03-05T07:00", "hội đàm cấp cao"), dated("p-2", "2024-03-05T07:00", "cấp hội đàm"),
                dated("p-3", "2024-03-06", "đàm phán hội"), dated("p-4", None, "hội đàm"),
                dated("p-5", "2024-03-05T09:00", "hội nghị đàm"), dated("p-6", "2023", "không có")]
    index = SearchIndex(articles)
    for count in (1, 2, 3, 4, 10):
        assert index.first_hits("hoi dam", count) == newest(index, articles, "hoi dam")[:count]
    assert index.first_hits("hoi dam", 10) == ("p-3", "p-5", "p-1", "p-2", "p-4")  # p-1 holds the phrase
    assert index.first_hits("zqxv", 5) == ()
    assert index.first_hits("", 2) == ("p-3", "p-5")  # no word: the list itself


@given(st.lists(st.tuples(st.sampled_from([None, "2024", "2024-02", "2024-02-01", "2024-02-01T08:00",
                                           "2024-02-02", "2025-01-31"]),
                          st.lists(st.sampled_from(["ha", "noi", "hà", "nội", "đà", "nẵng", "da"]), min_size=1,
                                   max_size=5)), min_size=1, max_size=12),
       st.sampled_from(["ha noi", "hà nội", "ha", "noi ha", "da nang", "nẵng", "đà"]), st.integers(1, 6))
def test_the_first_hits_always_equal_the_head_of_the_whole_sorted_search(
        pages: list[tuple[str | None, list[str]]], query: str, count: int) -> None:
    articles = [dated(f"h-{n}", published, " ".join(words)) for n, (published, words) in enumerate(pages)]
    index = SearchIndex(articles)
    assert index.first_hits(query, count) == newest(index, articles, query)[:count]


def test_the_first_hits_hold_where_the_index_order_is_not_the_lists() -> None:
    """A page parsed again (rowids out of file order) and an article the folder's evidence redated."""
    connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    create_index(connection)
    stored = [(1, "2024-01-05", "ha noi"), (2, "2024-01-05", "ha noi"), (3, "2024-01-06", "ha"),
              (4, None, "noi ha"), (5, "2024-01-04", "ha noi")]
    key = {rowid: search_key(rowid, day) for rowid, day, _ in stored}
    add_to_index(connection, [(key[rowid], ("", text, "", "", fold(text), "")) for rowid, _, text in stored])
    rows = [(key[2], "b", "2024-01-05"), (key[1], "a", "2024-01-05"), (key[5], "e", "2024-01-07"),
            (key[3], "c", "2024-01-06"), (key[4], "d", None)]  # file order; e listed under a later date
    index = SearchIndex.on_store(connection, rows, lambda _id: DANANG)
    assert index.search("ha noi") == ("b", "a", "e", "d")  # the phrase first, each group in file order
    for count in range(1, 6):
        assert index.first_hits("ha noi", count) == ("e", "b", "a", "d")[:count]
        assert index.first_hits("ha", count) == ("e", "c", "b", "a", "d")[:count]
