"""Bylines and credits of the shapes real sites print, and look-alikes that are text."""

from __future__ import annotations

import pytest
from clean_blocks import paragraphs

from reader.clean.lines import Kind, classify

TITLE = "Bộ trưởng Ngoại giao điện đàm với người đồng cấp Hàn Quốc"
LEAD = "Chiều 9/2, Bộ trưởng Ngoại giao đã điện đàm với người đồng cấp Hàn Quốc về quan hệ hai nước."
BODY = "Hai Bộ trưởng nhất trí phối hợp chuẩn bị cho các chuyến thăm cấp cao trong năm nay."


@pytest.mark.parametrize(("text", "author", "credit"), [
    ("Quang Minh - TTXVN", "Quang Minh", None),
    ("Lan Anh - VOV-Bắc Kinh", "Lan Anh", None),
    ("Thu Trang (Theo AP, Reuters)", "Thu Trang", "Theo AP, Reuters"),
    ("Tác giả: Minh Anh", "Minh Anh", None),
    ("Bài và ảnh: Thu Hà", "Thu Hà", None),
    ("P.V", "P.V", None),
    ("V.GIANG |", "V.GIANG", None),
    ("T.H.", "T.H.", None),
    ("NGỌC MAI", "NGỌC MAI", None),
    ("THANH NAM - HÀ YÊN", "THANH NAM - HÀ YÊN", None),  # two authors in capitals
    ("Theo Hải Minh /VGP", "Hải Minh", "VGP"),  # the author a story was taken from, then the agency
    ("(Theo Lan Chi/TTXVN)", "Lan Chi", "TTXVN"),
    ("Tin: Minh Hằng - Ảnh: Văn Hưng", "Minh Hằng", None),  # the writer labelled, the photographer apart
    ("Bài: Thu Hà - Ảnh: Quang Minh", "Thu Hà", None),
    ("Vương Trần |", "Vương Trần", None),  # its dateline cut off onto the next line
    ("Hoàng Nga (Trung tâm TT-VH Uông Bí)", "Hoàng Nga", None),  # the writer's desk in brackets
])
def test_byline_shapes(rules, text, author, credit):
    line = classify(text, rules)
    assert (line.kind, line.text, line.credit) == (Kind.BYLINE, author, credit)


@pytest.mark.parametrize("text", [
    "Việt Nam - Nhật Bản",  # two places, not two authors
    "Hà Nội - Tokyo",
    "Bài: Ngoại giao kinh tế trong năm mới",  # a label, then no name
    "Tác giả của đề xuất là hai nghị sĩ đảng Dân chủ.",
    "ASEAN - Trung Quốc thúc đẩy đàm phán COC",
    "Tin: Hội nghị sẽ diễn ra vào tuần tới - Ảnh: TTXVN",  # a label, then no name
    "Hội nghị (ASEAN)",
    "Minh Anh (Ban tổ chức hội nghị 2024)",  # no desk's abbreviation, a number: a note, not a signature
])
def test_not_bylines(rules, text):
    assert classify(text, rules).kind is not Kind.BYLINE


def test_a_credit_with_a_colon(rules):
    line = classify("Theo: Reuters", rules)
    assert (line.kind, line.text) == (Kind.CREDIT, "Theo: Reuters")


@pytest.mark.parametrize("text", ["Theo Reuters/AFP", "Theo Tuổi Trẻ/TTXVN", "Theo TTXVN/Vietnam+"])
def test_agencies_or_papers_joined_by_a_slash_stay_a_credit(rules, text):
    """Two sources, or a paper whose name reads like a person's: nobody signs."""
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, text)


@pytest.mark.parametrize(("text", "author", "published"), [
    ("Minh Đức-Chủ nhật, ngày 09/02/2025 07:45 GMT+7", "Minh Đức", "2025-02-09T07:45"),
    ("Trần Anh - Lê Bình 14:05 | 30/09/2022", "Trần Anh - Lê Bình", "2022-09-30T14:05"),
    ("Phạm Huy/VOV-Washington| 20/09/2025 08:18", "Phạm Huy", "2025-09-20T08:18"),
    ("Nhan Sáng 14:05 20/10/2024", "Nhan Sáng", "2024-10-20T14:05"),  # a name holding a dateline word
])
def test_a_byline_fused_with_its_dateline(rules, text, author, published):
    line = classify(text, rules)
    assert (line.kind, line.author, line.published) == (Kind.DATELINE, author, published)


def test_a_place_and_a_date_are_no_fused_byline(rules):
    assert classify("Hà Nội, 09/11/2024", rules).author is None


def test_bylines_of_other_shapes_become_the_author_not_text(clean):
    [article] = clean(TITLE, "Minh Đức-Chủ nhật, ngày 09/02/2025 07:45 GMT+7", LEAD, BODY, "Quang Minh - TTXVN")
    assert (article.author, article.published, paragraphs(article)) == ("Minh Đức", "2025-02-09T07:45", [LEAD, BODY])
    [article] = clean(TITLE, LEAD, BODY, "P.V")
    assert (article.author, paragraphs(article)) == ("P.V", [LEAD, BODY])
    [article] = clean(TITLE, LEAD, BODY, "Theo: Reuters")
    assert (article.credit, paragraphs(article)) == ("Theo: Reuters", [LEAD, BODY])


def test_a_credited_name_with_its_source(rules):
    line = classify("Theo Hà Linh (Báo Tin tức/TTXVN)", rules)
    assert (line.kind, line.text, line.credit) == (Kind.BYLINE, "Hà Linh", "Báo Tin tức/TTXVN")


def test_a_byline_label_of_news_and_photos(rules):
    assert classify("Tin, ảnh: NGỌC HẢI", rules).text == "NGỌC HẢI"


def test_a_name_above_the_headline_is_the_sites_not_the_author(clean):
    [article] = clean("Báo Mới", "Hà Nội", TITLE, "Minh Anh", LEAD, BODY)
    assert (article.title, article.author) == (TITLE, "Minh Anh")
    [article] = clean("Báo Mới", TITLE, LEAD, BODY)
    assert article.author is None


def test_two_names_under_the_headline_are_its_authors(clean):
    [article] = clean(TITLE, "Xuân Mai - Hoàng Phương", LEAD, BODY)
    assert (article.title, article.author) == (TITLE, "Xuân Mai - Hoàng Phương")


@pytest.mark.parametrize(("text", "author", "published"), [
    ("Minh Khôi, Theo Dân Trí | 16:42 23/08/2025", "Minh Khôi", "2025-08-23T16:42"),
    ("22-10-2025 - 07:15 AM | Quốc tế", None, "2025-10-22T07:15"),
])
def test_a_dateline_beside_its_byline_or_section_label(rules, text, author, published):
    line = classify(text, rules)
    assert (line.kind, line.author, line.published) == (Kind.DATELINE, author, published)


@pytest.mark.parametrize("text", ["Giá vàng tăng mạnh | 12/05/2025 | Xem 1.200 lần nữa", "Thời sự | Quốc tế"])
def test_other_lines_cut_by_bars_are_no_dateline(rules, text):
    assert classify(text, rules).kind is not Kind.DATELINE


@pytest.mark.parametrize(("text", "desk"), [
    ("Ban Thời sự-Thứ hai, ngày 23/05/2016 09:17 GMT+7", "Ban Thời sự"),
    ("Ban Quốc tế 23/05/2016 09:17", "Ban Quốc tế"),
])
def test_a_newsroom_desk_signing_a_dateline_is_its_source(rules, text, desk):
    """The desk is no person: the dateline publishes, the desk is the credit, nobody the author."""
    line = classify(text, rules)
    assert (line.kind, line.published, line.author, line.credit) == (Kind.DATELINE, "2016-05-23T09:17", None, desk)


@pytest.mark.parametrize("text", ["Ban Bí thư-Thứ hai, ngày 23/05/2016 09:17", "Ban Thời sự"])
def test_a_desk_word_before_no_section_or_no_date_signs_nothing(rules, text):
    """ "Ban Bí thư" is a party body, not a section's desk; a desk alone is no dateline."""
    line = classify(text, rules)
    assert line.kind is not Kind.DATELINE and line.credit is None


def test_a_desk_dated_article_dates_its_days(clean):
    [article] = clean(TITLE, "Ban Thời sự-Thứ hai, ngày 09/02/2025 07:45 GMT+7", LEAD, BODY)
    assert (article.published, article.author, paragraphs(article)) == ("2025-02-09T07:45", None, [LEAD, BODY])


def test_a_sections_label_glued_to_its_dateline_dates_and_signs_nothing(rules):
    line = classify("Chính trị2025-10-30", rules)
    assert (line.kind, line.published, line.author, line.credit) == (Kind.DATELINE, "2025-10-30", None, None)


def test_a_capitalised_word_glued_to_a_date_that_is_no_section_stays_text(rules):
    """Only a listed section labels a dateline: an unknown word glued to a date may be the end of a sentence."""
    assert classify("Hội nghị kết thúc2025-10-30", rules).kind is not Kind.DATELINE
