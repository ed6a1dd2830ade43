"""Settings: interface language (applied live), database and store (next start), judicial calendar options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from legal_desk.config import Config, default_data_dir, normalize_db_url
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.services.desk import connect_error_text
from legal_desk.services.errors import ServiceError
from legal_desk.ui.context import UiContext
from legal_desk.ui.errors import error_text
from legal_desk.ui.forms.ui_settings import Ui_SettingsDialog
from legal_desk.ui.i18n import LANGUAGES, current_language, install_language
from legal_desk.ui.workers import Worker, start

_CALENDAR_KEYS = {
    "calendar.holy_week_closed": "holyWeekCheck",
    "calendar.rama_judicial_day_closed": "ramaDayCheck",
    "calendar.extend_to_business_day": "extendCheck",
    "calendar.calendar_terms_from_next_day": "nextDayCheck",
}


def probe_database(url: str) -> str:
    """Connect to a database URL and say what answered (runs in a Worker; no schema change)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from legal_desk.db.session import make_engine

    try:
        engine = make_engine(normalize_db_url(url))
        try:
            with engine.connect() as conn:
                if engine.dialect.name == "postgresql":
                    version = conn.execute(text("SHOW server_version")).scalar_one()
                    return f"PostgreSQL {version}"
                version = conn.execute(text("select sqlite_version()")).scalar_one()
                return f"SQLite {version}"
        finally:
            engine.dispose()
    except (SQLAlchemyError, OSError, ValueError) as exc:
        # In Spanish, why and what to change («el servidor 10.0.0.5:5432 no responde…», as the CLI says it);
        # the driver's own sentence is English, kept for the English interface.
        reason = (
            connect_error_text(exc, url, setting="la dirección de la base de datos")
            if current_language() == "es"
            else getattr(exc, "orig", None) or exc
        )
        raise ServiceError(Text(M.DB_CONNECT_FAILED, reason=reason)) from None


def _local_store(folder: str) -> bool:
    """Whether a store folder is this computer's own data folder (where a single desk keeps its files)."""
    try:
        path = Path(folder).expanduser().resolve()
        return path == default_data_dir().resolve() / "store" or default_data_dir().resolve() in path.parents
    except (OSError, ValueError):
        return False


def _calendar_values(ctx: UiContext) -> dict[str, bool] | None:
    try:
        from legal_desk.services.calendars import calendar_setting_values
    except ImportError:
        return None
    return calendar_setting_values(ctx.desk)


class SettingsDialog(QDialog, Ui_SettingsDialog):
    """Preferences (UI layer): paired load/save over UiSettings and the calendar service."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.ctx = ctx
        self._worker: Worker | None = None
        self._calendar_loaded: dict[str, bool] | None = None
        self._kind_text: dict[str, str] = {}  # what the database field held for the other kind
        for code, name in LANGUAGES.items():
            self.languageCombo.addItem(name, code)
        self.kindCombo.addItem(self.tr("Archivo SQLite (un escritorio)"), "sqlite")
        self.kindCombo.addItem(self.tr("Servidor PostgreSQL (equipo)"), "postgresql")
        self.kindCombo.currentIndexChanged.connect(self._on_kind_changed)
        self.dbBrowseButton.clicked.connect(self._browse_db)
        self.storeBrowseButton.clicked.connect(self._browse_store)
        self.testButton.clicked.connect(self.test_connection)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.load_settings()

    # ------------------------------------------------------------ paired load / save

    def load_settings(self) -> None:
        s = self.ctx.settings
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(s.language or current_language())))
        url = s.db_url or self.ctx.desk.config.db_url
        is_pg = url.startswith("postgres")
        self.kindCombo.setCurrentIndex(1 if is_pg else 0)
        self.dbEdit.setText(url if is_pg else url.removeprefix("sqlite:///"))
        self.storeEdit.setText(s.store_root or str(self.ctx.desk.config.store_root))
        self._on_kind_changed()
        values = _calendar_values(self.ctx)
        self._calendar_loaded = values
        editable = values is not None and self.ctx.can(Action.MANAGE_CALENDAR)
        for key, name in _CALENDAR_KEYS.items():
            check = getattr(self, name)
            check.setChecked(bool(values and values.get(key)))
            check.setEnabled(editable)
        if values is None:
            self.calendarNote.setText(self.tr("Las opciones de calendario no están disponibles en esta instalación."))
        elif not editable:
            self.calendarNote.setText(self.tr("Solo un abogado o el administrador puede cambiar el calendario."))
        else:
            self.calendarNote.setText(self.tr("Al cambiar una opción se recalculan los términos abiertos."))
        can_admin = self.ctx.can(Action.ADMIN_SETTINGS)
        for w in (self.kindCombo, self.dbEdit, self.dbBrowseButton, self.storeEdit, self.storeBrowseButton):
            w.setEnabled(can_admin)
        if not can_admin:  # greyed-out fields say why, as the calendar tab does
            self.restartNote.setText(
                self.tr(
                    "Solo el administrador puede cambiar la base de datos y la carpeta de archivos de este "
                    "escritorio; «Probar conexión» comprueba la actual."
                )
            )

    def save_settings(self) -> bool:
        s = self.ctx.settings
        lang = str(self.languageCombo.currentData())
        if lang != s.language or lang != current_language():
            s.language = lang
            if not install_language(lang):
                QMessageBox.information(
                    self, self.tr("Idioma"), self.tr("No se encontró la traducción; se reiniciará en español.")
                )
            self.ctx.events.language_changed.emit(current_language())
        if self.ctx.can(Action.ADMIN_SETTINGS):
            db = self.dbEdit.text().strip()
            store = self.storeEdit.text().strip()
            if self.kindCombo.currentData() == "postgresql" and db and not db.startswith("postgres"):
                # «servidor/legal_desk» is not a server: it would become a new SQLite file of that name
                QMessageBox.warning(self, self.tr("Base de datos"), self._server_address_hint())
                return False
            shown_store = store or str(self.ctx.desk.config.store_root)
            if self.kindCombo.currentData() == "postgresql" and _local_store(shown_store):
                QMessageBox.warning(
                    self,
                    self.tr("Carpeta de archivos"),
                    self.tr(
                        "%1 es una carpeta de este equipo: los demás escritorios del servidor no verán las pruebas "
                        "ni los documentos guardados en ella. Elija una carpeta compartida que todos vean."
                    ).replace("%1", shown_store),
                )
            changed = normalize_db_url(db) != self.ctx.desk.config.db_url if db else False
            changed |= bool(store) and Path(store).expanduser().resolve() != self.ctx.desk.config.store_root
            s.db_url = db
            s.store_root = store
            if changed:
                QMessageBox.information(
                    self,
                    self.tr("Base de datos"),
                    self.tr("La nueva base de datos o carpeta se usará la próxima vez que abra legal_desk."),
                )
        self._save_calendar()
        s.sync()
        return True

    def _save_calendar(self) -> None:
        if self._calendar_loaded is None or not self.ctx.can(Action.MANAGE_CALENDAR):
            return
        from legal_desk.services.calendars import set_calendar_setting

        changes = {
            key: getattr(self, name).isChecked()
            for key, name in _CALENDAR_KEYS.items()
            if getattr(self, name).isChecked() != self._calendar_loaded.get(key, False)
        }
        moved = 0
        try:
            for key, value in changes.items():
                moved += set_calendar_setting(self.ctx.desk, self.ctx.actor, key, value)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Calendario"), error_text(exc))
            return
        if changes:
            self.ctx.events.calendar_changed.emit()
            self.ctx.events.cases_changed.emit()
            self.calendarNote.setText(self.tr("%1 términos recalculados.").replace("%1", str(moved)))

    def accept(self) -> None:
        if self.save_settings():
            super().accept()

    # ------------------------------------------------------------ database helpers

    def database_url(self) -> str:
        """What the database fields say, as a URL."""
        text = self.dbEdit.text().strip()
        return normalize_db_url(text) if text else Config.load().db_url

    def _server_address_hint(self) -> str:
        return self.tr("Para un servidor PostgreSQL escriba su dirección completa, por ejemplo %1").replace(
            "%1", "postgresql+psycopg://usuario:clave@servidor:5432/legal_desk"
        )

    def _on_kind_changed(self, *_args: Any) -> None:
        is_pg = self.kindCombo.currentData() == "postgresql"
        text = self.dbEdit.text().strip()
        if not text or text.startswith("postgres") != is_pg:
            # a file path is no server address, nor the reverse: keep it for a switch back, show what to write
            self.dbEdit.setText(self._kind_text.get(str(self.kindCombo.currentData()), ""))
            if text:
                self._kind_text["sqlite" if is_pg else "postgresql"] = text
        self.dbBrowseButton.setVisible(not is_pg)
        self.dbEdit.setPlaceholderText(
            "postgresql+psycopg://usuario:clave@servidor:5432/legal_desk"
            if is_pg
            else self.tr("Ruta del archivo .sqlite3")
        )

    def _browse_db(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Archivo de base de datos"), self.dbEdit.text(), "SQLite (*.sqlite3 *.db)"
        )
        if path:
            self.dbEdit.setText(path)

    def _browse_store(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de archivos"), self.storeEdit.text())
        if path:
            self.storeEdit.setText(path)

    def test_connection(self) -> Worker:
        """Try the database in a Worker and show the answer beside the button."""
        if self.kindCombo.currentData() == "postgresql" and not self.dbEdit.text().strip().startswith("postgres"):
            self.testResultLabel.setText(self._server_address_hint())
            return Worker(probe_database, "", with_progress=False)  # not started: nothing to try
        self.testButton.setEnabled(False)
        self.testResultLabel.setText(self.tr("Probando…"))
        worker = Worker(probe_database, self.database_url(), with_progress=False)
        worker.signals.finished.connect(self._on_test_ok)
        worker.signals.failed.connect(self._on_test_failed)
        self._worker = start(worker)
        return worker

    def _on_test_ok(self, answer: object) -> None:
        self.testButton.setEnabled(True)
        self.testResultLabel.setText(self.tr("Conexión correcta: %1").replace("%1", str(answer)))

    def _on_test_failed(self, message: str, _detail: str) -> None:
        self.testButton.setEnabled(True)
        self.testResultLabel.setText(message)
