"""Signatures and credits of real pages: staff bylines, a story taken from another paper, an
aggregator's source on the dateline, a photo's credit on a line of its own, a box inside the body;
and sentences a scraper glued together."""

from __future__ import annotations

import pytest
from clean_blocks import captions, paragraphs

from reader.clean.lines import Kind, classify, page_lines, tagged_lead_date

TITLE = "Bộ trưởng Ngoại giao điện đàm với người đồng cấp Hàn Quốc"
LEAD = "Chiều 9/2, Bộ trưởng Ngoại giao đã điện đàm với người đồng cấp Hàn Quốc về quan hệ hai nước."
BODY = "Hai Bộ trưởng nhất trí phối hợp chuẩn bị cho các chuyến thăm cấp cao trong năm nay."
LAST = "Hai bên cũng trao đổi về tình hình khu vực và các vấn đề quốc tế cùng quan tâm."


@pytest.mark.parametrize("text", ["PV", "CTV.", "Nhóm PV", "Nhóm phóng viên"])
def test_a_newsrooms_staff_signs_without_a_name(rules, text):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, text)


@pytest.mark.parametrize(("text", "author", "published"), [
    ("PV•28/01/2025 08:22", "PV", "2025-01-28T08:22"),
    ("CTV | 03/02/2025", "CTV", "2025-02-03"),
])
def test_a_staff_byline_before_a_dateline(rules, text, author, published):
    line = classify(text, rules)
    assert (line.kind, line.author, line.published) == (Kind.DATELINE, author, published)


@pytest.mark.parametrize("text", ["PVN", "PV Gas", "VOV•28/01/2025 08:22", "PV Gas báo lãi quý III",
                                  "Nhóm phóng viên đã có mặt tại hiện trường từ sáng sớm."])
def test_capitals_that_are_no_staff_byline(rules, text):
    line = classify(text, rules)
    assert line.kind is not Kind.BYLINE and line.author is None


@pytest.mark.parametrize(("text", "author", "credit"), [
    ("Theo Ngọc Minh | Thanh Niên", "Ngọc Minh", "Thanh Niên"),
    ("Theo: Hải Yến | Báo Tin tức", "Hải Yến", "Báo Tin tức"),
])
def test_a_story_taken_from_an_author_of_another_paper(rules, text, author, credit):
    line = classify(text, rules)
    assert (line.kind, line.text, line.credit) == (Kind.BYLINE, author, credit)


@pytest.mark.parametrize("text", ["Theo dõi | Chia sẻ", "Thế giới | Châu Á", "Theo Reuters | AFP",
                                  "Theo Ngọc Minh | Thanh Niên | Tuổi Trẻ"])
def test_bars_that_are_no_sourced_byline(rules, text):
    assert classify(text, rules).kind is not Kind.BYLINE


@pytest.mark.parametrize(("text", "source", "published"), [
    ("Vietnam+ 27/07/2024 10:42", "Vietnam+", "2024-07-27T10:42"),  # an aggregator's source by its masthead
    ("VnExpress 15/08/2024", "VnExpress", "2024-08-15"),
    ("TTXVN - 15/08/2024 18:20", "TTXVN", "2024-08-15T18:20"),
])
def test_a_mastheads_name_on_the_dateline_is_its_source(rules, text, source, published):
    line = classify(text, rules)
    assert (line.kind, line.credit, line.author, line.published) == (Kind.DATELINE, source, None, published)


@pytest.mark.parametrize("text", ["COVID-19 ngày 27/07/2024", "Hội nghị ASEAN 2024"])
def test_a_word_with_capitals_inside_a_line_is_no_source_on_a_dateline(rules, text):
    assert classify(text, rules).kind is not Kind.DATELINE


def test_an_aggregators_paper_on_the_dateline_gives_way_to_the_byline_under_the_body(clean):
    (article,) = clean(TITLE, "Tiền Phong 18:20 15/08/2024", LEAD, BODY, "Minh Châu")
    assert (article.author, article.credit, article.published) == ("Minh Châu", "Tiền Phong", "2024-08-15T18:20")


@pytest.mark.parametrize("closing", [(), ("KHÁNH AN",), ("Quang Minh - TTXVN",)])
def test_a_persons_name_on_the_dateline_signs_the_article(clean, closing):
    (article,) = clean(TITLE, "KHÁNH AN 09/11/2024 18:20", LEAD, BODY, *closing)
    assert (article.author, article.credit) == ("KHÁNH AN", None)


def test_a_papers_name_alone_is_a_credit(rules):
    assert classify("THANH NIÊN", rules).kind is Kind.CREDIT


@pytest.mark.parametrize("text", ["Thanh Hiền", "Đài Loan", "Tiến Phong"])
def test_names_and_places_are_no_papers(rules, text):
    assert classify(text, rules).kind is not Kind.CREDIT


@pytest.mark.parametrize(("caption", "credit"), [
    ("Bộ trưởng Ngoại giao phát biểu tại cuộc họp báo ở Hà Nội, ảnh chụp ngày 14/2/2024.", "AFP photo"),
    ("Bộ trưởng Ngoại giao phát biểu tại cuộc họp báo ở Hà Nội, ảnh chụp ngày 14/2/2024.", "Reuters Photo"),
    ("Bộ trưởng Ngoại giao phát biểu tại cuộc họp báo ở Hà Nội", "ẢNH: TTXVN"),
])
def test_a_photos_credit_alone_makes_the_line_above_its_caption(clean, caption, credit):
    (article,) = clean(TITLE, "09/02/2025 10:20", caption, credit, LEAD, BODY)
    assert captions(article)[0] == caption
    assert paragraphs(article) == [LEAD, BODY]


def test_a_storys_source_under_the_title_leaves_the_title_alone(clean):
    (article,) = clean("Tin tức tổng hợp", TITLE, "(Nguồn: Báo Thanh Niên)", LEAD, BODY)
    assert article.title == TITLE


@pytest.mark.parametrize(("above", "credit"), [
    ("Hai Bộ trưởng đã ký biên bản ghi nhớ. Lễ ký diễn ra tại trụ sở Bộ Ngoại giao.", "AFP photo"),
    ("Lễ ký diễn ra tại trụ sở Bộ Ngoại giao với sự chứng kiến của hai đoàn.", "Ảnh: TTXVN"),
])
def test_a_paragraph_above_a_photo_credit_stays_a_paragraph(clean, above, credit):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, above, credit, BODY)
    assert paragraphs(article) == [LEAD, above, BODY]


def test_a_box_inside_the_body_before_its_last_paragraph_and_byline(clean):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, BODY, "Đọc tiếp",
                       "Việt Nam - Hàn Quốc: ba mươi năm quan hệ ngoại giao", LAST, "NGỌC AN")
    assert paragraphs(article) == [LEAD, BODY, LAST]
    assert article.author == "NGỌC AN"


def test_a_related_list_with_one_summary_before_a_heading_stays_out(clean):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, BODY, "Đọc tiếp",
                       "Việt Nam - Hàn Quốc: ba mươi năm quan hệ ngoại giao", LAST,
                       "Tin cùng chuyên mục", "Thủ tướng dự lễ khởi công cao tốc phía Tây")
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize(("text", "spaced"), [
    ("Hai bên hội đàm tại Hà Nội.Trong khi đó, phía Nhật Bản cho biết.",
     "Hai bên hội đàm tại Hà Nội. Trong khi đó, phía Nhật Bản cho biết."),
    ("Cuộc gặp kết thúc.Đại sứ cảm ơn.", "Cuộc gặp kết thúc. Đại sứ cảm ơn."),
])
def test_sentences_glued_without_a_space_are_spaced(rules, text, spaced):
    assert page_lines(text, rules) == [spaced]


@pytest.mark.parametrize("text", [
    "TP.HCM và St.Petersburg", "Xem tại Baoquocte.vn hoặc VnExpress.net", "Vietnamnet.Vn",
    "https://nld.com.vn/Thoi-Su.Chinh-Tri.htm", "giá 1.500 đồng", "ảnh hop.JPG", "ông N.V.An",
    "thư abc.Def@x.com", "Hai bên đã thống nhất v.v.Sau đó",
])
def test_dots_of_addresses_numbers_and_abbreviations_stay(rules, text):
    assert page_lines(text, rules) == [text]


@pytest.mark.parametrize(("text", "kind"), [
    ("Văn bản bởi: Thanh Phương", Kind.BYLINE),
    ("Đăng ngày: 09/11/2024 - 14:20 Sửa đổi lần cuối: 09/11/2024 - 16:05", Kind.DATELINE),
    ("3 phút", Kind.FURNITURE),  # a reading time
    ("5 phút đọc", Kind.FURNITURE),
    ("Đọc tiếp trên trang của chúng tôi", Kind.FURNITURE),
    ("Các tin liên quan:", Kind.RELATED_HEADING),
    ("Các bài khác", Kind.RELATED_HEADING),
])
def test_a_broadcasters_and_a_portals_labels(rules, text, kind):
    assert classify(text, rules).kind is kind


@pytest.mark.parametrize("text", ["3 phút sau, đoàn xe đã tới nơi.", "Đọc tiếp trên trang 5 của báo in, ông nói.",
                                  "Văn bản bởi hai bên ký kết có hiệu lực ngay."])
def test_sentences_that_open_like_those_labels_stay_text(rules, text):
    assert classify(text, rules).kind is Kind.BODY


def test_a_broadcasters_byline_and_dateline_pair_under_the_caption(clean):
    (article,) = clean(TITLE, "Bộ trưởng Ngoại giao tại Hà Nội, ngày 08/11/2024. © Reuters",
                       "Văn bản bởi: Thanh Phương",
                       "Đăng ngày: 09/11/2024 - 14:20 Sửa đổi lần cuối: 09/11/2024 - 16:05", "3 phút", LEAD, BODY,
                       "Đọc tiếp trên trang của chúng tôi")
    assert (article.author, article.published, paragraphs(article)) == ("Thanh Phương", "2024-11-09T14:20",
                                                                       [LEAD, BODY])


@pytest.mark.parametrize(("text", "credit"), [("(T.L., Sở Ngoại vụ TP Đà Nẵng)", "T.L., Sở Ngoại vụ TP Đà Nẵng"),
                                              ("(PV, Ban Thời sự)", "PV, Ban Thời sự")])
def test_initials_and_their_desk_in_brackets_are_the_credit(rules, text, credit):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, credit)


@pytest.mark.parametrize("text", ["(Hà Nội, Việt Nam)", "(Ảnh, Sở Ngoại vụ)",
                                  "(T.L., ông nói rằng hai bên sẽ ký. Sau đó)"])
def test_brackets_that_name_no_desk(rules, text):
    assert classify(text, rules).kind is not Kind.CREDIT


def test_a_desks_credit_closes_the_body_before_a_related_list(clean):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, BODY, "(T.L., Sở Ngoại vụ TP Đà Nẵng)", "Các tin liên quan:",
                       "- Chủ tịch UBND thành phố tiếp Tổng Lãnh sự Nhật Bản tại Đà Nẵng và các đoàn khác (04-10-2024)",
                       "- Đoàn đại biểu thành phố Daegu (Hàn Quốc) thăm và làm việc tại Đà Nẵng nhân dịp (28-09-2024)")
    assert (article.credit, paragraphs(article)) == ("T.L., Sở Ngoại vụ TP Đà Nẵng", [LEAD, BODY])


def test_an_undated_article_takes_the_dateline_under_its_closing_byline(clean):
    (article,) = clean(TITLE, LEAD, BODY, "Hải Yến", "08/03/2025 06:30", "#đối ngoại", "Tin liên quan",
                       "Hội Phụ nữ thành phố trao quà cho các gia đình khó khăn")
    assert (article.published, article.author) == ("2025-03-08T06:30", "Hải Yến")


def test_a_dateline_inside_the_body_or_over_the_next_story_dates_no_article(clean):
    (article,) = clean(TITLE, LEAD, BODY, "08/03/2025 06:30", LAST)
    assert article.published is None
    first, second = clean(TITLE, LEAD, BODY, "Hải Yến", "08/03/2025 06:30",
                          "Thủ tướng tiếp Đại sứ Nhật Bản chào kết thúc nhiệm kỳ", LEAD, BODY)
    assert (first.published, second.published) == (None, "2025-03-08T06:30")


CLOCK = "Thứ Hai, 10/03/2025 | 07:05"  # the site's clock over the headline: the day the page was scraped
OTHER_NEWS = ("Tỉnh tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp",
              "Chủ tịch tỉnh tiếp đoàn đại biểu người có công tiêu biểu")


def test_the_stamp_under_the_closing_byline_wins_over_the_clock_above_the_headline(clean):
    (article,) = clean(CLOCK, TITLE, LEAD, BODY, "Hải Yến", "08/03/2025 06:30", *OTHER_NEWS)
    assert (article.published, article.author) == ("2025-03-08T06:30", "Hải Yến")


def test_a_date_under_the_byline_over_the_next_post_leaves_the_date_above_the_headline(clean):
    """A blog's next day's date over its next post (a headline with its lead) is that post's, not the first's."""
    first, second = clean(CLOCK, TITLE, LEAD, BODY, "Hải Yến", "08/03/2025 06:30",
                          "Thủ tướng tiếp Đại sứ Nhật Bản chào kết thúc nhiệm kỳ", LEAD, BODY)
    assert (first.published, second.published) == ("2025-03-10T07:05", "2025-03-08T06:30")


def test_an_office_under_the_last_sentence_signs_the_story(clean):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, BODY, "ĐSQ Việt Nam tại Chile", "Các tin khác",
                       "Đại sứ quán tổ chức Lễ kỷ niệm Quốc khánh (03/09/2024)")
    assert (article.credit, paragraphs(article)) == ("ĐSQ Việt Nam tại Chile", [LEAD, BODY])


@pytest.mark.parametrize("last", ["Hai bên sẽ còn trao đổi thêm về việc này",  # prose without its full stop
                                  "Hội nghị kéo dài hai ngày"])
def test_a_closing_line_of_prose_is_no_signing_office(clean, last):
    (article,) = clean(TITLE, "09/02/2025 10:20", LEAD, BODY, last)
    assert (article.credit, paragraphs(article)) == (None, [LEAD, BODY, last])


TAGGED_LEAD = "(TTXVN - 18/04/2024) - Chiều 16/4, Bộ trưởng Ngoại giao đã điện đàm với người đồng cấp Hàn Quốc."


@pytest.mark.parametrize(("text", "tagged"), [
    (TAGGED_LEAD, ("TTXVN", "2024-04-18")),
    ("(VOV - 05/02/2024 08:15) - Tối 3/2, tại thủ đô, Đại sứ quán đã tổ chức gặp mặt.", ("VOV", "2024-02-05T08:15")),
    ("(TTXVN) - Chiều 16/4, Bộ trưởng Ngoại giao đã điện đàm.", None),  # a tag without its day
    ("(TTXVN - 18/4) - Chiều 16/4, Bộ trưởng Ngoại giao đã điện đàm.", None),  # a day without its year
    ("Chiều 16/4 (theo giờ địa phương) - hai bên đã điện đàm.", None),
])
def test_the_agency_and_the_day_of_a_leads_tag(rules, text, tagged):
    assert tagged_lead_date(text, rules) == tagged


def test_a_listings_leads_tagged_with_their_day_date_their_stories(clean):
    first, second = clean(TITLE, TAGGED_LEAD, BODY,
                          "Thủ tướng tiếp Đại sứ Nhật Bản chào kết thúc nhiệm kỳ",
                          "(TTXVN - 05/02/2024) - Tối 3/2, tại Hà Nội, Thủ tướng đã tiếp Đại sứ Nhật Bản.", LAST)
    assert [(a.published, a.credit) for a in (first, second)] == [("2024-04-18", "TTXVN"), ("2024-02-05", "TTXVN")]


def test_a_tagged_paragraph_inside_the_body_dates_nothing(clean):
    (article,) = clean(TITLE, LEAD, TAGGED_LEAD.replace("Chiều 16/4, ", ""), BODY)
    assert article.published is None


@pytest.mark.parametrize(("signature", "author", "credit"), [
    ("Ngọc Lan - Phòng Hợp tác quốc tế", "Ngọc Lan", "Phòng Hợp tác quốc tế"),  # the writer's office: the credit
    ("Hoài An - Sở Ngoại vụ", "Hoài An", "Sở Ngoại vụ"),
    # a district's number is part of the office's name, as when the office alone signs
    ("Bích Ngọc - Phòng Văn hóa và Thông tin Quận 5", "Bích Ngọc", "Phòng Văn hóa và Thông tin Quận 5"),
    ("Thu Hương - PV VOV2 thực hiện", "Thu Hương", None),  # what the desk did: an interview's
])
def test_a_name_with_its_office_or_desk_after_a_dash_ends_the_body_and_signs_it(clean, signature, author, credit):
    [article] = clean(TITLE, LEAD, BODY, LAST, signature, "Tin khác", "Hai nước ký kết hiệp định về lao động")
    assert (article.author, article.credit, paragraphs(article)) == (author, credit, [LEAD, BODY, LAST])


@pytest.mark.parametrize("closing", [
    "Thu Hà - TP Hồ Chí Minh",  # a place after the name: no office nor desk
    "Minh Anh - Phòng 12 tầng 3",  # an office's head with a number: an address
    "Hai bên - Ban tổ chức cho biết sẽ thực hiện",  # no name before the dash
])
def test_a_closing_line_with_a_dash_and_no_office_or_desk_signs_nothing(clean, closing):
    [article] = clean(TITLE, LEAD, BODY, LAST, closing)
    assert (article.author, article.credit) == (None, None)


def test_a_share_bars_label_with_its_colon_is_one_of_its_buttons(clean, rules):
    assert classify("Chia sẻ: Facebook Zalo Twitter", rules).kind is Kind.FURNITURE
    assert classify("Chia sẻ: Hai nước sẽ hợp tác chặt chẽ hơn", rules).kind is not Kind.FURNITURE
    [article] = clean(TITLE, LEAD, BODY, LAST, "Hải Yến - Minh Quân", "Chia sẻ: Facebook Zalo Twitter")
    assert (article.author, paragraphs(article)) == ("Hải Yến - Minh Quân", [LEAD, BODY, LAST])


# --- a district portal's last photo caption over the office signing the body (set t) -----------------------

PORTAL_CAPTION = "Ông Nguyễn Văn Nam trao quà lưu niệm cho Bộ trưởng Ngoại giao Hàn Quốc"
DISTRICT_OFFICE = "Phòng Văn hóa và Thông tin Quận 3"


def test_a_line_between_the_prose_and_the_office_signing_it_is_the_last_photos_caption(clean):
    [article] = clean(TITLE, "10/02/2025", LEAD, BODY, LAST, PORTAL_CAPTION, DISTRICT_OFFICE)
    assert (paragraphs(article), captions(article), article.credit) == (
        [LEAD, BODY, LAST], [PORTAL_CAPTION], DISTRICT_OFFICE)


def test_a_districts_office_signs_the_body_whatever_its_number(clean):
    [article] = clean(TITLE, "10/02/2025", LEAD, BODY, LAST, DISTRICT_OFFICE)
    assert (paragraphs(article), article.credit) == ([LEAD, BODY, LAST], DISTRICT_OFFICE)


def test_two_headlines_under_the_body_with_no_signature_are_a_list(clean):
    [article] = clean(TITLE, "10/02/2025", LEAD, BODY, LAST, PORTAL_CAPTION,
                      "Quận 3 tổ chức ngày hội văn hóa các dân tộc năm 2025")
    assert (paragraphs(article), captions(article)) == ([LEAD, BODY, LAST], [])


@pytest.mark.parametrize("text", ["Nhóm phóng viên Chính trị", "Nhóm PV Thời sự"])
def test_a_newsrooms_staff_with_its_desk_signs_without_a_name(rules, text):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, text)


@pytest.mark.parametrize("text", [
    "Nhóm phóng viên đã có mặt tại hiện trường",  # a sentence about the staff
    "PV 12 tầng",
    "PV Quốc tế",  # one staff word and a name: a company's as often ("PV Gas")
    "Nhóm phóng viên Hà Nội giành giải nhất cuộc thi",  # more than a desk's name after the staff
    "Nhóm phóng viên Anh bị bắt",  # a headline: a country and what befell its crew, no desk's name
])
def test_a_line_opening_on_a_staff_word_and_going_on_signs_nothing(rules, text):
    assert classify(text, rules).kind is not Kind.BYLINE


def test_a_live_pages_crew_with_its_desk_closes_the_body(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Nhóm phóng viên Chính trị", "Tin liên quan",
                      "Hai nước ký kết hiệp định về lao động")
    assert (article.author, paragraphs(article)) == ("Nhóm phóng viên Chính trị", [LEAD, BODY, LAST])


def test_a_headline_opening_on_the_staffs_words_stays_the_title(clean):
    title = "Nhóm phóng viên Anh bị bắt"
    lead = "Chiều 9/2, nhóm phóng viên của một đài truyền hình Anh đã bị bắt giữ khi đang tác nghiệp."
    [article] = clean(title, lead, BODY, LAST)
    assert (article.title, article.author) == (title, None)
