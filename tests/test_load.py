"""Bad files in the seed folder: each is loaded or skipped with one line, and the rest read as before.

Every input is made by the test in a temporary folder next to one real seed page;
the check is what `reader export` gives the user: the good page's articles
unchanged on stdout, and one line per bad file on stderr.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hang_guard import finishes_without_hanging
from hypothesis import given, settings
from hypothesis import strategies as st
from unprivileged import drop_root_file_powers

from reader.cli import main
from reader.load import MAX_PAGE_BYTES, decode_page, display_name, list_page_files, read_page

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOOD = sorted(SEEDS.glob("*.txt"))[0]  # one real page, the "rest" that must stay unaffected
VIETNAMESE = "Ngoại trưởng Nhật Bản hội đàm với Bộ trưởng Ngoại giao Việt Nam; Đức, Ấn Độ, Hàn Quốc ỹ ữ ặ Ỵ"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # the five Vietnamese tones, combining characters in Windows-1258


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No ./config.yaml in force and a private cache dir, so only the folder under test matters."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.chdir(home)
    monkeypatch.setenv("READER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))


def export(folder: Path) -> tuple[int, list[dict], list[str]]:
    """`reader export --seeds folder`: exit status, the JSON records, the stderr lines."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["export", "--seeds", str(folder)])
    records = [json.loads(line) for line in out.getvalue().split("\n") if line]
    return code, records, err.getvalue().splitlines()


@pytest.fixture(scope="module")
def good_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("good")
    shutil.copy(GOOD, folder)
    code, records, errors = export(folder)
    assert (code, errors) == (0, [])
    assert records, "the good seed page gives at least one article"
    return records


def folder_with(tmp_path: Path, make_bad: Callable[[Path], object]) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(GOOD, folder)
    make_bad(folder)
    return folder


def write(name: str, data: bytes) -> Callable[[Path], object]:
    return lambda folder: (folder / name).write_bytes(data)


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: â ê ô ơ ư ă đ precomposed, the tone as a combining mark."""
    parts = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        parts.append(base + "".join(c for c in decomposed if c in TONE_MARKS))
    return "".join(parts).encode("cp1258")


def make_fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


SKIPPED = {
    "empty": (write("empty.txt", b""), "empty.txt: skipped: empty file"),
    "blank": (write("blank.txt", b" \r\n\t\n  \n"), "blank.txt: skipped: blank (only whitespace)"),
    "only furniture": (write("furniture.txt", "Theo dõi VGT trên\nVideo đang HOT\n"
                                              "Bạn thấy bài viết này có hữu ích không?\nCó;\nKhông\n".encode()),
                       "furniture.txt: no article found"),
    "binary": (write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
               "image.txt: skipped: binary file (contains NUL bytes)"),
    "not text": (write("junk.txt", b"\x81\x8d\x8e\x8f\x90 \xc3\x28"),
                 "junk.txt: skipped: not text: neither UTF-8 nor Windows-1258"),
    "symlink loop": (lambda f: os.symlink("loop.txt", f / "loop.txt"),
                     "loop.txt: cannot read: too many levels of symbolic links"),
    "dangling symlink": (lambda f: os.symlink("gone.txt", f / "link.txt"),
                         "link.txt: cannot read: no such file or directory"),
    "folder named .txt": (lambda f: (f / "archive.txt").mkdir(), "archive.txt: skipped: a folder, not a page"),
    "fifo": (make_fifo, "pipe.txt: skipped: not a regular file"),
}


@pytest.mark.parametrize("case", SKIPPED, ids=list(SKIPPED))
def test_a_bad_file_is_skipped_with_one_line_and_the_rest_loads(tmp_path, good_records, case):
    make_bad, line = SKIPPED[case]
    folder = folder_with(tmp_path, make_bad)
    code, records, errors = export(folder)
    assert code == 0
    assert errors == [f"reader: {line}"]
    assert records == good_records


def test_a_50_mb_page_is_skipped_without_being_read(tmp_path, good_records):
    def huge(folder: Path) -> None:
        with (folder / "dump.txt").open("wb") as stream:
            stream.truncate(50 * 2**20)  # sparse: 50 MB of size at no disk cost

    with finishes_without_hanging():  # read, it would take minutes
        code, records, errors = export(folder_with(tmp_path, huge))
    assert code == 0
    assert errors == ["reader: dump.txt: skipped: too large (50.0 MB; pages over 4 MB are skipped)"]
    assert records == good_records


def test_a_page_just_under_the_size_limit_loads(tmp_path):
    line = ("Ông Blinken nhấn mạnh hợp tác song phương. " * 50 + "\n").encode()
    data = line * (MAX_PAGE_BYTES // len(line))
    (tmp_path / "big.txt").write_bytes(data)
    page, problem = read_page(tmp_path / "big.txt")
    assert problem is None
    assert page is not None and len(page.text.encode()) == len(data)


def test_permission_denied_is_one_line_and_the_rest_loads(tmp_path, good_records):
    folder = folder_with(tmp_path, write("secret.txt", VIETNAMESE.encode()))
    (folder / "secret.txt").chmod(0)
    result = run_unprivileged(["export", "--seeds", str(folder)], cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines() == ["reader: secret.txt: cannot read: permission denied"]
    assert [json.loads(line) for line in result.stdout.splitlines()] == good_records


def test_a_file_removed_between_listing_and_reading_is_skipped(tmp_path):
    folder = folder_with(tmp_path, write("short-lived.txt", VIETNAMESE.encode()))
    paths = list_page_files(folder)
    (folder / "short-lived.txt").unlink()
    results = [read_page(path) for path in paths]
    assert [str(problem) for _, problem in results if problem] == [
        "short-lived.txt: cannot read: no such file or directory"]
    assert [page.file for page, _ in results if page] == [GOOD.name]


def test_non_txt_and_hidden_files_are_ignored_silently(tmp_path, good_records):
    def others(folder: Path) -> None:
        for name in ("notes.md", "page.html", "page.txt.bak", "README", ".hidden.txt", "._mac-resource.txt"):
            (folder / name).write_bytes(b"\x00\x01 not a page")
        (folder / "sub").mkdir()

    code, records, errors = export(folder_with(tmp_path, others))
    assert (code, errors) == (0, [])
    assert records == good_records


def test_upper_case_extension_counts_as_a_page(tmp_path):
    (tmp_path / "PAGE.TXT").write_text(VIETNAMESE, encoding="utf-8")
    assert [p.name for p in list_page_files(tmp_path)] == ["PAGE.TXT"]


@pytest.mark.parametrize("encode", [
    pytest.param(lambda text: text.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode(), id="utf8-bom"),
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(), id="crlf-and-bom"),
    pytest.param(lambda text: text.replace("\n", "\r").encode(), id="old-mac-cr"),
    pytest.param(lambda text: unicodedata.normalize("NFD", text).encode(), id="nfd"),
    pytest.param(lambda text: text.encode("utf-16"), id="utf16-bom"),
])
def test_other_spellings_of_the_same_utf8_page_read_the_same(tmp_path, good_records, encode):
    (tmp_path / GOOD.name).write_bytes(encode(GOOD.read_text(encoding="utf-8")))
    code, records, errors = export(tmp_path)
    assert (code, errors) == (0, [])
    assert records == good_records


def test_a_windows_1258_page_reads_as_the_same_vietnamese_with_a_warning(tmp_path, good_records):
    text = GOOD.read_text(encoding="utf-8")
    (tmp_path / GOOD.name).write_bytes(to_cp1258(text))
    code, records, errors = export(tmp_path)
    assert code == 0
    assert errors == [f"reader: {GOOD.name}: loaded, but not UTF-8: decoded as Windows-1258"]
    assert records == good_records


def test_windows_1258_decodes_every_vietnamese_letter_to_nfc():
    lower = "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ"
    letters = "".join(ch + ch.upper() for ch in lower)
    text, warning = decode_page(to_cp1258(letters + " " + VIETNAMESE))
    assert text == letters + " " + VIETNAMESE
    assert unicodedata.is_normalized("NFC", text)
    assert warning == "loaded, but not UTF-8: decoded as Windows-1258"


def test_latin_1_is_read_as_windows_1258_so_shared_letters_survive_and_others_change():
    """The README's decision: bytes cannot tell Latin-1 from Windows-1258, and Vietnamese is never Latin-1."""
    text, warning = decode_page("café naïve über São Paulo".encode("latin-1"))
    assert warning == "loaded, but not UTF-8: decoded as Windows-1258"
    assert text == "café naïve über Săo Paulo"  # ã is ă in Windows-1258


def test_utf8_with_a_few_bad_bytes_stays_utf8():
    data = VIETNAMESE.encode() + b"\xff\n" + VIETNAMESE.encode()[:-1]  # a stray byte, and a letter cut in two
    text, warning = decode_page(data)
    assert text == f"{VIETNAMESE}\ufffd\n{VIETNAMESE[:-1]}\ufffd"
    assert warning == "loaded, but 2 invalid UTF-8 sequence(s) show as \ufffd"


def test_look_alike_letters_are_read_as_vietnamese():
    """A CMS's 'Ð' (U+00D0) for 'Đ' reaches no rule, search or pane as itself."""
    text, warning = decode_page("Ðại sứ Ðặng Văn An gặp ðoàn Iceland của ông Guðni.".encode())
    assert (text, warning) == ("Đại sứ Đặng Văn An gặp đoàn Iceland của ông Guðni.", None)


def test_control_characters_never_reach_the_terminal_and_line_separators_become_newlines():
    text, warning = decode_page("Tiêu đề\x1b[31m đỏ\x07\n\x0cĐoạn một\u2028Đoạn hai\x85\x9b2J".encode())
    assert (text, warning) == ("Tiêu đề[31m đỏ\n\nĐoạn một\nĐoạn hai2J", None)


def test_one_megabyte_line_loads_and_cleans_in_reasonable_time(tmp_path):
    sentence = GOOD.read_text(encoding="utf-8").replace("\n", " ") + " "
    line = sentence * (2**20 // len(sentence.encode()) + 1)
    (tmp_path / "one-line.txt").write_text(line, encoding="utf-8")
    with finishes_without_hanging():
        code, records, errors = export(tmp_path)
    assert code == 0
    assert records or errors == ["reader: one-line.txt: no article found"]


@pytest.mark.parametrize("name", ["tin tức ngoại giao.txt", "bài  hai   dấu cách.txt", "Đà Nẵng – hội nghị.txt"])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_names_with_spaces_and_vietnamese_letters_export_as_nfc(tmp_path, good_records, name, form):
    on_disk = unicodedata.normalize(form, name)
    shutil.copy(GOOD, tmp_path / on_disk)
    code, records, errors = export(tmp_path)
    assert (code, errors) == (0, [])
    stem = name.removesuffix(".txt")
    assert [(r["file"], r["id"]) for r in records] == [(name, f"{stem}-{i}") for i in range(1, len(records) + 1)]
    assert [r["title"] for r in records] == [r["title"] for r in good_records]


def test_a_name_that_is_not_utf8_exports_as_valid_utf8(tmp_path):
    shutil.copy(GOOD, os.path.join(os.fsencode(tmp_path), b"trang-\xe0\xff.txt"))
    result = subprocess.run([sys.executable, "-m", "reader", "export", "--seeds", str(tmp_path)],
                            capture_output=True, cwd=tmp_path, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert records and {r["file"] for r in records} == {"trang-\ufffd\ufffd.txt"}


def test_the_same_name_in_nfc_and_nfd_is_one_page_and_the_twin_is_reported(tmp_path, good_records):
    name = "tin tức.txt"
    shutil.copy(GOOD, tmp_path / name)
    shutil.copy(GOOD, tmp_path / unicodedata.normalize("NFD", name))
    code, records, errors = export(tmp_path)
    assert code == 0
    assert errors == [f"reader: {name}: skipped: another file has the same name (differently encoded)"]
    assert [r["title"] for r in records] == [r["title"] for r in good_records]
    assert len({r["id"] for r in records}) == len(records)


def test_files_load_in_name_order(tmp_path):
    for name in ("b.txt", "a.txt", "Đ.txt", "c.txt", "10.txt", "2.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    assert [p.name for p in list_page_files(tmp_path)] == ["10.txt", "2.txt", "a.txt", "b.txt", "c.txt", "Đ.txt"]


def run_unprivileged(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m reader ARGS` without the power to ignore file permissions (see unprivileged.py)."""
    prefix = drop_root_file_powers()
    env = {**os.environ, "READER_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run([*prefix, sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env=env, timeout=60, check=False)


def test_a_name_with_a_newline_or_escape_stays_one_line(tmp_path):
    shutil.copy(GOOD, tmp_path / "tin\nmới.txt")
    (tmp_path / "trống\x1b[31m.txt").write_bytes(b"")
    code, records, errors = export(tmp_path)
    assert code == 0
    assert errors == ["reader: trống\ufffd[31m.txt: skipped: empty file"]
    assert records
    assert {(r["file"], r["id"].rsplit("-", 1)[0]) for r in records} == {("tin\ufffdmới.txt", "tin\ufffdmới")}


VIETNAMESE_TEXT = st.text(alphabet=st.sampled_from(list(
    "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ"
    "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴ"
    "bcghklmnpqrstvx 0123456789.,:;-/()\n")), max_size=200)


@settings(max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.binary(max_size=300))
def test_any_bytes_decode_to_clean_text_or_a_one_line_reason(data):
    try:
        text, warning = decode_page(data)
    except ValueError as err:
        assert "\n" not in str(err)
        return
    assert unicodedata.is_normalized("NFC", text)
    assert not any(ch in text for ch in "\r\x00\x1b\x85\u2028") and (warning is None or "\n" not in warning)


@settings(max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(VIETNAMESE_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]), st.sampled_from(["\n", "\r\n"]))
def test_vietnamese_text_round_trips_through_every_accepted_encoding(text, encoding, newline):
    spelled = unicodedata.normalize("NFD", text).replace("\n", newline)
    data = to_cp1258(text.replace("\n", newline)) if encoding == "cp1258" else spelled.encode(encoding)
    decoded, warning = decode_page(data)
    assert decoded == unicodedata.normalize("NFC", text)
    assert (warning is not None) == (encoding == "cp1258" and any(ord(ch) > 0x7F for ch in text))


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_bidi_controls_are_dropped_like_other_control_characters_but_emoji_joiners_stay():
    """U+202E and the isolates can make text read differently from what it holds ("Trojan Source")."""
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji made of three, joined by ZWJ
    text, warning = decode_page(f"Tiêu đề \u202eđảo ngược\u202c\nĐoạn \u2067một\u2069 {family}\u200f.".encode())
    assert (text, warning) == (f"Tiêu đề đảo ngược\nĐoạn một {family}.", None)


def test_bidi_controls_never_reach_the_export_nor_a_name(tmp_path, good_records):
    page = GOOD.read_text(encoding="utf-8")
    planted = "".join(f"{line[:3]}{BIDI_CONTROLS}{line[3:]}" for line in page.splitlines(keepends=True))
    (tmp_path / GOOD.name).write_text(planted, encoding="utf-8")
    (tmp_path / "trống\u202etxt.exe.txt").write_bytes(b"")
    code, records, errors = export(tmp_path)
    assert code == 0
    assert records == good_records
    assert errors == ["reader: trống\ufffdtxt.exe.txt: skipped: empty file"]


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A readable file outside the folder, shaped like a page so that it would export if followed."""
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "id_rsa").write_text("Khóa bí mật\nNội dung không được rời khỏi máy.\n", encoding="utf-8")
    return outside / "id_rsa"


LEAVING_LINKS = {
    "absolute": lambda folder, secret: os.symlink(secret, folder / "p.txt"),
    "relative": lambda folder, secret: os.symlink(f"../{secret.parent.name}/{secret.name}", folder / "p.txt"),
    "through a linked subfolder": lambda folder, secret: (os.symlink(secret.parent, folder / "sub"),
                                                         os.symlink("sub/id_rsa", folder / "p.txt")),
}


@pytest.mark.parametrize("case", LEAVING_LINKS)
def test_a_link_that_leaves_the_folder_is_skipped_and_reported(tmp_path, good_records, secret, case):
    folder = folder_with(tmp_path, lambda f: LEAVING_LINKS[case](f, secret))
    target = os.path.realpath(folder / "p.txt")
    code, records, errors = export(folder)
    assert code == 0
    assert errors == [f"reader: p.txt: skipped: link leaves the folder (to {target})"]
    assert records == good_records


def test_a_link_to_etc_passwd_is_never_exported(tmp_path, good_records):
    folder = folder_with(tmp_path, lambda f: os.symlink("/etc/passwd", f / "p.txt"))
    code, records, errors = export(folder)
    assert (code, records) == (0, good_records)
    assert errors == [f"reader: p.txt: skipped: link leaves the folder (to {os.path.realpath('/etc/passwd')})"]


def test_links_that_stay_inside_the_folder_are_followed(tmp_path, good_records):
    def inside(folder: Path) -> None:
        (folder / "kho").mkdir()
        shutil.copy(GOOD, folder / "kho" / "trang.txt")
        os.symlink("kho/trang.txt", folder / "b.txt")
        os.symlink(folder / GOOD.name, folder / "c.txt")  # absolute, and to a page listed itself

    code, records, errors = export(folder_with(tmp_path, inside))
    assert (code, errors) == (0, [])
    titles = [r["title"] for r in good_records]
    assert [(r["file"], r["title"]) for r in records] == [
        (name, title) for name in (GOOD.name, "b.txt", "c.txt") for title in titles]


def test_the_config_switch_lets_links_leave_the_folder(tmp_path, secret):
    folder = folder_with(tmp_path, lambda f: os.symlink(secret, f / "p.txt"))
    config = tmp_path / "config.yaml"
    config.write_text("follow_links_outside: true\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["export", "--config", str(config), "--seeds", str(folder)])
    assert (code, err.getvalue()) == (0, "")
    assert "Khóa bí mật" in [json.loads(line)["title"] for line in out.getvalue().splitlines()]


def test_a_link_swapped_after_the_check_is_caught_on_the_open_file(tmp_path, secret, monkeypatch):
    """The race: the link pointed inside when looked at, and outside when opened."""
    if not os.path.islink("/proc/self/fd/0"):
        pytest.skip("needs Linux /proc/self/fd")
    folder = folder_with(tmp_path, lambda f: os.symlink(GOOD.name, f / "p.txt"))
    real_open = os.open

    def swapping_open(path: object, flags: int, *args: object) -> int:
        if path == folder / "p.txt":
            os.unlink(path)
            os.symlink(secret, path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", swapping_open)
    page, problem = read_page(folder / "p.txt")
    assert page is None
    assert str(problem) == f"p.txt: skipped: link leaves the folder (to {secret})"


def test_case_twins_get_unique_ids_and_the_lower_case_txt_keeps_its_own(tmp_path, good_records):
    for name in ("a.txt", "a.TXT", "a.Txt", "a~2.txt"):
        shutil.copy(GOOD, tmp_path / name)
    first = export(tmp_path)
    again = export(tmp_path)  # from the cache: the same ids
    assert first == again
    code, records, errors = first
    assert (code, errors) == (0, [])
    count = len(good_records)
    stems = {"a.txt": "a", "a.TXT": "a~3", "a.Txt": "a~4", "a~2.txt": "a~2"}  # a~2 is a file's own stem
    assert sorted((r["file"], r["id"]) for r in records) == sorted(
        (name, f"{stem}-{i}") for name, stem in stems.items() for i in range(1, count + 1))


def test_two_legacy_names_that_show_alike_get_unique_ids(tmp_path, good_records):
    folder = os.fsencode(tmp_path)
    for raw in (b"B\xe0i 1.txt", b"B\xe1i 1.txt"):  # Windows-1258 bytes, not UTF-8: both show as "B\ufffdi 1.txt"
        shutil.copy(GOOD, os.path.join(folder, raw))
    code, records, errors = export(tmp_path)
    assert (code, errors) == (0, [])
    assert len(records) == 2 * len(good_records)
    assert {r["file"] for r in records} == {"B\ufffdi 1.txt"}
    assert len({r["id"] for r in records}) == len(records)
    assert [r["id"] for r in records] == [f"B\ufffdi 1{suffix}-{i}" for suffix in ("", "~2")
                                          for i in range(1, len(good_records) + 1)]


def test_empty_twins_do_not_take_the_stem_of_the_lower_case_page(tmp_path, good_records):
    shutil.copy(GOOD, tmp_path / "b.txt")
    (tmp_path / "B.TXT").write_bytes(b"")
    (tmp_path / "b.Txt").write_bytes(b"")
    code, records, errors = export(tmp_path)
    assert code == 0 and len(errors) == 2
    assert [r["id"] for r in records] == [f"b-{i}" for i in range(1, len(good_records) + 1)]


HOSTILE_PIECES = st.one_of(
    st.text(st.sampled_from(list("[]=@:'\\ .ab#Đđtin\x1b\n\t\x7f\u202e\u2066")), min_size=1, max_size=12)
    .map(lambda text: text.encode()),
    st.sampled_from([b"[link=https:evil.example]", b"[@click=app.quit]", b"[b]", b"[/]", b"\xe0", b"\xff\xfe",
                     b"B\xe0i", b"\xc3", "tức".encode(), unicodedata.normalize("NFD", "tức").encode()]),
)
HOSTILE_NAMES = st.lists(
    st.tuples(st.lists(HOSTILE_PIECES, min_size=1, max_size=4).map(b"".join),
              st.sampled_from([b".txt", b".TXT", b".Txt"]), st.booleans()),
    min_size=1, max_size=5)
HOSTILE_PAGE = "Ngoại trưởng thăm Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua để bàn về hợp tác.\n".encode()


@settings(max_examples=25, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(HOSTILE_NAMES)
def test_any_file_names_load_and_export_with_unique_ids_and_names_as_given(names):
    """Markup brackets, control and bidi characters, bytes that are not UTF-8, NFD, case twins."""
    with tempfile.TemporaryDirectory() as root:
        folder = os.fsencode(root)
        written: dict[str, bool] = {}  # shown name -> whether a file of that name holds a page
        for stem, suffix, twin in names:
            stem = stem.replace(b"/", b"_").lstrip(b".") or b"x"
            for raw in ({stem + suffix, stem.upper() + suffix} if twin else {stem + suffix}):
                page = not raw.startswith(b"[b]")  # some stay empty, to be reported
                with open(os.path.join(folder, raw), "wb") as stream:
                    stream.write(HOSTILE_PAGE if page else b"")
                shown = display_name(os.fsdecode(raw))
                written[shown] = written.get(shown, False) or page
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["export", "--no-cache", "--seeds", root])
    assert code == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    problems = err.getvalue().splitlines()
    assert len({r["id"] for r in records}) == len(records)
    assert all(line.startswith("reader: ") for line in problems)  # one line each, whatever the name held
    shown_in_export = {r["file"] for r in records}
    assert shown_in_export <= written.keys()
    for shown, page in written.items():  # every file is exported or named in a problem, exactly as shown
        assert shown in shown_in_export or any(line.startswith(f"reader: {shown}: ") for line in problems), shown
        assert page or shown not in shown_in_export
    assert {r["title"] for r in records} <= {"Ngoại trưởng thăm Hà Nội"}  # every page's own headline
    for value in [*shown_in_export, *(r["id"] for r in records)]:
        assert unicodedata.is_normalized("NFC", value)
        assert not any(unicodedata.category(ch) == "Cc" or ch in "\u202e\u2066" for ch in value), value
