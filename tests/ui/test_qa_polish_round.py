"""QA polish round: money per currency on the dashboard, foreign-case amounts, paralegal docket, labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.views.dashboard import DashboardView
from tests.ui.helpers import make_ctx, settle

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def hand_over(desk: Desk, ref: str, jurisdiction: str, capital: str, id_type: str, id_number: str) -> int:
    row = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput("Deudor de prueba", id_type, id_number, address="Calle 1", city="Ciudad"),
            debt=DebtInput(capital=Decimal(capital), due_date=dt.date(2024, 2, 28)),
            jurisdiction=jurisdiction,
        ),
    )
    return row.case_id


def test_dashboard_keeps_each_currency_apart(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """Pesos and euros were added into one «$» figure (12.500 EUR + 3.000.000 COP = «$ 3.012.500,00»)."""
    hand_over(sqlite_desk, "CO-1", "CO", "3000000", "CC", "79456123")
    hand_over(sqlite_desk, "CO-2", "CO", "2000000", "CC", "79456124")
    hand_over(sqlite_desk, "ES-1", "ES", "12500", "DNI", "12345678Z")
    totals = cases.capital_by_currency(sqlite_desk, actor_for(sqlite_desk, "admin"))
    assert totals == {"COP": (Decimal("5000000.00"), Decimal(0)), "EUR": (Decimal("12500.00"), Decimal(0))}
    view = DashboardView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and bool(view.data.money))
    settle(qtbot)
    lines = view.money_label.text().splitlines()
    assert lines == [
        "Reclamado: $ 5.000.000,00 · Recuperado: $ 0,00 (0,0 %)",
        "Reclamado: 12.500,00 € · Recuperado: 0,00 € (0,0 %)",
    ]
    assert list(view.money_charts) == ["COP", "EUR"]  # one chart per currency, each on its own scale
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "dashboard_currencies.png"))


@pytest.mark.parametrize(
    ("currency", "shown"), [("EUR", "350,00 €"), ("MXN", "$ 1,500.00 MXN"), ("COP", "$ 350.000,00")]
)
def test_agreement_plan_is_written_in_the_case_currency(qtbot: Any, currency: str, shown: str) -> None:
    """A Madrid case's plan showed «$ 350,00» (Colombian pesos) for each instalment of 350 €."""
    from legal_desk.ui.dialogs.records import AgreementDialog

    dlg = AgreementDialog(None, currency)
    qtbot.addWidget(dlg)
    dlg.amountEdit.setText(shown)
    dlg.countSpin.setValue(3)
    dlg.planButton.click()
    assert [row["amount"] for row in dlg.plan.rows()] == [shown] * 3
    values = dlg._collect()
    assert [amount for _due, amount in values.instalments] == [
        Decimal("350") if currency == "EUR" else Decimal("1500") if currency == "MXN" else Decimal("350000")
    ] * 3


def test_a_paralegal_ticking_my_cases_sees_the_cases_they_assist_on(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """«Mis expedientes» filtered a paralegal's docket by the lawyer field: it came back empty."""
    from legal_desk.services.cases import CaseQuery
    from legal_desk.services.demo import load_demo
    from legal_desk.ui.views.case_list import CaseListView
    from tests.conftest import DEMO_TODAY

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=3, today=DEMO_TODAY)
    para = actor_for(sqlite_desk, "cortiz")
    theirs = cases.count_cases(sqlite_desk, para, CaseQuery(paralegal_id=para.user_id))
    assert 0 < theirs < cases.count_cases(sqlite_desk, para, CaseQuery())
    view = CaseListView(make_ctx(sqlite_desk, "cortiz", tmp_path))
    qtbot.addWidget(view)
    view.show()
    view.mine_check.setChecked(True)
    assert view.model.query.paralegal_id == para.user_id and view.model.query.lawyer_id is None
    qtbot.waitUntil(lambda: view.model.total == theirs, timeout=3000)
    assert "dependiente" in view.mine_check.toolTip()
    view.mine_check.setChecked(False)
    assert view.model.query.paralegal_id is None


def test_agreements_tab_english_labels_status_column_and_decided_agreements_stay_decided(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """«Marcar cumplido/incumplido» stayed enabled on a broken agreement, the «Estado» column showed
    «Incumpl…», and statuses and party roles stayed Spanish in the English interface."""
    from legal_desk.services import tracking
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.views.case_file import CaseFileView

    case_id = hand_over(sqlite_desk, "OB-QA-501", "CO", "3000000", "CC", "79456123")
    law = actor_for(sqlite_desk, "abogada")
    plan = [(dt.date(2025, 5, 1), Decimal("500000"))]
    active = tracking.record_agreement(sqlite_desk, law, case_id, signed_on=dt.date(2025, 4, 1), instalments=plan)
    view = CaseFileView(make_ctx(sqlite_desk, "abogada", tmp_path), case_id)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    tab = view.agreements_tab
    view.tabs.setCurrentWidget(tab)
    settle(qtbot)
    tab.select_row(0)
    # its instalment is unpaid: only the last payment makes it kept (test_negotiation_qa)
    assert not tab.kept_button.isEnabled() and tab.broken_button.isEnabled()
    # broken, shown again (the column was fitted to «Vigente»)
    tracking.mark_agreement(sqlite_desk, law, active, "broken", on=dt.date(2025, 5, 20))
    with pytest.raises(ValidationFailed, match="ya está incumplido desde el 20/05/2025"):
        tracking.mark_agreement(sqlite_desk, law, active, "kept")
    view.reload()
    settle(qtbot)
    assert tab.model.data(tab.model.index(0, 3)) == "Incumplido"
    assert tab.table.columnWidth(3) > tab.table.fontMetrics().horizontalAdvance("Incumplido") + 8
    install_language("en")
    view.reload()
    settle(qtbot)
    tab.select_row(0)
    assert tab.model.data(tab.model.index(0, 3)) == "Broken"
    assert not tab.kept_button.isEnabled() and not tab.broken_button.isEnabled()
    assert "already broken" in tab.kept_button.toolTip()
    parties = view.parties_tab
    assert parties.model.data(parties.model.index(0, 0)) == "Debtor"
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "agreements_broken_english.png"))


def test_a_closed_case_does_not_say_ready_to_file(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """A case closed as paid still showed «Requisitos para radicar — Listo para radicar»."""
    from legal_desk.ui.views.case_file import CaseFileView
    from legal_desk.ui.views.case_tabs.summary import filing_checklist_applies

    assert filing_checklist_applies("EVIDENCE", None) and filing_checklist_applies("READY_TO_FILE", None)
    assert filing_checklist_applies("CORRECTION_PENDING", "11001400300120250012300")  # the demand is to be fixed
    assert filing_checklist_applies("REJECTED", "11001400300120250012300")  # and may be filed again
    assert not filing_checklist_applies("EXECUTION", "11001400300120250012300")
    assert not filing_checklist_applies("SETTLEMENT_ACTIVE", "11001400300120250012300")
    assert filing_checklist_applies("SETTLEMENT_ACTIVE", None)
    for closed in ("CLOSED_PAID", "CLOSED_WRITTEN_OFF", "RETURNED_TO_COLLECTIONS"):
        assert not filing_checklist_applies(closed, None)
    case_id = hand_over(sqlite_desk, "OB-QA-601", "CO", "3000000", "CC", "79456123")
    view = CaseFileView(make_ctx(sqlite_desk, "abogada", tmp_path), case_id)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    summary = view.summary_tab
    assert summary.check_box.isVisibleTo(view)
    cases.move_stage(sqlite_desk, actor_for(sqlite_desk, "abogada"), case_id, "CLOSED_PAID", reason="pagó")
    view.reload()
    settle(qtbot)
    assert view.case is not None and view.case.stage == "CLOSED_PAID"
    assert not summary.check_box.isVisibleTo(view)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "closed_case_summary.png"))
