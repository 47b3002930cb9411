"""The app's crash report: the full traceback goes to a file in the user state dir, the screen gets one line.

The one place the app writes a report, so that it can follow the CLI's format in one edit.
The state dir is $READER_STATE_DIR when set (tests, sandboxes), never the seed folder.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import traceback
from pathlib import Path

import platformdirs

STATE_DIR_ENV = "READER_STATE_DIR"
MAX_MESSAGE_CHARS = 200  # of the error's message on the screen; the report has it whole


def state_dir() -> Path:
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("reader"))


def report(error: BaseException) -> tuple[str, Path | None, str]:
    """(the error as one line, the report's path or None, why no report could be written)."""
    message = " ".join(str(error).split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[:MAX_MESSAGE_CHARS - 1] + "…"
    line = f"{type(error).__name__}: {message}" if message else type(error).__name__
    try:
        folder = state_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{os.getpid()}.log"
        with path.open("x", encoding="utf-8", errors="backslashreplace") as stream:  # never overwrite
            stream.write(f"reader crash report, {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}\n"
                         f"command: {sys.argv!r}\npython: {sys.version.split()[0]} on {platform.platform()}\n\n"
                         + "".join(traceback.format_exception(error)))
    except OSError as err:
        return line, None, f"{state_dir()}: {(err.strerror or type(err).__name__).lower()}"
    return line, path, ""
