"""Chrome between the headline and the lead: the headline is the line the lead follows, and a line
under its photo or right under its author is no new title, however dated or signed it is.

The lines are invented, in the shapes read on real pages.
"""

from __future__ import annotations

import pytest
from clean_blocks import paragraphs

from reader.clean.lines import Kind, classify, dateline_value

TITLE = "Thủ tướng tiếp Bộ trưởng Ngoại giao Philippines nhân chuyến thăm chính thức Việt Nam"
LEAD = "Chiều 12/3, tại Trụ sở Chính phủ, Thủ tướng đã tiếp Bộ trưởng Ngoại giao Philippines đang thăm Việt Nam."
BODY = "Hai bên nhất trí thúc đẩy hợp tác thương mại, nông nghiệp và an ninh biển trong thời gian tới."
CAPTION = "Chú thích hình ảnh, Thủ tướng (phải) và Bộ trưởng Ngoại giao Philippines tại buổi tiếp"
AFFILIATION = "Viện Nghiên cứu Chiến lược Ngoại giao Việt Nam"


def test_a_box_label_under_the_title_photo_is_no_title(clean):
    [article] = clean(TITLE, "Nguồn hình ảnh, Reuters", CAPTION, "Thông tin về bài viết", "Tác giả, Minh Châu",
                      "12 tháng 3 2024", LEAD, BODY)
    assert (article.title, article.author, article.published) == (TITLE, "Minh Châu", "2024-03-12")
    assert article.blocks[0].kind == "caption"
    assert paragraphs(article) == [LEAD, BODY]


def test_an_affiliation_under_the_author_is_no_title(clean):
    [article] = clean(TITLE, "TS. Lê Minh Châu", AFFILIATION, "16:33, ngày 12-3-2024", LEAD, BODY)
    assert (article.title, article.author, article.published) == (TITLE, "Lê Minh Châu", "2024-03-12T16:33")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_headline_under_chrome_without_photo_or_author_still_names_the_article(clean):
    # the negative case: a dated headline under a menu or a kicker is still the title
    [article] = clean("Chính trị Kinh tế Xã hội Thế giới Văn hóa", TITLE, "12/03/2024 16:33", LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2024-03-12T16:33")
    [article] = clean(AFFILIATION, TITLE, "12/03/2024 16:33", LEAD, BODY)  # a site's name over the title
    assert article.title == TITLE


def test_a_player_file_glued_to_its_buttons_is_furniture(rules):
    assert classify("12032024-tin-sang.mp3Phần âm thanh Tải xuống âm thanh", rules).kind is Kind.FURNITURE
    assert classify("Bản tin thời sự sáng nay về chuyến thăm mp3 và video", rules).kind is not Kind.FURNITURE


@pytest.mark.parametrize(("text", "author"), [
    ("Minh Châu, phóng viên RFA", "Minh Châu"),  # the name, then its role
    ("TS. Lê Minh Châu", "Lê Minh Châu"),  # an abbreviated degree before the name
    ("PGS.TS. Lê Minh Châu", "Lê Minh Châu"),
])
def test_bylines_with_a_role_or_a_degree(rules, text, author):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.BYLINE, author)


def test_a_place_and_a_role_word_are_no_byline(rules):
    assert classify("Hà Nội, thủ đô của Việt Nam", rules).kind is not Kind.BYLINE
    assert classify("TS.", rules).kind is not Kind.BYLINE


def test_a_year_first_date_is_a_dateline(rules):
    line = classify("2024-06-02", rules)
    assert (line.kind, line.published) == (Kind.DATELINE, "2024-06-02")
    assert dateline_value("2024-13-02") is None  # no such month: debris


def test_a_headline_the_lead_follows_replaces_a_signed_menu_line(clean):
    [article] = clean("Điểm Nóng Online", "Văn Hóa Thời Sự", TITLE, LEAD, BODY)  # a menu, then names
    assert (article.title, paragraphs(article)) == (TITLE, [LEAD, BODY])


def test_a_signed_dateline_under_the_credit_signs_the_article(clean):
    signed = "Theo Minh Châu (Tổng hợp) | 12/03/2024 06:30 AM"
    [article] = clean(TITLE, LEAD, BODY, "Nguồn: TTXVN", signed, TITLE + " mới")
    assert article.author == "Minh Châu"
    [article] = clean(TITLE, LEAD, BODY, signed)  # no credit above it: it dates other news
    assert article.author is None


@pytest.mark.parametrize(("text", "published"), [
    ("12/03/2024 (Đọc 4 phút)", "2024-03-12"),  # the reading time beside the date
    ("March 12, 2024 · 4 min read", "2024-03-12"),  # an English month first, as a blog theme prints it
    ("Sept. 5, 2024 10:20 AM", "2024-09-05T10:20"),
])
def test_a_dateline_with_its_reading_time_or_an_english_month(rules, text, published):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, published)


@pytest.mark.parametrize("text", ["Đọc 4 phút", "4 min read"])
def test_a_reading_time_alone_dates_nothing(rules, text):
    assert classify(text, rules).published is None


def test_an_english_date_inside_a_sentence_is_no_dateline(rules):
    assert classify("Hai bên sẽ gặp lại tại Jakarta, theo lịch đã định từ May 5, 2024", rules).kind \
        is not Kind.DATELINE


PORTRAIT = "Bộ trưởng Ngoại giao Philippines Maria Santos"  # a portrait's caption without its credit
PORTRAIT_LEAD = ("Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Philippines Maria Santos đã được Thủ tướng tiếp "
                 "nhân chuyến thăm chính thức Việt Nam.")


def test_a_dateline_over_a_portraits_caption_dates_the_title(clean):
    [article] = clean("Thế giới", TITLE, "12/03/2024 (Đọc 4 phút)", PORTRAIT, PORTRAIT_LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2024-03-12")
    assert [b.text for b in article.blocks if b.kind == "caption"] == [PORTRAIT]


def test_a_dateline_over_the_headline_the_lead_follows_dates_that_headline(clean):
    # the negative case: the line under the date replaces a menu's line as the title and takes the date
    [article] = clean("Chính trị Kinh tế Xã hội Thế giới Văn hóa", "12/03/2024 16:33", TITLE, LEAD, BODY)
    assert (article.title, article.published) == (TITLE, "2024-03-12T16:33")


def test_a_dateline_beside_its_section_and_its_counters(rules):
    line = classify("Đăng lúc: 12/03/2024 - 16:33 | Chuyên mục: Quốc tế | Lượt xem: 1.286", rules)
    assert (line.kind, line.published) == (Kind.DATELINE, "2024-03-12T16:33")


def test_a_date_beside_a_sentence_is_no_dateline(rules):
    assert classify("12/03/2024 | 1.286 người đã đọc bài này", rules).kind is not Kind.DATELINE


COMMENTS = ("BÌNH LUẬN", "Mong quan hệ hai nước ngày càng tốt đẹp, bà con làm ăn cũng dễ thở hơn.",
            "Hai nước là bạn bè truyền thống, nên giữ gìn như giữ vàng.")


def test_the_headline_printed_again_over_its_dateline_replaces_its_first_print(clean):
    """The headline over a comment box, then printed again with its dateline and lead: one article, the story."""
    [article] = clean(TITLE, *COMMENTS, TITLE, "Thứ ba 12/03/2024 16:33 GMT + 7", LEAD, BODY)
    assert (article.title, article.published, paragraphs(article)) == (TITLE, "2024-03-12T16:33", [LEAD, BODY])


def test_the_headline_printed_again_past_a_related_heading_leaves_the_story(clean):
    # the negative case: the story comes first, its own link in the related list under it
    more = "Hai bên cũng trao đổi về tình hình khu vực và các vấn đề quốc tế cùng quan tâm hiện nay."
    articles = clean(TITLE, LEAD, BODY, more, "Tin liên quan", TITLE, "12/03/2024 16:33",
                     "Chiều 12/3, Thủ tướng đã tiếp Bộ trưởng Ngoại giao Philippines...")
    assert paragraphs(articles[0]) == [LEAD, BODY, more]


CAPITALS = "THỦ TƯỚNG TIẾP BỘ TRƯỞNG NGOẠI GIAO PHILIPPINES"


def test_an_alt_text_under_a_headline_in_capitals_is_no_title(clean):
    # a portal prints its headline in capitals, then the photo's alt text in mixed case: the title and more words
    alt = "Thủ tướng tiếp Bộ trưởng Ngoại giao Philippines Enrique Manalo"
    [article] = clean("Cổng thông tin điện tử Chính phủ", "Ngày đăng: 12/03/2024 16:33", CAPITALS, alt, LEAD, BODY)
    assert (article.title, article.published) == (CAPITALS, "2024-03-12T16:33")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_headline_under_a_kicker_in_capitals_is_the_title(clean):
    # the negative case: a kicker of a few words in capitals over the headline that opens with them
    [article] = clean("THỦ TƯỚNG TIẾP", TITLE, "12/03/2024 16:33", LEAD, BODY)
    assert article.title == TITLE
    # nor is a headline in mixed case that only retells the capitals an alt text: the lead tells it
    retold = "Thủ tướng Chính phủ tiếp Bộ trưởng Ngoại giao Philippines Enrique Manalo"
    [article] = clean(CAPITALS, retold, "12/03/2024 16:33", LEAD, BODY)
    assert article.title == retold
