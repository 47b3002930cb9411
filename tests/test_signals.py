"""Signals and a vanished pipe reader end a real `reader export` at once, quietly, with no process left.

Each test starts `python -m reader export` on a generated folder big enough to take
seconds to parse in worker processes, interrupts it mid-parse (or while it is still
importing and starting its workers), and checks what a shell pipeline would see: the
reader of stdout gets end-of-file within 2 s, the exit status, nothing on stderr (no
traceback, no "leaked semaphore"), and no process of the export's family still alive
(every process started with the test's marker in its environment is looked for in /proc).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGES = 1000  # a cold parse of this many takes several seconds, so every interruption lands mid-parse
PATIENCE_S = 5.0  # what "at once" may take on a 2-core machine running other suites (quiet: well under 1 s)
pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    seeds = sorted(SEEDS.glob("*.txt"))
    for copy in range(PAGES // len(seeds)):
        for seed in seeds:
            shutil.copyfile(seed, folder / f"{copy:04}_{seed.name}")
    return folder


class Export:
    """A `reader export` child whose every descendant carries a marker in its environment."""

    def __init__(self, folder: Path, tmp_path: Path) -> None:
        self.marker = uuid.uuid4().hex
        env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache"), "READER_STATE_DIR": str(tmp_path / "state"),
               "READER_TEST_MARKER": self.marker}
        command = [sys.executable, "-m", "reader", "export", "--no-cache", "--seeds", str(folder)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        stdin=subprocess.DEVNULL, cwd=tmp_path, env=env)

    def family(self) -> list[int]:
        """The live processes started by this export (itself, forkserver, tracker, workers)."""
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    environ = Path("/proc", entry, "environ").read_bytes()
                except OSError:
                    continue
                if self.marker.encode() in environ:
                    found.append(int(entry))
        return found

    def wait_until(self, ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 30
        while not ready():
            assert self.process.poll() is None, "the export ended before it could be interrupted"
            assert time.monotonic() < deadline, "the export never got there"
            time.sleep(0.005)

    def workers_running(self) -> bool:
        """Every worker has its start behind it: it is importing the parser (a start cut short by
        `kill -9` leaves a half-started child that prints Python's own traceback)."""
        cpus = len(os.sched_getaffinity(0))
        others = [pid for pid in self.family() if pid != self.process.pid]
        return cpus < 2 or sum(self.maps("unicodedata", pid) for pid in others) >= cpus

    def maps(self, name: str, pid: int | None = None) -> bool:
        """Whether a shared object of this name is loaded in the process (the export by default)."""
        try:
            return name in Path(f"/proc/{pid or self.process.pid}/maps").read_text()
        except OSError:
            return False

    def stdout_until_eof(self) -> bytes:
        """What the reader of the pipe gets, failing if end-of-file takes longer than PATIENCE_S."""
        assert self.process.stdout is not None
        data = b""
        deadline = time.monotonic() + PATIENCE_S
        while True:
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"no end-of-file on stdout {PATIENCE_S} s after the interruption"
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                return data
            data += chunk

    def finish(self) -> tuple[int, str]:
        """Exit status and stderr, after checking that no process of the family is left."""
        status = self.process.wait(timeout=PATIENCE_S)
        assert self.process.stderr is not None
        stderr = self.process.stderr.read().decode(errors="replace")
        deadline = time.monotonic() + PATIENCE_S
        while self.family() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self.family() == [], "processes of the export are still alive"
        return status, stderr

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        for pid in self.family():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def start(big_folder: Path, tmp_path: Path):
    started: list[Export] = []

    def start_export() -> Export:
        started.append(Export(big_folder, tmp_path))
        return started[-1]

    yield start_export
    for export in started:
        export.kill()


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGHUP, 129)],
                         ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_mid_parse_ends_the_export_and_every_worker(start, signum, status):
    export = start()
    export.wait_until(export.workers_running)
    os.kill(export.process.pid, signum)
    assert export.stdout_until_eof() == b""  # it was stopped mid-parse, before writing a line
    assert export.finish() == (status, "")


def test_kill_9_mid_parse_leaves_no_worker_behind(start):
    export = start()
    export.wait_until(export.workers_running)
    os.kill(export.process.pid, signal.SIGKILL)
    assert export.stdout_until_eof() == b""
    assert export.finish() == (-signal.SIGKILL, "")


def test_the_pipe_reader_leaving_mid_parse_ends_the_export_quietly(start):
    export = start()
    export.wait_until(export.workers_running)
    assert export.process.stdout is not None
    export.process.stdout.close()  # `reader export | true`
    assert export.finish() == (0, "")


MOMENTS: dict[str, Callable[[Export], bool]] = {
    "imports": lambda export: export.maps("unicodedata"),  # loaded by reader's own imports, not by Python's start
    "forkserver start": lambda export: len(export.family()) >= 2,  # the resource tracker or the forkserver is up
    "workers running": Export.workers_running,
}


@pytest.mark.parametrize("moment", MOMENTS)
def test_ctrl_c_at_any_moment_is_quiet(start, moment):
    """Ctrl+C while `reader` still imports its modules, while its forkserver starts, or once workers parse."""
    export = start()
    export.wait_until(lambda: MOMENTS[moment](export))
    for pid in export.family():  # what a terminal's Ctrl+C does: every process of the group gets it
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGINT)
    assert export.stdout_until_eof() == b""
    assert export.finish() == (130, "")
