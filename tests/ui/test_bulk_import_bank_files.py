"""The import dialog fed a bank's real workbook: a summary sheet first, title rows above the header, a
totals row; and a password-protected workbook refused in words the user can act on, in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QThreadPool

from legal_desk.services.desk import Desk
from legal_desk.ui.i18n import install_language
from tests.ui.test_bulk_import import SHOTS, make_dialog, refs

HEADER = [
    "Número de obligación",
    "Nombre del deudor",
    "Tipo de documento",
    "Número de documento",
    "Saldo capital (COP)",
    "Fecha de vencimiento",
]


def bank_workbook(path: Path) -> Path:
    wb = Workbook()
    summary = wb.active
    summary.title = "Resumen"
    summary.append(["Resumen de la entrega"])
    summary.append(["Obligaciones", 2])
    detail = wb.create_sheet("Detalle")
    detail.append(["BANCO ANDINO S.A. — Cartera para cobro jurídico"])
    detail.append(["Fecha de corte:", dt.datetime(2024, 10, 31)])
    detail.append(HEADER)
    detail.append(["OB-1", "María Gómez Ñañez", "CC", "0052987654", "$ 12.500.000,00", "45366"])
    detail.append(["OB-2", "José Peña", "CC", "1020304050.0", 1234567.89, dt.datetime(2023, 2, 1)])
    detail.append([])
    detail.append(["TOTAL", None, None, None, 13734567.89])
    wb.save(path)
    return path


def test_the_sheet_and_header_row_are_found_and_said(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(bank_workbook(tmp_path / "entrega.xlsx"))
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=10000)
    counts = dlg.counts.text()
    assert "3 filas: 2 válidas, 1 inválidas" in counts
    assert "Se leyó la hoja «Detalle» (2 hojas en el libro); encabezados en la fila 3." in counts
    reasons = {r.line: r.reason for r in dlg.preview_model.preview_rows()}
    assert reasons[7] == "parece una fila de totales («TOTAL»), no una obligación: no se importa"
    assert reasons[4] == "" and reasons[5] == ""
    dlg.resize(1100, 560)
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "bulk_import_bank_workbook.png"))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10000)
    assert (dlg.report.accepted, dlg.report.rejected) == (2, 1)
    assert (dlg.report.sheet, dlg.report.header_line) == ("Detalle", 3)
    assert [dlg.errors_model.data(dlg.errors_model.index(0, c)) for c in range(3)] == [
        "7",
        "(toda la fila)",
        "parece una fila de totales («TOTAL»), no una obligación: no se importa",
    ]
    assert sorted(refs(sqlite_desk)) == ["OB-1", "OB-2"]
    QThreadPool.globalInstance().waitForDone()


def test_mapping_step_says_where_the_headers_were_read(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Cartera"
    ws.append(["Banco Andino"])
    ws.append(["Obligación", "Cliente", "Tipo doc", "Documento", "Saldo", "Vence"])
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000, dt.datetime(2024, 3, 15)])
    path = tmp_path / "propio.xlsx"
    wb.save(path)
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(path)
    assert dlg.stack.currentIndex() == 1
    hint = dlg.mapping_hint.text()
    assert hint.startswith("Faltan campos obligatorios: Nombre del deudor, Capital, Fecha de vencimiento.")
    assert hint.endswith("Encabezados en la fila 2; las filas de título de arriba no se importan.")
    assert set(dlg.mapping_combos) == {"Obligación", "Cliente", "Tipo doc", "Documento", "Saldo", "Vence"}


def test_a_protected_workbook_is_refused_with_what_to_do_in_both_languages(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    from extract_msg import OleWriter  # test-only: writes a real compound file

    path = tmp_path / "cartera_protegida.xlsx"
    ole = OleWriter()
    ole.addEntry("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\x00" * 64)
    ole.addEntry("EncryptedPackage", (4096).to_bytes(8, "little") + bytes(range(256)) * 16)
    ole.write(str(path))
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(bank_workbook(tmp_path / "antes.xlsx"))  # a good file first: its preview must not stay
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10000)
    dlg.load_file(path)
    assert dlg.stack.currentIndex() == 0 and not dlg.import_button.isEnabled()
    assert dlg.preview is None and dlg.preview_model.rowCount() == 0
    assert dlg.status.text().startswith("cartera_protegida.xlsx está protegido con contraseña: ábralo en Excel")
    try:
        install_language("en")
        dlg.load_file(path)
        assert dlg.status.text() == (
            "cartera_protegida.xlsx is password-protected: open it in Excel, remove the password (File → Info → "
            "Protect Workbook → Encrypt with Password, left blank), save it and import it again"
        )
        dlg.load_file(bank_workbook(tmp_path / "entrega.xlsx"))
        qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=10000)
        assert "Sheet «Detalle» was read (2 sheets in the workbook); headers on row 3." in dlg.counts.text()
        reasons = {r.line: r.reason for r in dlg.preview_model.preview_rows()}
        assert reasons[7] == ("looks like a totals row («TOTAL»), not an account: it is not imported")
    finally:
        install_language("es")
    QThreadPool.globalInstance().waitForDone()


def test_a_file_refused_while_reading_its_rows_leaves_no_earlier_preview(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(bank_workbook(tmp_path / "antes.xlsx"))
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10000)
    only_header = tmp_path / "solo_encabezados.csv"
    only_header.write_text(";".join(HEADER) + "\n", encoding="utf-8")
    dlg.load_file(only_header)
    qtbot.waitUntil(lambda: dlg.worker is None, timeout=10000)
    assert dlg.status.text() == "solo_encabezados.csv solo tiene la fila de encabezados; no hay filas de datos"
    assert dlg.stack.currentIndex() == 0 and not dlg.import_button.isEnabled()
    assert dlg.preview_model.rowCount() == 0
    try:
        install_language("en")
        dlg.load_file(only_header)
        qtbot.waitUntil(lambda: dlg.worker is None, timeout=10000)
        assert dlg.status.text() == "solo_encabezados.csv has only the header row; there are no data rows"
    finally:
        install_language("es")
    QThreadPool.globalInstance().waitForDone()
