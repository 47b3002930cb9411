"""Scores pinned: the shared scorer over `reader export` of each scored folder.

- seeds/: the five pages the product was designed from (gold in ../shared).
- tests/heldout/, tests/heldout3/: pages written blind to the code, standing in for
  the unseen pages the graders score; a measure that drops there is a rule that
  fits the seeds only. heldout3 was written last and never tuned against.
- tests/pages/: 395 pages, most written blind to the code, in the shapes of real pages of
  many sites (tests/pages/SHAPES.md), and 301-307 written with the segmentation rules for
  sets f's and g's misses, and 391-392 with the dates rules, in their shapes. The rules do not
  reach 1.00 there yet, so its
  floors (FLOORS) are the scores reached, raised as the rules improve: a drop fails.
  Sets d (601-620), e (701-720) and f (801-820) each joined after its blind score was
  taken, which is why the floors came down from 1.00: they hold the whole set, f included.
Skips only when ../shared (the scorer) is not beside the clone.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from reader.config import load_config
from reader.corpus import build_corpus
from reader.export import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "evaluate.py"

MINIMUMS = {
    # issue 2: cleaning
    "article_recall": 1.0,
    "article_precision": 1.0,
    "body": 1.0,
    "noise_clean": 1.0,
    "meta": 1.0,
    # issue 3: extraction
    "integrity": 1.0,
    "date_f1": 0.95,
    "official_f1": 0.95,
    "title_acc": 0.90,
    "mention_recall": 0.90,
}
FLOORS = {  # per page set, where a set is not yet at MINIMUMS: the scores reached so far
    "pages": {  # sets g (901-920) and h (921-940) joined blind at 0.82 / 0.80 recall: the floors fell with them;
        # set i (941-960) joined after its blind run (meta 0.86 there); sets k (363-382) and l (308-327) joined
        # blind at recall 0.82 / 0.77 and precision 0.73 / 0.74, and every floor fell with them (values then:
        # 0.953 / 0.943 / 0.976 / 0.991 / 0.977 / 0.973 / 0.982 / 0.984); head and foot rules then raised
        # meta to 0.995 and body to 0.987; dates 0.981 once a day's year is the published one, a review's or
        # its sentence's; the segmentation and furniture rules for their classes raised recall, precision, body
        # and noise to 0.993 / 0.997 / 0.995 / 1.000; the offices of sets k and l, officials 0.994, mentions
        # 0.998, dates 0.997; set j (961-980) joined after its blind run (0.90 / 0.83 / 0.91 / 0.96 / 0.84 /
        # 0.94 / 0.92 / 0.88 there), and the floors fell to what the 255 pages reach (0.987 / 0.984 / 0.990 /
        # 0.996 / 0.985 / 0.991 / 0.987 / 0.988); heads and feet that name no author, blogs' date headers and
        # stamps under a sapo, captions printed twice, a told day's year: meta 1.000 and dates 0.998; set j's
        # offices (a state between a field and its place, Duma, Tham tán, Tỉnh ủy viên): officials 0.995,
        # mentions 0.998; a cue that lost its Vietnamese letters ('chiu 29/5'): dates 0.999; a teaser box inside
        # the body and a multilingual site's language mark: recall 0.990, precision 0.994; set p (1101-1120)
        # joined after its blind run (0.76 / 0.77 / 0.94 / 0.94 / 0.97 / 0.85 / 0.96 / 0.96 there), and the
        # floors fell to what the 275 pages reach (0.972 / 0.976 / 0.988 / 0.992 / 0.998 / 0.992 / 0.9937 / 0.9967);
        # a stamp glued to its headline and a desk signing its dateline: recall 0.975, precision 0.979, meta
        # 1.000, dates 0.996; a section glued to its dateline: noise 0.993; a broadcaster's body, a region a board
        # is for, a courtesy before a title: officials 0.995, mentions 0.998; a series'
        # list of parts inside the body: noise 0.9935; a site's account under a bilingual page's headline, its
        # translation's label and word list: recall 0.978, precision 0.982; a view counter and an image's file
        # stem: body 0.989; a caption closed by its photo cell's border: body 0.990; set o (1001-1020) joined
        # after its blind run (0.81 / 0.82 / 0.95 / 0.99 / 0.94 / 0.95 / 0.91 / 0.86 there), and the floors fell
        # to what the 295 pages reach (0.968 / 0.972 / 0.987 / 0.994 / 0.997 / 0.995 / 0.9918 / 0.992); a youth
        # union's head read past 'Trung ương' ('Trung ương Đoàn', 'T.Ư Đoàn'): officials 0.994, mentions 0.995;
        # widgets under the body (a loading placeholder in any language, a player's counter, a post's section, a
        # listing's phone) and an agency's end mark './.': body 0.990, noise 0.9965;
        # a counterpart that says whose it is ('người tiền nhiệm của tôi, ông X'): officials 0.995; a place word
        # capitalised alone after a title ('lãnh đạo Tỉnh'): officials 0.9955; a familiar address before a known
        # full name ('Anh Nguyễn Văn An', 'chị Maria Lopez'): mentions 0.998; a photo's credit under the
        # dateline, its title with the site's name, a teaser's photo caption: body 0.9905, noise 0.997; a
        # transcribed name whose hyphens a site spaced ('Khăm - phăn Phôm - ma'): officials 0.996; a dateline between
        # a signed masthead and the headline, the story's rating under its byline: meta 1.000, dates 0.996; a headline
        # printed twice on a wrapped page is no wrapped line: recall 0.970, precision 0.975; a portal's name as the
        # masthead, a menu opened by its home link, an office signing the body in a line of its own: recall 0.973,
        # precision 0.977; dated summaries over a "more" link that ends the page: body 0.9915, noise 0.999, dates
        # 0.997, officials 0.997; text printed again (a sapo twice, the headline over the body) tells no dates:
        # dates 0.999; a group photo's caption, a caption its cell broke, a caption's marker alone and a blog's
        # footer in pieces: body 0.9925, noise 0.9995; a label over a section's name under the body (the story's
        # tags): body 0.993; an anniversary's year alone after the event's date ('(25/3/1971 - 2025)'): dates 0.9995;
        # a photo's title closing on its width and date, a subscribe button: body 0.995; a caption between its photo
        # cell's borders ('| ... |'): body 0.9955; a press release's header, a share bar's buttons on one line, a
        # release's date alone before its comma: recall 0.976, precision 0.980; an office by its head signing under
        # the body: body 0.996; a bullet a scraper kept before a page's headline, dateline and lead: recall 0.979,
        # precision 0.983; a headline of a word or two over its dateline that the lead tells: recall 0.982, precision
        # 0.986; set q (1201-1220) joined after its blind run (0.82 / 0.82 / 0.90 / 0.94 / 0.94 / 0.96 / 0.98 / 1.00
        # there), and the floors fell to what the 315 pages reach (0.980 / 0.984 / 0.995 / 0.9995 / 0.998 / 0.9995 /
        # 0.997 / 0.998); a full name after a verb of removal from office ('phế truất ông X'): officials 0.9975;
        # set r (1301-1320) joined after its blind run (1.00 / 1.00 / 0.955 / 0.93 / 0.98 / 0.985 / 1.00 / 0.97
        # there), and the floors fell to what the 335 pages reach (0.981 / 0.985 / 0.994 / 0.997 / 0.997 / 0.999 /
        # 0.9975 / 0.996); two days running one into the other after a cue are one span ('các ngày 12 và
        # 13-10-2022'): dates 0.9995; a footer's newsroom address, press licence and masthead ('Tòa soạn: Số 12 ...',
        # 'Giấy phép số 12/GP-BTTTT', 'Báo X - Cơ quan của ...') under the names that sign the body: meta 0.9985;
        # a name of four words with a second surname after a bare 'Tỉnh ủy' ('Lương Nguyễn Minh Triết'): mentions
        # 0.9965; set s (1401-1420) joined after its blind run (0.89 / 0.88 / 0.93 / 0.99 / 0.79 / 0.87 / 0.99 /
        # 1.00 there), and the floors fell to what the 355 pages reach (0.980 / 0.981 / 0.990 / 0.996 / 0.991 /
        # 0.996 / 0.9975 / 0.997); a given name that is also a place word, after a courtesy word ('Ông Quận'):
        # mentions 0.9985; a widget's label and its one item over a labelled list (a video page's channel): body
        # 0.991; a masthead's clock months after the day the lead opens on is the site's: meta 0.9925, dates 0.9975;
        # a search box's placeholder and an icon's name glued to the stamp ('author24/01/2024 07:16'): precision
        # 0.983, meta 0.9935, dates 0.998; set t (1501-1520) joined after its blind run (1.00 / 0.92 / 0.92 / 0.96 /
        # 0.89 / 0.895 / 0.97 / 0.92 there), and the floors fell to what the 375 pages reach (0.980 / 0.979 / 0.986 /
        # 0.994 / 0.987 / 0.991 / 0.995 / 0.992); a document's heading in capitals that retells the headline over
        # its photo's caption (a joint statement's full text): recall 0.983, precision 0.982; the notes under the
        # last paragraph (a link to the story's source, a column's disclaimer, a print edition's note, a gallery's
        # counter, a comment count's heading) and a reply count beside the stamp: body 0.989, noise 0.997, meta
        # 0.989, dates 0.994; a news app's stamp right under the body whose lead tells a day or two before it,
        # and a share bar with marks between its buttons ('Thích · Bình luận · Chia sẻ'): meta 0.991, dates 0.998;
        # a name with its office or desk after a dash closing the body ('X - Phòng Hợp tác quốc tế', 'X - PV VOV1
        # thực hiện'), a share bar's label with its colon: body 0.991, meta 0.996; a journal's affiliation under the
        # byline and its review dates under the body, a broadcaster's editor credit: body 0.9925, noise 0.998, dates
        # 0.9985; a video box inside the body ('VIDEO ĐANG XEM' over its one headline): precision 0.984, body
        # 0.9935, meta 0.997, dates 0.9995, officials 0.9955, mentions 0.994; a listed city read whole from its place
        # word ('UBND TP.HCM X') and an association cut to its acronym ('Chủ tịch Hội LHPN'): officials 0.9965,
        # mentions 0.995; an office after a full name that a familiar address opens ('anh X, Bí thư ... đã hội
        # đàm'), the clause going on past it: officials 0.997, mentions 0.9965; a paper's name over its clock and a
        # body of its menu's sections only: precision 0.986; an office before a business's word in lower case ('ông
        # X, Tổng Giám đốc một tập đoàn ...') is a company's: officials 0.9975; a line between the prose and the
        # office signing it is the last photo's caption, a district's number in the office's name: body 0.994,
        # mentions 0.9985; a group of reporters with its desk closing a live page ('Nhóm phóng viên Chính trị'): body
        # 0.995; a site's notice of another post and its section ('... đã được đăng tải tại mục Cộng đồng.'): body
        # 0.9955; set u (1601-1620) joined after its blind run (0.78 / 0.75 / 0.94 / 0.97 / 0.92 / 0.905 / 0.98 / 1.00
        # there), and the floors fell to what the 395 pages reach (0.973 / 0.974 / 0.992 / 0.996 / 0.993 / 0.994 /
        # 0.996 / 0.998); a portal's menu parted by bars ('Trang chủ | Giới thiệu | ...') and a photo's alt text
        # in mixed case under a headline in capitals: recall 0.9755, precision 0.9765; a portal's name over a
        # notice or a box of teasers, then the page's story: precision 0.980; a link to the story in another
        # language ('Đọc bài này bằng tiếng Khmer'), the site's address before its dateline ('VOV4.VN - Thứ Hai,
        # ...'): recall 0.9775, precision 0.983; an encyclopedia's note marks after a paragraph's last sentence
        # ('...[3]'), its notes' heading with its edit link and its '^ ...' notes: precision 0.985, body 0.9935,
        # noise 0.997, dates 0.9955; a newsletter's greeting that counts its numbered stories ('Dưới đây là 3 tin
        # ...') and its footer (rating, app, subscription): recall 0.984, precision 0.987; two buttons of a phrase
        # each ('Chia sẻ In bài'), a gallery's related photos, a post's translation button and its link to the
        # story on the paper's site ('Tin chi tiết: <site>'): body 0.995, noise 0.998; a stamp, its source by a
        # label and its editor's credit on one line ('<stamp> Nguồn: X Biên tập: Y'): meta 0.995, dates 0.9965
        "article_recall": 0.984,
        "article_precision": 0.987,
        "body": 0.995,
        "noise_clean": 0.998,
        "meta": 0.995,
        "integrity": 1.0,
        "date_f1": 0.9965,
        "official_f1": 0.996,
        "title_acc": 1.0,
        "mention_recall": 0.998,
    },
}
SCORED = {  # name: (folder of pages, gold)
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.yaml"),
    "heldout": (ROOT / "tests" / "heldout" / "pages", ROOT / "tests" / "heldout" / "gold.yaml"),
    "heldout3": (ROOT / "tests" / "heldout3" / "pages", ROOT / "tests" / "heldout3" / "gold.yaml"),
    "pages": (ROOT / "tests" / "pages" / "pages", ROOT / "tests" / "pages" / "gold.yaml"),
}


def load_scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip("../shared (the scorer) is not beside this clone")
    spec = importlib.util.spec_from_file_location("evaluate", SCORER)
    assert spec is not None and spec.loader is not None
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    return evaluate


@pytest.fixture(scope="module", params=sorted(SCORED))
def scores(request: pytest.FixtureRequest) -> tuple[str, dict[str, float]]:
    pages, gold_path = SCORED[request.param]
    evaluate = load_scorer()
    if not gold_path.is_file():
        pytest.skip(f"{gold_path} is not beside this clone")
    out = io.StringIO()
    write_jsonl(build_corpus(pages, load_config(None), use_cache=False).articles, out)
    predicted = [json.loads(line) for line in out.getvalue().splitlines()]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    result, problems = evaluate.evaluate(gold, predicted)
    print("\n".join(problems))
    return request.param, result


@pytest.mark.parametrize("heldout", ["heldout", "heldout3", "pages"])
def test_every_heldout_gold_file_is_a_page(heldout: str) -> None:
    pages, gold_path = SCORED[heldout]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    assert sorted(gold["files"]) == sorted(p.name for p in pages.glob("*.txt"))


@pytest.mark.parametrize("measure", sorted(MINIMUMS))
def test_score_meets_its_minimum(scores: tuple[str, dict[str, float]], measure: str) -> None:
    name, result = scores
    minimum = FLOORS.get(name, MINIMUMS)[measure]
    assert result[measure] >= minimum, f"{name}: {measure} = {result[measure]}"
