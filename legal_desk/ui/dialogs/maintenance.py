"""Backup and integrity check from the app: run in a Worker with a progress dialog and a Cancel button."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legal_desk.services.backup import BackupCheck, RepairReport, backup, repair_from_backup, restore, verify_backup
from legal_desk.services.integrity import IntegrityReport, verify
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.workers import Worker, start

_LAST_FOLDER = "maintenance/backup_folder"
_MAX_LISTED = 20  # problems listed in the message; the rest are counted


def tr(text: str) -> str:
    """Translate UI text outside a QObject (context «Maintenance»)."""
    return QCoreApplication.translate("Maintenance", text)


def default_backup_name(today: dt.date | None = None) -> str:
    """`legal_desk_copia_2026-11-27.zip`: sorts by date in a folder of backups."""
    return f"legal_desk_copia_{(today or dt.date.today()).isoformat()}.zip"


class ProgressDialog(QDialog):
    """What a long job shows meanwhile: a sentence, a bar and Cancel (Esc or closing the window cancel too).

    Not a QProgressDialog: a modal one processes events inside setValue, so the job's last report
    could close it from within its own progress update.
    """

    cancel_requested = Signal()

    def __init__(self, title: str, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report gives a total
        self.cancel_button = QPushButton(tr("Cancelar"), self)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        self.done_ = False

    def set_progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Cancel asks the job to stop; the window closes when the job reports."""
        if self.done_:
            super().reject()
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(tr("Cancelando…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.done_ = True
        self.close()


class MaintenanceTask(ABC):
    """One long maintenance job (UI layer): the Worker, its progress dialog and what is shown at the end."""

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        self.parent = parent
        self.title = title
        self.worker: Worker | None = None
        self.outcome: str = ""  # "finished", "failed", "cancelled" once it reported
        self.message: str = ""  # the sentence shown at the end
        self.dialog = ProgressDialog(title, label, parent)
        self.dialog.cancel_requested.connect(self.cancel)

    def run(self, worker: Worker) -> Worker:
        self.worker = worker
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self.dialog.open()
        return start(worker)

    def cancel(self) -> None:
        if self.worker is not None and not self.outcome:
            self.worker.cancel()

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        self.dialog.set_progress(done, total)

    def _on_finished(self, result: Any) -> None:
        self.outcome = "finished"
        self.dialog.finish()
        self.finished(result)

    def _on_failed(self, message: str, _detail: str) -> None:
        self.outcome = "failed"
        self.message = message
        self.dialog.finish()
        QMessageBox.warning(self.parent, self.title, message)

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.message = tr("Cancelado; no se cambió nada.")
        self.dialog.finish()
        QMessageBox.information(self.parent, self.title, self.message)

    @abstractmethod
    def finished(self, result: Any) -> None:
        """Say what the job did (each job its own message)."""


class BackupTask(MaintenanceTask):
    """Archivo → Copia de seguridad: every table and every stored file in one ZIP."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(
            parent,
            tr("Copia de seguridad"),
            tr("Copiando la base de datos y los archivos de los expedientes…"),
        )
        self.ctx = ctx

    def start(self, target: Path) -> Worker:
        return self.run(Worker(backup, self.ctx.desk, self.ctx.actor, target))

    def finished(self, result: Any) -> None:
        cases = int(result["tables"].get("cases", 0))
        self.message = (
            tr("Copia guardada en %1: %2 expedientes y %3 archivos.")
            .replace("%1", str(result["path"]))
            .replace("%2", f"{cases:,}".replace(",", "."))
            .replace("%3", f"{int(result['files']):,}".replace(",", "."))
        )
        missing = result.get("missing_files") or []
        if missing:
            self.message += " " + tr(
                "Faltan %1 archivos en el almacén y no quedaron en la copia: "
                "use «Verificar integridad» para ver cuáles."
            ).replace("%1", str(len(missing)))
        templates = result.get("templates")
        if templates:
            self.message += " " + tr("Incluye las %1 plantillas propias del despacho.").replace(
                "%1", str(templates["files"])
            )
        if result.get("templates_missing"):
            self.message += " " + tr(
                "Las plantillas propias del despacho NO quedaron en la copia: este equipo no encuentra su carpeta %1."
            ).replace("%1", str(result["templates_missing"]))
        if missing or result.get("templates_missing"):
            QMessageBox.warning(self.parent, self.title, self.message)
        else:
            QMessageBox.information(self.parent, self.title, self.message)


class RestoreTask(MaintenanceTask):
    """Archivo → Restaurar copia: load a backup (from SQLite or PostgreSQL) into this database and its store.

    Users, settings and every case are the backup's afterwards, so the window closes at the end: the
    desk is opened again and one logs in with a user (and password) of the backup.
    """

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(
            parent,
            tr("Restaurar copia de seguridad"),
            tr("Restaurando los expedientes y copiando los archivos al almacén…"),
        )
        self.ctx = ctx

    def start(self, source: Path, *, replace: bool, force: bool = False) -> Worker:
        # Cancel stops the copy of the files, before the database is touched; the tables are then
        # loaded in one transaction that ends whole or not at all, so Cancel is off meanwhile.
        return self.run(
            Worker(restore, self.ctx.desk, self.ctx.actor, source, replace=replace, force=force, done_is_done=True)
        )

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        super()._on_progress(done, total, _label)
        if total and done >= total:
            self.dialog.cancel_button.setEnabled(False)
            self.dialog.label.setText(tr("Cargando los expedientes, usuarios y ajustes en la base de datos…"))

    def finished(self, result: Any) -> None:
        tables = result.get("tables") or {}
        self.message = (
            tr("Copia restaurada: %1 expedientes, %2 usuarios y %3 archivos, en %4.")
            .replace("%1", f"{int(tables.get('cases', 0)):,}".replace(",", "."))
            .replace("%2", str(int(tables.get("users", 0))))
            .replace("%3", f"{int(result.get('files') or 0):,}".replace(",", "."))
            .replace("%4", str(self.ctx.desk.config.store_root))
        )
        templates = result.get("templates")
        if templates:
            self.message += " " + tr("Las plantillas propias del despacho quedaron en %1.").replace(
                "%1", str(templates["folder"])
            )
        if result.get("templates_missing"):
            self.message += " " + tr(
                "La copia no trae las plantillas propias del despacho y este equipo no encuentra su carpeta %1: "
                "conéctela, o elija otra en «Plantillas de documentos»."
            ).replace("%1", str(result["templates_missing"]))
        self.message += " " + tr(
            "legal_desk se cerrará: ábralo de nuevo e ingrese con un usuario de la copia; "
            "luego use «Verificar integridad»."
        )
        QMessageBox.information(self.parent, self.title, self.message)
        self.parent.close()


def ask_restore_path(ctx: UiContext, parent: QWidget, title: str | None = None) -> Path | None:
    """The backup ZIP to load or check (from the folder of the last backup)."""
    folder = ctx.settings.load_value(_LAST_FOLDER) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    path, _filter = QFileDialog.getOpenFileName(
        parent, title or tr("Restaurar copia de seguridad"), str(folder), tr("Copia de legal_desk (*.zip)")
    )
    return Path(path) if path else None


class VerifyTask(MaintenanceTask):
    """Archivo → Verificar integridad: re-hash every stored file and re-check the audit chain."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(
            parent,
            tr("Verificar integridad"),
            tr("Revisando el SHA-256 de cada archivo y la cadena de auditoría…"),
        )
        self.ctx = ctx
        self.report: IntegrityReport | None = None

    def start(self) -> Worker:
        return self.run(Worker(verify, self.ctx.desk))

    def finished(self, result: Any) -> None:
        report: IntegrityReport = result
        self.report = report
        summary = (
            tr("%1 archivos y %2 eventos de auditoría revisados.")
            .replace("%1", f"{report.files_checked:,}".replace(",", "."))
            .replace("%2", f"{report.events_checked:,}".replace(",", "."))
        )
        if report.ok:
            self.message = summary + " " + tr("Todo está íntegro.")
            QMessageBox.information(self.parent, self.title, self.message)
            return
        lines = [
            tr("Archivo %1: %2").replace("%1", p["file"]).replace("%2", p["problem"]) for p in report.file_problems
        ]
        lines += [
            tr("Auditoría, evento %1: %2").replace("%1", str(p["event_id"])).replace("%2", str(p["problem"]))
            for p in report.audit_problems
        ]
        shown = lines[:_MAX_LISTED]
        if len(lines) > _MAX_LISTED:
            shown.append(tr("… y %1 más.").replace("%1", str(len(lines) - _MAX_LISTED)))
        self.message = (
            summary
            + " "
            + tr("Se encontraron %1 problemas:").replace("%1", str(len(lines)))
            + "\n\n"
            + "\n".join(shown)
        )
        if report.file_problems:
            self.message += "\n\n" + tr(
                "Un archivo que falta o cambió se recupera de una copia de seguridad hecha antes: "
                "Archivo → Recuperar archivos de una copia (la base de datos no se toca)."
            )
        QMessageBox.warning(self.parent, self.title, self.message)


class RepairFromBackupTask(MaintenanceTask):
    """Archivo → Recuperar archivos de una copia: the stored files verify finds missing or altered, taken back
    from a backup ZIP by their SHA-256 (services.backup.repair_from_backup); the database is not touched."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(
            parent,
            tr("Recuperar archivos de una copia"),
            tr("Buscando los archivos que faltan o cambiaron y tomándolos de la copia…"),
        )
        self.ctx = ctx
        self.repair: RepairReport | None = None

    def start(self, source: Path) -> Worker:
        return self.run(Worker(repair_from_backup, self.ctx.desk, self.ctx.actor, source))

    def finished(self, result: Any) -> None:
        repair: RepairReport = result
        self.repair = repair
        if not repair.repaired and not repair.not_in_backup:
            self.message = tr("No falta ni cambió ningún archivo: no hubo nada que recuperar.")
            QMessageBox.information(self.parent, self.title, self.message)
            return
        lines = [tr("Recuperado: %1").replace("%1", name) for name in repair.repaired]
        lines += [tr("No está en la copia: %1").replace("%1", name) for name in repair.not_in_backup]
        shown = lines[:_MAX_LISTED]
        if len(lines) > _MAX_LISTED:
            shown.append(tr("… y %1 más.").replace("%1", str(len(lines) - _MAX_LISTED)))
        self.message = (
            (
                tr("Se recuperó 1 archivo de la copia; la base de datos no se tocó.")
                if len(repair.repaired) == 1
                else tr("Se recuperaron %1 archivos de la copia; la base de datos no se tocó.").replace(
                    "%1", str(len(repair.repaired))
                )
            )
            + "\n\n"
            + "\n".join(shown)
        )
        if repair.set_aside:
            self.message += "\n\n" + tr(
                "Los archivos alterados no se borraron: quedaron aparte en la carpeta «.alterados» de la carpeta "
                "de archivos."
            )
        if repair.not_in_backup:
            self.message += "\n\n" + tr(
                "Los que no están en esta copia pueden estar en otra más reciente o más antigua."
            )
            QMessageBox.warning(self.parent, self.title, self.message)
            return
        QMessageBox.information(self.parent, self.title, self.message)


class VerifyBackupTask(MaintenanceTask):
    """Archivo → Comprobar una copia: read a backup ZIP to its end and check it, without restoring it.

    Before the only copy of a desk is trusted (kept offsite, carried to the new server, restored), an
    administrator sees that it opens, that this version can restore it, and that every file and table in
    it matches its manifest's SHA-256 and counts.
    """

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(
            parent,
            tr("Comprobar una copia de seguridad"),
            tr("Leyendo la copia y comprobando el SHA-256 de cada archivo y tabla…"),
        )
        self.ctx = ctx
        self.check: BackupCheck | None = None

    def start(self, source: Path) -> Worker:
        return self.run(Worker(verify_backup, source))

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.message = tr("Comprobación cancelada.")
        self.dialog.finish()
        QMessageBox.information(self.parent, self.title, self.message)

    def finished(self, result: Any) -> None:
        check: BackupCheck = result
        self.check = check
        held = (
            tr("La copia %1 guarda %2 expedientes, %3 archivos y %4 plantillas propias.")
            .replace("%1", Path(check.path).name)
            .replace("%2", f"{check.cases:,}".replace(",", "."))
            .replace("%3", f"{check.files:,}".replace(",", "."))
            .replace("%4", str(check.templates))
        )
        if check.created:
            made = tr("Hecha el %1").replace("%1", _when(check.created))
            if check.by:
                made += " " + tr("por %1").replace("%1", check.by)
            if check.version:
                made += " " + tr("con legal_desk %1").replace("%1", check.version)
            held = made + ". " + held
        if check.ok:
            self.message = held + " " + tr("Está completa y esta versión puede restaurarla.")
            if not check.checksums_recorded:
                self.message += " " + tr(
                    "Es una copia antigua sin sumas SHA-256 de sus tablas: cada archivo se comprobó por su nombre."
                )
            QMessageBox.information(self.parent, self.title, self.message)
            return
        shown = [error_text(p) for p in check.problem_texts[:_MAX_LISTED]]
        if len(check.problems) > _MAX_LISTED:
            shown.append(tr("… y %1 más.").replace("%1", str(len(check.problems) - _MAX_LISTED)))
        self.message = (
            held
            + " "
            + tr("No la use para restaurar: se encontraron %1 problemas:").replace("%1", str(len(check.problems)))
            + "\n\n"
            + "\n".join(shown)
        )
        QMessageBox.warning(self.parent, self.title, self.message)


def _when(created: str) -> str:
    """A manifest's ISO timestamp as the desk shows dates (DD/MM/AAAA HH:MM); as written if not ISO."""
    try:
        moment = dt.datetime.fromisoformat(created)
    except ValueError:
        return created
    return moment.strftime("%d/%m/%Y %H:%M")


def ask_backup_path(ctx: UiContext, parent: QWidget) -> Path | None:
    """Where to write the ZIP: the folder used last time (or Documents) and today's name."""
    folder = ctx.settings.load_value(_LAST_FOLDER) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Guardar copia de seguridad"),
        str(Path(str(folder)) / default_backup_name()),
        tr("Copia de legal_desk (*.zip)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    ctx.settings.save_value(_LAST_FOLDER, str(target.parent))
    return target
