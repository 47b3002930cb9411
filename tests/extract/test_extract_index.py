"""The officials index: one entry per person across articles, with titles, countries and counts."""

from __future__ import annotations

from reader.extract import build_officials_index
from reader.model import Article, OfficialMention


def with_mentions(article_id: str, *people: tuple[str, str | None, str | None]) -> Article:
    mentions = tuple(OfficialMention(0, 0, len(name), name, name, title, country) for name, title, country in people)
    return Article(article_id, "page.txt", "Tiêu đề", None, None, None, False, (), (), mentions)


def test_a_short_name_joins_the_one_fuller_name():
    index = build_officials_index([
        with_mentions("a-1", ("Biden", "Tổng thống", None), ("Biden", "Tổng thống", None)),
        with_mentions("b-1", ("Joe Biden", "Tổng thống", "Mỹ")),
    ])
    assert len(index) == 1
    biden = index[0]
    assert (biden.name, biden.titles, biden.countries, biden.article_ids, biden.mentions) == (
        "Joe Biden", ("Tổng thống",), ("Mỹ",), ("a-1", "b-1"), 3)


def test_the_same_words_in_any_order_are_one_person_under_the_most_used_spelling():
    index = build_officials_index([
        with_mentions("a-1", ("Kishida Fumio", "Thủ tướng", "Nhật Bản")),
        with_mentions("b-1", ("Fumio Kishida", "Thủ tướng", None), ("Fumio Kishida", None, None)),
    ])
    assert [(o.name, o.article_ids, o.mentions) for o in index] == [("Fumio Kishida", ("a-1", "b-1"), 3)]


def test_case_and_diacritics_do_not_split_a_person():
    index = build_officials_index([with_mentions("a-1", ("Vương Nghị", "Bộ trưởng Ngoại giao", "Trung Quốc")),
                                   with_mentions("b-1", ("Vuong Nghi", "Ngoại trưởng", None))])
    assert len(index) == 1
    assert index[0].titles == ("Bộ trưởng Ngoại giao", "Ngoại trưởng")


def test_an_ambiguous_short_name_stays_apart():
    index = build_officials_index([
        with_mentions("a-1", ("Kim Jong Un", "Nhà lãnh đạo", "Triều Tiên"), ("Kim Yo-jong", "Phó Chủ tịch", None)),
        with_mentions("b-1", ("Kim", "Chủ tịch", None)),
    ])
    assert sorted(o.name for o in index) == ["Kim", "Kim Jong Un", "Kim Yo-jong"]


def test_most_mentioned_first():
    index = build_officials_index([with_mentions("a-1", ("Antony Blinken", None, None), ("Yoko Kamikawa", None, None),
                                                 ("Yoko Kamikawa", None, None))])
    assert [o.name for o in index] == ["Yoko Kamikawa", "Antony Blinken"]


def test_no_officials_no_entries():
    assert build_officials_index([]) == ()
    assert build_officials_index([with_mentions("a-1")]) == ()


def test_a_short_name_inside_a_chain_of_fuller_names_stays_apart():
    # "Biden" is in both "Joe Biden" and "Joe Robinette Biden": ambiguous, so it stays apart,
    # while "Joe Biden" has one fuller name and joins it. Names of other people sharing a word
    # ("Jill Biden" shares "Biden" with all three) change nothing for the others.
    index = build_officials_index([
        with_mentions("a-1", ("Biden", None, None), ("Joe Biden", None, None)),
        with_mentions("b-1", ("Joe Robinette Biden", "Tổng thống", "Mỹ"), ("Jill Biden", None, None)),
    ])
    assert sorted((o.name, o.mentions) for o in index) == [("Biden", 1), ("Jill Biden", 1),
                                                            ("Joe Robinette Biden", 2)]
