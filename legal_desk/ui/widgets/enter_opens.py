"""Return/Enter on a row opens it, as a double-click does (UI helper for item views).

The item views that list cases (collections' «Mis entregas», the agenda, the terms and prescription
lists) only reacted to a double-click: a keyboard user could reach a row but not open its case file.
The docket has its own handling (see CaseListView.eventFilter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterOpens(QObject):
    """Calls `slot(current index)` when Return or Enter is pressed on a view with a current row."""

    def __init__(self, view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> None:
        super().__init__(view)
        self.view = view
        self.slot = slot
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self.slot(index)
                return True
        return super().eventFilter(obj, event)


def enter_opens(view: QAbstractItemView, slot: Callable[[QModelIndex], None]) -> EnterOpens:
    """Make Return/Enter on `view`'s current row call `slot` (the view keeps the filter alive)."""
    return EnterOpens(view, slot)
