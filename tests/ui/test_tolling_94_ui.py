"""CGP art. 94 where a lawyer looks: the docket's limitation colour and tooltip, the terms panel's
limitation watch, the case file's limitation line (worked example of tests/integration/test_tolling_94.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QBrush

from legal_desk.services import deadlines
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.models.case_table import COLUMN_KEYS, RED, CaseTableModel, page_pool
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from tests.integration.test_tolling_94 import NOTIFIED_CREDITOR, TODAY, _filed
from tests.ui.helpers import wait_loaded, wait_rows
from tests.ui.test_legal_panel import cell, panel_for, shot


def _ctx(desk: Desk, user: str = "abogada") -> UiContext:
    s = QSettings(str(Path(desk.config.store_root).parent / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, user), AppEvents(), UiSettings(s))


def _portfolio(desk: Desk) -> None:
    """OB-00001: the art. 94 year ran out (04/11/2026) unserved; OB-00002: served in time; OB-00003: filed late."""
    law = actor_for(desk, "abogada")
    _filed(desk, "OB-00001")
    _filed(desk, "OB-00002")
    _filed(desk, "OB-00003", filed_on=dt.date(2026, 3, 2), due=dt.date(2023, 2, 2), stage="FILED")
    for ref in ("OB-00001", "OB-00002"):
        deadlines.record_event(desk, law, ref, "PAYMENT_ORDER_NOTIFIED_CREDITOR", NOTIFIED_CREDITOR)
    deadlines.record_event(desk, law, "OB-00002", "DEBTOR_SERVED", dt.date(2026, 3, 10))


def test_the_docket_colours_a_case_only_while_its_filing_does_not_interrupt_the_limitation(
    qtbot: Any, sqlite_desk: Desk
) -> None:
    _portfolio(sqlite_desk)
    model = CaseTableModel(_ctx(sqlite_desk, "admin"), today=TODAY)
    model.set_filters(order="id")
    wait_rows(qtbot, model)
    col = COLUMN_KEYS.index("limitation")
    got = {}
    for r in range(3):
        row = model.row_at(r)
        assert row is not None
        brush = model.data(model.index(r, col), Qt.ItemDataRole.BackgroundRole)
        tip = model.data(model.index(r, col), Qt.ItemDataRole.ToolTipRole)
        got[row.account_ref] = (isinstance(brush, QBrush) and brush.color() == RED, tip)
    assert got["OB-00001"] == (
        True,
        "Prescrita hace 86 día(s)\nLa demanda radicada el 06/10/2025 no la interrumpió: no se notificó dentro "
        "del año del art. 94 CGP (vencía el 04/11/2026)",
    )
    # Prescribed on 01/09/2026 by the calendar, yet interrupted: no red cell, and the tooltip says why.
    assert got["OB-00002"] == (
        False,
        "Interrumpida por la demanda radicada el 06/10/2025 (art. 94 CGP); deudor notificado el 10/03/2026",
    )
    assert got["OB-00003"][0] is True and "después de la fecha de prescripción" in got["OB-00003"][1]
    QThreadPool.globalInstance().waitForDone()
    page_pool().waitForDone()


def test_the_limitation_watch_says_why_a_filed_case_is_still_listed(qtbot: Any, sqlite_desk: Desk) -> None:
    _portfolio(sqlite_desk)
    panel = panel_for(qtbot, sqlite_desk, "admin", TODAY)
    model = panel.limitation_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert [(cell(model, r, 3), cell(model, r, 6)) for r in range(2)] == [
        ("OB-00003", "Radicada después, el 02/03/2026"),
        ("OB-00001", "Sin notificar en el año (venció el 04/11/2026)"),
    ]
    assert "no se notificó dentro del año del art. 94 CGP" in cell(model, 1, 6, Qt.ItemDataRole.ToolTipRole)
    shot(panel, 3, "limitation_art94")


def test_the_case_file_shows_that_the_filing_interrupted_the_limitation(qtbot: Any, sqlite_desk: Desk) -> None:
    _portfolio(sqlite_desk)
    view = CaseFileView(_ctx(sqlite_desk), 2)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    note = "Interrumpida por la demanda radicada el 06/10/2025 (art. 94 CGP); deudor notificado el 10/03/2026"
    line = view.summary_tab.values["limitation"]
    assert line.text() == f"01/09/2026 — {note}"
    assert line.toolTip().endswith(note) and "3 años desde el vencimiento" in line.toolTip()
    assert view.debt_tab.fields["limitation"].text().endswith(f". {note}")
    view.grab().save("tests/_artifacts/screenshots/case_file_art94.png")
