"""Chrome that looks like a title, and pages of several numbered stories.

A paper's name in capitals or a print edition's running head, even with a date or a section under it, gives
way to the headline the lead follows; a portrait's caption the lead quotes is no title; a photo's label
closing on its credit and date is no headline, neither
under the title nor inside the body (an inline card of another story); a digest's numbered stories, each
with its own paragraphs, are articles of their own, while numbered points inside one story stay in it.

A lead may open on a span of days ("Từ ngày 17 đến 19/2, ..."), as a listing's items do.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

import pytest
from clean_blocks import paragraphs

from reader.clean.lines import dateline_value
from reader.clean.segment import is_lead

TITLE = "Việt Nam và Chile nhất trí mở rộng hợp tác thương mại nông sản"
LEAD = ("Chiều 12/3, tại Hà Nội, Bộ trưởng Công Thương đã hội đàm với Bộ trưởng Nông nghiệp Chile về hợp tác"
        " thương mại nông sản giữa hai nước trong những năm tới.")
BODY = "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp và mở cửa thị trường cho trái cây của nhau."
LAST = "Phía Chile mời đoàn doanh nghiệp Việt Nam dự hội chợ thực phẩm quốc tế ở Santiago vào cuối năm."


def test_a_masthead_in_capitals_over_its_date_gives_way_to_the_headline(clean):
    [article] = clean("TẠP CHÍ KINH TẾ ĐỐI NGOẠI", "Thứ Năm, 12/03/2025 - 18:40", "Đối ngoại", TITLE, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-03-12T18:40")
    assert paragraphs(article) == [LEAD, BODY]


JOURNAL = ("TẠP CHÍ BIÊN PHÒNG TOÀN DÂN", "CƠ QUAN LÝ LUẬN CỦA BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG")
JOURNAL_MENU = ("Trang chủ Nghiên cứu Trao đổi Quốc tế Tin tức", "Những vấn đề lớn Tin tức - Sự kiện")
PATROL_TITLE = "Hội nghị hợp tác biên phòng Việt Nam - Lào lần thứ 9"
PATROL_LEAD = ("Chiều 18-6, tại Hà Nội, Bộ Tư lệnh Bộ đội Biên phòng và Bộ Quốc phòng Lào đồng chủ trì Hội nghị"
               " hợp tác biên phòng Việt Nam - Lào lần thứ 9.")
PATROL_BODY = "Hai bên nhất trí tăng cường tuần tra chung và trao đổi thông tin trên tuyến biên giới trong năm tới."


def test_a_masthead_clock_months_after_the_leads_day_is_the_sites_not_the_storys(clean):
    # a journal's clock of the day the page was saved, over its menu: the lead tells a day six months before
    [article] = clean(*JOURNAL, "Thứ Tư, 17/12/2025, 09:32 (GMT+7)", *JOURNAL_MENU, PATROL_TITLE, PATROL_LEAD,
                      PATROL_BODY)
    assert (article.title, article.published) == (PATROL_TITLE, None)
    assert paragraphs(article) == [PATROL_LEAD, PATROL_BODY]


@pytest.mark.parametrize(("stamp", "lead"), [
    ("Thứ Năm, 26/06/2025, 09:32 (GMT+7)", PATROL_LEAD),  # eight days after the lead's day: a weekly's edition
    ("Thứ Năm, 02/01/2025, 09:32 (GMT+7)", PATROL_LEAD.replace("18-6", "30-12")),  # the day before the new year
    ("Thứ Tư, 17/12/2025, 09:32 (GMT+7)", PATROL_LEAD.replace("Chiều 18-6", "Ngày 2-9-1945")),  # a day of history
])
def test_a_masthead_date_days_after_the_leads_day_dates_the_story(clean, stamp, lead):
    [article] = clean(*JOURNAL, stamp, *JOURNAL_MENU, PATROL_TITLE, lead, PATROL_BODY)
    assert (article.title, article.published) == (PATROL_TITLE, dateline_value(stamp))


def test_a_dateline_between_a_signed_masthead_and_the_headline_dates_it(clean):
    # a portal's name in capitals, its section signing it, then the date right over the headline the lead tells
    [article] = clean("CỔNG THÔNG TIN XÚC TIẾN ĐẦU TƯ TỈNH PHÚ YÊN", "Tin Phú Yên",
                      "Thứ Năm, 12/03/2025 15:00:00 (GMT+7)", TITLE, LEAD, BODY)
    assert (article.title, article.published, article.author) == (TITLE, "2025-03-12T15:00", None)
    assert paragraphs(article) == [LEAD, BODY]


def test_a_signed_masthead_with_no_dateline_over_the_headline_leaves_it_undated(clean):
    # the negative case: no date on the page, none is made up from the masthead's lines
    [article] = clean("CỔNG THÔNG TIN XÚC TIẾN ĐẦU TƯ TỈNH PHÚ YÊN", "Tin Phú Yên", TITLE, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, None)


def test_a_portals_name_gives_way_to_the_headline_and_its_office_signs_the_body(clean):
    # a portal's name in lower case, its office signing it, the font tools and the menu, then the headline
    [article] = clean("Cổng thông tin điện tử tỉnh Phú Yên", "Sở Ngoại Vụ", "A- A A+ | Tăng tương phản Giảm tương phản",
                      "Trang chủ Giới thiệu Tin tức - Sự kiện Hợp tác quốc tế Văn bản", TITLE, LEAD, BODY, LAST,
                      "Sở Ngoại vụ", "Lượt xem: 412")
    assert (article.title, article.author, article.credit) == (TITLE, None, "Sở Ngoại vụ")
    assert paragraphs(article) == [LEAD, BODY, LAST]


def test_a_headline_that_only_names_a_portal_stays_the_title(clean):
    # the negative case: no line under it that the lead tells better
    title = "Cổng thông tin điện tử tỉnh Phú Yên ra mắt phiên bản tiếng Anh"
    lead = "Chiều 12/3, Cổng thông tin điện tử tỉnh Phú Yên ra mắt phiên bản tiếng Anh cho nhà đầu tư nước ngoài."
    [article] = clean(title, "12/03/2025 18:40", lead, BODY)
    assert (article.title, paragraphs(article)) == (title, [lead, BODY])


def test_a_last_line_of_lower_case_words_is_no_signing_office(clean):
    # the negative case: a short unclosed line of prose's words ends the body and stays in it
    [article] = clean(TITLE, "12/03/2025 18:40", LEAD, BODY, "Hai bên ký biên bản ghi nhớ")
    assert (paragraphs(article)[-1], article.credit) == ("Hai bên ký biên bản ghi nhớ", None)


def test_a_press_releases_header_is_no_headline(clean):
    # the office over its notice, the department over the office, the release's kind under it; the lead quotes
    # the office ("Người phát ngôn ... cung cấp"), which would otherwise name it the headline
    lead = "Người phát ngôn Bộ Ngoại giao Chile cung cấp nội dung dưới đây:"
    [article] = clean(TITLE, "3 Phút để đọc", "Tháng Ba 12, 2025", "BỘ NGOẠI GIAO CHILE", "Văn phòng người phát ngôn",
                      "Phát hành ngay", "NỘI DUNG TRAO ĐỔI", lead, LEAD, BODY)
    assert (article.title, article.published, article.author) == (TITLE, "2025-03-12", None)
    assert paragraphs(article) == [lead, LEAD, BODY]


def test_the_pages_title_right_over_a_release_notice_stays_its_title(clean):
    # the negative case: a copy of the release printing its short title right over the notice
    title = "Tuyên bố của Bộ trưởng Ngoại giao Chile"
    [article] = clean(title, "Phát hành ngay", "12/03/2025", LEAD, BODY)
    assert article.title == title


def test_a_headline_over_a_sentence_is_no_issuer_of_a_release(clean):
    # the negative case: only a short line with no closing mark over the notice is its office
    sentence = "Hai bên đã ra thông cáo chung về kết quả chuyến thăm."
    [article] = clean(TITLE, "12/03/2025 18:40", LEAD, sentence, "Phát hành ngay", BODY)
    assert paragraphs(article) == [LEAD, sentence, BODY]


PAPER = "Báo Nam Mỹ - Cơ quan ngôn luận của Hội hữu nghị, tiếng nói của bạn đọc cả nước"
MENU = "Thời sự Chính trị Kinh tế Văn hóa Xã hội Pháp luật Du lịch Thế giới Thể thao"


def test_a_headline_of_a_word_or_two_over_its_dateline_names_the_article(clean):
    # a paper's name and its motto, its menu of sections, then "Hội đàm" over the dateline; the lead tells it
    [article] = clean(PAPER, MENU, "Hội đàm", "Thứ Bảy, 12-03-2025, 02:00", LEAD, BODY)
    assert (article.title, article.published) == ("Hội đàm", "2025-03-12T02:00")
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize("label", ["Thế giới", "Tư liệu"])
def test_a_section_or_a_label_over_the_dateline_names_no_article(clean, label):
    # the negative cases: a section's name, and a label with the story's own headline under the dateline
    [article] = clean(PAPER, label, "Thứ Bảy, 12-03-2025, 02:00", TITLE, LEAD, BODY)
    assert article.title == TITLE


def test_a_print_running_head_and_its_section_give_way_to_the_headline(clean):
    [article] = clean("4 TIN TỨC MIỀN TRUNG • Số 2.118 • Thứ Năm, 12-3-2025", "KINH TẾ - ĐỐI NGOẠI",
                      TITLE, LEAD, BODY, "HOÀNG YẾN")
    assert (article.title, article.author) == (TITLE, "HOÀNG YẾN")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_headline_in_capitals_keeps_its_sapo_when_the_lead_tells_it(clean):
    # the negative case: the line in capitals is the headline (the lead repeats its words), the line under it a sapo
    title = "VIỆT NAM VÀ CHILE MỞ RỘNG HỢP TÁC THƯƠNG MẠI NÔNG SẢN"
    sapo = "Doanh nghiệp hai nước sắp có diễn đàn riêng"
    [article] = clean(title, "12/03/2025 18:40", "Đối ngoại", sapo, LEAD, BODY)
    assert article.title == title
    assert paragraphs(article) == [sapo, LEAD, BODY]


def test_a_dated_title_in_lower_case_is_no_masthead(clean):
    # the negative case: a headline with a dateline under it is confirmed; a sapo the lead tells better stays the body's
    title = "Cơ hội mới cho nông sản Việt tại Chile"
    sapo = "Hai nước bàn hợp tác thương mại nông sản trong những năm tới"
    [article] = clean(title, "12/03/2025 18:40", "Đối ngoại", sapo, LEAD, BODY)
    assert article.title == title
    assert paragraphs(article)[:2] == [sapo, LEAD]


def test_a_photo_label_with_its_credit_and_date_is_no_title(clean):
    label = "Bộ trưởng Nông nghiệp Chile. - Thông tấn Nam Mỹ, 1280, 12.03.2025"
    [article] = clean("Thông tấn Nam Mỹ", "Thế giới", TITLE, "© Ảnh : Bộ Công Thương", label, "Đăng ký", LEAD, BODY)
    assert article.title == TITLE
    assert label not in paragraphs(article)


def test_a_headline_ending_on_its_day_replaces_a_trail(clean):
    # the negative case of the label: "... ngày 12/3/2025" is the headline the lead follows
    title = "Họp báo thường kỳ của Người phát ngôn Bộ Ngoại giao ngày 12/3/2025"
    lead = "Chiều 12/3, tại Hà Nội, Người phát ngôn Bộ Ngoại giao đã chủ trì họp báo thường kỳ và trả lời câu hỏi."
    [article] = clean("Trang chủ / Họp báo", title, "12/03/2025", lead, BODY)
    assert article.title == title


def test_an_inline_card_inside_the_body_is_dropped(clean):
    card_label = "Cảng biển mới - Thông tấn Nam Mỹ, 1280, 02.03.2025"
    card_title = "Chile mở tuyến vận tải biển thẳng tới châu Á"
    [article] = clean(TITLE, LEAD, BODY, card_label, card_title, LAST)
    assert paragraphs(article) == [LEAD, BODY, LAST]


def test_a_later_story_without_a_dated_label_still_opens(clean):
    # the negative case: a headline over a news lead, with no card's label above it, is another article
    second = "Chile mở tuyến vận tải biển thẳng tới châu Á"
    lead = "Ngày 2/3, hãng tàu quốc gia Chile khai trương tuyến vận tải biển thẳng tới các cảng châu Á."
    first, later = clean(TITLE, LEAD, BODY, second, lead, LAST)
    assert (first.title, later.title) == (TITLE, second)


DIGEST = "Điểm tin chiều Thứ Năm 12/3"
STORY_1 = "Chile và Peru nối lại đàm phán biên giới biển"
BODY_1 = ("Ngoại trưởng Chile cho biết hai nước sẽ nối lại đàm phán về biên giới biển trong tháng tới sau nhiều"
          " năm gián đoạn.", "Phía Peru hoan nghênh đề nghị và cử một đoàn chuyên gia tới Santiago để chuẩn bị.")
STORY_2 = "Argentina mở lãnh sự quán mới tại Đà Nẵng"
BODY_2 = ("Đại sứ Argentina cho biết lãnh sự quán mới sẽ hỗ trợ doanh nghiệp hai nước ở miền Trung từ tháng Tư.",
          "Đây là cơ quan đại diện thứ hai của Argentina tại Việt Nam, sau Đại sứ quán ở Hà Nội.")


def test_a_digests_numbered_stories_are_articles(clean):
    first, second = clean(DIGEST, "Tin Thế Giới", f"1. {STORY_1}", *BODY_1, f"2. {STORY_2}", *BODY_2)
    assert (first.title, second.title) == (STORY_1, STORY_2)
    assert (paragraphs(first), paragraphs(second)) == (list(BODY_1), list(BODY_2))


def test_a_digests_number_alone_over_the_headline(clean):
    first, second = clean(DIGEST, "1.", STORY_1, *BODY_1, "2.", STORY_2, *BODY_2)
    assert (first.title, second.title) == (STORY_1, STORY_2)


def test_numbered_sections_after_a_lead_stay_in_the_story(clean):
    # the negative case: the page told its story first, so its numbers are the sections of one article
    [article] = clean(TITLE, LEAD, "1. Mở cửa thị trường trái cây", *BODY_1, "2. Diễn đàn doanh nghiệp", *BODY_2)
    assert article.title == TITLE
    assert len(paragraphs(article)) == 7


def test_a_newsletters_greeting_that_counts_its_stories_is_no_lead(clean):
    # a newsletter's web view: its greeting over the numbered stories counts as many as it numbers
    greeting = "Xin chào! Sau đây là 2 tin nổi bật nhất trong ngày bạn không nên bỏ lỡ."
    footer = ("Bạn có thích bản tin hôm nay? Hãy chấm điểm", "Tải ứng dụng Báo Ngoại Vụ trên App Store | Google Play",
              "Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi.")
    first, second = clean("BÁO NGOẠI VỤ - BẢN TIN SÁNG", "Thứ Sáu, 13/3/2025", greeting, f"1. {STORY_1}", *BODY_1,
                          f"2. {STORY_2}", *BODY_2, *footer)
    assert (first.title, second.title) == (STORY_1, STORY_2)
    assert (paragraphs(first), paragraphs(second)) == (list(BODY_1), list(BODY_2))


def test_a_lead_that_counts_other_than_the_numbers_keeps_them_its_points(clean):
    # the negative case: a lead counting three things over two numbered sections is one story's lead
    lead = "Chiều 12/3, Bộ Công Thương công bố 3 tin vui cho doanh nghiệp xuất khẩu trái cây sang Nam Mỹ."
    [article] = clean(TITLE, lead, f"1. {STORY_1}", *BODY_1, f"2. {STORY_2}", *BODY_2)
    assert article.title == TITLE


def test_numbered_one_line_items_are_no_digest(clean):
    # the negative case: items of one line each are a list of links, not stories
    articles = clean(DIGEST, f"1. {STORY_1}", BODY_1[0], f"2. {STORY_2}", BODY_2[0])
    assert [a.title for a in articles] != [STORY_1, STORY_2]


ITEM_1 = ("Chiều 12/3, Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp Chile đến tìm hiểu cơ hội đầu tư. Hai bên"
          " nhất trí sớm tổ chức hội thảo xúc tiến thương mại.")
ITEM_2 = ("Sáng 10.3, đoàn đại biểu tỉnh đã đến chúc mừng Đại sứ quán Argentina nhân dịp kỷ niệm quan hệ ngoại"
          " giao (10.3). Đồng chí trưởng đoàn chúc quan hệ hai nước ngày càng bền chặt.")
HEAD_1 = "Lãnh đạo tỉnh tiếp đoàn doanh nghiệp Chile"
HEAD_2 = "Đoàn đại biểu tỉnh chúc mừng Đại sứ quán Argentina"


def test_a_listing_of_whole_one_paragraph_items_keeps_each(clean):
    first, second = clean("Tin tức chung", HEAD_1, ITEM_1, "Lượt xem: 418", HEAD_2, ITEM_2, "Lượt xem: 296")
    assert (first.title, second.title) == (HEAD_1, HEAD_2)
    assert paragraphs(second) == [ITEM_2]


def test_one_paragraph_items_under_a_full_article_are_related_news(clean):
    # the negative case: the page's own article has a body of several paragraphs, so a later headline over
    # one paragraph is a related item that lost its heading
    [article] = clean(TITLE, LEAD, BODY, LAST, HEAD_2, ITEM_2)
    assert article.title == TITLE


def test_a_one_sentence_item_is_no_listed_story(clean):
    # the negative case: a listing's later item of a single sentence is a summary, not a whole story
    one_sentence = "Sáng 10.3, đoàn đại biểu tỉnh đã đến chúc mừng Đại sứ quán Argentina tại Hà Nội."
    [article] = clean("Tin tức chung", HEAD_1, ITEM_1, HEAD_2, one_sentence)
    assert article.title == HEAD_1


@pytest.mark.parametrize(("text", "lead"), [
    ("Từ ngày 17 đến 19.2, đoàn công tác của tỉnh đã làm việc tại Lào.", True),
    ("Trong hai ngày 17 và 18/2, Thủ tướng đã dự hội nghị tại Jakarta.", True),
    ("Từ năm 2020 đến nay, hai nước đã ký nhiều thỏa thuận hợp tác.", False),  # a span of years tells no when
    ("Từ ngày mai, giá xăng giảm nhẹ.", False),
])
def test_a_lead_may_open_on_a_span_of_days(rules, text, lead):
    assert is_lead(text, rules) is lead


def test_a_listings_item_with_a_span_of_days_is_kept(clean):
    span = ("Từ ngày 17 đến 19.2, đoàn công tác của tỉnh đã làm việc với tỉnh Savannakhet về hợp tác y tế."
            " Hai bên ký biên bản ghi nhớ về đào tạo nhân lực.")
    head = "Đoàn công tác tỉnh làm việc tại Lào"
    first, second, third = clean("Tin tức chung", HEAD_1, ITEM_1, "Lượt xem: 418", head, span, "Lượt xem: 302",
                                 HEAD_2, ITEM_2)
    assert [paragraphs(a) for a in (first, second, third)] == [[ITEM_1], [span], [ITEM_2]]


def test_a_portrait_caption_the_lead_quotes_is_no_title(clean):
    caption = "Ngoại trưởng Chile Pablo Vera"
    lead = ("Phát biểu tại Đại hội đồng Liên Hợp Quốc ở New York ngày 27/9, Ngoại trưởng Chile Pablo Vera khẳng"
            " định Santiago không có kế hoạch rút khỏi hiệp định thương mại nông sản.")
    title = "Ông Vera: Chile giữ hiệp định thương mại nông sản"
    [article] = clean("Thế giới", title, caption, lead, BODY)
    assert article.title == title
    assert [(b.kind, b.text) for b in article.blocks[:2]] == [("caption", caption), ("paragraph", lead)]


def test_a_headline_the_lead_quotes_replaces_a_label_it_does_not_tell(clean):
    # the negative case: the first line is a section's name the lead does not tell, so the quoted line is the headline
    headline = "Chile và Việt Nam ký hiệp định thương mại nông sản"
    lead = "Ngày 12/3, tại Hà Nội, Chile và Việt Nam ký hiệp định thương mại nông sản đầu tiên giữa hai nước."
    [article] = clean("Bản tin kinh tế quốc tế", headline, lead, BODY)
    assert article.title == headline


STATEMENT_TITLE = "Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Chile lên Đối tác Chiến lược"
STATEMENT_CAPTION = "Chủ tịch nước hội đàm với Tổng thống Chile Gabriel Boric"
STATEMENT_HEADING = ("TUYÊN BỐ CHUNG", "VỀ VIỆC NÂNG CẤP QUAN HỆ GIỮA VIỆT NAM VÀ CHILE LÊN ĐỐI TÁC CHIẾN LƯỢC")
STATEMENT_POINTS = (
    "1. Nhận lời mời của Tổng thống Chile Gabriel Boric, Chủ tịch nước đã thăm chính thức Chile từ ngày 10 đến"
    " ngày 12 tháng 3 năm 2025. Chủ tịch nước đã hội đàm với Tổng thống Gabriel Boric.",
    "2. Hai nhà lãnh đạo nhất trí nâng cấp quan hệ hai nước lên Đối tác Chiến lược, mở rộng hợp tác thương mại.",
)


def test_a_documents_heading_in_capitals_names_the_headline_over_its_photos_caption(clean):
    # a joint statement's full text: its headline, its photo's caption (the talks), then its own heading
    [article] = clean("BAN ĐỐI NGOẠI TRUNG ƯƠNG", "Thứ Năm, 13/03/2025", STATEMENT_TITLE, STATEMENT_CAPTION,
                      *STATEMENT_HEADING, *STATEMENT_POINTS, "Santiago, ngày 12 tháng 3 năm 2025")
    assert (article.title, article.author) == (STATEMENT_TITLE, None)
    assert [(b.kind, b.text) for b in article.blocks[:2]] == [("caption", STATEMENT_CAPTION),
                                                               ("paragraph", STATEMENT_POINTS[0])]


def test_without_its_heading_the_line_the_lead_names_is_the_headline(clean):
    # the negative case: no heading retells the first line, so the lead names the line under it
    [article] = clean("BAN ĐỐI NGOẠI TRUNG ƯƠNG", "Thứ Năm, 13/03/2025", STATEMENT_TITLE, STATEMENT_CAPTION,
                      *STATEMENT_POINTS)
    assert article.title == STATEMENT_CAPTION


def test_a_heading_in_capitals_that_retells_the_line_under_the_title_leaves_it_the_headline(clean):
    heading = "CHỦ TỊCH NƯỚC HỘI ĐÀM VỚI TỔNG THỐNG CHILE GABRIEL BORIC"
    [article] = clean("BAN ĐỐI NGOẠI TRUNG ƯƠNG", "Thứ Năm, 13/03/2025", STATEMENT_TITLE, STATEMENT_CAPTION,
                      heading, *STATEMENT_POINTS)
    assert article.title == STATEMENT_CAPTION


# --- a paper's name over its clock and its menu (set t) ----------------------------------------------------

SECTIONS = ("Trang chủ", "Tin tức", "Biên giới - Biển đảo", "Quốc phòng toàn dân", "Quốc tế", "Dân quân xã", "Podcast")


def test_a_papers_name_over_its_clock_and_its_menu_is_no_article(clean):
    [article] = clean("Báo Biên phòng điện tử", "Thứ Hai, 10/03/2025 | 07:42 GMT+7", *SECTIONS, TITLE,
                      "20:15 09/03/2025", LEAD, BODY, LAST)
    assert (article.title, article.published, paragraphs(article)) == (TITLE, "2025-03-09T20:15", [LEAD, BODY, LAST])


def test_a_first_story_of_short_lines_one_a_sentence_stays(clean):
    [article] = clean(TITLE, "20:15 09/03/2025", "Hai bên đã ký kết.", "Đoàn về nước.")
    assert paragraphs(article) == ["Hai bên đã ký kết.", "Đoàn về nước."]


def test_a_sapo_over_the_documents_heading_stays_a_paragraph(clean):
    # the negative case: the line between the title and the heading runs longer than a caption naming who is in it
    sapo = ("Trong khuôn khổ chuyến thăm, Chủ tịch nước và Tổng thống Gabriel Boric đã hội đàm, trao đổi sâu rộng"
            " các biện pháp thúc đẩy hợp tác song phương trong thời gian tới")
    [article] = clean("BAN ĐỐI NGOẠI TRUNG ƯƠNG", "Thứ Năm, 13/03/2025", STATEMENT_TITLE, sapo,
                      *STATEMENT_HEADING, *STATEMENT_POINTS, "Santiago, ngày 12 tháng 3 năm 2025")
    assert article.title == STATEMENT_TITLE
    assert [(b.kind, b.text) for b in article.blocks[:2]] == [("paragraph", sapo), ("paragraph", STATEMENT_POINTS[0])]


# --- a portal's chrome between its name and the headline (set u) -------------------------------------------

PORTAL = "Cổng thông tin điện tử Bộ Nông nghiệp"
NOTICE = "Thông báo: Bộ Nông nghiệp lấy ý kiến góp ý dự thảo Thông tư về kiểm dịch thực vật đến hết ngày 30/4/2025."
TEASERS = ("Bộ trưởng làm việc với tỉnh Sơn La - Sáng 10-3, Bộ trưởng đã làm việc với lãnh đạo tỉnh...",
           "Hội nghị giao ban quý I - Chiều 8-3, Thứ trưởng chủ trì hội nghị giao ban của Bộ...")


@pytest.mark.parametrize("chrome", [(NOTICE,), (*TEASERS, "Đối ngoại")])
def test_a_notice_or_teasers_under_a_portals_name_are_no_article(clean, chrome):
    [article] = clean(PORTAL, *chrome, TITLE, "Ngày đăng: 12/03/2025 | 15:40", LEAD, BODY, LAST)
    assert (article.title, paragraphs(article)) == (TITLE, [LEAD, BODY, LAST])


def test_a_portals_name_over_two_paragraphs_or_alone_keeps_its_article(clean):
    # the negative cases: two whole paragraphs under the portal's name are a story, and with no story after it
    # the one paragraph is the page's own
    articles = clean(PORTAL, NOTICE, LAST, TITLE, "Ngày đăng: 12/03/2025 | 15:40", LEAD, BODY, LAST)
    assert [a.title for a in articles] == [PORTAL, TITLE]
    [article] = clean(PORTAL, NOTICE)
    assert paragraphs(article) == [NOTICE]
