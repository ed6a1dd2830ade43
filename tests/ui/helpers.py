"""Helpers shared by the UI test modules (not fixtures): a user's context, waiting for workers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool

from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings


def make_ctx(desk: Desk, user: str, tmp_path: Path) -> UiContext:
    """The UI context of a logged-in user, with settings in a file of its own."""
    settings = UiSettings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat))
    return UiContext(desk, actor_for(desk, user), AppEvents(), settings)


def settle(qtbot: Any, rounds: int = 3) -> None:
    """Let background workers finish and their queued signals reach the widgets."""
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(30)


def wait_loaded(qtbot: Any, view: Any, timeout: int = 10_000) -> Any:
    """Wait until a case-file view has read its case in the background and shown it (returns the view)."""
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=timeout)
    return view


def wait_rows(qtbot: Any, model: Any, timeout: int = 10_000) -> Any:
    """Wait until the docket model has read the pages asked for in the background (returns the model)."""
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=timeout)
    return model


def cell(qtbot: Any, model: Any, row: int, column: int = 0) -> Any:
    """What a docket cell shows once its page is read (a page not cached is read in a worker)."""
    index = model.index(row, column)
    if model.data(index) is None:
        wait_rows(qtbot, model)
    return model.data(index)


def drag_pos(x: int, y: int) -> Any:
    """A drag event's position as the installed Qt takes it: QPointF (Qt 6.12 deprecates QPoint), else QPoint."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent

    try:
        QDragEnterEvent(
            QPointF(x, y),
            Qt.DropAction.CopyAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    except TypeError:  # PySide6 before 6.12 has only the QPoint overload
        return QPoint(x, y)
    return QPointF(x, y)
