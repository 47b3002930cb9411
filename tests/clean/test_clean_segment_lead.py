"""The headline is the line the lead tells the story of: between two headline-shaped lines above the
first paragraph, the one whose words the lead's first sentence repeats names the article; a site's tag in
capitals before the title is no part of it.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

TITLE = "Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc bàn hợp tác năng lượng sạch"
LEAD = ("Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc đến chào xã giao và bàn hợp tác"
        " năng lượng sạch giữa hai nước. Báo điện tử theo dõi và cập nhật diễn biến buổi tiếp.")
BODY = "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp năng lượng hai nước trong năm nay."
SOCIAL_ROW = "Instagram Zalo youtube Threads"
LIVE_LABEL = "Diễn biến mới nhất"


def paragraphs(article):
    return [b.text for b in article.blocks if b.kind == "paragraph"]


def test_a_headline_the_lead_tells_replaces_a_row_over_the_site_clock(clean):
    [article] = clean(SOCIAL_ROW, "Thứ Tư, 04/06/2025 | 17:20 GMT+7", "TẠP CHÍ ĐIỆN TỬ - CƠ QUAN NGÔN LUẬN CỦA NGÀNH",
                      "Thời sự", "Năng lượng", TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert paragraphs(article) == [LEAD, BODY]


def test_a_sapo_under_a_dated_title_stays_the_body_when_the_lead_tells_both(clean):
    # the negative case: the lead repeats the title's words too, so the line under the dateline is its sapo
    sapo = "Hai bên bàn hợp tác năng lượng sạch và chuyển đổi xanh"
    [article] = clean(TITLE, "04/06/2025 17:20", "Năng lượng", sapo, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-06-04T17:20")
    assert paragraphs(article) == [sapo, LEAD, BODY]


def test_a_label_under_the_headline_the_lead_does_not_tell_is_no_title(clean):
    [article] = clean("TRỰC TIẾP", TITLE, LIVE_LABEL, "04/06/2025 17:20", LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-06-04T17:20")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_headline_under_chrome_the_lead_tells_is_the_title(clean):
    # the negative case of the label: the last headline-shaped line is the title when the lead tells its story
    [article] = clean("Cơ quan ngôn luận của Bộ Công Thương Việt Nam", TITLE, "04/06/2025 17:20", LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2025-06-04T17:20")


def test_a_site_tag_in_capitals_leaves_the_title(clean):
    [article] = clean(f"(BCT) {TITLE}", "04/06/2025 17:20", f"(BCT) {LEAD}", BODY)
    assert article.title == TITLE
    assert paragraphs(article)[0] == f"(BCT) {LEAD}"


def test_words_in_brackets_that_are_no_tag_stay_in_the_title(clean):
    title = "(Ảnh) Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc"
    [article] = clean(title, "04/06/2025 17:20", LEAD, BODY)
    assert article.title == title
