"""«Generar documentos en lote»: one template for many cases in a worker; failures are listed, the rest go on."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QPushButton, QWidget

from legal_desk.documents.errors import Cancelled as DocCancelled
from legal_desk.documents.templates import TemplateError
from legal_desk.domain import messages as M
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.messages import Text, text_of
from legal_desk.services import documents
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.documents import BatchReport
from legal_desk.services.errors import Cancelled, ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.generate_document import template_title
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_batch_documents_dialog import Ui_BatchDocumentsDialog
from legal_desk.ui.i18n import stage_label
from legal_desk.ui.models.case_models import GREEN_BG, RED_BG, Column, RecordTableModel


@dataclass
class BatchOutcome:
    """The service's report plus the copies written to the chosen folder (and copies that failed, each a
    catalogue `Text` «file: why» the report words in the interface language)."""

    report: BatchReport
    copied: list[Path] = field(default_factory=list)
    copy_errors: list[str | Text] = field(default_factory=list)


def copy_problem(folder: Path, exc: OSError | ServiceError) -> str | Text:
    """Why a copy into the chosen folder failed, as a catalogue `Text` (a refusal keeps its own)."""
    if isinstance(exc, ServiceError):
        return text_of(exc)
    if exc.errno == errno.ENOSPC:
        return Text(M.BATCH_COPY_NO_SPACE, folder=folder)
    if exc.errno == errno.EROFS:
        return Text(M.BATCH_COPY_READ_ONLY, folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Text(M.BATCH_COPY_NO_PERMISSION, folder=folder)
    return Text(M.BATCH_COPY_FAILED, folder=folder, reason=exc.strerror or exc)


def run_batch(
    desk: Desk,
    actor: Actor,
    template: str,
    case_ids: Sequence[int],
    *,
    pdf: bool,
    folder: Path | None,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> BatchOutcome:
    """Generate for every case (worker); with a folder, copy each version there (PDF when there is one)."""
    try:
        report = documents.generate_batch(
            desk, actor, template, list(case_ids), pdf=pdf, progress=progress, cancelled=cancelled
        )
    except DocCancelled:  # raised by the PDF converter; generate_batch lets it through
        raise Cancelled("Generación cancelada") from None
    outcome = BatchOutcome(report)
    if folder is None:
        return outcome
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # the documents are generated and stored; none can be copied there
        unusable = copy_problem(folder, exc)
    else:
        unusable = None
    for doc in report.generated:
        name = Path(doc.filename).with_suffix(".pdf").name if doc.pdf_sha256 else doc.filename
        if unusable is not None:
            outcome.copy_errors.append(Text(M.FIELD, field=name, error=unusable))
            continue
        try:
            shutil.copyfile(documents.document_path(desk, actor, doc.document_id), folder / name)
            outcome.copied.append(folder / name)
        except (OSError, ServiceError) as exc:
            outcome.copy_errors.append(Text(M.FIELD, field=name, error=copy_problem(folder, exc)))
    return outcome


def report_rows(outcome: BatchOutcome) -> list[dict[str, Any]]:
    """One line per case: generated (version, file, warning) or failed (reason)."""
    rows: list[dict[str, Any]] = [
        {
            "case": d.filename.split("_")[0] if "_" in d.filename else str(d.case_id),
            "ok": True,
            "result": QCoreApplication.translate("BatchDocumentsDialog", "Generado (versión {0})").format(d.version),
            "detail": d.filename + (f" — {error_text(d.warning_text or d.warning)}" if d.warning else ""),
        }
        for d in outcome.report.generated
    ]
    texts = outcome.report.failed_texts
    rows += [
        {
            "case": f.get("account_ref", f["case"]),
            "ok": False,
            "result": QCoreApplication.translate("BatchDocumentsDialog", "Falló"),
            "detail": error_text(texts[i]) if i < len(texts) else f["error"],
        }
        for i, f in enumerate(outcome.report.failed)
    ]
    rows += [
        {
            "case": "",
            "ok": False,
            "result": QCoreApplication.translate("BatchDocumentsDialog", "No copiado"),
            "detail": error_text(e),
        }
        for e in outcome.copy_errors
    ]
    return rows


class BatchDocumentsDialog(QDialog):
    """Template + cases (a stage, or the ids given) + optional folder → batch in a worker with a report (dialog)."""

    batch_finished = Signal(object)  # BatchOutcome of a completed run
    stages_loaded = Signal()  # the stage list is counted and shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, case_ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_ids = list(case_ids) if case_ids is not None else None
        self.worker: Any = None
        self.outcome: BatchOutcome | None = None
        self.ui = Ui_BatchDocumentsDialog()
        self.ui.setupUi(self)
        try:
            templates = documents.desk_templates(self.ctx.desk)
        except (TemplateError, ServiceError) as exc:
            templates = []
            self.ui.summaryLabel.setText(error_text(exc))
        for t in templates:
            self.ui.templateCombo.addItem(f"{template_title(t)} ({t.name})", t.name)
        self.stage_cases: dict[str, list[int]] = {}
        self._stages_worker: Any = None
        if self.case_ids is None:
            self._fill_stages()
        else:
            self.ui.stageCombo.setVisible(False)
            self.ui.casesLabel.setText(self.tr("{0} expedientes seleccionados").format(len(self.case_ids)))
        self.ui.stageCombo.currentIndexChanged.connect(lambda _i: self._sync())
        self.ui.folderButton.clicked.connect(self._choose_folder)
        self.report_model = RecordTableModel(
            [
                Column(self.tr("Obligación"), lambda r: r["case"]),
                Column(self.tr("Resultado"), lambda r: r["result"]),
                Column(self.tr("Detalle"), lambda r: r["detail"]),
            ],
            row_background=lambda r: GREEN_BG if r["ok"] else RED_BG,
            row_tooltip=lambda r: r["detail"],
            parent=self,
        )
        self.ui.reportView.setModel(self.report_model)
        self.ui.reportView.verticalHeader().setVisible(False)
        self.ui.reportView.horizontalHeader().setStretchLastSection(True)
        self.ui.progressBar.setVisible(False)
        self.run_button = QPushButton(self.tr("Generar"), self)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancelar generación"), self)
        self.cancel_button.setEnabled(False)
        self.ui.buttonBox.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttonBox.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.ui.summaryLabel.setText(
            self.ui.summaryLabel.text()
            or self.tr(
                "Un caso que falle se informa abajo y los demás continúan. Cada documento queda en su expediente."
            )
        )
        self._sync()

    def _fill_stages(self) -> None:
        """Count the cases of each stage in a worker (~0.2 s on 100,000 cases); the combo says so meanwhile."""
        from legal_desk.ui.workers import Worker, start

        combo = self.ui.stageCombo
        combo.addItem(self.tr("Contando los expedientes de cada etapa…"), "")
        combo.setEnabled(False)
        worker = Worker(documents.case_ids_by_stage, self.ctx.desk, self.ctx.actor, with_progress=False)
        worker.signals.finished.connect(self._show_stages)
        worker.signals.failed.connect(lambda message, _d: self._show_stages({}, message))
        self._stages_worker = start(worker)

    def _show_stages(self, by_stage: dict[str, list[int]], problem: str = "") -> None:
        """The stages with how many cases each holds (zero-case stages are listed but disabled)."""
        self._stages_worker = None
        combo = self.ui.stageCombo
        combo.blockSignals(True)
        combo.clear()
        for stage in Stage:
            ids = by_stage.get(stage.value, [])
            self.stage_cases[stage.value] = ids
            combo.addItem(f"{stage_label(stage.value)} ({len(ids)})", stage.value)
            if not ids:
                item = combo.model().item(combo.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        first = next((i for i in range(combo.count()) if self.stage_cases[combo.itemData(i)]), 0)
        combo.setCurrentIndex(first)
        combo.blockSignals(False)
        combo.setEnabled(True)
        if problem:
            self.ui.summaryLabel.setText(problem)
        self._sync()
        self.stages_loaded.emit()

    def stages_pending(self) -> bool:
        """Whether the stages are still being counted."""
        return self._stages_worker is not None

    def select_stage(self, stage: str) -> None:
        """Choose the cases of a stage (keyboard users and tests)."""
        i = self.ui.stageCombo.findData(stage)
        if i >= 0:
            self.ui.stageCombo.setCurrentIndex(i)

    def select_template(self, name: str) -> None:
        i = self.ui.templateCombo.findData(name)
        if i >= 0:
            self.ui.templateCombo.setCurrentIndex(i)

    def chosen_cases(self) -> list[int]:
        if self.case_ids is not None:
            return self.case_ids
        return self.stage_cases.get(self.ui.stageCombo.currentData() or "", [])

    def _sync(self) -> None:
        n = len(self.chosen_cases())
        if self.case_ids is None:
            self.ui.casesLabel.setText(self.tr("{0} expedientes").format(n))
        self.run_button.setEnabled(n > 0 and self.worker is None and self.ui.templateCombo.count() > 0)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de salida"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def run(self) -> None:
        """Start the batch in a worker."""
        from legal_desk.ui.workers import Worker, start

        ids = self.chosen_cases()
        template = self.ui.templateCombo.currentData()
        if not ids or not template or self.worker is not None:
            return
        folder_text = self.ui.folderEdit.text().strip()
        worker = Worker(
            run_batch,
            self.ctx.desk,
            self.ctx.actor,
            template,
            ids,
            pdf=self.ui.pdfCheck.isChecked(),
            folder=Path(folder_text) if folder_text else None,
        )
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self.report_model.set_rows([])
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.setVisible(True)
        self.ui.summaryLabel.setText(self.tr("Generando {0} documentos…").format(len(ids)))
        self.cancel_button.setEnabled(True)
        self.worker = worker
        self._sync()
        start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.ui.summaryLabel.setText(self.tr("Cancelando…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.ui.progressBar.setRange(0, max(total, 0))
        self.ui.progressBar.setValue(done)
        self.ui.progressBar.setFormat(f"{label} — %v / %m" if label else "%v / %m")

    def _done(self) -> None:
        self.worker = None
        self.ui.progressBar.setVisible(False)
        self.cancel_button.setEnabled(False)
        self._sync()

    def _on_finished(self, outcome: BatchOutcome) -> None:
        self._done()
        self.outcome = outcome
        rows = report_rows(outcome)
        self.report_model.set_rows(rows)
        self.ui.reportView.resizeColumnsToContents()
        self.ui.reportView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.reportView.resizeRowsToContents()
        text = self.tr("Generados: {0} · Fallidos: {1}").format(
            len(outcome.report.generated), len(outcome.report.failed)
        )
        if outcome.copied:
            text += " · " + self.tr("copiados a {0}: {1}").format(
                self.ui.folderEdit.text().strip(), len(outcome.copied)
            )
        self.ui.summaryLabel.setText(text)
        if outcome.report.generated:
            self.ctx.events.cases_changed.emit()
        self.batch_finished.emit(outcome)

    def _on_failed(self, message: str, _detail: str) -> None:
        self._done()
        self.ui.summaryLabel.setText(message)
        QMessageBox.warning(self, self.tr("No se pudo generar el lote"), message)

    def _on_cancelled(self) -> None:
        self._done()
        self.ui.summaryLabel.setText(self.tr("Generación cancelada; no se guardó ningún documento."))

    def reject(self) -> None:
        """Closing stops a batch in progress."""
        if self.worker is not None:
            self.worker.cancel()
        super().reject()
