"""Where articles start and end on real pages, and the furniture around them: shapes read on real pages of
many sites (kickers on a line of their own, English datelines, notices, buttons and tag headings).

Each rule has lines it must catch and lines (invented) it must leave alone.
"""

from __future__ import annotations

import pytest
from clean_blocks import paragraphs

from reader.clean.lines import Kind, classify

LEAD = "Ngày 12/7, tại Jakarta, các bộ trưởng ngoại giao ASEAN đã họp phiên hẹp về tình hình khu vực."
BODY = "Các bộ trưởng nhất trí tăng cường hỗ trợ nhân đạo và giữ vững đoàn kết trong khối."
SECOND = "Bộ Ngoại giao hôm nay thông báo đã triệu tập đại diện sứ quán để phản đối vụ việc trên biển."
SECOND_BODY = "Giới quan sát cho rằng Manila đang công khai hóa các vụ đụng độ để tranh thủ sự ủng hộ quốc tế."


@pytest.mark.parametrize(("text", "published"), [
    ("July 13, 2023 · 3 min read", "2023-07-13"),
    ("13 Jul 2023", "2023-07-13"),
    ("Sept. 5, 2024 10:30 AM", "2024-09-05T10:30"),
    ("MAY 2, 2024", "2024-05-02"),
    ("13/07/2023 · 3 phút đọc", "2023-07-13"),
])
def test_an_english_themes_dateline_dates_the_article(rules, text, published):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, published)


@pytest.mark.parametrize("text", ["may 10 bộ quần áo cho đoàn", "March of the Penguins 2"])
def test_a_month_name_in_other_words_is_no_dateline(rules, text):
    assert classify(text, rules).kind is not Kind.DATELINE


def test_an_english_dateline_under_the_headline_is_no_title(clean):
    title = "ASEAN thống nhất quan điểm về nhiều vấn đề lớn tại hội nghị"
    [article] = clean("Home  Express  World  Contact", title, "July 13, 2023 · 3 min read", LEAD, BODY)
    assert (article.title, article.published, paragraphs(article)) == (title, "2023-07-13", [LEAD, BODY])


@pytest.mark.parametrize("text", [
    "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Thủ Đô.",
    "Nghiêm cấm sao chép dưới mọi hình thức.",
    "Ghi rõ nguồn \"Báo Tin Mới\" khi phát hành lại thông tin từ website này.",
    "Mọi hình thức sao chép lại thông tin, hình ảnh phải có sự đồng ý bằng văn bản của Tạp chí X.",
    "# Hiệp ước hữu nghị và hợp tác Việt Nam - Lào",
    "Chi tiết",
    "Xem chi tiết >>",
])
def test_notices_buttons_and_tag_headings_are_furniture(rules, text):
    assert classify(text, rules).kind is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Không sao chép máy móc mô hình của nước ngoài, Việt Nam cần tìm con đường riêng.",
    "Không được sao chép tài liệu mật khi chưa có sự đồng ý của cấp trên, Bộ trưởng nhấn mạnh.",
    "# Tổng thống nói gì? Ông cho biết hai bên sẽ gặp lại.",
    "Chi tiết về thỏa thuận sẽ được công bố vào tuần tới.",
])
def test_sentences_near_notices_and_tags_stay_body(rules, text):
    assert classify(text, rules).kind is not Kind.FURNITURE


def test_a_kicker_on_its_own_line_opens_each_headline(clean):
    first = "Philippines tố hải cảnh nước láng giềng bắn vòi rồng làm hư hại hai tàu công vụ"
    second = "Manila triệu tập đại diện sứ quán nước láng giềng"
    articles = clean("Bãi Scarborough:", first, "Minh Phương", LEAD, BODY,
                     "Trung Quốc – Philippines:", second, "Quốc Nghĩa", SECOND, SECOND_BODY)
    assert [(a.title, a.author, paragraphs(a)) for a in articles] == [
        (f"Bãi Scarborough: {first}", "Minh Phương", [LEAD, BODY]),
        (f"Trung Quốc – Philippines: {second}", "Quốc Nghĩa", [SECOND, SECOND_BODY]),
    ]


def test_a_sentence_announcing_a_quote_is_no_kicker(clean):
    quote = "Hòa bình là con đường duy nhất cho cả khu vực"
    title = "Bộ trưởng Ngoại giao phát biểu tại phiên bế mạc hội nghị"
    [article] = clean(title, LEAD, BODY, "Ông Sơn nhấn mạnh:", quote, "Minh Phương")
    assert (article.title, paragraphs(article)[-2:], article.author) == (title, ["Ông Sơn nhấn mạnh:", quote],
                                                                         "Minh Phương")


def test_a_kicker_over_a_headline_that_opens_nothing_stays_in_the_body(clean):
    title = "Bộ trưởng Ngoại giao phát biểu tại phiên bế mạc hội nghị"
    [article] = clean(title, LEAD, "Biển Đông:", "Các bên cần kiềm chế và tôn trọng luật pháp quốc tế", BODY)
    assert paragraphs(article) == [LEAD, "Biển Đông:", "Các bên cần kiềm chế và tôn trọng luật pháp quốc tế", BODY]


def test_a_byline_under_the_title_signs_it_over_a_section_on_the_dateline_above(clean):
    title = "Philippines tố hải cảnh nước láng giềng bắn vòi rồng làm hư hại hai tàu công vụ"
    [article] = clean("Tin Biển Đông – 02/05/2024", title, "Minh Phương", LEAD, BODY)
    assert (article.author, article.published) == ("Minh Phương", "2024-05-02")


def test_numbers_under_an_outlines_roman_parts_are_one_documents(clean):
    title = "Nội dung họp báo thường kỳ của Bộ Ngoại giao tuần này"
    items = ["1. Tổng thống nước bạn thăm cấp Nhà nước Việt Nam", LEAD, BODY,
             "2. Bộ trưởng Ngoại giao thăm chính thức Vương quốc Thái Lan", SECOND, SECOND_BODY]
    [article] = clean(title, "I. THÔNG BÁO", *items, "II. TRẢ LỜI CÂU HỎI", "1. Phóng viên: Đề nghị cho biết phản ứng?",
                      BODY)
    assert article.title == title
    assert {items[1], items[4], "II. TRẢ LỜI CÂU HỎI"} <= set(paragraphs(article))


def test_numbered_stories_without_an_outline_are_a_digests(clean):
    items = ["1. Tổng thống nước bạn thăm cấp Nhà nước Việt Nam", LEAD, BODY,
             "2. Bộ trưởng Ngoại giao thăm chính thức Vương quốc Thái Lan", SECOND, SECOND_BODY]
    articles = clean("Bản tin đối ngoại sáng thứ hai", *items)
    assert [a.title for a in articles] == [items[0][3:], items[3][3:]]


def test_a_headline_printed_over_a_box_then_over_its_story_is_one_article(clean):
    title = "Ngoại trưởng hai nước hội đàm tại Moskva về hợp tác năng lượng"
    [article] = clean(title, "BÌNH LUẬN", "Mong quan hệ hai nước ngày càng tốt đẹp, bà con làm ăn dễ thở hơn.",
                      "Hai nước là bạn bè truyền thống, nên giữ gìn như giữ vàng.",
                      title, "Thứ bảy 30/07/2016 07:02 GMT + 7", LEAD, BODY)
    assert (article.title, article.published, paragraphs(article)) == (title, "2016-07-30T07:02", [LEAD, BODY])


WEEK_LEAD = "TCCSĐT - Ngày 8-4, Chủ tịch Ủy ban châu Âu đã điện đàm với Thủ tướng nước bạn về thương mại."
SECTION = "Theo thông cáo, hai bên nhấn mạnh trách nhiệm của hai nền kinh tế lớn trong việc hỗ trợ thương mại."
NEWS_LEAD = "Ngày 9-4, Hội nghị thượng đỉnh của cộng đồng các quốc gia Mỹ Latinh đã diễn ra tại thủ đô Honduras."


def test_a_weeks_roundup_in_sections_stays_one_article(clean):
    title = "Những sự kiện quốc tế đáng chú ý trong tuần (từ ngày 7-4 đến 13-4-2025)"
    [article] = clean(title, "14/4/2025 08:30' Gửi bài này In bài này", WEEK_LEAD,
                      "EU và đối tác tăng cường đối thoại thương mại", SECTION, BODY,
                      "Hội nghị thượng đỉnh họp tại Honduras", NEWS_LEAD, BODY, "Hoàng Linh")
    assert (article.title, article.published, article.author) == (title, "2025-04-14T08:30", "Hoàng Linh")
    assert paragraphs(article)[-3:] == ["Hội nghị thượng đỉnh họp tại Honduras", NEWS_LEAD, BODY]


def test_a_second_story_under_a_lead_still_opens_after_an_article_without_sections(clean):
    title = "Những sự kiện quốc tế đáng chú ý trong tuần qua"
    articles = clean(title, WEEK_LEAD, SECTION, "Hội nghị thượng đỉnh họp tại Honduras", NEWS_LEAD, BODY)
    assert [a.title for a in articles] == [title, "Hội nghị thượng đỉnh họp tại Honduras"]


@pytest.mark.parametrize(("text", "published", "author"), [
    ("Posted on 24/06/2025 by admin", "2025-06-24", None),
    ("Posted on June 24, 2025 by Minh Anh", "2025-06-24", "Minh Anh"),
])
def test_a_themes_dateline_with_its_poster(rules, text, published, author):
    line = classify(text, rules)
    assert (line.kind, line.published, line.author) == (Kind.DATELINE, published, author)


def test_a_sentence_with_by_is_no_dateline(rules):
    assert classify("Giá tăng 12/3 so với năm ngoái theo báo cáo by Reuters", rules).kind is not Kind.DATELINE


def test_headlines_glued_end_to_end_are_a_boxs_list(rules):
    glued = ("Việt Nam nâng cấp quan hệ lên Đối tác chiến lược toàn diệnXuất khẩu nông sản sang châu Đại Dương"
             " tăng mạnhHọc bổng Chính phủ nước bạn năm 2025 mở đơn")
    assert classify(glued, rules).kind is Kind.FURNITURE
    assert classify("VnExpress đưa tin Thủ tướng dùng iPhone khi gặp lãnh đạo TikTok tại Hà Nội", rules).kind \
        is Kind.HEADLINE


def test_a_box_the_page_lets_you_skip_is_dropped_from_the_body(clean):
    title = "Thủ tướng tới Thiên Tân: Hà Nội muốn gì từ diễn đàn mùa hè?"
    [article] = clean(title, LEAD, "Skip Đọc nhiều nhất and continue readingĐọc nhiều nhất", "1",
                      "Vụ sáp nhập tỉnh: Những địa danh nào sẽ biến mất?", "2",
                      "Ông Trump nói ông không vội với thỏa thuận thuế quan", "End of Đọc nhiều nhất", BODY,
                      "Chụp lại hình ảnh,", "Chủ tịch nước bạn và Tổng Bí thư tại Hà Nội hôm 14/4/2025", SECOND)
    assert paragraphs(article) == [LEAD, BODY, SECOND]
    assert [b.text for b in article.blocks if b.kind == "caption"] == [
        "Chủ tịch nước bạn và Tổng Bí thư tại Hà Nội hôm 14/4/2025"]


def test_a_skip_link_without_its_end_drops_only_itself(clean):
    title = "Thủ tướng tới Thiên Tân: Hà Nội muốn gì từ diễn đàn mùa hè?"
    [article] = clean(title, LEAD, "Skip Đọc nhiều nhất and continue reading", BODY, SECOND)
    assert paragraphs(article) == [LEAD, BODY, SECOND]


def test_a_dated_lead_that_tells_the_headline_over_it_opens_a_story(clean):
    first = "Tổng thống nước bạn thăm Ấn Độ, dự lễ duyệt binh Ngày Cộng hòa"
    second = "Hà Nội phản đối nước láng giềng tập trận bắn đạn thật ở Hoàng Sa"
    lead = "Bộ Ngoại giao hôm 12/3 lên tiếng phản đối việc nước láng giềng tập trận bắn đạn thật ở Hoàng Sa."
    articles = clean(first, LEAD, BODY, second, lead, SECOND_BODY)
    assert [(a.title, paragraphs(a)) for a in articles] == [(first, [LEAD, BODY]), (second, [lead, SECOND_BODY])]


def test_a_subheading_over_a_dated_paragraph_of_other_words_stays_in_the_body(clean):
    title = "Tổng thống nước bạn thăm Ấn Độ, dự lễ duyệt binh Ngày Cộng hòa"
    sub = "Thúc đẩy hợp tác quốc phòng và an ninh hàng hải"
    dated = "Hai bên hôm 12/3 đã ký ba văn kiện về thương mại, giáo dục và y tế trong khuôn khổ chuyến thăm."
    [article] = clean(title, LEAD, BODY, sub, dated)
    assert paragraphs(article) == [LEAD, BODY, sub, dated]


def test_a_sapo_printed_twice_under_the_headline_is_the_sapo(clean):
    title = "Bộ trưởng tiếp Đại sứ Australia: Mở rộng học bổng cho giáo viên vùng khó"
    sapo = ("Bộ trưởng Bộ GD&ĐT và Đại sứ Australia thống nhất nhiều hướng hợp tác mới, trong đó ưu tiên đào tạo"
            " giáo viên tiếng Anh cho các tỉnh miền núi")
    [article] = clean(title, sapo + sapo, LEAD, BODY)
    assert (article.title, paragraphs(article)) == (title, [sapo, LEAD, BODY])


def test_notes_in_brackets_under_the_signature_open_no_story(clean):
    title = "Ngoại giao Việt Nam trong năm bản lề: những dấu ấn và bài học"
    [article] = clean(title, LEAD, BODY, "Trần Thị Minh Ngọc", "Viện Quan hệ quốc tế,",
                      "Học viện Chính trị quốc gia Hồ Chí Minh", "(1) Xem: Văn kiện Đại hội, tập 1, tr. 25.",
                      "(2) Báo cáo tổng kết công tác đối ngoại năm 2024.")
    assert (len([article]), paragraphs(article), article.author) == (1, [LEAD, BODY], "Trần Thị Minh Ngọc")


def test_a_counter_beside_a_dateline_in_parts(rules):
    line = classify("Đăng lúc: 03/07/2025 - 09:40 | Chuyên mục: Quốc tế | Lượt xem: 1.286", rules)
    assert (line.kind, line.published) == (Kind.DATELINE, "2025-07-03T09:40")


def test_another_related_heading_and_a_blogs_like_button(rules):
    assert classify("Cũng trong chuyên mục", rules).kind is Kind.RELATED_HEADING
    assert classify("Like Loading...", rules).kind is Kind.FURNITURE


ITEMS = [("Nhiều địa phương hoàn thành đại hội đảng bộ cấp tỉnh trước kế hoạch",
          "Sau các tỉnh tổ chức điểm, hàng loạt địa phương đã kết thúc đại hội nhiệm kỳ mới."),
         ("Ba tân bí thư tỉnh ủy được giới thiệu từ Trung ương",
          "Bộ Chính trị điều động một số cán bộ từ Trung ương về giữ chức bí thư tỉnh ủy."),
         ("Văn kiện đại hội nhấn mạnh vai trò của kinh tế tư nhân",
          "Các dự thảo văn kiện đều dành dung lượng lớn cho phát triển doanh nghiệp tư nhân.")]


def test_a_tag_page_of_teasers_printed_twice_holds_no_article(clean):
    lines = [text for title, summary in ITEMS for text in (title, title, summary)]
    assert clean("Đại hội Đảng", *lines, "Xem thêm") == []


def test_one_headline_printed_twice_over_its_story_is_an_article(clean):
    title, summary = ITEMS[0]
    [article] = clean(title, title, summary, LEAD, BODY)
    assert (article.title, paragraphs(article)) == (title, [summary, LEAD, BODY])


def test_a_labelled_box_of_one_headline_under_the_body_is_dropped(clean):
    title = "Chủ tịch Quốc hội hội đàm với Chủ tịch Hạ viện Australia tại Hà Nội"
    [article] = clean(title, LEAD, BODY, SECOND, "Sách hay", "Những cuộc đối thoại làm thay đổi thế giới",
                      "Bình luận")
    assert paragraphs(article) == [LEAD, BODY, SECOND]


def test_a_link_over_its_address_is_another_pages(clean):
    title = "Thương chiến tạm ngưng: còn bao nhiêu ngòi nổ giữa hai cường quốc?"
    [article] = clean(title, "Trần Vũ Khanh", "Kỳ 2: Bắc Kinh nới đất hiếm, Washington giảm thuế: ai được lợi?",
                      "https://example.com/a1/bac-kinh-noi-dat-hiem", "TÓM TẮT:", LEAD, BODY)
    assert (article.title, paragraphs(article)) == (title, [LEAD, BODY])


def test_a_caption_broken_before_its_date_is_one_caption(clean):
    title = "Thượng đỉnh hai nước: Hà Nội đi dây giữa các cường quốc?"
    [article] = clean(title, "Ảnh minh họa: Tổng thống nước bạn tại điện Kremlin ở Moscow",
                      "hôm 15/5/2024. AFP photo", LEAD, BODY)
    assert [b.text for b in article.blocks if b.kind == "caption"] == [
        "Ảnh minh họa: Tổng thống nước bạn tại điện Kremlin ở Moscow hôm 15/5/2024. AFP photo"]
    assert paragraphs(article) == [LEAD, BODY]


def test_a_newsrooms_crew_signs_without_names(rules):
    assert classify("Nhóm phóng viên", rules).kind is Kind.BYLINE
