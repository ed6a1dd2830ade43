"""The negotiation tab read by a lawyer: a chain of counter-offers and what each one answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from legal_desk.services import tracking
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over

pytestmark = pytest.mark.usefixtures("spanish")
SHOTS = Path("tests/_artifacts/screenshots")


def _column(model: Any, title: str) -> list[str]:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = headers.index(title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_a_counter_offer_names_the_offer_it_answers(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """«Responde a» showed «#12», an id the tab shows nowhere: the lawyer could not tell which offer a
    counter-offer answered. It names it as the lawyer knows it: who made it, when, for how much."""
    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    today = dt.date.today()
    first = tracking.make_offer(
        sqlite_desk, lawyer, case_id, party="debtor", amount="6.000.000", made_on=today - dt.timedelta(days=2)
    )
    second = tracking.make_offer(
        sqlite_desk,
        lawyer,
        case_id,
        party="creditor",
        amount="8.500.000",
        made_on=today - dt.timedelta(days=1),
        parent_id=first,
    )
    tracking.make_offer(
        sqlite_desk, lawyer, case_id, party="debtor", amount="7.000.000", made_on=today, parent_id=second
    )
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    wait_loaded(qtbot, view)
    nego = view.negotiation_tab
    view.tabs.setCurrentWidget(nego)
    fmt = "%d/%m/%Y"
    assert _column(nego.model, "Responde a") == [
        "",
        f"Deudor, {today - dt.timedelta(days=2):{fmt}}: $ 6.000.000,00",
        f"Acreedor, {today - dt.timedelta(days=1):{fmt}}: $ 8.500.000,00",
    ]
    assert _column(nego.model, "Estado") == ["Con contrapropuesta", "Con contrapropuesta", "Abierta"]
    nego.grab().save(str(SHOTS / "negotiation_chain.png"))
    assert messages == []
    QThreadPool.globalInstance().waitForDone()


def test_marcar_cumplido_waits_for_the_last_instalment(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """«Marcar cumplido» was enabled on an agreement with instalments owed, and closed the case as settled;
    it is disabled and says why, while «Marcar incumplido» stays available."""
    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    today = dt.date.today()
    plan = [(today + dt.timedelta(days=10), "500.000"), (today + dt.timedelta(days=40), "500.000")]
    tracking.record_agreement(sqlite_desk, lawyer, case_id, signed_on=today, instalments=plan)
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    wait_loaded(qtbot, view)
    tab = view.agreements_tab
    view.tabs.setCurrentWidget(tab)
    tab.select_row(0)
    assert not tab.kept_button.isEnabled() and tab.broken_button.isEnabled()
    assert tab.kept_button.toolTip() == (
        "Quedan cuotas sin pagar: el acuerdo queda cumplido al registrar el pago de la última"
    )
    assert messages == []
    QThreadPool.globalInstance().waitForDone()


def test_the_agenda_lists_the_offers_that_expire_this_week(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:
    """«Propuestas que vencen esta semana»: the week's agenda shows the offer on its last day, the summary
    counts it, and it reads in English too."""
    from legal_desk.services import cases
    from legal_desk.services.cases import CaseUpdate
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.views.agenda import AgendaView, entry_detail
    from tests.ui.helpers import make_ctx, settle

    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    cases.update_case(sqlite_desk, actor_for(sqlite_desk, "admin"), case_id, CaseUpdate(lawyer_id=lawyer.user_id))
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    friday = monday + dt.timedelta(days=4)
    tracking.make_offer(
        sqlite_desk,
        lawyer,
        case_id,
        party="debtor",
        amount="6.000.000",
        made_on=monday - dt.timedelta(days=7),
        expires_on=friday,
        instalments=3,
    )
    view = AgendaView(make_ctx(sqlite_desk, "abogada", tmp_path), today=today)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[2] == "Propuesta" and row[1] == "todo el día"
    assert row[3].startswith("Vence la propuesta del deudor de $ 6.000.000,00 — ")
    assert view.summary_label.text() == "0 audiencias · 0 términos · 1 propuesta por vencer"  # one: singular
    view.grab().save(str(SHOTS / "agenda_offer_expiring.png"))
    install_language("en")
    view.retranslate()
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[2] == "Offer" and row[3].startswith("The debtor's offer of $ 6.000.000,00 expires — ")
    assert view.summary_label.text() == "0 hearings · 0 deadlines · 1 offer about to expire"
    assert entry_detail(view.model.entries[0]).endswith("in 3 instalments; it can be accepted until this day inclusive")
    assert messages == []
    QThreadPool.globalInstance().waitForDone()
