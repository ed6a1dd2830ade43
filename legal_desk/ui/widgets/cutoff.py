"""The «Liquidación con corte al:» field: the date a liquidation runs to (generate dialog, packet dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget


def cutoff_field(parent: QWidget, tooltip: str, today: QDate) -> tuple[QLabel, QDateEdit]:
    """A label and a calendar date edit starting at `today`, the label's buddy; `tooltip` says what the date does."""
    label = QLabel(QCoreApplication.translate("CutOff", "Liquidación con corte al:"), parent)
    edit = QDateEdit(today, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setToolTip(tooltip)
    label.setBuddy(edit)
    return label, edit
