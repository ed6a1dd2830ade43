"""Bulk import of a bank's referral export: pick or drop the file, map columns, preview, import, report."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legal_desk.domain.messages import Text, text_of
from legal_desk.importing.referrals import (
    CANONICAL_COLUMNS,
    REQUIRED_COLUMNS,
    ColumnSpec,
    ReferralFileError,
    inspect_file,
    read_referrals,
)
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.intake import ImportReport, import_referrals
from legal_desk.ui import theme
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import current_language
from legal_desk.ui.models.case_models import Column, PreviewRow, RecordTableModel, ReferralPreviewModel
from legal_desk.ui.widgets.screen_fit import fit_to_screen
from legal_desk.ui.workers import Worker, start

SUFFIXES = frozenset({".csv", ".xlsx", ".xlsm", ".txt", ".tsv"})


def field_label(spec: ColumnSpec) -> str:
    """A field of the referral file as the column-mapping step names it, in the interface language."""
    return spec.label_en if current_language() == "en" else spec.label_es


@dataclass(frozen=True)
class Preview:
    """Every data row of the file as written, with its errors, and the mapping used."""

    headers: list[str]
    rows: list[PreviewRow]
    mapping: dict[str, str]
    header_line: int = 1  # line (CSV) or sheet row (XLSX) of the headers
    sheet: str | None = None  # XLSX: the sheet read
    sheets: int = 0  # XLSX: sheets in the workbook


def load_preview(path: Path, column_map: dict[str, str] | None) -> Preview:
    """Check every row (read_referrals) and pair each with its cells as written (runs in a worker).

    A problem with the file as a whole is a ValidationFailed, which the worker words in the interface
    language (it was shown as «Error inesperado: …», in Spanish only).
    """
    raw: list[tuple[int, tuple[str, ...]]] = []
    try:
        result = read_referrals(path, column_map, raw=raw)  # one pass: the cells as written come along
    except ReferralFileError as exc:
        raise ValidationFailed(text_of(exc)) from None
    errors: dict[int, list[tuple[str, str | Text]]] = {}
    for e in result.errors:
        errors.setdefault(e.line, []).append((e.column, e.text or e.message))
    rows = [PreviewRow(line, texts, tuple(errors.get(line, ()))) for line, texts in raw]
    return Preview(list(result.headers), rows, dict(result.mapping), result.header_line, result.sheet, result.sheets)


def _column_shown(error: dict[str, Any]) -> str:
    """The error's column as the report shows it: a whole-row reason's internal «(fila)» in words."""
    if error["column"] == "(fila)":
        return QCoreApplication.translate("BulkImportDialog", "(toda la fila)")
    return str(error["column"])


class BulkImportDialog(QDialog):
    """File → column mapping (when needed) → preview → import with progress/cancel → report (UI dialog)."""

    POLICY = QT_TRANSLATE_NOOP(
        "BulkImportDialog",
        "Se importan todas las filas válidas y se informan las inválidas; si cancela, no se guarda nada.",
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.column_map: dict[str, str] = {}
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Importar entrega de cartera"))
        self.setAcceptDrops(True)
        fit_to_screen(self, 1000, 620)
        self.file_label = QLabel(self.tr("Arrastre aquí el archivo del banco (.csv o .xlsx) o elíjalo."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        # the creditor of every account in the file (the bank itself, or an agency's client): imported
        # cases carry it, so its address and representative are filled in once for all of them
        self.creditor_edit = QLineEdit(self)
        self.creditor_edit.setPlaceholderText(self.tr("Acreedor (p. ej. Banco Andino S.A.)"))
        self.creditor_id_edit = QLineEdit(self)
        self.creditor_id_edit.setPlaceholderText(self.tr("NIT del acreedor"))
        self.creditor_id_edit.setToolTip(
            self.tr("Opcional. Un acreedor ya registrado (por NIT o nombre) se reutiliza.")
        )
        creditor = QHBoxLayout()
        creditor_label = QLabel(self.tr("Acreedor:"), self)
        creditor_label.setBuddy(self.creditor_edit)  # a screen reader names the field after its label
        self.creditor_id_edit.setAccessibleName(self.tr("NIT del acreedor"))
        creditor.addWidget(creditor_label)
        creditor.addWidget(self.creditor_edit, 2)
        creditor.addWidget(self.creditor_id_edit, 1)
        policy = QLabel(self.tr(self.POLICY), self)
        policy.setWordWrap(True)
        policy.setStyleSheet(theme.adapted("background:#e8f0fe; color:#1e3a8a; padding:6px; border-radius:4px;"))
        self.policy_label = policy
        self.stack = QStackedWidget(self)
        # page 0: drop zone
        self.drop_zone = QLabel(self.drop_text(), self)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setStyleSheet(theme.adapted("border:2px dashed #888; color:#444; padding:40px;"))
        self.drop_zone.setFont(theme.at_least(self.font(), 12, 1.2))  # was 16 px whatever the desktop font
        self.stack.addWidget(self.drop_zone)
        # page 1: mapping
        mapping_page = QWidget(self)
        self.mapping_form = QFormLayout()
        mapping_host = QWidget(mapping_page)
        mapping_host.setLayout(self.mapping_form)
        scroll = QScrollArea(mapping_page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_host)
        self.mapping_hint = QLabel(mapping_page)
        self.mapping_hint.setWordWrap(True)
        self.mapping_button = QPushButton(self.tr("Ver vista previa"), mapping_page)
        self.mapping_button.clicked.connect(self._on_mapping_confirmed)
        m = QVBoxLayout(mapping_page)
        m.addWidget(self.mapping_hint)
        m.addWidget(scroll, 1)
        m.addWidget(self.mapping_button, 0, Qt.AlignmentFlag.AlignRight)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.stack.addWidget(mapping_page)
        # page 2: preview
        preview_page = QWidget(self)
        self.preview_model = ReferralPreviewModel(self)
        self.preview_view = QTableView(preview_page)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setWordWrap(False)
        self.counts = QLabel(preview_page)
        self.counts.setStyleSheet("font-weight:bold;")
        p = QVBoxLayout(preview_page)
        p.addWidget(self.counts)
        p.addWidget(self.preview_view, 1)
        self.stack.addWidget(preview_page)
        # page 3: report
        report_page = QWidget(self)
        self.report_label = QLabel(report_page)
        self.report_label.setFont(theme.at_least(self.font(), 10.5, 1.1, bold=True))
        self.report_label.setWordWrap(True)
        self.errors_model = RecordTableModel(
            [
                Column(self.tr("Línea"), lambda e: e["line"], numeric=True),
                # No `self` in a column's function: the model (a child of this dialog) holding the dialog made a
                # reference cycle, so the dialog was destroyed by the garbage collector at some later moment,
                # on whatever the program was doing then (a segmentation fault in the test run).
                Column(self.tr("Columna"), _column_shown),
                Column(self.tr("Motivo"), lambda e: error_text(e.get("text", e["message"]))),
            ],
            parent=self,
        )
        self.errors_view = QTableView(report_page)
        self.errors_view.setModel(self.errors_model)
        self.errors_view.verticalHeader().setVisible(False)
        self.errors_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Guardar informe de errores…"), report_page)
        self.save_button.clicked.connect(self.save_errors)
        r = QVBoxLayout(report_page)
        r.addWidget(self.report_label)
        r.addWidget(self.errors_view, 1)
        r.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack.addWidget(report_page)
        # bottom bar
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("Importar filas válidas"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(creditor)
        layout.addWidget(policy)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    # ---------------------------------------------------------------- choosing the file

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).suffix.lower() in SUFFIXES:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_text(self) -> str:
        """The drop zone, with the columns the file must have (a first import otherwise meant trial and error)."""
        english = current_language() == "en"
        specs = [CANONICAL_COLUMNS[k] for k in REQUIRED_COLUMNS]
        required = ", ".join(
            f"<b>{c.header_es}</b> ({(c.label_en if english else c.label_es)[:1].lower()}"
            f"{(c.label_en if english else c.label_es)[1:]})"
            for c in specs
        )
        # the small print at the body text's size (was 12 px, smaller than the text with a 14–16 pt desktop font)
        small = theme.at_least(self.font(), 9).pointSizeF()
        return (
            self.tr("Suelte aquí el archivo .csv o .xlsx")
            + f"<p style='font-size:{small:g}pt'>"
            + self.tr("Columnas obligatorias: %1.").replace("%1", required)
            + "<br>"
            + self.tr(
                "Las demás (título, correo, teléfono, dirección, codeudor, observaciones…) son opcionales; también se "
                "reconocen los nombres usuales de los bancos, y luego puede asignar a mano las que no se reconozcan."
            )
            + "</p>"
        )

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            self.load_file(Path(urls[0].toLocalFile()))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Archivo del banco"), "", self.tr("Entregas de cartera (*.csv *.xlsx);;Todos (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Inspect the headers: map columns if required ones are missing, else go to the preview."""
        if self.worker is not None:
            return
        self.path = path
        self.report = None
        self.file_label.setText(self.tr("Archivo: {0}").format(path.name))
        # nothing of a file read before stays on screen under this one's name, ready to import
        self.preview = None
        self.preview_model.set_preview([], [])
        self.import_button.setEnabled(False)
        self.stack.setCurrentIndex(0)
        try:
            found = inspect_file(path)
        except (ReferralFileError, OSError) as exc:
            self._set_status(error_text(exc), error=True)
            return
        self.column_map = {}
        if found.missing:
            self._build_mapping(found.headers, found.mapping, found.missing)
            place = self.where_read(found.header_line, found.sheet, found.sheets)
            self.mapping_hint.setText(self.mapping_hint.text() + (f" {place}" if place else ""))
            self.stack.setCurrentIndex(1)
            self._set_status(self.tr("Indique qué columna del archivo corresponde a cada campo obligatorio (*)."))
        else:
            self.run_preview()

    def _build_mapping(self, headers: list[str], guessed: dict[str, str], missing: list[str]) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        for header in headers:
            combo = QComboBox(self)
            combo.addItem(self.tr("(no importar)"), "")
            for key, spec in CANONICAL_COLUMNS.items():
                combo.addItem(field_label(spec) + (" *" if spec.required else ""), key)
            i = combo.findData(guessed.get(header, ""))
            combo.setCurrentIndex(max(i, 0))
            self.mapping_form.addRow(header or self.tr("(sin encabezado)"), combo)
            self.mapping_combos[header] = combo
        names = ", ".join(field_label(CANONICAL_COLUMNS[k]) for k in missing)
        self.mapping_hint.setText(self.tr("Faltan campos obligatorios: {0}.").format(names))

    def where_read(self, header_line: int, sheet: str | None, sheets: int) -> str:
        """Which sheet was read and on which row the headers were, when it is not simply the first of each."""
        if sheet is not None and sheets > 1:
            return self.tr("Se leyó la hoja «{0}» ({1} hojas en el libro); encabezados en la fila {2}.").format(
                sheet, sheets, header_line
            )
        if header_line > 1:
            return self.tr("Encabezados en la fila {0}; las filas de título de arriba no se importan.").format(
                header_line
            )
        return ""

    def mapping_choice(self) -> dict[str, str]:
        """Header → canonical key as chosen in the combos ("" ignores the column)."""
        return {h: str(c.currentData()) for h, c in self.mapping_combos.items()}

    def _on_mapping_confirmed(self) -> None:
        chosen = self.mapping_choice()
        taken = [k for k in chosen.values() if k]
        repeated = sorted({field_label(CANONICAL_COLUMNS[k]) for k in taken if taken.count(k) > 1})
        if repeated:
            self._set_status(
                self.tr("Cada campo solo puede venir de una columna: {0}").format(", ".join(repeated)), error=True
            )
            return
        missing = [field_label(s) for k, s in CANONICAL_COLUMNS.items() if s.required and k not in taken]
        if missing:
            self._set_status(self.tr("Faltan campos obligatorios: {0}").format(", ".join(missing)), error=True)
            return
        self.column_map = chosen
        self.run_preview()

    # ---------------------------------------------------------------- preview

    def run_preview(self) -> None:
        assert self.path is not None
        self._set_status(self.tr("Revisando las filas…"))
        self.import_button.setEnabled(False)
        worker = Worker(load_preview, self.path, self.column_map or None, with_progress=False)
        worker.signals.finished.connect(self._on_preview_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._start(worker, busy=True)

    def _on_preview_finished(self, preview: Preview) -> None:
        self._stop()
        self.preview = preview
        self.preview_model.set_preview(preview.headers, preview.rows)
        self.preview_view.resizeColumnsToContents()
        for c in range(self.preview_model.columnCount()):
            cap = 760 if c == 2 else 380  # the reason column is read in full
            self.preview_view.setColumnWidth(c, min(self.preview_view.columnWidth(c), cap))
        self.stack.setCurrentIndex(2)
        bad = len(self.preview_model.invalid_lines())
        good = len(preview.rows) - bad
        counts = self.tr("{0} filas: {1} válidas, {2} inválidas (en rojo; el motivo está en la columna «Motivo»).")
        place = self.where_read(preview.header_line, preview.sheet, preview.sheets)
        self.counts.setText(counts.format(len(preview.rows), good, bad) + (f"\n{place}" if place else ""))
        self.import_button.setEnabled(good > 0)
        self._set_status("")

    # ---------------------------------------------------------------- import

    def start_import(self) -> None:
        assert self.path is not None
        self._set_status(self.tr("Importando…"))
        worker = Worker(
            import_referrals,
            self.ctx.desk,
            self.ctx.actor,
            self.path,
            column_map=self.column_map or None,
            client_name=self.creditor_edit.text().strip() or None,
            client_id_number=self.creditor_id_edit.text().strip() or None,
        )
        worker.signals.progress.connect(self._on_import_progress)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.cancelled.connect(self._on_import_cancelled)
        self._start(worker, busy=False)

    def _on_import_progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done if total else 0)

    def _on_import_finished(self, report: ImportReport) -> None:
        self._stop()
        self.report = report
        self.report_label.setText(
            self.tr("Importación terminada: {0} expedientes creados, {1} filas rechazadas.").format(
                report.accepted, report.rejected
            )
        )
        self.errors_model.set_rows(report.errors)
        self.save_button.setEnabled(bool(report.errors))
        self.stack.setCurrentIndex(3)
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cerrar"))
        self._set_status("")
        if report.accepted:
            self.ctx.events.cases_changed.emit()

    def _on_import_cancelled(self) -> None:
        self._stop()
        self._set_status(self.tr("Importación cancelada: no se guardó nada."), error=True)

    def _on_worker_failed(self, message: str, _detail: str) -> None:
        self._stop()
        self._set_status(message, error=True)

    def save_errors(self) -> Path | None:
        """Write the rejected rows (line, column, reason) to a CSV the bank can correct."""
        if self.report is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar informe de errores"), "errores_importacion.csv", self.tr("CSV (*.csv)")
        )
        if not name:
            return None
        path = Path(name)
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";")
            out.writerow(["linea", "columna", "motivo"])
            for e in self.report.errors:
                out.writerow([e["line"], e["column"], e["message"]])
        self._set_status(self.tr("Informe guardado en {0}").format(path))
        return path

    # ---------------------------------------------------------------- worker bookkeeping

    def _start(self, worker: Worker, *, busy: bool) -> None:
        self.worker = worker
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0 if busy else 1)
        self.cancel_button.setText(self.tr("Cancelar"))
        start(worker)

    def _stop(self) -> None:
        self.worker = None
        self.choose_button.setEnabled(True)
        self.progress.setVisible(False)

    def _on_cancel_clicked(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._set_status(self.tr("Cancelando…"))
            return
        self.reject()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(theme.adapted("color:#b91c1c; font-weight:bold;") if error else "")
        self.status.setText(text)


__all__ = ["Any", "BulkImportDialog", "Preview", "load_preview"]
