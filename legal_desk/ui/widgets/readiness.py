"""Readiness checklist (DOMAIN.md §3): each item turns green when the case file holds it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from legal_desk.services.cases import ChecklistLine
from legal_desk.ui.labels import domain_label, readiness_detail

OK_STYLE = "background:#d9f2dd; color:#14532d; border:1px solid #8fd19e; border-radius:4px; padding:4px 6px;"
MISSING_STYLE = "background:#fde8e8; color:#7f1d1d; border:1px solid #f3a5a5; border-radius:4px; padding:4px 6px;"
FIXABLE_STYLE = MISSING_STYLE + " border-style:dashed;"


class ChecklistItemLabel(QLabel):
    """One checklist line; a red line that can be fixed from the case file reacts to click and Enter."""

    activated = Signal(str)  # the item's code

    def __init__(self, text: str, code: str, fixable: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.code = code
        self.fixable = fixable
        if fixable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self.fixable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.activated.emit(self.code)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.fixable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.code)
            return
        super().keyPressEvent(event)


class ReadinessChecklist(QFrame):
    """One line per checklist item (✔ green / ✘ red with what is missing) and a count (UI widget).

    Red items with a fix hint (see `set_fix_hints`) say how to fix them and emit `item_activated`.
    """

    item_activated = Signal(str)  # code of a red item the user clicked to fix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._title = QLabel(self)
        self._title.setStyleSheet("font-weight:bold;")
        self._bar = QProgressBar(self)
        self._bar.setTextVisible(True)
        self._layout.addWidget(self._title)
        self._layout.addWidget(self._bar)
        self._layout.addStretch(1)
        self._lines: list[ChecklistItemLabel] = []
        self.items: list[ChecklistLine] = []
        self.fix_hints: dict[str, str] = {}

    def set_fix_hints(self, hints: Mapping[str, str]) -> None:
        """How each fixable item is fixed (code → short instruction); applies to the next `set_items`."""
        self.fix_hints = dict(hints)

    def set_items(self, items: Sequence[ChecklistLine]) -> None:
        """Show the checklist as the service evaluated it."""
        for label in self._lines:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._lines = []
        self.items = list(items)
        done = sum(1 for i in items if i.ok)
        self._title.setText(
            self.tr("Listo para radicar") if items and done == len(items) else self.tr("Lista de verificación")
        )
        self._bar.setRange(0, max(len(items), 1))
        self._bar.setValue(done)
        self._bar.setFormat(self.tr("{0} de {1} requisitos").format(done, len(items)))
        for item in items:
            label_text, detail = domain_label(item.label), readiness_detail(item.detail)
            text = ("✔ " if item.ok else "✘ ") + label_text
            if not item.ok and detail:
                text += f" — {detail}"
            hint = "" if item.ok else self.fix_hints.get(item.code, "")
            if hint:
                text += f"\n→ {hint}"
            label = ChecklistItemLabel(text, item.code, bool(hint), self)
            label.setWordWrap(True)
            if not hint:
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(OK_STYLE if item.ok else (FIXABLE_STYLE if hint else MISSING_STYLE))
            label.setProperty("ok", item.ok)
            label.setToolTip(hint or detail or label_text)
            label.activated.connect(self.item_activated)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._lines.append(label)

    def done_codes(self) -> list[str]:
        """Codes of the items already met (tests and callers)."""
        return [i.code for i in self.items if i.ok]

    def line(self, code: str) -> ChecklistItemLabel | None:
        """The widget showing one item (tests and callers)."""
        return next((w for w in self._lines if w.code == code), None)
