"""The core never imports Textual: loading, cleaning, extraction, search and export
stay usable (and fast to import) without the UI.

The layering itself is import-linter's contracts in pyproject.toml (run by CI); these tests
keep the contracts' list of core modules whole and check the rule at run time too.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import reader

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
CORE = tuple(CONTRACTS[0]["source_modules"])


def test_every_module_but_the_ui_is_held_to_the_core_contract() -> None:
    """A new module (reader/store/, say) is core unless it is under reader/tui/: list it in pyproject.toml."""
    package = Path(reader.__file__).parent
    modules = {f"reader.{path.stem if path.is_file() else path.name}" for path in package.iterdir()
               if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").is_file()}
    assert sorted(modules - {"reader.tui"}) == sorted(CORE)


def test_the_import_contracts_hold() -> None:
    lint = pytest.importorskip("importlinter.cli")
    assert lint.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_core_modules_do_not_import_textual() -> None:
    modules = [m.name for m in pkgutil.walk_packages(reader.__path__, "reader.")
               if m.name.split(".")[1] not in ("tui", "__main__")]  # every core module, submodules too
    code = (f"import sys; import {', '.join(modules)}; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_export_runs_without_textual_loaded(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề bài báo\nNgày 7/1, Ngoại trưởng Mỹ Antony Blinken tới Tokyo.\n",
                                    encoding="utf-8")
    code = ("import sys; from reader.cli import main; "
            f"main(['export', '--no-cache', '--seeds', {str(tmp_path)!r}]); "
            "print('textual' in sys.modules, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr.strip().splitlines()[-1] == "False"
    assert '"title": "Tiêu đề bài báo"' in result.stdout
