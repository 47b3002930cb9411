"""Dates: each grammar rule, each thing that is not a date, and where the year comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.extract.dates import date_grammar
from reader.lexicon import Lexicon

KNOWN_2025 = "2025-01-10T08:00"  # a published date, so day-month values carry a year


# --- day and month -------------------------------------------------------------------------

def test_day_month_with_slash(dates):
    assert dates("Tại cuộc hội đàm ngày 7/1 ở Tokyo.", published=KNOWN_2025) == [("ngày 7/1", "2025-01-07")]


def test_day_month_with_dash(dates):
    assert dates("Ngày 23-2, hãng thông tấn Kyodo đưa tin.", published=KNOWN_2025) == [("Ngày 23-2", "2025-02-23")]


def test_day_month_with_dot(dates):
    assert dates("CNN ngày 15.1 đưa tin.", published=KNOWN_2025) == [("ngày 15.1", "2025-01-15")]


def test_bare_day_month_after_a_time_of_day(dates):
    assert dates("Rạng sáng 22/1 (giờ Nhật Bản), hai bên hội đàm.") == [("Rạng sáng 22/1", "--01-22")]


def test_bare_day_month_in_brackets(dates):
    assert dates("Hôm nay (22/1), hai bên hội đàm.") == [("22/1", "--01-22")]


def test_lone_day_takes_the_month_of_the_next_date(dates):
    assert dates("Đêm 21, rạng sáng 22/1 (giờ Nhật Bản), hai bên hội đàm.") == [
        ("Đêm 21", "--01-21"), ("rạng sáng 22/1", "--01-22")]


def test_bare_day_month_after_a_weekday(dates):
    assert dates("Thứ Bảy, 24/2, ba ngoại trưởng họp tại Rio.") == [("24/2", "--02-24")]


def test_lone_day_chained_without_a_comma(dates):
    assert dates("Đêm 6 rạng sáng 7/1, hai bên điện đàm.") == [("Đêm 6", "--01-06"), ("rạng sáng 7/1", "--01-07")]


def test_bare_day_month_after_an_occasion_word(dates):
    assert dates("Dự báo thời tiết dịp 30/4 trên cả nước.") == [("30/4", "--04-30")]


def test_listed_days_after_a_date(dates):
    assert dates("Lễ hội diễn ra ngày 30/4, 1/5 và 2/5.") == [
        ("ngày 30/4", "--04-30"), ("1/5", "--05-01"), ("2/5", "--05-02")]


def test_lone_day_listed_before_a_bare_day_month(dates):
    assert dates("Hội nghị vào các ngày 8 và 15/4 tại Hà Nội.") == [("ngày 8", "--04-08"), ("15/4", "--04-15")]


def test_two_days_running_on_are_one_span(dates):
    assert dates("Hội nghị trong hai ngày 8 và 9/4 tại Hà Nội.") == [("ngày 8 và 9/4", "--04-08/--04-09")]
    assert dates("Hội chợ dự kiến trong các ngày 21 và 22-11-2023 tại Huế.") == [
        ("ngày 21 và 22-11-2023", "2023-11-21/2023-11-22")]


def test_two_days_apart_or_uncued_are_no_span(dates):
    assert dates("Ông đến Paris ngày 9 hoặc 10/4.") == [("ngày 9", "--04-09"), ("10/4", "--04-10")]
    assert dates("Tỷ số 8 và 9/4 được ghi nhận.") == []


def test_a_bare_day_month_after_a_word_is_not_listed(dates):
    assert dates("Ngày 30/4, Mỹ và 2/3 số nước ủng hộ.") == [("Ngày 30/4", "--04-30")]


def test_formal_day_month_year(dates):
    assert dates("Sự kiện diễn ra ngày 21 tháng 1 năm 2025 tại Hà Nội.") == [
        ("ngày 21 tháng 1 năm 2025", "2025-01-21")]


# --- full dates and intervals --------------------------------------------------------------

def test_full_date_with_cue(dates):
    assert dates("Tokyo, ngày 7/1/2025. Ảnh: Kyodo/TTXVN") == [("ngày 7/1/2025", "2025-01-07")]


def test_bare_full_date_with_zero_padding(dates):
    assert dates("Cập nhật 24/02/2024 lúc 6 giờ.") == [("24/02/2024", "2024-02-24")]


def test_interval_within_a_month_with_year(dates):
    assert dates("Hội nghị ngày 29-30/10/2020 tại Hà Nội.") == [("ngày 29-30/10/2020", "2020-10-29/2020-10-30")]


def test_interval_without_year_after_tu(dates):
    assert dates("Chuyến thăm từ 12-17/4 tới.") == [("12-17/4", "--04-12/--04-17")]


def test_interval_takes_the_year_of_the_article(dates):
    assert dates("Trong chuyến thăm từ ngày 8-9/4, hai bên ký kết.", published="2024-04-10") == [
        ("ngày 8-9/4", "2024-04-08/2024-04-09")]


def test_formal_interval(dates):
    assert dates("Hội nghị diễn ra ngày 2-3 tháng 4 năm 2024 tại Hà Nội.") == [
        ("ngày 2-3 tháng 4 năm 2024", "2024-04-02/2024-04-03")]


def test_interval_in_brackets(dates):
    assert dates("Nghỉ lễ (27/4-1/5) kéo dài năm ngày.") == [("27/4-1/5", "--04-27/--05-01")]


def test_interval_across_months(dates):
    assert dates("Hội chợ mở từ ngày 28/2-3/3/2024.") == [("ngày 28/2-3/3/2024", "2024-02-28/2024-03-03")]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Triển lãm mở cửa từ ngày 3 đến 6/10 ở Đà Nẵng.", "ngày 3 đến 6/10", "--10-03/--10-06"),
    ("Đoàn công tác ở lại từ ngày 20 đến ngày 24/6.", "ngày 20 đến ngày 24/6", "--06-20/--06-24"),
    ("Giải đấu kéo dài từ 4 tới 9/9 tại Huế.", "4 tới 9/9", "--09-04/--09-09"),
    ("Hội thảo diễn ra ngày 2 đến 3 tháng 4 năm 2023.", "ngày 2 đến 3 tháng 4 năm 2023", "2023-04-02/2023-04-03"),
])
def test_day_range_joined_by_a_word(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Phiên họp kéo dài ngày 8 đến 10-5 ở Nha Trang.", "ngày 8 đến 10-5", "--05-08/--05-10"),
    ("Đoàn làm việc từ sáng 11 tới 13-9-2026.", "sáng 11 tới 13-9-2026", "2026-09-11/2026-09-13"),
    ("Chương trình diễn ra từ 14 đến 16.7 tại Huế.", "14 đến 16.7", "--07-14/--07-16"),
])
def test_day_range_ending_in_a_dashed_or_dotted_day_month(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


def test_a_dashed_range_end_needs_a_time_cue(dates):
    """Without 'ngày'/'sáng' before the start, 'từ 2 đến 5-6' reads as counts, as a lone '5-6' does."""
    assert dates("Mỗi tổ có từ 2 đến 5-6 thành viên.") == []
    assert dates("Giá vé tăng từ 3 đến 8-9 lần.") == []


def test_range_across_months_joined_by_a_word(dates):
    """The year of the end gives the start its year too."""
    assert dates("Triển lãm mở từ ngày 25/11 đến ngày 5/12/2026 tại Huế.") == [
        ("ngày 25/11 đến ngày 5/12/2026", "2026-11-25/2026-12-05")]
    assert dates("Mùa lễ hội kéo dài từ 28/12 tới 3/1.") == [("28/12 tới 3/1", "--12-28/--01-03")]


def test_a_list_of_days_takes_the_month_of_the_last(dates):
    assert dates("Hội chợ mở cửa các ngày 8, 9 và 10/11 tại Cần Thơ.") == [
        ("ngày 8", "--11-08"), ("9", "--11-09"), ("10/11", "--11-10")]
    assert dates("Phiên tòa xử vào ngày 2, 3, 4 và 5/3/2026.") == [
        ("ngày 2", "2026-03-02"), ("3", "2026-03-03"), ("4", "2026-03-04"), ("5/3/2026", "2026-03-05")]


def test_a_list_of_numbers_is_no_list_of_days(dates):
    assert dates("Các tổ 3, 4 và 5/6 số ghế.") == []
    assert dates("Đoàn ở lại ngày 29, 30 và 2/7.") == []  # over two months: which is unsaid


def test_listed_dates_are_no_range(dates):
    assert dates("Hai bên gặp nhau ngày 25/11 và 5/12.") == [("ngày 25/11", "--11-25"), ("5/12", "--12-05")]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Lễ thượng cờ diễn ra mùng 2/9 ở Ba Đình.", "mùng 2/9", "--09-02"),
    ("Tết Đoan ngọ rơi vào mồng 5 tháng 5.", "mồng 5 tháng 5", "--05-05"),
    ("Sáng 19 tháng 8, đoàn tới Hà Nội.", "Sáng 19 tháng 8", "--08-19"),
])
def test_other_day_words(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


def test_day_range_joined_by_a_word_is_not_a_quantity(dates):
    assert dates("Giá tăng 5 đến 7/8 lần.") == []
    assert dates("Mỗi đoàn có 5 đến 7 người.") == []


def test_day_range_with_the_days_in_the_wrong_order_is_not_a_range(dates):
    assert ("ngày 9 đến 4/9", "--09-09/--09-04") not in dates("Hai bên gặp nhau từ ngày 9 đến 4/9.")


# --- months and years ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Thiết quân luật vào tháng 12/2024, dẫn đến luận tội.", "tháng 12/2024", "2024-12"),
    ("Hội đàm tại San Francisco hồi tháng 11-2023.", "tháng 11-2023", "2023-11"),
    ("Cuộc bầu cử hồi tháng 11.2023 đã kết thúc.", "tháng 11.2023", "2023-11"),
    ("Chuyến thăm diễn ra vào đầu tháng 3/2024.", "đầu tháng 3/2024", "2024-03"),
    ("Thủ tướng cân nhắc thăm Hàn Quốc vào cuối tháng 3.", "cuối tháng 3", "--03"),
    ("Tháng 11 vừa qua, hai nhà lãnh đạo gặp nhau.", "Tháng 11", "--11"),
    ("Kế hoạch công bố tháng 1 năm 2024.", "tháng 1 năm 2024", "2024-01"),
])
def test_months(dates, sentence, text, value):
    assert dates(sentence) == [(text, value)]


def test_month_interval(dates):
    assert dates("Đợt tập trận kéo dài tháng 3-4/2024.") == [("tháng 3-4/2024", "2024-03/2024-04")]


def test_years(dates):
    assert dates("Chuyến thăm của cố Thủ tướng năm 2015 và lời mời vào đầu năm 2024.") == [
        ("năm 2015", "2015"), ("đầu năm 2024", "2024")]


def test_a_year_or_full_date_before_a_unit_word_is_still_a_date(dates):
    assert dates("Trong năm 2023 người dân đi bầu; ngày 7/1/2025 người đứng đầu tới.") == [
        ("năm 2023", "2023"), ("ngày 7/1/2025", "2025-01-07")]


def test_year_interval(dates):
    assert dates("Kế hoạch giai đoạn năm 2021-2025 được thông qua.") == [("năm 2021-2025", "2021/2025")]


def test_relative_year_needs_the_articles_year(dates):
    sentence = "Chuyến thăm vào năm ngoái đã tạo động lực mới."
    assert dates(sentence, published="2024-07-26") == [("năm ngoái", "2023")]
    assert dates(sentence) == []


def test_month_of_a_relative_year(dates):
    sentence = "Hai bên gặp nhau vào tháng 10 năm ngoái."
    assert dates(sentence, published="2024-03-01") == [("tháng 10 năm ngoái", "2023-10")]
    assert dates(sentence) == [("tháng 10 năm ngoái", "--10")]


def test_relative_year_after_a_count_is_a_duration(dates):
    assert dates("Quan hệ đã xấu đi trong hai năm nay.", published="2024-07-26") == []


# --- not dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tên lửa đã bay 1.500 km đến mục tiêu.",
    "Hợp tác 3 bên với Hàn Quốc.",
    "Sau 27 năm liên tục đồng hành.",
    "Khuôn khổ đối thoại 2+2 mới.",
    "Khóa họp lần thứ 79 Đại hội đồng Liên hợp quốc.",
    "Cuộc hội đàm kéo dài khoảng 2 giờ đồng hồ.",
    "Cuộc hội đàm kéo dài 40 phút.",
    "Bộ trưởng Ngoại giao Trung Quốc gặp người đồng cấp - Hình 1",
    "Đảng cầm quyền cần 2/3 số ghế.",
    "Chính sách thay đổi sau 2/3 nhiệm kỳ.",
    "Mỗi nhóm có từ 3-5 người.",
    "Sáng 2-3 giờ, trời mưa.",
    "Gói viện trợ 6,5 triệu USD và 1.000 tù nhân.",
    "Chính quyền Trump 2.0 và hội nghị ASEAN 3.",
])
def test_not_dates(dates, sentence):
    assert dates(sentence, published=KNOWN_2025) == []


@pytest.mark.parametrize("sentence", [
    "Hạn chót là ngày 31/4.",
    "Hạn chót là ngày 30/2/2024.",
    "Kế hoạch từ tháng 13/2024.",
    "Ngày 0/5 không có.",
    "Ngày 12/0 không có.",
])
def test_impossible_days_and_months_are_not_dates(dates, sentence):
    assert dates(sentence) == []


def test_29_february_needs_a_leap_year(dates):
    assert dates("Hạn chót là ngày 29/2.") == [("ngày 29/2", "--02-29")]
    assert dates("Hạn chót là ngày 29/2/2024.") == [("ngày 29/2/2024", "2024-02-29")]
    assert dates("Hạn chót là ngày 29/2/2023.") == []


# --- where the year comes from -------------------------------------------------------------

def test_no_evidence_keeps_the_year_unknown(dates):
    assert dates("Ngoại trưởng Mỹ ngày 23/9 khẳng định.") == [("ngày 23/9", "--09-23")]


def test_published_date_gives_the_year(dates):
    assert dates("Ngày 23-2, hãng Kyodo đưa tin.", published="2024-02-24T06:17") == [("Ngày 23-2", "2024-02-23")]


def test_published_date_wins_over_dates_in_the_text(dates):
    assert dates("Ngày 5/1, hội nghị kỷ niệm sự kiện ngày 5/1/1999.", published="2024-01-06") == [
        ("Ngày 5/1", "2024-01-05"), ("ngày 5/1/1999", "1999-01-05")]


def test_a_full_date_in_a_caption_gives_the_year(dates):
    assert dates("Hội đàm ngày 7/1 ở Tokyo. Ông Blinken rời Nhật Bản ngày 20/1 tới.",
                 captions=("Hai ngoại trưởng tại Tokyo, ngày 7/1/2025. Ảnh: Kyodo/TTXVN",)) == [
        ("ngày 7/1", "2025-01-07"), ("ngày 20/1", "2025-01-20"), ("ngày 7/1/2025", "2025-01-07")]


def test_the_latest_full_date_is_the_anchor(dates):
    found = dates("Ngày 10/4 hai bên hội đàm, như đã hẹn ngày 3/5/2023.", "Cuộc họp ngày 10/4/2024.")
    assert found[0] == ("Ngày 10/4", "2024-04-10")


def test_the_nearest_year_to_the_anchor_crosses_new_year(dates):
    assert dates("Ngày 28/12, Bộ Ngoại giao thông báo.", "Ngoại trưởng đến Mỹ ngày 7/1/2025.") == [
        ("Ngày 28/12", "2024-12-28"), ("ngày 7/1/2025", "2025-01-07")]


def test_a_date_after_a_full_date_keeps_its_year(dates):
    """Nearest to 14/2/2026 would be 2025-09; the story goes on in 2026."""
    assert dates("Diễn đàn khai mạc ngày 14/2/2026 tại Jakarta.", "Phiên họp tới dự kiến vào cuối tháng 9.") == [
        ("ngày 14/2/2026", "2026-02-14"), ("cuối tháng 9", "2026-09")]


def test_the_nearest_preceding_full_date_gives_the_year(dates):
    found = dates("Hiệp định ký ngày 3/6/2019.", "Lễ kỷ niệm ngày 8/5/2024 đã diễn ra.", "Ngày 10/5, hai bên hội đàm.")
    assert found == [
        ("ngày 3/6/2019", "2019-06-03"), ("ngày 8/5/2024", "2024-05-08"), ("Ngày 10/5", "2024-05-10")]


def test_a_month_long_before_the_story_is_the_coming_one(dates):
    assert dates("Phiên họp khai mạc ngày 9/9/2027 ở Lima; phiên sau dự kiến vào tháng 3.") == [
        ("ngày 9/9/2027", "2027-09-09"), ("tháng 3", "2028-03")]


def test_a_month_shortly_before_the_story_is_the_past_one(dates):
    assert dates("Phiên họp khai mạc ngày 9/9/2027 ở Lima, sau vòng đàm phán hồi tháng 6.") == [
        ("ngày 9/9/2027", "2027-09-09"), ("tháng 6", "2027-06")]


def test_the_story_date_is_the_first_full_date_not_a_later_future_one(dates):
    assert dates("Ngày 4/4/2027, hai bên ký hiệp định.", "Hiệp định có hiệu lực từ ngày 1/9/2027.",
                 "Vòng đàm phán cuối diễn ra từ ngày 1-3/4.") == [
        ("Ngày 4/4/2027", "2027-04-04"), ("ngày 1/9/2027", "2027-09-01"), ("ngày 1-3/4", "2027-04-01/2027-04-03")]


def test_a_date_shortly_before_an_earlier_full_date_stays_in_the_previous_year(dates):
    assert dates("Hiệp định có hiệu lực ngày 4/1/2026, sau khi được phê chuẩn ngày 20/12.") == [
        ("ngày 4/1/2026", "2026-01-04"), ("ngày 20/12", "2025-12-20")]


def test_a_historical_full_date_gives_no_year_to_what_follows(dates):
    """1/7/2009 is history: the article's own time is its latest full date, 3/9/2026."""
    assert dates("Hội nghị khai mạc ngày 3/9/2026.", "Hiệp định có hiệu lực từ ngày 1/7/2009.",
                 "Phiên bế mạc dự kiến ngày 5/9.") == [
        ("ngày 3/9/2026", "2026-09-03"), ("ngày 1/7/2009", "2009-07-01"), ("ngày 5/9", "2026-09-05")]


def test_a_date_after_a_full_date_crosses_new_year_when_close(dates):
    assert dates("Đoàn đến Hà Nội ngày 29/12/2023, và rời đi ngày 3/1.") == [
        ("ngày 29/12/2023", "2023-12-29"), ("ngày 3/1", "2024-01-03")]


def test_the_published_date_wins_over_a_preceding_full_date(dates):
    assert dates("Hiệp định ký ngày 3/6/2019. Ngày 10/5, hai bên hội đàm.", published="2025-05-11") == [
        ("ngày 3/6/2019", "2019-06-03"), ("Ngày 10/5", "2025-05-10")]


def test_a_month_year_does_not_give_days_a_year(dates):
    assert dates("Ngày 28/12, Bộ Ngoại giao thông báo chuyến đi trong tháng 1/2024.") == [
        ("Ngày 28/12", "--12-28"), ("tháng 1/2024", "2024-01")]


def test_an_archive_photo_does_not_give_the_year(dates):
    assert dates("Ngày 5/12, Ngoại trưởng Nga tới Malta.",
                 captions=("Ngoại trưởng Nga tại Moskva ngày 28/2/2024. Ảnh tư liệu: AFP/TTXVN",)) == [
        ("Ngày 5/12", "--12-05"), ("ngày 28/2/2024", "2024-02-28")]


def test_month_without_year_takes_the_nearest_year(dates):
    assert dates("Tháng 11 vừa qua, hai bên gặp nhau.", published="2024-01-03") == [("Tháng 11", "2023-11")]


def test_a_malformed_published_date_is_no_evidence(dates):
    assert dates("Ngày 23-2, hãng Kyodo đưa tin.", published="24/02/2024") == [("Ngày 23-2", "--02-23")]


# --- the lexicon ---------------------------------------------------------------------------

def test_cue_words_come_from_the_lexicon(dates, lexicon):
    sentence = "Hội nghị nhóm họp bữa 23-2 tại Hà Nội."
    assert dates(sentence) == []
    extended = Lexicon({**lexicon.lists, "date_cues": (*lexicon["date_cues"], "bữa")})
    assert dates(sentence, using=extended) == [("bữa 23-2", "--02-23")]


def test_the_grammar_is_compiled_once_per_lexicon_content(lexicon):
    assert date_grammar(lexicon) is date_grammar(Lexicon(dict(lexicon.lists)))
    extended = Lexicon({**lexicon.lists, "date_cues": (*lexicon["date_cues"], "bữa")})
    assert date_grammar(extended) is not date_grammar(lexicon)


def test_a_lexicon_without_date_lists_still_reads_numeric_dates(dates):
    assert dates("Tokyo, 7/1/2025 và tháng 3/2024.", using=Lexicon({})) == [("7/1/2025", "2025-01-07")]
    assert dates("Tokyo, 7/1/2025 và tháng 3/2024.", using=Lexicon({"month_words": ("tháng",)})) == [
        ("7/1/2025", "2025-01-07"), ("tháng 3/2024", "2024-03")]


def test_the_words_of_a_written_out_date_come_from_the_lexicon(dates, lexicon):
    sentence = "Hội nghị họp ngày 21 thang 1 nam 2025."  # typed without diacritics
    assert dates(sentence) == []
    extended = Lexicon({**lexicon.lists, "month_words": ("tháng", "thang"), "year_words": ("năm", "nam")})
    assert dates(sentence, using=extended) == [("ngày 21 thang 1 nam 2025", "2025-01-21")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Ngày 19/6/2024, hai bên hội đàm. Bà Lee từng thăm Bắc Kinh vào tháng 1.", "2024-01"),
    ("Ngày 19/6/2024, hai bên hội đàm. Ông Park đã tới Seoul ngày 5/2.", "2024-02-05"),
    ("Ngày 19/6/2024, hai bên hội đàm. Bà Lee sẽ thăm Bắc Kinh vào tháng 1.", "2025-01"),  # ahead
])
def test_a_past_cue_keeps_an_undated_day_or_month_before_the_story_date(dates, sentence, value):
    assert dates(sentence)[-1][1] == value


def test_a_rule_is_skipped_only_where_it_cannot_match(lexicon):
    """Each rule's prefilter (`needs`) finds its text inside every match of the rule, on every line of every page
    set, so skipping the blocks where a need finds nothing loses no date."""
    root = Path(__file__).resolve().parents[2]
    lines = [line for folder in ("seeds", "tests/pages/pages", "tests/heldout/pages", "tests/heldout3/pages")
             for page in sorted((root / folder).glob("*.txt")) for line in page.read_text(encoding="utf-8").split("\n")]
    lines += ["Hội nghị dự kiến diễn ra trong tháng 3-4/2024.", "Kế hoạch giai đoạn năm 2023 - 2024 đã xong.",
              "Từ ngày 20/10 đến ngày 30/11/2024, đoàn làm việc tại Huế; hôm nay (27.2) đoàn về."]
    matched = dict.fromkeys((rule.name for rule in date_grammar(lexicon).rules), 0)
    for rule in date_grammar(lexicon).rules:
        for line in lines:
            for match in rule.pattern.finditer(line):
                matched[rule.name] += 1
                assert all(need.search(match[0]) for need in rule.needs), (rule.name, match[0])
    assert all(matched.values()), f"a rule that matches no line proves nothing: {matched}"



@pytest.mark.parametrize(("rule_name", "runs_on", "skips"), [
    ("day-month to day-month", "từ 28/2 - 3/3/2024", "Ngày 7/1/2025, hai bên hội đàm tới 22 giờ."),
    ("day-month to day-month", "ngày 31-10 đến 1-11", "Ngày 7/1 và ngày 9/1."),  # two dates, no range between
    ("day to day-month", "từ 15 đến 17/5", "Ngày 7/1/2025, 300 người dự."),
    ("day to day, month written out", "ngày 2-3 tháng 4", "ngày 2 tháng 4"),
])
def test_a_range_rule_runs_only_where_a_range_and_its_dates_are(lexicon, rule_name, runs_on, skips):
    """The range rules need a number then a dash or range word, and the day-month ones two dates apart."""
    rule = next(rule for rule in date_grammar(lexicon).rules if rule.name == rule_name)
    assert all(need.search(runs_on) for need in rule.needs)
    assert not all(need.search(skips) for need in rule.needs)

# --- an event and its anniversary ------------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("Nhân kỷ niệm 49 năm quan hệ ngoại giao (12/7/1976 - 12/7/2025).",
     [("12/7/1976", "1976-07-12"), ("12/7/2025", "2025-07-12")]),
    ("Kỷ niệm 70 năm quan hệ ngoại giao (30-12-1955 - 30-12-2025).",
     [("30-12-1955", "1955-12-30"), ("30-12-2025", "2025-12-30")]),
    ("Hai nước kỷ niệm 32 năm quan hệ (5/6/1993-5/6/2025).",  # the dash with no spaces
     [("5/6/1993", "1993-06-05"), ("5/6/2025", "2025-06-05")]),
])
def test_one_day_in_two_years_is_an_event_and_its_anniversary(dates, text, found):
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Hai tỉnh kỷ niệm 25 năm kết nghĩa (14/6/2000-14/6/2025), nhiều hoạt động diễn ra.",
     [("14/6/2000", "2000-06-14"), ("14/6/2025", "2025-06-14")]),
    ("Lễ kỷ niệm 60 năm quan hệ (3-9-1965-3-9-2025) tổ chức tại Viêng Chăn.",
     [("3-9-1965", "1965-09-03"), ("3-9-2025", "2025-09-03")]),
])
def test_an_anniversary_printed_without_spaces_is_two_dates(dates, text, found):
    assert dates(text) == found


@pytest.mark.parametrize("text", [
    "Văn bản số 12/2019-5/3/2020 đã được thay thế.",  # a document number before the dash, not a full date
    "Quy định ngày 7/1-2024 chưa rõ.",  # no full date after the dash
])
def test_a_dash_joins_dates_only_between_two_full_dates(dates, text):
    assert dates(text) == []


def test_an_anniversary_without_spaces_says_nothing_of_the_storys_year(dates):
    assert dates("Sáng 9-4, đoàn tới thăm tỉnh.", "Hai nước kỷ niệm quan hệ (9/4/1975-9/4/2025).")[0] == (
        "Sáng 9-4", "--04-09")


@pytest.mark.parametrize(("text", "found"), [
    ("Hợp đồng có hiệu lực từ 12/7/2024 - 12/7/2025.", [("12/7/2024 - 12/7/2025", "2024-07-12/2025-07-12")]),
    ("Giai đoạn 1/1/2021 - 31/12/2025 đã khép lại.", [("1/1/2021 - 31/12/2025", "2021-01-01/2025-12-31")]),
])
def test_a_span_with_a_cue_or_other_days_stays_a_span(dates, text, found):
    assert dates(text) == found


@pytest.mark.parametrize("text", ["Mã số 12-3-2024-7 đã được cấp.", "Ký hiệu 0-1-2024-15/3 ghi trên hồ sơ."])
def test_a_full_date_touching_a_dash_needs_a_full_date_on_its_other_side(dates, text):
    assert dates(text) == []


def test_an_anniversary_says_nothing_of_the_storys_year(dates):
    """The commemorated '30-12-2025' is no dateline: 'Chiều 12-3' may be in 2025 as well as 2026."""
    assert dates("Chiều 12-3, hai bên hội đàm.", "Hai nước kỷ niệm 70 năm quan hệ (30-12-1955 - 30-12-2025).") == [
        ("Chiều 12-3", "--03-12"), ("30-12-1955", "1955-12-30"), ("30-12-2025", "2025-12-30")]


def test_an_anniversary_year_alone_after_the_events_date_is_a_date(dates):
    """'(25/3/1971 - 2025)': the commemorated year, a date of its own, and no dateline either."""
    assert dates("Chiều 12-3, hai bên hội đàm.", "Hai nước kỷ niệm 54 năm quan hệ (25/3/1971 - 2025).") == [
        ("Chiều 12-3", "--03-12"), ("25/3/1971", "1971-03-25"), ("2025", "2025")]


@pytest.mark.parametrize("text", [
    "Hiệp định ký ngày 25/3/1971 - 2025 là năm kỷ niệm.",  # no bracket round the pair
    "Kỷ niệm quan hệ (25/3/1971 - 1960).",  # a year before the event is no anniversary of it
    "Kỷ niệm quan hệ (25/3/1971 - 2025 năm).",  # the bracket does not close on the year
])
def test_a_year_after_a_dash_is_no_anniversary_outside_its_bracket(dates, text):
    assert [found for found in dates(text) if "/" not in found[0]] == []


def test_a_full_date_beside_an_anniversary_still_gives_the_year(dates):
    assert dates("Chiều 12-3-2025, hai bên hội đàm; sáng 13-3 đoàn thăm Huế.", "Kỷ niệm (30-12-1955 - 30-12-2025).")[
        :2] == [("Chiều 12-3-2025", "2025-03-12"), ("sáng 13-3", "2025-03-13")]


# --- months written as words, and the lunar calendar ---------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Phái đoàn sẽ sang Geneva vào cuối tháng Sáu.", "cuối tháng Sáu", "2025-06"),
    ("Hai bên gặp nhau hồi tháng Ba.", "tháng Ba", "2025-03"),
    ("Hiệp định ký từ đầu tháng Mười Hai năm 2023.", "đầu tháng Mười Hai năm 2023", "2023-12"),
    ("Cuộc bầu cử diễn ra hồi tháng Mười một năm ngoái.", "tháng Mười một năm ngoái", "2024-11"),
    ("Ông đến Hà Nội hôm 5 tháng Tư năm 2024.", "hôm 5 tháng Tư năm 2024", "2024-04-05"),
    ("Hội nghị họp ngày 2-3 tháng Năm.", "ngày 2-3 tháng Năm", "2025-05-02/2025-05-03"),
    ("Tàu tuần tra xuất hiện hồi tháng Giêng năm nay.", "tháng Giêng năm nay", "2025-01"),
])
def test_a_month_written_as_its_name(dates, sentence, text, value):
    assert dates(sentence, published="2025-04-10") == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "Mỗi tháng ba người được cử đi học.",  # a count: the month's name is capitalised
    "Chợ họp vào ngày 23 tháng Chạp.",  # the twelfth lunar month
    "Lễ hội đền diễn ra vào tháng Giêng hằng năm.",
    "Người dân đi chùa dịp Tết, suốt tháng Giêng.",
    "Lễ khai hội vào mùng 10 tháng Giêng.",
    "Rằm tháng Bảy là lễ Vu Lan.",
    "Ngày giỗ tổ là ngày 10 tháng 3 âm lịch.",
    "Lễ cúng diễn ra ngày 15/8 (âm lịch).",
    "Kỷ niệm Cách mạng Tháng Tám và Quốc khánh.",
])
def test_what_no_month_name_makes_a_gregorian_date(dates, sentence):
    assert dates(sentence, published="2025-04-10") == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Hôm thứ Tư 11 tháng Chín, 2024, ông đến Hà Nội.", "11 tháng Chín, 2024", "2024-09-11"),
    ("Chiều thứ Ba 10 tháng Chín, phái đoàn đến thăm.", "10 tháng Chín", "2025-09-10"),
    ("Hai tuần trước, hôm 28 tháng Tám, ông tiếp đoàn.", "hôm 28 tháng Tám", "2025-08-28"),
    ("Ông rời Hà Nội ngày 13 tháng Chín.", "ngày 13 tháng Chín", "2025-09-13"),
    ("Buổi lễ diễn ra chiều ngày 31 tháng Năm, 2017 tại New York.", "chiều ngày 31 tháng Năm, 2017", "2017-05-31"),
])
def test_a_day_before_a_months_name_needs_no_cue(dates, sentence, text, value):
    assert dates(sentence, published="2025-09-20") == [(text, value)]


def test_a_count_of_months_before_a_number_is_no_day(dates):
    assert dates("Dự án kéo dài 18 tháng, 2 tuần.", published="2025-09-20") == []


@pytest.mark.parametrize("sentence", [
    "Sau 3 tháng 5 ngày đàm phán, hai bên ký hiệp định.",
    "Chuyến đi kéo dài 2 tháng 12 ngày.",
])
def test_months_then_days_counted_are_a_length_of_time(dates, sentence):
    assert dates(sentence, published="2025-09-20") == []


def test_a_month_after_a_count_of_something_else_stays_a_month(dates):
    assert dates("Hai bên ký 3 văn kiện tháng 5 năm nay.", published="2025-09-20") == [
        ("tháng 5 năm nay", "2025-05")]
    assert dates("Ngày 3 tháng 5 ngày hội diễn ra.", published="2025-09-20") == [("Ngày 3 tháng 5", "2025-05-03")]


def test_months_counted_in_a_year_are_no_month(dates):
    assert dates("Trong 10 tháng năm 2025, kim ngạch đạt 16 tỷ USD.") == [("năm 2025", "2025")]


def test_an_event_named_for_its_month_keeps_its_year(dates):
    assert dates("Cách mạng Tháng Tám năm 1945 thành công.") == [("năm 1945", "1945")]


def test_lunar_words_come_from_the_lexicon(dates, lexicon):
    extended = Lexicon({**lexicon.lists, "lunar_words": (*lexicon["lunar_words"], "hội làng")})
    sentence = "Hội làng mở vào tháng Giêng."
    assert dates(sentence, published="2025-04-10") == [("tháng Giêng", "2025-01")]
    assert dates(sentence, published="2025-04-10", using=extended) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Vòng đàm phán dự kiến kết thúc trước tháng 10.", "2024-10"),  # nearest would be 2023-10
    ("Hội nghị thượng đỉnh diễn ra vào tháng 11 tới.", "2024-11"),
    ("Tổng thống sẽ thăm Nhật Bản vào tháng 1.", "2025-01"),
    ("Hai bên sẽ gặp lại ngày 20/2 sắp tới.", "2025-02-20"),
    ("Hội nghị diễn ra ngày 1/3 tới, tại thủ đô.", "2025-03-01"),  # 10/3, two days before, is written-before slack
])
def test_a_future_cue_puts_an_undated_day_or_month_ahead(dates, sentence, value):
    assert dates(sentence, published="2024-03-12")[-1][1] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Giá tăng từ tháng 10 tới nay.", "2023-10"),  # "tới nay": until now, so past
    ("Hội nghị vào tháng 10.", "2024-10"),  # no cue: the published year (2023-10 would be nearer)
    ("Ông đã sang thăm hồi tháng 10.", "2023-10"),
    ("Bà Ngọc ngày 10/3 tới thủ đô Kiev để hội đàm.", "2024-03-10"),  # "tới" + a place: went to
    ("Đoàn ngày 10/3 tới Lào công tác.", "2024-03-10"),
    ("Tháng 10 vừa qua, giá tăng.", "2023-10"),
])
def test_without_a_future_cue_the_year_is_the_published_one_or_past(dates, sentence, value):
    assert dates(sentence, published="2024-03-12")[-1][1] == value


# --- the published year, a review's year, a sentence's year ---------------------------------

@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Hai bên ký kế hoạch trước ngày 31/12.", "2025-04-18", "2025-12-31"),  # 2024-12-31 is nearer
    ("Hai bên tổ chức lễ tiễn đưa vào sáng 5-3.", "2025-11-12", "2025-03-05"),  # 2026-03-05 is nearer
    ("Tuần văn hóa diễn ra từ ngày 10 đến 14-9.", "2025-03-04", "2025-09-10/2025-09-14"),
])
def test_an_undated_day_takes_the_published_year(dates, sentence, published, value):
    assert dates(sentence, published=published)[-1][1] == value


@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Ngày 28/12, Bộ Ngoại giao thông báo.", "2025-01-07", "2024-12-28"),
    ("Đoàn sẽ trở lại Hà Nội ngày 5/1.", "2025-12-20", "2026-01-05"),
    ("Hội nghị bộ trưởng vào tháng 2.", "2025-11-09", "2026-02"),  # three months on
    ("Hội nghị bộ trưởng vào tháng 3.", "2025-11-09", "2025-03"),  # four: this year's
])
def test_a_date_near_the_published_date_crosses_the_new_year(dates, sentence, published, value):
    assert dates(sentence, published=published)[-1][1] == value


REVIEW = "Dấu ấn đối ngoại của tỉnh năm 2024"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Tháng 3, tỉnh đón đoàn đại biểu Hàn Quốc.", "2024-03"),
    ("Từ ngày 12-14/6, đoàn công tác thăm Nhật Bản.", "2024-06-12/2024-06-14"),
    ("Ngày 5-9, Đại sứ Nhật Bản thăm tỉnh.", "2024-09-05"),
    ("Ngày 20/1, tỉnh tổng kết công tác đối ngoại.", "2025-01-20"),  # the news the review opens on
    ("Tỉnh sẽ đón đoàn Lào vào tháng 3 tới.", "2025-03"),  # a coming month is still ahead
])
def test_a_review_of_last_year_dates_its_days_in_that_year(dates, sentence, value):
    assert dates(sentence, published="2025-01-28", title=REVIEW)[-1][1] == value


@pytest.mark.parametrize("title", ["Dấu ấn đối ngoại của tỉnh", "Tổng kết năm 2024, kế hoạch năm 2025",
                                   "Kế hoạch đối ngoại năm 2025"])
def test_a_headline_naming_no_year_or_another_makes_no_review(dates, title):
    assert dates("Tháng 3, tỉnh đón đoàn đại biểu Hàn Quốc.", published="2025-01-28", title=title) == [
        ("Tháng 3", "2025-03")]


def test_a_lead_opening_on_last_year_makes_a_review(dates):
    found = dates("(LLCT) - Năm 2024 ghi nhận nhiều hoạt động đối ngoại.", "Tháng 3, tỉnh đón đoàn Hàn Quốc.",
                  published="2025-01-28")
    assert found[-1] == ("Tháng 3", "2024-03")
    assert dates("Hoạt động trong năm 2024 rất sôi động.", "Tháng 3, tỉnh đón đoàn Hàn Quốc.",
                 published="2025-01-28")[-1] == ("Tháng 3", "2025-03")  # the year does not open the lead


def test_a_full_date_gives_its_year_to_the_days_after_it_in_its_sentence(dates):
    sentence = "Sau khi được bầu ngày 3/8/2024, ông thăm Trung Quốc từ ngày 18 đến 20/8."
    assert dates(sentence, published="2025-05-14")[-1] == ("ngày 18 đến 20/8", "2024-08-18/2024-08-20")
    assert dates("Ông được bầu ngày 3/8/2024.", "Ông thăm Trung Quốc từ ngày 18 đến 20/8.",
                 published="2025-05-14")[-1] == ("ngày 18 đến 20/8", "2025-08-18/2025-08-20")  # another sentence


@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Hiệp định ký ngày 12/6/1995, lễ kỷ niệm tổ chức ngày 2/2.", "2025-05-14", "2025-02-02"),  # long after 1995
    ("Ngày 10/1/2025, ông cho biết từng thăm Hà Nội vào tháng 3.", "2025-01-11", "2024-03"),  # the past cue wins
])
def test_a_full_date_in_the_sentence_yields_to_distance_and_cues(dates, sentence, published, value):
    assert dates(sentence, published=published)[-1][1] == value


def test_a_relative_year_after_a_day(dates):
    sentence = "Hai tỉnh ký biên bản ghi nhớ ngày 15/3 năm sau."
    assert dates(sentence, published="2024-12-08") == [("ngày 15/3 năm sau", "2025-03-15")]
    assert dates("Hai bên gặp nhau ngày 20/11 năm ngoái.", published="2024-12-08") == [
        ("ngày 20/11 năm ngoái", "2023-11-20")]
    assert dates(sentence) == [("ngày 15/3 năm sau", "--03-15")]  # no published date: no year


def test_tới_before_anything_else_is_the_coming_day(dates):
    assert dates("Hội nghị diễn ra vào ngày 4/11 tới tại Hà Nội.", published="2023-11-20") == [
        ("ngày 4/11", "2024-11-04")]


def test_a_coming_day_days_before_publishing_is_this_years(dates):
    """A page may be published a day or two after it was written."""
    sentence = "Bà von der Leyen sẽ thăm Kiev vào ngày 4/11."
    assert dates(sentence, published="2023-11-05") == [("ngày 4/11", "2023-11-04")]
    assert dates(sentence, published="2023-11-20") == [("ngày 4/11", "2024-11-04")]


PUBLISHED_IN_JANUARY = "2025-01-13T07:45"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tối 21/9, ông có cuộc gặp với Ngoại trưởng Singapore bên lề hội nghị.", "Tối 21/9", "2024-09-21"),
    ("Hội nghị diễn ra suôn sẻ. Sáng 4/10, hai bên ký biên bản ghi nhớ.", "Sáng 4/10", "2024-10-04"),
])
def test_a_day_opening_what_a_sentence_tells_months_ahead_of_publishing_is_last_years(dates, sentence, text,
                                                                                       value):
    assert dates(sentence, published=PUBLISHED_IN_JANUARY) == [(text, value)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Ngày 21/9, hội nghị sẽ khai mạc tại Hà Nội.", "Ngày 21/9", "2025-09-21"),  # a future cue in the sentence
    ("Hai bên hoàn tất đàm phán trước ngày 21/9.", "ngày 21/9", "2025-09-21"),  # inside the sentence: a deadline
    ("Sáng 20/1, hai bên ký biên bản ghi nhớ.", "Sáng 20/1", "2025-01-20"),  # near the published date
])
def test_other_undated_days_keep_the_published_year(dates, sentence, text, value):
    assert dates(sentence, published=PUBLISHED_IN_JANUARY) == [(text, value)]


def test_a_full_date_that_opens_a_span_up_to_now_gives_no_year_to_the_story(dates):
    found = dates("Chiều 14/5, lãnh đạo tỉnh tiếp Đại sứ.",
                  "Kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 21-9-1973, hợp tác không ngừng phát triển.")
    assert found == [("Chiều 14/5", "--05-14"), ("ngày 21-9-1973", "1973-09-21")]


def test_a_full_date_of_the_story_still_gives_its_year(dates):
    found = dates("Chiều 14/5, lãnh đạo tỉnh tiếp Đại sứ.", "Hai bên ký biên bản ngày 15/5/2025 tại trụ sở tỉnh.")
    assert found == [("Chiều 14/5", "2025-05-14"), ("ngày 15/5/2025", "2025-05-15")]


def test_a_season_written_with_a_slash_is_two_years(dates):
    assert dates("Kế hoạch hợp tác năm 2024/2025 đã được thông qua.") == [("năm 2024/2025", "2024/2025")]
    assert dates("Bản kế hoạch số năm 2025/2024 bị trả lại.") == []  # no span runs backwards


def test_a_cue_that_lost_its_vietnamese_letters_still_dates_a_day(dates):
    """A page whose text lost ạ, ề, ờ... writes 'chiều' as 'chiu'."""
    assert dates("Ngưi phát ngôn nói ti cuc hp báo chiu 12/3.", published="2025-03-13") == [
        ("chiu 12/3", "2025-03-12")]


def test_a_relative_day_then_a_dashed_date_before_where_it_was(dates):
    """'sáng qua 12-4 tại Gia Lai': the day the relative one is, as a count never stands before 'tại' alone."""
    assert dates("Hội nghị diễn ra sáng qua 12-4 tại Gia Lai.", published="2013-04-12T17:51") == [
        ("12-4", "2013-04-12")]


@pytest.mark.parametrize("sentence", [
    "Hôm nay 3-5 người tới dự tại Gia Lai.",
    "Tỷ số 2-3 tại sân Mỹ Đình.",
    "Hội nghị diễn ra 12-4 tại Gia Lai.",
])
def test_a_dashed_pair_with_no_relative_day_before_it_is_no_date(dates, sentence):
    assert dates(sentence, published="2013-04-12T17:51") == []


# --- text printed again ----------------------------------------------------------------------

def test_a_sapo_printed_twice_tells_its_dates_once(dates):
    sapo = "Từ ngày 12-14/6, đoàn công tác của tỉnh đã thăm và làm việc tại Nhật Bản."
    assert dates(sapo, sapo, "Ngày 15/6, đoàn về nước.", published="2024-06-20") == [
        ("ngày 12-14/6", "2024-06-12/2024-06-14"), ("Ngày 15/6", "2024-06-15")]


def test_the_same_sentence_apart_tells_its_date_again(dates):
    sentence = "Ngày 15/6, đoàn về nước."
    assert dates(sentence, "Hai bên đã ký biên bản.", sentence, published="2024-06-20") == [
        ("Ngày 15/6", "2024-06-15"), ("Ngày 15/6", "2024-06-15")]


@pytest.mark.parametrize("title", [
    "Thời sự 26/8: Ông Trump có thể thăm Trung Quốc trong năm nay",  # the story's part after a rubric
    "Ông Trump có thể thăm Trung Quốc trong năm nay",
])
def test_the_headline_printed_again_in_the_body_has_no_dates(dates, title):
    assert dates("Ông Trump có thể thăm Trung Quốc trong năm nay",
                 "Ông nói có thể trong năm nay.", published="2025-08-26", title=title) == [("năm nay", "2025")]


def test_a_block_ending_like_the_headline_is_still_read(dates):
    assert dates("thăm Trung Quốc trong năm nay", published="2025-08-26",
                 title="Ông Trump có thể thăm Trung Quốc trong năm nay") == [("năm nay", "2025")]


def test_a_month_in_words_then_a_comma_and_its_year(dates):
    """An overseas paper's "Tháng Hai, 2019"; a month's number then a comma is a list ("tháng 2, 2019 và 2020")."""
    assert dates("Hai nước lập quan hệ từ Tháng Hai, 2019 đến nay.", published=KNOWN_2025) == [
        ("Tháng Hai, 2019", "2019-02")]
    assert dates("Các tháng Hai, Ba và Tư là mùa khô.", published=KNOWN_2025) == [("tháng Hai", "2025-02")]
