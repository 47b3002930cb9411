"""Line classes: each rule with lines it must catch and lines it must leave alone."""

from __future__ import annotations

import pytest
from clean_blocks import kind_of

from reader.clean.lines import Kind, classify, dateline_value, is_dated_label, is_headline_shaped, page_lines


@pytest.mark.parametrize("text", [
    "Theo dõi VGT trên",
    "Theo dõi Baoquocte.vn trên",
    "Video đang HOT",
    "Bạn thấy bài viết này có hữu ích không?",
    "Có;",
    "Không",
    "back to top",  # case does not matter
    "Phiên bản di động",
    "Mỹ nhấn mạnh tầm quan trọng của hợp tác 3 bên với Hàn Quốc và Nhật Bản - Hình 1",  # image alt text
    "Lượt xem: 4135",
    "Ảnh 2",  # a bare image number
    "Thế giới > Châu Á - Thái Bình Dương",  # breadcrumbs
    "Thời sự | Quốc tế",
    "« Tin trước | Tin sau »",  # a pager between stories
    "Bài trước",
    "‹ Bài viết trước",
    "Tin tiếp theo »",
    "Read 1027 times",  # a view counter
    "Đã xem 1.027 lần",
    "viengtham01",  # an image's file stem with its number
])
def test_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Bình luận viên chính trị Mỹ cho rằng quan hệ ba bên sẽ còn được củng cố.",
    "Theo dõi sát tình hình, Bộ Ngoại giao cho biết sẽ bảo hộ công dân.",
    "Không có lý do nào để hai nước không xích lại gần nhau hơn.",
    "Tỷ lệ ủng hộ > 50% tại hầu hết các bang, theo khảo sát mới nhất của hãng tin Reuters.",
    "Tin trước đó cho biết hai bên sẽ ký hiệp định vào cuối năm.",
    "Bài sau sẽ bàn về quan hệ thương mại giữa hai nước trong thập niên tới.",
    "Read 1027 times over the years, the treaty still binds both sides.",  # a counter's words in a sentence
    "Đã xem 12 lần hồ sơ, cơ quan điều tra vẫn chưa kết luận vụ việc.",
])
def test_body_lines_that_start_like_furniture_stay_body(rules, text):
    assert kind_of(text, rules) is Kind.BODY


@pytest.mark.parametrize("text", [
    "Tin liên quan", "Tiêu điểm", "Tin đang nóng", "Tin mới nhất", "Có thể bạn quan tâm",
    "Đọc thêm", "Tin khác", "TIN LIÊN QUAN", "Tin liên quan:",
    "Bình luận", "Bình luận (0)", "Tags:",  # comments and tags also come after the article
])
def test_related_headings(rules, text):
    assert kind_of(text, rules) is Kind.RELATED_HEADING


def test_a_sentence_that_starts_with_a_heading_is_not_one(rules):
    assert kind_of("Tin khác cho biết hai bên đã nhất trí tăng cường hợp tác.", rules) is Kind.BODY


@pytest.mark.parametrize(("text", "iso"), [
    ("06:17 - Thứ Bảy, 24/02/2024 Lượt xem: 4135 In bài viết", "2024-02-24T06:17"),
    ("19:57:16 17/01/2025", "2025-01-17T19:57"),
    ("Thứ Hai, 12/2/2024", "2024-02-12"),
    ("Cập nhật: 10:35, 12/02/2024 (GMT+7)", "2024-02-12T10:35"),
    ("Chủ nhật, ngày 05/01/2025 - 21:04", "2025-01-05T21:04"),
])
def test_datelines_give_the_iso_publication_time(rules, text, iso):
    line = classify(text, rules)
    assert line.kind is Kind.DATELINE
    assert line.published == iso


@pytest.mark.parametrize("text", [
    "Ngày 24/02/2024, Bộ Ngoại giao cho biết.",  # a date inside prose
    "Hà Nội, 24/02/2024",  # a place is not dateline furniture
])
def test_dates_in_text_are_not_datelines(rules, text):
    assert kind_of(text, rules) is not Kind.DATELINE


@pytest.mark.parametrize("text", ["31/02/2024 10:00", "Lượt xem: 4135 In bài viết", "Cập nhật: 10:35"])
def test_dateline_debris_without_a_real_date_is_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", ["31/02/2024 10:00", "24/13/2024", "10:35"])
def test_no_date_value_without_a_real_date(text):
    assert dateline_value(text) is None


@pytest.mark.parametrize("text", [
    "TikTok lên tiếng về tin tỷ phú Elon Musk mua lạiTikTok lên tiếng về tin tỷ phú Elon Musk mua lại",
    "Nhật Kim Anh nhập viện sinh con thứ 2 Nhật Kim Anh nhập viện sinh con thứ 2",
])
def test_headline_printed_twice_is_undoubled(rules, text):
    line = classify(text, rules)
    assert line.kind is Kind.DOUBLED
    assert line.text in {"TikTok lên tiếng về tin tỷ phú Elon Musk mua lại", "Nhật Kim Anh nhập viện sinh con thứ 2"}


def test_a_repeated_word_is_not_a_doubled_headline(rules):
    assert kind_of("haha", rules) is not Kind.DOUBLED


@pytest.mark.parametrize("text", [
    "Ngoại trưởng Nhật Bản Yoko Kamikawa tại cuộc họp báo ở Tokyo. Ảnh: Kyodo/TTXVN",
    "Ngoại trưởng Mỹ Antony Blinken. Ảnh tư liệu: Getty Images/TTXVN",
    "Tổng thống Mỹ Joe Biden hội đàm trực tuyến đêm ngày 21/1 (giờ Nhật Bản). (Nguồn: Reuters)",
    "Ảnh tư liệu: AFP/TTXVN",
    "Hai nhà lãnh đạo tại Nhà Trắng (Ảnh: AFP)",
    "Hai nhà lãnh đạo tại Bắc Kinh ngày 9.11 ẢNH: REUTERS",  # the marker in capitals
    "(Thủ tướng Lý Cường phát biểu tại một diễn đàn ở Bắc Kinh. Nguồn: AFP)",
    "Ảnh minh họa",  # the marker alone labels the photo
    "(Ảnh minh họa)",
    "Tổng thống Mỹ Joe Biden (phải) và Thủ tướng Nhật Bản Fumio Kishida tại Nhà Trắng",  # no marker, a position
])
def test_captions(rules, text):
    assert kind_of(text, rules) is Kind.CAPTION


@pytest.mark.parametrize("text", [
    "Cành đào có giá cao, chính chủ đăng ảnh lập tức có người trả gấp 10 lần giá mua.",
    "Ảnh hưởng của cuộc xung đột tới kinh tế khu vực là rất lớn.",
    "Bộ ảnh gồm 20 bức ảnh được trưng bày tại Hà Nội.",
    "Ông nói về bức Ảnh: đó là khoảnh khắc mà cả thế giới sẽ còn nhớ mãi trong nhiều năm tới.",
    "Ngày 5/12, Ngoại trưởng Lavrov phát biểu. Ảnh tư liệu: AFP/TTXVN Ông Lavrov đã tới Malta để...",
    "Tại cuộc họp, ông Blinken (phải) nói rằng hai nước cần phối hợp chặt chẽ hơn nữa trong nhiều lĩnh vực, "
    "từ an ninh, kinh tế đến khoa học công nghệ, nhằm ứng phó với các thách thức chung của khu vực và thế giới, "
    "đồng thời nhấn mạnh vai trò của liên minh trong việc duy trì hòa bình, ổn định.",  # a long paragraph
])
def test_body_sentences_mentioning_photos_are_not_captions(rules, text):
    assert kind_of(text, rules) is not Kind.CAPTION


@pytest.mark.parametrize(("text", "credit"), [
    ("Theo HNM", "Theo HNM"),
    ("(theo Reuters, AP)", "theo Reuters, AP"),
    ("Theo Báo Quốc tế", "Theo Báo Quốc tế"),
])
def test_credit_lines(rules, text, credit):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, credit)


@pytest.mark.parametrize("text", [
    "Theo kế hoạch, ông Kishida sẽ phát biểu trước Quốc hội Mỹ vào ngày 11/4.",
    "Theo hãng thông tấn Kyodo, chuyến thăm Mỹ dự kiến bắt đầu từ ngày 5/1.",
    "Theo kế hoạch",  # no source named
])
def test_sentences_starting_with_theo_are_not_credits(rules, text):
    assert kind_of(text, rules) is not Kind.CREDIT


@pytest.mark.parametrize("text", ["Việt Hà", "Nguyễn Thị Minh Anh", "John Smith"])
def test_bylines(rules, text):
    assert kind_of(text, rules) is Kind.BYLINE


@pytest.mark.parametrize("text", ["Sao việt", "Hà Nội, 2024", "TTXVN", "Netizen"])
def test_not_bylines(rules, text):
    assert kind_of(text, rules) is not Kind.BYLINE


@pytest.mark.parametrize("text", [
    "Ngoại trưởng Nhật Bản sắp thăm Mỹ và châu Âu",
    "Có gì trong Thượng đỉnh Mỹ-Nhật Bản vừa được tổ chức?",
    "Hàn Quốc: CIO xin lệnh bắt giữ Tổng thống Yoon Suk Yeol",
    "Tấn công cơ quan ngoại giao... không phải chuyện hiếm!",
    "10 thời điểm then chốt trong cuộc xung đột Israel - Hamas",
])
def test_headline_shaped(text):
    assert is_headline_shaped(text)


@pytest.mark.parametrize("text", [
    "Hai bên nhất trí tăng cường hợp tác.",  # closing full stop
    "Ông Blinken nhấn mạnh:",  # introduces a quote
    "Kinh tế số",  # three words: too short for a headline
    "Hai bên nhất trí. Ông nói thêm rằng hợp tác sẽ tiếp tục",  # two sentences
    "về các vấn đề cùng quan tâm giữa hai nước",  # starts in lower case
])
def test_not_headline_shaped(text):
    assert not is_headline_shaped(text)


def test_prose_cut_short_is_a_teaser(rules):
    text = "Ngày 21/1, Ngoại trưởng Nga Sergei Lavrov đã có cuộc hội đàm tại Geneva (Thụy Sỹ) về các ..."
    assert kind_of(text, rules) is Kind.TEASER


def test_page_lines_normalise_spacing_and_skip_blank_lines(rules):
    text = "  Tiêu\u00a0đề\u200b  bài  \n\n\t\nĐoạn   một. \n"
    assert page_lines(text, rules) == ["Tiêu đề bài", "Đoạn một."]


def test_headline_glued_to_its_lead_is_split(rules):
    line = ("Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE Ngày 5/12, Ngoại trưởng Nga Sergei Lavrov "
            "đã tới Malta để...")
    assert page_lines(line, rules) == [
        "Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE",
        "Ngày 5/12, Ngoại trưởng Nga Sergei Lavrov đã tới Malta để...",
    ]


def test_a_teaser_glued_to_its_headline_splits_even_without_the_leads_comma(rules):
    line = "Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE Ngày 5/12 Ngoại trưởng Nga đã tới Malta để..."
    assert page_lines(line, rules) == [
        "Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE",
        "Ngày 5/12 Ngoại trưởng Nga đã tới Malta để...",
    ]


def test_a_whole_sentence_is_not_split_at_a_date_without_a_comma(rules):
    line = "Hai nước kỷ niệm quan hệ ngoại giao Ngày 5/12 năm nay tại Hà Nội"
    assert page_lines(line, rules) == [line]


def test_teaser_glued_to_the_next_headline_is_split(rules):
    line = "Ngoại trưởng Nga đã có cuộc hội đàm về các ...Mỹ muốn Nga làm gì để chứng thực ý định tại Ukraine?"
    assert page_lines(line, rules) == [
        "Ngoại trưởng Nga đã có cuộc hội đàm về các ...",
        "Mỹ muốn Nga làm gì để chứng thực ý định tại Ukraine?",
    ]


@pytest.mark.parametrize("line", [
    "Tấn công cơ quan ngoại giao... không phải chuyện hiếm!",
    "các vấn đề về cuộc chiến đang diễn ra... Trong khi đó, hai bên nhất trí tiếp tục đàm phán.",
    "Đây là sự kiện để đưa Ngày Tôn vinh tiếng Việt hằng năm trở thành dấu mốc quan trọng.",
    "Phát biểu tại hội nghị, ông nói Ngày 5/12 là dấu mốc. Hai bên nhất trí.",
])
def test_ordinary_lines_are_not_split(rules, line):
    assert page_lines(line, rules) == [line]


@pytest.mark.parametrize("text", ["Tin liên quan »", "» TIN KHÁC", "Tin mới nhất:"])
def test_related_headings_with_marks_around_them(rules, text):
    assert kind_of(text, rules) is Kind.RELATED_HEADING


@pytest.mark.parametrize("text", ["»", "***", "-", "|"])
def test_lines_of_only_marks_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


def test_byline_naming_its_source(rules):
    line = classify("Minh Anh (theo Reuters)", rules)
    assert (line.kind, line.text, line.credit) == (Kind.BYLINE, "Minh Anh", "theo Reuters")


def test_a_sentence_in_brackets_is_not_a_sourced_byline(rules):
    assert kind_of("Ông Biden (phải) và ông Kishida", rules) is not Kind.BYLINE


@pytest.mark.parametrize(("text", "author"), [
    ("MINH ANH", "MINH ANH"),
    ("Thu Trang/TTXVN", "Thu Trang"),
    ("Minh Hòa/VOV-Bắc Kinh", "Minh Hòa"),
    ("Hồng Nhung (TTXVN)", "Hồng Nhung"),
])
def test_bylines_in_capitals_or_with_an_agency(rules, text, author):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, author)


@pytest.mark.parametrize("text", [
    "Xem thêm: Mỹ và Nhật Bản nhất trí tăng cường hợp tác",
    "ĐỌC THÊM >> Hàn Quốc bầu cử",
])
def test_a_related_link_inside_the_body_is_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", ["0", "12 | 3", "— — —"])
def test_lines_without_words_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


def test_a_dateline_signed_by_its_author(rules):
    line = classify("KHÁNH AN 09/11/2024 18:20 GMT+7", rules)
    assert (line.kind, line.published, line.author) == (Kind.DATELINE, "2024-11-09T18:20", "KHÁNH AN")


def test_a_place_before_a_date_is_no_signature(rules):
    assert classify("Hà Nội, 24/02/2024", rules).author is None


def test_page_lines_split_on_every_line_separator(rules):
    lines = page_lines("Một dòng\rHai dòng\u2028Ba dòng\r\nBốn dòng", rules)
    assert lines == ["Một dòng", "Hai dòng", "Ba dòng", "Bốn dòng"]


def test_a_photo_label_closes_on_its_credit_and_date_a_headline_names_its_day():
    # the label's date follows a comma; a headline's follows "ngày", a dateline's comes before its time
    assert is_dated_label("Bộ trưởng Nông nghiệp Chile. - Thông tấn Nam Mỹ, 1280, 12.03.2025")
    assert is_dated_label("Cảng biển mới - Thông tấn Nam Mỹ, 1280, 02/03/2025")
    assert not is_dated_label("Họp báo thường kỳ của Người phát ngôn ngày 12/3/2025")
    assert not is_dated_label("Thứ Năm, 12/03/2025 - 18:40")


def test_a_stamp_glued_to_its_headline_is_split(rules):
    """A list's date and time with the headline glued to the minute: the dateline, then the headline."""
    line = "01/09/2016 18:17Tổng thống Mỹ lên đường dự hội nghị thượng đỉnh cuối cùng"
    assert page_lines(line, rules) == ["01/09/2016 18:17", "Tổng thống Mỹ lên đường dự hội nghị thượng đỉnh cuối cùng"]


@pytest.mark.parametrize("line", [
    "01/09/2016 18:17Tổng thống Mỹ lên đường. Ông sẽ dự hội nghị thượng đỉnh tại Hàng Châu.",  # a sentence
    "01/09/2016 18:17VOV",  # no capitalised word
    "01/09/2016Tổng thống Mỹ lên đường dự hội nghị",  # no minute: what glued is not a stamp
])
def test_a_glued_stamp_before_no_headline_stays(rules, line):
    assert page_lines(line, rules) == [line]


@pytest.mark.parametrize("text", [
    "Bộ trưởng Ngoại giao phát biểu khai mạc hội nghị xúc tiến đầu tư, lần thứ 3 |",  # a photo's cell, no marker
    "Hai bộ trưởng chứng kiến lễ ký các văn kiện hợp tác. |",
    "| Bộ trưởng Ngoại giao phát biểu tại phiên họp của Ủy ban liên Chính phủ |",  # between the cell's borders
])
def test_a_sentence_closed_by_its_table_cell_is_a_caption(rules, text):
    assert kind_of(text, rules) is Kind.CAPTION


@pytest.mark.parametrize("text", [
    "Minh Khôi |",  # a byline in a cell
    "Xuất khẩu | Nhập khẩu | Cán cân thương mại |",  # a table's row
    "Hai bên nhất trí | tăng cường hợp tác trong lĩnh vực quốc phòng |",
    "| Xuất khẩu | Nhập khẩu | Cán cân thương mại |",  # a table's row between its borders
    "| Minh Khôi |",
])
def test_other_lines_closed_by_a_cell_are_no_caption(rules, text):
    assert kind_of(text, rules) is not Kind.CAPTION


@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("• Chiều 5/5, Bí thư Tỉnh ủy đã tiếp Đại sứ Hoa Kỳ tại trụ sở Tỉnh ủy.", Kind.BODY,
     "Chiều 5/5, Bí thư Tỉnh ủy đã tiếp Đại sứ Hoa Kỳ tại trụ sở Tỉnh ủy."),  # a lead
    ("• Bí thư Tỉnh ủy tiếp Đại sứ Hoa Kỳ tại Việt Nam", Kind.HEADLINE,
     "Bí thư Tỉnh ủy tiếp Đại sứ Hoa Kỳ tại Việt Nam"),
    ("• tiep-dai-su-hoa-ky.JPG", Kind.FURNITURE, "tiep-dai-su-hoa-ky.JPG"),
])
def test_a_bullet_a_scraper_kept_before_a_pages_block_is_dropped(rules, text, kind, kept):
    line = classify(text, rules)
    assert (line.kind, line.text) == (kind, kept)


@pytest.mark.parametrize("text", [
    "• Hai bên nhất trí tăng cường hợp tác quốc phòng và an ninh biển.",  # a list's item inside the body
    "• Tin Trung Quốc",  # a menu's item
])
def test_a_bullet_before_other_text_stays(rules, text):
    assert classify(text, rules).text == text

