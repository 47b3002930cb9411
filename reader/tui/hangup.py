"""Notice a terminal that went away without sending a hangup signal.

A terminal is closed under a process that does not hold it as its controlling terminal
(a pty handed down by a harness or another program) without any SIGHUP; Textual's input
thread then reads end-of-file for ever and the app spins, unseen, until killed. The app
asks its terminal once a second whether it is still there, and ends as on a hangup.
"""

from __future__ import annotations

import errno
import termios

POLL_SECONDS = 1.0


def hung_up(fd: int) -> bool:
    """True once the terminal behind `fd` is gone: reading its attributes fails with EIO.

    Anything else that is not a terminal (/dev/null, a pipe) fails with ENOTTY instead and
    is never taken for a hangup.
    """
    try:
        termios.tcgetattr(fd)
    except termios.error as err:
        return bool(err.args) and err.args[0] == errno.EIO
    return False
