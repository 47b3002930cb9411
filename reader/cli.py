"""`reader` and `reader export`: argument parsing, exit codes, one-line errors.

Exit status: 0 done (also when the reader of the export's pipe left early), 1 the export
could not be written or an internal error (one line, the traceback in a crash report),
2 the folder or the config cannot be used, 129 / 130 / 143 ended by SIGHUP / SIGINT / SIGTERM.
No traceback reaches the user: problems are printed as `reader: <what>`.

Only the standard library is imported at the top: the rest (YAML, the parser, Textual) is
imported inside main(), once the signals are handled, so a Ctrl+C in the first half second
ends `reader` as quietly as a Ctrl+C at any later time.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import stat
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from reader.config import Config
    from reader.corpus import Progress

EXIT_FAILURE = 1
EXIT_USAGE = 2
FORMATS = ("jsonl", "markdown")
# Ended by one of these, the export stops, its workers are gone, and the exit status is 128 + the signal.
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(BaseException):
    """A signal ended the work. A BaseException, so that no `except Exception` on the way swallows it."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class OutputError(Exception):
    """The export could not be written (disk full, standard output closed); one line for the user."""


class _Signals:
    """Turns the first ending signal into Interrupted in the main thread, then ignores the rest
    (a second Ctrl+C must not cut short the cleanup the first one started)."""

    def __init__(self) -> None:
        self.previous: dict[int, Any] = {}
        self.done = False  # set once main() is returning: a late signal changes nothing then
        self.reader_left = False  # set by the pipe watcher: the interruption is a quiet one

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # signal handlers can only be set from the main thread; callers there keep theirs
        for signum in ENDING_SIGNALS:
            self.previous[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        self.previous.clear()

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.done:
            return
        for other in ENDING_SIGNALS:
            signal.signal(other, signal.SIG_IGN)
        raise Interrupted(0 if self.reader_left else 128 + signum)


def _say(line: str) -> None:
    """One line on stderr; nothing if stderr is closed or full (there is nowhere else to say it)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(line, file=sys.stderr)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", metavar="DIR",
                        help="folder of raw pages (default: `seeds` of config.yaml)")
    parser.add_argument("--config", metavar="FILE",
                        help="config file (default: ./config.yaml if present)")
    parser.add_argument("--no-cache", dest="use_cache", action="store_false",
                        help="parse every page again, without reading or writing the corpus database")


def make_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="reader", description="Read Vietnamese diplomatic news with dates and officials picked out.")
    _common(parser)
    sub = parser.add_subparsers(dest="command")
    # SUPPRESS: an option left out after `export` keeps the value given before it (`reader --no-cache export`).
    export = sub.add_parser("export", help="write the cleaned corpus as JSON Lines (or Markdown) on standard output",
                            argument_default=argparse.SUPPRESS)
    _common(export)
    export.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="jsonl (the spec's records, the default) or markdown (for reading or pasting)")
    export.add_argument("--id", dest="ids", action="append", default=[], metavar="ID",
                        help="export only this article (repeat for several; they come in the order given)")
    return parser


def _path_argument(option: str, value: str | None) -> Path | None:
    """An option's path; an empty one is refused (Path('') is the current folder, never what was meant)."""
    from reader.config import ConfigError

    if value is None:
        return None
    if not value.strip() or "\0" in value:
        raise ConfigError(f"{option}: expected a path, got {value!r}")
    return Path(value)


def resolve(args: argparse.Namespace) -> tuple[Config, Path]:
    """The config in force and the folder to read; raise ConfigError/FolderError."""
    from reader.config import ConfigError, find_config, load_config
    from reader.load import FolderError, check_folder

    seeds = _path_argument("--seeds", args.seeds)
    config = load_config(find_config(_path_argument("--config", args.config)))
    if seeds is not None:
        check_folder(seeds)
        return config, seeds
    try:
        check_folder(config.seeds)  # here, so that a bad folder is reported before the app starts
    except FolderError as err:
        if config.seeds_from_config:
            raise ConfigError(f"{config.path}: seeds: {err}") from None
        raise
    return config, config.seeds


def run_export(config: Config, folder: Path, use_cache: bool = True, *, output: str = "jsonl",
               ids: Sequence[str] = ()) -> int:
    from reader.config import ConfigError
    from reader.corpus import stream_corpus
    from reader.export import write_jsonl
    from reader.load import os_reason
    from reader.markdown import write_markdown

    if sys.stdout is None:  # started with stdout closed (`>&-`): say so before parsing anything
        raise OutputError("standard output is closed")
    with _progress_bar() as progress:  # a page at a time from the store, once the folder is parsed
        problems, articles = stream_corpus(folder, config, use_cache=use_cache, progress=progress)
    for problem in problems:
        _say(f"reader: {problem}")
    if ids:
        wanted = dict.fromkeys(ids)
        by_id = {article.id: article for article in articles if article.id in wanted}
        missing = [article_id for article_id in wanted if article_id not in by_id]
        if missing:
            raise ConfigError(f"--id: no article {', '.join(map(repr, missing))} in {folder}")
        articles = iter(tuple(by_id[article_id] for article_id in wanted))
    try:
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")  # JSON Lines is UTF-8 whatever the locale says
        (write_markdown if output == "markdown" else write_jsonl)(articles, sys.stdout)
        sys.stdout.flush()  # a closed pipe or a full disk fails here, inside main(), not in Python's exit
    except BrokenPipeError:
        raise Interrupted(0) from None  # the reader of our output left (`| head`): stop quietly
    except OSError as err:
        raise OutputError(os_reason(err)) from None
    return 0


@contextlib.contextmanager
def _progress_bar() -> Iterator[Progress | None]:
    """Rich's progress bar on stderr while pages are parsed, when stderr is a terminal; else nothing,
    so a script or a log reading stderr sees only the problem lines."""
    if sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("Parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"), TimeRemainingColumn())
    bar = Progress(*columns, console=Console(stderr=True), transient=True,
                   redirect_stdout=False, redirect_stderr=False)  # stdout is the export's: leave it alone
    task = bar.add_task("parse")

    def update(done: int, total: int) -> None:
        bar.start()  # at the first page to parse: a folder read from the store shows no bar at all
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        bar.stop()


def run_app(config: Config, folder: Path, use_cache: bool = True) -> int:
    from reader.tui.app import run  # Textual is imported only when the app starts

    return run(config, folder, use_cache=use_cache)


def main(argv: Sequence[str] | None = None) -> int:
    signals = _Signals()
    signals.install()
    status = 130
    interrupted = True
    # The except clauses call nothing, so no signal handler can run (and raise) inside them.
    try:
        status = _main(argv, signals)
        interrupted = False
    except Interrupted as stop:
        status = stop.status
    except KeyboardInterrupt:  # a SIGINT while another handler was in force (a caller off the main thread)
        pass
    finally:
        signals.done = True
        signals.restore()
    if interrupted:
        _silence_stdout()  # what is still buffered goes nowhere, and Python's last flush cannot fail
    return status


def _main(argv: Sequence[str] | None, signals: _Signals) -> int:
    from reader.config import ConfigError
    from reader.crashlog import report_crash
    from reader.load import FolderError

    args = make_parser().parse_args(argv)
    try:
        config, folder = resolve(args)
        if args.command == "export":
            with _watch_reader(signals):
                return run_export(config, folder, args.use_cache, output=args.format, ids=args.ids)
        signals.restore()  # the app handles its own signals
        return run_app(config, folder, args.use_cache)
    except (ConfigError, FolderError) as err:
        _say(f"reader: {err}")
        return EXIT_USAGE
    except OutputError as err:
        _say(f"reader: cannot write the export: {err}")
        _silence_stdout()
        return EXIT_FAILURE
    except Exception as err:  # a bug: one line here, the traceback in the crash report
        _say(f"reader: {report_crash(err)}")
        return EXIT_FAILURE


@contextlib.contextmanager
def _watch_reader(signals: _Signals) -> Iterator[None]:
    """While the export runs, end it quietly as soon as the reader of its pipe goes away.

    Without this, `reader export | true` would parse the whole folder before its first
    write fails. A pipe whose reader left polls as POLLERR; the watcher then interrupts
    the main thread with a signal, which also breaks it out of any wait.
    """
    try:
        mode = os.fstat(sys.stdout.fileno()).st_mode if sys.stdout is not None else 0
    except (OSError, ValueError, AttributeError):
        mode = 0
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)) or not signals.previous:
        yield
        return
    wake_reader, wake_writer = os.pipe()
    watched = select.poll()
    watched.register(sys.stdout.fileno(), 0)  # only POLLERR / POLLHUP, which poll always reports
    watched.register(wake_reader, select.POLLIN)
    main_thread = threading.main_thread().ident

    def watch() -> None:
        events = dict(watched.poll())
        if wake_reader not in events and main_thread is not None:
            signals.reader_left = True
            signal.pthread_kill(main_thread, signal.SIGINT)

    watcher = threading.Thread(target=watch, name="reader-pipe-watcher", daemon=True)
    # Started with the ending signals blocked, which it keeps: a signal sent to the process then
    # always lands in the main thread, so that the main thread's own blocks are respected.
    unblocked = signal.pthread_sigmask(signal.SIG_BLOCK, ENDING_SIGNALS)
    try:
        watcher.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)
    try:
        yield
    finally:
        os.write(wake_writer, b"x")
        watcher.join()
        os.close(wake_writer)
        os.close(wake_reader)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit does not fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
