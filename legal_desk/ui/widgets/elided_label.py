"""A one-line label that shortens its text with «…» to the width it gets, never running into its neighbours."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shows `full_text()` elided to its width (UI widget); the whole text is in the tooltip when cut.

    It asks for the width of its whole text, and accepts down to `keep` pixels of it (60 by default):
    a label with a large `keep` stays whole while its neighbours with a small one are cut first.
    """

    clicked = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        keep: int = 60,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._tooltip = ""
        self._mode = mode
        self._keep = keep
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        """The text to show (elided when it does not fit) and an optional tooltip (default: the text)."""
        self._full = text
        self._tooltip = tooltip
        self._elide()
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, self._mode, width) if self._full else ""
        super().setText(shown)
        self.setToolTip(self._tooltip or (self._full if shown != self._full else ""))

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._keep, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._full:
            self.clicked.emit()
        super().mousePressEvent(event)
