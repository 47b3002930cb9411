"""Worker processes that never outlive the call that started them.

Why not ProcessPoolExecutor: a SIGTERM to `reader export` left its workers and their
queues behind (holding stdout open, so `reader export | wc -l` never ended, and
"leaked semaphore" warnings at exit), and shutting it down waits for the running
chunks. Here each worker talks to this process over its own pipe (no semaphores, so
nothing for the resource tracker to warn about), and whatever ends the call, a result,
an error, a signal turned into an exception, the workers are told to go (the shared
`alive` pipe closes), then killed if they linger. A worker of a process killed with -9
sees the same pipe close and exits at once too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from multiprocessing import forkserver, resource_tracker
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

Chunk = TypeVar("Chunk")
STOP_GRACE_S = 1.0  # how long a worker told to go may take before it is killed
# Held back while a worker starts, and delivered right after; SIGINT also while the forkserver is spawned.
STARTING_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


class WorkerFailed(Exception):
    """A worker died or raised; the caller may do the work in this process instead."""


def run_in_workers(function: Callable[[Chunk], Any], chunks: Sequence[Chunk], count: int, *,
                   initializer: Callable[..., None], initargs: tuple[Any, ...]) -> Generator[Any, None, None]:
    """`function(chunk)` for each chunk, computed by `count` worker processes, yielded in chunk order
    as soon as each (and every one before it) is done, so the caller can keep each result at once.

    `function` and `initializer` must be module-level (they are pickled by name);
    `initializer(*initargs)` runs once in each worker. A generator: the workers start at the
    first `next()` and are gone when it ends, raises or is closed, so a caller that may stop
    early closes it (`contextlib.closing`). Raises WorkerFailed, or OSError when no process can
    be started; any exception raised in this thread meanwhile (KeyboardInterrupt, a signal
    handler's) propagates after the workers are gone.
    """
    # forkserver: workers are forked from a clean single-threaded server, which is safe even when
    # the caller runs in a thread of the TUI (plain fork of a threaded process can deadlock).
    # No preload: the server is then ready within milliseconds (so holding signals while a worker
    # starts costs nothing), and the workers import the parser side by side, in the same wall time.
    context = multiprocessing.get_context("forkserver")
    alive_reader, alive_writer = context.Pipe(duplex=False)  # only this process ever holds the writer
    workers: list[tuple[BaseProcess, Connection]] = []
    try:
        _start_forkserver()
        for _ in range(count):
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, alive_reader, function, initializer, initargs),
                                      daemon=True)  # daemon: multiprocessing terminates it at exit, too
            with _signals_held(STARTING_SIGNALS):  # a start cut in two leaves a child that prints a traceback
                process.start()
            theirs.close()
            workers.append((process, mine))
        yield from _distribute(workers, chunks)
    finally:
        alive_writer.close()  # every worker's watcher sees the end of the pipe and exits
        alive_reader.close()
        _stop(workers)


def _distribute(workers: list[tuple[BaseProcess, Connection]], chunks: Sequence[Chunk]) -> Iterator[Any]:
    """Hand the chunks out one at a time to whichever worker is free; yield the results in chunk order.

    A worker is given its next chunk as soon as its result comes, before the result is yielded,
    so the workers go on while the caller uses it.
    """
    arrived: dict[int, Any] = {}  # results that came before one of an earlier chunk
    following = 0  # the index of the next result to yield
    waiting = iter(range(len(chunks)))
    busy: dict[Connection, int] = {}

    def feed(connection: Connection) -> None:
        index = next(waiting, None)
        if index is not None:
            connection.send(chunks[index])
            busy[connection] = index

    for _, connection in workers:
        feed(connection)
    sentinels = {process.sentinel for process, _ in workers}
    while busy:
        for ready in wait([*busy, *sentinels]):
            if not isinstance(ready, Connection):  # a process sentinel: the worker ended
                raise WorkerFailed("a worker process died")
            try:
                succeeded, value = ready.recv()
            except (EOFError, OSError):
                raise WorkerFailed("a worker process died") from None
            if not succeeded:
                raise WorkerFailed(value)
            arrived[busy.pop(ready)] = value
            feed(ready)
        while following in arrived:
            yield arrived.pop(following)
            following += 1


def _stop(workers: list[tuple[BaseProcess, Connection]]) -> None:
    """Wait a moment for the workers to leave, kill the ones that do not, and release them."""
    deadline = time.monotonic() + STOP_GRACE_S
    for process, connection in workers:
        connection.close()
        process.join(max(0.0, deadline - time.monotonic()))
        if process.exitcode is None:
            process.kill()
            process.join()
        process.close()


def _start_forkserver() -> None:
    """Start the forkserver (and the resource tracker it needs) with SIGINT blocked.

    Both inherit the blocked signal, and so does every worker forked from the server:
    Ctrl+C, which the terminal sends to every process of the group, never raises a
    KeyboardInterrupt (and prints its traceback) in a worker that is still starting;
    this process gets it as soon as the spawn is done (a fork and an exec, milliseconds).

    The tracker hands `sys.stderr.fileno()` to its process; inside the Textual app,
    sys.stderr is a capture object whose fileno() is -1, and the start fails with
    "bad value(s) in fds_to_keep": it is then started against the real stderr.
    """
    try:
        stderr_usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        stderr_usable = True  # the tracker copes with a stderr that has no file descriptor at all
    if stderr_usable or sys.__stderr__ is None:
        _start_tracker_then_forkserver()
    else:
        with contextlib.redirect_stderr(sys.__stderr__):
            _start_tracker_then_forkserver()


def _start_tracker_then_forkserver() -> None:
    """The tracker first: its own start blocks SIGINT and then *unblocks* it (it does not restore
    the mask), so started inside our block it would leave the forkserver's start unprotected."""
    resource_tracker.ensure_running()
    with _signals_held({signal.SIGINT}):
        forkserver.ensure_running()  # finds the tracker running and leaves the mask alone


@contextlib.contextmanager
def _signals_held(signals: Iterable[int]) -> Iterator[None]:
    """Block the signals in this thread meanwhile; one that came is delivered when the block ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _serve(tasks: Connection, alive: Connection, function: Callable[[Chunk], Any],
           initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """A worker's life: take a chunk, send back (True, result) or (False, why), until told to go."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl+C means
    _drop_stdout()
    threading.Thread(target=_exit_when_closed, args=(alive,), daemon=True).start()
    try:
        initializer(*initargs)
    except Exception as err:
        _send(tasks, (False, f"worker start failed: {type(err).__name__}: {err}"))
        return
    while True:
        try:
            chunk = tasks.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = (True, function(chunk))
        except Exception as err:  # reported to the parent, which does the work again itself and sees the bug
            outcome = (False, f"{type(err).__name__}: {err}")
        if not _send(tasks, outcome):
            return


def _send(tasks: Connection, outcome: tuple[bool, Any]) -> bool:
    try:
        tasks.send(outcome)
    except OSError:  # the parent is gone
        return False
    return True


def _drop_stdout() -> None:
    """Point the worker's stdout at /dev/null: it never writes the export, and holding the
    pipe open would keep `reader export | wc -l` waiting after `reader` itself is gone."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
    finally:
        os.close(devnull)


def _exit_when_closed(alive: Connection) -> None:
    """Exit the worker as soon as its parent closes the `alive` pipe or dies (even of kill -9)."""
    with contextlib.suppress(EOFError, OSError):
        alive.recv_bytes()
    os._exit(0)
