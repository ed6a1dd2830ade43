"""Readiness checklist (DOMAIN.md §3): each item turns green when the case file holds it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from legal_desk.services.cases import ChecklistLine

OK_STYLE = "background:#d9f2dd; color:#14532d; border:1px solid #8fd19e; border-radius:4px; padding:4px 6px;"
MISSING_STYLE = "background:#fde8e8; color:#7f1d1d; border:1px solid #f3a5a5; border-radius:4px; padding:4px 6px;"


class ReadinessChecklist(QFrame):
    """One line per checklist item (✔ green / ✘ red with what is missing) and a count (UI widget)."""

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
        self._lines: list[QLabel] = []
        self.items: list[ChecklistLine] = []

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
            text = ("✔ " if item.ok else "✘ ") + item.label
            if not item.ok and item.detail:
                text += f" — {item.detail}"
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(OK_STYLE if item.ok else MISSING_STYLE)
            label.setProperty("ok", item.ok)
            label.setToolTip(item.detail or item.label)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._lines.append(label)

    def done_codes(self) -> list[str]:
        """Codes of the items already met (tests and callers)."""
        return [i.code for i in self.items if i.ok]
