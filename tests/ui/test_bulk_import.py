"""Bulk import dialog: drop a file, preview marks invalid rows, import the valid ones, cancel keeps nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from legal_desk.services import cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs import bulk_import
from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from tests.ui.helpers import drag_pos

DATA = Path("tests/_data/referrals_errors.csv")
SHOTS = Path("tests/_artifacts/screenshots")


def make_dialog(qtbot: Any, desk: Desk, tmp_path: Path) -> BulkImportDialog:
    ctx = UiContext(
        desk,
        actor_for(desk, "cobranza"),
        AppEvents(),
        UiSettings(QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
    )
    dlg = BulkImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def drop(widget: Any, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path.resolve()))])
    enter = QDragEnterEvent(
        drag_pos(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        widget,
        QDropEvent(
            drag_pos(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )


def refs(desk: Desk) -> list[str]:
    return [r.account_ref for r in cases.list_cases(desk, actor_for(desk, "admin"), cases.CaseQuery())]


def test_preview_marks_invalid_rows_and_import_applies_valid(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    assert "si cancela, no se guarda nada" in dlg.policy_label.text()
    drop(dlg, DATA)
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=10000)
    model = dlg.preview_model
    assert model.rowCount() == 12
    assert model.invalid_lines() == [4, 5, 6, 8, 9, 10, 11, 13]
    reasons = {r.line: r.reason for r in model.preview_rows()}
    assert reasons[4] == "Número de documento: NIT 900123456-7: el dígito de verificación debe ser 8"
    assert reasons[6] == "Fecha de vencimiento: «31/02/2024» no es una fecha real"
    assert "Capital: «abc» no es un número" in reasons[13] and "Nombre del deudor" in reasons[13]
    assert model.data(model.index(2, 1)) == "Inválida" and model.data(model.index(0, 1)) == "Válida"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole).color().name() == "#fbd5d5"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == reasons[4]
    assert "4 válidas, 8 inválidas" in dlg.counts.text()
    dlg.resize(1100, 560)
    qtbot.wait(20)
    dlg.grab().save(str(SHOTS / "bulk_import_preview.png"))
    assert dlg.import_button.isEnabled()
    dlg.creditor_edit.setText("Banco Andino S.A.")  # the creditor of every account in the file
    dlg.creditor_id_edit.setText("900123456-8")
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10000)
    assert (dlg.report.accepted, dlg.report.rejected) == (4, 8)
    assert sorted(refs(sqlite_desk)) == ["ER-001", "ER-002", "ER-006", "ER-011"]
    imported = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), "ER-001")
    assert imported.client is not None and imported.client["name"] == "Banco Andino S.A."
    assert dlg.errors_model.rowCount() == 10
    out = tmp_path / "errores.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    assert dlg.save_errors() == out
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "linea;columna;motivo" and len(lines) == 11
    assert lines[1] == "4;Número de documento;NIT 900123456-7: el dígito de verificación debe ser 8"
    QThreadPool.globalInstance().waitForDone()


def test_cancel_leaves_nothing(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real = bulk_import.import_referrals

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # the user presses Cancel while the import runs
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk_import, "import_referrals", held)
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(DATA)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10000)
    dlg.import_button.click()
    assert dlg.progress.isVisible() and dlg.worker is not None
    dlg.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: dlg.worker is None, timeout=10000)
    assert dlg.status.text() == "Importación cancelada: no se guardó nada."
    assert dlg.report is None and refs(sqlite_desk) == []
    assert dlg.isVisible()


def test_column_mapping_when_headers_differ(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    src = DATA.read_text(encoding="utf-8").splitlines()
    header = src[0].replace("Número de obligación", "Pagaré interno").replace("Capital", "Saldo a cobrar")
    path = tmp_path / "banco.csv"
    path.write_text("\n".join([header, *src[1:3]]) + "\n", encoding="utf-8")
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(path)
    assert dlg.stack.currentIndex() == 1
    assert "Número de obligación" in dlg.mapping_hint.text() and "Capital" in dlg.mapping_hint.text()
    combos = dlg.mapping_combos
    combos["Pagaré interno"].setCurrentIndex(combos["Pagaré interno"].findData("account_ref"))
    dlg._on_mapping_confirmed()
    assert "Capital" in dlg.status.text()  # still missing
    combos["Saldo a cobrar"].setCurrentIndex(combos["Saldo a cobrar"].findData("capital"))
    dlg._on_mapping_confirmed()
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=10000)
    assert dlg.preview_model.rowCount() == 2 and dlg.preview_model.invalid_lines() == []
    QThreadPool.globalInstance().waitForDone()


def test_big_file_is_read_by_the_reader_process_with_progress(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.importing import background

    monkeypatch.setattr(background, "BACKGROUND_MIN_BYTES", 1000)  # this file counts as big
    readers: list[Any] = []
    real_popen = background.subprocess.Popen
    monkeypatch.setattr(
        background.subprocess, "Popen", lambda *a, **k: readers.append(real_popen(*a, **k)) or readers[-1]
    )
    header = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento"
    rows = [f"G-{i};Deudor {i};CC;{5000000 + i};1.000,00;2024-03-01" for i in range(2500)]
    path = tmp_path / "grande.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(path)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    ranges: list[int] = []
    dlg.progress.valueChanged.connect(lambda _v: ranges.append(dlg.progress.maximum()))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=30000)
    assert (dlg.report.accepted, dlg.report.rejected) == (2500, 0)
    assert len(readers) == 1 and readers[0].returncode == 0  # read in the reader process, which ended cleanly
    assert ranges and max(ranges) == 2500  # a real bar (rows read of the rows the file holds), not a busy one
    assert (
        len(refs(sqlite_desk)) == 100
        and cases.count_cases(sqlite_desk, actor_for(sqlite_desk, "admin"), cases.CaseQuery()) == 2500
    )
    QThreadPool.globalInstance().waitForDone()
