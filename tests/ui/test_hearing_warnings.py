"""The desktop side of the hearing checks and of the filing dialog's radicado.

A hearing on a closed day (or late, twice, over the lawyer's other one) is not refused outright: the
warnings are listed and the user is asked «¿Registrar de todos modos?»; «No» reopens the dialog as it
was typed so the date can be corrected, «Sí» saves it. The stage-change dialog checks a Colombian
radicado itself (23 digits) and stays open with the message under the field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from legal_desk.domain.lifecycle import Stage
from legal_desk.services import cases, tracking
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.records import HearingDialog, StageMoveDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import make_ctx, settle, wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def _case(desk: Desk) -> int:
    info = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref="OB-77",
            debtor=PartyInput("Ana Gómez", "CC", "1020304050", address="Cra 7", city="Bogotá D.C."),
            debt=DebtInput(capital="12500000", due_date=dt.date(2024, 2, 29)),
        ),
    )
    law = actor_for(desk, "abogada")
    update = CaseUpdate(  # filed: a hearing on a case without its radicado is a warning of its own
        lawyer_id=law.user_id, court="Juzgado 12 Civil Municipal de Bogotá", radicado="11001400301220240007700"
    )
    cases.update_case(desk, actor_for(desk, "admin"), "OB-77", update)
    return int(getattr(info, "case_id", info))


def _view(qtbot: Any, desk: Desk, tmp_path: Path) -> CaseFileView:
    view = CaseFileView(make_ctx(desk, "abogada", tmp_path), _case(desk))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    wait_loaded(qtbot, view)
    view.tabs.setCurrentWidget(view.hearings_tab)
    return view


def _questions(monkeypatch: pytest.MonkeyPatch, answers: list[bool], shot: str) -> list[str]:
    """Answer QMessageBox.question with `answers` in turn; the texts asked are returned (the first saved)."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        if not asked:
            box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes, parent)
            box.addButton(QMessageBox.StandardButton.No)
            box.show()  # laid out as the real question is
            SHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SHOTS / shot))
        asked.append(text)
        yes = answers.pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_hearing_on_christmas_asks_and_reopens_the_dialog_on_no(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, sqlite_desk, tmp_path)
    asked = _questions(monkeypatch, [False, True], "hearing_warnings_question.png")
    reopened: list[tuple[str, str, str]] = []

    def run(dlg: HearingDialog) -> int:
        if not reopened and dlg.placeEdit.text() == "":  # first time: Friday 25/12/2026 at 23:30 (Christmas)
            dlg.kindCombo.setCurrentIndex(dlg.kindCombo.findData("initial"))
            dlg.atEdit.setDateTime(QDateTime(QDate(2026, 12, 25), QTime(23, 30)))
            dlg.placeEdit.setText("Sala 3")
        else:  # reopened after «No»: what was typed is still there
            dlg.show()
            reopened.append(
                (dlg.kindCombo.currentData(), dlg.atEdit.dateTime().toString("dd/MM/yyyy HH:mm"), dlg.placeEdit.text())
            )
            dlg.grab().save(str(SHOTS / "hearing_dialog_reopened.png"))
        dlg.accept()
        return int(dlg.result())

    monkeypatch.setattr(HearingDialog, "exec", run)
    view.hearings_tab.add_button.click()
    settle(qtbot)
    assert reopened == [("initial", "25/12/2026 23:30", "Sala 3")]
    assert len(asked) == 2
    assert asked[0] == (
        "La audiencia tiene advertencias:\n"
        "• el 25/12/2026 es inhábil en el calendario del despacho (festivo: Navidad y vacancia judicial)\n"
        "• las 23:30 están fuera del horario del despacho (08:00 a 17:00)\n\n"
        "¿Registrar de todos modos?\n\n"
        "Si responde «No», puede corregir la fecha y la hora."
    )
    assert view.case is not None and [h["at"] for h in view.case.hearings] == [dt.datetime(2026, 12, 25, 23, 30)]


def test_warnings_in_english_and_cancel_saves_nothing(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("en")
    view = _view(qtbot, sqlite_desk, tmp_path)
    law = actor_for(sqlite_desk, "abogada")
    # the same lawyer's hearing at 09:00 on Tue 15/12/2026, a working day
    tracking.schedule_hearing(sqlite_desk, law, "OB-77", kind="initial", at=dt.datetime(2026, 12, 15, 9), place="S1")
    view.reload()
    wait_loaded(qtbot, view)
    asked = _questions(monkeypatch, [False], "hearing_warnings_question_en.png")

    def run(dlg: HearingDialog) -> int:
        if dlg.placeEdit.text():
            dlg.reject()  # the reopened dialog is closed: nothing more is saved
            return int(dlg.result())
        dlg.kindCombo.setCurrentIndex(dlg.kindCombo.findData("conciliation"))
        dlg.atEdit.setDateTime(QDateTime(QDate(2026, 12, 15), QTime(9, 0)))  # the very same time
        dlg.placeEdit.setText("Sala 5")
        dlg.accept()
        return int(dlg.result())

    monkeypatch.setattr(HearingDialog, "exec", run)
    view.hearings_tab.add_button.click()
    settle(qtbot)
    assert asked[0].startswith(
        "The hearing has warnings:\n"
        "• the case already has a hearing at that very time (Initial hearing (art. 372 CGP))\n"
    )
    assert "Register it anyway?" in asked[0] and "Audiencia" not in asked[0]
    assert view.case is not None and len(view.case.hearings) == 1


def test_stage_dialog_checks_the_radicado_and_stays_open(qtbot: Any) -> None:
    dlg = StageMoveDialog(None, "Listo para radicar", Stage.FILED, "Demanda radicada", current=Stage.READY_TO_FILE)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.radicadoError.isVisible()
    dlg.radicadoEdit.setText("11001-40-03-012-2026-00123")  # the last two digits (the instance) left out
    dlg.accept()
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.radicadoError.isVisible() and dlg.errorLabel.text() == ""
    assert dlg.radicadoError.text().startswith("El radicado «11001-40-03-012-2026-00123» tiene 21 dígitos")
    assert dlg.focusWidget() is dlg.radicadoEdit and dlg.radicadoEdit.selectedText() == "11001-40-03-012-2026-00123"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "stage_dialog_radicado_short.png"))
    qtbot.keyClicks(dlg.radicadoEdit, "11001-40-03-012-2026-00123-00")  # typed again: the message goes
    assert not dlg.radicadoError.isVisible()
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_values.radicado == "11001400301220260012300"


def test_stage_dialog_keeps_other_countries_numbers_as_written(qtbot: Any) -> None:
    dlg = StageMoveDialog(
        None, "Listo para radicar", Stage.FILED, "Demanda radicada", current=Stage.READY_TO_FILE, jurisdiction="AR"
    )
    qtbot.addWidget(dlg)
    dlg.radicadoEdit.setText("CIV 12345/2026")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.result_values.radicado == "CIV 12345/2026"


def test_history_says_where_a_postponed_hearing_went(sqlite_desk: Desk) -> None:
    """The History line of a postponement named no new date, and in English read «Hearing scheduled»."""
    from sqlalchemy import select

    from legal_desk.db.models import AuditEvent
    from legal_desk.ui.audit_text import audit_summary

    _case(sqlite_desk)
    law = actor_for(sqlite_desk, "abogada")
    hid = tracking.schedule_hearing(
        sqlite_desk, law, "OB-77", kind="initial", at=dt.datetime(2026, 12, 15, 9), place="S"
    )
    # to Tue 12/01/2027, the first working day after the recess and the moved Epiphany holiday
    tracking.record_hearing_outcome(
        sqlite_desk, law, hid, status="postponed", outcome="Solicitud del apoderado", new_at=dt.datetime(2027, 1, 12, 9)
    )
    tracking.record_hearing_outcome(sqlite_desk, law, hid, status="held", outcome="Se decretaron pruebas")
    with sqlite_desk.reading() as s:
        rows = [
            {"action": e.action, "summary": e.summary, "before": e.before, "after": e.after}
            for e in s.execute(
                select(AuditEvent).where(AuditEvent.action == "hearing.update").order_by(AuditEvent.id)
            ).scalars()
        ]
    assert [r["summary"] for r in rows] == [
        "Audiencia aplazada al 12/01/2027 09:00: Solicitud del apoderado",
        "Audiencia realizada: Se decretaron pruebas",
    ]
    install_language("en")
    assert [audit_summary(r) for r in rows] == [
        "Hearing postponed to 12/01/2027 at 09:00: Solicitud del apoderado",
        "Hearing held: Se decretaron pruebas",
    ]
