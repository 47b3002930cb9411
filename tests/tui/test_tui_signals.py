"""A real `reader` under a pseudo-terminal: signals and keys end it with the terminal restored.

The app leaves the alternate screen, turns mouse reporting off and shows the cursor
again on any way out; these tests read what it wrote to the terminal to check it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
MOUSE_OFF = (b"\x1b[?1000l", b"\x1b[?1003l", b"\x1b[?1006l")
SHOW_CURSOR = b"\x1b[?25h"
ENTER_ALTERNATE_SCREEN = b"\x1b[?1049h"
PATIENCE_S = 5.0  # what "at once" may take on a 2-core machine running other suites (quiet: well under 1 s)


class Terminal:
    """`reader` started on a pty of 100x30, in a session of its own.

    The app inherits the pty's descriptors: it is not its controlling terminal, so closing the
    master sends it no SIGHUP.
    """

    def __init__(self, folder: Path, tmp: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "READER_STATE_DIR": str(tmp / "state"),
               "TEXTUAL_ANIMATIONS": "none"}
        env.pop("TEXTUAL_DRIVER", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reader", "--seeds", str(folder)], cwd=tmp, env=env,
            stdin=slave, stdout=slave, stderr=slave, start_new_session=True, close_fds=True)
        os.close(slave)
        self.output = b""

    def read_until(self, marker: bytes, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while marker not in self.output:
            if time.monotonic() > deadline:
                raise AssertionError(f"{marker!r} never came; got {self.output[-500:]!r}")
            self._read(0.1)

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the last writer closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

    def finish(self, timeout: float) -> tuple[int, bytes, float]:
        """Read to the end: the exit status, everything written, how long the exit took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout and self._read(0.05):
            if self.process.poll() is not None:
                while self._read(0.05) and select.select([self.master], [], [], 0)[0]:
                    pass
                break
        status = self.process.wait(timeout=max(timeout - (time.monotonic() - started), 0.1))
        took = time.monotonic() - started
        os.close(self.master)
        self.master = -1
        return status, self.output, took

    def hang_up(self) -> None:
        """Close the terminal's master side, as a window closed under the app would, without a signal.

        The app does not hold the pty as its controlling terminal (it inherited the descriptors),
        so no SIGHUP comes: it has to notice by itself.
        """
        os.close(self.master)
        self.master = -1

    def end(self) -> None:
        """Kill what is left of the app's session and close the terminal: a failed test leaks nothing."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def left_behind(self) -> list[int]:
        """Processes still in the app's session (its parse workers, had it left any)."""
        left = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and int(entry.name) != self.process.pid:
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                # fields[3] is the session id (the app started its own); a zombie has exited already,
                # its parent gone, and waits only for init to reap it.
                if int(fields[3]) == self.process.pid and fields[0] != "Z":
                    left.append(int(entry.name))
        return left


def _assert_restored(output: bytes) -> None:
    last_entry = output.rfind(ENTER_ALTERNATE_SCREEN)
    assert last_entry >= 0, output[-300:]
    tail = output[last_entry:]
    for sequence in (LEAVE_ALTERNATE_SCREEN, *MOUSE_OFF, SHOW_CURSOR):
        assert sequence in tail, (sequence, tail[-300:])
    assert b"Traceback" not in output


Start = Callable[[Path], Terminal]


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Start]:
    """Start `reader` on a folder under a pty; whatever the test's outcome, it is ended afterwards."""
    started: list[Terminal] = []

    def launch(folder: Path) -> Terminal:
        started.append(Terminal(folder, tmp_path))
        return started[-1]

    yield launch
    for terminal in started:
        terminal.end()


@pytest.fixture
def hostile_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for source, name in zip(sorted(SEEDS.glob("*.txt")), ("[link=https:evil.example]x.txt",
                                                         "[link='http:\\\\evil.example']y.txt",
                                                         "[@click=app.quit]z.txt"), strict=False):
        shutil.copy(source, folder / name)
    (folder / "[link=https:evil.example]e.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)])
def test_a_signal_ends_the_app_with_the_terminal_restored(start: Start, signum: int, status: int) -> None:
    terminal = start(SEEDS)
    terminal.read_until(b"Articles (")
    os.kill(terminal.process.pid, signum)
    code, output, took = terminal.finish(timeout=10)
    assert code == status
    _assert_restored(output)
    assert took < PATIENCE_S


def test_a_terminal_closed_without_a_signal_ends_the_app(start: Start) -> None:
    """Closed under it with no SIGHUP, the app notices within its poll and ends as on a hangup."""
    terminal = start(SEEDS)
    terminal.read_until(b"Articles (")
    terminal.hang_up()
    assert terminal.process.wait(timeout=15) == 128 + signal.SIGHUP


def test_ctrl_c_quits_like_q_with_status_0(start: Start) -> None:
    terminal = start(SEEDS)
    terminal.read_until(b"Articles (")
    os.write(terminal.master, b"\x03")
    code, output, _took = terminal.finish(timeout=10)
    assert code == 0
    _assert_restored(output)


def test_sigterm_while_the_folder_is_parsed_ends_at_once_and_leaves_no_process(start: Start, tmp_path: Path) -> None:
    """The app does not wait for the parse it started, and its parse workers leave with it."""
    folder = tmp_path / "many"
    folder.mkdir()
    pages = sorted(SEEDS.glob("*.txt"))
    for n in range(150):  # past the count that starts parse workers
        shutil.copy(pages[n % len(pages)], folder / f"{n:03}.txt")
    terminal = start(folder)
    terminal.read_until(b"Reading")
    os.kill(terminal.process.pid, signal.SIGTERM)
    code, output, took = terminal.finish(timeout=10)
    assert code == 143
    _assert_restored(output)
    assert took < PATIENCE_S
    deadline = time.monotonic() + PATIENCE_S
    while terminal.left_behind() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert terminal.left_behind() == []


def test_hostile_names_send_no_link_to_the_terminal(start: Start, hostile_seeds: Path) -> None:
    terminal = start(hostile_seeds)
    terminal.read_until(b"Articles (")
    terminal.read_until(b"e.txt")  # the notification of the empty file
    os.write(terminal.master, b"jjq")
    code, output, _took = terminal.finish(timeout=10)
    assert code == 0
    assert b"\x1b]8;" not in output  # no OSC 8 hyperlink
    assert b"[link=https:evil.example]e.txt" in output
    _assert_restored(output)
