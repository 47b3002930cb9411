"""Officials in the shapes of real pages: party comrades, ranks, long offices, and the words inside them.

Each class has its positive cases and the near misses that must stay no official (or no wrong one).
"""

from __future__ import annotations

import pytest


def names(found: list[tuple[str, str, str | None, str | None]]) -> list[str]:
    return [name for _, name, _, _ in found]


# --- "đồng chí X, <office>" -----------------------------------------------------------------

def test_a_comrade_with_an_office_is_an_official(officials):
    found = officials("Dự có đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội.")
    assert [(name, title) for _, name, title, _ in found] == [("Nguyễn Văn An", "Ủy viên Bộ Chính trị, Bí thư")]


def test_a_comrade_named_by_the_last_word_is_a_mention(officials):
    found = officials("Sáng 28/9, đồng chí Lê Duy Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi tiếp.",
                      "Đồng chí Thanh nhấn mạnh vai trò của tỉnh.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("đồng chí Lê Duy Thanh, Phó Bí thư", "Lê Duy Thanh"), ("Đồng chí Thanh", "Lê Duy Thanh")]


@pytest.mark.parametrize("sentence", [
    "Đồng chí Nguyễn Văn An phát biểu tại hội nghị.",
    "Tình đồng chí, đồng đội được vun đắp.",
    "Các đồng chí lãnh đạo tỉnh dự lễ.",
])
def test_a_comrade_without_an_office_is_no_official(officials, sentence):
    assert officials(sentence) == []


# --- long offices --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến dự.", "Đỗ Văn Chiến",
     "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc", "Việt Nam"),
    ("Viện trưởng Viện Chiến lược Quốc phòng Nguyễn Đức Hà phát biểu.", "Nguyễn Đức Hà",
     "Viện trưởng Viện Chiến lược Quốc phòng", None),
    ("Chủ tịch Mặt trận Lào xây dựng đất nước Xay-sổm-phon Phôm-vi-hản dự.", "Xay-sổm-phon Phôm-vi-hản",
     "Chủ tịch Mặt trận Lào xây dựng đất nước", None),
])
def test_a_party_or_body_of_several_words(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_a_chain_of_party_offices_before_the_name(officials):
    found = officials("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Tú "
                      "phát biểu.")
    assert names(found) == ["Trần Văn Tú"]


def test_a_list_of_people_each_with_a_party_office(officials):
    found = officials("Dự có các đồng chí: Trần Văn Tú, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban "
                      "Kiểm tra Trung ương; Lê Minh Hoà, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương.")
    assert names(found) == ["Trần Văn Tú", "Lê Minh Hoà"]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Đại sứ Đặc mệnh Toàn quyền Việt Nam tại Pháp Đinh Toàn Thắng trình quốc thư.", "Đinh Toàn Thắng",
     "Đại sứ Đặc mệnh Toàn quyền", "Việt Nam"),
    ("Đại sứ đặc mệnh toàn quyền New Zealand tại Việt Nam Tredene Dobson dự lễ.", "Tredene Dobson",
     "Đại sứ đặc mệnh toàn quyền", "New Zealand"),
    ("Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang phát biểu.",
     "Đặng Hoàng Giang", "Trưởng Phái đoàn đại diện thường trực", "Việt Nam"),
])
def test_an_ambassador_with_the_full_style_and_posting(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_an_office_of_an_unnamed_body_names_nobody(officials):
    assert officials("Cố vấn an ninh quốc gia của Tổng thống cho biết.") == []


# --- a capitalised word inside an office is never a person ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Đại sứ Đặc mệnh Toàn quyền cho biết như vậy.",
    "Chủ tịch Mặt trận cho biết như vậy.",
    "Bí thư Trung ương Đảng phát biểu.",
    "Cục trưởng Cục Lãnh sự cho biết hồ sơ đã được tiếp nhận.",
])
def test_the_first_syllable_of_a_word_is_no_name(officials, sentence):
    assert officials(sentence) == []


def test_a_director_of_a_department(officials):
    assert officials("Cục trưởng Cục Lãnh sự Doãn Hoàng Minh trao giấy chấp nhận.") == [
        ("Cục trưởng Cục Lãnh sự Doãn Hoàng Minh", "Doãn Hoàng Minh", "Cục trưởng Cục Lãnh sự", None)]


# --- a rank before the name is not the office -------------------------------------------------

def test_the_general_in_a_rank_is_no_title_of_its_own(officials):
    """'Thiếu tướng' holds 'tướng', which alone is a title; the rank says no office."""
    assert officials("Thiếu tướng Vũ Chiến Thành cho biết lực lượng đã sẵn sàng.") == []


# --- transcribed Lao, Khmer and Thai names ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Thủ tướng Lào Xỉ-xổm-phon Phôm-vi-hản tiếp đoàn.", "Xỉ-xổm-phon Phôm-vi-hản", "Lào"),
    ("Quốc vương Campuchia Nô-rô-đôm Xi-ha-mô-ni tiếp.", "Nô-rô-đôm Xi-ha-mô-ni", "Campuchia"),
    ("Thủ tướng Thái Lan Xrét-thả Thả-vi-xỉn tới.", "Xrét-thả Thả-vi-xỉn", "Thái Lan"),
    ("Bộ trưởng Quốc phòng Lào Chăn-xa-mon Chăn-nhả-lạt tiếp.", "Chăn-xa-mon Chăn-nhả-lạt", "Lào"),
])
def test_a_hyphenated_transcription_is_a_name(officials, sentence, name, country):
    assert [(n, c) for _, n, _, c in officials(sentence)] == [(name, country)]


def test_a_part_of_a_hyphenated_transcription_is_a_mention(officials):
    found = officials("Chủ tịch Quốc hội Lào Xay-xổm-phon Phôm-vi-hản tiếp đoàn.", "Ông Xay-xổm-phon cảm ơn.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("Chủ tịch Quốc hội Lào Xay-xổm-phon Phôm-vi-hản", "Xay-xổm-phon Phôm-vi-hản"),
        ("Ông Xay-xổm-phon", "Xay-xổm-phon Phôm-vi-hản")]
