"""Line classes met on real pages of many sites: timestamps, image names and labels, widgets.

Each rule has lines it must catch and sentences (invented) it must leave alone.
"""

from __future__ import annotations

import pytest
from clean_blocks import kind_of, paragraphs

from reader.clean.lines import Kind, classify

TITLE = "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt nhân dịp kết thúc nhiệm kỳ"
LEAD = "Chiều 14/2, tại Trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt."
BODY = "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trên các lĩnh vực kinh tế, đầu tư và giáo dục."


@pytest.mark.parametrize("text", ["5 giờ trước", "• 40 phút trước", "12 phút ago", "2 ngày trước", "- 3 hours ago"])
def test_a_relative_timestamp_is_a_dateline_without_a_date(rules, text):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, None)


@pytest.mark.parametrize("text", [
    "5 năm trước, hai nước đã ký hiệp định thương mại tự do.",
    "Khoảng 2 giờ trước khi hội nghị khai mạc, các đoàn đã có mặt.",
])
def test_a_sentence_about_time_past_is_no_timestamp(rules, text):
    assert kind_of(text, rules) is Kind.BODY


@pytest.mark.parametrize("text", [
    "4f9a1c2e.jpg", "anh-hoi-dam.png", "IMG_2041.JPG",  # image file names
    f"{TITLE} - Ảnh 3.",  # an image label under the headline
    "chu tich nuoc tiep dai su nhat ban hinh anh 2",  # alt text without diacritics
    "Thu tuong tiep Dai su anh 1",
    "hoi nghi cap cao hai nuoc tai ha noi nam nay",
    "Video: Thủ tướng phát biểu tại buổi tiếp (Nguồn: VTV)",
    "Your browser doesn’t support HTML5",
    "Nguồn TG&VN: https://example.vn/bai-viet-123.html",
    "https://example.vn/bai-viet-123.html",
    "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài trên ứng dụng trực tuyến!",
    "Bạn có thể chuyển sang phiên bản mobile rút gọn nếu mạng chậm. Đóng",
    "Bạn không thể gửi bình luận liên tục.",
    "Xin hãy đợi 60 giây nữa.",
    "Vui lòng nhập bình luận tiếng Việt có dấu",
    "Bấm like để theo dõi tin tức mới nhất",
    "Like và Share",
    "Đánh giá: 4.5/5 (12 lượt)",
    "Đánh giá bài viết: ★★★★★",  # the story's rating under its byline
    "Lưu ý: Chỉ thành viên của blog này mới có thể đăng nhận xét.",  # a blog's comment box
    "Note: Only a member of this blog may post a comment.",
    "Đăng Nhận xét (Atom)",  # a blog's feed link on a line of its own
    "Đăng ký",  # a subscribe button
    "URL rút gọn",  # a share box's short link
    "A- A A+ | Tăng tương phản Giảm tương phản",  # font-size tools
    "3 Phút để đọc",  # a reading time
    "Facebook Twitter Email",  # a share bar's buttons on one line
    "Facebook Twitter Email In bài",
    "Trang web này được Đại sứ quán Hà Lan tại Việt Nam quản lý.",  # a site's footer
    "Trang chủ Giới thiệu Tin tức - Sự kiện Hợp tác quốc tế Văn bản",  # a menu on one line, its home link first
    "TRANG CHỦ TIN TỨC THỜI SỰ KINH TẾ",
    "Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ",  # a portal's menu, its items parted by bars
    "Trang chủ · Tin tức · Đối ngoại · Văn bản",
    "Đọc bài này bằng tiếng Khmer",  # a link to the story in another of the site's languages
    "Nghe bản tin bằng tiếng Mông",
    "★★★★☆",
    "Hotline: 0912 345 678",
    "Chú thích ảnh",
])
def test_widgets_and_image_debris_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", [
    "Thủ tướng tiếp Đại sứ Nhật Bản, người đã có 3 năm công tác tại Việt Nam.",
    "Ảnh hưởng của cuộc gặp tới quan hệ hai nước là rất lớn, theo ông Tanaka 3.",
    "Tổng thống Joe Biden nói với báo giới: I am very happy to be here today.",  # English, but with capitals
    "Mời các đại biểu dự tiệc chiêu đãi do Thủ tướng chủ trì, theo thông báo của Văn phòng Chính phủ.",
    "Hai bên đã ký 12 văn kiện hợp tác. Toàn văn được đăng tại https://example.vn cùng ngày.",
    "Video ghi lại cuộc gặp đã được lan truyền rộng rãi trên mạng xã hội.",
    "Điện thoại của Đại sứ quán luôn mở để hỗ trợ công dân gặp khó khăn.",
    "Đánh giá cao kết quả hợp tác, hai bên nhất trí tăng cường trao đổi đoàn.",
    "Lưu ý: Chỉ công dân có hộ chiếu còn hạn sáu tháng mới được nhập cảnh.",
])
def test_sentences_that_look_like_widgets_stay_body(rules, text):
    assert kind_of(text, rules) is Kind.BODY


@pytest.mark.parametrize("text", [
    "Trang chủ của Bộ Ngoại giao có thêm phiên bản tiếng Anh và tiếng Pháp",  # a sentence about a home page
    "Trang chủ Bộ Ngoại giao.",  # closed like a sentence
    "Trang chủ · Bộ Ngoại giao đã có thêm phiên bản tiếng Anh.",  # after the dot a sentence, closed as one
    "Đọc bài này bằng tiếng Khmer để hiểu thêm phong tục của đồng bào.",  # a sentence about a language
    "Không có",  # two listed words in a row: a phrase, no share bar
    "Trang web này được nhiều bạn đọc quan tâm vì đưa tin nhanh.",  # a sentence about a website
])
def test_lines_that_only_open_like_a_widget_are_no_furniture(rules, text):
    assert kind_of(text, rules) is not Kind.FURNITURE


@pytest.mark.parametrize("text", ["Cùng chủ đề", "TIN NỔI BẬT", "Xem thêm", "Đọc nhiều", "» Tin cùng chuyên mục",
                                  "Phản hồi", "Bài viết khác"])
def test_more_related_headings(rules, text):
    assert kind_of(text, rules) is Kind.RELATED_HEADING


def test_a_headline_timestamp_and_teaser_after_the_body_are_a_related_item(clean):
    [article] = clean(TITLE, LEAD, BODY,
                      "Chủ tịch nước tiếp Thủ tướng Lào đang thăm chính thức Việt Nam", "5 giờ trước",
                      "Hai bên đánh giá cao quan hệ đặc biệt giữa hai nước.",
                      "Bộ trưởng Ngoại giao điện đàm với người đồng cấp Hàn Quốc", "• 40 phút trước",
                      "Hai Bộ trưởng trao đổi về các biện pháp thúc đẩy hợp tác.")
    assert (article.title, paragraphs(article), article.published) == (TITLE, [LEAD, BODY], None)


def test_widgets_inside_the_body_are_dropped(clean):
    [article] = clean(TITLE, "Your browser doesn’t support HTML5", LEAD, "anh-hoi-dam.jpg", f"{TITLE} - Ảnh 1.",
                      "thu tuong tiep dai su nhat ban anh 2", BODY, "Bấm like để theo dõi tin tức",
                      "Nguồn ABC: https://example.vn/x.html")
    assert paragraphs(article) == [LEAD, BODY]
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("text", ["Báo Tin Tức • 2 giờ trước", "VOV • 9 giờ trước"])
def test_a_source_and_a_relative_time_is_a_listed_items_dateline(rules, text):
    line = classify(text, rules)
    assert (line.kind, line.published) == (Kind.DATELINE, None)


@pytest.mark.parametrize("text", ["#Ukraine #Zelensky #EU", "#Quan hệ Việt Nam - Lào", "Cỡ chữ: A- A A+",
                                  "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu"])
def test_hashtags_tools_and_comment_notes_are_furniture(rules, text):
    assert kind_of(text, rules) is Kind.FURNITURE


@pytest.mark.parametrize("text", ["Số 5 là con số may mắn của đoàn.",
                                  "Hai nước sẽ ký hiệp định trong 2 giờ trước khi bế mạc."])
def test_sentences_near_those_shapes_stay_body(rules, text):
    assert kind_of(text, rules) is Kind.BODY


@pytest.mark.parametrize(("text", "credit"), [("(TTXVN/Vietnam+)", "TTXVN/Vietnam+"), ("BNEWS/TTXVN", "BNEWS/TTXVN"),
                                              ("(VOV)", "VOV")])
def test_an_agency_alone_is_a_credit(rules, text, credit):
    line = classify(text, rules)
    assert (line.kind, line.text) == (Kind.CREDIT, credit)


@pytest.mark.parametrize("text", ["Hà Nội/Tokyo là hai điểm dừng của đoàn.", "(Ảnh minh họa)", "TP.HCM/Hà Nội"])
def test_slashes_and_brackets_of_other_lines_are_no_credit(rules, text):
    assert kind_of(text, rules) is not Kind.CREDIT


def test_alt_text_closed_by_a_lower_case_image_number(rules):
    assert kind_of("Tổng Bí thư điện đàm với Thủ tướng Ấn Độ ảnh 1", rules) is Kind.FURNITURE
    assert kind_of("Đoàn đã chụp ảnh lưu niệm cùng 30 đại biểu.", rules) is Kind.BODY


SERIES_INTRO = "Nhân dịp này, Tòa soạn xin gửi tới bạn đọc loạt bài về quan hệ hai nước trong nửa thế kỷ qua."


@pytest.mark.parametrize("parts", [
    ("Phần 1: Quan hệ hai nước: Những năm đầu đầy thử thách", "Phần 2: Quan hệ hai nước: Bước ngoặt của thập niên 1990",
     "Phần 3:  Quan hệ hai nước: Hướng tới đối tác chiến lược toàn diện"),
    ("Kỳ 1. Hành trình gian nan đến bàn đàm phán", "Kỳ 3. Những bước ngoặt sau hội nghị thượng đỉnh"),
])
def test_a_series_list_inside_the_body_is_furniture(clean, parts):
    article, = clean(TITLE, LEAD, SERIES_INTRO, *parts, BODY)
    assert paragraphs(article) == [LEAD, SERIES_INTRO, BODY]


def test_a_series_part_heading_alone_stays_the_articles(clean):
    heading = "Phần 1: Những năm đầu đầy thử thách"
    article, = clean(TITLE, LEAD, heading, BODY, "Phần 2: Bước ngoặt của thập niên 1990", BODY)
    assert heading in [block.text for block in article.blocks]


def test_parts_not_numbered_upwards_are_no_series_list(clean):
    parts = ["Phần 2: Bước ngoặt của thập niên 1990", "Phần 1: Những năm đầu đầy thử thách"]
    article, = clean(TITLE, LEAD, *parts, BODY)
    assert all(part in [block.text for block in article.blocks] for part in parts)


# --- a video box set inside the body: its label in capitals and the one video's headline (set t) -----------

MORE = "Đại sứ khẳng định sẽ tiếp tục là cầu nối thúc đẩy hợp tác giữa hai nước trên mọi cương vị."
LAST = "Thủ tướng chúc Đại sứ mạnh khỏe và thành công trên cương vị mới."


def test_a_video_box_inside_the_body_is_skipped_and_the_prose_goes_on(clean):
    [article] = clean(TITLE, "14/02/2024 18:20 GMT+7", LEAD, BODY, "VIDEO ĐANG XEM",
                      "Hà Nội ra quân dọn dẹp vỉa hè sau Tết", MORE, LAST, "THU HÀ")
    assert (article.author, paragraphs(article)) == ("THU HÀ", [LEAD, BODY, MORE, LAST])


def test_a_sentence_opening_on_the_video_label_stays_text(rules):
    assert kind_of("Video đang xem nhiều nhất trên mạng ghi lại cảnh đoàn xe tới nơi.", rules) is Kind.BODY
