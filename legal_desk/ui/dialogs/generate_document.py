"""«Generar documento»: pick a template (title, version, required fields, what this case lacks) and DOCX/PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from legal_desk.documents.context import (
    CaseDocumentData,
    field_label_en,
    field_label_es,
    liquidation_kind,
    missing_fields,
)
from legal_desk.documents.templates import TemplateError, TemplateInfo
from legal_desk.services import documents
from legal_desk.services.errors import ServiceError
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_generate_document_dialog import Ui_GenerateDocumentDialog
from legal_desk.ui.i18n import current_language
from legal_desk.ui.models.case_models import AMBER_BG, Column, RecordTableModel
from legal_desk.ui.widgets.cutoff import cutoff_field


@dataclass(frozen=True)
class GenerateChoice:
    """What to generate: a template name and whether to convert it to PDF."""

    template: str
    pdf: bool
    #: the cut-off of the document's liquidation when the user chose one (None: today's)
    liquidate_to: dt.date | None = None


@dataclass(frozen=True)
class TemplateRow:
    """A template as the dialog lists it, with the fields this case still lacks (labels)."""

    info: TemplateInfo
    missing: list[str]
    #: what this case's stage makes of the document (which liquidation it presents), blank when nothing to say
    note: str = ""


def field_label(path: str) -> str:
    """A template field (`debtor.address`) named in the interface language."""
    return field_label_en(path) if current_language() == "en" else field_label_es(path)


def template_title(info: TemplateInfo) -> str:
    """A template's title in the interface language (the catalogue has both)."""
    return info.title_en if current_language() == "en" and info.title_en else info.title_es


def template_rows(ctx: UiContext, case_id: int) -> list[TemplateRow]:
    """Every template with what the case lacks for it (empty when the case data cannot be read)."""
    infos = documents.desk_templates(ctx.desk)
    try:
        data = documents.case_document_data(ctx.desk, ctx.actor, case_id)
    except ServiceError:
        return [TemplateRow(i, []) for i in infos]
    return [
        TemplateRow(i, [field_label(f) for f in missing_fields(data, i.required)], stage_note(i, data)) for i in infos
    ]


def stage_note(info: TemplateInfo, data: CaseDocumentData) -> str:
    """Why a liquidation generated at this stage is (or is not yet) the one of CGP art. 446, in the interface
    language: before the order to proceed it is presented for information and asks for no traslado. A demand,
    power of attorney or pre-legal notice of a case already filed says so: generated again it is dated today,
    a copy at most, not the one the court received."""
    filed = bool((data.radicado or "").strip())
    if filed and info.kind in ("lawsuit", "power_of_attorney", "notice"):
        return QCoreApplication.translate(
            "GenerateDocumentDialog",
            "El expediente ya está radicado: este documento es de antes de la demanda y saldría con fecha de hoy, "
            "distinto del que recibió el juzgado. Genérelo solo si necesita una versión nueva.",
        )
    if info.kind != "liquidation":
        return ""
    kind = liquidation_kind(data)
    if kind == "filing":
        return QCoreApplication.translate(
            "GenerateDocumentDialog",
            "El caso aún no tiene radicado: la liquidación se genera como anexo de "
            "la demanda, a la fecha de presentación, sin pedir traslado.",
        )
    if kind == "informative":
        return QCoreApplication.translate(
            "GenerateDocumentDialog",
            "El auto que ordena seguir adelante la ejecución no está en el "
            "expediente: la liquidación se genera como informativa, sin pedir el traslado del artículo 446 "
            "del CGP, que procede una vez ejecutoriado ese auto (numeral 1).",
        )
    return QCoreApplication.translate(
        "GenerateDocumentDialog",
        "Liquidación del artículo 446 del CGP: pide correr traslado a la parte demandada por tres días.",
    )


class GenerateDocumentDialog(QDialog):
    """Lists the templates and returns the chosen one with the format (dialog)."""

    def __init__(self, rows: list[TemplateRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GenerateDocumentDialog()
        self.ui.setupUi(self)
        self.rows = rows
        self.model = RecordTableModel(
            [
                Column(self.tr("Plantilla"), lambda r: template_title(r.info)),
                Column(self.tr("Versión"), lambda r: r.info.version),
                Column(self.tr("Campos requeridos"), lambda r: str(len(r.info.required))),
                Column(self.tr("Faltan en este caso"), lambda r: ", ".join(r.missing) or "—"),  # no `self`: no cycle
            ],
            row_background=lambda r: AMBER_BG if r.missing else None,
            row_tooltip=lambda r: ", ".join(field_label(f) for f in r.info.required),
            parent=self,
        )
        self.model.set_rows(rows)
        view = self.ui.templateView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        view.doubleClicked.connect(lambda _i: self.accept())
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Generar"))
        self.ui.buttonBox.accepted.connect(self.accept)
        # The liquidation in the document (and the cuantía of a lawsuit) runs to this date: the day the
        # filing will be presented, or the date a court ordered; today unless the user picks another.
        self.today = QDate.currentDate()
        self.cutoff_label, self.cutoff = cutoff_field(
            self,
            self.tr(
                "Fecha hasta la que se liquidan los intereses del documento: la de presentación del "
                "escrito o la que ordenó el juzgado. No puede ser anterior al vencimiento."
            ),
            self.today,
        )
        self.ui.formatLayout.insertWidget(self.ui.formatLayout.count() - 1, self.cutoff_label)
        self.ui.formatLayout.insertWidget(self.ui.formatLayout.count() - 1, self.cutoff)
        if rows:
            view.selectRow(0)
        self._on_selection_changed()

    def selected_row(self) -> TemplateRow | None:
        rows = self.ui.templateView.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_template(self, name: str) -> None:
        """Select a template by name (keyboard users and tests)."""
        for i, r in enumerate(self.rows):
            if r.info.name == name:
                self.ui.templateView.selectRow(i)
                return

    def _on_selection_changed(self) -> None:
        row = self.selected_row()
        self.ok_button.setEnabled(row is not None)
        if row is None:
            self.ui.detailLabel.setText("")
            return
        needed = ", ".join(field_label(f) for f in row.info.required)
        title = template_title(row.info)
        text = self.tr("<b>{0}</b> (versión {1})<br>Requiere: {2}").format(title, row.info.version, needed)
        if row.note:
            text += "<br>" + row.note
        if row.missing:
            text += (
                "<br><span style='color:"
                + theme.tone("error")
                + "'>"
                + self.tr("A este caso le falta: {0}").format(", ".join(row.missing))
                + "</span>"
            )
        self.ui.detailLabel.setText(text)

    def choice(self) -> GenerateChoice | None:
        row = self.selected_row()
        if row is None:
            return None
        chosen = self.cutoff.date()
        cutoff = None if chosen == self.today else dt.date(chosen.year(), chosen.month(), chosen.day())
        return GenerateChoice(row.info.name, self.ui.pdfRadio.isChecked(), cutoff)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, case_id: int) -> GenerateChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        try:
            rows = template_rows(ctx, case_id)
        except (TemplateError, ServiceError) as exc:
            title = QCoreApplication.translate("GenerateDocumentDialog", "Plantillas")
            QMessageBox.warning(parent, title, error_text(exc))
            return None
        dialog = cls(rows, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
