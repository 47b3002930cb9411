"""clean_page: a raw page in, the articles a reader should see out."""

from __future__ import annotations

from pathlib import Path

import pytest
from clean_blocks import paragraphs
from hang_guard import finishes_without_hanging

from reader.clean import clean_page
from reader.clean.rules import rules_for
from reader.lexicon import Lexicon
from reader.model import Block, RawPage

TITLE = "Ngoại trưởng hai nước nhất trí tăng cường hợp tác song phương"
LEAD = "Ngày 7/1, Ngoại trưởng hai nước đã hội đàm tại Tokyo và nhất trí tăng cường hợp tác."
BODY = "Hai bên cũng trao đổi về tình hình khu vực và các vấn đề quốc tế cùng quan tâm."
SECOND_TITLE = "Ngoại trưởng Nhật Bản sắp thăm Mỹ và châu Âu"
SECOND_LEAD = "Ngày 28/12, Bộ Ngoại giao Nhật Bản cho biết Ngoại trưởng sẽ công du Mỹ và châu Âu."


def test_one_article_with_paragraphs_and_captions_in_reading_order(clean):
    [article] = clean(TITLE, LEAD, "Hai Ngoại trưởng tại cuộc hội đàm. Ảnh: Kyodo/TTXVN", BODY, file="000_abc.txt")
    assert article.id == "000_abc-1"
    assert article.file == "000_abc.txt"
    assert article.title == TITLE
    assert article.blocks == (
        Block("paragraph", LEAD),
        Block("caption", "Hai Ngoại trưởng tại cuộc hội đàm. Ảnh: Kyodo/TTXVN"),
        Block("paragraph", BODY),
    )
    assert (article.published, article.author, article.credit, article.excerpt) == (None, None, None, False)


def test_dateline_byline_and_credit_become_metadata_not_text(clean):
    [article] = clean(TITLE, "", "06:17 - Thứ Bảy, 24/02/2024 Lượt xem: 4135 In bài viết", "Việt Hà", LEAD, BODY,
                      "Theo HNM", "Bình luận")
    assert article.published == "2024-02-24T06:17"
    assert article.author == "Việt Hà"
    assert article.credit == "Theo HNM"
    assert paragraphs(article) == [LEAD, BODY]


def test_a_headline_followed_by_a_news_lead_opens_a_second_article(clean):
    first, second = clean(TITLE, LEAD, BODY, SECOND_TITLE, SECOND_LEAD, BODY, file="p.txt")
    assert (first.id, first.title, paragraphs(first)) == ("p-1", TITLE, [LEAD, BODY])
    assert (second.id, second.title, paragraphs(second)) == ("p-2", SECOND_TITLE, [SECOND_LEAD, BODY])


def test_a_lead_after_a_source_clause_also_opens_an_article(clean):
    lead = "Theo hãng tin Yonhap, ngày 15/2, bà Kim Yo-jong cho biết Triều Tiên để ngỏ khả năng đối thoại."
    articles = clean(TITLE, LEAD, SECOND_TITLE, lead, BODY)
    assert [a.title for a in articles] == [TITLE, SECOND_TITLE]


@pytest.mark.parametrize("mark", ["(TG&VN) - ", "TTXVN - ", "VOV.VN - ", "TGVN. "])
def test_an_agency_mark_opens_a_lead(clean, mark):
    lead = mark + "Bộ trưởng Ngoại giao hai nước đã điện đàm, trao đổi về quan hệ song phương."
    articles = clean(TITLE, LEAD, SECOND_TITLE, lead, BODY)
    assert [a.title for a in articles] == [TITLE, SECOND_TITLE]


def test_an_abbreviation_opening_a_paragraph_is_no_agency_mark(clean):
    later = "TP. Hồ Chí Minh sẽ là điểm đến tiếp theo của đoàn trong chuyến thăm."
    [article] = clean(TITLE, LEAD, "Hai bên nhất trí tăng cường hợp tác", later)
    assert paragraphs(article) == [LEAD, "Hai bên nhất trí tăng cường hợp tác", later]


def test_related_items_without_their_heading_are_not_articles(clean):
    articles = clean(TITLE, LEAD, BODY,
                     "Điện Kremlin phản hồi cáo buộc can thiệp bầu cử Mỹ", "06:53:19 08/09/2024",
                     "Ông Peskov cho biết đây không phải là lần đầu tiên Nga bị cáo buộc.",
                     "Iran phản ứng khi Nga ủng hộ xây dựng hành lang Zangezur", "06:29:34 08/09/2024",
                     "Tuyên bố này được đưa ra sau khi Nga cho biết họ ủng hộ thỏa thuận hòa bình.")
    assert [(a.title, paragraphs(a)) for a in articles] == [(TITLE, [LEAD, BODY])]


def test_a_short_body_line_that_is_not_a_headline_stays_in_the_body(clean):
    short = "Hai bên nhất trí tăng cường hợp tác"  # no full stop, but no lead follows it
    [article] = clean(TITLE, LEAD, short, BODY)
    assert paragraphs(article) == [LEAD, short, BODY]


def test_a_headline_repeated_by_an_image_alt_line_opens_an_article(clean):
    body = "Bộ trưởng hai nước đã có cuộc gặp bên lề hội nghị và trao đổi về quan hệ song phương."
    first, second = clean(TITLE, LEAD, SECOND_TITLE, body, f"{SECOND_TITLE} - Hình 1", BODY)
    assert paragraphs(first) == [LEAD]
    assert second.title == SECOND_TITLE
    assert paragraphs(second) == [body, BODY]  # the alt line itself is dropped


def test_image_alt_lines_and_title_echo_captions_are_dropped(clean):
    [article] = clean(TITLE, LEAD, f"{TITLE} - Hình 1", f"{TITLE} (Nguồn: Reuters)",
                      "Hai nhà lãnh đạo tại Nhà Trắng. (Nguồn: Reuters)", BODY)
    assert article.blocks == (
        Block("paragraph", LEAD),
        Block("caption", "Hai nhà lãnh đạo tại Nhà Trắng. (Nguồn: Reuters)"),
        Block("paragraph", BODY),
    )


def test_teasers_are_kept_as_excerpts_and_the_credit_goes_to_the_full_article(clean):
    teaser_title = "Hội đàm Nga-Mỹ: Moscow tỏ hy vọng 'cảm xúc sẽ hạ nhiệt'"
    teaser = "Ngày 21/1, Ngoại trưởng Nga và người đồng cấp Mỹ đã có cuộc hội đàm tại Geneva về các ..."
    full, excerpt = clean(TITLE, LEAD, BODY, teaser_title, "", teaser_title, teaser, "(theo Reuters, AP)", "Đọc thêm")
    assert (full.excerpt, full.credit) == (False, "theo Reuters, AP")
    assert (excerpt.title, excerpt.excerpt, excerpt.credit) == (teaser_title, True, None)
    assert paragraphs(excerpt) == [teaser]


def test_an_ellipsis_inside_a_full_article_does_not_make_it_an_excerpt(clean):
    [article] = clean(TITLE, LEAD, "Các bên đã thảo luận nhiều vấn đề khác nhau, từ kinh tế đến an ninh...", BODY)
    assert not article.excerpt


def test_a_related_news_heading_ends_the_articles(clean):
    related = "Tai nạn máy bay tại Hàn Quốc: Tìm thấy lông chim trong động cơ"
    [article] = clean(TITLE, LEAD, BODY, "Bạn thấy bài viết này có hữu ích không?", "Có;", "Không", "Tin liên quan",
                      "Tiêu điểm", related + related, "19:57:16 17/01/2025", SECOND_TITLE, "", "22:32:04 17/01/2025",
                      SECOND_LEAD)
    assert paragraphs(article) == [LEAD, BODY]


def test_a_related_heading_above_the_article_does_not_hide_it(clean):
    [article] = clean("Tin mới nhất", TITLE, LEAD, BODY)
    assert (article.title, paragraphs(article)) == (TITLE, [LEAD, BODY])


def test_furniture_inside_the_body_is_dropped(clean):
    [article] = clean(TITLE, "Theo dõi VGT trên", LEAD, "Video đang HOT", BODY, "Back To Top")
    assert paragraphs(article) == [LEAD, BODY]


def test_obfuscated_words_are_repaired_in_title_and_body(clean):
    [article] = clean("Triều Tiên bắ.n thử tên lửa siêu thanh mới", "Các mối đ.e dọ.a chung bay 1.500 km.")
    assert article.title == "Triều Tiên bắn thử tên lửa siêu thanh mới"
    assert paragraphs(article) == ["Các mối đe dọa chung bay 1.500 km."]


def test_breadcrumbs_before_the_headline_are_skipped(clean):
    [article] = clean("Thế giới", "Theo dõi VGT trên", TITLE, LEAD)
    assert article.title == TITLE


def test_a_site_name_above_the_headline_is_not_the_title(clean):
    [article] = clean("Báo Quốc tế", TITLE, "Hai nước nhất trí tăng cường hợp tác trên nhiều lĩnh vực.", BODY)
    assert article.title == TITLE
    assert paragraphs(article) == ["Hai nước nhất trí tăng cường hợp tác trên nhiều lĩnh vực.", BODY]


def test_a_one_paragraph_page_under_a_menu_line_is_still_the_article(clean):
    [article] = clean("Tin tức Thời sự Quốc tế", TITLE, LEAD)
    assert (article.id, article.title, paragraphs(article)) == ("page-1", TITLE, [LEAD])


def test_a_section_label_between_headline_and_body_is_dropped(clean):
    [article] = clean(TITLE, "Thời sự", LEAD, "Hà Nội", BODY)
    assert paragraphs(article) == [LEAD, "Hà Nội", BODY]  # inside the body, a short line stays
    assert article.author is None  # a name-like line inside the body is text, not a byline


def test_a_headline_with_nothing_under_it_is_no_article(clean):
    articles = clean(TITLE, LEAD, BODY, SECOND_TITLE, "21:38:28 06/09/2024")
    assert [a.title for a in articles] == [TITLE]


def test_a_page_of_headlines_only_under_a_related_heading_is_no_article(clean):
    assert clean("Theo dõi VGT trên", "Tin liên quan", TITLE, SECOND_TITLE) == []


def test_a_page_whose_body_has_a_sentence_is_still_an_article(clean):
    [article] = clean("Tin liên quan", TITLE, SECOND_TITLE, BODY)
    assert article.title == SECOND_TITLE  # the headline is the line the body follows
    assert paragraphs(article) == [BODY]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Video đang HOT\nBình luận\nTin liên quan\nBack To Top", TITLE])
def test_pages_without_an_article_give_none(clean, text):
    assert clean(text) == []


def test_a_huge_single_line_page_is_cleaned_in_linear_time(lexicon):
    sentence = "Hai bên nhất trí tăng cường hợp tác, bắ.n 1.500 km, xem Baoquocte.vn. "
    text = sentence * (1_000_000 // len(sentence))
    with finishes_without_hanging():  # about 0.1 s; quadratic work would take minutes
        [article] = clean_page(RawPage("big.txt", Path("big.txt"), text), lexicon)
    assert article.title.endswith("…") and len(article.title) <= 251
    assert "bắn 1.500 km, xem Baoquocte.vn." in article.blocks[0].text


def test_a_page_of_many_headline_lines_is_cleaned_in_linear_time(lexicon):
    text = "\n".join(f"Tiêu đề số {n} của một trang rất dài" for n in range(50_000))
    with finishes_without_hanging():
        clean_page(RawPage("many.txt", Path("many.txt"), text), lexicon)


def test_rules_are_compiled_once_per_lexicon(lexicon):
    assert rules_for(lexicon) is rules_for(Lexicon(dict(lexicon.lists)))


def test_a_user_furniture_line_from_the_config_is_dropped(lexicon, clean):
    invite = "Trân trọng cảm ơn quý vị đã đồng hành"
    extended = Lexicon({**lexicon.lists, "furniture_lines": (*lexicon["furniture_lines"], invite)})
    page = RawPage("p.txt", Path("p.txt"), "\n".join([TITLE, LEAD, invite, BODY]))
    assert [b.text for b in clean_page(page, extended)[0].blocks] == [LEAD, BODY]
    assert invite in paragraphs(clean(TITLE, LEAD, invite, BODY)[0])


def test_a_timestamp_inside_the_body_does_not_date_the_article(clean):
    [article] = clean(TITLE, LEAD, "19:57:16 17/01/2025", BODY)
    assert article.published is None
    assert paragraphs(article) == [LEAD, BODY]


def test_a_byline_at_the_end_with_its_source(clean):
    [article] = clean(TITLE, LEAD, BODY, "Minh Anh (theo Reuters)")
    assert (article.author, article.credit) == ("Minh Anh", "theo Reuters")
    assert paragraphs(article) == [LEAD, BODY]


def test_a_short_line_before_prose_cut_short_mid_article_stays_body(clean):
    short = "Các bên đã thảo luận nhiều vấn đề khác nhau"
    cut = "Trong đó có các nỗ lực duy trì hòa bình và ổn định, các vấn đề về cuộc chiến đang diễn ra..."
    [article] = clean(TITLE, LEAD, short, cut, BODY)
    assert paragraphs(article) == [LEAD, short, cut, BODY]
    assert not article.excerpt


def test_the_headline_repeated_under_itself_is_dropped(clean):
    [article] = clean(TITLE + ".", TITLE + ".", LEAD)
    assert paragraphs(article) == [LEAD]


TEASER_TITLE = "Hội đàm Nga-Mỹ: Moscow tỏ hy vọng 'cảm xúc sẽ hạ nhiệt'"
TEASER = "Ngày 21/1, Ngoại trưởng Nga và người đồng cấp Mỹ đã có cuộc hội đàm tại Geneva về các ..."
LATER = "Đây sẽ là chuyến thăm đầu tiên của ông Biden tới châu Á trên cương vị Tổng thống."


def test_prose_after_a_teaser_box_inside_the_article_goes_back_to_it_and_the_box_is_no_article(clean):
    [full] = clean(TITLE, LEAD, TEASER_TITLE, TEASER_TITLE, TEASER, BODY, "Ảnh tư liệu: AFP", LATER)
    assert paragraphs(full) == [LEAD, BODY, LATER]
    assert Block("caption", "Ảnh tư liệu: AFP") in full.blocks


def test_a_box_of_teasers_each_its_headline_twice_on_one_line_inside_the_article_is_no_article(clean):
    other = "Quyên góp ủng hộ nhân dân Cuba khắc phục hậu quả bão"
    other_teaser = "Nhiều cơ quan, doanh nghiệp đã chung tay đóng góp giúp nhân dân Cuba sau cơn bão ..."
    [full] = clean(TITLE, LEAD, f"{TEASER_TITLE} {TEASER_TITLE}", TEASER, f"{other} {other}", other_teaser,
                   BODY, LATER)
    assert paragraphs(full) == [LEAD, BODY, LATER]


def test_a_teaser_under_the_article_stays_an_excerpt_when_a_line_alone_follows_it(clean):
    full, excerpt = clean(TITLE, LEAD, BODY, TEASER_TITLE, TEASER_TITLE, TEASER, LATER)
    assert paragraphs(full) == [LEAD, BODY, LATER]
    assert (excerpt.title, excerpt.excerpt, paragraphs(excerpt)) == (TEASER_TITLE, True, [TEASER])


def test_headlines_in_a_row_ending_the_body_are_a_related_list_without_heading(clean):
    [article] = clean(TITLE, LEAD, BODY, "Tổng thống Nga bổ nhiệm tân Bộ trưởng Quốc phòng",
                      "Thủ tướng Slovakia bị thương trong một vụ tấn công")
    assert paragraphs(article) == [LEAD, BODY]


def test_one_unpunctuated_last_line_stays_in_the_body(clean):
    last = "Hai bên sẽ tiếp tục trao đổi trong thời gian tới"
    [article] = clean(TITLE, LEAD, BODY, last)
    assert paragraphs(article) == [LEAD, BODY, last]


def test_unpunctuated_lines_inside_the_body_stay(clean):
    items = ["Hợp tác kinh tế và thương mại song phương", "Hợp tác quốc phòng và an ninh khu vực"]
    [article] = clean(TITLE, LEAD, *items, BODY)
    assert paragraphs(article) == [LEAD, *items, BODY]


def test_a_teaser_glued_to_its_headline_at_the_end_is_an_excerpt_not_body(clean):
    glued = ("Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE Ngày 5/12, Ngoại trưởng Nga Sergei Lavrov "
             "đã có chuyến thăm. Ảnh tư liệu: AFP/TTXVN Ông Lavrov đã tới Malta để...")
    full, excerpt = clean(TITLE, LEAD, BODY, glued)
    assert paragraphs(full) == [LEAD, BODY]
    assert (excerpt.title, excerpt.excerpt) == ("Ngoại trưởng Nga và Ukraine cùng tham dự hội nghị OSCE", True)


def test_a_caption_without_marker_does_not_open_an_article_over_a_dated_paragraph(clean):
    caption = "Ngoại trưởng hai nước (trái) tại cuộc họp báo chung ở Tokyo"
    later = "Ngày 8/1, hai bên sẽ tiếp tục làm việc tại Osaka về hợp tác kinh tế và đầu tư."
    [article] = clean(TITLE, LEAD, caption, later)
    assert article.blocks == (Block("paragraph", LEAD), Block("caption", caption), Block("paragraph", later))
