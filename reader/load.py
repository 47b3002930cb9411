"""Folder -> RawPage list plus one Problem per file that could not be read.

Whatever a scraper left behind, one bad file never stops the others: each file
is loaded, loaded with a warning, or skipped, and the Problem says which in one
line. Reading never writes: no temporary files, no renames, nothing in the folder.
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath

from reader.model import Problem, RawPage
from reader.text import standard_letters

# A scraped page is 3-20 KB; even one with a long comment thread stays well under 1 MB. Past this
# it is not a page (a dump, a log, a mis-saved binary) and cleaning it would stall the start.
MAX_PAGE_BYTES = 4 * 1024 * 1024
FALLBACK_ENCODING = "cp1258"  # Windows-1258, the legacy Vietnamese code page
# Control characters would reach the terminal (ESC starts escape sequences); line and paragraph
# separators become plain newlines so that every line splitter sees the same lines.
# Bidi controls (embeddings, overrides, isolates, the LRM/RLM/ALM marks) go too: invisible, they can
# reorder what a reader sees ("Trojan Source"), and Vietnamese never needs them. Joiners (U+200C/D,
# inside emoji) are harmless and stay.
_BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_CONTROL_CHARACTERS = {code: None for code in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0),
                                               *_BIDI_CONTROLS)}
_TEXT_CLEANUP = str.maketrans({**_CONTROL_CHARACTERS, 0x0B: "\n", 0x0C: "\n", 0x2028: "\n", 0x2029: "\n"})
# Searching for them is several times faster than a translate over every page, and most pages hold none.
_NEEDS_CLEANUP = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TEXT_CLEANUP)) + "]")
_NAME_CLEANUP = {code: "\ufffd" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *_BIDI_CONTROLS)}


class FolderError(Exception):
    """The folder itself cannot be read; phrased as one line for the user."""


class UnreadableError(ValueError):
    """The system refused to read a file ("cannot read: permission denied")."""


def check_folder(folder: Path) -> None:
    """Raise FolderError unless the folder exists, is a folder and can be listed (without listing 100,000 names)."""
    _folder_entries(folder, first_only=True)


def list_page_files(folder: Path) -> list[Path]:
    """The *.txt files of a folder (hidden ones excepted), sorted by their shown name.

    Raises FolderError if the folder is missing, not a folder, or unreadable.
    """
    return [folder / name for name in list_page_names(folder)]


def list_page_names(folder: Path) -> list[str]:
    """list_page_files as names on disk: a warm start stats 10,000 pages and makes no path object for them."""
    return sort_page_names(n for n in _folder_entries(folder) if n.lower().endswith(".txt") and not n.startswith("."))


def sort_page_names(names: Iterable[str]) -> list[str]:
    """Page names in the folder's order: by shown name, then by name on disk."""
    return sorted(names, key=lambda n: (display_name(n), n))


def display_name(name: str) -> str:
    """A file name as the user sees it and as ids are made from it: valid UTF-8, NFC, one line.

    Linux keeps names as bytes: a name copied from macOS is NFD, an old one may not be
    UTF-8 at all (Python then holds surrogates that cannot be printed or exported), and
    a name may even hold a newline or an escape character.
    """
    if name.isascii() and name.isprintable():
        return name  # the usual name: nothing to replace, and ASCII is NFC already
    readable = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return unicodedata.normalize("NFC", readable.translate(_NAME_CLEANUP))


def id_stems(shown: Mapping[str, str]) -> dict[str, str]:
    """Each file's id stem (ids are `<stem>-<n>`), unique across the files: name on disk -> stem.

    `shown` maps each name on disk to its display_name. The stem is the shown name without
    its extension, so `a.txt`, `a.TXT` and `a.Txt`, or two legacy-encoded names that both
    show as `B\ufffdi 1.txt`, would share one. Claimed in a fixed order, a name ending in
    lower-case `.txt` first, then by shown name and name on disk: the first keeps the stem,
    each later one takes `<stem>~2`, `<stem>~3`, ..., the first that is no file's own stem.
    The same names always give the same ids.
    """
    natural = {name: natural_stem(display) for name, display in shown.items()}
    own = set(natural.values())
    if len(own) == len(natural):
        return natural
    given: set[str] = set()
    stems: dict[str, str] = {}
    for name in sorted(natural, key=lambda n: (not n.endswith(".txt"), shown[n], n)):
        stem = natural[name]
        if stem in given:
            number = 2
            while f"{stem}~{number}" in own or f"{stem}~{number}" in given:
                number += 1
            stem = f"{stem}~{number}"
        given.add(stem)
        stems[name] = stem
    return stems


def natural_stem(shown: str) -> str:
    """A shown name without its extension: the id stem it claims (id_stems)."""
    return shown[:-4] if shown[-4:].lower() == ".txt" and len(shown) > 4 else PurePath(shown).stem


def decode_page(data: bytes) -> tuple[str, str | None]:
    """Bytes -> NFC text with LF line ends and look-alike letters made Vietnamese ("Ð" -> "Đ"), and a warning
    if a fallback was used.

    UTF-8 (BOM or not) is the norm and UTF-16 with a BOM is accepted. Anything else is
    read as Windows-1258: the one legacy encoding of Vietnamese pages Python knows,
    whose tone marks are combining characters that NFC composes into the usual letters.
    Raises ValueError with a one-line reason when the bytes are not text.
    """
    warning = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("broken UTF-16 text") from None
        if "\x00" in text:
            raise ValueError("binary file (contains NUL characters)")
    elif b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    else:
        text, warning = _decode_8bit(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_CLEANUP.search(text):
        text = text.translate(_TEXT_CLEANUP)
    return standard_letters(unicodedata.normalize("NFC", text)), warning


def _decode_8bit(data: bytes) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes (a page cut mid-letter) stays UTF-8: read as
    # Windows-1258, every Vietnamese letter of it would turn into two wrong ones.
    lenient = data.decode("utf-8-sig", "replace")
    replaced = lenient.count("\ufffd") - data.decode("utf-8-sig", "ignore").count("\ufffd")
    letters = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if letters > replaced:
        return lenient, f"loaded, but {replaced} invalid UTF-8 sequence(s) show as \ufffd"
    try:
        return data.decode(FALLBACK_ENCODING), "loaded, but not UTF-8: decoded as Windows-1258"
    except UnicodeDecodeError:
        raise ValueError("not text: neither UTF-8 nor Windows-1258") from None


def read_page(path: Path, *, follow_links_outside: bool = False) -> tuple[RawPage | None, Problem | None]:
    """Read one file; a page, a problem, or both (page loaded with a warning).

    A link is followed only when it ends inside the page's folder, unless
    `follow_links_outside`: a downloaded folder holding `k.txt -> ~/.ssh/id_rsa` must
    not make `reader export` copy that file into its output.
    """
    name = display_name(path.name)
    if name != path.name and (path.parent / name).exists():
        return None, Problem(name, "skipped: another file has the same name (differently encoded)")
    folder = None if follow_links_outside else os.path.realpath(path.parent)
    try:
        if folder is not None and path.is_symlink():
            _check_inside(os.path.realpath(path), folder)  # before opening: opening a device can act
        data = _read_regular_file(path, folder)
        text, warning = decode_page(data)
    except UnreadableError as err:
        return None, Problem(name, str(err))
    except ValueError as err:
        return None, Problem(name, f"skipped: {err}")
    if not text.strip():
        return None, Problem(name, "skipped: empty file" if not data else "skipped: blank (only whitespace)")
    page = RawPage(file=name, path=path, text=text)
    return page, (Problem(name, warning) if warning else None)


def _check_inside(target: str, folder: str) -> None:
    if os.path.commonpath([target, folder]) != folder:
        raise ValueError(f"link leaves the folder (to {display_name(target)})")


def _read_regular_file(path: Path, folder: str | None = None) -> bytes:
    """The bytes of a regular file of at most MAX_PAGE_BYTES; ValueError with the reason otherwise.

    O_NONBLOCK: opening a FIFO named *.txt would otherwise wait forever for a writer.
    With a `folder`, the file opened must lie inside it: on Linux this is checked again on
    the open file, so a link swapped after the first check is caught too.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise UnreadableError(f"cannot read: {os_reason(err)}") from None
    try:
        if folder is not None and os.path.islink(f"/proc/self/fd/{fd}"):
            _check_inside(os.readlink(f"/proc/self/fd/{fd}"), folder)
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ValueError("a folder, not a page")
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        _check_size(info.st_size)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_PAGE_BYTES + 1)  # +1: a file that grew since fstat is caught too
    except OSError as err:
        raise UnreadableError(f"cannot read: {os_reason(err)}") from None
    finally:
        os.close(fd)
    _check_size(len(data))
    return data


def _check_size(size: int) -> None:
    if size > MAX_PAGE_BYTES:
        raise ValueError(f"too large ({size / 2**20:.1f} MB; pages over {MAX_PAGE_BYTES // 2**20} MB are skipped)")


def _folder_entries(folder: Path, *, first_only: bool = False) -> list[str]:
    """The folder's names, or with `first_only` at most one of them: enough to know it can be read."""
    try:
        info = folder.stat()
    except FileNotFoundError:
        raise FolderError(f"{display_name(str(folder))}: no such folder") from None
    except OSError as err:
        raise FolderError(f"{display_name(str(folder))}: cannot open the folder: {os_reason(err)}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise FolderError(f"{display_name(str(folder))}: not a folder")
    try:
        if first_only:
            with os.scandir(folder) as entries:
                return [entry.name for entry in itertools.islice(entries, 1)]
        return os.listdir(folder)
    except OSError as err:
        raise FolderError(f"{display_name(str(folder))}: cannot read the folder: {os_reason(err)}") from None


def os_reason(err: OSError) -> str:
    """An OSError as a few lowercase words ("permission denied")."""
    return (err.strerror or type(err).__name__).lower()
