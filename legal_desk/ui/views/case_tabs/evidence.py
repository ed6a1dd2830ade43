"""Pruebas: evidence list with drag-and-drop from the file manager and a preview beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from legal_desk.domain.dates import local_time
from legal_desk.domain.messages import text_of
from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import evidence_kind_label
from legal_desk.services import evidence as evidence_service
from legal_desk.services.cases import CaseFile
from legal_desk.services.errors import Cancelled, Conflict, ServiceError, ValidationFailed
from legal_desk.store import StoreError, human_size
from legal_desk.ui.dialogs.records import EvidenceKindDialog, EvidenceKindValues
from legal_desk.ui.errors import error_text
from legal_desk.ui.labels import domain_label
from legal_desk.ui.models.case_models import Column
from legal_desk.ui.views.case_tabs.common import CaseHost, ProgressRow, RecordTab, show_error, show_info, tr
from legal_desk.ui.widgets.file_actions import choose_copy_target, copy_file, named_copy, open_file
from legal_desk.ui.widgets.preview import FilePreview
from legal_desk.ui.workers import Worker, start


def pick_evidence_kind(
    parent: QWidget | None, filenames: list[str], jurisdiction: str | None = None
) -> EvidenceKindValues | None:
    """Ask which kind of evidence the files are, named as the case's country names them (tests replace this)."""
    return EvidenceKindDialog.ask(parent, filenames, jurisdiction)


def dropped_files(event: QDragEnterEvent | QDropEvent | QDragMoveEvent) -> list[Path]:
    """Local files carried by a drag (folders and remote URLs are left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


@dataclass
class AddOutcome:
    """What a batch of files became: the evidence added and the files refused, each with its reason."""

    added: list[Any] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


def add_files(
    desk: Any,
    actor: Any,
    case_id: int,
    paths: list[Path],
    values: EvidenceKindValues,
    *,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> AddOutcome:
    """Store each file as evidence (runs in a worker; one service call per file).

    A file that is refused (wrong content for its extension, empty, already in the case…) is reported
    with its reason and the others go on; a refusal of the user or the database stops the batch.
    Progress is in KiB over the whole batch, so one 200 MB scan moves the bar too.
    """
    sizes = []
    for path in paths:
        try:
            sizes.append(max(path.stat().st_size // 1024, 1))
        except OSError:
            sizes.append(1)
    total = sum(sizes)
    try:
        desk.store.ensure_writable()  # a read-only or unreachable store is said once, not once per file
    except StoreError as exc:
        raise ValidationFailed(text_of(exc)) from None
    outcome = AddOutcome()
    before = 0
    for i, path in enumerate(paths):
        if cancelled():
            raise Cancelled(f"Cancelado: se agregaron {len(outcome.added)} de {len(paths)} archivos")
        label = f"{path.name} ({i + 1}/{len(paths)})"
        progress(before, total, label)
        base = before

        def copied(done: int, base: int = base, label: str = label) -> None:
            progress(min(base + done // 1024, total), total, label)

        try:
            outcome.added.append(
                evidence_service.add_evidence(
                    desk,
                    actor,
                    case_id,
                    path,
                    values.kind,
                    date=values.date,
                    description=values.description,
                    progress=copied,
                    cancelled=cancelled,
                )
            )
        except (ValidationFailed, Conflict) as exc:
            outcome.refused.append((path.name, error_text(exc)))
        before += sizes[i]
    progress(total, total, "")
    return outcome


class EvidenceTab(RecordTab):
    """Evidence table on the left, preview on the right; drop files anywhere on the tab (UI tab)."""

    evidence_added = Signal(int)  # how many files were stored

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            [
                Column(tr("Tipo"), lambda r: domain_label(evidence_kind_label(r["kind"], self.jurisdiction()))),
                Column(tr("Archivo"), lambda r: r["filename"]),
                Column(tr("Fecha"), lambda r: r["date"]),
                Column(tr("Tamaño"), lambda r: human_size(r["size"]), numeric=True),
                Column(tr("Agregó"), lambda r: r["added_by"]),
                Column(tr("SHA-256"), lambda r: r["sha256"][:12] + "…"),
                Column(tr("Descripción"), lambda r: r["description"]),
            ],
            row_tooltip=lambda r: (
                tr("{0}\nSHA-256: {1}\nAgregado el {2} por {3}").format(
                    r["filename"], r["sha256"], local_time(r["added_at"]), r["added_by"] or ""
                )
                + (f"\n{r['description']}" if r["description"] else "")  # its column may be elided
            ),
            hint=tr("Arrastre archivos desde el explorador hasta esta pestaña para agregarlos como pruebas."),
            parent=parent,
        )
        self.empty_text = tr(
            "Sin pruebas. Arrastre aquí los archivos (PDF, imágenes, Word, Excel, correos .eml y .msg)."
        )
        self.setAcceptDrops(True)
        self.add_button = self.add_action(tr("Agregar archivos…"), self.choose_files, shortcut="Ctrl+Shift+A")
        self.open_button = self.add_action(tr("Abrir"), self.open_selected, needs_row=True)
        self.save_button = self.add_action(tr("Guardar copia…"), self.save_selected, needs_row=True)
        self.verify_button = self.add_action(tr("Verificar SHA-256"), self.verify_selected, needs_row=True)
        self.archive_button = self.add_action(tr("Retirar…"), self.archive_selected, needs_row=True)
        self.preview = FilePreview(self)
        self.progress_row = ProgressRow(self)
        self.progress, self.cancel_button = self.progress_row.bar, self.progress_row.cancel_button
        self.cancel_button.clicked.connect(self.cancel_adding)
        # «Agregó» and the hash are in each row's tooltip (the whole hash); shown from the header's menu.
        # Without them, and with the table three fifths of the tab as in «Documentos», type, file, date,
        # size and description fit beside the preview at 1280 px without sideways scrolling.
        self.hide_columns_by_default(4, 5)
        self.keep_whole(1, 2, 3)  # the file's name, date and size; the kind and description are elided first
        self.splitter = self.split_with(self.preview, (3, 2))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.progress_row)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.worker: Worker | None = None

    def jurisdiction(self) -> str | None:
        """The case's country: the creditor's certificate and the power are named as it names them."""
        case = self.host.case
        return case.jurisdiction if case is not None else None

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
            tr(
                "Pruebas (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.docx *.doc *.odt *.xlsx *.xls *.ods"
                " *.txt);;Todos (*)"
            ),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Ask the kind, then store the files in a worker (big scans must not freeze the window)."""
        if self.worker is not None:
            show_error(self, tr("Espere a que termine de guardar los archivos anteriores"))
            return
        values = pick_evidence_kind(self, [p.name for p in paths], self.jurisdiction())
        if values is None:
            return
        ctx = self.host.ctx
        worker = Worker(add_files, ctx.desk, ctx.actor, self.host.case_id, paths, values)
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.cancelled.connect(self._on_worker_cancelled)
        self.progress_row.begin(tr("Preparando {0} archivos…").format(len(paths)))
        self.worker = worker
        start(worker)

    def cancel_adding(self) -> None:
        """Stop the files being added: the one being copied is dropped, those already added stay."""
        if self.worker is not None:
            self.worker.cancel()
            self.progress_row.cancelling()

    def _on_worker_progress(self, done: int, total: int, label: str) -> None:
        if self.worker is None or self.worker.is_cancelled():
            return
        self.progress_row.report(done, total, tr("Guardando {0}: %p %").format(label) if label else "%p %")

    def _on_worker_done(self) -> None:
        self.worker = None
        self.progress_row.end()

    def _on_worker_finished(self, outcome: AddOutcome) -> None:
        self._on_worker_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)
        self.evidence_added.emit(len(outcome.added))
        if not outcome.refused:
            return
        if not outcome.added and len(outcome.refused) == 1:
            show_error(self, outcome.refused[0][1])
            return
        lines = "\n".join(f"• {reason if name in reason else f'{name}: {reason}'}" for name, reason in outcome.refused)
        show_error(
            self,
            tr("Se agregaron {0} de {1} archivos. No se agregaron:\n{2}").format(
                len(outcome.added), len(outcome.added) + len(outcome.refused), lines
            ),
        )

    def _on_worker_cancelled(self) -> None:
        self._on_worker_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)  # files added before the cancel stay
        show_info(self, tr("Se canceló la carga; los archivos ya agregados quedan en el expediente."))

    def _on_worker_failed(self, message: str, _detail: str) -> None:
        self._on_worker_done()
        self.host.ctx.events.case_changed.emit(self.host.case_id)  # files stored before the failure stay
        show_error(self, message)

    def _stored(self, e: dict[str, Any]) -> tuple[Any, Path]:
        """The stored file of a row, read as this user (the service checks the role)."""
        return evidence_service.evidence_path(self.host.ctx.desk, self.host.ctx.actor, e["evidence_id"])

    def _on_selection_changed(self) -> None:
        e = self.selected()
        if e is None:
            self.preview.clear()
            return
        try:
            _info, path = self._stored(e)
        except ServiceError as exc:  # in the preview, not a box at every click on a row
            self.preview.show_problem(error_text(exc))
            return
        self.preview.show_file(path, e["filename"], e["media_type"], e["sha256"])

    def on_activated(self) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        """Open a read-only copy named as added (not the hash) with the system's application."""
        e = self.selected()
        if e is None:
            return
        try:
            _info, path = self._stored(e)
        except (ServiceError, OSError) as exc:
            show_error(self, error_text(exc))
            return
        name = e["filename"]
        self._copy_in_worker(
            Worker(named_copy, path, name),
            tr("Preparando {0}…").format(name),
            lambda copy: open_file(copy)
            or show_error(self, tr("No hay una aplicación para abrir {0}; use «Guardar copia…».").format(name)),
        )

    def save_selected(self) -> None:
        """Save a copy of the stored file (under its name as added) where the user says."""
        e = self.selected()
        if e is None:
            return
        suffix = Path(e["filename"]).suffix.lower()
        filters = (tr("Archivo {0} (*{1})").format(suffix[1:].upper(), suffix) + ";;" if suffix else "") + tr(
            "Todos (*)"
        )
        try:
            _info, path = self._stored(e)
        except (ServiceError, OSError) as exc:
            show_error(self, error_text(exc))
            return
        target = choose_copy_target(self, e["filename"], filters)
        if target is not None:
            self._copy_in_worker(
                Worker(copy_file, path, target),
                tr("Copiando {0}…").format(target.name),
                lambda saved: show_info(self, tr("Copia guardada en {0}").format(saved)),
            )

    def _copy_in_worker(self, worker: Worker, text: str, done: Callable[[Path], Any]) -> None:
        """Copy a stored file in a worker (a 200 MB scan froze the window) with progress and Cancel."""
        if self.worker is not None:
            show_error(self, tr("Espere a que termine de guardar los archivos anteriores"))
            return
        worker.signals.progress.connect(
            lambda d, t, _label: self.worker is worker
            and not worker.is_cancelled()
            and self.progress_row.report(d, t, text + " %p %")
        )
        worker.signals.finished.connect(lambda result: (self._on_worker_done(), done(result)))
        worker.signals.failed.connect(lambda message, _d: (self._on_worker_done(), show_error(self, message)))
        worker.signals.cancelled.connect(self._on_worker_done)
        self.progress_row.begin(text)
        self.worker = worker
        start(worker)

    def verify_selected(self) -> None:
        """Re-hash the stored file in a worker and say whether it is the one added."""
        e = self.selected()
        if e is None:
            return
        worker = Worker(
            evidence_service.verify_evidence,
            self.host.ctx.desk,
            self.host.ctx.actor,
            e["evidence_id"],
            with_progress=False,
        )
        worker.signals.finished.connect(self._on_verified)
        worker.signals.failed.connect(lambda message, _detail: show_error(self, message))
        self.verify_button.setEnabled(False)
        for signal in (worker.signals.finished, worker.signals.failed):
            signal.connect(lambda *_a: self._sync_buttons())
        start(worker)

    def _on_verified(self, result: tuple[Any, str | None]) -> None:
        info, problem = result
        if problem is None:
            show_info(
                self,
                tr("«{0}» está íntegro: su SHA-256 coincide con el registrado al agregarlo.\n\n{1}").format(
                    info.filename, info.sha256
                ),
                tr("Verificación de integridad"),
            )
        else:
            show_error(
                self,
                tr("«{0}» NO coincide con lo registrado: {1}.\nSHA-256 registrado: {2}").format(
                    info.filename, problem, info.sha256
                ),
            )

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


__all__ = ["AddOutcome", "EvidenceTab", "QLabel", "dropped_files", "pick_evidence_kind"]
