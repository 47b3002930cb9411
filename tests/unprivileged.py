"""Run commands as root without root's power to ignore file permissions.

Tests often run as root (containers, CI), and root reads a chmod 000 file. Under
`setpriv` with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped, the kernel checks
permissions as for anyone else; without setpriv the permission tests skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


def drop_root_file_powers() -> list[str]:
    """A command prefix under which root obeys file permissions (empty when not root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    drop = [setpriv or "setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]
    if setpriv is None or subprocess.run([*drop, "true"], capture_output=True, check=False).returncode:
        pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE: root reads any file")
    return drop
