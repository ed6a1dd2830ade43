"""Pruebas: evidence list with drag-and-drop from the file manager and a preview beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QInputDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import EVIDENCE_KINDS
from legal_desk.services import evidence as evidence_service
from legal_desk.services.cases import CaseFile
from legal_desk.services.errors import ServiceError
from legal_desk.ui.dialogs.records import EvidenceKindDialog, EvidenceKindValues
from legal_desk.ui.labels import domain_label
from legal_desk.ui.models.case_models import Column
from legal_desk.ui.views.case_tabs.common import CaseHost, RecordTab, show_error, tr
from legal_desk.ui.widgets.preview import FilePreview
from legal_desk.ui.workers import Worker, start


def pick_evidence_kind(parent: QWidget | None, filenames: list[str]) -> EvidenceKindValues | None:
    """Ask which kind of evidence the files are (tests replace this)."""
    return EvidenceKindDialog.ask(parent, filenames)


def dropped_files(event: QDragEnterEvent | QDropEvent | QDragMoveEvent) -> list[Path]:
    """Local files carried by a drag (folders and remote URLs are left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def add_files(
    desk: Any,
    actor: Any,
    case_id: int,
    paths: list[Path],
    values: EvidenceKindValues,
    *,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> list[Any]:
    """Store each file as evidence (runs in a worker; one service call per file)."""
    added = []
    for i, path in enumerate(paths):
        if cancelled():
            break
        progress(i, len(paths), path.name)
        added.append(
            evidence_service.add_evidence(
                desk, actor, case_id, path, values.kind, date=values.date, description=values.description
            )
        )
    progress(len(paths), len(paths), "")
    return added


class EvidenceTab(RecordTab):
    """Evidence table on the left, preview on the right; drop files anywhere on the tab (UI tab)."""

    evidence_added = Signal(int)  # how many files were stored

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Tipo"), lambda r: domain_label(EVIDENCE_KINDS.get(r["kind"], r["kind"]))),
                Column(tr("Archivo"), lambda r: r["filename"]),
                Column(tr("Fecha"), lambda r: r["date"]),
                Column(tr("Tamaño"), lambda r: f"{r['size'] / 1024:,.0f} KB".replace(",", "."), numeric=True),
                Column(tr("Agregó"), lambda r: r["added_by"]),
                Column(tr("Descripción"), lambda r: r["description"]),
            ],
            hint=tr("Arrastre archivos desde el explorador hasta esta pestaña para agregarlos como pruebas."),
            parent=parent,
        )
        self.empty_text = tr("Sin pruebas. Arrastre aquí los archivos (PDF, imágenes, .eml).")
        self.setAcceptDrops(True)
        self.add_button = self.add_action(tr("Agregar archivos…"), self.choose_files, shortcut="Ctrl+Shift+A")
        self.open_button = self.add_action(tr("Abrir"), self.open_selected, needs_row=True)
        self.archive_button = self.add_action(tr("Retirar…"), self.archive_selected, needs_row=True)
        self.preview = FilePreview(self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.splitter = self.split_with(self.preview, (1, 1))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.progress)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.worker: Worker | None = None

    def show_case(self, case: CaseFile) -> None:
        allowed = self.host.may(Action.ADD_EVIDENCE)
        self.allow(self.add_button, allowed)
        self.allow(self.archive_button, allowed)
        self.setAcceptDrops(allowed)
        self.set_records([e for e in case.evidence if not e["archived"]], "evidence_id")
        if self.selected() is None and self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    # ---------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # ---------------------------------------------------------------- actions

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Agregar pruebas"),
            "",
            tr("Pruebas (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;Todos (*)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Ask the kind, then store the files in a worker (big scans must not freeze the window)."""
        if self.worker is not None:
            show_error(self, tr("Espere a que termine de guardar los archivos anteriores"))
            return
        values = pick_evidence_kind(self, [p.name for p in paths])
        if values is None:
            return
        ctx = self.host.ctx
        worker = Worker(add_files, ctx.desk, ctx.actor, self.host.case_id, paths, values)
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.cancelled.connect(self._on_worker_done)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.worker = worker
        start(worker)

    def _on_worker_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(tr("Guardando {0} (%v de %m)").format(label) if label else "%v / %m")

    def _on_worker_done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)

    def _on_worker_finished(self, added: list[Any]) -> None:
        self._on_worker_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)
        self.evidence_added.emit(len(added))

    def _on_worker_failed(self, message: str, _detail: str) -> None:
        self._on_worker_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)  # files stored before the failure stay
        show_error(self, message)

    def _on_selection_changed(self) -> None:
        e = self.selected()
        if e is None:
            self.preview.clear()
            return
        try:
            _info, path = evidence_service.evidence_path(self.host.ctx.desk, e["evidence_id"])
        except ServiceError as exc:
            self.preview.clear()
            show_error(self, str(exc))
            return
        self.preview.show_file(path, e["filename"], e["media_type"])

    def on_activated(self) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        try:
            _info, path = evidence_service.evidence_path(self.host.ctx.desk, e["evidence_id"])
        except ServiceError as exc:
            show_error(self, str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def archive_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Retirar prueba"),
            tr("¿Por qué se retira «{0}»? (se conserva en el archivo)").format(e["filename"]),
        )
        if ok and reason.strip():
            self.host.run_write(evidence_service.archive_evidence, e["evidence_id"], reason.strip())


__all__ = ["EvidenceTab", "QLabel", "dropped_files", "pick_evidence_kind"]
