"""hung_up tells a terminal that went away from one still there, and from what never was one."""

from __future__ import annotations

import os
import pty
from pathlib import Path

from reader.tui.hangup import hung_up


def test_a_terminal_is_hung_up_once_its_master_side_is_closed() -> None:
    master, slave = pty.openpty()
    try:
        assert not hung_up(slave)
        os.close(master)
        assert hung_up(slave)
    finally:
        os.close(slave)


def test_what_is_not_a_terminal_is_never_taken_for_a_hangup(tmp_path: Path) -> None:
    with open(os.devnull, "rb") as null, (tmp_path / "f").open("wb") as file:
        assert not hung_up(null.fileno())
        assert not hung_up(file.fileno())
    read, write = os.pipe()
    try:
        assert not hung_up(read)
    finally:
        os.close(read)
        os.close(write)
