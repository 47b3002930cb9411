"""Shapes of overseas services, blogs and portals (SHAPES.md, set c): each rule with lines it must
catch and lines it must leave alone. The lines are invented, in the shapes read on real pages."""

from __future__ import annotations

import pytest
from clean_blocks import paragraphs

from reader.clean.lines import Kind, classify, page_lines
from reader.clean.segment import is_lead

TITLE = "Chủ tịch nước tiếp Đại sứ Hàn Quốc chào từ biệt nhân dịp kết thúc nhiệm kỳ"
LEAD = "Chiều 14/2, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Đại sứ Hàn Quốc đến chào từ biệt."
BODY = "Chủ tịch nước đánh giá cao những đóng góp của Đại sứ cho quan hệ hai nước trong nhiệm kỳ."
MORE = "Đại sứ khẳng định sẽ tiếp tục là cầu nối thúc đẩy hợp tác giữa hai nước trên mọi cương vị."


@pytest.mark.parametrize(("text", "iso"), [
    ("18 Tháng Mười Một 20259:42 SA(Xem: 2417)", "2025-11-18T09:42"),  # month in words, year glued to the time
    ("Tháng Mười Một 22, 2025", "2025-11-22"),  # month first, as an English date in Vietnamese words
    ("3 tháng Giêng 2025", "2025-01-03"),
    ("Cập nhật lúc: 3:05 PM, ngày 28/11/2025", "2025-11-28T15:05"),  # the afternoon after the time
    ("Cập nhật lúc: 9:42 CH, ngày 28/11/2025", "2025-11-28T21:42"),
    ("23:10 PM 28/11/2025", "2025-11-28T23:10"),  # already past noon
    ("Sửa đổi ngày: 14/11/2025 - 12:40", "2025-11-14T12:40"),  # the edit stamp
    ("Đối ngoại - Ngày đăng : 20:15, 26/11/2025", "2025-11-26T20:15"),  # a section's label before it
    ("VOV5.VN - Thứ Hai, 14/04/2025 - 10:35", "2025-04-14T10:35"),  # the site's address before it, digits and all
])
def test_datelines_of_other_shapes(rules, text, iso):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, iso)


@pytest.mark.parametrize("text", [
    "Tháng Mười Một là mùa mưa lớn nhất trong năm ở các tỉnh miền Trung",
    "Việt Nam - Nhật Bản 2025",  # a label and a year, no dateline
    "Kinh tế Việt Nam tăng trưởng mạnh - Ngày 26/11/2025",  # more than a section's label
    "Kỳ 2 - Thứ Hai, 14/04/2025 - 10:35",  # a label with digits that is no site's address
])
def test_lines_with_month_words_or_a_dash_that_are_no_datelines(rules, text):
    assert classify(text, rules).kind is not Kind.DATELINE


def test_an_aggregators_source_printed_twice_and_its_date(rules):
    line = classify("Báo Quốc tếBáo Quốc tế29/11/2025", rules)
    assert (line.kind, line.published, line.credit, line.author) == (Kind.DATELINE, "2025-11-29", "Báo Quốc tế", None)
    assert classify("Báo Quốc tế Việt Nam đưa tin 29/11/2025", rules).kind is not Kind.DATELINE


@pytest.mark.parametrize(("text", "kind"), [
    ("Bộ trưởng hai nước tại Hà Nội, ngày 13/11/2025. © AFP", Kind.CAPTION),  # a photo's copyright closes it
    ("© AP Photo / Nguyễn Văn A", Kind.FURNITURE),  # a photo credit alone
    ("Diễn đàn Xe & Đời sống © 2015 - 2025", Kind.FURNITURE),  # a footer
    ("Bản quyền thuộc về Báo Cần Thơ", Kind.FURNITURE),
    ("Nguồn hình ảnh, Reuters", Kind.FURNITURE),  # label pairs of one overseas service
    ("Vai trò, BBC News Tiếng Việt", Kind.FURNITURE),
    ("Chụp lại hình ảnh, Thủ tướng hai nước tại số 10 phố Downing hôm 20/11", Kind.CAPTION),
    ("image002", Kind.FURNITURE),  # an image's placeholder
    ("{keywords}", Kind.FURNITURE),  # a template's
    ("nguoi phat ngon bo ngoai giao len tieng Việt Nam tham dự hội nghị", Kind.FURNITURE),  # a slugged link
])
def test_furniture_and_captions_of_other_shapes(rules, text, kind):
    assert classify(text, rules).kind is kind


@pytest.mark.parametrize("text", [
    "Thương hiệu © của hãng được bảo hộ tại Việt Nam từ nhiều năm nay theo luật sở hữu trí tuệ.",
    "Ảnh, video và tư liệu về chuyến thăm được trưng bày tại bảo tàng từ ngày mai.",
    "image of the day",
    "trong khi đó, phía Việt Nam cho biết sẽ tiếp tục theo dõi sát tình hình.",
])
def test_lines_that_only_look_like_them_stay_text(rules, text):
    assert classify(text, rules).kind not in (Kind.FURNITURE, Kind.CAPTION)


def test_a_byline_with_its_label_and_a_comma(rules):
    line = classify("Tác giả, Minh Thư", rules)
    assert (line.kind, line.text) == (Kind.BYLINE, "Minh Thư")
    assert classify("Tác giả, nhà nghiên cứu lâu năm, cho rằng hai nước cần đối thoại.", rules).kind is Kind.BODY


def test_a_menu_line_naming_the_page_gives_way_to_the_headline(clean):
    [article] = clean("Trang Chính", "Điểm Nóng A", "Văn Hóa Online Media", TITLE, LEAD, BODY)
    assert (article.title, article.author, paragraphs(article)) == (TITLE, None, [LEAD, BODY])


def test_place_names_in_a_menu_do_not_sign_the_title_above_them(clean):
    [article] = clean("Chuyển tới nội dung chính", "Tin chính", "Việt Nam", "Thế giới", TITLE, LEAD, BODY)
    assert (article.title, article.author, paragraphs(article)) == (TITLE, None, [LEAD, BODY])
    [menu] = clean("Tiếng Việt ngay trên trang", "Hoa Kỳ", "English", TITLE, LEAD, BODY)
    assert (menu.title, menu.author) == (TITLE, None)


def test_a_byline_right_under_the_title_still_signs_it(clean):
    sapo = "Hai nước nhất trí đưa quan hệ lên tầm cao mới trong thập niên tới"
    [article] = clean(TITLE, "Thu Hà", sapo, LEAD, BODY)
    assert (article.title, article.author, paragraphs(article)) == (TITLE, "Thu Hà", [sapo, LEAD, BODY])


def test_a_masthead_in_capitals_under_the_dateline_is_chrome(clean):
    [article] = clean(TITLE, "18/11/2025", "VĂN HÓA ONLINE - TIN NÓNG - THỨ BA 18 NOVEMBER", LEAD, BODY)
    assert (article.title, article.published, paragraphs(article)) == (TITLE, "2025-11-18", [LEAD, BODY])


def test_a_related_box_inside_the_body_does_not_end_it(clean):
    box = ["Tin liên quan", "Hai nước ký thỏa thuận hợp tác về lao động và di cư"]
    [article] = clean(TITLE, LEAD, *box, BODY, MORE)
    assert paragraphs(article) == [LEAD, BODY, MORE]


def test_a_related_list_after_the_credit_or_with_summaries_stays_out(clean):
    [closed] = clean(TITLE, LEAD, "Theo TTXVN", "Đọc thêm", BODY, MORE)
    assert paragraphs(closed) == [LEAD]
    listed = ["Tin liên quan", "Hai nước ký thỏa thuận hợp tác về lao động và di cư", BODY,
              "Thủ tướng tiếp đoàn doanh nghiệp của hai nước tại Hà Nội", MORE]
    [article] = clean(TITLE, LEAD, *listed)
    assert paragraphs(article) == [LEAD]


def test_a_widgets_label_ending_the_body_is_dropped(clean):
    [article] = clean(TITLE, LEAD, BODY, "Diễn đàn")
    assert paragraphs(article) == [LEAD, BODY]
    [kept] = clean(TITLE, LEAD, BODY, "Hết.")
    assert paragraphs(kept) == [LEAD, BODY, "Hết."]


def test_a_form_under_the_closing_byline_is_dropped(clean):
    [article] = clean(TITLE, LEAD, BODY, "Minh Anh", "Bình chọn bài viết hay nhất tuần này", "Tên người gửi")
    assert (article.author, paragraphs(article)) == ("Minh Anh", [LEAD, BODY])


def test_an_aggregators_source_and_date_under_the_lead_date_the_article(clean):
    [article] = clean(TITLE, LEAD, "Báo Quốc tếBáo Quốc tế29/11/2025", BODY)
    assert (article.published, article.credit, paragraphs(article)) == ("2025-11-29", "Báo Quốc tế", [LEAD, BODY])
    [later] = clean(TITLE, LEAD, BODY, "Báo Quốc tếBáo Quốc tế29/11/2025", MORE)
    assert later.published is None


SECOND_TITLE = "Thủ tướng đề nghị hai nước sớm nâng kim ngạch thương mại lên mức mới"
SECOND_LEAD = "Chiều 22.11, tại Trụ sở Chính phủ, Thủ tướng đã tiếp đoàn doanh nghiệp của nước bạn."


def test_a_lead_with_a_dotted_date(rules):
    assert is_lead(SECOND_LEAD, rules)
    assert not is_lead("Ngày 1.500 người dân đổ về quảng trường, trời mưa to.", rules)


@pytest.mark.parametrize(("text", "author"), [
    ("Đăng bởi Minh Tâm lúc 08:15", "Minh Tâm"),  # a blog's post signature, its clock dropped
    ("Người đăng: Hoài Nam vào lúc 19:25", "Hoài Nam"),  # the same, "at" written "vào lúc"
    ("Thực hiện: Xuân Lượng - Ngọc Thành", "Xuân Lượng - Ngọc Thành"),  # a crew after a label
    ("VĂN HÓA / Lý Kiến Trúc", "Lý Kiến Trúc"),  # the section in capitals, then the author
    ("Thái An - Ảnh: Phạm Hải", "Thái An"),  # the author, then the photographer
])
def test_bylines_of_other_shapes(rules, text, author):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, author)


@pytest.mark.parametrize("text", [
    "TTXVN/Tin Tức",  # two agencies, no author
    "Đăng bởi nhiều trang tin trong nước",
    "Việt Nam - Nhật Bản",
])
def test_lines_that_name_no_author(rules, text):
    assert classify(text, rules).kind is not Kind.BYLINE


@pytest.mark.parametrize(("text", "credit"), [("Nguồn: TASS", "Nguồn: TASS"), ("• Nguồn: TTXVN", "Nguồn: TTXVN")])
def test_a_source_alone_on_its_line_is_the_credit(rules, text, credit):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, credit)


@pytest.mark.parametrize("text", [
    "(Nguồn: Reuters)",  # a photo's, in brackets
    "Nguồn: Bộ Ngoại giao cho biết hai bên sẽ sớm ký hiệp định mới.",
])
def test_a_source_inside_a_sentence_or_a_bracket_is_no_credit(rules, text):
    assert classify(text, rules).kind is not Kind.CREDIT


@pytest.mark.parametrize("text", [
    "Nhãn: Đối ngoại, Thái Lan", "0 nhận xét:", "Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ",
    "Được tạo bởi Blogger.", "BlogThis!", "Đăng nhận xét", "Không có nhận xét nào:", "Đăng ký: Bài đăng (Atom)",
])
def test_blog_widgets_are_furniture(rules, text):
    assert classify(text, rules).kind is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Nhãn hàng Việt được ưa chuộng tại nhiều thị trường châu Âu",
    "12 bình luận viên quốc tế đánh giá cao vai trò của Việt Nam.",
    "Không có nhận xét nào về đề xuất này được đưa ra tại cuộc họp.",
])
def test_lines_that_start_like_blog_widgets_stay_text(rules, text):
    assert classify(text, rules).kind is not Kind.FURNITURE


def test_a_blog_page_of_two_posts_each_under_its_date(clean):
    first, second = clean(
        "Thứ Hai, 24 tháng 11, 2025", TITLE, LEAD, BODY, "Đăng bởi Minh Tâm lúc 08:15", "BlogThis!",
        "Chủ Nhật, 23 tháng 11, 2025", SECOND_TITLE, SECOND_LEAD, MORE, "Đăng bởi Minh Tâm lúc 21:40")
    assert [(a.title, a.published, a.author) for a in (first, second)] == [
        (TITLE, "2025-11-24", "Minh Tâm"), (SECOND_TITLE, "2025-11-23", "Minh Tâm")]
    assert paragraphs(second) == [SECOND_LEAD, MORE]


CAPS_TITLE = "TÌM HIỂU THÊM: HAI NƯỚC KÝ KẾT HIỆP ĐỊNH HỢP TÁC LAO ĐỘNG MỚI!"
CAPS_LEAD = "Chiều 24/11, tại Hà Nội, hai nước đã ký kết hiệp định hợp tác lao động mới với nhiều điểm mới."


def test_a_blog_post_in_capitals_takes_its_days_date(clean):
    """A post's headline in capitals under its day's date and the blog's menu: the lead names it, so the date
    over it is its own, not a kicker's over the menu line."""
    [article] = clean("Tin tức - Tìm hiểu - Bình luận", "Tìm hiểu giúp bạn", "Thứ Hai, 24 tháng 11, 2025",
                      CAPS_TITLE, CAPS_LEAD, BODY)
    assert (article.title, article.published) == (CAPS_TITLE, "2025-11-24")


def test_a_kicker_in_capitals_under_the_dateline_stays_out_of_the_date(clean):
    [article] = clean(TITLE, "Thứ Hai, 24/11/2025", "TIN NÓNG", LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-11-24")


def test_a_blog_posts_last_line_ending_in_a_mark_stays_in_its_body(clean):
    """'... tìm hiểu lịch sử!' over the post's signature and the next day's date is the post's last line,
    not a headline the signature opens."""
    last = "Hai bên cho biết sẵn sàng phối hợp để đón thêm nhiều đoàn thanh niên hai nước đến tham quan!"
    first, second = clean(
        "Thứ Hai, 24 tháng 11, 2025", TITLE, LEAD, BODY, last, "Người đăng: Minh Tâm vào lúc 21:40",
        "Không có nhận xét nào:", "Chủ Nhật, 23 tháng 11, 2025", SECOND_TITLE, SECOND_LEAD, MORE)
    assert (first.title, first.author, paragraphs(first)) == (TITLE, "Minh Tâm", [LEAD, BODY, last])
    assert (second.title, second.published) == (SECOND_TITLE, "2025-11-23")


def test_a_headline_in_capitals_over_two_lines_is_one_title(clean):
    """A blog's long headline in capitals wrapped over two lines, under its day's date: one title, that date."""
    head, tail = "TÌM HIỂU THÊM: BỘ NGOẠI GIAO THÔNG BÁO CHUYẾN THĂM CHÍNH THỨC", "CỦA THỦ TƯỚNG TỚI NƯỚC BẠN!"
    _, second = clean("Thứ Hai, 24 tháng 11, 2025", TITLE, LEAD, BODY, "Người đăng: Minh Tâm vào lúc 21:40",
                     "Chủ Nhật, 23 tháng 11, 2025", head, tail, SECOND_LEAD, MORE)
    assert (second.title, second.published) == (f"{head} {tail}", "2025-11-23")


@pytest.mark.parametrize("kicker", ["TIN NÓNG", "KỶ NIỆM 50 NĂM QUAN HỆ NGOẠI GIAO HAI NƯỚC:"])
def test_a_kicker_in_capitals_over_a_headline_in_capitals_stays_out_of_the_title(clean, kicker):
    caps = "THỦ TƯỚNG ĐỀ NGHỊ HAI NƯỚC SỚM NÂNG KIM NGẠCH THƯƠNG MẠI"
    articles = clean(TITLE, LEAD, BODY, "Minh Tâm", kicker, caps, SECOND_LEAD, MORE)
    assert articles[-1].title == caps


def test_a_headline_over_its_byline_and_lead_still_opens_a_story(clean):
    _, second = clean(TITLE, LEAD, BODY, SECOND_TITLE, "Minh Tâm", SECOND_LEAD, MORE)
    assert (second.title, second.author, paragraphs(second)) == (SECOND_TITLE, "Minh Tâm", [SECOND_LEAD, MORE])


def test_a_date_over_a_listed_headline_dates_nothing(clean):
    [article] = clean(TITLE, LEAD, BODY, "Thứ Hai, 24/11/2025", SECOND_TITLE)
    assert article.published is None


def test_a_listing_of_items_each_closed_by_its_crew(clean):
    items = clean(TITLE, LEAD, BODY, "Thực hiện: Xuân Lượng - Ngọc Thành",
                  SECOND_TITLE, SECOND_LEAD, MORE, "Thực hiện: Hải Yến - Minh Đức")
    assert [(a.title, a.author) for a in items] == [
        (TITLE, "Xuân Lượng - Ngọc Thành"), (SECOND_TITLE, "Hải Yến - Minh Đức")]


def test_listed_headlines_under_the_closing_byline_are_dropped(clean):
    listed = "Thứ trưởng Bộ Quốc phòng làm việc với Tư lệnh Lục quân của nước bạn tại Hà Nội"
    [article] = clean(TITLE, LEAD, BODY, "HÙNG MẠNH", "Tin tức - Thời sự", listed)
    assert (article.author, paragraphs(article)) == ("HÙNG MẠNH", [LEAD, BODY])


@pytest.mark.parametrize(("text", "kind"), [
    ("hoangminh88 nói:", Kind.RELATED_HEADING),  # a forum's quote of an earlier post: the replies begin
    ("trungkien_hn viết:", Kind.RELATED_HEADING),
    ("Ông nói:", Kind.BODY),  # a quote inside the article
    ("Lavrov nói:", Kind.BODY),
    ("Trích dẫn", Kind.FURNITURE),
    ("Bấm để mở rộng...", Kind.FURNITURE),
    ("Chia sẻ trang này", Kind.FURNITURE),
])
def test_forum_lines(rules, text, kind):
    assert classify(text, rules).kind is kind


def test_a_forum_thread_keeps_the_copied_news_not_the_replies(clean):
    reply = "Giá trong nước vẫn cao lắm bác ạ, chắc còn lâu mới giảm được đâu."
    [article] = clean(TITLE, LEAD, BODY, "Nguồn: VnExpress", "hoangminh88, 29/11/2025 lúc 21:14", "Trích dẫn",
                      "Trả lời", "trungkien_hn", "hoangminh88 nói:", BODY, "Bấm để mở rộng...", reply, "Trích dẫn")
    assert (article.credit, paragraphs(article)) == ("Nguồn: VnExpress", [LEAD, BODY])


def test_a_name_in_capitals_under_the_sapo_signs_the_article_and_the_body_goes_on(clean):
    [article] = clean(TITLE, LEAD, "THU HÀ", BODY, MORE)
    assert (article.author, paragraphs(article)) == ("THU HÀ", [LEAD, BODY, MORE])
    [mixed] = clean(TITLE, LEAD, "Thu Hà", BODY)  # in mixed case before prose it is text (a name, a place)
    assert mixed.author is None and "Thu Hà" in paragraphs(mixed)


def test_a_crew_and_its_desk_fused_with_the_dateline(rules):
    line = classify("Quang Anh - Văn Khương - Trần Nam (Ban Thời sự)-Thứ ba, ngày 07/08/2018 21:04 GMT+7", rules)
    assert (line.kind, line.published, line.author) == (
        Kind.DATELINE, "2018-08-07T21:04", "Quang Anh - Văn Khương - Trần Nam")


def test_names_joined_by_dashes_that_end_the_body_sign_it(clean):
    [article] = clean(TITLE, LEAD, BODY, "Huỳnh Phong - Hùng Anh")
    assert (article.author, paragraphs(article)) == ("Huỳnh Phong - Hùng Anh", [LEAD, BODY])
    [inside] = clean(TITLE, LEAD, "Việt Nam - Nhật Bản", BODY)
    assert inside.author is None and "Việt Nam - Nhật Bản" in paragraphs(inside)


COMMUNITY_TITLE = "Thủ tướng điện đàm với Thủ tướng Ba Lan về hợp tác kinh tế"
COMMUNITY_LEAD = ("Hôm qua (23/1), Thủ tướng đã điện đàm với Thủ tướng Ba Lan, trao đổi về hợp tác kinh tế và cộng đồng"
                  " người Việt tại Ba Lan.")


def test_a_community_papers_search_box_and_its_icon_named_stamp(clean):
    # a masthead's tagline, the menu and the search box's placeholder over the headline; the stamp's icon
    # named before it ("author"), glued to the date
    [article] = clean("VIETPOL - Tin tức cộng đồng người Việt tại Ba Lan", "Trang chủ Tin Ba Lan Tin Việt Nam Rao vặt",
                      "Tìm kiếm...", COMMUNITY_TITLE, "Tin Việt Nam", "author24/01/2024 07:16", COMMUNITY_LEAD, BODY,
                      MORE)
    assert (article.title, article.published, article.author) == (COMMUNITY_TITLE, "2024-01-24T07:16", None)
    assert paragraphs(article) == [COMMUNITY_LEAD, BODY, MORE]


@pytest.mark.parametrize(("text", "kind", "published"), [
    ("author24/01/2024 07:16", Kind.DATELINE, "2024-01-24T07:16"),
    ("calendar24/01/2024", Kind.DATELINE, "2024-01-24"),
    ("Tìm kiếm...", Kind.FURNITURE, None),
    ("Tìm kiếm", Kind.FURNITURE, None),
])
def test_an_icons_name_glued_to_a_stamp_and_a_search_box(rules, text, kind, published):
    [line] = [classify(part, rules) for part in page_lines(text, rules)]
    assert (line.kind, line.published) == (kind, published)


@pytest.mark.parametrize("text", [
    "covid19/12/2024 là ngày cả nước ghi nhận ca bệnh mới",  # a word glued to a date a sentence goes on after
    "Tìm kiếm đối tác mới cho nông sản Việt tại châu Âu",  # a headline that opens on the word
])
def test_a_word_glued_to_a_date_in_a_sentence_and_a_headline_on_search_stay(rules, text):
    assert [classify(part, rules).kind for part in page_lines(text, rules)] != [Kind.DATELINE]
    assert classify(text, rules).kind is not Kind.FURNITURE


def test_a_stamp_then_its_labelled_source_and_editor_is_a_dateline(rules):
    # a broadcaster's stamp, its source by a label, then its editor's credit (furniture): the source the credit
    for text in ("2025-03-12 09:15:30 Nguồn: VOT Online Biên tập: Minh Hà", "2025-03-12 09:15:30 Nguồn: VOT Online",
                 "2025-03-12 09:15:30 | Nguồn: VOT Online | Biên tập: Minh Hà"):
        line = classify(text, rules)
        assert (line.kind, line.published, line.credit) == (Kind.DATELINE, "2025-03-12T09:15", "VOT Online")
    # the negative case: after the source a label that opens no furniture, a note of the page's own
    assert classify("2025-03-12 09:15:30 Nguồn: VOT Online Ghi chú: bản dịch chưa hiệu đính", rules).kind \
        is not Kind.DATELINE
