"""Terms and rates panel: closures move deadlines, term calculator, rate import errors, limitation watch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialog

from legal_desk.services import cases, deadlines, rates
from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.legal_panel import (
    MISSED,
    SOON,
    WATCH_90,
    WATCH_180,
    ClosureDialog,
    ClosureValues,
    EventDialog,
    LegalPanel,
)

SHOTS = Path("tests/_artifacts/screenshots")


def ctx_for(desk: Desk, user: str) -> UiContext:
    s = QSettings(str(Path(desk.config.store_root).parent / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, user), AppEvents(), UiSettings(s))


def hand_over(desk: Desk, ref: str, due: dt.date, lawyer: bool = False) -> None:
    cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(f"Deudor {ref}", "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital="12.500.000,00", due_date=due, title_type="pagare"),
        ),
    )
    if lawyer:
        update = CaseUpdate(lawyer_id=actor_for(desk, "abogada").user_id, court="Juzgado 12 Civil Municipal de Bogotá")
        cases.update_case(desk, actor_for(desk, "admin"), ref, update)


def panel_for(qtbot: Any, desk: Desk, user: str, today: dt.date) -> LegalPanel:
    panel = LegalPanel(ctx_for(desk, user), today=today)
    qtbot.addWidget(panel)
    panel.resize(1280, 760)
    panel.show()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()  # deliver the loaders' queued results
    return panel


def shot(panel: LegalPanel, tab: int, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.tabs.setCurrentIndex(tab)
    panel.grab().save(str(SHOTS / f"legal_panel_{name}.png"))


def cell(panel_model: Any, row: int, col: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return panel_model.data(panel_model.index(row, col), role)


def test_closure_moves_deadline(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """DEBTOR_SERVED 13/11/2025: PAY due 21/11 (overdue on 24/11); a strike 18–19/11 moves it to 25/11."""
    hand_over(sqlite_desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    deadlines.record_event(
        sqlite_desk, actor_for(sqlite_desk, "abogada"), "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13)
    )
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 11, 24))
    model = panel.terms_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    rows = [(cell(model, r, 0), cell(model, r, 1), cell(model, r, 4)) for r in range(2)]
    assert rows == [
        ("21/11/2025", "Vencido", "Término para pagar"),
        ("28/11/2025", "Abierto", "Término para proponer excepciones"),
    ]
    assert cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole).color() == MISSED
    with qtbot.waitSignal(panel.ctx.events.calendar_changed, timeout=10_000):
        panel.add_closure(ClosureValues(dt.date(2025, 11, 18), dt.date(2025, 11, 19), "Paro judicial"))
    assert panel.calendar_status.text() == "2 términos recalculados"
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and cell(model, 0, 0) == "25/11/2025")
    # Due 25/11 is within 2 business days of Monday 24/11: amber; DEFENCES moved to 02/12, out of the week.
    assert cell(model, 0, 1) == "Vence pronto"
    assert cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole).color() == SOON
    assert "cierre: Paro judicial" in cell(model, 0, 5)
    qtbot.waitUntil(lambda: panel.closure_model.rowCount() == 1)
    assert [cell(panel.closure_model, 0, c) for c in range(4)] == [
        "18/11/2025",
        "19/11/2025",
        "Cierre",
        "Paro judicial",
    ]
    shot(panel, 0, "calendar")
    shot(panel, 2, "terms")
    opened: list[int] = []
    panel.ctx.events.open_case.connect(opened.append)
    panel.terms_view.doubleClicked.emit(model.index(0, 2))
    assert opened == [model.rows[0].case_id]
    # Removing it (after the confirmation) moves the term back.
    panel.closure_view.selectRow(0)
    with qtbot.waitSignal(panel.ctx.events.calendar_changed, timeout=10_000):
        panel.remove_selected_closure()
    assert panel.calendar_status.text() == "2 términos recalculados"
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: model.rowCount() == 2 and cell(model, 0, 0) == "21/11/2025")
    assert messages == []


def test_term_calculator_worked_example(qtbot: Any, sqlite_desk: Desk) -> None:
    """DOMAIN §9.1: 3 business days from Fri 19/12/2025 → 15/01/2026 (recess, 11 Jan Sunday, 12 Jan holiday)."""
    panel = panel_for(qtbot, sqlite_desk, "abogada", dt.date(2025, 12, 19))
    panel.calc_start.setDate(panel.calc_start.date().fromString("19/12/2025", "dd/MM/yyyy"))
    panel.calc_days.setValue(3)
    panel.calc_button.click()
    assert "vencen el 15/01/2026" in panel.calc_result.text()
    skipped = {
        cell(panel.skipped_model, r, 0): cell(panel.skipped_model, r, 1) for r in range(panel.skipped_model.rowCount())
    }
    assert "12/01/2026" in skipped and "11/01/2026" in skipped and "25/12/2025" in skipped
    assert all(day in skipped for day in ("20/12/2025", "31/12/2025", "10/01/2026"))
    assert "13/01/2026" not in skipped and "14/01/2026" not in skipped
    assert (skipped["22/12/2025"], skipped["11/01/2026"]) == ("vacancia judicial", "domingo")
    assert skipped["12/01/2026"].startswith("festivo") and skipped["25/12/2025"] == "festivo: Navidad"
    assert len(skipped) == 24
    shot(panel, 0, "calculator")


def test_bad_rate_file_lists_errors_and_imports_nothing(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    bad = tmp_path / "malas.csv"
    bad.write_text(
        "desde,hasta,tasa_efectiva_anual\n2024-05-01,2024-05-31,31.5\n2024-05-15,2024-06-30,31\n"
        "2024-07-01,2024-07-31,-2\n2024-13-01,2024-08-31,30\n",
        encoding="utf-8",
    )
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 1, 10))
    panel.import_rates(str(bad))
    qtbot.waitUntil(lambda: panel.rate_errors_model.rowCount() > 0)
    assert not panel.rate_errors_box.isHidden()
    assert panel.rates_status.text().startswith("No se importó nada: el archivo tiene 3 error(es)")
    lines = {
        (cell(panel.rate_errors_model, r, 0), cell(panel.rate_errors_model, r, 1))
        for r in range(panel.rate_errors_model.rowCount())
    }
    assert {("3", "desde"), ("4", "tasa_efectiva_anual"), ("5", "desde")} <= lines
    assert rates.rate_history(sqlite_desk, "CO") == [] and panel.history_model.rowCount() == 0
    shot(panel, 1, "rates_errors")
    good = tmp_path / "tasas.csv"
    good.write_text(
        "desde;hasta;tasa_efectiva_anual\n2024-03-01;2024-03-31;30,00\n2024-04-01;2024-04-30;32,00\n", encoding="utf-8"
    )
    with qtbot.waitSignal(panel.ctx.events.rates_changed, timeout=10_000):
        panel.import_rates(str(good))
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: panel.rate_model.rowCount() == 2)
    assert panel.rate_errors_box.isHidden()
    assert [cell(panel.rate_model, 1, c) for c in range(3)] == ["01/04/2024", "30/04/2024", "32,00 %"]
    assert [cell(panel.history_model, 0, c) for c in (1, 2, 6)] == ["tasas.csv", "2", "Vigente"]
    shot(panel, 1, "rates")


def test_limitation_list_soonest_first(qtbot: Any, sqlite_desk: Desk) -> None:
    hand_over(sqlite_desk, "OB-FAR", dt.date(2023, 6, 1))  # 2026-06-01: beyond 180 days
    hand_over(sqlite_desk, "OB-90", dt.date(2022, 9, 26))  # 2025-09-26, 87 days
    hand_over(sqlite_desk, "OB-30", dt.date(2022, 7, 21))  # 2025-07-21, 20 days
    hand_over(sqlite_desk, "OB-OLD", dt.date(2022, 3, 1))  # 2025-03-03, prescribed
    hand_over(sqlite_desk, "OB-180", dt.date(2022, 12, 1))  # 2025-12-01, 153 days
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 7, 1))
    model = panel.limitation_model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    got = [tuple(cell(model, r, c) for c in (3, 0, 1, 2)) for r in range(4)]
    assert got == [
        ("OB-OLD", "03/03/2025", "-120", "Prescrito"),
        ("OB-30", "21/07/2025", "20", "30 días"),
        ("OB-90", "26/09/2025", "87", "90 días"),
        ("OB-180", "01/12/2025", "153", "180 días"),
    ]
    colours = [cell(model, r, 0, Qt.ItemDataRole.BackgroundRole).color() for r in range(4)]
    assert colours == [MISSED, SOON, WATCH_90, WATCH_180]
    assert panel.limitation_status.text() == "Casos: 4 · ya prescritos: 1"
    opened: list[int] = []
    panel.ctx.events.open_case.connect(opened.append)
    panel.limitation_view.doubleClicked.emit(model.index(1, 0))
    assert opened == [model.rows[1].case_id]
    shot(panel, 3, "limitation")


def test_read_only_roles_cannot_edit_calendar_or_rates(qtbot: Any, sqlite_desk: Desk) -> None:
    panel = panel_for(qtbot, sqlite_desk, "dependiente", dt.date(2025, 7, 1))
    assert panel.add_closure_button.isHidden() and panel.remove_closure_button.isHidden()
    assert panel.import_button.isHidden() and not panel.day_basis_combo.isEnabled()
    checks = panel.option_checks
    assert not any(c.isEnabled() for c in checks.values())
    # defaults: closures and the art. 118 extension on; year terms counted from the event's own day
    assert {k: c.isChecked() for k, c in checks.items()} == {
        "calendar.holy_week_closed": True,
        "calendar.rama_judicial_day_closed": True,
        "calendar.extend_to_business_day": True,
        "calendar.calendar_terms_from_next_day": False,
    }
    assert not panel.inactivity_spin.isEnabled() and not panel.inactivity_after_spin.isEnabled()
    assert not panel.record_button.isHidden()  # paralegals record procedural events
    shot(panel, 0, "readonly")


def test_record_event_dialog_and_action(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """Art. 291 summons delivered outside the municipality on Thu 13/11/2025: 10 days → 28/11/2025."""
    hand_over(sqlite_desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    panel = panel_for(qtbot, sqlite_desk, "abogada", dt.date(2025, 11, 24))
    dialog = EventDialog(dt.date(2025, 11, 13), panel, "OB-1")
    qtbot.addWidget(dialog)
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData("SUMMONS_291_SENT"))
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData("outside"))
    values = dialog.values()
    assert (values.account_ref, values.code, values.date, values.params) == (
        "OB-1",
        "SUMMONS_291_SENT",
        dt.date(2025, 11, 13),
        {"place": "outside"},
    )
    with qtbot.waitSignal(panel.ctx.events.case_changed, timeout=5_000):
        panel.record_event(values)
    assert panel.terms_status.text() == "Actuación registrada: Comparecer a notificarse (citación) vence el 28/11/2025"
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: panel.terms_model.rowCount() == 1)
    assert cell(panel.terms_model, 0, 0) == "28/11/2025" and messages == []


def test_closure_dialog_from_form_validates_reason(qtbot: Any, messages: list[str]) -> None:
    """The closure form (forms/closure_dialog.ui) refuses an empty reason and returns the typed closure."""
    dialog = ClosureDialog(dt.date(2025, 11, 18))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start_edit.date().toString("dd/MM/yyyy") == "18/11/2025" and dialog.minimumWidth() == 480
    dialog.buttonBox.accepted.emit()
    assert messages == ["Indique el motivo del cierre."] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(1))
    qtbot.keyClicks(dialog.reason_edit, "Paro judicial")
    dialog.court_edit.setText(" Juzgado 12 Civil Municipal ")
    dialog.reopen_check.setChecked(True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "closure_dialog.png"))
    dialog.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ClosureValues(
        dt.date(2025, 11, 18), dt.date(2025, 11, 19), "Paro judicial", "Juzgado 12 Civil Municipal", None, True
    )


def test_event_dialog_from_form_shows_only_the_event_parameters(qtbot: Any, messages: list[str]) -> None:
    """Each event shows its own parameter row; e-mail service carries the proven receipt date."""
    dialog = EventDialog(dt.date(2025, 11, 13))
    qtbot.addWidget(dialog)
    dialog.show()
    visible: dict[str, list[bool]] = {}
    for code in ("SUMMONS_291_SENT", "LAST_ACTION", "EMAIL_SERVICE_SENT", "DEBTOR_SERVED"):
        dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(code))
        visible[code] = [dialog.form.isRowVisible(r) for r in (3, 4, 5)]
    assert visible == {
        "SUMMONS_291_SENT": [True, False, False],
        "LAST_ACTION": [False, True, False],
        "EMAIL_SERVICE_SENT": [False, False, True],
        "DEBTOR_SERVED": [False, False, False],
    }
    dialog.buttonBox.accepted.emit()
    assert messages == ["Indique el número de obligación del caso."]
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData("EMAIL_SERVICE_SENT"))
    assert not dialog.receipt_edit.isEnabled()
    dialog.receipt_check.setChecked(True)
    assert dialog.receipt_edit.isEnabled()
    dialog.receipt_edit.setDate(dialog.receipt_edit.date().addDays(1))
    dialog.ref_edit.setText("OB-1")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "event_dialog.png"))
    dialog.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    values = dialog.values()
    assert (values.account_ref, values.code, values.date, values.params) == (
        "OB-1",
        "EMAIL_SERVICE_SENT",
        dt.date(2025, 11, 13),
        {"receipt_on": dt.date(2025, 11, 14)},
    )
    # a generic actuación (art. 317 lit. c) must say what it was; its period follows the case's stage
    messages.clear()
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData("LAST_ACTION"))
    assert dialog.event_combo.currentText() == "Otra actuación del proceso (auto, memorial, diligencia…)"
    dialog.setResult(QDialog.DialogCode.Rejected)
    dialog.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected and messages[0].startswith("Describa la actuación")
    dialog.description_edit.setText("  Memorial que informa un abono ")
    assert dialog.values().params == {"description": "Memorial que informa un abono"}


def test_dashboard_overdue_counts_unmet_terms_stored_or_not(sqlite_desk: Desk) -> None:
    """Served 13/11/2025: PAY due 21/11, DEFENCES due 28/11; on 01/12 both are overdue and unmet.

    PAY is stored as «missed» (as `refresh_statuses` or the demo leave it), DEFENCES is still
    stored «open»: the dashboard used to count only the stored-open one (1). Both are overdue: 2.
    Once DEFENCES is complied with (late), only PAY is left unmet: 1.
    """
    from sqlalchemy import update

    from legal_desk.db.models import Deadline
    from legal_desk.ui.views.dashboard import load_dashboard

    hand_over(sqlite_desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    law = actor_for(sqlite_desk, "abogada")
    info = deadlines.record_event(sqlite_desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13))
    pay, defences = (d.deadline_id for d in info.deadlines)
    with sqlite_desk.uow() as uow:
        uow.session.execute(update(Deadline).where(Deadline.id == pay).values(status="missed"))
        uow.commit()
    ctx = ctx_for(sqlite_desk, "admin")
    assert load_dashboard(ctx, dt.date(2025, 12, 1)).overdue_deadlines == 2
    deadlines.mark_deadline_met(sqlite_desk, law, defences, dt.date(2025, 11, 30))
    assert load_dashboard(ctx, dt.date(2025, 12, 1)).overdue_deadlines == 1


def test_inactivity_alerts_warn_ahead_with_the_end_date_and_both_periods(qtbot: Any, sqlite_desk: Desk) -> None:
    """Art. 317: a case whose year ends in 20 days is listed (amber) with «Vence el» and the days left;
    one in execution counts 2 years (lit. b); the admin saves both periods from the Términos tab."""
    from sqlalchemy import select

    from legal_desk.db.models import Case
    from legal_desk.services.settings import desk_settings

    hand_over(sqlite_desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    hand_over(sqlite_desk, "OB-2", dt.date(2024, 2, 29), lawyer=True)
    with sqlite_desk.uow() as uow:
        for ref, stage in (("OB-1", "DEBTOR_SERVED"), ("OB-2", "EXECUTION")):
            c = uow.session.execute(select(Case).where(Case.account_ref == ref)).scalar_one()
            c.stage, c.filed_on = stage, dt.date(2024, 7, 1)  # filed Mon 01/07/2024, nothing since
        uow.commit()
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 6, 11))
    model = panel.inactivity_model
    assert model.rowCount() == 1
    assert [cell(model, 0, c) for c in range(model.columnCount())] == [
        "OB-1",
        "Deudor OB-1",
        cell(model, 0, 2),
        "01/07/2024 — Radicación de la demanda",
        "345",
        "01/07/2025",
        "20",
        "CGP art. 317 num. 2",
    ]
    assert cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffe2a8"
    assert (panel.inactivity_spin.value(), panel.inactivity_after_spin.value()) == (1, 2)
    shot(panel, 2, "inactivity")
    shot(panel, 0, "calendar_options")
    panel.inactivity_after_spin.setValue(3)
    panel.inactivity_save.click()
    assert desk_settings(sqlite_desk)["deadlines.inactivity_years_judgment"] == "3"
    assert desk_settings(sqlite_desk)["deadlines.inactivity_years"] == "1"


def test_a_long_limitation_watch_is_fitted_on_its_first_rows_only(qtbot: Any, sqlite_desk: Desk) -> None:
    """34,000 cases near prescription on a big desk: the columns are sized from 200 rows, not Qt's 1,000."""
    hand_over(sqlite_desk, "OB-30", dt.date(2022, 7, 21))
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 7, 1))
    panel.tabs.setCurrentIndex(3)
    model = panel.limitation_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    QCoreApplication.processEvents()
    reads: list[int] = []
    cell_text = model._cell
    model._cell = lambda row, col: reads.append(col) or cell_text(row, col)  # type: ignore[method-assign]
    model.set_rows(model.rows * 5000)
    QCoreApplication.processEvents()  # the view is laid out and painted with the 5,000 rows
    assert model.rowCount() == 5000 and panel.limitation_view.isVisible()
    per_column = len(reads) / model.columnCount()
    assert per_column < 400, per_column  # ~200 sized + the rows painted; with Qt's default ~850


def test_deadline_explanations_read_in_english(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, spanish: None) -> None:
    """In English the Terms tab, its tooltip, the case summary and the agenda word the rule in English
    (they showed the stored Spanish sentence: «3 días hábiles desde … días no hábiles omitidos: …»)."""
    from legal_desk.ui.i18n import install_language
    from legal_desk.ui.main_window import MainWindow
    from legal_desk.ui.views.agenda import entry_detail
    from tests.ui.helpers import make_ctx, wait_loaded

    hand_over(sqlite_desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    law = actor_for(sqlite_desk, "abogada")
    deadlines.record_event(sqlite_desk, law, "OB-1", "NOTICE_292_DELIVERED", dt.date(2025, 12, 18))
    deadlines.record_event(sqlite_desk, law, "OB-1", "LIQUIDATION_SERVED", dt.date(2026, 1, 8))
    install_language("en")
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2026, 1, 14))
    model = panel.terms_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    texts = [cell(model, r, 5) for r in range(3)] + [cell(model, r, 5, Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert texts[1].startswith("3 business days from the day after service by notice (19/12/2025) (CGP art. 91); ")
    assert "closed days skipped: 20/12/2025 (Saturday), 21/12/2025 (Sunday), 22/12/2025 (judicial recess)" in texts[1]
    assert "12/01/2026 (holiday: Epiphany (observed))" in texts[2]
    assert not [t for t in texts if "días" in t or "desde" in t or "notificación" in t]
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.tabs.setCurrentIndex(2)
    panel.grab().save(str(SHOTS / "legal_panel_terms_english.png"))

    window = MainWindow(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(window)
    view = wait_loaded(qtbot, window.open_case("OB-1"))
    terms = view.summary_tab.terms.table.model()
    tips = [terms.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(terms.rowCount())]
    # served, copies (art. 91), pay (art. 431), defences (art. 442), liquidation objections
    assert len(tips) == 5 and tips[0].startswith("service is complete at the end of the day after the notice")
    pay = "5 business days from the day after the end of the time to collect the copies"
    assert any(t.startswith(pay) for t in tips)
    assert not [t for t in tips if "días" in t or "notificación" in t]

    from legal_desk.services import agenda

    entries = agenda.agenda(sqlite_desk, law, dt.date(2026, 1, 12), dt.date(2026, 1, 18))
    details = [entry_detail(e) for e in entries if e.kind == "deadline"]
    assert details and all("business days from the day after" in d for d in details)
    assert not [d for d in details if "días" in d]
def test_importing_rates_reapplies_an_open_cases_payments(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """An open case file shows its payments re-applied with the new table (not only a new liquidation), and a
    table that no longer covers a case with payments names it in the panel."""
    from legal_desk.services import payments
    from legal_desk.ui.views.case_file import CaseFileView
    from tests.ui.helpers import settle, wait_loaded

    table = tmp_path / "tasas.csv"
    table.write_text("desde;hasta;tasa_efectiva_anual\n2024-03-01;2024-04-30;30,00\n", encoding="utf-8")
    rates.import_rates(sqlite_desk, actor_for(sqlite_desk, "admin"), table)
    hand_over(sqlite_desk, "OB-PAY", dt.date(2024, 2, 29), lawyer=True)
    payments.add_payment(sqlite_desk, actor_for(sqlite_desk, "abogada"), "OB-PAY", dt.date(2024, 3, 31), "1.000.000")
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2024, 5, 10))
    case_id = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), "OB-PAY").case_id
    view = CaseFileView(
        UiContext(sqlite_desk, actor_for(sqlite_desk, "abogada"), panel.ctx.events, panel.ctx.settings), case_id
    )
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    model = view.payments_tab.model
    view.debt_tab.as_of.setDate(QDate(2024, 4, 30))  # the date picked is kept when the case is read again

    def to_interest() -> str:
        return str(model.data(model.index(0, 4)))

    # 12.500.000 × ((1,30)^(1/365) − 1) × 31 = 278.637,54 of March interest
    assert to_interest() == "$ 278.637,54"
    lower = tmp_path / "tasas_v2.csv"
    lower.write_text("desde;hasta;tasa_efectiva_anual\n2024-03-01;2024-04-30;20,00\n", encoding="utf-8")
    with qtbot.waitSignal(panel.ctx.events.rates_changed, timeout=10_000):
        panel.import_rates(str(lower))
    settle(qtbot)
    # 12.500.000 × ((1,20)^(1/365) − 1 = 0,000499635890…) × 31 = 193.608,907… → 193.608,91
    qtbot.waitUntil(lambda: to_interest() == "$ 193.608,91", timeout=10_000)
    assert view.debt_tab.liquidation is not None
    assert view.debt_tab.liquidation.allocations[0].to_interest == Decimal("193608.91")
    # the totals reconcile with the rows and the payments: 1.000.000 = 193.608,91 interest + 806.391,09 capital
    totals = view.debt_tab.totals.text().replace("\u00a0", " ")
    assert "Abonos: $ 1.000.000,00 (a costas $ 0,00, a intereses $ 193.608,91, a capital $ 806.391,09)" in totals
    assert "Capital pendiente: $ 11.693.608,91" in totals and "Costas pendientes: $ 0,00" in totals
    short = tmp_path / "solo_abril.csv"
    short.write_text("desde;hasta;tasa_efectiva_anual\n2024-04-01;2024-04-30;20,00\n", encoding="utf-8")
    with qtbot.waitSignal(panel.ctx.events.rates_changed, timeout=10_000):
        panel.import_rates(str(short))
    settle(qtbot)
    assert "1 expediente(s) con abonos (OB-PAY)" in panel.rates_status.text()
    qtbot.waitUntil(lambda: "no cubre el 01/03/2024" in view.debt_tab.message.text(), timeout=10_000)
    assert to_interest() == "$ 193.608,91"  # kept: the new table cannot re-apply it


def test_the_admin_edits_the_cuantia_data_and_others_only_read_it(qtbot, sqlite_desk, monkeypatch):
    """Cuantía tab: the firm's SMLMV 2027 and Pereira are stored (rows marked «Del despacho»), a wrong
    amount is refused with the service's sentence, and a lawyer sees the lists without the editors."""
    from PySide6.QtWidgets import QMessageBox

    from legal_desk.services import legal_data

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2026, 12, 1))
    tab = panel.legal_data_tab
    assert tab.wage_model.rows[0].year == 2026 and not tab.save_wage_button.isHidden()
    tab.year_spin.setValue(2027)
    tab.amount_edit.setText("1.850.000")
    assert tab.save_wage()
    assert (tab.wage_model.rows[0].year, tab.wage_model.rows[0].amount) == (2027, Decimal("1850000"))
    assert cell(tab.wage_model, 0, 2) == "Del despacho" and cell(tab.wage_model, 1, 2) == "Del programa"
    tab.city_edit.setText("Pereira")
    assert tab.add_city()
    tab.city_edit.setText("Cali")
    assert tab.remove_city()
    states = {r.city: (r.source, r.active) for r in tab.city_model.rows}
    assert states["Pereira"] == ("firm", True) and states["Cali"] == ("packaged", False)
    tab.amount_edit.setText("mil")
    assert not tab.save_wage() and "mil" in warnings[-1]
    with sqlite_desk.reading() as s:
        assert legal_data.minimum_wages(s)[2027] == Decimal("1850000")
    tab.resize(1280, 700)
    shot(panel, 4, "cuantia")

    reader = panel_for(qtbot, sqlite_desk, "abogada", dt.date(2026, 12, 1)).legal_data_tab
    assert reader.save_wage_button.isHidden() and reader.add_city_button.isHidden()
    assert reader.wage_model.rows[0].year == 2027 and "administrador" in reader.status.text()


def test_term_calculator_counts_mexican_terms_from_the_day_after_the_notice_takes_effect(
    qtbot: Any, sqlite_desk: Desk
) -> None:
    """Mexico (CCom art. 1075): notified Thu 12/03/2026, the notice takes effect Fri 13/03 and the 8 days
    run from Tue 17/03 (Sat, Sun and Mon 16, Benito Juárez, closed) → 26/03/2026; the calculator said
    25/03, counting from the notification as in Colombia, and cited the CFPC."""
    panel = panel_for(qtbot, sqlite_desk, "abogada", dt.date(2026, 3, 12))
    panel.jurisdiction_combo.setCurrentIndex(panel.jurisdiction_combo.findData("MX"))
    panel.calc_start.setDate(panel.calc_start.date().fromString("12/03/2026", "dd/MM/yyyy"))
    panel.calc_days.setValue(8)
    panel.calc_button.click()
    text = panel.calc_result.text()
    assert "vencen el 26/03/2026" in text
    assert "La notificación surte efectos el 13/03/2026" in text and "(CCom arts. 1075 y 1076)" in text
    skipped = [cell(panel.skipped_model, r, 0) for r in range(panel.skipped_model.rowCount())]
    assert "16/03/2026" in skipped
    QCoreApplication.processEvents()
    panel.grab().save(str(Path("tests/_artifacts/screenshots") / "term_calculator_mexico.png"))


def test_a_refused_rate_file_reads_in_english_and_stays_spanish_for_the_cli(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], spanish: None
) -> None:
    """«Importar tasas» in English: the summary and every line error are worded in English; the service's
    `str()` and `errors` (what the CLI and its JSON print) keep the Spanish sentences."""
    import re

    import pytest

    from legal_desk.services.errors import ValidationFailed
    from legal_desk.ui.i18n import install_language

    empty = tmp_path / "vacia.csv"
    empty.write_text("", encoding="utf-8")
    fake = tmp_path / "tasas.xlsx"
    fake.write_text("no soy un libro", encoding="utf-8")
    bad = tmp_path / "malas.csv"
    bad.write_text(
        "desde,hasta,tasa\n2024-05-01,2024-04-30,0\n2024-06-01,2024-06-30,0.3\n2024-07-01,2024-07-31,abc\n"
        "2024-07-15,2024-08-31,-2\n",
        encoding="utf-8",
    )
    admin = actor_for(sqlite_desk, "admin")
    with pytest.raises(ValidationFailed) as refused:
        rates.import_rates(sqlite_desk, admin, empty)
    assert str(refused.value) == "La tabla de tasas tiene 1 error(es): línea 1: el archivo está vacío."
    assert refused.value.errors == [(1, "", "el archivo está vacío")]
    with pytest.raises(ValidationFailed) as refused:
        rates.import_rates(sqlite_desk, admin, fake)
    not_a_workbook = "tasas.xlsx no es un libro de Excel .xlsx válido (no es un archivo ZIP)"
    assert refused.value.errors == [(None, "", not_a_workbook)]

    install_language("en")
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 1, 10))
    spanish_words = re.compile(r"[áéíóúñ]|\b(el|la|es|archivo|tasa|línea|fecha|vacío|libro|válido)\b", re.IGNORECASE)

    def shown_after(path: Path) -> list[str]:
        panel.rate_errors_model.set_rows([])
        panel.import_rates(str(path))
        qtbot.waitUntil(lambda: panel.rate_errors_model.rowCount() > 0, timeout=10_000)
        QThreadPool.globalInstance().waitForDone()
        return [cell(panel.rate_errors_model, r, 2) for r in range(panel.rate_errors_model.rowCount())]

    assert shown_after(empty) == ["the file is empty"]
    assert shown_after(fake) == ["tasas.xlsx is not a valid Excel .xlsx workbook (it is not a ZIP file)"]
    problems = shown_after(bad)
    assert problems == [
        "the start date 2024-05-01 is later than the end date 2024-04-30",
        "the rate is 0: a default-interest rate is not zero (the period would accrue no interest); "
        "write the period's certified rate",
        "the rate 0.3 looks like a fraction and would be read as 0,3 % effective annual; the table is in "
        "percent: write 30,00 for 30,00 %",
        "«abc» is not a rate",
        "the rate -2 is negative",
    ]
    assert panel.rates_status.text().startswith("Nothing was imported")
    # the «Column» column names the English header the file also accepts, never «desde» or «tasa_efectiva_anual»
    columns = [cell(panel.rate_errors_model, r, 1) for r in range(panel.rate_errors_model.rowCount())]
    assert columns == ["from", "annual_rate", "annual_rate", "annual_rate", "annual_rate"]
    for text in problems:
        assert not spanish_words.search(text), text
    with pytest.raises(ValidationFailed) as refused:
        rates.import_rates(sqlite_desk, admin, bad)
    from legal_desk.ui.errors import error_text

    summary = error_text(refused.value)
    assert summary.startswith("The rate table has 5 error(s): line 2, from: the start date 2024-05-01"), summary
    assert str(refused.value).startswith("La tabla de tasas tiene 5 error(es): línea 2, desde: la fecha inicial")
    assert refused.value.errors[3] == (4, "tasa_efectiva_anual", "«abc» no es una tasa")
    panel.tabs.setCurrentIndex(1)
    shot(panel, 1, "rates_errors_english")


def test_a_stored_day_basis_that_is_neither_365_nor_360_is_shown_not_hidden(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], spanish: None
) -> None:
    """The rates tab used to show «365 días» for a stored 300; it now selects nothing and says why, and
    choosing a basis stores it."""
    from legal_desk.db.models import Setting
    from legal_desk.services import settings
    from legal_desk.ui.i18n import install_language

    with sqlite_desk.uow() as uow:
        uow.session.merge(Setting(key="interest.day_basis", value="300"))
        uow.commit()
    panel = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 1, 10))
    assert panel.day_basis_combo.currentIndex() == -1
    assert panel.rates_status.text() == "La base de días configurada «300» no es válida (use 365 o 360)"
    install_language("en")
    english = panel_for(qtbot, sqlite_desk, "admin", dt.date(2025, 1, 10))
    assert english.rates_status.text() == "The day basis in the settings, «300», is not valid (use 365 or 360)"
    english.day_basis_combo.setCurrentIndex(1)
    english.day_basis_combo.activated.emit(1)
    assert settings.desk_settings(sqlite_desk)["interest.day_basis"] == "360" and not messages
