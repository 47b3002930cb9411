"""Crash reports: an unexpected error becomes one line for the user and a file with the traceback.

Why: the CLI promises no traceback on the terminal, yet a bug must still be reportable.
The full report goes to a log file in the user state dir (never the seed folder), and
the user sees one line that says where it is. Both `reader export` and the app's error
screen use `report_crash`, so the line and the file look the same wherever the bug struck.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import traceback
from pathlib import Path

import platformdirs

STATE_DIR_ENV = "READER_STATE_DIR"  # overrides the user state dir (tests, sandboxes)
MAX_MESSAGE_CHARS = 200  # of the error's own message in the one line; the report has it whole


def state_dir() -> Path:
    """$READER_STATE_DIR if set, else the platform's user state dir for `reader`."""
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("reader"))


def describe(error: BaseException) -> str:
    """The error as one short line: its type and the start of its message."""
    message = " ".join(str(error).split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[:MAX_MESSAGE_CHARS - 1] + "…"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def write_report(error: BaseException) -> Path:
    """Write the error's traceback, with what it happened on, to a new file; its path. Raises OSError."""
    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    header = (f"reader crash report, {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}\n"
              f"command: {sys.argv!r}\n"
              f"python: {sys.version.split()[0]} on {platform.platform()}\n\n")
    body = "".join(traceback.format_exception(error))
    # "x": never overwrite; the name is unique to this process and second.
    with path.open("x", encoding="utf-8", errors="backslashreplace") as stream:
        stream.write(header + body)
    return path


def report_crash(error: BaseException) -> str:
    """Write the report and return the one line to show: "internal error: ... (report written to ...)"."""
    try:
        where = f"report written to {write_report(error)}"
    except OSError as err:
        where = f"no report written: {state_dir()}: {(err.strerror or type(err).__name__).lower()}"
    return f"internal error: {describe(error)} ({where})"
