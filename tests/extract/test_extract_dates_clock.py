"""Dates written with the hour: a clock time, a relative day word or a time zone around the date.

Real pages put the hour first ("23h40 ngày 3/5", "9 giờ 15 sáng 12/6", "lúc 16h30 4/7") and the
zone after ("tối 3/5 giờ địa phương"); the hour is never part of the date's span.
"""

from __future__ import annotations

import pytest

KNOWN_2025 = "2025-01-10T08:00"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Lúc 23h40 ngày 3/5, tàu cập cảng.", "ngày 3/5", "--05-03"),
    ("Khoảng 9 giờ 15 sáng 12/6, đoàn tới nơi.", "sáng 12/6", "--06-12"),
    ("Vào 23 giờ 40 phút ngày 3/5, tàu cập cảng.", "ngày 3/5", "--05-03"),
    ("Khoảng 21h30 tối 2-9, pháo hoa được bắn.", "tối 2-9", "--09-02"),
    ("Đúng 0h ngày 1/7/2025, luật có hiệu lực.", "ngày 1/7/2025", "2025-07-01"),
])
def test_a_clock_time_before_a_cued_date_leaves_the_date_alone(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Lúc 23h40 3/5, tàu cập cảng.", "3/5", "--05-03"),
    ("Lúc 16h30 4/7, hai bên ký kết.", "4/7", "--07-04"),
    ("Vào 9 giờ 15 12/6 đoàn tới.", "12/6", "--06-12"),
    ("Phiên họp bắt đầu lúc 10:30 15/8.", "15/8", "--08-15"),
    ("Khoảng 01h45' 22/11, tổ công tác phát hiện.", "22/11", "--11-22"),
])
def test_a_clock_time_introduces_a_bare_day_month(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "Sau 10 giờ, 2/3 số phiếu đã được kiểm.",
    "Cuộc họp kéo dài 2 giờ 30 phút.",
    "Lúc 9h, 3/4 đại biểu đã có mặt tại hội trường.",  # after a comma the pair is a fraction as often
    "Tàu chạy 23h40 3-5 chuyến mỗi ngày.",
])
def test_a_clock_time_does_not_make_a_fraction_or_a_count_a_date(dates, sentence):
    assert dates(sentence, published=KNOWN_2025) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Hôm qua 3/5, tàu cập cảng.", "3/5", "--05-03"),
    ("Chiều qua 28/9, chuyên cơ hạ cánh.", "28/9", "--09-28"),
    ("Ngày mai 3/5, tàu cập cảng.", "3/5", "--05-03"),
    ("Vào 18h30 ngày hôm nay (27.2), hai nhà lãnh đạo gặp nhau.", "27.2", "--02-27"),
    ("Tối qua (28-9), chuyên cơ hạ cánh.", "28-9", "--09-28"),
    ("Sáng nay, 14-7, tại Hà Nội, hai bên hội đàm.", "14-7", "--07-14"),  # set off by commas, as brackets
    ("Tối qua, 2.8, đoàn về nước.", "2.8", "--08-02"),
    ("Chiều nay, 9/10 đoàn về nước.", "9/10", "--10-09"),
])
def test_a_relative_day_word_introduces_a_bare_day_month(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "Hôm nay, 3-5 đoàn khách tới thăm.",  # no comma closes it: a count
    "Sáng nay, 3-5 người xếp hàng.",
    "Từ sáng, 3-5, chưa rõ.",  # no relative day before the comma
])
def test_a_dashed_pair_after_a_relative_day_needs_commas_round_it(dates, sentence):
    assert dates(sentence, published=KNOWN_2025) == []


@pytest.mark.parametrize("sentence", [
    "Đội tuyển đã đi qua 2/3 chặng đường.",
    "Chỉ số tăng từ (2.5) lên (3.1) điểm.",
    "Mỗi đơn vị có từ (3-5) người.",
])
def test_a_dotted_or_dashed_pair_in_brackets_needs_a_day_word(dates, sentence):
    assert dates(sentence, published=KNOWN_2025) == []


def test_a_lone_day_before_a_clock_time_takes_the_month_of_the_next_date(dates):
    assert dates("Từ 8h ngày 12 đến 17h ngày 14/6, đường bị cấm.") == [
        ("ngày 12", "--06-12"), ("ngày 14/6", "--06-14")]


def test_a_lone_day_with_no_date_after_the_clock_time_stays_no_date(dates):
    assert dates("Từ 8h ngày 12 đến 17h cùng ngày, đường bị cấm.") == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tối 3/5 giờ địa phương, tàu cập cảng.", "Tối 3/5", "--05-03"),
    ("Ngày 12/6 giờ Hà Nội, đoàn tới.", "Ngày 12/6", "--06-12"),
    ("Rạng sáng 3/5 theo giờ Việt Nam, đoàn tới.", "Rạng sáng 3/5", "--05-03"),
])
def test_a_time_zone_after_a_date_is_not_a_unit(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


def test_hours_after_a_bare_pair_are_still_a_quantity(dates):
    assert dates("Sáng 2-3 giờ, trời mưa.", published=KNOWN_2025) == []


# --- the year of an undated month: past cues and "năm sau" ---------------------------------

@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Hai ông từng gặp tại Riyadh vào tháng 2.", "2025-10-21T08:00", "2025-02"),
    ("Kỳ họp Ủy ban liên Chính phủ hồi tháng 1 đã thành công.", "2025-12-01T16:40", "2025-01"),
])
def test_a_past_cue_keeps_a_month_before_the_published_date(dates, sentence, published, value):
    assert [v for _, v in dates(sentence, published=published)] == [value]


def test_without_a_past_cue_a_month_takes_the_nearest_year(dates):
    assert dates("Hai ông sẽ gặp lại vào tháng 2.", published="2025-10-21T08:00") == [("tháng 2", "2026-02")]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Ông dự kiến thăm Trung Quốc vào tháng 4 năm sau.", "tháng 4 năm sau", "2026-04"),
    ("Hai bên sẽ họp vào cuối tháng 3 năm tới.", "cuối tháng 3 năm tới", "2026-03"),
])
def test_a_month_of_next_year(dates, sentence, text, value):
    assert dates(sentence, published="2025-10-30T14:12") == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "Hai năm sau, ông trở lại Hà Nội.",
    "NATO cam kết viện trợ cho Ukraine trong năm tới.",
    "Hội nghị sẽ họp lại vào năm sau.",
])
def test_next_year_alone_is_no_date(dates, sentence):
    """'trong năm tới' is as often 'within a year' as next year; only a month pins it down."""
    assert dates(sentence, published="2025-10-30T14:12") == []


# --- a dashed range across two months ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Chủ tịch nước thăm Hàn Quốc ngày 31-10 đến 1-11.", "ngày 31-10 đến 1-11", "--10-31/--11-01"),
    ("Đường cấm từ ngày 30-12-2024 đến ngày 2-1-2025.", "ngày 30-12-2024 đến ngày 2-1-2025",
     "2024-12-30/2025-01-02"),
])
def test_a_dashed_range_across_months_with_a_time_cue(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize("sentence", ["Mỗi nhóm từ 3-5 đến 6-8 người.", "Tỷ số 3-1 đến 2-0 cho đội khách."])
def test_dashed_pairs_joined_by_a_range_word_without_a_time_cue_are_counts(dates, sentence):
    assert dates(sentence, published=KNOWN_2025) == []


def test_a_clause_past_cue_reaches_a_month_many_words_on(dates):
    assert dates("Hai ông từng gặp trực tiếp tại Ả Rập Saudi vào tháng 2.", published="2025-10-21T08:00") == [
        ("tháng 2", "2025-02")]


def test_a_near_past_cue_does_not_reach_a_month_many_words_on(dates):
    """Had "đã" reached it, February would be this year's, before the published date."""
    assert dates("Hai bên đã nhất trí tổ chức hội nghị cấp cao vào tháng 2.", published="2025-11-21T08:00") == [
        ("tháng 2", "2026-02")]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tối 17- 3-2011, đoàn tới Huế.", "Tối 17- 3-2011", "2011-03-17"),  # the month padded to two places
    ("Kỷ niệm ngày 2- 9-1945 tại quảng trường.", "ngày 2- 9-1945", "1945-09-02"),
])
def test_a_full_date_with_its_month_padded_by_a_space(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "Đội bóng thắng 17- 3 trong trận đấu.",  # no year: a score
    "Ngày 17- 12-2011 là ngày hội.",  # a two-digit month has no padding
])
def test_a_spaced_dash_without_a_padded_month_and_year_is_no_full_date(dates, sentence):
    assert not any(value == "2011-12-17" or text.startswith("17- 3") for text, value in dates(sentence))
