"""«Editar expediente» checks the radicado in place, as the stage-move dialog does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from legal_desk.services import cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.case_edit import CaseEditDialog
from tests.ui.test_case_file import hand_over

pytestmark = pytest.mark.usefixtures("spanish")
SHOTS = Path("tests/_artifacts/screenshots")


def test_a_wrong_radicado_keeps_the_case_edit_dialog_open_with_the_reason_under_the_field(
    qtbot: Any, sqlite_desk: Desk
) -> None:
    """The dialog passed «2024-00123» to the service, which refused it after the dialog had closed: the
    court and notes typed with it were lost. Now the dialog checks it itself (23 digits in Colombia), says
    why under the field, keeps everything typed and puts the cursor there; a number typed with its dashes
    is accepted as its digits, and the same number as stored is no change at all."""
    case_id = hand_over(sqlite_desk)
    law = actor_for(sqlite_desk, "abogada")
    case = cases.get_case_file(sqlite_desk, law, case_id)
    dlg = CaseEditDialog(None, case, may_set_radicado=True)
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    dlg.courtEdit.setText("Juzgado 12 Civil Municipal de Bogotá")
    dlg.notesEdit.setPlainText("Radicado por correo el martes")
    dlg.radicadoEdit.setText("2024-00123")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.isVisible()
    assert dlg.radicadoError.isVisible()
    assert "tiene 9 dígitos" in dlg.radicadoError.text() and "23" in dlg.radicadoError.text()
    assert dlg.errorLabel.text() == ""  # said once, beside the field
    assert QApplication.focusWidget() is dlg.radicadoEdit
    assert dlg.courtEdit.text() == "Juzgado 12 Civil Municipal de Bogotá"
    assert dlg.notesEdit.toPlainText() == "Radicado por correo el martes"
    dlg.grab().save(str(SHOTS / "case_edit_radicado_error.png"))
    dlg.radicadoEdit.textEdited.emit("1")  # typing again clears the message
    assert not dlg.radicadoError.isVisible()
    dlg.radicadoEdit.setText("11001-40-03-012-2024-00123-00")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_values is not None and dlg.result_values.radicado == "11001400301220240012300"
    # the stored number typed again with its dashes changes nothing
    cases.update_case(sqlite_desk, law, case_id, dlg.result_values)
    again = CaseEditDialog(None, cases.get_case_file(sqlite_desk, law, case_id), may_set_radicado=True)
    qtbot.addWidget(again)
    again.radicadoEdit.setText("11001 40 03 012 2024 00123 00")
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted
    assert again.result_values is not None and again.result_values.radicado is None
