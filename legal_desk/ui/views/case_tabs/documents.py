"""Documentos: generated documents (every version), generation in a worker, preview, packet dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from legal_desk.domain.dates import local_time
from legal_desk.domain.permissions import Action
from legal_desk.services import documents
from legal_desk.services.cases import CaseFile
from legal_desk.services.documents import DocumentInfo
from legal_desk.services.errors import ServiceError
from legal_desk.ui.dialogs.generate_document import GenerateChoice, GenerateDocumentDialog
from legal_desk.ui.errors import error_text
from legal_desk.ui.models.case_models import AMBER_BG, Column
from legal_desk.ui.views.case_tabs.common import CaseHost, ProgressRow, RecordTab, show_error, tr
from legal_desk.ui.widgets import file_actions
from legal_desk.ui.widgets.preview import FilePreview
from legal_desk.ui.workers import Worker, start


def pick_template(parent: QWidget, host: CaseHost) -> GenerateChoice | None:
    """Ask which template and format (tests replace this)."""
    return GenerateDocumentDialog.ask(parent, host.ctx, host.case_id)


def generate_choice(
    desk: Any, actor: Any, case_id: int, choice: GenerateChoice, *, progress: Any, cancelled: Callable[[], bool]
) -> DocumentInfo:
    """Generate the chosen document (runs in a worker; Cancel stops LibreOffice)."""
    del progress  # one document: the bar just runs
    return documents.generate_document(
        desk, actor, case_id, choice.template, pdf=choice.pdf, liquidate_to=choice.liquidate_to, cancelled=cancelled
    )


def pdf_name(filename: str) -> str:
    """The PDF's readable name from the DOCX filename of a version."""
    return str(Path(filename).with_suffix(".pdf"))


class DocumentsTab(RecordTab):
    """Every generated version with preview; «Generar documento…» and «Armar paquete…» (UI tab)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Documento"), lambda r: r["title"]),
                Column(tr("Versión"), lambda r: r["version"], numeric=True),
                Column(tr("Fecha"), lambda r: local_time(r["created_at"])),
                Column(tr("Generado por"), lambda r: r["by"]),
                Column(tr("Formato"), lambda r: tr("DOCX y PDF") if r["pdf_sha256"] else tr("Solo DOCX")),
                Column(tr("Plantilla"), lambda r: f"{r['template']} · {r.get('template_version') or ''}".rstrip(" ·")),
            ],
            row_background=lambda r: None if r["pdf_sha256"] else AMBER_BG,
            row_tooltip=lambda r: r["filename"],
            parent=parent,
        )
        self.empty_text = tr("Aún no se han generado documentos para este expediente")
        self.generate_button = self.add_action(tr("Generar documento…"), self.generate, shortcut="Ctrl+Shift+G")
        self.open_button = self.add_action(tr("Abrir"), self.open_selected, needs_row=True, shortcut="Ctrl+O")
        self.preview_button = self.add_action(tr("Vista previa"), self.toggle_preview, shortcut="Ctrl+Shift+V")
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(True)
        self.save_button = self.add_action(
            tr("Guardar como…"), self.save_selected, needs_row=True, shortcut="Ctrl+Shift+S"
        )
        self.packet_button = self.add_action(
            tr("Armar paquete de radicación…"), self.open_packet, shortcut="Ctrl+Shift+P"
        )
        self.preview = FilePreview(self)
        # «Generando documento…» with «Cancelar»: LibreOffice may hang while it makes the PDF
        self.generating = ProgressRow(self)
        self.generating.cancel_button.clicked.connect(self.cancel_generate)
        self.busy = self.generating.bar
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.splitter = self.split_with(self.preview, (3, 2))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.generating)
        self.progress_row = ProgressRow(self)  # «Abrir» and «Guardar como…» copy the file in a worker
        self.progress_row.cancel_button.clicked.connect(self.cancel_copy)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_preview())
        self.worker: Worker | None = None
        self.copy_worker: Worker | None = None
        self.last_generated: DocumentInfo | None = None

    def show_case(self, case: CaseFile) -> None:
        self.allow(self.generate_button, self.host.may(Action.GENERATE_DOCUMENTS))
        self.allow(self.packet_button, self.host.may(Action.BUILD_PACKET))
        newest_first = sorted(case.documents, key=lambda d: d["document_id"], reverse=True)
        self.set_records(newest_first, "document_id")
        self.bound_column(0, at_most=260)
        if self.selected() is None and self.model.rowCount():
            self.select_row(0)
        self._show_preview()

    def on_activated(self) -> None:
        self.open_selected()

    def select_document(self, document_id: int) -> None:
        """Select a version by id (after generating it)."""
        for r, rec in enumerate(self.model.records()):
            if rec["document_id"] == document_id:
                self.select_row(r)
                return

    # ---------------------------------------------------------------- generating

    def generate(self) -> None:
        """Ask template and format, then render (and convert) in a worker; LibreOffice takes about a second."""
        if self.worker is not None:
            show_error(self, tr("Espere a que termine el documento en curso"))
            return
        choice = pick_template(self, self.host)
        if choice is None:
            return
        ctx = self.host.ctx
        worker = Worker(
            generate_choice,
            ctx.desk,
            ctx.actor,
            self.host.case_id,
            choice,
            done_is_done=True,  # a Cancel after the version was saved: it is saved, say so
        )
        worker.signals.finished.connect(self._on_generated)
        worker.signals.failed.connect(self._on_generate_failed)
        worker.signals.cancelled.connect(self._on_generate_cancelled)
        self.generating.begin(tr("Generando documento…") if not choice.pdf else tr("Generando documento y PDF…"))
        self.status.setVisible(False)
        self.generate_button.setEnabled(False)
        self.worker = worker
        start(worker)

    def cancel_generate(self) -> None:
        """Stop the document being generated (a LibreOffice that does not answer is ended); nothing is saved."""
        if self.worker is not None:
            self.worker.cancel()
            self.generating.cancelling()

    def _on_worker_done(self) -> None:
        self.worker = None
        self.generating.end()
        self.generate_button.setEnabled(True)

    def _on_generate_cancelled(self) -> None:
        self._on_worker_done()
        self.status.setText(tr("Generación cancelada: no se guardó ningún documento."))
        self.status.setVisible(True)

    def _on_generated(self, doc: DocumentInfo) -> None:
        self._on_worker_done()
        self.last_generated = doc
        self.host.ctx.events.case_changed.emit(self.host.case_id)
        self.host.after_reload(lambda: self.select_document(doc.document_id))  # in the table once re-read
        self.status.setText(tr("Se generó «{0}», versión {1} ({2}).").format(doc.title, doc.version, doc.filename))
        self.status.setVisible(True)
        if doc.warning:
            QMessageBox.warning(self, tr("PDF no generado"), error_text(doc.warning_text or doc.warning))

    def _on_generate_failed(self, message: str, _detail: str) -> None:
        self._on_worker_done()
        show_error(self, message)

    # ---------------------------------------------------------------- files

    def _paths(self, doc: dict[str, Any]) -> tuple[Path | None, Path | None]:
        """The stored DOCX and PDF of a version (PDF None when only the DOCX exists)."""
        try:
            ctx = self.host.ctx
            docx = documents.document_path(ctx.desk, ctx.actor, doc["document_id"], pdf=False)
            pdf = documents.document_path(ctx.desk, ctx.actor, doc["document_id"]) if doc["pdf_sha256"] else None
        except (ServiceError, OSError) as exc:
            show_error(self, tr("No se encuentra el archivo del documento: {0}").format(error_text(exc)))
            return None, None
        return docx, pdf

    def open_selected(self) -> None:
        """Open the PDF (or the DOCX) with the system application, as a copy named like the version.

        The copy is made in a worker (a PDF with its scanned annexes runs to tens of MB), as in «Pruebas».
        """
        doc = self.selected()
        if doc is None:
            return
        docx, pdf = self._paths(doc)
        source, name = (pdf, pdf_name(doc["filename"])) if pdf is not None else (docx, doc["filename"])
        if source is None:
            return
        self._copy_in_worker(
            Worker(file_actions.named_copy, source, name),
            tr("Preparando {0}…").format(name),
            lambda copy: file_actions.open_file(copy)
            or show_error(self, tr("No hay una aplicación para abrir {0}; use «Guardar como…».").format(name)),
        )

    def save_selected(self) -> None:
        """Save the PDF or the DOCX (by the extension chosen) somewhere else, copied in a worker."""
        doc = self.selected()
        if doc is None:
            return
        docx, pdf = self._paths(doc)
        if docx is None:
            return
        filters = tr("Documento Word (*.docx)")
        if pdf is not None:
            filters = tr("Documento PDF (*.pdf)") + ";;" + filters
        suggested = pdf_name(doc["filename"]) if pdf is not None else doc["filename"]
        target = file_actions.ask_save_path(self, tr("Guardar documento como"), suggested, filters)
        if target is None:
            return
        source = docx if target.suffix.lower() == ".docx" or pdf is None else pdf
        if not target.suffix:
            target = target.with_suffix(source.suffix if source.suffix else Path(suggested).suffix)
        self._copy_in_worker(
            Worker(file_actions.copy_file, source, target),
            tr("Copiando {0}…").format(target.name),
            lambda saved: self._say(tr("Guardado en {0}").format(saved)),
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def _copy_in_worker(self, worker: Worker, text: str, done: Callable[[Path], Any]) -> None:
        """Copy a stored document off the UI thread, with progress and «Cancelar» (no partial file is left)."""
        if self.copy_worker is not None:
            show_error(self, tr("Espere a que termine la copia en curso"))
            return
        worker.signals.progress.connect(
            lambda d, t, _label: self.copy_worker is worker
            and not worker.is_cancelled()
            and self.progress_row.report(d, t, text + " %p %")
        )
        worker.signals.finished.connect(lambda result: (self._on_copy_done(), done(result)))
        worker.signals.failed.connect(lambda message, _d: (self._on_copy_done(), show_error(self, message)))
        worker.signals.cancelled.connect(self._on_copy_done)
        self.progress_row.begin(text)
        self.copy_worker = worker
        start(worker)

    def cancel_copy(self) -> None:
        if self.copy_worker is not None:
            self.copy_worker.cancel()
            self.progress_row.cancelling()

    def _on_copy_done(self) -> None:
        self.copy_worker = None
        self.progress_row.end()

    def toggle_preview(self) -> None:
        self.preview.setVisible(self.preview_button.isChecked())
        self._show_preview()

    def _show_preview(self) -> None:
        if not self.preview.isVisibleTo(self):
            return
        doc = self.selected()
        if doc is None:
            self.preview.clear()
            return
        docx, pdf = self._paths(doc)
        if pdf is not None:
            self.preview.show_file(pdf, pdf_name(doc["filename"]))
        elif docx is not None:
            self.preview.show_file(docx, doc["filename"], sha256=doc.get("docx_sha256"))  # made PDF by LibreOffice

    def open_packet(self) -> None:
        """The filing-packet dialog for this case."""
        from legal_desk.ui.dialogs.packet import PacketDialog

        PacketDialog(self.host.ctx, self.host.case_id, self).exec()
