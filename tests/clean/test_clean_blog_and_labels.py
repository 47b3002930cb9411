"""Heads and feet that name no author: a blog's date header and posting account, its share bar, a paper's,
a blog's or a section's name that reads like a person's, and a writer's role in brackets."""

from __future__ import annotations

import pytest

from reader.clean.lines import Kind, classify

TITLE = "Bộ trưởng Công Thương tiếp đoàn doanh nghiệp Hàn Quốc tại Hà Nội"
LEAD = "Sáng 4/6, Bộ trưởng Công Thương đã tiếp đoàn doanh nghiệp Hàn Quốc đang thăm và làm việc tại Hà Nội."
BODY = "Hai bên trao đổi về các dự án sản xuất linh kiện điện tử và năng lượng tái tạo trong thời gian tới."


@pytest.mark.parametrize(("text", "published"), [
    ("Wednesday, June 4, 2025", "2025-06-04"),  # an English blog theme's date header
    ("Tuesday, March 3, 2020 7:05:00 PM", "2020-03-03T19:05"),
])
def test_an_english_weekday_header_is_a_dateline(rules, text, published):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, published)


def test_a_weekday_inside_a_headline_makes_no_dateline(rules):
    assert classify("Saturday Night Live mở mùa diễn mới tại Hà Nội", rules).kind is not Kind.DATELINE


@pytest.mark.parametrize("text", [
    "Posted by Unknown at 7:05 PM",  # the platform's placeholder for an account without a name
    "Posted by Tin Nhanh Mỗi Ngày at 6:12 AM",  # the blog's own name
    "Người đăng: Tin Quê Nhà vào lúc 19:25",
    "Email This", "Share to Facebook", "Newer Posts Older Posts Home", "Subscribe to: Posts (Atom)",
    "► 2021 (38)", "▼ April (12)",
])
def test_a_blogs_account_share_bar_pager_and_archive_are_furniture(rules, text):
    assert classify(text, rules).kind is Kind.FURNITURE


def test_a_person_posting_at_a_time_still_signs(rules):
    line = classify("Đăng bởi Minh Tâm lúc 08:15", rules)
    assert (line.kind, line.text) == (Kind.BYLINE, "Minh Tâm")


@pytest.mark.parametrize("text", ["Tin Quê Nhà – 04/06/2025", "Bản Tin Sớm 04/06/2025 07:00"])
def test_a_press_worded_name_on_a_dateline_is_no_author(rules, text):
    line = classify(text, rules)
    assert (line.kind, line.published[:10], line.author) == (Kind.DATELINE, "2025-06-04", None)


def test_a_name_on_a_dateline_still_signs(rules):
    line = classify("Minh Tâm – 04/06/2025", rules)
    assert (line.kind, line.author) == (Kind.DATELINE, "Minh Tâm")


@pytest.mark.parametrize("name", ["Tin Quê Nhà", "Việt Nam", "Biển Đông", "Sài Gòn Điện Báo"])
def test_a_press_or_section_name_under_the_body_signs_nothing(clean, name):
    [article] = clean(TITLE, LEAD, BODY, name, "Chia sẻ")
    assert article.author is None


def test_a_name_under_the_body_still_signs(clean):
    [article] = clean(TITLE, LEAD, BODY, "Hoài Nam", "Chia sẻ")
    assert article.author == "Hoài Nam"


@pytest.mark.parametrize(("text", "author"), [
    ("Lan Chi (ghi)", "Lan Chi"),
    ("Tác giả: Lan Chi (thực hiện)", "Lan Chi"),
    ("Hồng Phúc (tổng hợp)", "Hồng Phúc"),
])
def test_a_writers_role_in_brackets_leaves_the_name(rules, text, author):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, author)


def test_a_credit_with_a_role_is_no_byline_of_its_label(rules):
    assert classify("Theo Lan Chi (tổng hợp)", rules).text != "Theo Lan Chi"  # the story taken from a writer


def test_a_role_after_words_that_are_no_name_makes_no_byline(rules):
    assert classify("các ý kiến đóng góp (tổng hợp)", rules).kind is not Kind.BYLINE


def test_a_stamp_under_the_sapo_that_tells_its_day_dates_the_article(clean):
    [article] = clean(TITLE, LEAD, "04/06/2025 20:40", BODY)
    assert article.published == "2025-06-04T20:40"
    [later] = clean(TITLE, LEAD, "05/06/2025 08:10", BODY)  # published the morning after
    assert later.published == "2025-06-05T08:10"


@pytest.mark.parametrize("stamp", [
    "12/06/2025 20:40",  # a week after the day the lead tells: another story's time
    "03/06/2025 20:40",  # before it
])
def test_a_stamp_under_the_sapo_on_another_day_dates_nothing(clean, stamp):
    [article] = clean(TITLE, LEAD, stamp, BODY)
    assert article.published is None


def test_a_stamp_under_a_sapo_without_a_day_dates_nothing(clean):
    [article] = clean(TITLE, "Bộ trưởng Công Thương đã tiếp đoàn doanh nghiệp Hàn Quốc đang thăm Hà Nội.",
                      "04/06/2025 20:40", BODY)
    assert article.published is None


POST = "Bộ trưởng Công Thương bàn cách mở rộng chuỗi cung ứng với doanh nghiệp Hàn Quốc"


def test_a_blogs_description_over_its_date_header_gives_way_to_the_post_the_lead_tells(clean):
    # the lead repeats half the post's words and a quarter of the description's: not three times as many,
    # but a third of the post's and under a third of the description's
    [article] = clean("Sông Xanh Điện Báo", "Tin doanh nghiệp cho bạn đọc khắp nơi", "Wednesday, June 4, 2025",
                      POST, "Minh Anh, phóng viên " + LEAD, BODY)
    assert (article.title, article.published) == (POST, "2025-06-04")


def test_a_headline_the_lead_barely_repeats_leaves_the_dated_title(clean):
    other = "Giá điện tăng nhẹ từ tháng này ở nhiều tỉnh miền Trung và Tây Nguyên"
    [article] = clean("Sông Xanh Điện Báo", "Tin doanh nghiệp cho bạn đọc khắp nơi", "Wednesday, June 4, 2025",
                      other, "Minh Anh, phóng viên " + LEAD, BODY)
    assert article.title != other


CAPTION = "Bộ trưởng Công Thương (phải) và trưởng đoàn doanh nghiệp Hàn Quốc tại buổi tiếp ngày 4/6. Ảnh: TTXVN"


def test_a_caption_printed_again_under_itself_is_one_caption(clean):
    [article] = clean(TITLE, LEAD, CAPTION, CAPTION, CAPTION, BODY)
    assert [b.text for b in article.blocks if b.kind == "caption"] == [CAPTION]


def test_the_same_caption_under_two_photos_apart_stays_twice(clean):
    [article] = clean(TITLE, LEAD, CAPTION, BODY, CAPTION, "Ba bên trao đổi thêm về các dự án năng lượng tái tạo.")
    assert [b.text for b in article.blocks if b.kind == "caption"] == [CAPTION, CAPTION]


@pytest.mark.parametrize(("text", "published", "author"), [
    ("Posted by Hoài Nam on June 4, 2025 at 20:15", "2025-06-04T20:15", "Hoài Nam"),
    ("Đăng bởi Hoài Nam vào ngày 04/06/2025", "2025-06-04", "Hoài Nam"),
    ("Posted by VOA on June 4, 2025 at 20:15:07:", "2025-06-04T20:15", None),  # an account, no person
    ("Đăng bởi Tin Quê Nhà ngày 04/06/2025 08:00", "2025-06-04T08:00", None),  # the blog's own name
])
def test_who_posted_then_when_is_a_dateline(rules, text, published, author):
    line = classify(text, rules)
    assert (line.kind, line.published, line.author) == (Kind.DATELINE, published, author)


def test_a_sentence_after_posted_by_is_no_dateline(rules):
    assert classify("Posted by Hoài Nam on the way home after 2 long days", rules).kind is not Kind.DATELINE


@pytest.mark.parametrize("text", ["Đăng bởi Vietop English", "Đăng bởi Tin Quê Nhà", "Được đăng bởi Sài Gòn Daily"])
def test_a_sites_account_under_a_headline_is_furniture(rules, text):
    assert classify(text, rules).kind is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Đăng bởi Minh Anh",  # a person's name: a byline, never dropped
    "Đăng bởi nhiều trang tin trong nước",
    "Thực hiện hiệu quả Nghị quyết của Bộ Chính trị về hội nhập quốc tế",
])
def test_a_label_before_no_sites_name_is_no_furniture(rules, text):
    assert classify(text, rules).kind is not Kind.FURNITURE


def test_a_bilingual_page_ends_at_its_word_list(clean):
    english = "The minister received a delegation of Korean businesses visiting Hanoi on Wednesday."
    article, = clean("Tin tức song ngữ", "Minister receives Korean business delegation", "Đăng bởi Vietop English",
                     LEAD, BODY, "Bản tiếng Anh", english, "Từ vựng cần nhớ", "delegation (n): phái đoàn",
                     "Đăng ký nhận tư vấn miễn phí")
    assert (article.title, article.author) == ("Minister receives Korean business delegation", None)
    assert [block.text for block in article.blocks] == [LEAD, BODY, english]
