"""A view that re-reads its data after a change event only while it is in view, else once when next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QWidget):
    """Base of a view (agenda, dashboard) whose data a change elsewhere makes stale.

    Connect the change signals to `reload_when_shown` (or `reload_when_shown_for_case` for `case_changed`):
    in view, it re-reads at once; hidden (behind a case file), it is only marked stale and re-reads once,
    with every change, the next time it is shown. Re-reading after every save in a case file, hidden, made
    the agenda and the dashboard compete with the window for the interpreter (0.1-0.9 s stalls on 100,000
    cases). Subclasses implement `reload_after_change()` (by default `reload()`: everything). Bound methods,
    not lambdas: cut off with the view when it is deleted (the events outlive it).
    """

    _stale = False  # a change came while hidden: re-read when shown
    reload: Callable[[], None]  # each view's own: read everything it shows again

    def reload_after_change(self) -> None:
        """What a change makes stale, read again (the whole view unless a subclass says less)."""
        self.reload()

    def reload_when_shown(self) -> None:
        """Something changed: re-read now if the view is in view, else when it is next shown."""
        if self.isVisible():
            self.reload_after_change()
        else:
            self._stale = True

    def reload_when_shown_for_case(self, _case_id: int) -> None:
        """`case_changed` (which names the case) → `reload_when_shown`."""
        self.reload_when_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload_after_change()
