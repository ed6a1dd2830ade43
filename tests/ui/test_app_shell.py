"""The application shell: log-in, role-aware main window, case tabs, settings, English, screenshots."""

from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from bench.bulk_cases import build_cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for, authenticate, list_users
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.login import LoginDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.settings import UiSettings
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import settle, wait_loaded, wait_rows

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "tests" / "_artifacts" / "screenshots"

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def make_window(qtbot, desk: Desk, user: str, settings: UiSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = UiContext(desk, actor_for(desk, user), AppEvents(), settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


# ------------------------------------------------------------------ log-in


def test_login_refuses_a_bad_password_and_remembers_the_user(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    dialog = LoginDialog(sqlite_desk, settings)
    qtbot.addWidget(dialog)
    dialog.userEdit.setText("abogada")
    dialog.passwordEdit.setText("equivocada")
    assert dialog.try_login() is False
    assert dialog.actor is None
    assert dialog.errorLabel.text() == "Usuario o contraseña incorrectos"
    dialog.passwordEdit.setText("secreto-123")
    assert dialog.try_login() is True
    assert dialog.actor is not None and dialog.actor.username == "abogada"
    assert settings.last_user == "abogada"
    again = LoginDialog(sqlite_desk, settings)
    qtbot.addWidget(again)
    assert again.userEdit.text() == "abogada"


def test_a_deactivated_user_with_the_right_password_is_told_so(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    """«Usuario o contraseña incorrectos» sent a deactivated colleague to retype a password that was right."""
    from legal_desk.services.users import actor_for, update_user

    update_user(sqlite_desk, actor_for(sqlite_desk, "admin"), "abogada", active=False)
    dialog = LoginDialog(sqlite_desk, settings)
    qtbot.addWidget(dialog)
    dialog.userEdit.setText("abogada")
    dialog.passwordEdit.setText("secreto-123")
    assert dialog.try_login() is False and dialog.actor is None
    assert dialog.errorLabel.text() == (
        "El usuario «abogada» está desactivado: pida a un administrador que lo vuelva a activar"
    )
    dialog.passwordEdit.setText("equivocada")  # a wrong password tells nothing about the account
    assert dialog.try_login() is False
    assert dialog.errorLabel.text() == "Usuario o contraseña incorrectos"


def test_first_login_without_password_sets_one(
    qtbot, sqlite_desk: Desk, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([("clave-nueva-1", True), ("clave-nueva-1", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog = LoginDialog(sqlite_desk, settings)
    qtbot.addWidget(dialog)
    dialog.userEdit.setText("dependiente")
    dialog.passwordEdit.setText("")
    assert dialog.try_login() is True
    assert authenticate(sqlite_desk, "dependiente", "clave-nueva-1").username == "dependiente"
    assert next(u for u in list_users(sqlite_desk) if u.username == "dependiente").has_password


def test_first_login_when_someone_else_chose_the_password_meanwhile(
    qtbot, sqlite_desk: Desk, settings: UiSettings, monkeypatch: pytest.MonkeyPatch, no_modal: list[str]
) -> None:
    from legal_desk.services.users import actor_for, set_password

    dialog = LoginDialog(sqlite_desk, settings)
    qtbot.addWidget(dialog)
    dialog.userEdit.setText("dependiente")
    dialog.passwordEdit.setText("")

    def answer(*_a: object, **_k: object) -> tuple[str, bool]:
        # while this user types, a colleague on another computer claims the account first
        if not has_password():
            set_password(sqlite_desk, actor_for(sqlite_desk, "dependiente"), "dependiente", "la-del-colega", first=True)
        return ("la-mia-nueva", True)

    def has_password() -> bool:
        return next(u for u in list_users(sqlite_desk) if u.username == "dependiente").has_password

    monkeypatch.setattr(QInputDialog, "getText", answer)
    assert dialog.try_login() is False
    assert "ya fue elegida" in no_modal[-1] and "Ingrese con la contraseña" in dialog.errorLabel.text()
    assert authenticate(sqlite_desk, "dependiente", "la-del-colega").username == "dependiente"


# ------------------------------------------------------------------ roles


def test_collections_see_their_handovers_not_the_docket(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    window = make_window(qtbot, sqlite_desk, "cobranza", settings)
    assert window.panel_titles() == ["Tablero", "Mis entregas"]
    assert window.docket is None and window.handovers is not None
    assert window.act_import.isVisible() and window.act_new_case.isVisible()
    assert not window.act_search.isEnabled()
    settle(qtbot)
    assert set(window.handovers.groups) == {"pending", "returned", "in_progress", "closed", "prelegal"}


def test_paralegal_cannot_see_user_admin_or_import(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    window = make_window(qtbot, sqlite_desk, "dependiente", settings)
    assert window.panel_titles() == ["Tablero", "Expedientes", "Agenda", "Términos y tasas"]
    assert window.users is None
    assert not window.act_import.isVisible()
    assert not window.act_new_case.isVisible()
    assert window.act_add_evidence.isVisible()
    admin = make_window(qtbot, sqlite_desk, "admin", settings)
    assert admin.panel_titles() == ["Tablero", "Expedientes", "Agenda", "Términos y tasas", "Usuarios"]
    assert admin.users is not None and admin.users.model.rowCount() == 4


def test_status_bar_names_user_role_and_database(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    window = make_window(qtbot, sqlite_desk, "abogada", settings)
    assert window.status_user.text() == "Usuario: Laura Restrepo (Abogado)"
    assert window.status_db.full_text() == f"SQLite: {sqlite_desk.config.sqlite_path}"  # whole, or cut in the middle


# ------------------------------------------------------------------ case tabs and actions


class FakeCaseFile(QWidget):
    """Stands in for the case-file window (built by the other UI engineer)."""

    added: list[int] = []

    def __init__(self, ctx: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id

    def may(self, _action: object) -> bool:
        """The main window enables «Agregar prueba» only when the case in front allows it."""
        return True

    def add_evidence(self) -> None:
        FakeCaseFile.added.append(self.case_id)


def test_open_case_tabs_next_previous_and_add_evidence(
    qtbot, sqlite_desk: Desk, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("legal_desk.ui.views.case_file")
    module.CaseFileView = FakeCaseFile  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "legal_desk.ui.views.case_file", module)
    build_cases(sqlite_desk, 30, seed=5)
    window = make_window(qtbot, sqlite_desk, "abogada", settings)
    assert window.docket is not None and window.docket.filters()["mine"]  # a lawyer starts on their own cases
    assert window.docket.model.query.order == "priority"
    window.docket.apply_filters({})  # the whole docket
    window.ctx.events.cases_changed.emit()
    wait_rows(qtbot, window.docket.model)  # read in a worker
    window.ctx.events.open_case.emit(3)
    assert window.open_case_ids() == [3]
    assert window.tabs.count() == 2 and window.tabs.tabText(1) == "OBL-00000003"
    window.ctx.events.open_case.emit(3)  # focusing, not a second tab
    assert window.tabs.count() == 2
    window.act_add_evidence.trigger()
    assert FakeCaseFile.added == [3]
    assert window.docket is not None
    window.docket.table.selectRow(2)
    window.docket.table.setCurrentIndex(window.docket.model.index(2, 0))
    window.act_next_case.trigger()  # a case tab is in front: the next case opens
    assert window.open_case_ids() == [3, 4]
    window.act_prev_case.trigger()
    assert window.tabs.currentWidget().case_id == 3  # type: ignore[attr-defined]
    window.close_current_case()
    assert window.open_case_ids() == [4]


def test_the_navigation_highlight_follows_the_tab_in_front(
    qtbot, sqlite_desk: Desk, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a case file's tab in front no panel is highlighted (it kept «Usuarios» highlighted); back on the
    panels tab, or on clicking an entry, the highlight is the panel shown."""
    module = types.ModuleType("legal_desk.ui.views.case_file")
    module.CaseFileView = FakeCaseFile  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "legal_desk.ui.views.case_file", module)
    build_cases(sqlite_desk, 3, seed=5)
    window = make_window(qtbot, sqlite_desk, "admin", settings)
    window.show()
    window.resize(1100, 640)
    users = window.panel_titles().index("Usuarios")
    window.nav.setCurrentRow(users)
    assert window.stack.currentWidget() is window.users
    window.ctx.events.open_case.emit(2)
    assert window.tabs.currentIndex() == 1
    assert window.nav.currentRow() == -1 and window.nav.selectedItems() == []
    assert window.stack.currentWidget() is window.users  # the panel behind is left as it was
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "main_window_case_tab_navigation.png"))
    window.tabs.setCurrentIndex(0)  # the panels tab again: its panel is highlighted
    assert window.nav.currentRow() == users and [i.text() for i in window.nav.selectedItems()] == ["Usuarios"]
    window.tabs.setCurrentIndex(1)
    assert window.nav.currentRow() == -1
    window.nav.setCurrentRow(users)  # clicking the panel that was behind brings it to the front
    assert window.tabs.currentIndex() == 0 and window.stack.currentWidget() is window.users
    window.tabs.setCurrentIndex(1)
    window.save_state()
    assert int(settings.load_value("main/panel")) == users  # the panel behind the case tab is remembered
    window.close_current_case()
    assert window.tabs.currentIndex() == 0 and window.nav.currentRow() == users


def test_new_case_and_import_open_their_dialogs(
    qtbot, sqlite_desk: Desk, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake(name: str) -> type:
        class Dialog:
            def __init__(self, ctx: UiContext, parent: QWidget) -> None:
                opened.append(name)

            def exec(self) -> int:
                return 0

        return Dialog

    for mod, attr in (
        ("legal_desk.ui.wizards.handover", "HandoverWizard"),
        ("legal_desk.ui.dialogs.bulk_import", "BulkImportDialog"),
    ):
        module = types.ModuleType(mod)
        setattr(module, attr, fake(attr))
        monkeypatch.setitem(sys.modules, mod, module)
    window = make_window(qtbot, sqlite_desk, "cobranza", settings)
    assert window.act_new_case.shortcut().toString() == "Ctrl+N"
    assert window.act_import.shortcut().toString() == "Ctrl+I"
    window.act_new_case.trigger()
    window.act_import.trigger()
    assert opened == ["HandoverWizard", "BulkImportDialog"]


# ------------------------------------------------------------------ settings and language


def test_window_state_and_language_persist(qtbot, sqlite_desk: Desk, settings: UiSettings, tmp_path: Path) -> None:
    from legal_desk.ui.dialogs.settings import SettingsDialog

    window = make_window(qtbot, sqlite_desk, "admin", settings)
    window.show()
    window.resize(760, 560)
    size = (window.width(), window.height())
    window.nav.setCurrentRow(2)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("en"))
    dialog.accept()
    assert settings.language == "en"
    assert window.panel_titles() == ["Dashboard", "Docket", "Agenda", "Deadlines and rates", "Users"]
    assert window.act_new_case.text() == "&New case"
    assert window.menu_file.title() == "&File"
    assert window.docket is not None and window.docket.mine_check.text() == "My cases"
    assert window.docket.model.headerData(0, Qt.Orientation.Horizontal) == "Account"
    assert window.status_user.text() == "User: Administrador (Administrator)"
    # module-level tr() helpers (filed by lupdate without context) and untranslated text
    assert QCoreApplication.translate("CaseFile", "Agregar archivos…") == "Add files…"
    assert QCoreApplication.translate("CaseFile", "texto sin traducción") == "texto sin traducción"
    window.close()
    reopened = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert reopened.language == "en"
    again = make_window(qtbot, sqlite_desk, "admin", reopened)
    assert again.height() == size[1]  # (the 800-pixel offscreen screen clamps the width)
    assert settings.load_geometry("main") is not None
    assert again.nav.currentRow() == 2


def test_settings_probe_database_in_a_worker(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    from legal_desk.ui.dialogs.settings import SettingsDialog

    window = make_window(qtbot, sqlite_desk, "admin", settings)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.dbEdit.text() == str(sqlite_desk.config.sqlite_path)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.testResultLabel.text().startswith("Conexión correcta: SQLite 3."), timeout=5000)
    dialog.dbEdit.setText("postgresql+psycopg://nadie@127.0.0.1:1/nada")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.testResultLabel.text().startswith("No se pudo conectar"), timeout=10000)
    # why, and what to change, in Spanish: not the driver's «connection failed: … Connection refused»
    assert dialog.testResultLabel.text() == (
        "No se pudo conectar: el servidor 127.0.0.1:1 no acepta conexiones: compruebe que PostgreSQL esté encendido "
        "y que el servidor y el puerto de la dirección de la base de datos sean los correctos"
    )


def test_settings_tell_a_non_admin_why_the_database_fields_are_greyed_out(
    qtbot, sqlite_desk: Desk, settings: UiSettings
) -> None:
    from legal_desk.ui.dialogs.settings import SettingsDialog

    for user, editable in (("cobranza", False), ("abogada", False), ("admin", True)):
        window = make_window(qtbot, sqlite_desk, user, settings)
        dialog = SettingsDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        assert dialog.dbEdit.isEnabled() is editable and dialog.storeEdit.isEnabled() is editable
        note = dialog.restartNote.text()
        if editable:
            assert note == "Los cambios de base de datos y carpeta se aplican al reiniciar legal_desk."
        else:
            assert note.startswith("Solo el administrador puede cambiar la base de datos"), user


def test_settings_moving_to_a_server_asks_for_its_address_and_a_shared_store(
    qtbot, sqlite_desk: Desk, settings: UiSettings, messages: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from legal_desk.ui.dialogs import settings as settings_dialog

    monkeypatch.setattr(settings_dialog, "default_data_dir", lambda: tmp_path / "datos")
    window = make_window(qtbot, sqlite_desk, "admin", settings)
    dialog = settings_dialog.SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    path = str(sqlite_desk.config.sqlite_path)
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("postgresql"))
    assert dialog.dbEdit.text() == "" and dialog.dbEdit.placeholderText().startswith("postgresql+psycopg://")
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("sqlite"))
    assert dialog.dbEdit.text() == path  # the file is kept for a switch back
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("postgresql"))
    # «servidor/legal_desk» is no server: it would have become a new SQLite file of that name
    dialog.dbEdit.setText("servidor/legal_desk")
    dialog.test_connection()
    assert dialog.testResultLabel.text().startswith("Para un servidor PostgreSQL escriba su dirección completa")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and settings.db_url == ""
    assert messages[-1].startswith("Para un servidor PostgreSQL escriba su dirección completa")
    # the server's desks share one store: this computer's own data folder is said to be no such place
    url = "postgresql+psycopg://ana@servidor/legal_desk"
    dialog.dbEdit.setText(url)
    dialog.storeEdit.setText(str(tmp_path / "datos" / "store"))
    dialog.accept()
    assert settings.db_url == url and settings.store_root == str(tmp_path / "datos" / "store")
    assert any("es una carpeta de este equipo" in m and "carpeta compartida" in m for m in messages)


def test_compiled_forms_are_up_to_date(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compile_forms
    finally:
        sys.path.pop(0)
    for target in compile_forms.compile_all(tmp_path):
        shipped = ROOT / "legal_desk" / "ui" / "forms" / target.name
        assert shipped.exists(), f"{shipped.name} falta: ejecute scripts/compile_forms.py"
        # the header names the uic version that wrote it: only the code must match
        def code(text: str) -> str:
            return "\n".join(ln for ln in text.splitlines() if "Qt User Interface Compiler version" not in ln)

        assert code(shipped.read_text()) == code(target.read_text()), f"{shipped.name} está desactualizado"


def test_translation_file_has_english_for_the_shell() -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "legal_desk_en.ts")
    found = {m.findtext("source"): m.findtext("translation") for m in tree.getroot().iter("message")}
    assert found["Expedientes"] == "Docket"
    assert found["&Nuevo expediente"] == "&New case"
    assert found["Prescripción"] == "Limitation"


# ------------------------------------------------------------------ screenshots with demo data


def test_screenshots_of_docket_dashboard_and_agenda(qtbot, sqlite_desk: Desk, settings: UiSettings) -> None:
    from legal_desk.services.demo import load_demo

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 400, seed=11, today=DEMO_TODAY)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = make_window(qtbot, sqlite_desk, "admin", settings)
    window.resize(1400, 860)
    window.show()
    settle(qtbot)
    assert window.docket is not None and window.dashboard is not None and window.agenda is not None
    assert window.docket.model.rowCount() == 200
    assert window.docket.count_label.text() == "400 expedientes"
    window.grab().save(str(SHOTS / "main_window_docket.png"))
    window.show_panel(window.dashboard)
    settle(qtbot)
    data = window.dashboard.data
    assert data is not None and sum(data.stages.values()) == 400
    assert data.hearings_this_week is not None and data.near_limitation is not None
    window.grab().save(str(SHOTS / "dashboard.png"))
    window.show_panel(window.agenda)
    window.agenda.set_mode("month")
    settle(qtbot)
    start, end = window.agenda.current_range()
    assert start.day == 1 and end.month == start.month and (end + dt.timedelta(days=1)).day == 1
    window.grab().save(str(SHOTS / "agenda.png"))
    assert (SHOTS / "agenda.png").stat().st_size > 10_000


# ------------------------------------------------------------------ start-up


@pytest.fixture
def app_settings(settings: UiSettings, monkeypatch: pytest.MonkeyPatch) -> UiSettings:
    """app.main() uses the test's private settings, never the user's."""
    import legal_desk.ui.settings as settings_module

    monkeypatch.setattr(settings_module, "UiSettings", lambda *a, **k: settings)
    monkeypatch.delenv("LEGAL_DESK_DB", raising=False)
    monkeypatch.delenv("LEGAL_DESK_STORE", raising=False)
    return settings


def test_start_up_refuses_an_unwritable_store_with_a_message(
    app_settings: UiSettings, tmp_path: Path, no_modal: list[str]
) -> None:
    from legal_desk.app import main

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    assert main(db=str(tmp_path / "a.sqlite3"), store=str(blocker / "store")) == 1
    assert len(no_modal) == 1 and no_modal[0].startswith("No se puede escribir en la carpeta de archivos")


def test_start_up_refuses_a_database_newer_than_the_app(
    app_settings: UiSettings, sqlite_desk: Desk, tmp_path: Path, no_modal: list[str]
) -> None:
    from sqlalchemy import text

    from legal_desk.app import main

    with sqlite_desk.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    sqlite_desk.close()
    assert main(db=str(sqlite_desk.config.sqlite_path), store=str(tmp_path / "store")) == 1
    assert len(no_modal) == 1 and "ffffffffffff" in no_modal[0]


def test_autologin_opens_the_main_window(
    qtbot, app_settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from legal_desk.app import main

    monkeypatch.setenv("LEGAL_DESK_AUTOLOGIN", "admin")
    seen: list[str] = []

    def close_main() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.status_user.text())
                w.close()
                return
        QTimer.singleShot(20, close_main)

    QTimer.singleShot(0, close_main)
    assert main(db=str(tmp_path / "new.sqlite3"), store=str(tmp_path / "store")) == 0
    assert seen == ["Usuario: Administrador (Administrador)"]
    assert (tmp_path / "new.sqlite3").exists()


@pytest.mark.postgres
def test_the_desk_works_on_postgresql(qtbot, request: pytest.FixtureRequest, tmp_path: Path,
                                      settings: UiSettings) -> None:
    """Docket, search, a real case file and the dashboard on a PostgreSQL server, as on SQLite."""
    from legal_desk.services.demo import load_demo
    from legal_desk.ui.views.case_file import CaseFileView
    from tests.conftest import make_desk

    desk = make_desk("postgresql", tmp_path, request)
    try:
        load_demo(desk, actor_for(desk, "admin"), 150, seed=2, today=DEMO_TODAY)
        window = make_window(qtbot, desk, "lrestrepo", settings)
        settle(qtbot)
        assert window.docket is not None
        model = window.docket.model
        qtbot.waitUntil(lambda: model.total is not None, timeout=10_000)
        assert model.rowCount() > 0
        from legal_desk.domain.text import fold

        name = fold(model.row_at(0).debtor_name.split()[-1])  # typed without accents: the search folds them
        qtbot.keyClicks(window.docket.search, name)
        model.flush_search()
        from legal_desk.services.cases import CaseQuery, count_cases

        q = CaseQuery(search=name, lawyer_id=model.query.lawyer_id, with_unclaimed=model.query.with_unclaimed)
        expected = count_cases(desk, window.ctx.actor, q)
        qtbot.waitUntil(lambda: model.total == expected, timeout=10_000)
        assert 0 < model.rowCount() <= expected
        window.ctx.events.open_case.emit(model.row_at(0).case_id)
        view = window.tabs.currentWidget()
        assert isinstance(view, CaseFileView)
        wait_loaded(qtbot, view)
        assert view.case is not None
        settle(qtbot)
        window.close()
        settle(qtbot)
    finally:
        desk.close()


def test_a_worker_whose_window_is_gone_finishes_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing a window (or quitting) while its background load runs leaves no traceback behind."""
    from shiboken6 import delete

    from legal_desk.ui.workers import Worker

    got: list[object] = []
    worker = Worker(lambda: 42, with_progress=False)
    worker.signals.finished.connect(got.append)
    delete(worker.signals)  # the receiving side is destroyed before the work reports
    worker.run()  # must not raise «Signal source has been deleted»
    assert got == []
