"""Property tests: whatever text a page holds, cleaning and extraction give sound articles.

Pages are arbitrary text and the seed pages under random edits (lines dropped,
doubled, swapped, joined, cut short, dots and stray characters put inside
words), always as the loader hands them over (NFC, LF, no control characters).
For each: nothing raises, every entity span is its block's text, cleaned text
has nothing left to de-obfuscate, and the export is JSON Lines the scorer reads.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.clean import clean_page
from reader.clean.deobfuscate import deobfuscate
from reader.clean.rules import rules_for
from reader.config import load_config
from reader.corpus import parse_page
from reader.export import write_jsonl
from reader.extract import build_officials_index, extract_article
from reader.load import decode_page
from reader.model import Article, Block, RawPage

ROOT = Path(__file__).resolve().parent.parent
SEED_LINES = [line for path in sorted((ROOT / "seeds").glob("*.txt"))
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
SEED_PAGES = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
SCORER = ROOT.parent / "shared" / "tools" / "evaluate.py"
CONFIG = load_config(None)
RULES = rules_for(CONFIG.cleaning)
EXAMPLES = int(os.environ.get("READER_PROPERTY_EXAMPLES", "150"))  # raise it for a longer hunt
MODEST = settings(max_examples=EXAMPLES, deadline=None, derandomize=bool(os.environ.get("CI")),
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VIETNAMESE_LETTERS = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
ALPHABET = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "0123456789 .,:;-–/()\"'…!?%" + "\n" * 6
vietnamese_text = st.text(alphabet=ALPHABET, max_size=600)
lexicon_words = st.sampled_from([w for name in CONFIG.cleaning.names() for w in CONFIG.cleaning[name]]
                                + [w for name in CONFIG.extraction.names() for w in CONFIG.extraction[name]] or [""])
page_line = st.one_of(st.sampled_from(SEED_LINES), st.text(alphabet=ALPHABET.replace("\n", ""), max_size=120),
                      lexicon_words, st.text(max_size=40))
structured_page = st.lists(page_line, max_size=40).map("\n".join)


def as_loaded(text: str) -> str:
    """The text as the loader would hand it to the cleaner."""
    return decode_page(text.replace("\x00", "").encode("utf-8", "surrogatepass"))[0]


def scorer() -> ModuleType | None:
    """../shared/tools/evaluate.py when it is beside the project (CI); else the JSON check stands alone."""
    if not SCORER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("evaluate", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EVALUATE = scorer()


def check_page(text: str) -> list[Article]:
    """Parse one page and assert everything a reader and the export rely on."""
    page = RawPage("page.txt", Path("page.txt"), as_loaded(text))
    articles = parse_page(page, CONFIG)
    build_officials_index(articles)
    assert len({a.id for a in articles}) == len(articles)
    for article in articles:
        assert article.file == "page.txt" and article.id.startswith("page-")
        for block in article.blocks:
            assert block.kind in ("paragraph", "caption")
            assert deobfuscate(block.text, RULES) == block.text, "cleaned text still has a dotted word"
        for mention in (*article.dates, *article.officials):
            assert 0 <= mention.block < len(article.blocks)
            assert 0 <= mention.start < mention.end <= len(article.blocks[mention.block].text)
            assert article.blocks[mention.block].text[mention.start:mention.end] == mention.text
    check_export(articles)
    event(f"articles: {min(len(articles), 2)}, with dates: {any(a.dates for a in articles)}, "
          f"with officials: {any(a.officials for a in articles)}")
    return articles


def check_export(articles: list[Article]) -> None:
    out = io.StringIO()
    write_jsonl(articles, out)
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["id"] for r in records] == [a.id for a in articles]
    if EVALUATE is not None:
        result, problems = EVALUATE.evaluate({"files": {"page.txt": {"articles": []}}}, records)
        assert result["integrity"] == 1.0, problems


HEADLINES = [page.split("\n", 1)[0] for page in SEED_PAGES]


@MODEST
@given(st.sampled_from(HEADLINES), vietnamese_text)
def test_any_vietnamese_text_under_a_headline_cleans_and_extracts_soundly(headline, text):
    check_page(f"{headline}\n{text}")


@MODEST
@given(st.lists(st.one_of(vietnamese_text, st.sampled_from(SEED_LINES), st.text(max_size=200)), min_size=1, max_size=8))
def test_extraction_of_any_blocks_is_sound(texts):
    """The extractor alone, on blocks the cleaner might never produce."""
    blocks = tuple(Block("paragraph", as_loaded(text)) for text in texts)
    article = extract_article(Article("page-1", "page.txt", "Tiêu đề", None, None, None, False, blocks),
                              CONFIG.extraction)
    assert article.blocks == blocks
    for mention in (*article.dates, *article.officials):
        assert blocks[mention.block].text[mention.start:mention.end] == mention.text
        assert mention.start < mention.end
    build_officials_index([article])
    check_export([article])


@MODEST
@given(st.sampled_from(["", *HEADLINES]), st.text(max_size=400))
def test_any_unicode_text_cleans_and_extracts_soundly(headline, text):
    check_page(f"{headline}\n{text}" if headline else text)


@MODEST
@given(structured_page)
def test_pages_made_of_seed_lines_lexicon_words_and_noise_clean_soundly(text):
    check_page(text)


@st.composite
def edited_seed(draw: st.DrawFn) -> str:
    """A seed page after a few random edits of the kinds scraped pages show."""
    lines = draw(st.sampled_from(SEED_PAGES)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        cut = draw(st.integers(0, len(line)))
        edit = draw(st.sampled_from(["drop", "double", "swap", "join", "cut", "ellipsis", "dot", "insert", "upper"]))
        if edit == "drop":
            del lines[i]
        elif edit == "double":
            lines.insert(i, line if draw(st.booleans()) else line + line)  # a repeated line or "AbcAbc"
        elif edit == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif edit == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [line + lines[i + 1]]
        elif edit == "cut":
            lines[i] = line[:cut]
        elif edit == "ellipsis":
            lines[i] = line[:cut] + "..."
        elif edit == "dot":
            lines[i] = line[:cut] + "." + line[cut:]
        elif edit == "insert":
            lines[i] = line[:cut] + draw(st.text(alphabet=ALPHABET, max_size=20)) + line[cut:]
        elif edit == "upper":
            lines[i] = line.upper()
    return "\n".join(lines)


@MODEST
@given(edited_seed())
def test_seed_pages_with_random_edits_clean_and_extract_soundly(text):
    check_page(text)


obfuscated = st.lists(st.one_of(
    st.text(alphabet=VIETNAMESE_LETTERS + "." + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=12),
    st.sampled_from(["1.500", "15.1", "11.2023", "Baoquocte.vn", "Jr.", "TP.HCM", "...", "U.S.", "a.b.c", ".", "đ.e"]),
), max_size=30).map(" ".join)


@settings(max_examples=2 * EXAMPLES, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.one_of(obfuscated, vietnamese_text))
def test_deobfuscation_is_idempotent(text):
    once = deobfuscate(text, RULES)
    assert deobfuscate(once, RULES) == once


@MODEST
@given(vietnamese_text)
def test_cleaning_never_writes_text_the_page_did_not_have(text):
    """Every word of every title and block comes from the page (repairs only remove dots)."""
    loaded = as_loaded(text)
    undotted = loaded.replace(".", "")
    for article in clean_page(RawPage("page.txt", Path("page.txt"), loaded), CONFIG.cleaning):
        for block_text in (article.title, *(b.text for b in article.blocks)):
            for word in block_text.split():
                assert word in loaded or word.replace(".", "") in undotted, word
