"""Second UI review: receipt dialog, agenda in English, role-aware actions, «Mis entregas», status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox

from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.records import ReceiptDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.i18n import install_language
from legal_desk.ui.settings import UiSettings

SHOTS = Path("tests/_artifacts/screenshots")


@pytest.fixture(autouse=True)
def spanish(qapp: Any) -> Iterator[None]:
    install_language("es")
    yield
    QThreadPool.globalInstance().waitForDone()
    install_language("es")


@pytest.fixture(autouse=True)
def no_modal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    return shown


def make_ctx(desk: Desk, user: str, tmp_path: Path) -> UiContext:
    settings = UiSettings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat))
    return UiContext(desk, actor_for(desk, user), AppEvents(), settings)


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(30)


# ------------------------------------------------------------------ receipt dialog


def test_receipt_dialog_asks_a_return_reason_only_for_a_returned_notice(qtbot: Any, tmp_path: Path) -> None:
    sent = dt.date(2026, 11, 2)
    dlg = ReceiptDialog(None, "Carta de requerimiento enviada el 02/11/2026", sent)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.resultCombo.currentData() == "delivered"
    assert not dlg.returnReasonEdit.isVisible() and not dlg.returnReasonEditLabel.isVisible()
    assert dlg.dateEditLabel.text() == "Fecha de entrega:"

    dlg.resultCombo.setCurrentIndex(dlg.resultCombo.findData("returned"))
    assert dlg.returnReasonEdit.isVisible() and dlg.returnReasonEdit.isEnabled()
    assert dlg.dateEditLabel.text() == "Fecha de devolución:"
    dlg.dateEdit.setDate(dlg.dateEdit.date().fromString("10/11/2026", "dd/MM/yyyy"))
    dlg.accept()  # no reason: refused, the dialog stays open and says what is missing
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.isVisible()
    assert dlg.errorLabel.text().startswith("Motivo de devolución: indique por qué volvió la comunicación")
    assert dlg.errorLabel.height() >= dlg.errorLabel.heightForWidth(dlg.errorLabel.width()) - 1  # not cut
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "receipt_returned_without_reason.png"))

    dlg.dateEdit.setDate(dlg.dateEdit.date().fromString("01/11/2026", "dd/MM/yyyy"))
    dlg.returnReasonEdit.setText("Dirección errada")
    dlg.accept()  # a return before the notice was sent is refused too
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "no puede ser anterior al envío (02/11/2026)" in dlg.errorLabel.text()

    dlg.dateEdit.setDate(dlg.dateEdit.date().fromString("10/11/2026", "dd/MM/yyyy"))
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    v = dlg.result_values
    assert (v.delivered, v.returned, v.return_reason) == (None, dt.date(2026, 11, 10), "Dirección errada")

    # back to «Entregada»: the reason row goes away and is not sent with a delivery
    again = ReceiptDialog(None, "x", sent)
    qtbot.addWidget(again)
    again.show()
    again.resultCombo.setCurrentIndex(again.resultCombo.findData("returned"))
    again.returnReasonEdit.setText("Rehusada")
    again.resultCombo.setCurrentIndex(again.resultCombo.findData("delivered"))
    assert not again.returnReasonEdit.isVisible()
    proof = tmp_path / "certificado.pdf"
    proof.write_bytes(b"%PDF-1.4\n")
    again.proofEdit.setText(str(proof))
    again.accept()
    assert again.result_values.return_reason is None and again.result_values.delivered == dt.date.today()


def test_receipt_dialog_in_english(qtbot: Any) -> None:
    install_language("en")
    dlg = ReceiptDialog(None, "x", dt.date(2026, 11, 2))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resultCombo.setCurrentIndex(dlg.resultCombo.findData("returned"))
    assert (dlg.resultCombo.currentText(), dlg.dateEditLabel.text()) == ("Returned", "Return date:")
    dlg.accept()
    assert dlg.errorLabel.text().startswith("Return reason: say why the notice came back")
