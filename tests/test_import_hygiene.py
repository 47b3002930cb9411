"""The core never imports Textual: loading, cleaning, extraction, search and export
stay usable (and fast to import) without the UI."""

from __future__ import annotations

import subprocess
import sys

CORE = ("reader.cli", "reader.config", "reader.load", "reader.clean", "reader.extract",
        "reader.corpus", "reader.store", "reader.store.corpus_db", "reader.search", "reader.export", "reader.model")


def test_core_modules_do_not_import_textual() -> None:
    code = (f"import sys; import {', '.join(CORE)}; "
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
