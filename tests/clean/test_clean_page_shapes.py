"""Page shapes of real sites: chrome above the headline, site clocks, tagged leads, second stories.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

from clean_blocks import paragraphs

TITLE = "Chủ tịch nước tiếp Đại sứ Hàn Quốc chào từ biệt nhân dịp kết thúc nhiệm kỳ"
LEAD = "Chiều 14/2, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Đại sứ Hàn Quốc đến chào từ biệt."
BODY = "Chủ tịch nước đánh giá cao những đóng góp của Đại sứ cho quan hệ hai nước trong nhiệm kỳ."
MORE = "Đại sứ khẳng định sẽ tiếp tục là cầu nối thúc đẩy hợp tác giữa hai nước trên mọi cương vị."
SECOND_TITLE = "Thủ tướng đề nghị hai nước sớm nâng kim ngạch thương mại lên mức mới"
SECOND_BODY = "Thủ tướng đề nghị hai bên tạo thuận lợi hơn nữa cho hàng hóa của nhau tiếp cận thị trường."


def test_chrome_above_the_headline_is_not_the_title(clean):
    for chrome in (
        ["Tin tức Thời sự Thế giới Kinh tế Văn hóa"],  # a menu shaped like a headline
        ["KỶ NIỆM 50 NĂM QUAN HỆ NGOẠI GIAO HAI NƯỚC:"],  # a kicker in capitals
        ["Thứ 6, ngày 16 tháng 8, 2019, 8:36:21 Chiều"],  # a site clock the dateline rule does not read
        ["1. Dòng sự kiện:", "2. Hội nghị cấp cao ASEAN lần thứ 46", "3. Bầu cử tổng thống Mỹ"],  # an event list
    ):
        [article] = clean(*chrome, TITLE, LEAD, BODY)
        assert (article.title, paragraphs(article)) == (TITLE, [LEAD, BODY]), chrome


def test_a_short_line_under_the_lead_still_stays_in_the_body(clean):
    [article] = clean(TITLE, LEAD, "Hai bên nhất trí tăng cường hợp tác", BODY)
    assert paragraphs(article) == [LEAD, "Hai bên nhất trí tăng cường hợp tác", BODY]


def test_a_page_without_a_headline_is_named_by_its_lead_not_by_a_clock(clean):
    [article] = clean("Thứ 6, ngày 16 tháng 8, 2019, 8:36:21 Chiều", LEAD, BODY)
    assert (article.title, paragraphs(article)) == (LEAD, [BODY])


def test_the_site_clock_above_the_headline_gives_way_to_the_dateline_under_it(clean):
    [article] = clean("Thứ Sáu, 14/02/2025 | 10:22", TITLE, "13/02/2025 08:15", LEAD, BODY)
    assert article.published == "2025-02-13T08:15"
    [article] = clean("Thứ Sáu, 14/02/2025 | 10:22", "Thời sự Quốc tế Kinh tế Xã hội", "Thời sự > Đối ngoại",
                      TITLE, LEAD, BODY)  # a clock over the site's menu dates no article
    assert article.published is None


def test_a_lead_tagged_with_the_site_is_never_the_title(clean):
    for tag in ("ABC.VN - ", "(XYZ) - ", "Báo Mới - ", "Baoquocte.vn - "):
        lead = tag + "Chủ tịch nước tiếp Đại sứ Hàn Quốc đến chào từ biệt nhân dịp kết thúc nhiệm kỳ"  # no stop
        [article] = clean(TITLE, lead, BODY)
        assert (article.title, paragraphs(article)) == (TITLE, [lead, BODY]), tag


def test_a_headline_after_a_closing_byline_opens_a_second_story(clean):
    first, second = clean(TITLE, LEAD, BODY, "Thu Trang (Theo AP, Reuters)", SECOND_TITLE, SECOND_BODY, MORE)
    assert (first.title, paragraphs(first), first.author) == (TITLE, [LEAD, BODY], "Thu Trang")
    assert (second.title, paragraphs(second)) == (SECOND_TITLE, [SECOND_BODY, MORE])


def test_a_headline_after_a_repeated_section_trail_opens_a_second_story(clean):
    first, second = clean("Thời sự > Đối ngoại", TITLE, LEAD, BODY, "Thời sự > Đối ngoại", SECOND_TITLE,
                          SECOND_BODY, MORE)
    assert (first.title, second.title, paragraphs(second)) == (TITLE, SECOND_TITLE, [SECOND_BODY, MORE])


def test_a_subheading_inside_the_body_opens_nothing(clean):
    [article] = clean(TITLE, LEAD, "Theo dõi Báo trên", "Những kết quả nổi bật của nhiệm kỳ", BODY, MORE)
    assert paragraphs(article) == [LEAD, "Những kết quả nổi bật của nhiệm kỳ", BODY, MORE]


def test_a_full_story_after_a_related_heading_is_kept_but_listed_summaries_are_not(clean):
    articles = clean(TITLE, LEAD, BODY, "Cùng chủ đề",
                     "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Lào", "5 giờ trước",
                     "Hai Bộ trưởng trao đổi về quan hệ đặc biệt giữa hai nước.",
                     SECOND_TITLE, "Sáng 15/2, tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng Thương mại Hàn Quốc.",
                     SECOND_BODY, MORE)
    assert [(a.title, len(paragraphs(a))) for a in articles] == [(TITLE, 2), (SECOND_TITLE, 3)]


def test_a_related_list_of_headlines_labels_and_summaries_is_no_story(clean):
    articles = clean(TITLE, LEAD, BODY, "Tin nổi bật",
                     SECOND_TITLE, "Sáng 15/2, tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng Thương mại Hàn Quốc.",
                     "Hội nghị hợp tác kinh tế hai nước được tổ chức tại Seoul", "Kinh tế",
                     "Hội nghị thu hút hơn 300 doanh nghiệp của hai nước tham dự trong hai ngày.")
    assert [a.title for a in articles] == [TITLE]


def test_a_site_tagged_summary_under_the_body_is_another_storys_teaser(clean):
    [article] = clean(TITLE, LEAD, BODY, MORE, "VOV.VN - Bộ trưởng Ngoại giao hai nước đã trao đổi về hợp tác.")
    assert paragraphs(article) == [LEAD, BODY, MORE]


def test_a_dateline_with_the_month_in_words(rules):
    from reader.clean.lines import Kind, classify

    line = classify("Thứ hai, 25 tháng 9 năm 2017 11:16", rules)
    assert (line.kind, line.published) == (Kind.DATELINE, "2017-09-25T11:16")
    assert classify("Ngày 16 tháng 8 năm 2019, hai nước ký hiệp định hợp tác.", rules).kind is Kind.BODY


def test_a_site_clock_then_chrome_then_the_headline_with_its_dateline(clean):
    [article] = clean("Kinh tế Đô thị Thủ đô", "Thứ Năm, 26/09/2024 | 08:05", "Thời sự", "Chính trị",
                      "Thời sự > Chính trị", TITLE, "11:45 | 25/09/2024", "Minh Tâm", LEAD, BODY)
    assert (article.title, article.published, article.author) == (TITLE, "2024-09-25T11:45", "Minh Tâm")


def test_a_headline_shaped_line_under_a_signed_title_is_the_body_not_a_new_title(clean):
    sapo = "Hai nước nhất trí nâng quan hệ lên tầm cao mới trong năm kỷ niệm"  # no full stop
    [article] = clean(TITLE, "Minh Tâm", sapo, LEAD, BODY)
    assert (article.title, article.author, paragraphs(article)) == (TITLE, "Minh Tâm", [sapo, LEAD, BODY])


def test_a_dateline_right_above_the_headline_is_its_own_under_a_menu(clean):
    [article] = clean("Thế giới Tư liệu Phân tích Quân sự", "Thứ tư, 22/10/2025, 16:05 (GMT+7)", TITLE, LEAD, BODY)
    assert (article.title, article.published, paragraphs(article)) == (TITLE, "2025-10-22T16:05", [LEAD, BODY])
    [article] = clean("Thứ tư, 22/10/2025, 16:05 (GMT+7)", TITLE, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-10-22T16:05")


def test_a_related_heading_also_ends_a_story_kept_past_an_earlier_one(clean):
    articles = clean(TITLE, LEAD, BODY, "Tin liên quan", "Thời sự > Đối ngoại", SECOND_TITLE, "Minh Tâm",
                     SECOND_BODY, MORE, BODY, "Bình luận", "Dân trí Podcast",
                     "Hội nghị thu hút hơn 300 doanh nghiệp của hai nước tham dự trong hai ngày.")
    assert [(a.title, len(paragraphs(a))) for a in articles] == [(TITLE, 2), (SECOND_TITLE, 3)]


def test_a_name_after_the_body_over_share_buttons_is_the_byline(clean):
    [article] = clean(TITLE, LEAD, BODY, "Minh Khang", "Chia sẻ", "Gửi", "Thủ tướng chủ trì Hội nghị Chính phủ",
                      "15/04/2025 16:10", "Thủ tướng yêu cầu các địa phương giải ngân vốn đầu tư công.")
    assert (article.author, paragraphs(article)) == ("Minh Khang", [LEAD, BODY])


def test_a_name_inside_the_body_before_prose_is_text(clean):
    [article] = clean(TITLE, LEAD, "Minh Khang", BODY)
    assert (article.author, paragraphs(article)) == (None, [LEAD, "Minh Khang", BODY])


def test_a_site_name_with_its_clock_and_menu_makes_no_article(clean):
    [article] = clean("Báo Nhân Dân Điện Tử", "Thứ Sáu, 25.4.2025 | 09:41", "Quốc hội", "Hội đồng nhân dân các cấp",
                      "Chính trị", "Đối ngoại", TITLE, "Hồng Nhung | 23.4.2025 16:42", LEAD, BODY)
    assert (article.title, article.author, article.published) == (TITLE, "Hồng Nhung", "2025-04-23T16:42")


def test_a_two_paragraph_story_past_a_related_heading_ends_at_its_credit(clean):
    articles = clean(TITLE, LEAD, BODY, "Tin cùng chuyên mục", SECOND_TITLE, "Thứ 7, 04/10/2025 | 08:30:05",
                     SECOND_BODY, MORE, "Theo TTXVN", "Liên kết website", "Bản quyền thuộc Đài Phát thanh tỉnh")
    assert [(a.title, paragraphs(a)) for a in articles] == [(TITLE, [LEAD, BODY]), (SECOND_TITLE, [SECOND_BODY, MORE])]
