"""Shapes of aggregators, photo services and papers' templates (blind set q): a stamp printed on its
headline's line, a menu in another script, accessibility links, reaction boxes, photo codes, a stamp
between the sapo and the lead.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

import pytest
from clean_blocks import kind_of, paragraphs

from reader.clean.lines import Kind, classify, page_lines

TITLE = "Thủ tướng tiếp Bộ trưởng Thương mại New Zealand nhân dịp thăm chính thức Việt Nam"
SAPO = "Thủ tướng đề nghị hai nước sớm đưa kim ngạch thương mại song phương lên mức mới."
LEAD = "Chiều 5/11, tại Trụ sở Chính phủ, Thủ tướng đã tiếp Bộ trưởng Thương mại New Zealand."
BODY = "Hai bên nhất trí thúc đẩy hợp tác nông nghiệp, giáo dục và chuyển đổi số trong thời gian tới."
OTHER = "Chủ tịch Quốc hội hội đàm với Chủ tịch Thượng viện Chile tại Nhà Quốc hội"
OTHER_LEAD = "Sáng 6/11, tại Nhà Quốc hội, Chủ tịch Quốc hội đã hội đàm với Chủ tịch Thượng viện Chile."


def test_a_stamp_printed_at_the_end_of_the_headline_line_dates_the_article(clean):
    [article] = clean("Thời sự", f"{TITLE} 05/11/2025 18:20", SAPO, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-11-05T18:20")
    assert paragraphs(article) == [SAPO, LEAD, BODY]


def test_a_section_label_with_the_stamp_under_each_headline_is_dropped(clean):
    first, second = clean(TITLE, "Tin tức 2025-11-05 18:20:41", LEAD, BODY,
                          OTHER, "Tin tức 2025-11-06 09:02:13", OTHER_LEAD, BODY)
    assert (first.title, first.published, paragraphs(first)) == (TITLE, "2025-11-05T18:20", [LEAD, BODY])
    assert (second.title, second.published, paragraphs(second)) == (OTHER, "2025-11-06T09:02", [OTHER_LEAD, BODY])


@pytest.mark.parametrize("line", [
    "Cập nhật: 05/11/2025 18:20",  # a label's
    "Phiên họp trù bị của hai đoàn kéo dài đến 05/11/2025 18:20",  # a sentence's words that run on into it
])
def test_a_label_or_a_sentence_keeps_its_stamp(clean, line):
    [article] = clean(TITLE, LEAD, line, BODY)
    assert line in paragraphs(article) or article.published == "2025-11-05T18:20"
    assert "Phiên họp trù bị của hai đoàn kéo dài đến" not in paragraphs(article)


def test_a_byline_fused_with_its_stamp_still_signs(clean):
    [article] = clean(TITLE, "Minh Khôi 05/11/2025 18:20", LEAD, BODY)
    assert (article.author, article.published) == ("Minh Khôi", "2025-11-05T18:20")


@pytest.mark.parametrize("line", [
    "Поделиться", "Читать полностью", "Другие новости", "ВКонтакте",  # an aggregator's share bar and menu
    "ພາສາລາວ", "中文版", "English | Русский | 中文",  # a language bar
])
def test_a_line_in_another_script_is_furniture(rules, line):
    assert kind_of(line, rules) is Kind.FURNITURE


@pytest.mark.parametrize("line", [
    "Ông Volodin nói với hãng tin TASS (ТАСС) rằng Nga coi trọng quan hệ với Việt Nam.",
    "Hai bên ký biên bản ghi nhớ, bản tiếng Lào ghi là ບົດບັນທຶກ, về hợp tác giáo dục và đào tạo.",
])
def test_a_word_of_another_script_inside_a_vietnamese_sentence_is_kept(rules, line):
    assert kind_of(line, rules) is Kind.BODY


def test_an_aggregator_page_ends_where_its_russian_share_bar_starts(clean):
    [article] = clean("Новости", "Вьетнам", TITLE, "Источник: baotintuc.vn", "17.10.2025 21:04", LEAD, BODY,
                      "Поделиться", "Telegram", "Другие новости", OTHER, "Chủ tịch nước tiếp Đại sứ Chile chào từ biệt",
                      "Подписывайтесь на нас")
    assert article.title == TITLE
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize("line", [
    "Bỏ qua nội dung chính", "Chuyển đến nội dung chính", "Skip to main content", "Skip to content",
    "Bạn thấy bài viết thế nào?", "Bạn cảm thấy bài viết này như thế nào?",
    "Mã ảnh: 7734512", "Tải ảnh", "leftcenterrightdel",
])
def test_template_furniture(rules, line):
    assert kind_of(line, rules) is Kind.FURNITURE


@pytest.mark.parametrize("line", [
    "Bỏ qua nội dung chính của đề xuất, phía Nhật Bản vẫn muốn đàm phán tiếp.",
    "Bạn thấy bài viết thế nào, ông hỏi lại phóng viên trước khi rời cuộc họp báo.",
    "Mã ảnh và mã tin được lưu trong kho dữ liệu của thông tấn xã từ năm 2010.",
])
def test_sentences_that_open_like_template_furniture_are_kept(rules, line):
    assert kind_of(line, rules) is Kind.BODY


def test_the_stamp_between_the_sapo_and_a_lead_that_tells_its_day_dates_the_article(clean):
    [article] = clean("Thứ Năm, 06/11/2025", "Chính trị", "Kinh tế", "Thế giới", TITLE, SAPO,
                      "Thứ Tư, 05/11/2025 18:42 (GMT+7)", "Theo dõi VietnamPlus trên Google News", LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-11-05T18:42")
    assert paragraphs(article) == [SAPO, LEAD, BODY]


def test_a_stamp_under_the_sapo_days_after_the_lead_s_day_dates_other_news(clean):
    [article] = clean(TITLE, SAPO, "Thứ Hai, 17/11/2025 08:00 (GMT+7)", LEAD, BODY)
    assert article.published is None


TAGGED_SAPO = ("(Chinhphu.vn) - Chiều 5/11, tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng Thương mại New Zealand đang"
               " thăm chính thức Việt Nam. Hai bên nhất trí đưa kim ngạch thương mại song phương lên 3 tỷ USD.")
PHOTO = "Thủ tướng và Bộ trưởng Thương mại New Zealand tại buổi tiếp - Ảnh: VGP/Hải Minh"


def test_the_stamp_under_a_tagged_sapo_dates_the_article_when_the_headline_is_printed_again_under_it(clean):
    [article] = clean(TITLE, TAGGED_SAPO, "05/11/2025 19:05", TITLE, PHOTO, BODY, LEAD)
    assert (article.title, article.published) == (TITLE, "2025-11-05T19:05")


def test_a_stamp_under_a_tagged_sapo_with_no_prose_under_it_dates_nothing(clean):
    [article, *_] = clean(TITLE, TAGGED_SAPO, "05/11/2025 19:05", "Tin liên quan", OTHER)
    assert article.published is None


def test_a_photo_service_s_source_line_closes_the_story(clean):
    [article] = clean(TITLE, "05/11/2025 18:36", LEAD, BODY, "Thông tin: Đặc phái viên TTXVN", "Mã ảnh: 7734512",
                      "Tải ảnh")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_sentence_opened_by_thong_tin_stays_in_the_body(rules):
    line = "Thông tin: hai bên sẽ ký ba văn kiện hợp tác trong lĩnh vực giáo dục, y tế và năng lượng vào chiều nay."
    assert kind_of(line, rules) is Kind.BODY


def test_an_office_named_in_sentence_case_signs_the_story_over_its_related_list(clean):
    [article] = clean(TITLE, "05/11/2025 18:36", LEAD, BODY, "Phòng Hợp tác quốc tế", "Tin liên quan", OTHER)
    assert paragraphs(article) == [LEAD, BODY]
    assert article.credit == "Phòng Hợp tác quốc tế"


def test_a_short_closing_line_in_lower_case_signs_nothing(clean):
    [article] = clean(TITLE, "05/11/2025 18:36", LEAD, BODY, "Quang cảnh buổi tiếp tại trụ sở", "Tin liên quan", OTHER)
    assert article.credit is None


@pytest.mark.parametrize("line", [
    f"{OTHER} -1", f"{OTHER} -12",  # a gallery's alt text, its photos numbered
    "Bài trước: Chủ tịch nước tiếp Đại sứ Chile chào từ biệt", "上一篇:Hội nghị tổng kết công tác đối ngoại năm 2017",
    "下一篇:Đoàn công tác Bộ Quốc phòng thăm Myanmar", "Next: Thủ tướng dự Hội nghị Cấp cao ASEAN",
])
def test_alt_numbers_and_links_to_the_next_story_are_furniture(rules, line):
    assert kind_of(line, rules) is Kind.FURNITURE


@pytest.mark.parametrize("line", [
    "Nhiệt độ ngoài trời ở thủ đô Ottawa đêm qua xuống tới -1.",  # a sentence closes on its full stop
    "Bài trước đó của ông đã nêu rõ lập trường của Việt Nam về vấn đề này.",
])
def test_a_minus_sign_or_a_sentence_about_an_earlier_story_is_kept(rules, line):
    assert kind_of(line, rules) is not Kind.FURNITURE


def test_a_video_page_s_related_list_ends_the_story(clean):
    [article, *_] = clean(TITLE, "05/11/2025 18:36", LEAD, BODY, "Video liên quan", OTHER,
                          "Chủ tịch nước tiếp Đại sứ Chile chào từ biệt")
    assert paragraphs(article) == [LEAD, BODY]


@pytest.mark.parametrize(("line", "published", "credit"), [
    ("2024-08-19 21:05:12(GMT+08:00) CMG", "2024-08-19T21:05", "CMG"),  # a clock glued to its zone; initials
    ("2024-08-19 21:05 VOV", "2024-08-19T21:05", "VOV"),
    ("Ngày phát hành 0:0 | 12/10/2024", "2024-10-12", None),  # a broadcaster's release date, its clock left unset
])
def test_stamps_of_broadcasters(rules, line, published, credit):
    [text] = page_lines(line, rules)
    dated = classify(text, rules)
    assert (dated.kind, dated.published, dated.credit) == (Kind.DATELINE, published, credit)


def test_a_stamp_then_a_word_in_lower_case_names_no_source(rules):
    [text] = page_lines("2024-08-19 21:05 tại Hà Nội", rules)
    assert classify(text, rules).credit is None


@pytest.mark.parametrize(("line", "author"), [
    ("TS NGUYỄN THỊ THU HÀ", "NGUYỄN THỊ THU HÀ"),  # a journal's author, the degree without its stop
    ("ThS Lê Văn An", "Lê Văn An"),
])
def test_a_degree_without_its_stop_opens_a_byline(rules, line, author):
    assert (classify(line, rules).kind, classify(line, rules).text) == (Kind.BYLINE, author)


@pytest.mark.parametrize("line", ["TSMC công bố lợi nhuận quý III tăng mạnh", "ts Lê Văn An"])
def test_a_word_opening_like_a_degree_or_one_in_lower_case_is_no_byline(rules, line):
    assert classify(line, rules).kind is not Kind.BYLINE


# --- a news app's story: its paper and the time since over the headline, its stamp under the body (set t) ----

APP_HEAD = "Báo Nông thôn · 2 giờ trước"
APP_STAMP = "Đăng lúc 18:05 05/11/2025"


def test_an_apps_stamp_under_the_body_dates_the_story_its_lead_tells_a_day_before(clean):
    first, second = clean(APP_HEAD, TITLE, LEAD, BODY, APP_STAMP, "Đọc bài gốc", "Thích · Bình luận · Chia sẻ",
                          "Tin tiếp theo", "Báo Đại đoàn kết · 4 giờ trước", OTHER, OTHER_LEAD, BODY,
                          "Đăng lúc 07:30 07/11/2025", "Đọc bài gốc")
    assert (first.title, first.published, paragraphs(first)) == (TITLE, "2025-11-05T18:05", [LEAD, BODY])
    assert (second.title, second.published, paragraphs(second)) == (OTHER, "2025-11-07T07:30", [OTHER_LEAD, BODY])


@pytest.mark.parametrize("stamp", [
    "Đăng lúc 18:05 25/11/2025",  # weeks after the day the lead tells: another story's, or the page's clock
    "05/11/2025",  # no clock: a day in a list of other news
])
def test_a_stamp_under_the_body_far_from_the_leads_day_or_without_a_clock_dates_nothing(clean, stamp):
    [article] = clean(APP_HEAD, TITLE, LEAD, BODY, stamp, "Đọc bài gốc")
    assert article.published is None


def test_a_stamp_before_the_day_a_lead_tells_in_its_year_dates_nothing(clean):
    """A lead that names its year and a day after the stamp (a call the minister will make) is no story of it."""
    lead = "Ngày 15/12/2025, Bộ trưởng Ngoại giao sẽ điện đàm với Bộ trưởng Thương mại New Zealand."
    [article] = clean(APP_HEAD, TITLE, lead, BODY, APP_STAMP, "Đọc bài gốc")
    assert article.published is None


def test_a_stamp_under_a_lead_that_tells_no_day_dates_nothing(clean):
    [article] = clean(APP_HEAD, TITLE, BODY, "Đại sứ cảm ơn sự đón tiếp của Thủ tướng.", APP_STAMP)
    assert article.published is None


@pytest.mark.parametrize("line", ["Thích · Bình luận · Chia sẻ", "Thích | Chia sẻ | Lưu",
                                  "Facebook • Zalo • Bình luận"])
def test_a_share_bar_with_marks_between_its_buttons_is_furniture(rules, line):
    assert kind_of(line, rules) is Kind.FURNITURE


@pytest.mark.parametrize(("line", "kind"), [
    ("Bình luận", Kind.RELATED_HEADING),  # alone it heads the comments
    ("Tin liên quan · Bình luận · Chia sẻ", Kind.HEADLINE),  # one button is not a share bar of headings
    ("Thích · Nhiều người đọc · Chia sẻ", Kind.HEADLINE),
])
def test_a_row_that_is_not_all_buttons_stays_what_it_was(rules, line, kind):
    assert kind_of(line, rules) is kind
