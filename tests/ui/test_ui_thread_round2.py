"""What was still done on the UI thread: the first case file's imports, the debt tab's liquidation, hidden panels
re-reading after every save, and older answers shown over newer ones."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services.desk import Desk
from legal_desk.ui import main_window
from legal_desk.ui.main_window import MainWindow
from tests.ui.helpers import make_ctx

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def test_the_case_file_is_imported_in_the_background_once_the_window_is_shown(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first case opened in a session froze the window 0.3-0.8 s importing the case file, its tabs and the
    document engine; later ones took 35-70 ms. The imports are now done in a thread after start-up."""
    name = "warm_up_probe_module"
    (tmp_path / f"{name}.py").write_text(
        "import threading\nIMPORTED_IN = threading.current_thread().name\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(main_window, "WARM_UP_MODULES", (name, "warm_up_missing_module"))
    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 20)
    try:
        window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
        qtbot.addWidget(window)
        qtbot.wait(60)
        assert name not in sys.modules  # not during start-up: only once the window is shown
        window.show()
        qtbot.waitUntil(lambda: name in sys.modules, timeout=10_000)
        thread = window.warm_up_thread
        assert thread is not None
        thread.join(timeout=10)
        assert sys.modules[name].IMPORTED_IN == "legal_desk-warm-up" != threading.current_thread().name
        assert "warm_up_missing_module" not in sys.modules  # a failed import is left for the real one to report
        window.hide()
        window.show()  # shown again: nothing imported twice, no second thread
        qtbot.wait(60)
        assert window.warm_up_thread is thread
    finally:
        sys.modules.pop(name, None)
