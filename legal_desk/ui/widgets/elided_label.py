"""A one-line label that shortens its text with «…» to the width it gets, never running into its neighbours."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextLayout, QTextOption
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


class ClampedLabel(QLabel):
    """Wrapped text held to `max_lines` lines (UI widget): a longer text shows its first lines and «…», the
    whole text in the tooltip, so a long message never pushes the window past the screen nor is cut mid-line.

    `text()` is the whole text (what was set); `shown_text()` what is drawn. A word longer than the width
    (a file path) is broken anywhere rather than clipped at the right edge.
    """

    def __init__(self, parent: QWidget | None = None, *, max_lines: int = 3) -> None:
        super().__init__(parent)
        self._full = ""
        self._elided = False
        self._max_lines = max(1, max_lines)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)  # the lines are broken here, to the width the label has
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._relayout()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return self._elided

    def _lines(self, width: int) -> list[str]:
        """The lines the whole text takes at `width` pixels (words kept whole unless one is wider)."""
        if not self._full or width <= 0:
            return [self._full] if self._full else []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines: list[str] = []
        for paragraph in self._full.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].rstrip())
            layout.endLayout()
            if not paragraph:
                lines.append("")
        return lines

    def _relayout(self) -> None:
        width = self.contentsRect().width()
        lines = self._lines(width)
        self._elided = len(lines) > self._max_lines
        if self._elided:
            rest = " ".join(line for line in lines[self._max_lines - 1 :] if line)
            last = self.fontMetrics().elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
            lines = [*lines[: self._max_lines - 1], last if last.endswith("…") else last + "…"]
            super().setText("\n".join(lines))
            self.setToolTip(self._full)
        else:
            super().setText("\n".join(lines))
            self.setToolTip("")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        count = min(len(self._lines(inner)), self._max_lines)
        return count * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        width = min(self.fontMetrics().horizontalAdvance(self._full), 400) + 2
        return QSize(width, self.heightForWidth(max(width, 400)))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.fontMetrics().lineSpacing() if self._full else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
