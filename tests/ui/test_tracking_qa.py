"""The case file's tracking tabs used for real: a payment reversed, offers that can no longer be answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QInputDialog

from legal_desk.services import cases, payments, rates, tracking
from legal_desk.services.cases import CaseUpdate
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs import records
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import settle, wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over

pytestmark = pytest.mark.usefixtures("spanish")
SHOTS = Path("tests/_artifacts/screenshots")


def _rates(desk: Desk, tmp_path: Path) -> None:
    table = tmp_path / "tasas.csv"
    table.write_text("desde;hasta;tasa_efectiva_anual\n2023-01-01;2027-12-31;26,10\n", encoding="utf-8")
    rates.import_rates(desk, actor_for(desk, "admin"), table)


def _open(qtbot: Any, desk: Desk, case_id: int) -> CaseFileView:
    view = CaseFileView(ctx_for(desk, "abogada"), case_id)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    wait_loaded(qtbot, view)
    return view


def test_a_payment_entered_by_mistake_is_reversed_from_the_payments_tab(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The payments tab had only «Registrar pago…»: a payment typed with one zero too many could not be taken
    back. «Anular pago…» asks why, re-applies the rest and the case file, its total and history follow."""
    _rates(sqlite_desk, tmp_path)
    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    cases.update_case(sqlite_desk, actor_for(sqlite_desk, "admin"), case_id, CaseUpdate(lawyer_id=lawyer.user_id))
    payments.add_payment(sqlite_desk, lawyer, case_id, dt.date(2025, 7, 1), "150.000", reference="Consignación 1")
    wrong = payments.add_payment(sqlite_desk, lawyer, case_id, dt.date(2025, 8, 1), "15.000.000", reference="Typo")
    view = _open(qtbot, sqlite_desk, case_id)
    tab = view.payments_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.reverse_button.isVisible() and not tab.reverse_button.isEnabled()  # nothing selected yet
    asked: list[str] = []

    def reason(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return ("valor mal digitado: eran 1.500.000", True)

    monkeypatch.setattr(QInputDialog, "getText", reason)
    tab.select_row([p["payment_id"] for p in tab.model.records()].index(wrong.payment_id))
    assert tab.reverse_button.isEnabled()
    assert tab.reverse_payment() is True
    settle(qtbot)
    wait_loaded(qtbot, view)
    assert asked and "el pago de $ 15.000.000,00 del 01/08/2025" in asked[0]
    assert messages[-1] == "Se anuló el pago de $ 15.000.000,00 del 01/08/2025. Total recaudado: $ 150.000,00."
    assert view.case is not None and [p["reference"] for p in view.case.payments] == ["Consignación 1"]
    assert tab.model.rowCount() == 1
    history = view.timeline_tab.model
    details = [history.records()[i]["action"] for i in range(history.rowCount())]
    assert "payment.reverse" in details
    tab.grab().save(str(SHOTS / "payment_reversed.png"))
    # cancelling the question (or an empty reason) changes nothing
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    tab.select_row(0)
    assert tab.reverse_payment() is False
    assert view.case is not None and len(view.case.payments) == 1
    QThreadPool.globalInstance().waitForDone()


def test_an_offer_no_longer_open_or_past_its_expiry_cannot_be_answered(
    qtbot: Any, sqlite_desk: Desk, messages: list[str]
) -> None:
    """«Aceptar» and «Contrapropuesta…» stayed enabled on an accepted, rejected or lapsed offer; the click ended
    in a refusal. They are disabled, and the tooltip says why and what to do."""
    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    today = dt.date.today()
    lapsed = tracking.make_offer(
        sqlite_desk,
        lawyer,
        case_id,
        party="debtor",
        amount="4.000.000",
        made_on=today - dt.timedelta(days=20),
        expires_on=today - dt.timedelta(days=5),
    )
    rejected = tracking.make_offer(sqlite_desk, lawyer, case_id, party="debtor", amount="1.000.000", made_on=today)
    tracking.close_offer(sqlite_desk, lawyer, rejected, "rejected")
    fresh = tracking.make_offer(sqlite_desk, lawyer, case_id, party="debtor", amount="5.000.000", made_on=today)
    view = _open(qtbot, sqlite_desk, case_id)
    nego = view.negotiation_tab
    view.tabs.setCurrentWidget(nego)
    ids = [o["offer_id"] for o in nego.model.records()]

    nego.select_row(ids.index(lapsed))
    # a lapsed offer reads «Vencida» and is answered no more, not even rejected (it lapsed unanswered)
    assert not any(b.isEnabled() for b in (nego.accept_button, nego.counter_button, nego.reject_button))
    status_column = [nego.model.headerData(c, Qt.Orientation.Horizontal) for c in range(nego.model.columnCount())]
    row = ids.index(lapsed)
    assert nego.model.index(row, status_column.index("Estado")).data() == "Vencida"
    expired = (today - dt.timedelta(days=5)).strftime("%d/%m/%Y")
    assert (
        nego.accept_button.toolTip()
        == f"Esta propuesta venció el {expired}: registre una propuesta nueva con los términos vigentes"
    )
    nego.select_row(ids.index(rejected))
    assert not any(b.isEnabled() for b in (nego.accept_button, nego.counter_button, nego.reject_button))
    assert nego.accept_button.toolTip() == "Esta propuesta ya está rechazada: registre una propuesta nueva"
    nego.select_row(ids.index(fresh))
    assert all(b.isEnabled() for b in (nego.accept_button, nego.counter_button, nego.reject_button))
    assert nego.accept_button.toolTip() == ""
    nego.grab().save(str(SHOTS / "negotiation_answer_buttons.png"))
    assert messages == []


def test_accepting_an_offer_leads_to_the_agreement_with_the_accepted_terms(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An accepted offer of 1.000.000 in 3 instalments: the question names the other open offer withdrawn, the
    agreement dialog opens with 333.333,33 + 333.333,33 + 333.333,34 (the plan adds up to the offer)."""
    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    today = dt.date.today()
    offer = tracking.make_offer(
        sqlite_desk, lawyer, case_id, party="debtor", amount="1.000.000", made_on=today, instalments=3
    )
    tracking.make_offer(sqlite_desk, lawyer, case_id, party="debtor", amount="800.000", made_on=today)
    questions: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    def ask(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    plans: list[list[str]] = []

    def exec_(dialog: Any) -> int:
        plans.append([row["amount"] for row in dialog.plan.rows()])
        dialog.show()
        dialog.grab().save(str(SHOTS / "agreement_from_offer.png"))
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(records.AgreementDialog, "exec", exec_)
    view = _open(qtbot, sqlite_desk, case_id)
    nego = view.negotiation_tab
    view.tabs.setCurrentWidget(nego)
    nego.select_row([o["offer_id"] for o in nego.model.records()].index(offer))
    nego.accept_button.click()
    settle(qtbot)
    wait_loaded(qtbot, view)
    assert questions[0] == (
        "¿Desea aceptar la propuesta de $ 1.000.000,00?\nLas otras 1 propuestas abiertas quedarán retiradas."
    )
    assert questions[1].startswith(
        "Propuesta aceptada. ¿Registrar ahora el acuerdo de pago firmado ($ 1.000.000,00 en 3"
    )
    assert plans == [["$ 333.333,33", "$ 333.333,33", "$ 333.333,34"]]
    assert view.case is not None
    assert sorted(o["status"] for o in view.case.settlement_offers) == ["accepted", "withdrawn"]
    assert messages == []
    QThreadPool.globalInstance().waitForDone()
