"""The head and the foot of an article on real pages: topic tags, link prompts, agencies signing
under a byline's label, alt text without diacritics, captions glued to alt text or printed over the
lead, the date under the sapo, another site's teaser.

Each rule has lines it must catch and (invented) lines it must leave alone.
"""

from __future__ import annotations

import pytest
from clean_blocks import captions, kind_of, paragraphs

from reader.clean.lines import Kind, classify, page_lines

TITLE = "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt nhân dịp kết thúc nhiệm kỳ"
DATELINE = "Thứ tư, 18/10/2023 08:22"
LEAD = "Chiều 17/10, tại Trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt."
PLACED_LEAD = "Tại Hà Nội, chiều 17/10, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt nhân dịp kết thúc nhiệm kỳ."
BODY = "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trên các lĩnh vực kinh tế, đầu tư và giáo dục."
MORE = "Đại sứ khẳng định sẽ tiếp tục là cầu nối thúc đẩy hợp tác giữa hai nước trên mọi cương vị."
SAPO = ("Thủ tướng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam về vốn vay ưu đãi, chuyển giao công nghệ và đào "
        "tạo nguồn nhân lực chất lượng cao trong giai đoạn tới.")


# --- a topic's tag -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "#Thủ tướng dự hội nghị cấp cao hợp tác Mê Kông - Lan Thương tại Bắc Kinh",
    "#triển khai nghị quyết hội nghị trung ương về công tác đối ngoại",
    "#Ukraine #EU",
])
def test_a_topic_tag_is_furniture_however_long(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "#MeToo đã lan rộng ra nhiều nước trên thế giới chỉ trong vài tháng cuối năm.",
    "#1 trên bảng xếp hạng là đội tuyển chủ nhà với ba trận thắng liên tiếp",
])
def test_a_sentence_that_opens_with_a_hash_is_no_tag(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


def test_a_byline_over_a_topic_tag_signs_the_article(clean):
    [article] = clean(TITLE, LEAD, BODY, "Hoài Nam", "#Thủ tướng dự hội nghị cấp cao hợp tác Mê Kông - Lan Thương",
                      "Xem thêm", "Một tin khác của chuyên mục thời sự hôm nay")
    assert (article.author, paragraphs(article)) == ("Hoài Nam", [LEAD, BODY])


# --- a link's prompt ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bấm xem >> Nga cảnh báo phương Tây về vũ khí tầm xa",
    "Click xem: Ngoại trưởng hai nước điện đàm",
    "Nhấn đọc thêm » Hội nghị thượng đỉnh khai mạc",
    "Mời xem: Toàn cảnh lễ đón",
])
def test_a_prompt_to_read_a_link_is_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Bấm xem ảnh các đại biểu tại hội nghị sáng nay ở Hà Nội",
    "Mời đọc giả gửi ý kiến về dự thảo luật trước ngày 15/12.",
])
def test_a_line_that_only_starts_like_a_prompt_is_not_one(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


# --- an agency under a byline's label ------------------------------------------------------------

@pytest.mark.parametrize(("text", "credit"), [
    ("Bài và ảnh: TTXVN", "TTXVN"), ("Tin, ảnh: VOV", "VOV"), ("Thực hiện: VTV", "VTV"),
    ("Tác giả: TTXVN/Vietnam+", "TTXVN/Vietnam+"),
])
def test_an_agency_after_a_byline_label_is_the_credit(rules, text, credit):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, credit)


@pytest.mark.parametrize(("text", "author"), [("Bài và ảnh: Thu Hà", "Thu Hà"), ("Bài: MINH ANH", "MINH ANH")])
def test_a_person_after_a_byline_label_is_still_the_author(rules, text, author):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, author)


def test_a_newsroom_staff_word_after_a_label_is_no_agency(rules):
    assert kind_of("Bài và ảnh: PV", rules) is not Kind.CREDIT


def test_an_agency_signing_ends_the_body(clean):
    [article] = clean(TITLE, LEAD, BODY, "Bài và ảnh: TTXVN", "Tin mới", "Một tin khác của chuyên mục hôm nay")
    assert (article.credit, article.author, paragraphs(article)) == ("TTXVN", None, [LEAD, BODY])


# --- alt text without diacritics, capitals kept ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ukraine va Moldova ky tuyen bo chung ve an ninh bien gioi",
    "Thu tuong tiep Dai su Nhat Ban chao tu biet",
])
def test_unaccented_words_in_mixed_case_are_alt_text(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "He said the talks would go on until Friday",  # English: few of its words read as syllables
    "Make America Great Again rally in Ohio",
    "Viet Nam News Agency reports from Ha Noi",
    "VIET NAM VA NHAT BAN KY HIEP DINH",  # capitals: a kicker, left to the headline rules
    "Ha Noi",
])
def test_english_and_short_lines_are_no_unaccented_alt_text(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


# --- a caption glued to its image's alt text --------------------------------------------------------

def test_a_caption_glued_to_the_image_number_is_split_from_the_alt_text(rules):
    glued = f"{TITLE} ảnh 1Thủ tướng và Đại sứ tại buổi tiếp. (Ảnh: TTXVN)"
    alt, caption = page_lines(glued, rules)
    assert (alt, caption) == (f"{TITLE} ảnh 1", "Thủ tướng và Đại sứ tại buổi tiếp. (Ảnh: TTXVN)")
    assert (kind_of(alt, rules), kind_of(caption, rules)) == (Kind.FURNITURE, Kind.CAPTION)


@pytest.mark.parametrize("text", [
    "Công nghệ ảnh 3D được giới thiệu tại triển lãm ở Hà Nội.",  # a number and a letter, no caption
    "Thủ tướng xem ảnh 2 Bộ trưởng chụp tại hội nghị hôm qua.",  # spaced: no glue to mend
])
def test_an_image_word_and_a_number_in_a_sentence_split_nothing(rules, text):
    assert page_lines(text, rules) == [text]


# --- a caption over the lead -------------------------------------------------------------------------

def test_a_short_sentence_between_the_dateline_and_the_lead_is_the_photo_caption(clean):
    [article] = clean(TITLE, DATELINE, "Thủ tướng tiếp Đại sứ Nhật Bản.", PLACED_LEAD, BODY)
    assert (paragraphs(article), captions(article)) == ([PLACED_LEAD, BODY], ["Thủ tướng tiếp Đại sứ Nhật Bản."])


def test_a_sapo_over_the_lead_stays_the_first_paragraph(clean):
    [article] = clean(TITLE, DATELINE, SAPO, LEAD, BODY)
    assert (paragraphs(article), captions(article)) == ([SAPO, LEAD, BODY], [])


def test_a_short_sentence_inside_the_body_before_a_dated_paragraph_stays_prose(clean):
    [article] = clean(TITLE, DATELINE, BODY, "Hai bên đã ký ba văn kiện hợp tác.", LEAD, MORE)
    assert paragraphs(article) == [BODY, "Hai bên đã ký ba văn kiện hợp tác.", LEAD, MORE]


# --- the date under the sapo ------------------------------------------------------------------------

def test_a_dateline_under_a_sapo_the_site_tags_dates_an_undated_article(clean):
    sapo = f"SKĐS - {LEAD}"
    [article] = clean(TITLE, sapo, "11/07/2024 | 15:42", "Theo dõi chúng tôi trên", BODY, MORE)
    assert (article.published, paragraphs(article)) == ("2024-07-11T15:42", [sapo, BODY, MORE])


def test_a_dateline_under_an_untagged_first_paragraph_is_inside_the_body(clean):
    [article] = clean(TITLE, SAPO, "11/07/2024 | 15:42", BODY, MORE)
    assert article.published is None


def test_a_dateline_under_the_sapo_gives_way_to_the_one_under_the_title(clean):
    [article] = clean(TITLE, DATELINE, f"SKĐS - {LEAD}", "11/07/2024 | 15:42", BODY)
    assert article.published == "2023-10-18T08:22"


def test_a_dateline_under_a_teaser_dates_nothing(clean):
    articles = clean(TITLE, "Thủ tướng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam về vốn vay ưu đãi...",
                     "11/07/2024 | 15:42", BODY)
    assert all(article.published is None for article in articles)


# --- another site's teaser ----------------------------------------------------------------------------

def test_a_headline_over_another_sites_teaser_opens_an_excerpt_whatever_follows(clean):
    teaser = "(Tin Nhanh) - Ít ai biết rằng trước khi làm ngoại giao, ông từng là giảng viên đại học..."
    first, second = clean(TITLE, LEAD, BODY, MORE, "Hé lộ quãng đời ít biết của vị Đại sứ", teaser,
                          "Đại sứ Nhật Bản tại một sự kiện ở Hà Nội năm ngoái.")
    assert (second.title, second.excerpt) == ("Hé lộ quãng đời ít biết của vị Đại sứ", True)
    assert paragraphs(first)[:3] == [LEAD, BODY, MORE]


# --- what closes the body: a last line over its signature, notes, references ---------------------------

def test_a_headline_shaped_last_line_over_the_byline_closes_the_body_and_the_name_signs(clean):
    [article] = clean(TITLE, LEAD, BODY, "Xin trân trọng cảm ơn Đại sứ!", "Hoàng Yến (thực hiện)",
                      "Bài viết liên quan", "Một tin khác của chuyên mục hôm nay")
    assert (article.author, paragraphs(article)) == ("Hoàng Yến", [LEAD, BODY, "Xin trân trọng cảm ơn Đại sứ!"])


def test_a_headline_over_a_byline_and_prose_still_opens_a_second_story(clean):
    second = "Thủ tướng đề nghị hai nước sớm nâng kim ngạch thương mại lên mức mới"
    first, other = clean(TITLE, LEAD, BODY, second, "Minh Anh", DATELINE, MORE, BODY)
    assert paragraphs(first) == [LEAD, BODY]
    assert (other.title, other.author, paragraphs(other)) == (second, "Minh Anh", [MORE, BODY])


def test_notes_under_the_byline_neither_unsign_the_article_nor_stay_in_its_body(clean):
    [article] = clean(TITLE, LEAD, BODY, "ThS. Lê Minh An", "[1] Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII.",
                      "[2] Báo cáo tổng kết công tác đối ngoại của Quốc hội khóa XV.")
    assert (article.author, paragraphs(article)) == ("Lê Minh An", [LEAD, BODY])


def test_a_note_inside_the_body_stays(clean):
    note = "[1] Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập một, trang 161."
    [article] = clean(TITLE, LEAD, note, BODY)
    assert paragraphs(article) == [LEAD, note, BODY]


def test_the_references_heading_ends_the_article(clean):
    [article] = clean(TITLE, LEAD, BODY, "Tài liệu tham khảo", '[1] Reuters, "Talks in Rome", truy cập ngày 19/4/2025.')
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize("text", [
    "Share this:", "Scroll to Top", "Copyrights(C) Edaily wowkorea.jp 107",
    "Copyright © Tin Nhanh. All Rights Reserved.",
    "Copyright 2025 Người Việt", "Không có nhận xét nào:", "Chưa có bình luận nào", "Đăng ký: Bài đăng (Atom)",
])
def test_themes_buttons_copyrights_and_blog_boxes_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Copyright là vấn đề được hai bên bàn thảo kỹ tại vòng đàm phán thứ ba.",
    "Đăng ký tham dự hội nghị trước ngày 15/12 tại trụ sở Sở Ngoại vụ.",
    "Không có nhận xét nào của phía Mỹ về đề xuất này cho tới chiều qua.",
])
def test_sentences_that_open_like_those_boxes_stay(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


@pytest.mark.parametrize("text", ["Related", "Bài viết mới", "Tài liệu tham khảo"])
def test_theme_related_headings(rules, text):
    assert kind_of(text, rules) is Kind.RELATED_HEADING


# --- signatures and datelines of blogs and feeds -------------------------------------------------------

def test_a_blog_signature_with_its_clock_names_the_author(rules):
    line = classify("Người đăng: Việt Nam Ngày Mới vào lúc 21:40", rules)
    assert (line.kind, line.text) == (Kind.BYLINE, "Việt Nam Ngày Mới")


@pytest.mark.parametrize(("text", "published"), [
    ("2024/10/04 08:21", "2024-10-04T08:21"), ("2024-06-02", "2024-06-02"),
    ("Đăng bởi Ban Biên tập | 21 Tháng 4, 2025", "2025-04-21"),
])
def test_year_first_slashed_dates_and_a_desk_posting_are_datelines(rules, text, published):
    line = classify(text, rules)
    assert (line.kind, line.published, line.author) == (Kind.DATELINE, published, None)


@pytest.mark.parametrize("text", ["2024/10 08:21", "2024-06/02", "Đăng bởi Ban Biên tập năm 2025 | 21 Tháng 4, 2025"])
def test_half_dates_and_a_label_holding_a_number_are_no_such_datelines(rules, text):
    assert classify(text, rules).published is None


# --- a headline in capitals wrapped over two lines --------------------------------------------------------

def test_a_headline_in_capitals_wrapped_over_two_lines_is_one_title(clean):
    [article] = clean("BỘ NGOẠI GIAO THÔNG BÁO CHUYẾN THĂM CẤP NHÀ NƯỚC", "TỚI NHẬT BẢN CỦA CHỦ TỊCH NƯỚC!", LEAD, BODY)
    assert article.title == "BỘ NGOẠI GIAO THÔNG BÁO CHUYẾN THĂM CẤP NHÀ NƯỚC TỚI NHẬT BẢN CỦA CHỦ TỊCH NƯỚC!"


def test_a_wrapped_headline_in_capitals_over_its_dateline_is_one_title(clean):
    [article] = clean("HAI NƯỚC NÂNG TẦM QUAN HỆ", "ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN", DATELINE, LEAD, BODY)
    assert (article.title, article.published) == ("HAI NƯỚC NÂNG TẦM QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
                                                  "2023-10-18T08:22")


def test_a_closing_line_over_the_byline_and_its_notes_opens_nothing(clean):
    [article] = clean(TITLE, LEAD, BODY, "Xin cảm ơn Đại sứ!", "Ngọc Anh (thực hiện)",
                      "[1] Số liệu của Bộ Ngoại giao, cập nhật tháng 8/2024.")
    assert (article.author, paragraphs(article)) == ("Ngọc Anh", [LEAD, BODY, "Xin cảm ơn Đại sứ!"])


def test_a_kicker_in_capitals_over_a_headline_in_capitals_is_not_joined_to_it(clean):
    [article] = clean("KỶ NIỆM 50 NĂM QUAN HỆ NGOẠI GIAO VIỆT NAM - NHẬT BẢN:", "HAI NƯỚC NÂNG TẦM QUAN HỆ ĐỐI TÁC",
                      LEAD, BODY)
    assert article.title == "HAI NƯỚC NÂNG TẦM QUAN HỆ ĐỐI TÁC"


# --- stamps glued together, a forum post's signature -------------------------------------------------------

def test_an_edit_stamp_glued_to_the_source_is_split_and_the_source_is_the_credit(rules):
    first, second = page_lines("2025-04-22 17:05:12 Đài Phát thanh Quốc tế Nam Hải2025-04-22 17:05:13", rules)
    line = classify(first, rules)
    source = "Đài Phát thanh Quốc tế Nam Hải"
    assert (line.kind, line.published, line.credit) == (Kind.DATELINE, "2025-04-22T17:05", source)
    assert classify(second, rules).published == "2025-04-22T17:05"


@pytest.mark.parametrize("text", [
    "Báo Quốc tếBáo Quốc tế29/11/2025",  # an aggregator's source printed twice, then its date: one line
    "Đại hội lần thứ XIII diễn ra từ 25/1/2021 đến ngày1/2/2021 tại Hà Nội.",  # a sentence, no stamp after
])
def test_a_date_glued_to_a_name_with_no_date_before_it_splits_nothing(rules, text):
    assert page_lines(text, rules) == [text]


@pytest.mark.parametrize("text", ["12/03/2024 Hà Nội", "12/03/2024 Báo Mới đưa tin hai nước ký 3 văn kiện"])
def test_a_date_before_a_place_or_a_sentence_is_no_sourced_dateline(rules, text):
    assert classify(text, rules).credit is None


def test_a_forum_posts_signature_under_its_source_dates_and_signs_it(clean):
    [article] = clean(TITLE, LEAD, BODY, "Nguồn: VnExpress", "hoangminh88, 29/11/2025 lúc 21:14", "Thích")
    assert (article.published, article.author) == ("2025-11-29T21:14", "hoangminh88")
    assert article.credit == "Nguồn: VnExpress"


def test_a_name_in_mixed_case_before_a_comma_and_a_date_is_no_forum_handle(rules):
    assert classify("Minh Anh, 29/11/2025 lúc 21:14", rules).author is None


@pytest.mark.parametrize("text", ["H.Long", "T.Hà", "N.Anh"])
def test_an_initial_and_a_name_sign_as_a_byline(rules, text):
    assert classify(text, rules).kind is Kind.BYLINE


@pytest.mark.parametrize("text", ["TP.Hà Nội", "H.Long tăng trưởng mạnh trong quý ba năm nay"])
def test_a_dotted_place_or_a_sentence_is_no_initialled_byline(rules, text):
    assert classify(text, rules).kind is not Kind.BYLINE


def test_notes_under_a_references_heading_never_resume_the_article(clean):
    [article] = clean(TITLE, LEAD, BODY, "Tài liệu tham khảo",
                      '[1] Reuters, "Iran, US to hold second round of talks in Rome", truy cập ngày 19/4/2025.',
                      '[2] Al Jazeera, "Oman mediates Iran-US talks", truy cập ngày 20/4/2025.')
    assert paragraphs(article) == [LEAD, BODY]


LISTED = ("Trang: « Trước 1 2 3 ... 40 41 Sau »", "Đại sứ quán tổ chức lễ kỷ niệm Quốc khánh tại thủ đô")


def test_a_links_label_over_a_headline_list_ends_no_body(clean):
    """A listing's "read more" label ("Chi tiết") then a pager and a headline: the label goes with the list."""
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Chi tiết", *LISTED)
    assert paragraphs(article) == [LEAD, BODY]


def test_a_body_ending_in_prose_over_a_headline_list_keeps_it(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, MORE, *LISTED)
    assert paragraphs(article) == [LEAD, BODY, MORE]


def test_a_widgets_label_and_its_one_item_end_no_body(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Sách hay", "Những cuộc đối thoại làm thay đổi thế giới")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_widgets_label_and_its_item_over_a_labelled_list_end_no_body(clean):
    # a video page: the section's label over its channel, then "Video khác" over other videos
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Đối ngoại", "Truyền hình Đối ngoại Việt Nam", "Video khác",
                      *LISTED)
    assert paragraphs(article) == [LEAD, BODY]


def test_a_closing_line_over_a_labelled_list_stays_without_a_label_over_it(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Hai bên sẽ còn gặp lại trong thời gian tới", "Video khác",
                      *LISTED)
    assert paragraphs(article) == [LEAD, BODY, "Hai bên sẽ còn gặp lại trong thời gian tới"]


def test_a_headline_shaped_last_line_without_a_label_over_it_stays(clean):
    # the negative case: one short closing line under the prose is the body's own
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Hai bên sẽ còn gặp lại trong thời gian tới")
    assert paragraphs(article) == [LEAD, BODY, "Hai bên sẽ còn gặp lại trong thời gian tới"]


# --- a footer's newsroom address and press licence --------------------------------------------

@pytest.mark.parametrize("text", [
    "Tòa soạn: 18 Đại lộ Hùng Vương, TP. Vĩnh Yên",
    "Toà soạn: Tầng 5, số 27 Trần Phú, Ba Đình, Hà Nội",
    "Trụ sở chính: Số 6 phố Lý Thái Tổ, Hoàn Kiếm, Hà Nội",
    "Giấy phép số 207/GP-BTTTT",
    "Giấy phép số: 31/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
    "Giấy phép hoạt động báo điện tử số 08/GP-BTTTT. Chịu trách nhiệm nội dung: Tổng Biên tập Lê Văn Hòa",
    "Báo Vĩnh Phúc - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Vĩnh Phúc",
    "Tạp chí Kinh tế - Cơ quan ngôn luận của Hội Kinh tế Việt Nam",
])
def test_a_footer_address_or_licence_is_furniture(rules, text):
    assert kind_of(text, rules) == Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Tòa soạn: 3 phóng viên đã có mặt tại hiện trường và ghi nhận 12 người bị thương.",
    "Giấy phép số 207/GP-BTTTT của tạp chí này đã bị thu hồi từ tháng 3/2021.",
    "Trụ sở mới của Đại sứ quán được khánh thành tại số 12 phố Kim Mã, Hà Nội.",
    "Báo Vĩnh Phúc - Cơ quan của Đảng bộ tỉnh đã tổ chức lễ kỷ niệm 70 năm ngày thành lập.",
])
def test_a_sentence_about_a_newsroom_or_a_licence_is_no_footer(rules, text):
    assert kind_of(text, rules) != Kind.FURNITURE


def test_names_over_a_footer_address_sign_the_article(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, MORE, "Hoài Nam - Thu Trang",
                      "Tòa soạn: 18 Đại lộ Hùng Vương, TP. Vĩnh Yên", "Giấy phép số 207/GP-BTTTT")
    assert (article.author, paragraphs(article)) == ("Hoài Nam - Thu Trang", [LEAD, BODY, MORE])


# --- the notes under an article's last paragraph: its source's link, a column's disclaimer, a print note --

@pytest.mark.parametrize("text", [
    "Đọc bài gốc",
    "Xem bài gốc tại Báo Điện tử Tây Nguyên",
    "Xem phiên bản đầy đủ",
    "Bài viết thể hiện quan điểm riêng của tác giả.",
    "(*) Bài viết thể hiện quan điểm cá nhân của tác giả, không phản ánh quan điểm của tòa soạn.",
    "Bài đăng trên Tạp chí Doanh nhân số 18-2024 ra ngày 3-5-2024",
    "Bài đã đăng trên Tuần báo Quê hương số 12",
    "Ảnh 3/12",
    "Hình 1 / 6",
])
def test_a_note_under_the_last_paragraph_is_furniture(rules, text):
    assert kind_of(text, rules) == Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Đọc bài gốc của phóng viên, ông cho biết sẽ liên hệ lại với tòa soạn.",
    "Bài viết thể hiện quan điểm của Bộ Ngoại giao về vấn đề Biển Đông.",
    "Bài đăng trên mạng xã hội của Đại sứ quán nhận được hơn 2.000 lượt chia sẻ.",
    "Ảnh 3/12 cho thấy đoàn xe đã tới nơi.",
    # a magazine's issue then what the article argued, no issue's date
    "Bài viết đăng trên tạp chí Foreign Affairs số 3 năm nay cho rằng Mỹ cần thay đổi chính sách.",
    # the author's view, then the sentence goes on about it
    "Bài viết phản ánh quan điểm riêng của tác giả về vấn đề này, được nhiều người chia sẻ.",
])
def test_a_sentence_that_opens_like_those_notes_stays(rules, text):
    assert kind_of(text, rules) != Kind.FURNITURE


def test_a_comment_count_heading_ends_the_article(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Ý kiến độc giả (3)",
                      "Một bạn đọc viết rằng đây là tin vui cho hai nước.")
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize(("text", "published"), [
    ("Thứ năm, 20/04/2023 03:25 PM - 0 Trả lời", "2023-04-20T15:25"),
    ("Chủ nhật, 10/03/2024 08:10 AM - 5 Trả lời", "2024-03-10T08:10"),
])
def test_a_reply_count_beside_the_stamp_leaves_it_a_dateline(rules, text, published):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, published)


def test_a_reply_alone_is_no_dateline(rules):
    assert kind_of("Trả lời", rules) == Kind.FURNITURE
    assert kind_of("Trả lời phóng viên ngày 12/3, ông cho biết hai bên đã ký kết.", rules) == Kind.BODY


JOURNAL_TITLE = "Quan hệ Việt Nam - Mông Cổ: năm thập kỷ hữu nghị và hợp tác"
JOURNAL_LEAD = ("(TCNC) - Trải qua hơn năm thập kỷ, quan hệ Việt Nam - Mông Cổ không ngừng được củng cố và phát triển"
                " trên nhiều lĩnh vực.")


def test_a_journals_affiliation_under_the_byline_and_its_review_dates_under_the_body_are_furniture(clean):
    [article] = clean(JOURNAL_TITLE, "PGS.TS TRẦN VĂN BÌNH", "Khoa Quan hệ quốc tế, Trường Đại học Khoa học xã hội",
                      JOURNAL_LEAD, BODY, MORE,
                      "Ngày nhận bài: 05-03-2024; Ngày phản biện: 20-03-2024; Ngày duyệt đăng: 02-04-2024.")
    assert (article.title, article.author) == (JOURNAL_TITLE, "TRẦN VĂN BÌNH")
    assert paragraphs(article) == [JOURNAL_LEAD, BODY, MORE]


def test_one_institutes_name_under_the_byline_may_be_a_sapo_and_stays(clean):
    # the negative case: a single name opening the line, no unit and its academy
    sapo = "Viện Nghiên cứu Đông Bắc Á tổ chức hội thảo về hợp tác khu vực"
    [article] = clean(JOURNAL_TITLE, "PGS.TS TRẦN VĂN BÌNH", sapo, JOURNAL_LEAD, BODY)
    assert sapo in paragraphs(article)


def test_two_institutes_doing_something_under_the_byline_are_a_sapo_and_stay(clean):
    # the negative case: the second name goes on into what the two did, no affiliation
    sapo = "Học viện Ngoại giao, Đại học Quốc gia Hà Nội ký kết hợp tác đào tạo"
    [article] = clean(JOURNAL_TITLE, "PGS.TS TRẦN VĂN BÌNH", sapo, JOURNAL_LEAD, BODY)
    assert sapo in paragraphs(article)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ngày nhận bài: 05-03-2024; Ngày phản biện: 20-03-2024; Ngày duyệt đăng: 02-04-2024.", Kind.FURNITURE),
    ("Ngày duyệt đăng: 02-04-2024", Kind.FURNITURE),
    ("Biên tập viên:Minh Khuê", Kind.FURNITURE),  # a broadcaster's editor credit, its colon glued
    ("Biên tập: Hồng Vân", Kind.FURNITURE),
])
def test_a_journals_review_dates_and_a_broadcasters_editor_are_furniture(rules, text, kind):
    assert classify(text, rules).kind is kind


@pytest.mark.parametrize("text", [
    "Ngày nhận bài dự thi là ngày 15/3, ban tổ chức cho biết sẽ công bố kết quả sau đó.",  # no label's colon
    "Biên tập viên của đài cho biết chương trình sẽ phát sóng vào tối nay.",
    "Biên tập viên: Chúng tôi đã nhận được nhiều thư của thính giả. Xin cảm ơn quý vị!",  # an answer in an interview
    "Biên tập viên: Xin cảm ơn ông",  # the interviewer's turn, no name
    "BTV: Cảm ơn ông đã dành thời gian",  # a turn in capitalised words, then lower case: no name
    "Ngày nhận: 5 hồ sơ đã được gửi",  # a count after the label, no date
])
def test_sentences_opening_on_those_labels_stay_text(rules, text):
    assert classify(text, rules).kind is not Kind.FURNITURE


@pytest.mark.parametrize(("text", "kind"), [
    ("Hội người Việt - Bản tin cộng đồng số 3/2025 đã được đăng tải tại mục Cộng đồng.", Kind.FURNITURE),
    ("Lịch lãnh sự tháng 4 đã được đăng tại chuyên mục Thông báo", Kind.FURNITURE),
])
def test_a_sites_notice_of_another_post_and_its_section_is_furniture(rules, text, kind):
    assert classify(text, rules).kind is kind


@pytest.mark.parametrize("text", [
    "Toàn văn bài phát biểu của Thủ tướng đã được đăng tải trên Cổng thông tin điện tử Chính phủ.",  # no section
    "Thông cáo đã được đăng tải tại mục Tin tức của Bộ. Hai bên sẽ tiếp tục trao đổi trong thời gian tới.",
    "Danh sách thí sinh trúng tuyển đã được đăng tại mục Thông báo.",  # no issue's number: news of a list
])
def test_a_sentence_about_what_was_posted_elsewhere_stays_text(rules, text):
    assert classify(text, rules).kind is not Kind.FURNITURE
