"""Export the docket as filtered on screen to Excel or CSV: a Worker with a progress bar and Cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from legal_desk.services.cases import CaseQuery
from legal_desk.services.reports import export_docket
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.maintenance import MaintenanceTask
from legal_desk.ui.workers import Worker

_LAST_FOLDER = "export/folder"
_LAST_FORMAT = "export/format"


def tr(text: str) -> str:
    """Translate UI text outside a QObject (context «DocketExport»)."""
    return QCoreApplication.translate("DocketExport", text)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class ExportTask(MaintenanceTask):
    """The docket's «Exportar…»: every case of the current filters written to .xlsx or .csv."""

    def __init__(self, ctx: UiContext, parent: QWidget, count: int | None) -> None:
        label = (
            tr("Exportando %1 expedientes…").replace("%1", _thousands(count))
            if count is not None
            else tr("Exportando los expedientes…")
        )
        super().__init__(parent, tr("Exportar expedientes"), label)
        self.ctx = ctx
        self.result: dict[str, Any] | None = None

    def start(self, query: CaseQuery, target: Path) -> Worker:
        return self.run(Worker(export_docket, self.ctx.desk, self.ctx.actor, query, target))

    def finished(self, result: Any) -> None:
        self.result = result
        self.message = (
            tr("Se exportaron %1 expedientes a %2.")
            .replace("%1", _thousands(int(result["rows"])))
            .replace("%2", str(result["path"]))
        )
        QMessageBox.information(self.parent, self.title, self.message)

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.message = tr("Exportación cancelada; no se guardó ningún archivo.")
        self.dialog.finish()
        QMessageBox.information(self.parent, self.title, self.message)


def ask_export_path(ctx: UiContext, parent: QWidget) -> Path | None:
    """Where to write the export: the folder and format used last time, today's name."""
    folder = ctx.settings.load_value(_LAST_FOLDER) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    excel = tr("Libro de Excel (*.xlsx)")
    csv = tr("CSV para Excel, separado por punto y coma (*.csv)")
    last = str(ctx.settings.load_value(_LAST_FORMAT) or "xlsx")
    name = f"expedientes_{dt.date.today().isoformat()}.{last}"
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Exportar expedientes"),
        str(Path(str(folder)) / name),
        f"{excel};;{csv}",
        csv if last == "csv" else excel,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + (".csv" if chosen == csv else ".xlsx"))
    ctx.settings.save_value(_LAST_FOLDER, str(target.parent))
    ctx.settings.save_value(_LAST_FORMAT, target.suffix.lower().lstrip("."))
    return target
