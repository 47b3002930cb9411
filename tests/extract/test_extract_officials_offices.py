"""Officials in the shapes of real pages: party comrades, ranks, long offices, and the words inside them.

Each class has its positive cases and the near misses that must stay no official (or no wrong one).
"""

from __future__ import annotations

import pytest

from reader.extract.officials import official_grammar
from reader.extract.officials.tokens import tokenize, unglued


def names(found: list[tuple[str, str, str | None, str | None]]) -> list[str]:
    return [name for _, name, _, _ in found]


# --- "đồng chí X, <office>" -----------------------------------------------------------------

def test_a_comrade_with_an_office_is_an_official(officials):
    assert officials("Dự có đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội.") == [
        ("đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", "Nguyễn Văn An",
         "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", None)]


def test_a_comrade_named_by_the_last_word_is_a_mention(officials):
    found = officials("Sáng 28/9, đồng chí Lê Duy Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi tiếp.",
                      "Đồng chí Thanh nhấn mạnh vai trò của tỉnh.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("đồng chí Lê Duy Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Lê Duy Thanh"),
        ("Đồng chí Thanh", "Lê Duy Thanh")]


def test_a_comrade_with_an_office_after_a_dash(officials):
    assert officials("Đồng chí Nguyễn Ngọc Phú - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có buổi tiếp Đại sứ.") == [
        ("Đồng chí Nguyễn Ngọc Phú - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh", "Nguyễn Ngọc Phú",
         "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh", None)]


def test_a_list_of_comrades_each_with_an_office(officials):
    found = officials("Dự có các đồng chí: Trần Văn Tú, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban "
                      "Kiểm tra Trung ương; Lê Minh Hoà, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương.")
    assert names(found) == ["Trần Văn Tú", "Lê Minh Hoà"]


@pytest.mark.parametrize("sentence", [
    "Đồng chí Nguyễn Văn An phát biểu tại hội nghị.",
    "Tình đồng chí, đồng đội được vun đắp.",
    "Các đồng chí lãnh đạo tỉnh dự lễ.",
])
def test_a_comrade_without_an_office_is_no_official(officials, sentence):
    assert officials(sentence) == []


# --- a rank before the name is not the office -------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "name", "title", "country"), [
    ("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, chủ trì.",
     "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng", "Hoàng Xuân Chiến", "Thứ trưởng Bộ Quốc phòng", None),
    ("Trung tướng Nguyễn Đức Hà, Viện trưởng Viện Chiến lược Quốc phòng cùng dự.",
     "Trung tướng Nguyễn Đức Hà, Viện trưởng Viện Chiến lược Quốc phòng", "Nguyễn Đức Hà",
     "Viện trưởng Viện Chiến lược Quốc phòng", None),
    ("Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng chủ trì.",
     "Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng", "Hoàng Xuân Chiến",
     "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng", None),
    ("Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng tiếp đoàn.",
     "Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng", "Phan Văn Giang",
     "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng", None),
])
def test_the_office_after_a_rank_and_name_is_the_title(officials, sentence, text, name, title, country):
    assert officials(sentence) == [(text, name, title, country)]


def test_ranked_officials_with_their_offices_after_dashes(officials):
    found = officials("Thượng tướng Hoàng Xuân Chiến - Thứ trưởng Bộ Quốc phòng Việt Nam, và Thượng tướng Alexander "
                      "Fomin - Thứ trưởng Bộ Quốc phòng Liên bang Nga đồng chủ trì.")
    assert [(n, t, c) for _, n, t, c in found] == [
        ("Hoàng Xuân Chiến", "Thứ trưởng Bộ Quốc phòng", "Việt Nam"),
        ("Alexander Fomin", "Thứ trưởng Bộ Quốc phòng", "Liên bang Nga")]


def test_the_general_in_a_rank_is_no_title_of_its_own(officials):
    """'Trung tướng' holds 'tướng', which alone is a title; the rank says no office."""
    assert officials("Thiếu tướng Vũ Chiến Thành cho biết lực lượng đã sẵn sàng.") == []


def test_a_ranked_name_is_a_mention_of_the_official_it_names(officials):
    found = officials("Thứ trưởng Bộ Quốc phòng Vũ Chiến Thành tiếp đoàn.", "Thiếu tướng Vũ Chiến Thành cho biết.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("Thứ trưởng Bộ Quốc phòng Vũ Chiến Thành", "Vũ Chiến Thành"), ("Thiếu tướng Vũ Chiến Thành", "Vũ Chiến Thành")]


# --- long offices --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Phó Chủ tịch Đảng Dân chủ Xã hội Đức Hans Meier tới thăm.", "Hans Meier",
     "Phó Chủ tịch Đảng Dân chủ Xã hội", "Đức"),
    ("Tổng Thư ký Đảng Dân chủ Tự do Nhật Bản Taro Aso tới.", "Taro Aso", "Tổng Thư ký Đảng Dân chủ Tự do", "Nhật Bản"),
    ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến dự.", "Đỗ Văn Chiến",
     "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc", "Việt Nam"),
    ("Viện trưởng Viện Chiến lược Quốc phòng Nguyễn Đức Hà phát biểu.", "Nguyễn Đức Hà",
     "Viện trưởng Viện Chiến lược Quốc phòng", None),
    ("Chủ tịch Mặt trận Lào xây dựng đất nước Xay-sổm-phon Phôm-vi-hản dự.", "Xay-sổm-phon Phôm-vi-hản",
     "Chủ tịch Mặt trận Lào xây dựng đất nước", None),
])
def test_a_party_or_body_of_several_words(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_two_offices_of_a_foreign_party_and_state(officials):
    found = officials("Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa "
                      "Dân chủ Nhân dân Lào Thongloun Sisoulith thăm Việt Nam.")
    assert names(found) == ["Thongloun Sisoulith"]


def test_a_chain_of_party_offices_before_the_name(officials):
    found = officials("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Tú "
                      "phát biểu.")
    assert names(found) == ["Trần Văn Tú"]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Đại sứ Đặc mệnh Toàn quyền Việt Nam tại Pháp Đinh Toàn Thắng trình quốc thư.", "Đinh Toàn Thắng",
     "Đại sứ Đặc mệnh Toàn quyền", "Việt Nam"),
    ("Đại sứ đặc mệnh toàn quyền New Zealand tại Việt Nam Tredene Dobson dự lễ.", "Tredene Dobson",
     "Đại sứ đặc mệnh toàn quyền", "New Zealand"),
    ("Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang phát biểu.",
     "Đặng Hoàng Giang", "Trưởng Phái đoàn đại diện thường trực", "Việt Nam"),
    ("Đại sứ, Trưởng Phái đoàn Việt Nam bên cạnh Liên hợp quốc tại Geneva Mai Phan Dũng phát biểu.",
     "Mai Phan Dũng", "Đại sứ, Trưởng Phái đoàn", "Việt Nam"),
])
def test_an_ambassador_with_the_full_style_and_posting(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Cố vấn an ninh quốc gia của Nhà Trắng Jake Sullivan nói.", "Jake Sullivan",
     "Cố vấn an ninh quốc gia của Nhà Trắng"),
    ("Người phát ngôn của Bộ Ngoại giao Trung Quốc Mao Ninh cho biết.", "Mao Ninh",
     "Người phát ngôn của Bộ Ngoại giao"),
])
def test_an_aide_of_an_institution(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_an_office_of_an_unnamed_body_names_nobody(officials):
    assert officials("Cố vấn an ninh quốc gia của Tổng thống cho biết.") == []


# --- a capitalised word inside an office is never a person ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Đại sứ Đặc mệnh Toàn quyền cho biết như vậy.",
    "Chủ tịch Mặt trận cho biết như vậy.",
    "Bí thư Trung ương Đảng phát biểu.",
    "Viện trưởng Viện Chiến lược Quốc phòng cùng dự.",
    "Cục trưởng Cục Lãnh sự cho biết hồ sơ đã được tiếp nhận.",
])
def test_the_first_syllable_of_a_word_is_no_name(officials, sentence):
    assert officials(sentence) == []


def test_a_director_of_a_department(officials):
    assert officials("Cục trưởng Cục Lãnh sự Doãn Hoàng Minh trao giấy chấp nhận.") == [
        ("Cục trưởng Cục Lãnh sự Doãn Hoàng Minh", "Doãn Hoàng Minh", "Cục trưởng Cục Lãnh sự", None)]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Đồng chủ trì có Vụ trưởng Vụ Pháp luật và Điều ước quốc tế Bộ Ngoại giao Việt Nam Lê Minh Tâm.",
     "Lê Minh Tâm", "Vụ trưởng Vụ Pháp luật và Điều ước quốc tế Bộ Ngoại giao", "Việt Nam"),
    ("Vụ trưởng Vụ Châu Âu Bộ Ngoại giao Đinh Thị Hằng cho biết.", "Đinh Thị Hằng",
     "Vụ trưởng Vụ Châu Âu Bộ Ngoại giao", None),
    ("Cục trưởng Cục Lãnh sự Bộ Ngoại giao Phan Văn Lộc phát biểu.", "Phan Văn Lộc",
     "Cục trưởng Cục Lãnh sự Bộ Ngoại giao", None),
])
def test_a_department_inside_its_ministry_before_the_name(officials, sentence, name, title, country):
    """A department's head, the department's ministry (and country) between the office and the name."""
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize("sentence", [
    "Vụ trưởng Vụ Châu Âu Bộ Ngoại giao cho biết như vậy.",
    "Vụ tấn công được Bộ Ngoại giao lên án.",
    "Vụ việc do Bộ Công an điều tra.",
])
def test_a_department_and_its_ministry_name_nobody(officials, sentence):
    assert officials(sentence) == []


# --- a place between the title and the name -------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Thị trưởng Berlin ông Kai Wegner phát biểu.", "Kai Wegner", "Thị trưởng"),
    ("Thị trưởng Rotterdam ông Ahmed Aboutaleb đón đoàn.", "Ahmed Aboutaleb", "Thị trưởng"),
    ("Thị trưởng thành phố Tampere, bà Anna-Kaisa Ikonen đón đoàn.", "Anna-Kaisa Ikonen", "Thị trưởng"),
    ("Thống đốc bang California Gavin Newsom ký luật.", "Gavin Newsom", "Thống đốc"),
    ("Thủ hiến bang Bavaria Markus Söder phát biểu.", "Markus Söder", "Thủ hiến"),
])
def test_a_place_between_the_title_and_the_name_is_not_the_person(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_a_city_alone_after_a_title_is_no_person(officials):
    assert officials("Thị trưởng thành phố Tampere đón đoàn.") == []


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


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh dự.", "Lê Trí Thanh", "Chủ tịch UBND tỉnh Quảng Nam"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam Lê Trí Thanh dự.", "Lê Trí Thanh",
     "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"),
    ("ông Lê Trí Thanh, Chủ tịch UBND tỉnh, phát biểu.", "Lê Trí Thanh", "Chủ tịch UBND tỉnh"),
    ("ông Alexander Schweitzer, Bộ trưởng Bộ Lao động bang Rheinland-Pfalz phát biểu.", "Alexander Schweitzer",
     "Bộ trưởng Bộ Lao động bang Rheinland-Pfalz"),
    ("Chủ tịch Hội Nhà văn Việt Nam Nguyễn Quang Thiều phát biểu.", "Nguyễn Quang Thiều", "Chủ tịch Hội Nhà văn"),
])
def test_a_province_or_state_inside_a_body(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Đoàn do Chủ tịch UBND TP.HCM Nguyễn Văn Bình dẫn đầu.", "Nguyễn Văn Bình", "Chủ tịch UBND TP.HCM"),
    ("Chủ tịch HĐND TP. HCM Trần Thị Lan phát biểu.", "Trần Thị Lan", "Chủ tịch HĐND TP. HCM"),
    ("Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Bình phát biểu.", "Nguyễn Văn Bình", "Chủ tịch UBND TP Hồ Chí Minh"),
    ("Chủ tịch UBND TP Đà Nẵng Lê Quang Nam phát biểu.", "Lê Quang Nam", "Chủ tịch UBND TP Đà Nẵng"),
])
def test_a_city_listed_with_its_place_word_is_the_bodys_place(officials, sentence, name, title):
    """'TP.HCM' is listed whole: read from its place word 'TP', it left 'HCM' (or the city's 'Hồ Chí Minh',
    a person's name) to be read into the name."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Dự có bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh, và các sở.", "Lê Thị Hoa", "Chủ tịch Hội LHPN tỉnh"),
    ("Chủ tịch Hội CCB Việt Nam Nguyễn Văn Bình phát biểu.", "Nguyễn Văn Bình", "Chủ tịch Hội CCB"),
])
def test_an_association_cut_to_its_acronym_is_a_body(officials, sentence, name, title):
    """'Hội LHPN' is 'Hội Liên hiệp Phụ nữ' cut short: 'Hội' was read as the holder's name."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_a_board_word_before_a_foreign_name_stays_in_the_name(officials):
    assert [n for _, n, _, _ in officials("Tổng Thư ký Liên hợp quốc Ban Ki-moon thăm Hà Nội.")] == ["Ban Ki-moon"]


def test_a_bare_city_word_before_a_name_stays_the_bodys_own(officials):
    assert [(n, t) for _, n, t, _ in officials("Chủ tịch UBND thành phố Trần Sỹ Thanh phát biểu.")] == [
        ("Trần Sỹ Thanh", "Chủ tịch UBND thành phố")]


def test_a_province_in_a_persons_name_stays_in_the_name(officials):
    """Provinces are read only after a place word or in a body: 'Hòa Bình' is also a given name."""
    assert names(officials("Phó Thủ tướng Trương Hòa Bình dự.")) == ["Trương Hòa Bình"]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc Lưu Kiến Siêu phát biểu.", "Lưu Kiến Siêu",
     "Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản"),
    ("Trưởng Ban Chỉ đạo Nguyễn Văn An dự.", "Nguyễn Văn An", "Trưởng Ban Chỉ đạo"),
    ("Phó Trưởng Ban Tuyên giáo Trung ương Phan Xuân Thủy dự.", "Phan Xuân Thủy",
     "Phó Trưởng Ban Tuyên giáo Trung ương"),
])
def test_the_head_of_a_board_is_read_with_its_fields(officials, sentence, name, title):
    """'Ban' is no body word of its own (Ban Ki-moon), but after 'Trưởng' its fields follow, as a ministry's do."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_the_words_of_an_appositive_office_open_no_anchor_of_their_own(officials):
    found = officials("Đoàn do đồng chí Roberto Morales Ojeda, Ủy viên Bộ Chính trị, Bí thư Ban Chấp hành Trung ương "
                      "Đảng Cộng sản Cuba, Trưởng Ban Tổ chức dẫn đầu.")
    assert names(found) == ["Roberto Morales Ojeda"]


def test_a_bare_city_word_before_a_short_name_belongs_to_the_body(officials):
    assert officials("Tham dự có Chủ tịch UBND thành phố Trần Sỹ Thanh và đại diện Cục Lãnh sự.") == [
        ("Chủ tịch UBND thành phố Trần Sỹ Thanh", "Trần Sỹ Thanh", "Chủ tịch UBND thành phố", None)]


def test_the_subject_of_a_bare_office_that_says_whose_it_is(officials):
    found = officials("Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh của EU Kaja Kallas thông báo.",
                      "Bà Kallas nói đây là thông điệp rõ ràng.")
    assert [(t, n, ti) for t, n, ti, _ in found] == [
        ("Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh của EU Kaja Kallas", "Kaja Kallas",
         "Đại diện cấp cao"),
        ("Bà Kallas", "Kaja Kallas", "Đại diện cấp cao")]


def test_a_bare_office_then_words_that_say_no_owner_is_no_subject(officials):
    assert officials("Chủ tịch nước về quê nhà Nguyễn An dự lễ.") == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Phó Chủ tịch Đảng Dân chủ Xã hội Đức (SPD) Anke Rehlinger tới thăm.", "Anke Rehlinger",
     "Phó Chủ tịch Đảng Dân chủ Xã hội"),
    ("Thị trưởng thủ đô Seoul (Hàn Quốc) ông Oh Se-hoon đón đoàn.", "Oh Se-hoon", "Thị trưởng"),
    ("Thiếu tướng Phạm Trường Sơn, Cục trưởng Cục Đối ngoại (Bộ Quốc phòng) cùng dự.", "Phạm Trường Sơn",
     "Cục trưởng Cục Đối ngoại"),
])
def test_a_bracket_that_glosses_an_office(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", ["Tổng thống Mỹ (trái) Joe Biden bắt tay.", "Thủ tướng Nhật Bản (Ảnh: Kyodo)."])
def test_a_bracket_of_other_words_is_no_gloss(officials, sentence):
    assert officials(sentence) == []


def test_a_second_office_after_a_posting(officials):
    office = "Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, Đại sứ"
    assert officials(f"{office} Đặng Hoàng Giang nói.") == [
        (f"{office} Đặng Hoàng Giang", "Đặng Hoàng Giang", office, "Việt Nam")]


# --- "Ban" before a Vietnamese word opens a board ------------------------------------------------

def test_a_member_of_a_board_is_no_person_named_after_it(officials):
    found = officials("Dự có bà Trần Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy.",
                      "Cùng dự có đồng chí Lê Văn Nam - Ủy viên Ban Thường vụ Thành ủy - Phó Chủ tịch UBND thành phố.")
    assert names(found) == ["Trần Thị Hoa", "Lê Văn Nam"]
    assert found[0][2] == "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy"


def test_ban_before_a_name_that_is_no_vietnamese_word_stays_a_name(officials):
    assert names(officials("Nguyên Tổng Thư ký Liên hợp quốc Ban Ki-moon thăm Hà Nội.")) == ["Ban Ki-moon"]


# --- a standing committee, a state body, a country after "nước" -----------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Cùng dự có đồng chí Lê Văn Nam - Ủy viên Ban Thường vụ Tỉnh ủy - Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.",
     "Lê Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy - Phó Chủ tịch UBND tỉnh"),
    ("Tiếp đoàn có bà Trần Thị Mai, Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Dân vận Thành ủy.",
     "Trần Thị Mai", "Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Dân vận Thành ủy"),
    ("Phó Tổng Thanh tra Nhà nước Lào Xổm-phôn Kẹo-vông dự.", "Xổm-phôn Kẹo-vông", "Phó Tổng Thanh tra Nhà nước"),
    ("Tổng Thanh tra Chính phủ Đoàn Văn Hải phát biểu.", "Đoàn Văn Hải", "Tổng Thanh tra Chính phủ"),
    ("Phát ngôn nhân Bộ Ngoại giao Mỹ Anna Kelly cho biết.", "Anna Kelly", "Phát ngôn nhân Bộ Ngoại giao"),
    ("Ông gặp chủ tịch Ủy Ban Nhân Dân Thành phố Hồ Chí Minh Trần Văn Lộc trước khi bay.", "Trần Văn Lộc",
     "chủ tịch Ủy Ban Nhân Dân Thành phố Hồ Chí Minh"),  # the listed city with its place word, in the title
])
def test_a_standing_committee_or_a_state_body_is_no_person(officials, sentence, name, title):
    """'Ban Thường vụ', 'Nhà nước', 'Ủy Ban Nhân Dân' are bodies, whatever their capitals: no 'Ban Thường' or
    'Nhân Dân' is anyone, and a place word that opens a body ('Tỉnh ủy') is no place."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Ủy viên Ban Thường vụ Tỉnh ủy dự hội nghị.",
    "Hội nghị Ban Thường vụ Tỉnh ủy họp chiều nay.",
    "Chủ tịch Ủy Ban Nhân Dân phát biểu.",
])
def test_a_standing_committee_without_a_name_is_no_official(officials, sentence):
    assert officials(sentence) == []


def test_a_place_word_alone_after_a_body_still_ends_it(officials):
    assert officials("Ông Lê Văn Hòa, Chủ tịch UBND tỉnh, cho biết.") == [
        ("Ông Lê Văn Hòa, Chủ tịch UBND tỉnh", "Lê Văn Hòa", "Chủ tịch UBND tỉnh", None)]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Nhận lời mời của Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào Xỏn-xay Xi-phăn-đon, đoàn sẽ sang thăm.",
     "Xỏn-xay Xi-phăn-đon", "Thủ tướng", "Cộng hòa Dân chủ Nhân dân Lào"),
    ("Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Phạm Minh Chính sẽ thăm.", "Phạm Minh Chính",
     "Thủ tướng Chính phủ", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
])
def test_a_country_after_the_word_for_a_state(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_the_word_for_a_state_without_a_country_after_it_is_no_name(officials):
    assert officials("Thủ tướng nước bạn Lào cảm ơn.") == []


# --- counterparts ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Ngoại trưởng Pháp Jean Dupont và đồng nhiệm Việt Nam Lê Văn Minh hội đàm.", "Lê Văn Minh", "Việt Nam"),
    ("Ông Dupont và người đồng nhiệm Lê Văn Minh đã rà soát.", "Lê Văn Minh", None),
    ("Ông gặp đồng cấp Nhật Bản Takeshi Iwaya.", "Takeshi Iwaya", "Nhật Bản"),
])
def test_a_counterpart_written_as_dong_nhiem_or_dong_cap(officials, sentence, name, country):
    assert (name, country) in [(n, c) for _, n, _, c in officials(sentence)]


@pytest.mark.parametrize("sentence", [
    "Các bộ trưởng đồng cấp đã nhất trí.",
    "Hai người đồng nhiệm cùng dự.",
])
def test_a_counterpart_without_a_name_is_no_official(officials, sentence):
    assert officials(sentence) == []


# --- a given name cut short ---------------------------------------------------------------------

def test_a_given_name_cut_to_two_letters_is_part_of_the_name(officials):
    found = officials("Phía Philippines có Bộ trưởng Ngoại giao Ma. Theresa Lazaro.", "Bà Lazaro cho biết.")
    assert [(t, n) for t, n, _, _ in found] == [
        ("Bộ trưởng Ngoại giao Ma. Theresa Lazaro", "Ma. Theresa Lazaro"), ("Bà Lazaro", "Ma. Theresa Lazaro")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ông gặp Thủ tướng Hà. Ông Hà nói thêm.", "Hà"),
    ("Ông gặp Chủ tịch Lý. Sau đó đoàn đi tiếp.", "Lý"),
])
def test_a_short_name_that_ends_a_sentence_stays_alone(officials, sentence, name):
    assert names(officials(sentence))[0] == name


def test_two_offices_naming_one_country_in_two_forms_are_one_person(officials):
    found = officials("Đồng chí Tô Lâm, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, "
                      "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, đã hội đàm.")
    assert [(n, c) for _, n, _, c in found] == [("Tô Lâm", "Việt Nam")]
    assert found[0][0].endswith("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam")


def test_two_offices_naming_two_countries_are_two_people(officials):
    assert [(n, c) for _, n, _, c in officials("Ngoại trưởng Pháp, Thủ tướng Đức Olaf Scholz dự.")] == [
        ("Olaf Scholz", "Đức")]


# --- provinces across the borders -------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Hội đàm với đồng chí Trần Văn Bình, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Khu tự trị "
     "dân tộc Choang Quảng Tây.", "Trần Văn Bình",
     "Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây"),
    ("Cùng dự có Chủ tịch Chính quyền Khu tự trị dân tộc Choang Quảng Tây Lam Minh.", "Lam Minh",
     "Chủ tịch Chính quyền Khu tự trị dân tộc Choang Quảng Tây"),
    ("Đoàn do đồng chí Bun-mi Xổm-vang, Phó Tỉnh trưởng tỉnh Xiêng Khoảng làm Trưởng đoàn.", "Bun-mi Xổm-vang",
     "Phó Tỉnh trưởng"),
    ("Bí thư Tỉnh ủy Vân Nam Vương Minh tiếp đoàn.", "Vương Minh", "Bí thư Tỉnh ủy Vân Nam"),
])
def test_a_province_across_the_border_is_no_person(officials, sentence, name, title):
    """'Choang Quảng Tây', 'Xiêng Khoảng', 'Vân Nam' are places of the office, as Vietnamese provinces are."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Phó Thủ tướng Nguyễn Hải Nam dự lễ.", "Nguyễn Hải Nam"),
    ("Chủ tịch Hội Nông dân Lê Vân Nam phát biểu.", "Lê Vân Nam"),
])
def test_a_province_across_the_border_inside_a_persons_name_stays_in_it(officials, sentence, name):
    assert names(officials(sentence)) == [name]


# --- the older tone placement -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "name", "title", "country"), [
    ("Dự có Thượng tướng Hoàng Văn Chiến - Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và khách mời.",
     "Thượng tướng Hoàng Văn Chiến - Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng", "Hoàng Văn Chiến",
     "Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng", None),
    ("Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình Bùi Văn Khánh dự.",
     "Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình Bùi Văn Khánh", "Bùi Văn Khánh",
     "Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình", None),
    ("Thủ tướng Thuỵ Điển Ulf Kristersson tới Hà Nội.",
     "Thủ tướng Thuỵ Điển Ulf Kristersson", "Ulf Kristersson", "Thủ tướng", "Thuỵ Điển"),
])
def test_lexicon_words_match_in_the_older_tone_placement(officials, sentence, text, name, title, country):
    """Sites write 'Uỷ', 'Hoà', 'Thuỵ' as well as 'Ủy', 'Hòa', 'Thụy': one word, one match."""
    assert officials(sentence) == [(text, name, title, country)]


def test_a_name_in_both_tone_placements_is_one_person(officials):
    found = officials("Phó Thủ tướng Trần Hồng Hoà dự lễ.", "Ông Hòa phát biểu.")
    assert [(t, n) for t, n, _, _ in found] == [("Phó Thủ tướng Trần Hồng Hoà", "Trần Hồng Hoà"),
                                                 ("Ông Hòa", "Trần Hồng Hoà")]


# --- a secretary of a council, the owner of a subject glossed ---------------------------------

def test_the_secretary_of_a_council_is_an_official(officials):
    found = officials("Đại tướng tiếp ngài Nikolai Petrov, Thư ký Hội đồng An ninh Quốc gia Liên bang Nga.",
                      "Ngài Petrov cảm ơn.")
    assert [(n, t, c) for _, n, t, c in found] == [
        ("Nikolai Petrov", "Thư ký Hội đồng An ninh Quốc gia", "Liên bang Nga"),
        ("Nikolai Petrov", "Thư ký Hội đồng An ninh Quốc gia", "Liên bang Nga")]


def test_a_secretary_without_a_name_is_no_official(officials):
    assert officials("Theo thư ký tòa soạn, số báo đã in.") == []


def test_the_owner_of_a_subject_may_be_glossed(officials):
    found = officials("Ông gặp Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Joseph "
                      "Borrell.")
    assert [(n, t) for _, n, t, _ in found] == [("Joseph Borrell", "Đại diện cấp cao")]


def test_a_bracket_after_the_owner_that_glosses_nothing_reads_no_name(officials):
    assert officials("Đặc phái viên về nhân quyền của Liên hợp quốc (trái) Nguyễn Văn An dự.") == []


# --- a bilateral body ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản Nguyễn Văn Hùng phát biểu.", "Nguyễn Văn Hùng",
     "Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản"),
    ("Phó Thủ tướng Chính phủ, Chủ tịch Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc Trần Văn Quang dự.",
     "Trần Văn Quang", "Phó Thủ tướng Chính phủ, Chủ tịch Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc"),
    ("Ông Trần Văn Tuấn, Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh, phát biểu.", "Trần Văn Tuấn",
     "Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh"),
])
def test_two_countries_after_a_body_name_the_body(officials, sentence, name, title):
    """'Việt Nam - Nhật Bản' after a body is the body's own name: the office has no country of its own."""
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, None)]


@pytest.mark.parametrize("sentence", [
    "Bộ trưởng Ngoại giao Việt Nam - Lào hội đàm.",
    "Chủ tịch Quốc hội Lào - Việt Nam hội đàm.",
])
def test_two_countries_without_a_name_after_them_name_nobody(officials, sentence):
    assert officials(sentence) == []


# --- an office after a relative clause --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "found"), [
    ("Ông Nguyễn Minh Vũ, người từng là Đại sứ tại Đức, hiện là Thứ trưởng Bộ Ngoại giao, cho biết.",
     [("Ông Nguyễn Minh Vũ", "Nguyễn Minh Vũ", "Thứ trưởng Bộ Ngoại giao", None)]),
    ("Kaja Kallas, người từng là Thủ tướng Estonia, hiện là Đại diện cấp cao của EU, phát biểu.",
     [("Kaja Kallas", "Kaja Kallas", "Đại diện cấp cao", None)]),
    ("Bà Lê Thị Thu Hằng, người giữ chức Thứ trưởng Ngoại giao từ năm 2023, nói.",
     [("Bà Lê Thị Thu Hằng", "Lê Thị Thu Hằng", "Thứ trưởng Ngoại giao", None)]),
    ("Ông Võ Văn Tâm, người từng là Thủ tướng Lào, nói.",
     [("Ông Võ Văn Tâm", "Võ Văn Tâm", "Thủ tướng", "Lào")]),
    ("Ông Lê Văn Bình, người đã gặp Thủ tướng Anh Keir Starmer hôm qua, hiện là Bộ trưởng Công Thương.",
     [("Ông Lê Văn Bình", "Lê Văn Bình", "Bộ trưởng Công Thương", None),
      ("Thủ tướng Anh Keir Starmer", "Keir Starmer", "Thủ tướng", "Anh")]),
    ("Ông Nguyễn Minh Vũ, hiện là Thứ trưởng Bộ Ngoại giao, cho biết.",
     [("Ông Nguyễn Minh Vũ, hiện là Thứ trưởng Bộ Ngoại giao", "Nguyễn Minh Vũ", "Thứ trưởng Bộ Ngoại giao", None)]),
])
def test_an_office_after_a_relative_clause(officials, sentence, found):
    """'X, người ..., hiện là <office>': the office after the clause's comma is X's, as is one the clause opens with."""
    assert officials(sentence) == found


@pytest.mark.parametrize("sentence", [
    "Ông Lê Văn Bình, người dân ở Huế, cho biết hai bên đã gặp nhau.",
    "Ông Lê Văn Bình, người đã gặp Thủ tướng Anh hôm qua, cho biết đoàn sẽ về nước.",
    "Ông Lê Văn Bình, người đã gặp Thủ tướng Anh, cho biết Bộ trưởng hiện là người phụ trách.",
    "Ông Lê Văn Bình, người từng là Thủ tướng Lào Sonexay Siphandone ca ngợi, nói.",
])
def test_a_relative_clause_gives_no_office_unless_its_grammar_says_whose(officials, sentence):
    assert [o for o in officials(sentence) if o[1] == "Lê Văn Bình"] == []


# --- set e's shapes: youth unions, deputy spokespeople, a state left unsaid, a river --------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Phó Phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng trả lời phóng viên.", "Phạm Thu Hằng",
     "Phó Phát ngôn Bộ Ngoại giao"),
    ("Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Hà Thị Kim Oanh đề nghị tăng cường hợp tác.",
     "Hà Thị Kim Oanh", "Phó Bí thư Thường trực Tỉnh ủy"),
    ("Đoàn do Chủ tịch Hạ viện tiểu bang Robert Alvarez dẫn đầu.", "Robert Alvarez", "Chủ tịch Hạ viện"),
    ("Ông Vongsa Keomany, Bí thư Tỉnh Đoàn Điện Biên, phát biểu.", "Vongsa Keomany", "Bí thư Tỉnh Đoàn Điện Biên"),
])
def test_offices_of_set_e(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Nhận lời mời của Tỉnh Đoàn Điện Biên, đoàn sang thăm.",
    "Bí thư Tỉnh Đoàn Oudomxay làm trưởng đoàn.",  # the province is no person
    "Hội nghị Bộ trưởng Ủy hội sông Mê Công quốc tế họp tại Viêng Chăn.",
    "Bí thư Huyện ủy Mường Nhé Trần Quang Lâm dự.",  # an unlisted place before a name with no middle name
    "Thống đốc bang Oaxaca nói.",
])
def test_bodies_and_places_of_set_e_name_nobody(officials, sentence):
    assert officials(sentence) == []


def test_a_listed_state_before_a_one_word_name_stays_a_state(officials):
    assert officials("Thống đốc bang California Newsom nói.") == [
        ("Thống đốc bang California Newsom", "Newsom", "Thống đốc", None)]



# --- shapes of real pages: a credit glued to a caption, a courtesy word before a title, embassy ranks -----

@pytest.mark.parametrize(("sentence", "found"), [
    ("Chủ tịch nước tiếp Đại sứ Peru Augusto Morelli TTXViệt Nam",
     [("Đại sứ Peru Augusto Morelli", "Augusto Morelli", "Đại sứ", "Peru")]),
    ("Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu.",
     [("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Sơn", "Nguyễn Văn Sơn",
       "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", None)]),
    ("Bà Tumur Oyun, Bí thư thứ ba Đại sứ quán Mông Cổ, cho biết.",
     [("Bà Tumur Oyun, Bí thư thứ ba", "Tumur Oyun", "Bí thư thứ ba", None)]),
    ("Ông Phó Đức Minh, Bộ trưởng Tài chính, nói.",  # "Phó" is also a surname
     [("Ông Phó Đức Minh, Bộ trưởng Tài chính", "Phó Đức Minh", "Bộ trưởng Tài chính", None)]),
])
def test_shapes_of_real_pages(officials, sentence, found):
    assert officials(sentence) == found


@pytest.mark.parametrize(("word", "name_like"), [
    ("TTXViệt", False), ("VNExpress", False), ("DiCaprio", True), ("McCain", True), ("Đà", True), ("USA", False),
])
def test_an_acronym_glued_to_a_word_is_no_name(word, name_like):
    assert tokenize(word)[0].name_like is name_like


def test_an_unlisted_posting_before_a_vietnamese_name(officials):
    """The middle name 'Thị' marks where the name begins, so the words before its surname are the posting."""
    assert officials("Cùng dự có Tổng Lãnh sự Việt Nam tại Côn Minh Ngô Thị Thanh Hà.") == [
        ("Tổng Lãnh sự Việt Nam tại Côn Minh Ngô Thị Thanh Hà", "Ngô Thị Thanh Hà", "Tổng Lãnh sự", "Việt Nam")]


@pytest.mark.parametrize("sentence", [
    "Tổng Lãnh sự tại Vân Nam Văn Hùng dự.",  # a listed place ends before "Văn": no telling the name's start
    "Tổng Lãnh sự Việt Nam tại Côn Minh cho biết.",
])
def test_a_posting_without_a_middle_name_after_it_names_nobody(officials, sentence):
    assert officials(sentence) == []


def test_a_standing_committee_member_by_the_short_name_of_the_office(officials):
    assert [(n, t) for _, n, t, _ in officials(
        "đồng chí Phùng Quang Hùng - Thường vụ Tỉnh ủy - Phó chủ tịch thường trực UBND tỉnh phát biểu.")] == [
        ("Phùng Quang Hùng", "Thường vụ Tỉnh ủy - Phó chủ tịch thường trực UBND tỉnh")]


@pytest.mark.parametrize("sentence", [
    "Ban Thường vụ Tỉnh ủy Quảng Nam đã họp.",
    "Ban Thường vụ Tỉnh ủy đã họp phiên thường kỳ.",
])
def test_the_standing_committee_itself_names_nobody(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Tổng thống Cộng hòa Ghana Kwame Mensah gửi điện mừng.", "Kwame Mensah", "Cộng hòa Ghana"),
    ("Thủ tướng nước Cộng hòa Nhân dân Bangladesh Anwar Hossain dự lễ.", "Anwar Hossain",
     "Cộng hòa Nhân dân Bangladesh"),
    ("Đại sứ Vương quốc Ma-rốc Jamale Chouaibi chào từ biệt.", "Jamale Chouaibi", "Vương quốc Ma-rốc"),
    ("Tổng thống Cộng hòa Hồi giáo Pakistan Asif Ali Zardari phát biểu.", "Asif Ali Zardari",
     "Cộng hòa Hồi giáo Pakistan"),
    ("Đại sứ Nhà nước Qatar Ali Al-Mansouri dự.", "Ali Al-Mansouri", "Nhà nước Qatar"),  # a listed style
])
def test_a_state_style_before_a_listed_country_is_the_country(officials, sentence, name, country):
    """No list holds every country in every style: a style before any listed country makes one country."""
    assert [(n, c) for _, n, _, c in officials(sentence)] == [(name, country)]


@pytest.mark.parametrize("sentence", [
    "Đảng Cộng hòa Mỹ chỉ trích chính sách.",  # the party, with no title before it
    "Phó Tổng Thanh tra Nhà nước Lào dự.",  # "Nhà nước" after an office is the State's, no style
    "Tổng thống Cộng hòa Ghana cho biết.",
])
def test_a_state_style_names_nobody(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("Chủ tịch nước đón Tổng thống Kenya William Ruto Toàn cảnh lễ đón tại Phủ Chủ tịch.", "William Ruto"),
    ("Thủ tướng Canada Mark Carney Đoàn xe tiến vào sân.", "Mark Carney"),
])
def test_a_foreign_name_ends_before_a_vietnamese_word_run_on_after_it(officials, sentence, name):
    """A caption glued to the next line: a marked Vietnamese syllable then a lower-case one opens a word."""
    assert [n for _, n, _, _ in officials(sentence)][-1] == name


@pytest.mark.parametrize(("sentence", "name"), [
    ("Bộ trưởng Ngoại giao Trần Văn Toàn cảm ơn.", "Trần Văn Toàn"),  # a Vietnamese name goes on
    ("Chủ tịch Trung Quốc Tập Cận Bình phát biểu.", "Tập Cận Bình"),
])
def test_a_name_goes_on_unless_a_marked_vietnamese_word_opens_after_a_foreign_one(officials, sentence, name):
    assert [n for _, n, _, _ in officials(sentence)] == [name]


@pytest.mark.parametrize(("sentence", "text", "name", "title"), [
    ("Lãnh đạo tỉnh tiếp NgàiKa-zu Tanaka - Đại sứ Nhật Bản tại Việt Nam.",
     "NgàiKa-zu Tanaka - Đại sứ Nhật Bản tại Việt Nam", "Ka-zu Tanaka", "Đại sứ"),
    ("Buổi tiếp có ÔngPedro Alonso, Đại sứ Tây Ban Nha.", "ÔngPedro Alonso, Đại sứ Tây Ban Nha", "Pedro Alonso",
     "Đại sứ"),
    ("Chiều 4-5, đồng chí Lê Hoàng Nam-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tiếp đoàn.",
     "đồng chí Lê Hoàng Nam-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Lê Hoàng Nam",
     "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
    ("Tỉnh tiếp ông Kim Sung-ho-Đại sứ Hàn Quốc tại Việt Nam.", "ông Kim Sung-ho-Đại sứ Hàn Quốc tại Việt Nam",
     "Kim Sung-ho", "Đại sứ"),
])
def test_words_a_scraper_glued_to_a_name_are_split_again(officials, sentence, text, name, title):
    """A courtesy word glued to a name's capital, and a dash with no spaces before an office's word."""
    assert [(t, n, ti) for t, n, ti, _ in officials(sentence)] == [(text, name, title)]


@pytest.mark.parametrize(("word", "pieces"), [
    ("NgàiMit-suo", ["Ngài", "Mit-suo"]),
    ("Thành-Phó", ["Thành", "-", "Phó"]),
    ("Al-Saud", ["Al-Saud"]),  # a capital after a name's own hyphen
    ("Kosiniak-Kamysz", ["Kosiniak-Kamysz"]),
    ("McCain", ["McCain"]),  # a capital inside a name
    ("BàRịa", ["Bà", "Rịa"]),
    ("Bosnia-Herzegovina", ["Bosnia-Herzegovina"]),
])
def test_only_a_courtesy_word_or_a_dash_before_an_office_is_cut_from_a_word(lexicon, word, pieces):
    grammar = official_grammar(lexicon)
    assert [t.text for t in unglued(tokenize(word), grammar.courtesies, grammar.title_starts)] == pieces


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Trợ lý Tổng thống Nga Pavel Orlov cho biết.", "Pavel Orlov", "Trợ lý Tổng thống", "Nga"),
    ("Thư ký báo chí Tổng thống Nga Pavel Orlov nói.", "Pavel Orlov", "Thư ký báo chí Tổng thống", "Nga"),
    ("Cố vấn an ninh Tổng thống Hàn Quốc Park Sung-min cho hay.", "Park Sung-min", "Cố vấn an ninh Tổng thống",
     "Hàn Quốc"),
    ("Chánh Văn phòng Tổng thống Ukraine Oleh Bondar phát biểu.", "Oleh Bondar", "Chánh Văn phòng Tổng thống",
     "Ukraine"),
    ("Người phát ngôn của Thủ tướng Anh Tom Wells nói.", "Tom Wells", "Người phát ngôn của Thủ tướng", "Anh"),
])
def test_an_aide_of_an_office_is_the_aide_not_the_principal(officials, sentence, name, title, country):
    """'Trợ lý Tổng thống Nga X' is the president's aide: X is no president."""
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Người phát ngôn Tổng thống Putin cho biết.", [("Putin", "Tổng thống")]),  # no country: the principal
    ("Trợ lý Tổng thống Nga Vladimir Putin, ông Pavel Orlov, cho biết.", [("Vladimir Putin", "Tổng thống")]),
    ("Anh là trợ lý Tổng thống Nga Pavel Orlov.", [("Pavel Orlov", "trợ lý Tổng thống")]),
    ("Đặc phái viên Mỹ về Trung Đông Steve Witkoff tới.", [("Steve Witkoff", "Đặc phái viên")]),
])
def test_the_name_after_an_aide_is_the_principals_when_nothing_else_says_so(officials, sentence, found):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == found


@pytest.mark.parametrize(("sentence", "text", "name"), [
    ("Thủ tướng Malaysia Datuk Seri Azlan Hamid phát biểu.", "Thủ tướng Malaysia Datuk Seri Azlan Hamid",
     "Azlan Hamid"),
    ("Thủ tướng Malaysia Dato' Seri Azlan Hamid phát biểu.", "Thủ tướng Malaysia Dato' Seri Azlan Hamid",
     "Azlan Hamid"),
    ("Chủ tịch Thượng viện Campuchia Samdech Chea Vuthy tiếp đoàn.",
     "Chủ tịch Thượng viện Campuchia Samdech Chea Vuthy", "Chea Vuthy"),
])
def test_a_foreign_style_before_a_name_is_no_part_of_it(officials, sentence, text, name):
    assert [(t, n) for t, n, _, _ in officials(sentence)] == [(text, name)]


def test_a_name_after_a_style_is_the_person_of_later_mentions(officials):
    assert [(t, n) for t, n, _, _ in officials("Thủ tướng Malaysia Datuk Seri Azlan Hamid phát biểu.",
                                               "Thủ tướng Azlan cảm ơn.")] == [
        ("Thủ tướng Malaysia Datuk Seri Azlan Hamid", "Azlan Hamid"), ("Thủ tướng Azlan", "Azlan Hamid")]


def test_a_style_alone_is_no_name(officials):
    assert officials("Thủ tướng Malaysia Datuk cho biết.") == []


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    # overseas papers' names for countries and bodies
    ("Ông Tập hội đàm với Tổng thống Nam Hàn Park Min-woo.", "Park Min-woo", "Tổng thống", "Nam Hàn"),
    ("Theo phát ngôn viên Tòa Bạch Ốc Laura Finch, hai bên đã ký.", "Laura Finch", "phát ngôn viên Tòa Bạch Ốc",
     None),
    # a new office's holder, the permanent representative, the supreme leader
    ("Ngoại trưởng mới Kenji Sato sẽ điện đàm.", "Kenji Sato", "Ngoại trưởng mới", None),
    ("Đại diện thường trực của Nga tại Liên hợp quốc Ivan Sorokin cho biết.", "Ivan Sorokin",
     "Đại diện thường trực", "Nga"),
    ("Lãnh tụ tối cao Reza Karimi cảnh báo.", "Reza Karimi", "Lãnh tụ tối cao", None),
    # a subject that is a listed place needs no owner
    ("Phía Mỹ do Đặc phái viên về Trung Đông Mark Bell dẫn đầu.", "Mark Bell", "Đặc phái viên", None),
])
def test_offices_of_set_h(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize("sentence", [
    "Lần đầu tiên lãnh đạo Trung Cộng đặt chân tới Nam Hàn.",  # a country, no person
    "Thủ tướng mới có chuyến thăm Nhật Bản.",
    "Chủ tịch nước về Hà Nội dự lễ.",
    "Thủ tướng về thăm quê Nguyễn Văn A.",  # "về" with lower-case words: a verb, so no topic
])
def test_offices_of_set_h_name_nobody_else(officials, sentence):
    assert officials(sentence) == []


# --- lists of comrades, party offices, local places ------------------------------------------

def test_each_item_of_a_list_of_comrades_is_a_name_and_its_office(officials):
    """'các đồng chí: A, <office>; B, <office> chủ trì': the last office runs into the sentence, yet it is B's."""
    found = officials("Chủ trì có các đồng chí: Đinh Văn Tâm, Bí thư Tỉnh ủy; Lã Thị Hồng Nhung, Phó Bí thư "
                      "Tỉnh ủy, Chủ tịch UBND tỉnh; Vi Quốc Khánh, Phó Chủ tịch UBND tỉnh cùng các đồng chí khác.")
    assert [(name, title) for _, name, title, _ in found] == [
        ("Đinh Văn Tâm", "Bí thư Tỉnh ủy"), ("Lã Thị Hồng Nhung", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
        ("Vi Quốc Khánh", "Phó Chủ tịch UBND tỉnh")]


def test_a_place_then_an_office_running_into_its_sentence_is_no_official(officials):
    assert officials("Tại Buenos Aires, Ngoại trưởng Argentina cho biết hai bên đã ký kết.") == []
    assert officials("Về Buenos Aires, Ngoại trưởng Argentina cùng đoàn tới thăm.") == []


def test_an_office_with_its_suffixes_and_a_delegation(officials):
    assert officials("Dự có bà Hà Thị Minh, Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh, phát biểu.") == [
        ("bà Hà Thị Minh, Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh", "Hà Thị Minh",
         "Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh", None)]
    assert officials("Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Trần Văn Bảo phát biểu.") == [
        ("Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Trần Văn Bảo", "Trần Văn Bảo",
         "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh", None)]
    assert names(officials("Ông Hứa Văn Đông, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, dự lễ.")) == [
        "Hứa Văn Đông"]


@pytest.mark.parametrize("sentence", [
    "Bí thư Huyện ủy Mường Tè phát biểu tại hội nghị.",
    "Chủ tịch UBND huyện Mường Tè cho biết kế hoạch.",
    "Bí thư Quận ủy Tây Hồ chủ trì buổi làm việc.",
])
def test_a_local_place_inside_an_office_is_no_person(officials, sentence):
    """Districts are in no list; two Vietnamese words after "Huyện ủy", "huyện" are the place."""
    assert officials(sentence) == []


def test_a_local_office_still_names_its_holder(officials):
    assert officials("Bí thư Huyện ủy Lò Văn Phấn phát biểu.") == [
        ("Bí thư Huyện ủy Lò Văn Phấn", "Lò Văn Phấn", "Bí thư Huyện ủy", None)]
    assert officials("Ông Giàng A Dình, Bí thư Huyện ủy Mường Tè, cho biết.") == [
        ("Ông Giàng A Dình, Bí thư Huyện ủy Mường Tè", "Giàng A Dình", "Bí thư Huyện ủy Mường Tè", None)]
    assert names(officials("Chủ tịch UBND thành phố Trần Văn Khôi nói.")) == ["Trần Văn Khôi"]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Ông Trần Văn Toại được bầu làm Chủ tịch UBND tỉnh.", "Trần Văn Toại", "Chủ tịch UBND tỉnh"),
    ("Bà Lê Thị Mai được bầu giữ chức Phó Bí thư Tỉnh ủy.", "Lê Thị Mai", "Phó Bí thư Tỉnh ủy"),
    ("Ông Phạm Quốc Hưng được bổ nhiệm Đại sứ tại Pháp.", "Phạm Quốc Hưng", "Đại sứ"),
    ("Ông Mark Dalton tái đắc cử Thống đốc bang Ohio.", "Mark Dalton", "Thống đốc"),
])
def test_an_office_one_is_elected_or_appointed_to(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_an_office_one_runs_for_is_none(officials):
    assert officials("Ông Mark Dalton tranh cử Thống đốc bang Ohio.") == []
    assert officials("Ông Trần Văn Toại được bầu vào Ban Chấp hành.") == []


# --- an office cut to its initials ------------------------------------------------------------

def test_an_office_cut_to_its_initials_names_someone_named_in_full(officials):
    found = officials("Tổng Thống Donald Trump tới Tokyo.", "TT Trump nói hai nước là đồng minh.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("Tổng Thống Donald Trump", "Donald Trump"), ("TT Trump", "Donald Trump")]


def test_initials_alone_make_no_official(officials):
    assert officials("TT Biden gặp các nhà báo.") == []
    assert officials("Ông Tt Trump", "Tổng thống Donald Trump nói.") == [
        ("Tổng thống Donald Trump", "Donald Trump", "Tổng thống", None)]


def test_a_deputys_initials_before_a_full_name_make_an_official(officials):
    """'Phó TT' for Phó Tổng thống, as overseas pages write it: a full name after it is an official."""
    assert [(n, t) for _, n, t, _ in officials("Năm 1961, Phó TT Henry Walton thăm Sài Gòn.")] == [
        ("Henry Walton", "Phó TT")]


def test_a_deputys_initials_in_lower_case_or_alone_make_no_official(officials):
    assert officials("Ông được bầu làm phó tt Henry Walton của câu lạc bộ.") == []
    assert officials("Phó TT Walton gặp các nhà báo.") == []


def test_a_states_head_in_its_own_style_is_an_official(officials):
    assert [(n, t) for _, n, t, _ in officials("Năm 1950, Quốc trưởng Khải Minh tiếp đoàn tại Đà Lạt.")] == [
        ("Khải Minh", "Quốc trưởng")]


# --- more offices of provincial and overseas pages ------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Dự có Đại tá Lý Văn Hòa - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "Lý Văn Hòa",
     "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    ("Dự có các đồng chí: Lê Văn Tám, TVTU, Phó Chủ tịch Thường trực UBND tỉnh; lãnh đạo các sở.", "Lê Văn Tám",
     "TVTU, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("Trong khi đó, Dân biểu Karen Whitfield của đảng Dân chủ kêu gọi đối thoại.", "Karen Whitfield", "Dân biểu"),
    ("Vài tuần sau, ông Đào Minh Khải được Quốc hội bầu làm Chủ tịch nước.", "Đào Minh Khải", "Chủ tịch nước"),
    ("Phát ngôn viên Tuần duyên Philippines về Biển Tây Philippines, Chuẩn đề đốc Ramon Castillo, nói.",
     "Ramon Castillo", "Phát ngôn viên Tuần duyên"),
])
def test_offices_of_provincial_and_overseas_pages(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_initials_before_a_full_name_are_its_office(officials):
    assert officials("Cố TBT Lương Văn Đạt, khi còn sống, nhiều lần nhắc tới.", "Ông Đạt từng điện đàm.") == [
        ("TBT Lương Văn Đạt", "Lương Văn Đạt", "TBT", None), ("Ông Đạt", "Lương Văn Đạt", "TBT", None)]


def test_leaders_of_a_one_word_body_are_no_person(officials):
    """'các lãnh đạo Keppel': a plural title and one word after it is the body they lead."""
    assert officials("Thủ tướng mời ông Loh và các lãnh đạo Keppel tham dự diễn đàn.") == []
    assert names(officials("Các Ngoại trưởng Lavrov và Vương Nghị gặp nhau.")) == ["Lavrov", "Vương Nghị"]


# --- places, bodies and office words of set j's pages (issue 11) -----------------------------

@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Tại Ouagadougou, Ngoại trưởng Burkina Faso Ibrahim Sawadogo tiếp đoàn.", "Ibrahim Sawadogo", "Ngoại trưởng",
     "Burkina Faso"),
    ("Tổng thống chuyển tiếp Guinea Moussa Camara phát biểu.", "Moussa Camara", "Tổng thống chuyển tiếp", "Guinea"),
    ("Chủ tịch Duma Quốc gia Nga Pavel Ivanov đón đoàn.", "Pavel Ivanov", "Chủ tịch Duma Quốc gia", "Nga"),
    ("Thứ trưởng Ngoại giao cấp cao Nhật Bản Kenji Mori dự họp.", "Kenji Mori", "Thứ trưởng Ngoại giao cấp cao",
     "Nhật Bản"),
    ("Dự có Lãnh sự Ấn Độ tại TPHCM Vikram Rao.", "Vikram Rao", "Lãnh sự", "Ấn Độ"),
    ("Về phía Canada, ông Mark Hill, Tham tán Giáo dục, cho biết thêm.", "Mark Hill", "Tham tán Giáo dục", None),
    ("Dự có đồng chí Lê Minh Hải, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.", "Lê Minh Hải",
     "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", None),
    ("Người ta vẫn nhớ Thủ tướng đầu tiên của Ấn Độ Ravi Kapoor.", "Ravi Kapoor", "Thủ tướng đầu tiên", "Ấn Độ"),
])
def test_offices_of_set_j(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_a_body_alone_after_a_title_is_nobody(officials):
    """'Chủ tịch Duma', 'Ngoại trưởng Nhóm G7': the title's body, with no name after it."""
    assert officials("Chủ tịch Duma cảm ơn đoàn.", "Hội nghị Ngoại trưởng Nhóm G7 sẽ họp.") == []


def test_a_field_ends_before_a_place(officials):
    """'Bộ trưởng Công nghiệp bang Kerala': the state is no part of the field, nor a person."""
    assert officials("Đoàn do ông Suresh Menon, Bộ trưởng Công nghiệp bang Kerala dẫn đầu, tới thăm.") == [
        ("ông Suresh Menon, Bộ trưởng Công nghiệp bang Kerala", "Suresh Menon", "Bộ trưởng Công nghiệp", None)]


def test_a_short_mention_takes_the_full_name(officials):
    """'Tướng Sidibé', 'ông Petrov': the person the article names in full, with that person's office."""
    assert names(officials("Tổng thống chuyển tiếp Mali Oumar Sidibé tiếp đoàn.", "Tướng Sidibé cảm ơn.")) == [
        "Oumar Sidibé", "Oumar Sidibé"]


def test_a_country_and_the_next_office_end_a_body(officials):
    """'Bộ trưởng Bộ Quốc phòng Lào và Phó Thủ tướng ... X': 'và' opens the next person's office."""
    assert names(officials("Có Phó Thủ tướng, Bộ trưởng Bộ An ninh Lào và Phó Thủ tướng, Bộ trưởng Bộ Nội vụ "
                           "Campuchia Chea Dara.")) == ["Chea Dara"]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Tỉnh trưởng Ratanakiri Nhem Sovann tiếp đoàn.", "Nhem Sovann", "Tỉnh trưởng", None),
    ("Phó Tỉnh trưởng Vân Nam Lưu Kiến Quốc dự lễ.", "Lưu Kiến Quốc", "Phó Tỉnh trưởng", None),
    ("Tỉnh trưởng Sok Chanda tiếp đoàn.", "Sok Chanda", "Tỉnh trưởng", None),
    ("Bí thư, Tỉnh trưởng Khăm-phăn Phôm-ma-thát tiếp đoàn.", "Khăm-phăn Phôm-ma-thát", "Bí thư, Tỉnh trưởng", None),
    ("Thủ tướng Campuchia, Chan Sophal, nhấn mạnh điều đó.", "Chan Sophal", "Thủ tướng", "Campuchia"),
])
def test_a_place_a_title_says_and_a_name_in_commas(officials, sentence, name, title, country):
    """'Tỉnh trưởng' is a province's head, so its province may follow it unheaded, when a full name is left for
    its holder (a Lao name's two hyphenated words are the name); an apposition between commas
    after an office that says its country is the holder's name."""
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_a_comma_that_closes_a_clause_names_no_holder(officials):
    assert officials("Về chuyến thăm của Thủ tướng Nhật Bản, Lê Văn An cho biết sẽ thông tin sau.") == []
    assert officials("Ngoại trưởng Mỹ, Nga, Pháp và Trung Quốc đã họp.") == []


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Tổng Giám đốc Đài Phát thanh quốc tế Trung Quốc Lý Minh Hoa tiếp đoàn.", "Lý Minh Hoa",
     "Tổng Giám đốc Đài Phát thanh quốc tế", "Trung Quốc"),
    ("Tổng Giám đốc Đài Phát thanh và Truyền hình Hà Nội Trần Văn Bình phát biểu.", "Trần Văn Bình",
     "Tổng Giám đốc Đài Phát thanh và Truyền hình Hà Nội", None),
])
def test_a_broadcaster_is_a_body_read_whole(officials, sentence, name, title, country):
    """'Đài Phát thanh ...' opens a body, so its words ('Đài Phát') are never taken for the holder's name."""
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize("sentence", [
    "Tổng Giám đốc Đài Truyền hình cho biết sẽ phát sóng trực tiếp.",
    "Lãnh đạo Đài Tiếng nói gửi thư chúc mừng.",
])
def test_a_broadcaster_with_no_name_after_it_names_nobody(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "text", "name", "title"), [
    ("Dự có Trưởng Ban Chỉ đạo Tây Nguyên Lê Văn Hải.", "Trưởng Ban Chỉ đạo Tây Nguyên Lê Văn Hải", "Lê Văn Hải",
     "Trưởng Ban Chỉ đạo Tây Nguyên"),
    ("Dự có ông Lê Văn Hải, Bộ trưởng Bộ Nội vụ - Trưởng Ban Chỉ đạo Tây Bắc, cùng nhiều đại biểu.",
     "ông Lê Văn Hải, Bộ trưởng Bộ Nội vụ - Trưởng Ban Chỉ đạo Tây Bắc", "Lê Văn Hải",
     "Bộ trưởng Bộ Nội vụ - Trưởng Ban Chỉ đạo Tây Bắc"),
])
def test_a_region_a_board_is_for_is_no_name(officials, sentence, text, name, title):
    """'Trưởng Ban Chỉ đạo Tây Nguyên': the region ends the office where a full name or the phrase's end follows."""
    assert [(t, n, ti) for t, n, ti, _ in officials(sentence)] == [(text, name, title)]


def test_a_region_that_leaves_one_word_stays_a_name(officials):
    """'Bộ trưởng Quốc phòng Hòa Bình phát biểu': no full name is left after it, so 'Hòa Bình' may be the holder."""
    assert names(officials("Bộ trưởng Quốc phòng Hòa Bình phát biểu.")) == ["Hòa Bình"]


def test_a_courtesy_before_a_title_opens_the_mention(officials):
    """'ông Thủ tướng Phúc': the courtesy belongs to the mention the title opens, resolved to the full name."""
    found = officials("Thủ tướng Việt Nam Nguyễn Xuân Phúc tới Mỹ.", "Lịch làm việc cho thấy ông Thủ tướng Phúc bận.")
    assert [(t, n) for t, n, _, _ in found] == [("Thủ tướng Việt Nam Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc"),
                                               ("ông Thủ tướng Phúc", "Nguyễn Xuân Phúc")]


def test_a_courtesy_before_a_bare_title_is_no_mention(officials):
    assert officials("Theo ông Thủ tướng, hai bên nhất trí.") == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Tiếp đoàn có Phó Giám đốc Sở Ngoại vụ TPHCM Trần Minh Hải.", "Trần Minh Hải", "Phó Giám đốc Sở Ngoại vụ TPHCM"),
    ("Giám đốc Sở Kế hoạch và Đầu tư Lê Thị Lan dự lễ.", "Lê Thị Lan", "Giám đốc Sở Kế hoạch và Đầu tư"),
])
def test_a_department_head_of_a_province(officials, sentence, name, title):
    """'Giám đốc Sở' heads a province's department, whose field is read from its shape as a ministry's is."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Giám đốc Công ty An Phát Trần Minh Hải phát biểu.",
    "Giám đốc Sở Ngoại vụ cho biết sẽ tổ chức đón đoàn.",
])
def test_a_company_director_or_an_unnamed_department_head_is_no_official(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Bí thư thứ nhất Trung ương Đoàn Lê Minh Khang tiếp đoàn.", "Lê Minh Khang", "Bí thư thứ nhất Trung ương Đoàn"),
    ("Dự có Bí thư thứ hai T.Ư Đoàn Hoàng Thu Trang.", "Hoàng Thu Trang", "Bí thư thứ hai T.Ư Đoàn"),
    ("Dự có Ủy viên BCH T.Ư Đoàn Phạm Văn Tâm.", "Phạm Văn Tâm", "Ủy viên BCH T.Ư Đoàn"),
    ("Phía bạn có Bí thư thứ nhất T.Ư Đoàn TNCS Cuba Rosa Perez Leon.", "Rosa Perez Leon",
     "Bí thư thứ nhất T.Ư Đoàn TNCS"),
    ("Ủy viên Trung ương Đảng Trần Văn Lộc dự lễ.", "Trần Văn Lộc", "Ủy viên Trung ương Đảng"),
])
def test_a_body_whose_head_runs_past_a_listed_body_is_read_whole(officials, sentence, name, title):
    """'Trung ương Đoàn' (and 'T.Ư', 'Trung ương' cut short) is the youth union: 'Đoàn' is also a surname, so the
    body read as 'Trung ương' alone made a person 'Đoàn Lê Minh Khang'."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Món quà tặng cán bộ lãnh đạo T.Ư Đoàn Cuba đều được thêu tên.",
    "Cùng dự có sáu trưởng ban của T.Ư Đoàn.",
    "Bí thư thứ nhất Trung ương Đoàn phát biểu khai mạc.",
])
def test_a_youth_union_with_no_name_after_it_names_nobody(officials, sentence):
    assert officials(sentence) == []


def test_an_alternate_member_keeps_the_offices_after_it(officials):
    """'Ủy viên dự khuyết' is one office, so the offices joined after it are read with it, and the last body ends
    before the verb of its holder ('điều hành')."""
    found = officials("Đồng chí Lâm Văn Đức, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy điều hành phiên họp.")
    assert found == [("Đồng chí Lâm Văn Đức, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy", "Lâm Văn Đức",
                      "Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy", None)]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Chủ tịch Hội Sinh viên Cuba Rosa Perez phát biểu.", "Rosa Perez", "Chủ tịch Hội Sinh viên"),
    ("Chủ tịch Hội Liên hiệp Thanh niên Việt Nam Lê Minh Khang phát biểu.", "Lê Minh Khang",
     "Chủ tịch Hội Liên hiệp Thanh niên"),
    ("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Phạm Văn Tâm dự.", "Phạm Văn Tâm",
     "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
    ("Bí thư thứ nhất Đoàn TNCS Cuba Rosa Perez Leon dự.", "Rosa Perez Leon", "Bí thư thứ nhất Đoàn TNCS"),
    ("Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Minh Khang dự.", "Lê Minh Khang",
     "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
])
def test_a_youth_union_or_an_association_is_a_body_before_its_vietnamese_word(officials, sentence, name, title):
    """'Hội' and 'Đoàn' open a body before a Vietnamese word, as 'Ban' does: 'Chủ tịch Hội Sinh viên ...' made a
    person 'Hội Sinh', 'Bí thư Đoàn Thanh niên ...' one 'Đoàn Thanh'; a head's last word may open a listed body
    ('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'), read whole, or the city's name went on the person's."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Thứ trưởng Đoàn Thanh Hải phát biểu.", "Đoàn Thanh Hải"),  # "Đoàn" the surname, before a name's words
    ("Tổng Thanh tra Đoàn Văn Hải dự.", "Đoàn Văn Hải"),
    ("Tổng Thư ký Ban Ki-moon tới.", "Ban Ki-moon"),
])
def test_a_surname_that_opens_a_body_stays_a_name(officials, sentence, name):
    assert [n for _, n, _, _ in officials(sentence)] == [name]


@pytest.mark.parametrize(("sentence", "text", "title"), [
    ("Chủ tịch Tỉnh Nguyễn Văn An dự lễ.", "Chủ tịch Tỉnh Nguyễn Văn An", "Chủ tịch Tỉnh"),
    ("Phó Chủ tịch Thường trực Huyện Lê Thị Hoa dự.", "Phó Chủ tịch Thường trực Huyện Lê Thị Hoa",
     "Phó Chủ tịch Thường trực Huyện"),
])
def test_the_papers_own_place_word_before_a_vietnamese_name_is_the_offices(officials, sentence, text, title):
    """'Tỉnh' alone, capitalised out of respect, before a Vietnamese name: the paper's own province, unsaid, and
    the word no part of the name ('Tỉnh Nguyễn Văn An' was one)."""
    assert [(t, n, ti) for t, n, ti, _ in officials(sentence)] == [(text, text.split(title + " ")[1], title)]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Chủ tịch Tỉnh Phạm Anh Tuấn dự lễ.", ["Phạm Anh Tuấn"]),
    ("Chủ tịch tỉnh Nguyễn Văn An dự lễ.", []),  # in lower case, never read into the name
    ("Đại sứ Bang Moon Kyu tới.", ["Bang Moon Kyu"]),  # a foreign name keeps its surname
])
def test_a_place_word_before_a_name_it_cannot_be_told_from_is_left(officials, sentence, found):
    assert [n for _, n, _, _ in officials(sentence)] == found


# --- an office of a company the story leaves unnamed (set t) ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Thủ tướng tiếp ông Kim Do-hyun, Tổng Giám đốc một tập đoàn điện tử Hàn Quốc có hai nhà máy tại Bắc Ninh.",
    "Dự có bà Maria Lopez, Giám đốc một công ty logistics của Chile.",
    "Ông Lee Sang-min, Chủ tịch tập đoàn thép lớn nhất nước này, cho biết sẽ mở rộng đầu tư.",
])
def test_an_office_of_a_company_is_no_public_office(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Thủ tướng tiếp ông Kim Do-hyun, Đại sứ Hàn Quốc tại một số nước Trung Á.", "Kim Do-hyun", "Đại sứ"),
    ("Dự có bà Maria Lopez, Bộ trưởng Thương mại Chile, và một doanh nghiệp lớn.", "Maria Lopez",
     "Bộ trưởng Thương mại"),
    # a state's news agency is no business: its head holds a public office
    ("Đoàn có ông Nguyễn Văn Hùng, Tổng Giám đốc hãng thông tấn quốc gia Lào.", "Nguyễn Văn Hùng", "Tổng Giám đốc"),
])
def test_a_public_office_before_other_words_stays(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]
