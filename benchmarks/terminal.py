"""The app's start and quit timed in a real terminal: `reader` in a detached tmux session.

    python -m benchmarks.terminal --warm FOLDER ... --cold FOLDER [--repeat 3] [--warm-from DIR]

Why besides the headless figures (benchmarks/app_timing.py): the user sees what reaches a
terminal, through the app's real driver and a real tty, so the first paint is taken from the
screen tmux holds (`capture-pane`), polled until the list's title counts its first article.
Three measures, each in a fresh `reader` process with a private cache and state dir:

- warm start to the first painted list (the folder's store is prepared once, then copied per run);
- cold start to the first article listed (an empty cache dir: the parse has just begun);
- `q` pressed during that cold parse (a second after the first article), until the process exits.

Beside each wall time to the first article, the CPU seconds the `reader` process had used by then
(all its threads, not its parse workers), read from /proc: on a shared machine the wall time waits
for other jobs, the CPU time much less.

`--warm-from DIR` copies the stores in DIR (never written) as the starting point of the warm
store, which is then brought up to date once, so a store made by older code is still warm.
Prints one JSON object on stdout. benchmarks/run.py runs this with `--tmux`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import compile_reader
from reader.store.corpus_db import database_path
from reader.store.sqlite import CACHE_DIR_ENV, STATE_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 40)  # columns, rows: the terminal every run gets
POLL_S = 0.005
TIMEOUT_S = 300.0
QUIT_AFTER_S = 1.0  # how long the cold parse has run, after its first article, when q is pressed
# The list's title counts the articles it shows ("Articles (26,872) · ● …", "Articles 3/50"):
# it is set in the same refresh that draws the first rows.
LISTED = re.compile(r"Articles (\([1-9]|[0-9]+/[1-9])")


class Tmux:
    """A tmux server of our own (its own socket), so no session of the user's is touched."""

    def __init__(self) -> None:
        self.socket = f"reader-bench-{os.getpid()}"
        self.run("new-session", "-d", "-s", "idle", "-x", str(SIZE[0]), "-y", str(SIZE[1]), "sleep 86400")

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], check=True, capture_output=True,
                              text=True).stdout

    def start(self, name: str, command: list[str], env: dict[str, str], cwd: str) -> int:
        """Start `command` in `cwd` as the only process of a new session; its pid."""
        setting = [f"{key}={value}" for key, value in env.items()]
        line = " ".join(_quoted(word) for word in ["exec", "env", *setting, *command])
        self.run("new-session", "-d", "-s", name, "-x", str(SIZE[0]), "-y", str(SIZE[1]), "-c", cwd, line)
        return int(self.run("display-message", "-p", "-t", name, "#{pane_pid}").strip())

    def screen(self, name: str) -> str:
        try:
            return self.run("capture-pane", "-p", "-t", name)
        except subprocess.CalledProcessError:
            return ""  # the session has ended

    def end(self, name: str) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-session", "-t", name], capture_output=True, check=False)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


def _quoted(word: str) -> str:
    return "'" + word.replace("'", "'\"'\"'") + "'"


def alive(pid: int) -> bool:
    """Running, not a zombie the tmux server has yet to reap."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system, all its threads) the process has used so far: the steadier figure on a
    shared machine, where wall time waits for the other jobs."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def wait_listed(tmux: Tmux, name: str, pid: int, started: float) -> tuple[float, float]:
    """Seconds from `started` until the screen shows the list's first article, and the CPU seconds used by then."""
    while time.perf_counter() - started < TIMEOUT_S:
        if LISTED.search(tmux.screen(name)):
            return time.perf_counter() - started, cpu_seconds(pid)
        if not alive(pid):
            raise RuntimeError(f"reader exited before listing an article: {tmux.screen(name)!r}")
        time.sleep(POLL_S)
    raise RuntimeError(f"no article listed after {TIMEOUT_S:.0f} s")


def one_start(tmux: Tmux, folder: Path, cache: Path, *, quit_mid_parse: bool) -> dict[str, float]:
    """Start reader on `folder` with `cache` as its cache dir (and a fresh state dir); time what was asked."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-state-") as state:
        name = f"run-{time.monotonic_ns()}"
        env = {CACHE_DIR_ENV: str(cache), STATE_DIR_ENV: state}
        started = time.perf_counter()
        # In the empty state dir, so that no ./config.yaml is read.
        pid = tmux.start(name, [sys.executable, "-m", "reader", "--seeds", str(folder)], env, state)
        try:
            listed, cpu = wait_listed(tmux, name, pid, started)
            result = {"listed_s": listed, "listed_cpu_s": cpu}
            if quit_mid_parse:
                time.sleep(QUIT_AFTER_S)
                if "Parsing" not in tmux.screen(name):
                    raise RuntimeError("the parse was over before q: use a larger folder")
                pressed = time.perf_counter()
                tmux.run("send-keys", "-t", name, "q")
                while alive(pid):
                    if time.perf_counter() - pressed > TIMEOUT_S:
                        raise RuntimeError("reader did not quit")
                    time.sleep(POLL_S)
                result["quit_s"] = time.perf_counter() - pressed
        finally:
            tmux.end(name)
        return result


def prepare_warm(folder: Path, cache: Path, warm_from: Path | None) -> None:
    """A store of `folder` in `cache` that a start reads without parsing: copied if given, then brought up to date."""
    if warm_from is not None and database_path(folder, warm_from).is_file():
        shutil.copy2(database_path(folder, warm_from), database_path(folder, cache))
    env = dict(os.environ) | {CACHE_DIR_ENV: str(cache), STATE_DIR_ENV: str(cache)}
    subprocess.run([sys.executable, "-m", "benchmarks.stage", "parse", str(folder)], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)


def load_average() -> float:
    return os.getloadavg()[0]


def measure(warm: list[Path], cold: list[Path], repeat: int, warm_from: Path | None) -> dict[str, Any]:
    tmux = Tmux()
    results: dict[str, Any] = {"terminal": f"tmux {'x'.join(map(str, SIZE))}", "load_before": load_average()}
    try:
        with tempfile.TemporaryDirectory(prefix="reader-bench-term-") as scratch:
            for folder in warm:
                pages = sum(1 for _ in folder.glob("*.txt"))
                prepared = Path(scratch) / f"warm-{pages}"
                prepared.mkdir()
                prepare_warm(folder, prepared, warm_from)
                runs, cpus = [], []
                for n in range(repeat):
                    cache = Path(scratch) / f"warm-{pages}-{n}"
                    shutil.copytree(prepared, cache)  # each run its own copy: nothing shared between runs
                    run = one_start(tmux, folder, cache, quit_mid_parse=False)
                    runs.append(run["listed_s"])
                    cpus.append(run["listed_cpu_s"])
                    shutil.rmtree(cache)
                results[f"warm_first_paint_s_{pages}"] = statistics.median(runs)
                results[f"warm_first_paint_runs_{pages}"] = runs
                results[f"warm_first_paint_cpu_runs_{pages}"] = cpus
            for folder in cold:
                pages = sum(1 for _ in folder.glob("*.txt"))
                listed, cpus, quits = [], [], []
                for n in range(repeat):
                    cache = Path(scratch) / f"cold-{pages}-{n}"
                    cache.mkdir()
                    run = one_start(tmux, folder, cache, quit_mid_parse=True)
                    listed.append(run["listed_s"])
                    cpus.append(run["listed_cpu_s"])
                    quits.append(run["quit_s"])
                    shutil.rmtree(cache)
                results |= {f"cold_first_listed_s_{pages}": statistics.median(listed),
                            f"cold_first_listed_runs_{pages}": listed,
                            f"cold_first_listed_cpu_runs_{pages}": cpus,
                            f"quit_mid_parse_s_{pages}": statistics.median(quits),
                            f"quit_mid_parse_runs_{pages}": quits}
    finally:
        tmux.close()
    results["load_after"] = load_average()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="Time reader's start and quit in a real terminal (tmux).")
    parser.add_argument("--warm", type=Path, nargs="*", default=[], help="folders timed on a warm store")
    parser.add_argument("--cold", type=Path, nargs="*", default=[], help="folders timed cold, with q mid-parse")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warm-from", type=Path, help="a cache dir whose stores start the warm one (only read)")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print(json.dumps({"skipped": "tmux is not installed: no figures in a real terminal"}))
        return
    compile_reader()
    warm, cold = [folder.resolve() for folder in args.warm], [folder.resolve() for folder in args.cold]
    print(json.dumps(measure(warm, cold, args.repeat, args.warm_from)))


if __name__ == "__main__":
    main()
