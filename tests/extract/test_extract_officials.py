"""Officials: each anchor of the grammar, resolution within the article, and what is not an official."""

from __future__ import annotations

import pytest

from reader.config import load_config
from reader.extract.officials import official_grammar
from reader.lexicon import Lexicon

# --- title (+ organisation) (+ country) + name ---------------------------------------------

def test_title_country_name(officials):
    assert officials("Tại Tokyo, Ngoại trưởng Nhật Bản Takeshi Iwaya nhất trí hợp tác.") == [
        ("Ngoại trưởng Nhật Bản Takeshi Iwaya", "Takeshi Iwaya", "Ngoại trưởng", "Nhật Bản")]


def test_compound_title_and_sino_vietnamese_name(officials):
    assert officials("Ngày 26/7, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị gặp đồng cấp.") == [
        ("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị", "Vương Nghị", "Bộ trưởng Ngoại giao", "Trung Quốc")]


def test_title_with_organisation(officials):
    assert officials("Theo Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller, ba nước đã thảo luận.") == [
        ("Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller", "Matthew Miller", "Người phát ngôn Bộ Ngoại giao",
         "Mỹ")]


def test_title_with_acronym_body(officials):
    assert officials("Tổng Thư ký NATO Mark Rutte phát biểu.") == [
        ("Tổng Thư ký NATO Mark Rutte", "Mark Rutte", "Tổng Thư ký NATO", None)]


def test_minister_with_portfolio(officials):
    assert officials("Bộ trưởng Tài chính Mỹ Janet Yellen tới Bắc Kinh.") == [
        ("Bộ trưởng Tài chính Mỹ Janet Yellen", "Janet Yellen", "Bộ trưởng Tài chính", "Mỹ")]


@pytest.mark.parametrize(("sentence", "text", "name", "title", "country"), [
    ("Bộ trưởng Năng lượng tái tạo Na Uy Terje Aasland phát biểu.", "Bộ trưởng Năng lượng tái tạo Na Uy Terje Aasland",
     "Terje Aasland", "Bộ trưởng Năng lượng tái tạo", "Na Uy"),
    ("Đón đoàn có Thứ trưởng Hàng hải và Thủy sản Ireland Eamon Ryan.",
     "Thứ trưởng Hàng hải và Thủy sản Ireland Eamon Ryan", "Eamon Ryan", "Thứ trưởng Hàng hải và Thủy sản", "Ireland"),
    ("Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng dự lễ.",
     "Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng", "Nguyễn Văn Hùng",
     "Bộ trưởng Văn hóa, Thể thao và Du lịch", None),
    ("Bộ trưởng Ngoại giao và Thương mại Hungary Péter Szijjártó tới.",
     "Bộ trưởng Ngoại giao và Thương mại Hungary Péter Szijjártó", "Péter Szijjártó",
     "Bộ trưởng Ngoại giao và Thương mại", "Hungary"),
    ("Bộ trưởng Bảo tồn Di sản Hy Lạp Eleni Papadaki dự lễ.", "Bộ trưởng Bảo tồn Di sản Hy Lạp Eleni Papadaki",
     "Eleni Papadaki", "Bộ trưởng Bảo tồn Di sản", "Hy Lạp"),
])
def test_a_ministry_missing_from_the_lexicon_is_read_from_its_shape(officials, sentence, text, name, title, country):
    assert officials(sentence) == [(text, name, title, country)]


@pytest.mark.parametrize("sentence", [
    "Bộ trưởng Năng lượng tái tạo Na Uy cho biết như vậy.",
    "Phát biểu của Thứ trưởng Hàng hải hôm qua.",
])
def test_a_ministry_is_never_a_name(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("Bộ trưởng Lavrov nói rằng Moskva sẵn sàng.", "Lavrov"),
    ("Bộ trưởng Kim trả lời báo chí sau cuộc họp.", "Kim"),
    ("Bộ trưởng Park cho biết.", "Park"),
])
def test_a_minister_named_by_surname_is_no_ministry(officials, sentence, name):
    assert [n for _, n, _, _ in officials(sentence)] == [name]


def test_a_surname_before_a_verb_is_no_ministry(officials):
    """'Sơn chúc mừng' is shaped like a field ('Tài chính'); the surname still names the minister met before."""
    found = officials("Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp đoàn.",
                      "Bộ trưởng Sơn chúc mừng thành công của hội nghị.")
    assert [(t, n) for t, n, _, _ in found] == [
        ("Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Bùi Thanh Sơn"), ("Bộ trưởng Sơn", "Bùi Thanh Sơn")]


def test_a_minister_named_by_surname_before_another_title(officials):
    found = officials("Thứ trưởng Ngoại giao Lê Thị Thu Hằng dự.",
                      "Thứ trưởng Hằng chúc mừng Thủ tướng Lào Sonexay Siphandone.")
    assert [n for _, n, _, _ in found] == ["Lê Thị Thu Hằng", "Lê Thị Thu Hằng", "Sonexay Siphandone"]


@pytest.mark.parametrize(("sentence", "text", "name", "title"), [
    ("Tại cuộc hội kiến quyền Tổng thống Hàn Quốc Choi Sang Mok, hai bên trao đổi.",
     "quyền Tổng thống Hàn Quốc Choi Sang Mok", "Choi Sang Mok", "quyền Tổng thống"),
    ("Chuyến thăm của cố Thủ tướng Shinzo Abe năm 2015.", "cố Thủ tướng Shinzo Abe", "Shinzo Abe", "cố Thủ tướng"),
    ("Tân Thủ tướng Thái Lan Paetongtarn Shinawatra cam kết.", "Tân Thủ tướng Thái Lan Paetongtarn Shinawatra",
     "Paetongtarn Shinawatra", "Tân Thủ tướng"),
    ("Phó Tổng thống Kamala Harris phát biểu.", "Phó Tổng thống Kamala Harris", "Kamala Harris", "Phó Tổng thống"),
])
def test_title_prefixes_stay_in_the_title(officials, sentence, text, name, title):
    assert [(t, n, ti) for t, n, ti, _ in officials(sentence)] == [(text, name, title)]


@pytest.mark.parametrize(("sentence", "text", "name", "title", "country"), [
    ("Toàn quyền New Zealand Cindy Kiro chủ trì lễ đón.", "Toàn quyền New Zealand Cindy Kiro", "Cindy Kiro",
     "Toàn quyền", "New Zealand"),
    ("Tổng Giám đốc IAEA Rafael Grossi tới Tehran.", "Tổng Giám đốc IAEA Rafael Grossi", "Rafael Grossi",
     "Tổng Giám đốc IAEA", None),
    ("Nhật hoàng Naruhito tiếp đoàn tại Hoàng cung.", "Nhật hoàng Naruhito", "Naruhito", "Nhật hoàng", None),
])
def test_offices_beyond_ministers(officials, sentence, text, name, title, country):
    assert officials(sentence) == [(text, name, title, country)]


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Đặc phái viên Anh về biến đổi khí hậu Rachel Kyte tới Jakarta.", "Rachel Kyte", "Đặc phái viên", "Anh"),
    ("Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi kêu gọi.", "Filippo Grandi", "Cao ủy Liên hợp quốc", None),
    ("Đặc phái viên Nga về Trung Đông Mikhail Bogdanov hội đàm.", "Mikhail Bogdanov", "Đặc phái viên", "Nga"),
])
def test_the_subject_of_an_office_sits_between_title_and_name(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


@pytest.mark.parametrize("sentence", [
    "Chủ tịch nước về thăm quê Bác Hồ ở Nghệ An.",
    "Đặc phái viên Nga về nước sau chuyến thăm Hà Nội Lâm.",
    "Cao ủy Liên hợp quốc về người tị nạn cho biết Grandi.",
])
def test_returning_home_is_no_subject(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize(("sentence", "name", "title", "country"), [
    ("Thị trưởng Paris Anne Hidalgo đón đoàn.", "Anne Hidalgo", "Thị trưởng", None),
    ("Tổng lãnh sự Nhật Bản tại Đà Nẵng Yakabe Yoshinori dự lễ.", "Yakabe Yoshinori", "Tổng lãnh sự", "Nhật Bản"),
    ("Tư lệnh Hải quân Philippines Toribio Adaci thị sát.", "Toribio Adaci", "Tư lệnh Hải quân", "Philippines"),
])
def test_a_city_or_a_force_between_title_and_name(officials, sentence, name, title, country):
    assert [(n, t, c) for _, n, t, c in officials(sentence)] == [(name, title, country)]


def test_the_word_for_full_powers_is_not_an_office(officials):
    assert officials("Hội đồng trao toàn quyền cho Ủy ban Lâm thời xử lý.") == []


def test_a_word_ending_like_a_prefix_is_not_one(officials):
    assert officials("Mỹ dưới chính quyền Tổng thống Joe Biden.") == [
        ("Tổng thống Joe Biden", "Joe Biden", "Tổng thống", None)]


def test_name_with_suffix(officials):
    assert officials("Ông Biden và Tổng thống Philippines Ferdinand Marcos Jr. tham dự.")[-1] == (
        "Tổng thống Philippines Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "Tổng thống", "Philippines")


def test_name_with_lower_case_particles(officials):
    assert officials("Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.") == [
        ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen", "Ursula von der Leyen", "Chủ tịch Ủy ban châu Âu", None)]


def test_a_name_never_starts_with_a_particle(officials):
    """'Thủ tướng Bỉ van Leeuwen': the lower-case particle opens no name, so no official is guessed."""
    assert officials("Thủ tướng Bỉ van Leeuwen phát biểu.") == []
    assert officials("Ngoại trưởng Ả Rập Xê Út bin Farhan tới Cairo.") == []
    assert officials("Bà von der Leyen phát biểu.") == []


def test_a_courtesy_word_or_a_title_before_a_particle_names_someone_named_in_full(officials):
    """'bà von der Leyen': after a courtesy word or a title, a particle may open the short form of a full name."""
    found = officials("Chủ tịch Ủy ban châu Âu Ursula von der Leyen tới Kiev.",
                      "Bà von der Leyen gặp Tổng thống Volodymyr Zelensky.", "Chủ tịch von der Leyen nói.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen", "Ursula von der Leyen"),
        ("Bà von der Leyen", "Ursula von der Leyen"), ("Tổng thống Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Chủ tịch von der Leyen", "Ursula von der Leyen")]


@pytest.mark.parametrize("country", ["Ả Rập Xê-út", "Ả-rập Xê-út", "Ả Rập Xê Út", "Ả-Rập Xê-Út"])
def test_a_country_matches_however_it_is_hyphenated(officials, country):
    """Transcribed names are written with or without hyphens; the country still ends before the name."""
    assert officials(f"Ngoại trưởng {country} Faisal bin Farhan tới Cairo.") == [
        (f"Ngoại trưởng {country} Faisal bin Farhan", "Faisal bin Farhan", "Ngoại trưởng", country)]


def test_arabic_particles_inside_a_name(officials):
    assert officials("Bộ trưởng Ngoại giao Oman Badr bin Hamad al-Busaidi tới Tehran.") == [
        ("Bộ trưởng Ngoại giao Oman Badr bin Hamad al-Busaidi", "Badr bin Hamad al-Busaidi", "Bộ trưởng Ngoại giao",
         "Oman")]
    assert officials("Tổng thống Ai Cập Abdel Fattah el-Sisi tiếp đoàn.") == [
        ("Tổng thống Ai Cập Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "Tổng thống", "Ai Cập")]


def test_name_with_a_particle_joined_by_a_hyphen(officials):
    assert officials("Tổng thống Syria Bashar al-Assad rời nhiệm sở.") == [
        ("Tổng thống Syria Bashar al-Assad", "Bashar al-Assad", "Tổng thống", "Syria")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Dự có đồng chí Khăm - phăn Phôm - ma, Phó Tỉnh trưởng tỉnh Champasak.", "Khăm - phăn Phôm - ma"),
    ("Tỉnh trưởng Bun - thoong Xay - sổm - phon phát biểu tại hội đàm.", "Bun - thoong Xay - sổm - phon"),
])
def test_a_transcribed_name_with_spaced_hyphens_is_one_name(officials, sentence, name):
    assert [found[1] for found in officials(sentence)] == [name]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ông Nguyễn Văn An - phó chủ tịch tỉnh, cho biết.", "Nguyễn Văn An"),  # an office after the dash
    ("Đại sứ Nguyễn Văn An - một người bạn cũ của Lào.", "Nguyễn Văn An"),  # a clause
    ("Bộ trưởng Nguyễn Văn An - bà Lê Thị Hoa đã ký.", "Nguyễn Văn An"),  # not after a name's third word
    ("Thủ tướng Phúc - nói.", "Phúc"),  # a verb
    ("Bí thư Hùng - anh Nam tới.", "Hùng"),  # a familiar address
])
def test_a_lower_case_word_after_a_spaced_dash_is_no_part_of_a_name(officials, sentence, name):
    assert [found[1] for found in officials(sentence)][:1] == [name]


def test_a_country_paired_by_a_dash_is_no_name(officials):
    assert officials("Hội nghị Nga - châu Phi, Ngoại trưởng Lavrov phát biểu.") == [
        ("Ngoại trưởng Lavrov", "Lavrov", "Ngoại trưởng", None)]


def test_body_written_in_lower_case(officials):
    assert officials("Thượng nghị sĩ đảng Cộng hòa Marco Rubio phát biểu.") == [
        ("Thượng nghị sĩ đảng Cộng hòa Marco Rubio", "Marco Rubio", "Thượng nghị sĩ đảng Cộng hòa", None)]


def test_title_comma_honorific_name(officials):
    assert officials("Tổng thống Mỹ, ông Joe Biden, cho biết.") == [
        ("Tổng thống Mỹ, ông Joe Biden", "Joe Biden", "Tổng thống", "Mỹ")]


def test_title_at_a_place(officials):
    assert officials("Đại sứ Mỹ tại Việt Nam Marc Knapper phát biểu.") == [
        ("Đại sứ Mỹ tại Việt Nam Marc Knapper", "Marc Knapper", "Đại sứ", "Mỹ")]
    assert officials("Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield kêu gọi.") == [
        ("Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "Đại sứ", "Mỹ")]


def test_body_missing_from_the_lexicon_is_read_from_its_shape(officials):
    assert officials("Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn An phát biểu.", "Bộ trưởng Bộ Kế hoạch và Đầu tư "
                     "Trần Văn Bình dự.") == [
        ("Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn An", "Nguyễn Văn An", "Trưởng Ban Tuyên giáo Trung ương", None),
        ("Bộ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Bình", "Trần Văn Bình", "Bộ trưởng Bộ Kế hoạch và Đầu tư", None)]


def test_an_unlisted_body_leaves_a_one_word_name(officials):
    assert officials("Bộ trưởng Bộ Ngân khố Yellen nói.") == [
        ("Bộ trưởng Bộ Ngân khố Yellen", "Yellen", "Bộ trưởng Bộ Ngân khố", None)]


def test_body_of_a_body(officials):
    assert officials("Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà tiếp đoàn.") == [
        ("Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà", "Vũ Hải Hà", "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội",
         None)]


def test_a_surname_like_a_body_head(officials):
    assert officials("Cựu Tổng Thư ký Ban Ki-moon phát biểu.") == [
        ("Cựu Tổng Thư ký Ban Ki-moon", "Ban Ki-moon", "Cựu Tổng Thư ký", None)]


def test_joint_titles(officials):
    assert officials("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm.") == [
        ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Bùi Thanh Sơn",
         "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", None)]


def test_a_title_word_inside_a_place_joins_no_title(officials):
    assert officials("Chiều 2/4, tại Phủ Chủ tịch, Phó Chủ tịch nước Nguyễn Thị Hoa tiếp đoàn.") == [
        ("Phó Chủ tịch nước Nguyễn Thị Hoa", "Nguyễn Thị Hoa", "Phó Chủ tịch nước", None)]


def test_party_committee_of_a_listed_city(officials):
    assert officials("Bí thư Thành ủy Đà Nẵng Lê Văn Bình dự lễ.") == [
        ("Bí thư Thành ủy Đà Nẵng Lê Văn Bình", "Lê Văn Bình", "Bí thư Thành ủy Đà Nẵng", None)]


def test_party_committee_of_an_unlisted_place_is_never_a_name(officials):
    assert [n for _, n, _, _ in officials("Bí thư Huyện ủy Mường Nhé Trần Quang Lâm dự lễ.")] == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Bí thư Huyện ủy Mường Nhé Trần Văn Lâm dự lễ.", "Trần Văn Lâm", "Bí thư Huyện ủy Mường Nhé"),
    ("Đón đoàn có Phó Bí thư Thành ủy Quảng Châu Đinh Thị Hồng Mai.", "Đinh Thị Hồng Mai",
     "Phó Bí thư Thành ủy Quảng Châu"),
    ("Đón đoàn có Phó Bí thư Thành ủy Lê Văn Tám.", "Lê Văn Tám", "Phó Bí thư Thành ủy"),
])
def test_an_unlisted_place_after_a_party_committee_ends_before_a_vietnamese_name(officials, sentence, name,
                                                                                   title):
    """The middle name ('Văn', 'Thị') stands second in the name: the words before its surname are the place."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Bí thư Tỉnh ủy Đào Nguyễn Thanh Tâm dự lễ.", "Đào Nguyễn Thanh Tâm", "Bí thư Tỉnh ủy"),
    ("Chủ tịch UBND tỉnh Hà Trần Quốc Bảo tiếp đoàn.", "Hà Trần Quốc Bảo", "Chủ tịch UBND tỉnh"),
])
def test_a_double_surname_after_a_bare_committee_is_a_name(officials, sentence, name, title):
    """A name of four words whose second is a surname ('Đào Nguyễn'): the father's and the mother's, a person."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Bí thư Huyện ủy Mường Nhé Trần Quang Lâm dự lễ.",  # the surname third: a place, then a name of two
    "Bí thư Huyện ủy Đông Nguyễn Trần Lâm dự lễ.",  # two surnames after the second: no double surname
])
def test_a_second_surname_needs_a_name_of_four_words_with_no_other(officials, sentence):
    assert [n for _, n, _, _ in officials(sentence)] == []


def test_party_committee_of_a_province(officials):
    assert [(n, t) for _, n, t, _ in officials("Bí thư Tỉnh ủy Kon Tum Trần Văn Lâm dự lễ.")] == [
        ("Trần Văn Lâm", "Bí thư Tỉnh ủy Kon Tum")]


def test_titles_joined_by_a_comma_are_one_title(officials):
    assert officials("Thủ tướng, Bộ trưởng Quốc phòng Israel Avi Cohen tới Washington.") == [
        ("Thủ tướng, Bộ trưởng Quốc phòng Israel Avi Cohen", "Avi Cohen", "Thủ tướng, Bộ trưởng Quốc phòng",
         "Israel")]


@pytest.mark.parametrize("country", [
    "Xin-ga-po", "Liên bang Nga", "CHDCND Triều Tiên", "Türkiye", "Các Tiểu vương quốc Ả Rập Thống nhất", "UAE",
    "Mi-an-ma", "Vương quốc Anh", "Đông Ti-mo", "CH Séc", "Cam-pu-chia"])
def test_official_and_transcribed_country_names(officials, country):
    """Full names, acronyms and transcriptions of countries end the title, so the name stays the person's."""
    assert officials(f"Thủ tướng {country} Aran Veko phát biểu.") == [
        (f"Thủ tướng {country} Aran Veko", "Aran Veko", "Thủ tướng", country)]


def test_an_acronym_that_is_no_country_stays_the_body_of_the_title(officials):
    assert officials("Chủ tịch FIFA Gianni Infantino phát biểu.") == [
        ("Chủ tịch FIFA Gianni Infantino", "Gianni Infantino", "Chủ tịch FIFA", None)]


def test_a_country_on_the_first_of_two_joint_offices_is_the_persons(officials):
    assert officials("Quyền Thủ tướng Thái Lan, Phó Thủ tướng Phumtham Wechayachai chủ trì cuộc họp.") == [
        ("Quyền Thủ tướng Thái Lan, Phó Thủ tướng Phumtham Wechayachai", "Phumtham Wechayachai",
         "Quyền Thủ tướng Thái Lan, Phó Thủ tướng", "Thái Lan")]
    assert officials("Thủ tướng Nhật Bản kiêm Chủ tịch LDP Fumio Kishida phát biểu.") == [
        ("Thủ tướng Nhật Bản kiêm Chủ tịch LDP Fumio Kishida", "Fumio Kishida", "Thủ tướng Nhật Bản kiêm Chủ tịch LDP",
         "Nhật Bản")]


def test_a_title_with_its_country_then_a_comma_is_another_person(officials):
    assert officials("Ngoại trưởng Pháp, Thủ tướng Đức Hans Becker và các bên dự họp.") == [
        ("Thủ tướng Đức Hans Becker", "Hans Becker", "Thủ tướng", "Đức")]


def test_name_with_an_initial(officials):
    assert officials("Ngoại trưởng Ấn Độ S. Jaishankar tới Hà Nội.") == [
        ("Ngoại trưởng Ấn Độ S. Jaishankar", "S. Jaishankar", "Ngoại trưởng", "Ấn Độ")]
    assert officials("Phó Tổng thống Mỹ JD Vance cho biết.") == [
        ("Phó Tổng thống Mỹ JD Vance", "JD Vance", "Phó Tổng thống", "Mỹ")]


# --- name, then title ----------------------------------------------------------------------

def test_honorific_name_then_title(officials):
    assert officials("Theo hãng tin Yonhap, bà Kim Yo-jong, Phó Chủ tịch Ủy ban Trung ương đảng Lao động "
                     "Triều Tiên, cho biết.") == [
        ("bà Kim Yo-jong, Phó Chủ tịch Ủy ban Trung ương đảng Lao động Triều Tiên", "Kim Yo-jong",
         "Phó Chủ tịch Ủy ban Trung ương đảng Lao động", "Triều Tiên")]


def test_full_name_then_title_between_commas(officials):
    assert officials("Antony Blinken, Ngoại trưởng Mỹ, nói rằng hai nước sẽ hợp tác.") == [
        ("Antony Blinken, Ngoại trưởng Mỹ", "Antony Blinken", "Ngoại trưởng", "Mỹ")]


def test_a_place_before_a_title_is_not_a_name(officials):
    assert officials("Tại Buenos Aires, Ngoại trưởng Argentina cho biết.") == []


def test_lower_case_title_after_the_name(officials):
    assert officials("Ông Dmitry Peskov, người phát ngôn Điện Kremlin, nói.") == [
        ("Ông Dmitry Peskov, người phát ngôn Điện Kremlin", "Dmitry Peskov", "người phát ngôn Điện Kremlin", None)]


def test_honorific_name_holding_a_title(officials):
    assert officials("Trong nội các mới, bà Claire Fontaine giữ chức Bộ trưởng Lao động và Việc làm.") == [
        ("bà Claire Fontaine giữ chức Bộ trưởng Lao động và Việc làm", "Claire Fontaine",
         "Bộ trưởng Lao động và Việc làm", None)]


def test_an_honorific_name_doing_something_else_is_not_an_official(officials):
    assert officials("Trong buổi lễ, ông Marc Dubois trao quà cho Bộ trưởng.") == []


def test_title_after_a_name_that_has_its_own_name_is_another_person(officials):
    found = officials("Ông Park Jin, Ngoại trưởng Nhật Bản Yoko Kamikawa và nhiều người khác.")
    assert found == [("Ngoại trưởng Nhật Bản Yoko Kamikawa", "Yoko Kamikawa", "Ngoại trưởng", "Nhật Bản")]


# --- coordinated names and counterparts ----------------------------------------------------

def test_plural_title_with_coordinated_names(officials):
    assert officials("Ông Blinken họp với các Ngoại trưởng Yoko Kamikawa và Cho Tae Yul, tại Rio de Janeiro.") == [
        ("Ngoại trưởng Yoko Kamikawa", "Yoko Kamikawa", "Ngoại trưởng", None),
        ("Cho Tae Yul", "Cho Tae Yul", "Ngoại trưởng", None)]


def test_title_of_two_countries_with_coordinated_names(officials):
    assert officials("Bộ trưởng Quốc phòng hai nước Ratu Hasan và Lim Dong Wook đã ký.") == [
        ("Bộ trưởng Quốc phòng hai nước Ratu Hasan", "Ratu Hasan", "Bộ trưởng Quốc phòng", None),
        ("Lim Dong Wook", "Lim Dong Wook", "Bộ trưởng Quốc phòng", None)]


def test_a_one_word_name_after_a_title_of_two_countries(officials):
    assert [n for _, n, _, _ in officials("Ngoại trưởng hai nước Retno và Penny Wong gặp nhau.")] == [
        "Retno", "Penny Wong"]


def test_leaders_of_two_countries_followed_by_countries_name_nobody(officials):
    assert officials("Lãnh đạo hai nước Nga và Triều Tiên ký hiệp ước.") == []
    assert officials("Ngoại trưởng hai nước đã ký tuyên bố chung.") == []


def test_a_country_after_coordinated_names_is_theirs(officials):
    assert officials("Ông Blinken gặp các Bộ trưởng Ana Lopez và Jose Cruz của Philippines.")[-2:] == [
        ("Bộ trưởng Ana Lopez", "Ana Lopez", "Bộ trưởng", "Philippines"),
        ("Jose Cruz", "Jose Cruz", "Bộ trưởng", "Philippines")]


def test_a_country_after_a_name_with_its_own_country_stays_apart(officials):
    assert officials("Ngoại trưởng Nhật Bản Yoko Kamikawa của Nhật Bản.")[0][3] == "Nhật Bản"
    assert officials("Thủ tướng Anh Keir Starmer của đảng Lao động.")[0][3] == "Anh"


def test_a_singular_title_takes_one_name(officials):
    assert officials("Ngoại trưởng Yoko Kamikawa và Tokyo sẵn sàng.") == [
        ("Ngoại trưởng Yoko Kamikawa", "Yoko Kamikawa", "Ngoại trưởng", None)]


def test_counterpart_with_country(officials):
    assert officials("Ông Blinken gặp người đồng cấp Hàn Quốc Cho Tae Yul bên lề hội nghị.") == [
        ("người đồng cấp Hàn Quốc Cho Tae Yul", "Cho Tae Yul", None, "Hàn Quốc")]


def test_counterpart_without_country(officials):
    assert officials("Ông Blinken đã đến thăm Hàn Quốc và gặp người đồng cấp Cho Tae Yul, trong bối cảnh bất ổn.") == [
        ("người đồng cấp Cho Tae Yul", "Cho Tae Yul", None, None)]


def test_counterpart_named_after_a_link(officials):
    assert officials("Hội nghị với người đồng cấp Hàn Quốc khi đó là ông Park Jin tại Busan.") == [
        ("người đồng cấp Hàn Quốc khi đó là ông Park Jin", "Park Jin", None, "Hàn Quốc")]


@pytest.mark.parametrize(("sentence", "text", "name"), [
    ("Tôi nhớ người tiền nhiệm của tôi, ông Lê Văn Bình, hay nói vậy.", "người tiền nhiệm của tôi, ông Lê Văn Bình",
     "Lê Văn Bình"),
    ("Người tiền nhiệm của ông Braun là bà Greta Holm từng thăm Bắc Kinh.", "bà Greta Holm", "Greta Holm"),
    ("Người kế nhiệm của ông Braun, bà Greta Holm, sẽ tới Hà Nội.", "bà Greta Holm", "Greta Holm"),
])
def test_a_counterpart_says_whose_it_is(officials, sentence, text, name):
    assert officials(sentence) == [(text, name, None, None)]


def test_a_named_owner_of_a_counterpart_stays_a_mention(officials):
    assert officials("Ngoại trưởng Đức Karl Braun tới Bắc Kinh.",
                     "Người tiền nhiệm của ông Braun là bà Greta Holm.")[1:] == [
        ("ông Braun", "Karl Braun", "Ngoại trưởng", "Đức"), ("bà Greta Holm", "Greta Holm", None, None)]


@pytest.mark.parametrize("sentence", [
    "Người tiền nhiệm của tôi đã làm rất tốt, ông Lê Văn Bình nói.",  # the owner's clause runs on
    "Người kế nhiệm của ông Braun sẽ được chọn, bà Greta Holm cho biết.",
    "Người kế nhiệm của ông Braun là ai?",
])
def test_an_owner_not_closed_names_no_counterpart(officials, sentence):
    assert officials(sentence) == []


def test_coordinated_counterparts_each_with_a_country(officials):
    assert officials("Ông Blinken gặp người đồng cấp Nhật Bản Yoko Kamikawa và Hàn Quốc Cho Tae Yul tại Lào.") == [
        ("người đồng cấp Nhật Bản Yoko Kamikawa", "Yoko Kamikawa", None, "Nhật Bản"),
        ("Hàn Quốc Cho Tae Yul", "Cho Tae Yul", None, "Hàn Quốc")]


def test_a_counterpart_is_not_coordinated_with_a_place(officials):
    assert officials("Cuộc gặp với người đồng cấp Nhật Bản Yoko Kamikawa và Tokyo.") == [
        ("người đồng cấp Nhật Bản Yoko Kamikawa", "Yoko Kamikawa", None, "Nhật Bản")]


def test_plural_title_with_a_country_before_each_name(officials):
    assert officials("Các Ngoại trưởng Nhật Bản Yoko Kamikawa và Hàn Quốc Cho Tae Yul dự họp.") == [
        ("Ngoại trưởng Nhật Bản Yoko Kamikawa", "Yoko Kamikawa", "Ngoại trưởng", "Nhật Bản"),
        ("Hàn Quốc Cho Tae Yul", "Cho Tae Yul", "Ngoại trưởng", "Hàn Quốc")]


def test_counterpart_of_several_countries_names_nobody(officials):
    assert officials("Cuộc họp với người đồng cấp Nhật Bản và Hàn Quốc diễn ra.") == []


# --- later partial mentions ----------------------------------------------------------------

def test_partial_mentions_resolve_to_the_full_name(officials):
    found = officials("Ngoại trưởng Mỹ Antony Blinken tới Tokyo.",
                      "Ông Blinken nhấn mạnh hợp tác. Theo Ngoại trưởng Blinken, quan hệ là thiết yếu.")
    assert found == [
        ("Ngoại trưởng Mỹ Antony Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ"),
        ("Ông Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ"),
        ("Ngoại trưởng Blinken", "Antony Blinken", "Ngoại trưởng", "Mỹ")]


def test_a_familiar_address_opens_the_mention_of_a_known_full_name(officials):
    found = officials("Bí thư Trung ương Đoàn Nguyễn Văn An tiếp Bộ trưởng Thanh niên Cuba Maria Lopez.",
                      "Anh Nguyễn Văn An và chị Maria Lopez ký kết thỏa thuận.")
    assert [(t, n) for t, n, _, _ in found[2:]] == [
        ("Anh Nguyễn Văn An", "Nguyễn Văn An"), ("chị Maria Lopez", "Maria Lopez")]


@pytest.mark.parametrize("sentence", [
    "Anh Nguyễn Văn Bình và chị Lê Thị Hoa dự lễ.",  # named nowhere as officials
    "Đoàn sinh viên sang Anh Nguyễn Văn An dẫn đầu.",  # inside a sentence, "Anh" is the country
])
def test_a_familiar_address_alone_makes_no_official(officials, sentence):
    assert officials("Bí thư Trung ương Đoàn Nguyễn Văn An phát biểu.", sentence)[1:] == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Sáng 3/5, anh Nguyễn Minh Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã tiếp đoàn.", "Nguyễn Minh Tuấn",
     "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
    ("Chiều 3/5, chị Lê Thị Hoa, Bí thư Trung ương Đoàn dự lễ ký kết.", "Lê Thị Hoa", "Bí thư Trung ương Đoàn"),
])
def test_a_full_name_after_a_familiar_address_takes_its_office_before_the_verb(officials, sentence, name, title):
    """The address in lower case says a person follows, so the office need not end the clause to be theirs."""
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


@pytest.mark.parametrize("sentence", [
    "Buenos Aires, Ngoại trưởng Argentina cho biết hai nước sẽ ký kết.",  # a place, then a sentence
    "Tại Anh Quốc Bảo, Ngoại trưởng Argentina cho biết hai nước sẽ ký kết.",  # "Anh" capitalised: no address
    # the office may run on into the clause ("... làm trưởng đoàn"): only one ending on its body is read
    "Đoàn do anh Somsak Vongsa, Bí thư Tỉnh Đoàn Xaysomboun làm trưởng đoàn đã sang thăm.",
])
def test_a_run_before_an_office_that_goes_on_stays_no_official(officials, sentence):
    assert [n for _, n, _, _ in officials(sentence)] == []


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # a province after a listed body, before the clause's verb, is the body's: no holder named "Bắc Ninh"
    ("Sáng 3/5, anh Nguyễn Văn Nam, Chủ tịch Hội Nông dân Bắc Ninh cho biết.", "Nguyễn Văn Nam",
     "Chủ tịch Hội Nông dân Bắc Ninh"),
    ("Chủ tịch Hội Nông dân Bắc Ninh Nguyễn Văn Nam cho biết.", "Nguyễn Văn Nam", "Chủ tịch Hội Nông dân Bắc Ninh"),
])
def test_a_province_after_a_body_is_its_place_no_holder(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_a_one_word_name_after_a_body_is_still_its_holder(officials):
    # the negative case: no listed province after the body, so the word is the holder's given name
    assert [(n, t) for _, n, t, _ in officials("Chủ tịch Hội Nông dân Nam cho biết.")] == [
        ("Nam", "Chủ tịch Hội Nông dân")]


def test_a_familiar_address_word_ending_a_name_stays_in_it(officials):
    found = officials("Bí thư Trung ương Đoàn Trần Tuấn Anh phát biểu.", "Anh Trần Tuấn Anh nói thêm.")
    assert [(t, n) for t, n, _, _ in found] == [
        ("Bí thư Trung ương Đoàn Trần Tuấn Anh", "Trần Tuấn Anh"), ("Anh Trần Tuấn Anh", "Trần Tuấn Anh")]


@pytest.mark.parametrize(("sentence", "text", "name"), [
    ("Tòa án Hiến pháp phế truất ông Kim Min Su hôm 4-4.", "ông Kim Min Su", "Kim Min Su"),
    ("Hạ viện bỏ phiếu luận tội bà Maria Lopez.", "bà Maria Lopez", "Maria Lopez"),
])
def test_a_full_name_removed_from_office_is_an_official(officials, sentence, text, name):
    assert officials(sentence) == [(text, name, None, None)]


@pytest.mark.parametrize("sentence", [
    "Tòa án phế truất ông Kim hôm qua.",  # one word: a mention of someone named in full elsewhere, if anyone
    "Công ty cách chức ông Nguyễn Văn An.",  # a company's post, not a political office
    "Phe đối lập muốn phế truất chính phủ, ông Nguyễn Văn An nói.",  # the verb is not right before the name
])
def test_removal_from_office_needs_its_verb_before_a_full_name(officials, sentence):
    assert officials(sentence) == []


def test_partial_mention_with_country_and_given_name(officials):
    found = officials("Ngoại trưởng Nhật Bản Yoko Kamikawa tới Lào.",
                      "Ngoại trưởng Nhật Bản Kamikawa nói rằng Tokyo sẽ đối thoại. Cuộc gặp giữa bà Kamikawa và "
                      "ông Vương Nghị diễn ra.")
    assert [(t, n) for t, n, _, _ in found] == [
        ("Ngoại trưởng Nhật Bản Yoko Kamikawa", "Yoko Kamikawa"),
        ("Ngoại trưởng Nhật Bản Kamikawa", "Yoko Kamikawa"),
        ("bà Kamikawa", "Yoko Kamikawa")]


def test_name_order_does_not_split_a_person(officials):
    found = officials("Tổng thống Mỹ Joe Biden và Thủ tướng Nhật Bản Kishida Fumio hội đàm.",
                      "Tổng thống Biden hội đàm cùng Thủ tướng Nhật Bản Fumio. Thủ tướng Fumio Kishida nói.")
    assert {n for _, n, _, _ in found} == {"Joe Biden", "Kishida Fumio"}
    assert ("Thủ tướng Nhật Bản Fumio", "Kishida Fumio", "Thủ tướng", "Nhật Bản") in found
    assert ("Thủ tướng Fumio Kishida", "Kishida Fumio", "Thủ tướng", "Nhật Bản") in found


def test_a_hyphen_does_not_split_a_person(officials):
    assert [n for _, n, _, _ in officials("Tổng thống Yoon Suk-yeol phát biểu. Ông Yoon Suk Yeol nói.")] == [
        "Yoon Suk-yeol", "Yoon Suk-yeol"]


def test_a_partial_mention_before_the_full_one_resolves_too(officials):
    assert officials("Ông Kishida tới Mỹ.", "Thủ tướng Nhật Bản Fumio Kishida phát biểu.")[0] == (
        "Ông Kishida", "Fumio Kishida", "Thủ tướng", "Nhật Bản")


def test_a_bare_full_name_of_an_official_is_a_mention(officials):
    found = officials("Tổng thống Joe Biden phát biểu.", "Đó là dấu ấn của chính quyền Joe Biden.")
    assert found[-1] == ("Joe Biden", "Joe Biden", "Tổng thống", None)


def test_a_shared_word_goes_to_the_person_last_mentioned(officials):
    found = officials("Nhà lãnh đạo Triều Tiên Kim Jong Un và Phó Chủ tịch Kim Yo-jong dự lễ.",
                      "Ông Kim Jong Un phát biểu. Sau đó bà Kim Yo-jong cho biết ông Kim hài lòng.")
    assert [n for _, n, _, _ in found] == ["Kim Jong Un", "Kim Yo-jong", "Kim Jong Un", "Kim Yo-jong", "Kim Yo-jong"]


def test_the_headline_vouches_for_a_person_but_is_not_a_mention(extract):
    body = "Bà Paetongtarn đã tổ chức cuộc họp Nội các."
    assert extract(body).officials == ()
    headline = "Tân Thủ tướng Thái Lan Paetongtarn Shinawatra cam kết tập trung kích thích kinh tế"
    found = extract(body, title=headline).officials
    assert [(o.block, o.text, o.name, o.title, o.country) for o in found] == [
        (0, "Bà Paetongtarn", "Paetongtarn Shinawatra", "Tân Thủ tướng", "Thái Lan")]


def test_an_honorific_alone_does_not_make_an_official(officials):
    assert officials("Chuyên gia, ông John Smith, nhận định.", "Theo ông Smith, tình hình phức tạp.") == []


# --- not officials -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Việt Hà",
    "Theo HNM",
    "Ảnh: Kyodo/TTXVN",
    "Theo hãng thông tấn Kyodo, chuyến thăm bắt đầu.",
    "Theo hãng tin Yonhap và Reuters, AFP, KCNA đưa tin.",
    "Họp báo tại Nhà Trắng sau hội đàm.",
    "Phát biểu tại buổi họp tại Rio de Janeiro (Brazil).",
    "Bộ Ngoại giao Nhật Bản cho biết.",
    "Ngoại trưởng Nhật Bản sắp thăm Mỹ và châu Âu.",
    "Người đứng đầu Bộ Ngoại giao Mỹ phát biểu như trên.",
    "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57).",
    "Hai Ngoại trưởng cũng tái khẳng định tầm quan trọng.",
    "Đây là lần thứ hai ông tới Hàn Quốc với tư cách thủ tướng.",
    "Chủ tịch Tập đoàn Samsung phát biểu.",
    "Hiệu trưởng Nguyễn Văn An phát biểu tại lễ khai giảng.",
    "Tổng thống Hội Nghị Cấp Cao Diễn Đàn Hợp Tác Kinh Tế Châu Á được tổ chức.",
    "Cuộc họp cấp bộ trưởng Hội nghị Cấp cao Đông Á (EAS).",
    "Thứ trưởng Bộ Y tế Mỹ tới Hà Nội.",
])
def test_not_officials(officials, sentence):
    assert officials(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ông Karl Braun cảm ơn lãnh đạo Tỉnh đã tiếp đoàn.",
    "Đoàn chúc Tết Chủ tịch Huyện và lãnh đạo Xã.",
])
def test_a_place_word_capitalised_alone_is_no_name(officials, sentence):
    assert officials(sentence) == []


def test_a_place_word_after_a_courtesy_word_is_a_given_name(officials):
    """'Ông Quận': after 'ông', a given name that is also a place word ('quận', a district) is the person's."""
    found = officials("Chủ tịch UBND tỉnh Phạm Minh Huyện tiếp đoàn.", "Ông Huyện cho biết tỉnh có 12 dự án.")
    assert [(text, name) for text, name, _, _ in found] == [
        ("Chủ tịch UBND tỉnh Phạm Minh Huyện", "Phạm Minh Huyện"), ("Ông Huyện", "Phạm Minh Huyện")]


def test_a_place_word_after_a_title_or_a_courtesy_alone_is_still_no_name(officials):
    assert officials("Đoàn chúc Tết Chủ tịch Huyện và các sở.") == []
    assert officials("Đại sứ gặp ông Huyện tại trụ sở.") == []  # no full name in the article to resolve it


def test_a_chinese_congress_and_its_standing_committee_are_bodies_not_names(officials):
    # "Nhân Đại" (a people's congress) read as a person after "lãnh đạo Ban Thường vụ"
    assert officials("Dự hội đàm có lãnh đạo Ban Thường vụ Nhân Đại khu tự trị cùng các sở, ngành.") == []


def test_a_name_after_a_standing_committees_title_is_still_read(officials):
    # the negative case: a member of a province's standing committee keeps his name
    assert [found[1] for found in officials("Ông Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, cho biết.")] == [
        "Lê Văn Hòa"]


def test_a_one_word_name_after_a_title_is_still_a_name(officials):
    assert officials("Thủ tướng Nhật Bản Yoko Kamikawa tới.", "Thủ tướng Kamikawa đã tiếp đoàn.")[1][:2] == (
        "Thủ tướng Kamikawa", "Yoko Kamikawa")


def test_thu_tuong_is_read_once(officials):
    assert [t for t, _, _, _ in officials("Thủ tướng Kishida nhấn mạnh.")] == ["Thủ tướng Kishida"]


# --- the lexicon ---------------------------------------------------------------------------

def test_a_title_added_in_config_anchors_officials(officials, tmp_path):
    sentence = "Tổng Kiểm toán Gene Dodaro trình báo cáo."
    assert officials(sentence) == []
    config = tmp_path / "config.yaml"
    config.write_text("extraction:\n  titles: [Tổng Kiểm toán]\n", encoding="utf-8")
    assert officials(sentence, using=load_config(config).extraction) == [
        ("Tổng Kiểm toán Gene Dodaro", "Gene Dodaro", "Tổng Kiểm toán", None)]


def test_a_country_added_in_config_is_not_part_of_the_name(officials, tmp_path):
    sentence = "Thủ tướng Vanuatu Jotham Napat phát biểu."
    assert officials(sentence)[0][1] == "Vanuatu Jotham Napat"
    config = tmp_path / "config.yaml"
    config.write_text("extraction:\n  countries: [Vanuatu]\n", encoding="utf-8")
    assert officials(sentence, using=load_config(config).extraction) == [
        ("Thủ tướng Vanuatu Jotham Napat", "Jotham Napat", "Thủ tướng", "Vanuatu")]


def test_the_grammar_is_built_once_per_lexicon(lexicon):
    assert official_grammar(lexicon) is official_grammar(lexicon)


def test_an_empty_lexicon_finds_nothing_and_does_not_fail(officials):
    assert officials("Ngoại trưởng Mỹ Antony Blinken và ông Blinken.", using=Lexicon({})) == []


@pytest.mark.parametrize("word", ["Các", "Những", "Một"])
def test_a_capitalised_function_word_after_a_title_is_never_a_name(officials, word):
    found = officials(f"Chủ tịch {word} vấn đề đối ngoại Triều Tiên đã tiếp đoàn.")
    assert [name for _, name, _, _ in found] == []


def test_an_office_across_a_comma_is_dropped_for_someone_the_article_gives_another(officials):
    """'... của Chủ tịch Quốc hội, bà Lan cho biết': the comma closed a clause about the speaker; bà Lan is
    the spokeswoman named before, so her mention carries her own office."""
    assert officials("Phó Phát ngôn Bộ Ngoại giao Trần Thị Lan trả lời phóng viên.",
                     "Về chuyến thăm của Chủ tịch Quốc hội, bà Lan cho biết hai bên đang chuẩn bị.") == [
        ("Phó Phát ngôn Bộ Ngoại giao Trần Thị Lan", "Trần Thị Lan", "Phó Phát ngôn Bộ Ngoại giao", None),
        ("bà Lan", "Trần Thị Lan", "Phó Phát ngôn Bộ Ngoại giao", None)]


@pytest.mark.parametrize(("paragraphs", "found"), [
    (("Tổng thống Mỹ, ông Mark Reed, phát biểu.",),  # no other office: the comma's is his
     [("Tổng thống Mỹ, ông Mark Reed", "Mark Reed", "Tổng thống", "Mỹ")]),
    (("Tổng thống Mark Reed tới Hà Nội.", "Sau đó, Tổng thống Mỹ, ông Mark Reed, phát biểu."),  # the same office
     [("Tổng thống Mark Reed", "Mark Reed", "Tổng thống", "Mỹ"),
      ("Tổng thống Mỹ, ông Mark Reed", "Mark Reed", "Tổng thống", "Mỹ")]),
])
def test_an_office_across_a_comma_stays_when_nothing_says_otherwise(officials, paragraphs, found):
    assert officials(*paragraphs) == found


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Dự lễ có Bộ trưởng NN&PTNT Lê Văn Hoan.", "Lê Văn Hoan", "Bộ trưởng NN&PTNT"),
    ("Thứ trưởng Bộ GD&ĐT Phạm Ngọc Thưởng nói.", "Phạm Ngọc Thưởng", "Thứ trưởng Bộ GD&ĐT"),
    ("Bộ trưởng Bộ GTVT Trần Hồng Minh cho biết.", "Trần Hồng Minh", "Bộ trưởng Bộ GTVT"),
])
def test_a_ministry_by_its_initials(officials, sentence, name, title):
    assert [(n, t) for _, n, t, _ in officials(sentence)] == [(name, title)]


def test_a_ministry_by_its_initials_alone_names_nobody(officials):
    assert officials("Bộ TN&MT cho biết sẽ kiểm tra.") == []
