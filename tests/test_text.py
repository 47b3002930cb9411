"""The Vietnamese-text primitives, each tested here once (every other module calls them)."""

from __future__ import annotations

import re

import pytest

from reader.text import (
    NOTHING,
    TakenSpans,
    alternation,
    fold,
    is_folded_syllable,
    is_syllable,
    modern_tones,
    month_names_pattern,
    month_number,
    per_lexicon,
    standard_letters,
)


@pytest.mark.parametrize(("text", "folded"), [
    ("Ngoại trưởng", "ngoai truong"),
    ("Đà Nẵng", "da nang"),
    ("đ Đ", "d d"),
    ("BLINKEN", "blinken"),
    ("Thủ tướng", "thu tuong"),
    ("Quảng Ngãi", "quang ngai"),
    ("Ha\u0300 No\u0323i", "ha noi"),  # decomposed (NFD) accents go too
    ("Straße", "strasse"),
])
def test_fold_removes_case_and_vietnamese_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("word", ["bắn", "đe", "dọa", "tuổi", "đánh", "nghiêng", "khuya", "giết", "quốc", "Trường"])
def test_vietnamese_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["baoquoctevn", "hcm", "ie", "eg", "mớinhưng", "us", "xcom", "Lavrov"])
def test_not_syllables(word: str) -> None:
    assert not is_syllable(word)


@pytest.mark.parametrize("word", ["tuyen", "gioi", "nguoi", "thuong", "nghieng", "duong", "khuyen", "va"])
def test_syllables_written_without_their_diacritics(word: str) -> None:
    assert is_folded_syllable(word)


@pytest.mark.parametrize("word", ["said", "talks", "would", "ukraine", "moldova", "nguoii", "đi"])
def test_english_words_and_accented_ones_are_no_folded_syllables(word: str) -> None:
    assert not is_folded_syllable(word)


@pytest.mark.parametrize(("text", "modern"), [
    ("Uỷ viên", "Ủy viên"),
    ("UỶ BAN", "ỦY BAN"),
    ("tỉnh Hoà Bình", "tỉnh Hòa Bình"),
    ("Thuỵ Điển", "Thụy Điển"),
    ("khoẻ.", "khỏe."),
    ("tuỳ", "tùy"),
])
def test_modern_tones_move_a_final_pairs_mark_to_its_first_vowel(text: str, modern: str) -> None:
    assert modern_tones(text) == modern


@pytest.mark.parametrize("text", ["quý", "Quỳnh", "hoàng", "thuyền", "Ủy ban", "hòa", "xoáy"])
def test_modern_tones_leave_qu_closed_syllables_and_the_newer_form_alone(text: str) -> None:
    assert modern_tones(text) == text


def test_alternation_puts_longer_phrases_first_and_allows_any_spacing() -> None:
    pattern = re.compile(alternation(["Ảnh", "Ảnh tư liệu", "  ", "a.b"]))
    assert pattern.match("Ảnh tư liệu").group() == "Ảnh tư liệu"
    assert pattern.match("Ảnh  tư\tliệu").group() == "Ảnh  tư\tliệu"
    assert pattern.fullmatch("a.b") is not None
    assert pattern.fullmatch("axb") is None  # words are literal, not regexes


def test_the_alternation_of_no_words_matches_nothing() -> None:
    assert alternation([]) == alternation(["", " "]) == NOTHING
    assert re.search(NOTHING, "anything at all") is None
    assert re.search(NOTHING, "") is None


def test_per_lexicon_builds_once_per_distinct_content() -> None:
    built: list[tuple[str, ...]] = []

    @per_lexicon
    def build(words: tuple[str, ...]) -> int:
        built.append(words)
        return len(built)

    assert build(("a",)) == build(("a",)) == 1
    assert build(("b",)) == 2
    assert built == [("a",), ("b",)]


def test_taken_spans_refuse_any_overlap_but_allow_touching() -> None:
    taken = TakenSpans()
    taken.add(10, 20)
    taken.add(30, 40)
    assert [taken.overlaps(*span) for span in [(0, 10), (20, 30), (40, 50), (0, 11), (19, 31), (15, 16), (5, 45)]] \
        == [False, False, False, True, True, True, True]


@pytest.mark.parametrize(("text", "number"), [
    ("tháng Sáu", 6), ("tháng Mười", 10), ("tháng Mười Một", 11), ("tháng Mười  hai", 12), ("tháng Giêng", 1),
    ("tháng Tư", 4), ("tháng Bốn", 4),
])
def test_month_names(text: str, number: int) -> None:
    found = re.search(rf"tháng\s+({month_names_pattern()})", text)
    assert found is not None and month_number(found[1]) == number


@pytest.mark.parametrize("text", ["tháng ba", "tháng Chạp", "THÁNG SÁU", "tháng Bảyy", "tháng Mười-Hai"])
def test_not_month_names(text: str) -> None:
    found = re.search(rf"tháng\s+({month_names_pattern()})", text)
    assert found is None or found[1] == "Mười"  # "Mười-Hai" reads no further than "Mười"


def test_a_month_name_can_be_left_out() -> None:
    assert re.fullmatch(month_names_pattern(without=["Giêng"]), "Giêng") is None
    assert re.fullmatch(month_names_pattern(without=["Giêng"]), "Một") is not None


@pytest.mark.parametrize(("text", "standard"), [
    ("Ðại sứ Ðà Nẵng", "Đại sứ Đà Nẵng"),  # U+00D0, the Icelandic capital eth
    ("ÐẠI HỘI ÐẢNG", "ĐẠI HỘI ĐẢNG"),
    ("ðồng chí (ðoàn)", "đồng chí (đoàn)"),  # U+00F0
    ("Ɖà Nẵng, ɖảng", "Đà Nẵng, đảng"),  # the African D
])
def test_look_alike_letters_become_vietnamese(text: str, standard: str) -> None:
    assert standard_letters(text) == standard
    assert fold(standard_letters(text)) == fold(standard)


@pytest.mark.parametrize("text", ["Tổng thống Guðni Jóhannesson", "Đà Nẵng", "Eðvarð", "TP.HCM 2025"])
def test_an_eth_inside_a_word_and_vietnamese_letters_stay(text: str) -> None:
    assert standard_letters(text) == text
