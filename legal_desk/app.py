"""Desktop start-up: QApplication, language, configuration, database upgrade, log-in, main window."""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from legal_desk.config import APP_NAME, Config

if TYPE_CHECKING:
    from legal_desk.services.desk import Desk

AUTOLOGIN_ENV = "LEGAL_DESK_AUTOLOGIN"


def professional_palette() -> QPalette:
    """A calm light palette: white surfaces, slate text, a navy accent."""
    from legal_desk.ui.theme import light_palette

    return light_palette()


def desktop_palette() -> QPalette:
    """The light palette, or its dark counterpart when the desktop is in dark mode."""
    from legal_desk.ui.theme import dark_palette, desktop_prefers_dark

    return dark_palette() if desktop_prefers_dark() else professional_palette()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with name, Fusion style and palette (reuses a running one, e.g. under pytest-qt).

    The palette follows the desktop's colour scheme: a light desktop gets the light palette, a dark one
    (Windows, macOS, GNOME or KDE in dark mode) the dark palette, and a switch while the program runs is
    followed at once.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("legal_desk")
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(desktop_palette())
    from legal_desk.ui.theme import follow_desktop_scheme

    follow_desktop_scheme(app)
    return app


def open_desk(config: Config) -> Desk:
    """Open (and upgrade, with a backup of a SQLite file) the database; ServiceError on failure."""
    from legal_desk.services.desk import Desk
    from legal_desk.services.users import ensure_admin

    desk = Desk.open(config, upgrade=True)
    try:
        config.store_root.mkdir(parents=True, exist_ok=True)
        probe = config.store_root / ".write_test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        desk.close()
        from legal_desk.domain import messages as M
        from legal_desk.domain.messages import Text
        from legal_desk.services.errors import ServiceError

        raise ServiceError(Text(M.STORE_UNWRITABLE, folder=config.store_root, reason=exc.strerror or exc)) from exc
    ensure_admin(desk)
    return desk


UPGRADE_NOTICE_MS = 400  # a start-up that takes longer than this says what it is doing


def open_desk_showing_progress(config: Config) -> Desk:
    """`open_desk` in a thread, with a small window if it takes long (a schema upgrade of a big desk).

    An upgrade of a desk with a million cases rewrites indexes and stores missing terms for tens of
    seconds; a start-up that showed nothing meanwhile looks hung, and a user who kills it gains
    nothing (the upgrade runs in a transaction, after a backup copy of a SQLite file).
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["desk"] = open_desk(config)
        except BaseException as exc:  # raised again on the UI thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="legal_desk-open", daemon=True)
    worker.start()
    loop = QEventLoop()
    notice: QProgressDialog | None = None

    def show_notice() -> None:
        nonlocal notice
        if not worker.is_alive():
            return
        notice = QProgressDialog(
            QCoreApplication.translate(
                "App",
                "Preparando la base de datos de legal_desk… Después de una actualización, en un despacho "
                "grande, puede tardar un minuto; no cierre el programa.",
            ),
            "",
            0,
            0,
        )
        notice.setWindowTitle("legal_desk")
        notice.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no Cancel button
        notice.setWindowModality(Qt.WindowModality.ApplicationModal)
        notice.setMinimumDuration(0)
        notice.show()

    def check() -> None:
        if not worker.is_alive():
            loop.quit()

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(UPGRADE_NOTICE_MS, show_notice)
    if worker.is_alive():
        loop.exec()
    poll.stop()
    worker.join()
    if notice is not None:
        notice.close()
    if "error" in outcome:
        raise outcome["error"]
    desk: Desk = outcome["desk"]
    return desk


def main(db: str | None = None, store: str | None = None) -> int:
    """Run the desktop application; returns the exit status."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        print(
            "legal-desk: no hay pantalla gráfica (DISPLAY) para abrir la aplicación; use los comandos "
            "(`legal-desk --help`) o inicie una sesión gráfica.",
            file=sys.stderr,
        )
        return 1
    app = make_application()
    from legal_desk.services.errors import ServiceError
    from legal_desk.ui.errors import error_text
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.settings import UiSettings

    settings = UiSettings()
    install_language(settings.language)
    try:
        config = Config.load(db or settings.db_url or None, store or settings.store_root or None)
        desk = open_desk_showing_progress(config)
    except ServiceError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "No se pudo abrir legal_desk"), error_text(exc))
        return 1

    from legal_desk.services.desk import Actor
    from legal_desk.services.users import actor_for

    actor: Actor | None
    auto = os.environ.get(AUTOLOGIN_ENV, "").strip()
    if auto:
        try:
            actor = actor_for(desk, auto)
        except ServiceError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "No se pudo abrir legal_desk"), error_text(exc)
            )
            desk.close()
            return 1
    else:
        from legal_desk.ui.dialogs.login import LoginDialog

        actor = LoginDialog.get_actor(desk, settings)
        if actor is None:
            desk.close()
            return 0

    from legal_desk.ui.context import UiContext
    from legal_desk.ui.events import AppEvents
    from legal_desk.ui.main_window import MainWindow
    from legal_desk.ui.watch import WATCH_MS

    ctx = UiContext(desk, actor, AppEvents(), settings, watch_ms=WATCH_MS)
    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        from legal_desk.ui.models.case_table import page_pool

        QThreadPool.globalInstance().waitForDone()
        page_pool().waitForDone()  # a docket page still being read, before its database is closed
        desk.close()
