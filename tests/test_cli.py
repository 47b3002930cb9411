"""What the command line says when the folder cannot be used: one line, exit 2, no traceback.

Each command runs in a child Python (as a user would run it), which also shows
that `reader` refuses a bad folder before Textual is even imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from unprivileged import drop_root_file_powers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Runs reader's main() and reports on stdout whether Textual got imported on the way.
RUN_MAIN = (
    "import sys\n"
    "from reader.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('textual imported' if 'textual' in sys.modules else 'textual not imported')\n"
    "sys.exit(code)\n"
)
COMMANDS = {"app": [], "export": ["export"]}


def run_reader(args: list[str], cwd: Path, *, unprivileged: bool = False,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    prefix = drop_root_file_powers() if unprivileged else []
    environment = {**os.environ, "READER_CACHE_DIR": str(cwd / "cache"), **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-c", RUN_MAIN, *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", cwd=cwd, env=environment, timeout=60,
                          stdin=subprocess.DEVNULL, check=False)


def assert_one_line_exit_2(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [expected]
    assert "textual not imported" in result.stdout  # refused before the app started


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_folder_is_one_line_and_exit_2(tmp_path, command):
    missing = tmp_path / "no such seeds"
    result = run_reader([*COMMANDS[command], "--seeds", str(missing)], tmp_path)
    assert_one_line_exit_2(result, f"reader: {missing}: no such folder")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_instead_of_a_folder_is_one_line_and_exit_2(tmp_path, command):
    page = tmp_path / "page.txt"
    page.write_text("Tiêu đề\nNội dung.\n", encoding="utf-8")
    result = run_reader([*COMMANDS[command], "--seeds", str(page)], tmp_path)
    assert_one_line_exit_2(result, f"reader: {page}: not a folder")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_below_a_file_is_one_line_and_exit_2(tmp_path, command):
    page = tmp_path / "page.txt"
    page.write_text("Tiêu đề\n", encoding="utf-8")
    result = run_reader([*COMMANDS[command], "--seeds", str(page / "seeds")], tmp_path)
    assert_one_line_exit_2(result, f"reader: {page / 'seeds'}: cannot open the folder: not a directory")


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unreadable_folder_is_one_line_and_exit_2(tmp_path, command):
    folder = tmp_path / "locked"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], folder)
    folder.chmod(0)
    try:
        result = run_reader([*COMMANDS[command], "--seeds", str(folder)], tmp_path, unprivileged=True)
    finally:
        folder.chmod(0o755)
    assert_one_line_exit_2(result, f"reader: {folder}: cannot read the folder: permission denied")


def test_the_default_seeds_folder_missing_is_one_line_and_exit_2(tmp_path):
    """No config.yaml and no --seeds: ./seeds is the folder, and its absence is named."""
    result = run_reader([], tmp_path)
    assert_one_line_exit_2(result, f"reader: {tmp_path / 'seeds'}: no such folder")


def test_export_to_a_closed_pipe_stops_quietly(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for copy in range(6):  # well past a pipe's 64 KB buffer
        for page in SEEDS.glob("*.txt"):
            shutil.copy(page, folder / f"{copy}-{page.name}")
    env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen([sys.executable, "-m", "reader", "export", "--seeds", str(folder)], cwd=tmp_path,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1) == b"{"
    process.stdout.close()  # what `| head -c 1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert stderr == ""


def test_export_is_utf8_and_problems_print_even_in_an_ascii_locale(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], folder)
    (folder / "tin tức trống.txt").write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "reader", "export", "--seeds", str(folder)], cwd=tmp_path,
                            env={**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C",
                                 "READER_CACHE_DIR": str(tmp_path / "cache")},
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert records and "ư" in records[0]["title"] + "".join(b["text"] for b in records[0]["blocks"])
    assert result.stderr.decode("ascii").splitlines() == [r"reader: tin t\u1ee9c tr\u1ed1ng.txt: skipped: empty file"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_disk_is_one_line_and_exit_1(tmp_path):
    env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "reader", "export", "--seeds", str(SEEDS)], cwd=tmp_path,
                                env=env, stdout=full, stderr=subprocess.PIPE, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["reader: cannot write the export: no space left on device"]


def test_export_with_stdout_closed_is_one_line_and_exit_1(tmp_path):
    """`reader export >&-`: said at once, before a page is parsed."""
    env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    shell = shutil.which("sh") or pytest.skip("needs sh to start a command with stdout closed")
    result = subprocess.run([shell, "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "reader", "export", "--seeds",
                             str(SEEDS)], capture_output=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["reader: cannot write the export: standard output is closed"]


def test_a_bug_inside_loading_is_one_line_exit_1_and_a_crash_report(tmp_path, monkeypatch, capsys):
    import reader.corpus
    from reader.cli import main

    def planted(*_: object) -> None:
        raise RuntimeError("planted fault\nover two lines")

    monkeypatch.setattr(reader.corpus, "parse_page", planted)
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["export", "--seeds", str(SEEDS)]) == 1
    captured = capsys.readouterr()
    reports = sorted((tmp_path / "state").glob("crash-*.log"))
    assert len(reports) == 1
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"reader: internal error: RuntimeError: planted fault over two lines (report written to {reports[0]})"]
    report = reports[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in report and "in planted" in report and "planted fault\n" in report


def test_a_crash_report_that_cannot_be_written_still_gives_one_line(tmp_path, monkeypatch, capsys):
    import reader.corpus
    from reader.cli import main

    monkeypatch.setattr(reader.corpus, "parse_page", lambda *_: 1 / 0)
    (tmp_path / "state").write_text("a file where the state dir should be", encoding="utf-8")
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["export", "--seeds", str(SEEDS)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"reader: internal error: ZeroDivisionError: division by zero "
        f"(no report written: {tmp_path / 'state'}: file exists)"]


def _export_with_stderr_on_a_terminal(folder: Path, cwd: Path) -> tuple[int, str, bytes]:
    """`reader export` with stderr on a pseudo-terminal: exit status, the export, what the terminal showed."""
    import pty

    controller, terminal = pty.openpty()
    environment = {**os.environ, "READER_CACHE_DIR": str(cwd / "cache"), "TERM": "xterm-256color"}
    with open(cwd / "export.jsonl", "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "reader", "export", "--seeds", str(folder)], stdout=out,
                                   stderr=terminal, stdin=subprocess.DEVNULL, cwd=cwd, env=environment)
    os.close(terminal)
    shown = b""
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:  # EIO: the child closed its end of the terminal
            break
        if not data:
            break
        shown += data
    os.close(controller)
    return process.wait(timeout=60), (cwd / "export.jsonl").read_text(encoding="utf-8"), shown


def test_export_shows_a_progress_bar_on_a_terminal_and_nothing_otherwise(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    status, export, shown = _export_with_stderr_on_a_terminal(folder, tmp_path)
    assert status == 0
    assert b"Parsing" in shown and b"5/5" in shown and b"pages" in shown
    plain = run_reader(["export", "--seeds", str(folder), "--no-cache"], tmp_path)
    assert (plain.returncode, plain.stderr) == (0, "")
    assert plain.stdout == export + "textual not imported\n"  # the bar went to the terminal only
    status, again, shown = _export_with_stderr_on_a_terminal(folder, tmp_path)
    assert (status, again) == (0, export)
    assert b"Parsing" not in shown  # read from the store: nothing to parse, no bar
