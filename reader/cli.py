"""`reader` and `reader export`: argument parsing, exit codes, one-line errors.

Exit status: 0 on success, 2 when the folder or the config cannot be used.
No traceback reaches the user: problems are printed as `reader: <what>`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.config import Config, ConfigError, find_config, load_config
from reader.corpus import build_corpus
from reader.export import write_jsonl
from reader.load import FolderError, check_folder

EXIT_USAGE = 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", type=Path, metavar="DIR",
                        help="folder of raw pages (default: `seeds` of config.yaml)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="config file (default: ./config.yaml if present)")
    parser.add_argument("--no-cache", dest="use_cache", action="store_false",
                        help="parse every page again, without reading or writing the parse cache")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader", description="Read Vietnamese diplomatic news with dates and officials picked out.")
    _common(parser)
    sub = parser.add_subparsers(dest="command")
    # SUPPRESS: an option left out after `export` keeps the value given before it (`reader --no-cache export`).
    export = sub.add_parser("export", help="write the cleaned corpus as JSON Lines on standard output",
                            argument_default=argparse.SUPPRESS)
    _common(export)
    return parser


def resolve(args: argparse.Namespace) -> tuple[Config, Path]:
    """The config in force and the folder to read; raise ConfigError/FolderError."""
    config = load_config(find_config(args.config))
    if args.seeds is not None:
        check_folder(args.seeds)
        return config, args.seeds
    try:
        check_folder(config.seeds)  # here, so that a bad folder is reported before the app starts
    except FolderError as err:
        if config.seeds_from_config:
            raise ConfigError(f"{config.path}: seeds: {err}") from None
        raise
    return config, config.seeds


def run_export(config: Config, folder: Path, use_cache: bool = True) -> int:
    corpus = build_corpus(folder, config, use_cache=use_cache)
    for problem in corpus.problems:
        print(f"reader: {problem}", file=sys.stderr)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")  # JSON Lines is UTF-8 whatever the locale says
    write_jsonl(corpus.articles, sys.stdout)
    sys.stdout.flush()  # a closed pipe fails here, inside main(), not in Python's exit
    return 0


def run_app(config: Config, folder: Path, use_cache: bool = True) -> int:
    from reader.tui.app import run  # Textual is imported only when the app starts

    return run(config, folder, use_cache=use_cache)


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        config, folder = resolve(args)
        if args.command == "export":
            return run_export(config, folder, args.use_cache)
        return run_app(config, folder, args.use_cache)
    except (ConfigError, FolderError) as err:
        print(f"reader: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader of our output left (`| head`): stop quietly, and point stdout at
        # /dev/null so that Python's last flush at exit does not fail a second time.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
