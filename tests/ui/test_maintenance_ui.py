"""Archivo → Copia de seguridad / Verificar integridad: off the UI thread, with progress, Cancel and a clear result."""

from __future__ import annotations

import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services import cases
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Cancelled
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs import maintenance
from legal_desk.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

pytestmark = pytest.mark.usefixtures("spanish")


def _window(qtbot, desk: Desk, user: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(desk, user, tmp_path))
    qtbot.addWidget(window)
    return window


def test_only_the_admin_is_offered_backup_and_verify(qtbot, sqlite_desk: Desk, tmp_path: Path) -> None:
    admin = _window(qtbot, sqlite_desk, "admin", tmp_path)
    lawyer = _window(qtbot, sqlite_desk, "abogada", tmp_path)
    assert admin.act_backup.isVisible() and admin.act_verify.isVisible()
    assert admin.act_backup in admin.menu_file.actions()
    assert not lawyer.act_backup.isVisible() and not lawyer.act_verify.isVisible()


def test_backup_from_the_app_writes_the_zip_and_says_what_is_in_it(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 20, seed=11, today=DEMO_TODAY)
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    target = tmp_path / "copias" / maintenance.default_backup_name(DEMO_TODAY)
    task = window.make_backup(target)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    settle(qtbot)
    assert task.outcome == "finished" and not task.dialog.isVisible()
    with zipfile.ZipFile(target) as zf:
        assert "manifest.json" in zf.namelist()
    assert messages[-1].startswith(f"Copia guardada en {target}: ")
    with zipfile.ZipFile(target) as zf:  # each demo case carries its own files
        files = sum(1 for n in zf.namelist() if n.startswith("store/") and not n.endswith("/"))
    assert f" expedientes y {files} archivos." in messages[-1] and files > 20


def test_cancelling_a_backup_stops_the_worker_and_says_nothing_changed(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []

    def slow_backup(_desk: Any, _actor: Any, _target: Path, progress: Any, cancelled: Any) -> dict[str, Any]:
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(1, 1000):
            progress(i, 1000)
            if cancelled():
                raise Cancelled("Copia de seguridad cancelada")
            time.sleep(0.01)
        return {"path": "x", "tables": {}, "files": 0, "missing_files": []}  # the test then fails: never cancelled

    monkeypatch.setattr(maintenance, "backup", slow_backup)
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    task = window.make_backup(tmp_path / "x.zip")
    qtbot.waitUntil(lambda: task.dialog.bar.maximum() == 1000 and task.dialog.bar.value() > 0, timeout=5000)
    assert task.dialog.isVisible()
    task.dialog.cancel_button.click()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=5000)
    assert threads == [False]  # it ran off the UI thread
    assert task.outcome == "cancelled" and messages[-1] == "Cancelado; no se cambió nada."


def test_verify_names_the_changed_file(qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]) -> None:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    task = window.verify_integrity()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert task.outcome == "finished" and messages[-1].endswith("Todo está íntegro.")
    ev = cases.get_case_file(sqlite_desk, admin, 1).evidence[0]
    path = sqlite_desk.store.path_for(ev["sha256"])
    path.chmod(0o600)
    path.write_bytes(b"alterado")
    task = window.verify_integrity()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert "Se encontraron 1 problemas:" in messages[-1]
    assert f"Archivo {ev['filename']} (expediente 1" in messages[-1] and "el contenido cambió" in messages[-1]


def test_the_admin_restores_a_backup_from_the_app_and_the_window_closes_for_a_new_login(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move to a server from the app: open the new (empty) database, Archivo → Restaurar copia…"""
    from PySide6.QtWidgets import QMessageBox

    from legal_desk.config import Config
    from legal_desk.services.backup import backup
    from legal_desk.services.users import authenticate, ensure_admin

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 20, seed=11, today=DEMO_TODAY)
    backup(sqlite_desk, actor_for(sqlite_desk, "admin"), tmp_path / "copia.zip")
    new = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'nueva.sqlite3'}", store_root=tmp_path / "nuevo_store"))
    ensure_admin(new)
    try:
        window = _window(qtbot, new, "admin", tmp_path)
        assert window.act_restore.isVisible() and window.act_restore in window.menu_file.actions()
        assert not _window(qtbot, sqlite_desk, "abogada", tmp_path).act_restore.isVisible()
        window.show()
        task = window.restore_backup(tmp_path / "copia.zip")
        qtbot.waitUntil(lambda: task.outcome != "", timeout=30000)
        settle(qtbot)
        assert task.outcome == "finished", task.message
        assert messages[-1].startswith("Copia restaurada: 20 expedientes, ")
        assert str(tmp_path / "nuevo_store") in messages[-1] and "ábralo de nuevo" in messages[-1]
        assert not window.isVisible()  # users and cases are the backup's now: log in again
        assert authenticate(new, "lrestrepo", "legaldesk").username == "lrestrepo"
        assert cases.count_cases(new, actor_for(new, "admin"), cases.CaseQuery()) == 20

        # a database that has cases is replaced only when the admin says so, after being told how many
        asked: list[str] = []

        def say_no(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, "question", say_no)
        again = _window(qtbot, new, "admin", tmp_path)
        assert again.restore_backup(tmp_path / "copia.zip") is None
        assert "ya tiene 20 expedientes" in asked[-1] and "reemplazará" in asked[-1]
    finally:
        settle(qtbot)
        new.close()


def test_a_restore_in_the_app_shows_file_progress_can_be_cancelled_and_says_where_the_templates_went(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """Before, the restore showed a busy bar with Cancel greyed out, and the firm's templates were lost."""
    from legal_desk.config import Config
    from legal_desk.services.backup import backup
    from legal_desk.services.documents import customize_templates, templates_root_for
    from legal_desk.services.users import ensure_admin

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)
    customize_templates(sqlite_desk, admin, tmp_path / "no_en_este_equipo")
    (tmp_path / "no_en_este_equipo" / "es_CO" / "extra.docx").write_bytes(b"x")  # differs from any other copy
    backup(sqlite_desk, admin, tmp_path / "copia.zip")
    (tmp_path / "no_en_este_equipo" / "es_CO" / "extra.docx").unlink()
    new = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'nueva.sqlite3'}", store_root=tmp_path / "nuevo_store"))
    ensure_admin(new)
    real_add = new.store.add_stream
    window = _window(qtbot, new, "admin", tmp_path)
    try:
        # Cancel while the files are copied: the database is not touched.
        copying = threading.Event()

        def slow_add(chunks: Any, filename: str = "", **kw: Any) -> Any:
            copying.set()
            deadline = time.monotonic() + 10
            while not task.worker.is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
            return real_add(chunks, filename, **kw)

        new.store.add_stream = slow_add  # type: ignore[method-assign]
        task = window.restore_backup(tmp_path / "copia.zip")
        qtbot.waitUntil(copying.is_set, timeout=10000)
        assert task.dialog.cancel_button.isEnabled()
        task.dialog.reject()
        qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
        settle(qtbot)
        assert task.outcome == "cancelled" and messages[-1] == "Cancelado; no se cambió nada."
        assert cases.count_cases(new, actor_for(new, "admin"), cases.CaseQuery()) == 0

        new.store.add_stream = real_add  # type: ignore[method-assign]
        window.show()
        task = window.restore_backup(tmp_path / "copia.zip")
        qtbot.waitUntil(lambda: task.outcome != "", timeout=30000)
        settle(qtbot)
        assert task.outcome == "finished", task.message
        with zipfile.ZipFile(tmp_path / "copia.zip") as z:  # each demo case carries its own files
            files = sum(1 for n in z.namelist() if n.startswith("store/") and not n.endswith("/"))
        assert task.dialog.bar.maximum() == files > 20 and task.dialog.bar.value() == files
        assert not task.dialog.cancel_button.isEnabled()  # the tables go in one transaction
        folder = tmp_path / "nuevo_store" / "plantillas"
        assert f"Las plantillas propias del despacho quedaron en {folder}." in messages[-1]
        assert templates_root_for(new) == folder and (folder / "es_CO" / "extra.docx").read_bytes() == b"x"
    finally:
        settle(qtbot)
        new.close()


def test_the_admin_checks_a_backup_file_without_restoring_it(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.services.backup import backup

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 20, seed=11, today=DEMO_TODAY)
    good = tmp_path / "copia.zip"
    backup(sqlite_desk, admin, good)
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    assert window.act_verify_backup.isVisible() and window.act_verify_backup in window.menu_file.actions()
    assert not _window(qtbot, sqlite_desk, "abogada", tmp_path).act_verify_backup.isVisible()
    before = cases.count_cases(sqlite_desk, admin, cases.CaseQuery())

    task = window.verify_backup_file(good)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert task.outcome == "finished" and task.check is not None and task.check.ok
    with zipfile.ZipFile(good) as zf:  # each demo case carries its own files
        files = sum(1 for n in zf.namelist() if n.startswith("store/") and not n.endswith("/"))
    assert f"La copia copia.zip guarda 20 expedientes, {files} archivos y 0 plantillas propias." in messages[-1]
    assert "por admin" in messages[-1] and messages[-1].endswith("Está completa y esta versión puede restaurarla.")

    with zipfile.ZipFile(good) as zf:
        lines = zf.read("tables/cases.jsonl").splitlines(keepends=True)
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["tables/cases.jsonl"] = b"".join(lines[:-1])
    short = tmp_path / "corta.zip"
    with zipfile.ZipFile(short, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    task = window.verify_backup_file(short)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert "No la use para restaurar: se encontraron" in messages[-1] and "tables/cases.jsonl" in messages[-1]
    assert cases.count_cases(sqlite_desk, admin, cases.CaseQuery()) == before  # nothing restored or changed

    def slow(progress: Any, cancelled: Any, *_a: Any) -> None:
        for i in range(1, 1000):
            progress(i, 1000)
            if cancelled():
                raise Cancelled("Comprobación de la copia cancelada")
            time.sleep(0.01)

    monkeypatch.setattr(maintenance, "verify_backup", lambda _src, progress, cancelled: slow(progress, cancelled))
    task = window.verify_backup_file(good)
    qtbot.waitUntil(lambda: task.dialog.bar.value() > 0, timeout=5000)
    task.dialog.cancel_button.click()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=5000)
    assert task.outcome == "cancelled" and messages[-1] == "Comprobación cancelada."


def test_the_admin_recovers_a_deleted_file_from_a_backup_from_the_file_menu(
    qtbot, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """Verify named a file deleted by hand and said nothing of how to get it back; now it points to
    Archivo → Recuperar archivos de una copia, which takes it from the backup without a restore."""
    from sqlalchemy import select

    from legal_desk.db.models import Evidence
    from legal_desk.services.backup import backup

    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 10, seed=12, today=DEMO_TODAY)
    good = tmp_path / "copia.zip"
    backup(sqlite_desk, admin, good)
    with sqlite_desk.reading() as s:
        sha = s.execute(select(Evidence.sha256).order_by(Evidence.id).limit(1)).scalar_one()
    sqlite_desk.store.path_for(sha).unlink()
    window = _window(qtbot, sqlite_desk, "admin", tmp_path)
    assert window.act_repair in window.menu_file.actions() and window.act_repair.isVisible()
    assert not _window(qtbot, sqlite_desk, "abogada", tmp_path).act_repair.isVisible()
    task = window.verify_integrity()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert "falta el archivo" in messages[-1] and "Archivo → Recuperar archivos de una copia" in messages[-1]
    task = window.repair_from_backup_file(good)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert task.outcome == "finished" and task.repair is not None and len(task.repair.repaired) == 1
    assert messages[-1].startswith("Se recuperó 1 archivo de la copia; la base de datos no se tocó.\n\nRecuperado: ")
    assert sqlite_desk.store.has(sha)
    task = window.verify_integrity()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert messages[-1].endswith("Todo está íntegro.")
