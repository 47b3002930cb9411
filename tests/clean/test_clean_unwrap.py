"""Hard-wrapped pages (a print edition's text, a PDF, a mailed page) are mended before their lines are
read: a paragraph cut at the page's width is one paragraph again, a headline over two lines one headline;
pages that are not wrapped keep their lines. The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

from reader.clean.unwrap import unwrap

WRAPPED = [
    "Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc",
    "bàn hợp tác năng lượng sạch",
    "Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã",
    "tiếp Đại sứ Hàn Quốc Park Min Jun đến chào xã giao",
    "và bàn hợp tác năng lượng sạch giữa hai nước trong",
    "giai đoạn 2025 - 2030. Đại sứ Park Min Jun cho biết",
    "Hàn Quốc sẵn sàng chia sẻ kinh nghiệm điện gió.",
    "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp",
    "năng lượng hai nước tại thành phố Busan vào tháng",
    "9 tới.",
    "MINH ANH",
    "ĐT: 024.xxx.xxx",
]
TITLE = "Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc bàn hợp tác năng lượng sạch"


def test_a_wrapped_page_gets_its_headline_and_paragraphs_back(rules):
    assert unwrap(WRAPPED, rules) == [
        TITLE,
        "Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc Park Min Jun đến chào xã giao"
        " và bàn hợp tác năng lượng sạch giữa hai nước trong giai đoạn 2025 - 2030. Đại sứ Park Min Jun cho biết"
        " Hàn Quốc sẵn sàng chia sẻ kinh nghiệm điện gió.",
        "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp năng lượng hai nước tại thành phố Busan vào tháng 9 tới.",
        "MINH ANH",
        "ĐT: 024.xxx.xxx",
    ]


def test_a_page_of_whole_lines_is_left_as_it_is(rules):
    # the negative case: one headline over its lead, a short line in lower case by chance (an image's slug)
    lines = [
        "Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc bàn hợp tác năng lượng",
        "Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc đến chào xã giao.",
        "Tin liên quan",
        "bo truong cong thuong tiep dai su han quoc Hai nước ký kế hoạch hợp tác điện gió",
        "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp năng lượng hai nước.",
        "Minh Anh",
    ]
    assert unwrap(lines, rules) == lines


def test_a_wrapped_page_is_cleaned_into_its_article(clean):
    [article] = clean(*WRAPPED[:-1], "■", "Quảng cáo: Công ty CP Điện gió Phương Nam - Giải pháp năng lượng xanh")
    assert article.title == TITLE
    assert article.author == "MINH ANH"
    assert [b.text for b in article.blocks][-1].endswith("vào tháng 9 tới.")


def test_on_a_page_that_is_not_wrapped_a_line_cut_after_a_comma_goes_on(rules):
    """A caption a scraper broke before its date: no sentence ends on a comma."""
    lines = [TITLE, "Chiều 4/6, hai bên hội đàm tại Hà Nội.", "Bộ trưởng tặng quà lưu niệm cho Đại sứ,",
             "ngày 4/6/2025", "Hai bên nhất trí tăng cường hợp tác."]
    assert unwrap(lines, rules) == [TITLE, "Chiều 4/6, hai bên hội đàm tại Hà Nội.",
                                    "Bộ trưởng tặng quà lưu niệm cho Đại sứ, ngày 4/6/2025",
                                    "Hai bên nhất trí tăng cường hợp tác."]


def test_a_comma_before_a_line_that_opens_in_capitals_ends_nothing(rules):
    lines = [TITLE, "Tham dự có các đồng chí:", "Nguyễn Văn An,", "Trần Thị Bình,", "Hai bên nhất trí hợp tác."]
    assert unwrap(lines, rules) == lines


MENU = ["Trang chủ", "Thế giới", "Việt Nam", "Liên lạc", "Lưu trữ", "Tháng Tư (7)", "Tháng Ba (12)", "Giới thiệu",
        "Blog Archive", "Followers"]


def test_a_blogs_menus_and_archive_do_not_hide_its_wrapped_posts(rules):
    # the share of cut lines is taken over the lines of words, not over a blog's many one-word links
    assert unwrap(MENU + WRAPPED + MENU, rules)[len(MENU)] == TITLE


def test_a_digests_headline_under_its_number_does_not_go_on_into_the_lead(rules):
    headline = "Ngoại trưởng hai nước hội đàm về hợp tác năng lượng sạch tại Seoul vào sáng"
    lead = "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Việt Nam đã hội đàm với người đồng cấp"
    mended = unwrap([*WRAPPED, "2.", headline, lead, "Hàn Quốc tại Seoul chiều 5/4, trong chuyến thăm",
                     "kéo dài hai ngày."], rules)
    assert mended[-3:] == ["2.", headline, f"{lead} Hàn Quốc tại Seoul chiều 5/4, trong chuyến thăm kéo dài hai ngày."]


def test_a_headline_printed_twice_neither_goes_on_into_itself_nor_into_the_lead(rules):
    # a blog's post title over its heading, both at the page's width, then the lead opening on a name
    headline = "Bộ trưởng Công Thương Hàn Quốc thăm chính thức Việt Nam hai ngày"
    lead = "Chuyên cơ chở Bộ trưởng Công Thương Hàn Quốc đã hạ cánh xuống sân bay"
    mended = unwrap([headline, headline, lead, "Nội Bài lúc 22h ngày 3/6.", *WRAPPED[2:]], rules)
    assert mended[:3] == [headline, headline, f"{lead} Nội Bài lúc 22h ngày 3/6."]


def test_a_line_at_the_pages_width_still_goes_on_into_a_different_next_line(rules):
    # the negative case: two lines that only open alike are one wrapped paragraph
    first = "Bộ trưởng Công Thương Hàn Quốc thăm chính thức Việt Nam hai ngày"
    second = "Bộ trưởng Công Thương Hàn Quốc cũng dự diễn đàn doanh nghiệp tại Hà Nội."
    mended = unwrap([*WRAPPED[2:7], first, second], rules)
    assert mended[-1] == f"{first} {second}"


def test_a_sentences_date_alone_before_its_comma_goes_on_into_the_next_line(rules):
    # a release opening on its day, the text on the next line in capitals: no sentence ends on "2025,"
    lines = ["Ngày 12 tháng 3 năm 2025,", "Người phát ngôn Bộ Ngoại giao Chile cung cấp nội dung dưới đây:"]
    assert unwrap(lines, rules) == [" ".join(lines)]


def test_a_dateline_closed_by_a_comma_with_no_day_stays_its_own_line(rules):
    # the negative case: words of a dateline and a comma, but no date in them
    lines = ["Thứ Năm,", "Người phát ngôn Bộ Ngoại giao Chile cung cấp nội dung dưới đây:"]
    assert unwrap(lines, rules) == lines


CUT_CAPTION = ["Ảnh minh họa: Bộ trưởng Công Thương và Đại sứ Hàn Quốc tại Hà Nội", "hôm 4/6/2025. AFP photo"]
LEAD = "Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc đến chào xã giao."


def test_a_caption_opened_by_its_marker_goes_on_into_a_line_in_lower_case(rules):
    caption = " ".join(CUT_CAPTION)
    assert unwrap([TITLE, *CUT_CAPTION, LEAD], rules) == [TITLE, caption, LEAD]  # a page that is not wrapped
    assert unwrap([*WRAPPED[:10], *CUT_CAPTION, LEAD], rules)[-2:] == [caption, LEAD]  # and one that is


def test_a_caption_with_its_closing_mark_ends_before_a_line_in_lower_case(rules):
    # the negative case: the caption closed, the next line (an image's slug) is apart
    lines = [TITLE, "Ảnh minh họa: Bộ trưởng Công Thương tại Hà Nội.", "bo-truong-cong-thuong.jpg", LEAD]
    assert unwrap(lines, rules) == lines


def test_a_paragraph_s_first_word_set_apart_on_its_line_opens_it_again(rules):
    lines = ["Chiều", "ngày 13/5, Phó Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự Lào đến chào từ biệt.",
             "Tại", "buổi tiếp, hai bên nhất trí tăng cường phối hợp quản lý biên giới."]
    assert unwrap(lines, rules) == [
        "Chiều ngày 13/5, Phó Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự Lào đến chào từ biệt.",
        "Tại buổi tiếp, hai bên nhất trí tăng cường phối hợp quản lý biên giới."]


def test_a_lone_word_over_a_label_a_short_line_or_a_capital_stays_apart(rules):
    lines = ["Đăng", "ngày: 04/10/2024 - 13:10 Sửa đổi ngày: 04/10/2024 - 16:15",  # a label in pieces
             "Video", "xem thêm", "VIDEO", "hai bên nhất trí tăng cường phối hợp quản lý biên giới.",
             "Tổng", "Lãnh sự Lào cảm ơn sự quan tâm của lãnh đạo tỉnh."]
    assert unwrap(lines, rules) == lines
