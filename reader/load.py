"""Folder -> RawPage list plus one Problem per file that could not be read.

Reading never writes: no temporary files, no renames, nothing in the folder.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.model import Problem, RawPage

MAX_PAGE_BYTES = 16 * 1024 * 1024  # a scraped page is ~10 KB; past this it is not a page
FALLBACK_ENCODING = "cp1258"  # Windows-1258, the legacy Vietnamese code page


class FolderError(Exception):
    """The folder itself cannot be read; phrased as one line for the user."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    pages: tuple[RawPage, ...]
    problems: tuple[Problem, ...]


def list_page_files(folder: Path) -> list[Path]:
    """The *.txt files of a folder, sorted by name; raise FolderError if unreadable."""
    if not folder.exists():
        raise FolderError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise FolderError(f"{folder}: not a folder")
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        raise FolderError(f"{folder}: cannot read the folder: {os_reason(err)}") from None
    return [p for p in entries if p.name.lower().endswith(".txt")]


def decode_page(data: bytes) -> tuple[str, str | None]:
    """Bytes -> NFC text with LF line ends, and a warning if a fallback was used.

    Raises ValueError with a one-line reason when the bytes are not text.
    """
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    warning = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError:
            raise ValueError("not UTF-8 nor Windows-1258 text") from None
        warning = "not UTF-8; decoded as Windows-1258"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), warning


def read_page(path: Path) -> tuple[RawPage | None, Problem | None]:
    """Read one file; a page, a problem, or both (page loaded with a warning)."""
    try:
        if path.is_dir():
            return None, Problem(path.name, "is a folder, not a page")
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            limit = MAX_PAGE_BYTES // (1024 * 1024)
            return None, Problem(path.name, f"too large ({size / 1024 / 1024:.1f} MB; pages over {limit} MB are skipped)")
        data = path.read_bytes()
    except OSError as err:
        return None, Problem(path.name, f"cannot read: {os_reason(err)}")
    try:
        text, warning = decode_page(data)
    except ValueError as err:
        return None, Problem(path.name, f"skipped: {err}")
    page = RawPage(file=path.name, path=path, text=text)
    return page, (Problem(path.name, warning) if warning else None)


def load_folder(folder: Path) -> LoadResult:
    """Every readable page of the folder, in name order, and what was skipped."""
    pages: list[RawPage] = []
    problems: list[Problem] = []
    for path in list_page_files(folder):
        page, problem = read_page(path)
        if page is not None:
            pages.append(page)
        if problem is not None:
            problems.append(problem)
    return LoadResult(tuple(pages), tuple(problems))


def os_reason(err: OSError) -> str:
    """An OSError as a few lowercase words ("permission denied")."""
    return (err.strerror or type(err).__name__).lower()
