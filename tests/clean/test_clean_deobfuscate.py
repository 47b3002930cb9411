"""Dot-obfuscated words are joined again; numbers, domains and abbreviations keep their dots."""

from __future__ import annotations

import pytest

from reader.clean.deobfuscate import deobfuscate

REPAIRED = [
    ("Triều Tiên bắ.n thử tên lửa", "Triều Tiên bắn thử tên lửa"),
    ("các mối đ.e dọ.a chung", "các mối đe dọa chung"),
    ("con trai đã 18 t.uổi", "con trai đã 18 tuổi"),
    ("đ.ánh dấu sự khởi đầu", "đánh dấu sự khởi đầu"),
    ("body n.óng b.ỏng", "body nóng bỏng"),
    ("các khoản t.iền đó", "các khoản tiền đó"),
    ("Đ.ánh giá cao", "Đánh giá cao"),  # a capital at the start of a sentence
    ("người bị bắ.n.", "người bị bắn."),  # the obfuscated word ends the sentence
    ("gi.ết hại", "giết hại"),
    ("vụ x.ả s.ú.n.g tại nhà hát", "vụ xả súng tại nhà hát"),  # a dot after every letter
    ("bị b.ắ.n trọng thương", "bị bắn trọng thương"),
    # after an ellipsis a word starts (the cleaner splits a glued sentence there, after this repair)
    ("đang diễn ra...T.heo ông X", "đang diễn ra...Theo ông X"),
]

KEPT = [
    "bay 1.500 km đến mục tiêu",
    "CNN ngày 15.1 đưa tin",
    "hồi tháng 11.2023.",
    "Theo dõi Baoquocte.vn trên",
    "Tổng thống Philippines Ferdinand Marcos Jr. tham dự",
    "Công an TP.HCM cho biết",
    "đang diễn ra... Trong khi đó",
    "Ông Lavrov đã tới Malta để...",
    "quan hệ với U.S. và EU",
    "lúc 9 a.m. giờ địa phương",
    "chính quyền Trump 2.0",
    "liên hệ ban.bientap@baoquocte.vn để biết thêm",
    "xem https://baoquocte.vn/tin.moi-123.html",
    "trang www.vov.vn đưa tin",
    "công ty x.ai vừa ra mắt",
    "nhiều lĩnh vực: kinh tế, văn hóa v.v...",
    "e.g. các nước ASEAN",
    "mới.nhưng",  # a missing space between two words is not one syllable
    "theo u.s.a.today",
    "www.tin.vn và tuoitre.vn",
]


@pytest.mark.parametrize(("broken", "repaired"), REPAIRED)
def test_repairs_dot_obfuscated_words(rules, broken, repaired):
    assert deobfuscate(broken, rules) == repaired


@pytest.mark.parametrize("text", KEPT)
def test_keeps_dots_of_numbers_domains_abbreviations_and_ellipses(rules, text):
    assert deobfuscate(text, rules) == text


@pytest.mark.parametrize("text", [b for b, _ in REPAIRED] + KEPT)
def test_is_idempotent(rules, text):
    once = deobfuscate(text, rules)
    assert deobfuscate(once, rules) == once


def test_a_user_listed_abbreviation_keeps_its_dot(lexicon):
    from reader.clean.rules import rules_for
    from reader.lexicon import Lexicon

    extended = Lexicon({**lexicon.lists, "dotted_keep": (*lexicon["dotted_keep"], "ba.n")})
    assert deobfuscate("ba.n", rules_for(extended)) == "ba.n"
    assert deobfuscate("ba.n", rules_for(lexicon)) == "ban"
