"""Where an article ends on real pages: widgets and furniture under the body, end marks, the boxes and lists
that follow the last paragraph.

Each rule has lines it must catch and (invented) lines it must leave alone.
"""

from __future__ import annotations

import pytest
from clean_blocks import captions, kind_of, paragraphs

from reader.clean.lines import Kind

TITLE = "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Hà Lan tại Hà Nội"
LEAD = "Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao đã hội đàm với Bộ trưởng Ngoại giao Hà Lan."
BODY = "Hai bên nhất trí thúc đẩy hợp tác về nông nghiệp, quản lý nước và ứng phó biến đổi khí hậu."
LAST = "Bộ trưởng Hà Lan mời người đồng cấp sớm sang thăm Amsterdam vào thời điểm thuận tiện."


# --- widgets under the body ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Loading...", "Like Loading...", "Thích Đang tải...", "Đang tải…", "Загрузка...", "Chargement...",  # placeholders
    "Thích điều này:",  # a blog theme's like button, in Vietnamese
    "Chuyên mục: Thời sự - Chính trị", "Danh mục: Quốc tế",  # the post's section
    "Nghe đọc bài ▶ 00:00 / 04:12", "00:00 / 02:47", "Nghe bài viết 0:00 / 1:05:30",  # a player's time counter
    "Mời bạn bình chọn hoặc chia sẻ bài viết lên Zalo:",  # a vote or share prompt
    "Tiệm bánh Hoa Mai Vùng: Bankstown. Phone: 9708 1234",  # a classified ad's card
    "Công ty dịch thuật Ánh Dương ĐT: 0912 345 678",
])
def test_widget_lines_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Đang tải hàng viện trợ lên máy bay, các nhân viên làm việc suốt đêm.",  # a sentence, no placeholder
    "Chuyên mục này ra mắt bạn đọc từ năm 2015 và được đông đảo độc giả đón nhận.",
    "Phiên họp kéo dài từ 8:30 đến 11:45 với sự tham dự của nhiều đại biểu.",
    "Tỷ số chung cuộc là 2:1 nghiêng về đội chủ nhà",
    "Đường dây nóng của Đại sứ quán luôn hoạt động để hỗ trợ công dân gặp khó khăn.",
])
def test_sentences_near_widget_shapes_stay(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


@pytest.mark.parametrize("heading", ["Tin video cùng chuyên mục", "Video cùng chuyên mục", "Có liên quan"])
def test_more_related_headings_end_the_article(clean, heading):
    [article] = clean(TITLE, LEAD, BODY, heading, "Thủ tướng tiếp Đại sứ Hàn Quốc chào từ biệt",
                      "Ngày 5/3, Thủ tướng đã tiếp Đại sứ Hàn Quốc đến chào từ biệt nhân dịp kết thúc nhiệm kỳ.")
    assert paragraphs(article) == [LEAD, BODY]


# --- an agency's end mark "./." -----------------------------------------------------------------

def test_the_end_mark_closes_the_body_and_what_follows_is_no_prose(clean):
    [article] = clean(TITLE, LEAD, BODY, f"{LAST[:-1]}./.", "Gửi cho bạn bè", "Bạn đang tìm dịch vụ về ?",
                      "Tiệm bánh Hoa Mai Vùng Bankstown")
    assert paragraphs(article) == [LEAD, BODY, f"{LAST[:-1]}./."]


def test_without_the_end_mark_a_short_line_under_the_body_stays(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Gửi cho bạn bè")
    assert paragraphs(article) == [LEAD, BODY, LAST, "Gửi cho bạn bè"]


def test_a_headline_over_prose_under_the_end_mark_opens_the_next_story(clean):
    second = "Phó Thủ tướng tiếp Bộ trưởng Thương mại Australia"
    first, other = clean(TITLE, LEAD, BODY, f"{LAST[:-1]}./.", second,
                         "Phó Thủ tướng đề nghị hai bên sớm nâng kim ngạch thương mại lên 20 tỷ USD.", BODY)
    assert (first.title, other.title) == (TITLE, second)
    assert paragraphs(first)[-1] == f"{LAST[:-1]}./."


def test_prose_under_a_sentence_closed_by_a_plain_stop_stays_in_the_body(clean):
    [article] = clean(TITLE, LEAD, BODY, "Những nội dung hợp tác chính", LAST)
    assert paragraphs(article) == [LEAD, BODY, "Những nội dung hợp tác chính", LAST]


# --- a photo's credit with no caption, a photo's title ----------------------------------------------

DATELINE = "Thứ tư, 12/03/2025 18:40"


@pytest.mark.parametrize("credit", ["Photo : YONHAP News", "Ảnh: TTXVN", "(Ảnh: Minh Đức/TTXVN)"])
def test_a_photo_credit_right_under_the_dateline_captions_nothing(clean, credit):
    [article] = clean(TITLE, DATELINE, credit, LEAD, BODY)
    assert (paragraphs(article), captions(article)) == ([LEAD, BODY], [])


def test_a_photo_credit_under_a_sentence_stays_with_it(clean):
    photo = "Bộ trưởng Ngoại giao đón người đồng cấp Hà Lan tại Nhà khách Chính phủ."
    [article] = clean(TITLE, DATELINE, LEAD, photo, "(Ảnh: Minh Đức/TTXVN)", BODY)
    assert "(Ảnh: Minh Đức/TTXVN)" in captions(article)


def test_a_photo_title_is_its_caption_then_the_sites_name(clean):
    photo = "Ngoại trưởng Hà Lan Pieter de Vries"
    [article] = clean(TITLE, DATELINE, photo, f"{photo} - Tin Nhanh Quốc Tế", LEAD, BODY)
    assert (paragraphs(article), captions(article)) == ([LEAD, BODY], [photo])


def test_a_photo_title_may_close_on_the_photos_width_and_date(clean):
    # a site's label: the caption (a sentence here), a dash, the site's name, the photo's width and its date
    photo = "Ngoại trưởng Hà Lan Pieter de Vries tại Hà Nội."
    [article] = clean(TITLE, DATELINE, photo, f"{photo} - Tin Nhanh Quốc Tế, 1920, 12.03.2025", "Đăng ký", LEAD, BODY)
    assert (paragraphs(article), captions(article)) == ([LEAD, BODY], [photo])


def test_a_line_that_goes_on_after_the_line_above_is_no_photo_title(clean):
    first = "Hai bên ký kết biên bản hợp tác"
    [article] = clean(TITLE, DATELINE, LEAD, first, f"{first} - Giai đoạn hai sẽ bắt đầu từ tháng sau.", BODY)
    assert f"{first} - Giai đoạn hai sẽ bắt đầu từ tháng sau." in paragraphs(article)


# --- a teaser's photo under the body --------------------------------------------------------------

TEASER_TITLE = "Chân dung tân Thủ tướng Hà Lan qua những con số"
TEASER = "(Tin Nhanh) - Ít người biết rằng trước khi làm chính trị, ông từng là giáo viên tiếng Anh tại Utrecht..."
PHOTO = "Thủ tướng Hà Lan trong một lần thăm trường học cũ ở Utrecht."


@pytest.mark.parametrize("alt", ["Chan dung tan Thu tuong Ha Lan qua nhung con so", f"{TEASER_TITLE} - Ảnh 1"])
def test_the_line_under_a_teasers_photo_is_its_caption(clean, alt):
    article, teaser = clean(TITLE, LEAD, BODY, LAST, TEASER_TITLE, TEASER, alt, PHOTO, "Tin liên quan")
    assert paragraphs(article) == [LEAD, BODY, LAST]
    assert (teaser.excerpt, captions(teaser)) == (True, [PHOTO])


def test_prose_under_a_teaser_without_its_photo_goes_back_to_the_article(clean):
    more = "Hai bộ trưởng cũng trao đổi về tình hình khu vực và các vấn đề quốc tế cùng quan tâm."
    [article] = clean(TITLE, LEAD, BODY, TEASER_TITLE, TEASER, more, LAST)  # the box is the article's
    assert paragraphs(article) == [LEAD, BODY, more, LAST]


# --- a list of summaries closed by a "more" link ------------------------------------------------

UNDATED_LEAD = "Bộ trưởng Ngoại giao đã hội đàm với người đồng cấp Hà Lan về hợp tác nông nghiệp và quản lý nước."
SUMMARIES = [
    "Giá vàng trong nước tiếp tục tăng mạnh trong phiên giao dịch sáng 14/3.",
    "Thủ tướng Thái Lan bắt đầu chuyến công du châu Âu từ ngày 13/3. Đây là chuyến đi đầu tiên của bà trong năm.",
    "Hàng nghìn người dân Seoul xuống đường tuần hành vào tối 13/3 để phản đối dự luật lao động mới.",
    "Cuộc đàm phán thương mại giữa hai nền kinh tế lớn nhất thế giới vẫn chưa có tiến triển đáng kể.",
]


def test_dated_summaries_over_a_more_link_that_ends_the_page_are_its_list(clean):
    [article] = clean(TITLE, UNDATED_LEAD, BODY, *SUMMARIES, "Xem thêm", "Bản quyền © Tin Nhanh Quốc Tế")
    assert paragraphs(article) == [UNDATED_LEAD, BODY]


def test_summaries_over_a_heading_with_its_own_list_stay(clean):
    under = ["Thủ tướng tiếp Đại sứ Hàn Quốc chào từ biệt", "Chủ tịch nước hội kiến Thủ tướng Lào tại Viêng Chăn"]
    [article] = clean(TITLE, UNDATED_LEAD, BODY, *SUMMARIES, "Tin liên quan", *under)
    assert paragraphs(article) == [UNDATED_LEAD, BODY, *SUMMARIES]


def test_paragraphs_that_tell_the_articles_own_days_stay(clean):
    lead = "Sáng 13/3, tại Hà Nội, Bộ trưởng Ngoại giao đã hội đàm với Bộ trưởng Ngoại giao Hà Lan."
    [article] = clean(TITLE, lead, BODY, *SUMMARIES, "Xem thêm")
    assert paragraphs(article) == [lead, BODY, *SUMMARIES]


def test_two_dated_summaries_are_no_list(clean):
    [article] = clean(TITLE, UNDATED_LEAD, BODY, SUMMARIES[0], SUMMARIES[2], "Xem thêm")
    assert paragraphs(article) == [UNDATED_LEAD, BODY, SUMMARIES[0], SUMMARIES[2]]


# --- captions without a marker at the end of the body -------------------------------------------

@pytest.mark.parametrize("text", [
    "Các đại biểu chụp ảnh lưu niệm tại Văn Miếu - Quốc Tử Giám.",
    "Đoàn đại biểu hai bên chụp ảnh chung.",
])
def test_a_group_photo_is_a_caption(rules, text):
    assert kind_of(text, rules) is Kind.CAPTION


@pytest.mark.parametrize("text", [
    "Kết thúc buổi tiếp, hai bên đã chụp ảnh lưu niệm cùng các đại biểu.",  # told, not shown
    "Sau lễ ký, lãnh đạo hai tỉnh sẽ chụp ảnh chung với các doanh nghiệp.",
])
def test_a_group_photo_told_as_an_event_is_prose(rules, text):
    assert kind_of(text, rules) is Kind.BODY


def test_a_group_photo_under_the_last_paragraph_is_no_paragraph(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Các đại biểu chụp ảnh lưu niệm.", "Minh Anh")
    assert (paragraphs(article)[-1], captions(article)) == (LAST, ["Các đại biểu chụp ảnh lưu niệm."])


def test_a_headline_shaped_line_closed_by_a_line_in_lower_case_is_one_caption(clean):
    [article] = clean(TITLE, LEAD, BODY, "Chủ tịch UBND tỉnh tặng Đại sứ Hà Lan", "bức tranh phong cảnh Hồ Gươm.",
                      LAST)
    assert captions(article) == ["Chủ tịch UBND tỉnh tặng Đại sứ Hà Lan bức tranh phong cảnh Hồ Gươm."]
    assert paragraphs(article) == [LEAD, BODY, LAST]


def test_on_a_page_of_lines_going_on_in_lower_case_a_broken_sentence_is_no_caption(clean):
    # cut unevenly (too few lines for the page to read as wrapped), every paragraph going on in lower case
    [article] = clean(TITLE, LEAD, "Hai bên nhất trí thúc đẩy hợp tác trên các lĩnh vực kinh tế", "và giáo dục",
                      "Bộ trưởng Hà Lan cảm ơn sự đón tiếp của phía Việt Nam và cho biết", "sẽ sớm thăm lại Hà Nội.",
                      "Đại sứ", "hai nước cùng dự buổi hội đàm", LAST)
    assert not captions(article)


def test_a_heading_over_a_line_in_lower_case_that_does_not_close_stays(clean):
    [article] = clean(TITLE, LEAD, BODY, "Những điểm chính của thỏa thuận hợp tác", "hợp tác nông nghiệp",
                      LAST)
    assert "Những điểm chính của thỏa thuận hợp tác" in paragraphs(article) and not captions(article)


# --- a caption's marker alone, a blog's footer in pieces ------------------------------------------

@pytest.mark.parametrize("text", ["HÌNH", "Ảnh", "Ảnh :", "Photo"])
def test_a_caption_marker_alone_is_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", ["(Ảnh minh họa)", "Ảnh: TTXVN", "HÌNH: Bộ trưởng phát biểu tại Paris. © rfi"])
def test_a_marker_with_its_caption_or_source_stays_a_caption(rules, text):
    assert kind_of(text, rules) is Kind.CAPTION


def test_the_line_under_a_marker_alone_is_its_caption(clean):
    photo = "Bộ trưởng Ngoại giao và người đồng cấp Hà Lan tại lễ đón ở Hà Nội"
    [article] = clean(TITLE, LEAD, "HÌNH", ":", photo, BODY)
    assert (paragraphs(article), captions(article)) == ([LEAD, BODY], [photo])


def test_a_menu_word_under_a_marker_alone_is_no_caption(clean):
    [article] = clean(TITLE, LEAD, BODY, "Ảnh", "Video", "Radio", LAST)
    assert not captions(article)


def test_a_blogs_footer_printed_in_pieces_signs_the_post(clean):
    [article] = clean(TITLE, LEAD, BODY, "Đăng bởi", "Hoài Nam lúc", "10:42", "Gửi email bài đăng này")
    assert (paragraphs(article), article.author) == ([LEAD, BODY], "Hoài Nam")


def test_a_label_alone_with_no_time_under_it_is_not_joined(clean):
    [article] = clean(TITLE, LEAD, BODY, "Tác giả:", "Hoài Nam", LAST)
    assert LAST in paragraphs(article) and "Tác giả: Hoài Nam" not in paragraphs(article)


# --- the story's tags under the body --------------------------------------------------------------

def test_a_label_over_a_sections_name_under_the_body_is_a_tag(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Tin thời sự", "Việt Nam", "Hà Lan")
    assert paragraphs(article) == [LEAD, BODY, LAST]


def test_a_label_over_a_persons_name_stays(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Xin trân trọng cảm ơn", "Minh Anh")
    assert (paragraphs(article)[-1], article.author) == ("Xin trân trọng cảm ơn", "Minh Anh")


# --- an office signing under the body ------------------------------------------------------------

def test_an_office_by_its_head_signs_the_story_however_many_fields_it_names(clean):
    office = "Trung tâm Hợp tác Quốc tế, Giáo dục và Đào tạo"
    [article] = clean(TITLE, LEAD, BODY, LAST, office, "Tin khác", "Thủ tướng tiếp Đại sứ Hàn Quốc chào từ biệt")
    assert (paragraphs(article), article.credit) == ([LEAD, BODY, LAST], office)


@pytest.mark.parametrize("line", [
    "Sở dĩ hai bên chưa ký được hiệp định là vì còn khác biệt",  # "Sở" opening no office's name
    "Ban tổ chức cho biết chương trình sẽ tiếp tục vào năm sau",  # a head, then no capitalised word
])
def test_a_line_opening_with_an_office_word_is_no_office(clean, line):
    [article] = clean(TITLE, LEAD, BODY, LAST, line, "Tin khác", "Thủ tướng tiếp Đại sứ Hàn Quốc chào từ biệt")
    assert (paragraphs(article)[-1], article.credit) == (line, None)


# --- a link between two stories, a photo service's source ------------------------------------------

SECOND = "Chủ tịch nước tiếp Bộ trưởng Ngoại giao Hà Lan tại Phủ Chủ tịch"
SECOND_LEAD = "Sáng 13/3, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Bộ trưởng Ngoại giao Hà Lan."


def test_a_headline_shaped_line_between_two_stories_is_neither_ones(clean):
    first, second = clean(TITLE, DATELINE, LEAD, BODY, "Nhận định trận đấu Arsenal gặp Chelsea lúc 3h ngày 16/3",
                          SECOND, DATELINE, SECOND_LEAD, BODY)
    assert (paragraphs(first), second.title) == ([LEAD, BODY], SECOND)


def test_a_headline_shaped_last_line_over_no_story_stays(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Quang cảnh buổi hội đàm tại Hà Nội", "Minh Anh")
    assert paragraphs(article)[-1] == "Quang cảnh buổi hội đàm tại Hà Nội"


def test_a_photo_services_source_is_the_credit(clean):
    [article] = clean(TITLE, DATELINE, LEAD, BODY, "Thông tin: Phóng viên thường trú TTXVN", "Mã ảnh: 1234567")
    assert (paragraphs(article), article.credit) == ([LEAD, BODY], "Thông tin: Phóng viên thường trú TTXVN")


def test_a_sentence_after_the_same_label_is_no_source(rules):
    text = "Thông tin: Bộ Ngoại giao cho biết hai bên sẽ tiếp tục trao đổi về các vấn đề cùng quan tâm."
    assert kind_of(text, rules) is not Kind.CREDIT


# --- an encyclopedia's page (set u) ----------------------------------------------------------------------

WIKI_LAST = "Nhiều nhà sử học coi cuộc hội đàm là bước ngoặt của quan hệ hai nước.[4]"
NOTES = ("^ Báo Thời Sự, số ra ngày 13/3/2001.", '^ "Hội đàm tại Hà Nội". Truy cập ngày 2 tháng 6 năm 2019.')


def test_an_encyclopedias_note_marks_sections_and_notes_end_where_its_text_does(clean):
    [article] = clean(TITLE, "Mục lục", "Bối cảnh[sửa | sửa mã nguồn]", LEAD, BODY,
                      "Đánh giá[sửa | sửa mã nguồn]", WIKI_LAST, "Chú thích[sửa | sửa mã nguồn]", *NOTES,
                      "Trang này được sửa đổi lần cuối vào ngày 9 tháng 2 năm 2024, lúc 10:12.",
                      "Văn bản được phát hành theo giấy phép tự do; có thể áp dụng điều khoản bổ sung.")
    # the mark "[4]" after the full stop is the note's, and the paragraph closes like a sentence: no headline
    assert paragraphs(article) == [LEAD, BODY, WIKI_LAST.removesuffix("[4]")]


def test_a_note_mark_inside_a_line_and_a_heading_without_its_edit_link_stay(clean, rules):
    # the negative cases: a bracket that closes no sentence stays; "Chú thích" alone may be a label in the body
    assert kind_of("Chú thích", rules) is not Kind.RELATED_HEADING
    assert kind_of("Tham khảo[sửa | sửa mã nguồn]", rules) is Kind.RELATED_HEADING
    assert kind_of("Diễn biến[sửa]", rules) is Kind.FURNITURE
    [article] = clean(TITLE, LEAD, "Hai bên ký Bản ghi nhớ [bản tiếng Anh]", BODY, LAST)
    assert paragraphs(article)[1] == "Hai bên ký Bản ghi nhớ [bản tiếng Anh]"


# --- widgets under a post or a story (set u) -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chia sẻ In bài",  # two buttons of a phrase each
    "Xem bản dịch",  # a social post's translation button
    "Tin chi tiết: baotinhmoi.vn",  # a post's link to the story on the paper's site
    "Xem chi tiết tại https://baotinhmoi.vn/bai-viet-12.html",
])
def test_more_widgets_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Không có",  # two listed words of one word each: a phrase
    "Chia sẻ Bình luận",  # a button and a heading: the comments may follow
    "Xem chi tiết: Thông tư số 12/2024 của Bộ Tài chính",  # a reference to a document, no site's address
])
def test_lines_near_a_widget_are_no_furniture(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


def test_a_gallerys_related_photos_end_the_story(clean):
    [article] = clean(TITLE, LEAD, BODY, LAST, "Ảnh liên quan", "Lễ đón Bộ trưởng Hà Lan tại Phủ Chủ tịch (1/8)",
                      "Tin liên quan", "Hà Lan và Việt Nam ký thỏa thuận về quản lý nước")
    assert paragraphs(article) == [LEAD, BODY, LAST]
