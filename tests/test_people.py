"""Who an article's mention is in the corpus-wide officials index (reader/people.py), on the real index."""

from __future__ import annotations

from reader.extract.index import build_officials_index
from reader.model import Article, Block, OfficialMention
from reader.people import People, person_rows


def article(article_id: str, text: str, *people: tuple[str, str, str | None, str | None]) -> Article:
    """An article of one paragraph; each person is (the text naming them, name, title, country)."""
    mentions, start = [], 0
    for said, name, title, country in people:
        start = text.index(said, start)
        mentions.append(OfficialMention(0, start, start + len(said), said, name, title, country))
        start += len(said)
    return Article(article_id, f"{article_id}.txt", article_id, None, None, None, False,
                   (Block("paragraph", text),), officials=tuple(mentions))


SHORT = article("short", "Ông Biden gặp Cho Tae Yul; Biden nói rằng Cho Tae Yul đồng ý.",
                ("Biden", "Biden", None, None), ("Cho Tae Yul", "Cho Tae Yul", None, None),
                ("Biden", "Biden", None, None), ("Cho Tae Yul", "Cho Tae Yul", None, "Hàn Quốc"))
FULL = article("full", "Tổng thống Mỹ Joe Biden tiếp Ngoại trưởng Hàn Quốc Cho Tae Yul.",
               ("Tổng thống Mỹ Joe Biden", "Joe Biden", "Tổng thống", "Mỹ"),
               ("Ngoại trưởng Hàn Quốc Cho Tae Yul", "Cho Tae Yul", "Ngoại trưởng", "Hàn Quốc"))
KIMS = article("kims", "Kim Jong Un và Kim Yo-jong; ông Kim phát biểu.",
               ("Kim Jong Un", "Kim Jong Un", None, None), ("Kim Yo-jong", "Kim Yo-jong", None, None),
               ("Kim", "Kim", None, None))
CORPUS = (SHORT, FULL, KIMS)


def test_a_short_name_is_the_person_the_index_merged_it_with() -> None:
    people = People(build_officials_index(CORPUS))
    biden = people.of_mention(SHORT, "Biden")
    assert biden is not None and biden.name == "Joe Biden" and biden.titles == ("Tổng thống",)
    cho = people.of_mention(SHORT, "Cho Tae Yul")
    assert cho is not None and cho.titles == ("Ngoại trưởng",)


def test_an_ambiguous_name_stays_itself_and_an_unknown_one_is_nobody() -> None:
    people = People(build_officials_index(CORPUS))
    kim = people.of_mention(KIMS, "Kim")
    assert kim is not None and kim.name == "Kim"  # two fuller names fit: the index kept it apart
    assert people.of_mention(SHORT, "Kim Jong Un") is None  # not in that article
    assert People(()).of_mention(SHORT, "Biden") is None


def test_rows_merge_spellings_and_take_the_title_the_index_knows() -> None:
    rows = person_rows(SHORT, People(build_officials_index(CORPUS)))
    assert [(row.name, row.count, row.detail) for row in rows] == [
        ("Joe Biden", 2, "Tổng thống · Mỹ"),  # the article gives neither: the index's
        ("Cho Tae Yul", 2, "Ngoại trưởng · Hàn Quốc"),  # the article's country, the index's title
    ]
    assert rows[0].names == frozenset({"Biden"})


def test_without_the_index_a_row_is_the_article_own_and_says_no_title() -> None:
    rows = person_rows(SHORT, People(()))
    assert [(row.name, row.count, row.detail) for row in rows] == [
        ("Biden", 2, "no title"), ("Cho Tae Yul", 2, "Hàn Quốc")]
