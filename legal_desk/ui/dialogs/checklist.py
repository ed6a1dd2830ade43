"""Admin dialog: which requirements the readiness checklist asks for, per jurisdiction and title type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.services.cases import JURISDICTIONS, TITLE_TYPES
from legal_desk.services.checklist import KNOWN_CODES, ChecklistEntry, list_checklist, set_requirement
from legal_desk.services.errors import ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.labels import domain_label
from legal_desk.ui.models.case_models import GREEN_BG, Column, RecordTableModel
from legal_desk.ui.widgets.screen_fit import fit_to_screen


def _active_shown(row: dict[str, Any]) -> str:
    """«Sí»/«No». A module function: a lambda using the dialog's tr() would tie the dialog to its own model in a
    reference cycle, left to the garbage collector to destroy at a random moment (it crashed the import dialog)."""
    if row["active"]:
        return QCoreApplication.translate("ChecklistDialog", "Sí")
    return QCoreApplication.translate("ChecklistDialog", "No")


class ChecklistDialog(QDialog):
    """Turn requirements on or off and reword them; a title type can differ from the general rule (UI dialog)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Requisitos para radicar"))
        fit_to_screen(self, 820, 460)
        self.jurisdiction = QComboBox(self)
        for code, name in JURISDICTIONS.items():
            self.jurisdiction.addItem(f"{domain_label(name)} ({code})", code)
        self.title_type = QComboBox(self)
        self.title_type.addItem(self.tr("Todos los títulos"), "*")
        for code, name in TITLE_TYPES.items():
            self.title_type.addItem(domain_label(name), code)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jurisdicción:"), self))
        top.addWidget(self.jurisdiction)
        top.addWidget(QLabel(self.tr("Tipo de título:"), self))
        top.addWidget(self.title_type)
        top.addStretch(1)
        self.model = RecordTableModel(
            [
                Column(self.tr("Activo"), _active_shown),  # no `self` in it: see _active_shown
                Column(self.tr("Aplica a"), lambda r: r["scope"]),
                Column(self.tr("Regla"), lambda r: r["code"]),
                Column(self.tr("Requisito"), lambda r: domain_label(r["label"])),
            ],
            row_background=lambda r: GREEN_BG if r["active"] else None,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Requisitos para radicar"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.toggle_button = QPushButton(self.tr("Activar / desactivar"), self)
        self.label_button = QPushButton(self.tr("Cambiar texto…"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.label_button)
        actions.addStretch(1)
        hint = QLabel(
            self.tr(
                "Lo que se define para un tipo de título reemplaza la regla general para ese tipo. "
                "Cada cambio queda en la auditoría."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.jurisdiction.currentIndexChanged.connect(self.reload)
        self.title_type.currentIndexChanged.connect(self.reload)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.label_button.clicked.connect(self.relabel_selected)
        self.table.doubleClicked.connect(lambda _i: self.toggle_selected())
        self.reload()

    def rows(self) -> list[dict[str, Any]]:
        """The effective requirement for each rule under the chosen jurisdiction and title type."""
        jurisdiction, title_type = self.jurisdiction.currentData(), self.title_type.currentData()
        entries: dict[tuple[str, str], ChecklistEntry] = {
            (e.code, e.title_type): e for e in list_checklist(self.ctx.desk, jurisdiction)
        }
        out = []
        for code in KNOWN_CODES:
            specific = entries.get((code, title_type)) if title_type != "*" else None
            general = entries.get((code, "*"))
            entry = specific or general
            if entry is None:
                continue
            scope = self.title_type.currentText() if specific else self.tr("Todos los títulos")
            out.append({"code": code, "label": entry.label, "active": entry.active, "scope": scope})
        return out

    def reload(self) -> None:
        self.model.set_rows(self.rows())
        for col in range(3):
            self.table.resizeColumnToContents(col)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _apply(self, code: str, *, active: bool | None = None, label: str | None = None) -> bool:
        try:
            set_requirement(
                self.ctx.desk,
                self.ctx.actor,
                self.jurisdiction.currentData(),
                code,
                title_type=self.title_type.currentData(),
                active=active,
                label=label,
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("No se pudo completar"), error_text(exc))
            return False
        self.ctx.events.cases_changed.emit()  # every case's checklist may read differently now
        self.reload()
        return True

    def toggle_selected(self) -> bool:
        row = self._selected()
        return False if row is None else self._apply(row["code"], active=not row["active"])

    def relabel_selected(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        text, ok = QInputDialog.getText(
            self, self.tr("Cambiar texto"), self.tr("Texto del requisito:"), text=row["label"]
        )
        return bool(ok and text.strip()) and self._apply(row["code"], label=text.strip())
