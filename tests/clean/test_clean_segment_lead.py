"""The headline is the line the lead tells the story of: between two headline-shaped lines above the
first paragraph, the one whose words the lead's first sentence repeats names the article; a site's tag in
capitals before the title, and the language mark a multilingual site prints after it, are no part of it.
Inside a body, a short line printed twice is a photo's alt text and caption, and a paragraph ending in a
colon announces what follows: neither opens another article.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

from clean_blocks import paragraphs

TITLE = "Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc bàn hợp tác năng lượng sạch"
LEAD = ("Chiều 4/6, tại Hà Nội, Bộ trưởng Công Thương đã tiếp Đại sứ Hàn Quốc đến chào xã giao và bàn hợp tác"
        " năng lượng sạch giữa hai nước. Báo điện tử theo dõi và cập nhật diễn biến buổi tiếp.")
BODY = "Hai bên nhất trí sớm tổ chức diễn đàn doanh nghiệp năng lượng hai nước trong năm nay."
SOCIAL_ROW = "Instagram Zalo youtube Threads"
LIVE_LABEL = "Diễn biến mới nhất"


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


def test_the_language_a_multilingual_site_marks_after_its_title_leaves_the_title(clean):
    [article] = clean(f"{TITLE} [fr]", "04/06/2025 17:20", LEAD, BODY)
    assert article.title == TITLE


def test_a_bracketed_word_at_the_end_of_a_title_that_is_no_language_mark_stays(clean):
    for title in (f"{TITLE} [Video]", f"{TITLE} [1]", f"{TITLE}[fr]"):
        [article] = clean(title, "04/06/2025 17:20", LEAD, BODY)
        assert article.title == title


def test_words_in_brackets_that_are_no_tag_stay_in_the_title(clean):
    title = "(Ảnh) Bộ trưởng Công Thương tiếp Đại sứ Hàn Quốc"
    [article] = clean(title, "04/06/2025 17:20", LEAD, BODY)
    assert article.title == title


PHOTO = "Đại sứ Hàn Quốc tại Việt Nam Park Min Jun"
MORE = "Theo kế hoạch, hai bên sẽ ký bản ghi nhớ về hợp tác điện gió ngoài khơi vào cuối năm nay."


def test_a_short_line_printed_twice_inside_the_body_is_a_photo_and_its_caption(clean):
    [article] = clean(TITLE, LEAD, PHOTO, "", PHOTO, MORE, BODY)
    assert article.title == TITLE
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", LEAD), ("caption", PHOTO), ("paragraph", MORE), ("paragraph", BODY)]


def test_a_headline_printed_twice_over_a_lead_still_opens_an_article(clean):
    # the negative case: under the repeated line a lead opens a story, so the pair is its headline
    second = "Hai nước ký kế hoạch hợp tác điện gió ngoài khơi"
    lead = "Sáng 5/6, tại Seoul, đại diện hai bộ đã ký kế hoạch hợp tác điện gió ngoài khơi giai đoạn 2025 - 2030."
    first, other = clean(TITLE, LEAD, BODY, "Minh Anh", second, second, lead, MORE)
    assert (first.title, other.title) == (TITLE, second)
    assert [b.text for b in other.blocks if b.kind == "paragraph"] == [lead, MORE]


def test_a_paragraph_ending_in_a_colon_announces_a_subheading_not_another_article(clean):
    heading = "Hoạt động của Bộ trưởng Công Thương trong tuần"
    lead = "Ngày 5/6, Bộ trưởng Công Thương đã điện đàm với Bộ trưởng Thương mại Singapore về chuỗi cung ứng."
    [article] = clean(TITLE, LEAD, "Các hoạt động nổi bật trong tuần như sau:", heading, lead, BODY)
    assert paragraphs(article) == [LEAD, "Các hoạt động nổi bật trong tuần như sau:", heading, lead, BODY]


def test_a_headline_over_a_lead_after_a_closed_sentence_opens_an_article(clean):
    # the negative case: the paragraph above ends with a full stop, so the headline over a lead opens a story
    heading = "Bộ trưởng Công Thương điện đàm với Bộ trưởng Thương mại Singapore"
    lead = "Ngày 5/6, Bộ trưởng Công Thương đã điện đàm với Bộ trưởng Thương mại Singapore về chuỗi cung ứng."
    first, other = clean(TITLE, LEAD, BODY, heading, lead, MORE)
    assert (first.title, other.title) == (TITLE, heading)
