"""Second UI review: receipt dialog, agenda in English, role-aware actions, «Mis entregas», status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton
from sqlalchemy import select

from legal_desk.domain.deadlines import RULES
from legal_desk.domain.lifecycle import ACTIVE_STAGES, CLOSED_STAGES, Stage
from legal_desk.services import agenda as agenda_service
from legal_desk.services import cases, tracking
from legal_desk.services.desk import Desk
from legal_desk.services.tracking import HEARING_KINDS, HEARING_STATUSES
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.records import ReceiptDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.labels import LABELS, domain_label
from legal_desk.ui.main_window import HANDOVER_GROUPS, MainWindow, database_label
from legal_desk.ui.views.agenda import AgendaView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


# ------------------------------------------------------------------ receipt dialog


def test_receipt_dialog_asks_a_return_reason_only_for_a_returned_notice(qtbot: Any, tmp_path: Path) -> None:
    sent = dt.date(2026, 11, 2)
    dlg = ReceiptDialog(None, "Carta de requerimiento enviada el 02/11/2026", sent)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.resultCombo.currentData() == "delivered"
    assert not dlg.returnReasonEdit.isVisible() and not dlg.returnReasonEditLabel.isVisible()
    assert dlg.dateEditLabel.text() == "&Fecha de entrega:"

    dlg.resultCombo.setCurrentIndex(dlg.resultCombo.findData("returned"))
    assert dlg.returnReasonEdit.isVisible() and dlg.returnReasonEdit.isEnabled()
    assert dlg.dateEditLabel.text() == "&Fecha de devolución:"
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
    assert (dlg.resultCombo.currentText(), dlg.dateEditLabel.text()) == ("Returned", "Return &date:")
    dlg.accept()
    assert dlg.errorLabel.text().startswith("Return reason: say why the notice came back")


# ------------------------------------------------------------------ agenda in the interface language


@pytest.fixture
def demo_desk(sqlite_desk: Desk) -> Desk:
    from legal_desk.services.demo import load_demo

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 150, seed=2, today=DEMO_TODAY)
    return sqlite_desk


def _agenda_view(qtbot: Any, desk: Desk, tmp_path: Path) -> AgendaView:
    view = AgendaView(make_ctx(desk, "admin", tmp_path), today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_mode("month")
    settle(qtbot)
    return view


def test_agenda_shows_deadlines_and_hearings_in_english_while_the_cli_stays_spanish(
    qtbot: Any, demo_desk: Desk, tmp_path: Path
) -> None:
    admin = actor_for(demo_desk, "admin")
    start, end = DEMO_TODAY.replace(day=1), DEMO_TODAY.replace(day=30)
    deadline = next(
        e for e in agenda_service.agenda(demo_desk, admin, start, end) if e.kind == "deadline" and e.code in RULES
    )
    hearing_id = tracking.schedule_hearing(
        demo_desk,
        admin,
        deadline.case_id,
        kind="initial",
        at=dt.datetime.combine(DEMO_TODAY, dt.time(9, 30)),
        place="Juzgado 12 Civil Municipal de Bogotá",
    )
    entries = agenda_service.agenda(demo_desk, admin, start, end)
    hearing = next(e for e in entries if e.kind == "hearing" and e.item_id == hearing_id)
    rule = RULES[deadline.code]
    # the service (CLI, .ics) keeps its Spanish line, with the parts to compose another one
    assert deadline.title == f"Vence: {rule.label_es} — {deadline.account_ref} ({deadline.debtor})"
    assert deadline.label == rule.label_es and deadline.to_json()["code"] == deadline.code
    assert hearing.title.startswith(HEARING_KINDS[hearing.code]) and hearing.status in HEARING_STATUSES
    assert f"Estado: {HEARING_STATUSES[hearing.status]}" in hearing.detail  # a word, not «scheduled»

    install_language("en")
    view = _agenda_view(qtbot, demo_desk, tmp_path)
    model = view.model
    rows = {(e.kind, e.item_id): r for r, e in enumerate(model.entries)}
    d_row, h_row = rows[("deadline", deadline.item_id)], rows[("hearing", hearing.item_id)]
    subject = model.data(model.index(d_row, 3))
    assert subject == f"{rule.label_en} — {deadline.account_ref} ({deadline.debtor})"
    hearing_subject = model.data(model.index(h_row, 3))
    assert hearing_subject.startswith(domain_label(HEARING_KINDS[hearing.code]) + " — ")
    assert hearing_subject != hearing.title  # e.g. «Initial hearing (art. 372 CGP) — …»
    tip = model.data(model.index(h_row, 3), Qt.ItemDataRole.ToolTipRole)
    assert f"Status: {domain_label(HEARING_STATUSES[hearing.status])}" in tip and "Estado:" not in tip
    d_tip = model.data(model.index(d_row, 0), Qt.ItemDataRole.ToolTipRole)
    assert d_tip.startswith(subject) and f"{rule.label_en} ({rule.source})" in d_tip
    every_subject = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert not [s for s in every_subject if s.startswith("Vence:") or s.startswith("Audiencia")]
    view.grab().save(str(SHOTS / "agenda_month_english.png"))

    # the start-up reminder uses the same English lines
    view._show_reminders(([hearing], [deadline]))
    text = view.notice_label.text()
    assert subject in text and hearing_subject in text and "Vence" not in text

    install_language("es")
    view.retranslate()
    assert model.data(model.index(d_row, 3)) == f"{rule.label_es} — {deadline.account_ref} ({deadline.debtor})"


def test_every_deadline_rule_label_is_listed_and_translated(qapp: Any) -> None:
    assert [r.label_es for r in RULES.values() if r.label_es not in LABELS] == []
    install_language("en")
    assert {r.label_es: domain_label(r.label_es) for r in RULES.values()} == {
        r.label_es: r.label_en for r in RULES.values()
    }


# ------------------------------------------------------------------ status bar


def _status_bar_reads_fully(window: MainWindow) -> None:
    reminder, db = window.status_reminder, window.status_db
    assert reminder.isVisible() and db.isVisible()
    assert not reminder.is_elided() and not db.is_elided(), (reminder.text(), db.text())
    left = reminder.mapTo(window, reminder.rect().topRight()).x()
    right = db.mapTo(window, db.rect().topLeft()).x()
    assert left < right  # the reminder ends before the database label starts
    width = reminder.fontMetrics().horizontalAdvance(reminder.text())
    assert width <= reminder.contentsRect().width()


@pytest.mark.parametrize("language", ["es", "en"])
def test_status_bar_reminder_and_database_both_read_fully_at_1280(
    qtbot: Any, demo_desk: Desk, tmp_path: Path, language: str
) -> None:
    install_language(language)
    window = MainWindow(make_ctx(demo_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    assert window.agenda is not None
    month = agenda_service.agenda(demo_desk, window.ctx.actor, DEMO_TODAY.replace(day=1), DEMO_TODAY.replace(day=30))
    deadline = next(e for e in month if e.kind == "deadline")
    window.agenda._show_reminders(([], [deadline] * 39))
    settle(qtbot)
    expected = {
        "es": "Agenda: 39 términos vencen en 2 días hábiles",
        "en": "Agenda: 39 deadlines due within 2 business days",
    }[language]
    assert window.status_reminder.full_text() == expected
    assert window.status_reminder.toolTip() == window.reminder_text  # the list itself on hover
    assert window.status_db.full_text() == database_label(window.ctx)
    _status_bar_reads_fully(window)
    window.statusBar().grab().save(str(SHOTS / f"status_bar_{language}.png"))

    # a database far away: its path is cut in the middle (whole on hover), the reminder still reads fully
    far = "SQLite: /srv/compartido/cobranza-judicial/oficina-bogota/" + "expedientes/" * 8 + "desk.sqlite3"
    window.status_db.set_full_text(far)
    settle(qtbot)
    assert window.status_db.is_elided() and window.status_db.toolTip() == far
    assert window.status_db.text().startswith("SQLite: /srv") and window.status_db.text().endswith("desk.sqlite3")
    assert not window.status_reminder.is_elided()

    # switching the language rewrites the reminder instead of keeping the old one
    other = "en" if language == "es" else "es"
    install_language(other)
    window.ctx.events.language_changed.emit(other)
    assert (
        window.status_reminder.full_text()
        == {
            "es": "Agenda: 39 términos vencen en 2 días hábiles",
            "en": "Agenda: 39 deadlines due within 2 business days",
        }[other]
    )

    # clicking the reminder opens the agenda
    window.nav.setCurrentRow(0)
    qtbot.mouseClick(window.status_reminder, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.agenda

    # one of each reads in the singular
    window.agenda._show_reminders(([deadline], [deadline]))
    assert window.status_reminder.full_text() == {
        "es": "Agenda: 1 audiencia hoy · 1 término vence en 2 días hábiles",
        "en": "Agenda: 1 hearing today · 1 deadline due within 2 business days",
    }[other]


# ------------------------------------------------------------------ «Mis entregas»


def _group_rows(view: Any, key: str) -> list[tuple[str, str, str]]:
    """(obligation, stage, reason) of a group's rows as shown."""
    keys = [k for k, _s in HANDOVER_GROUPS]
    parent = view.model.item(keys.index(key))
    return [
        (parent.child(r, 0).text(), parent.child(r, 3).text(), parent.child(r, 4).text())
        for r in range(parent.rowCount())
    ]


def test_my_handovers_are_grouped_by_lifecycle_stage_with_reasons(qtbot: Any, demo_desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(demo_desk, "admin")
    collections = actor_for(demo_desk, "dsuarez")
    mine = cases.list_cases(demo_desk, collections, cases.CaseQuery(limit=5000))
    active = [r for r in mine if Stage(r.stage) in ACTIVE_STAGES and r.stage != Stage.INTAKE.value]
    written_off = active[0]
    cases.move_stage(
        demo_desk, admin, written_off.case_id, "CLOSED_WRITTEN_OFF", reason="Deudor insolvente, sin bienes embargables"
    )
    paid = active[1]
    cases.move_stage(demo_desk, admin, paid.case_id, "CLOSED_PAID", reason="Pagó el total el 20/11/2026")

    window = MainWindow(make_ctx(demo_desk, "dsuarez", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    view = window.handovers
    assert view is not None
    mine = cases.list_cases(demo_desk, collections, cases.CaseQuery(limit=5000))
    by_stage: dict[str, set[str]] = {}
    for r in mine:
        by_stage.setdefault(r.stage, set()).add(r.account_ref)
    shown = {key: _group_rows(view, key) for key, _s in HANDOVER_GROUPS}
    # every handover is in exactly one group, and the group matches its lifecycle stage
    assert sorted(ref for rows in shown.values() for ref, _st, _r in rows) == sorted(r.account_ref for r in mine)
    closed_refs = {ref for ref, _st, _r in shown["closed"]}
    expected_closed = {r.account_ref for r in mine if Stage(r.stage) in CLOSED_STAGES} - by_stage.get(
        "RETURNED_TO_COLLECTIONS", set()
    )
    assert closed_refs == expected_closed and written_off.account_ref in closed_refs
    assert {ref for ref, _st, _r in shown["in_progress"]} == {
        r.account_ref for r in mine if Stage(r.stage) in ACTIVE_STAGES and r.stage != "INTAKE"
    }
    assert {ref for ref, _st, _r in shown["pending"]} == by_stage.get("INTAKE", set())
    # the pre-legal accounts nobody handed over yet are collections' to work and hand over: listed, last
    with demo_desk.reading() as s:
        from legal_desk.db.models import Case

        unclaimed = set(s.execute(select(Case.account_ref).where(Case.stage == "PRE_LEGAL")).scalars())
    assert unclaimed and {ref for ref, _st, _r in shown["prelegal"]} == unclaimed
    assert {st for _ref, st, _r in shown["prelegal"]} == {"Cobro prejurídico"}
    assert not [ref for ref, st, _r in shown["in_progress"] if st.startswith(("Terminado", "Castigado", "Rechazada"))]
    # closed rows say how they ended; returned rows say why
    rows = {ref: (st, reason) for ref, st, reason in shown["closed"]}
    assert rows[written_off.account_ref] == ("Castigado (incobrable)", "Deudor insolvente, sin bienes embargables")
    assert rows[paid.account_ref] == ("Terminado por pago", "Pagó el total el 20/11/2026")
    stages_in_order = [st for _ref, st, _r in shown["closed"]]
    assert stages_in_order.index("Terminado por pago") < stages_in_order.index("Castigado (incobrable)")
    assert all(reason for _ref, _st, reason in shown["returned"])
    # titles give the count; the big groups start folded, the user's choice survives a reload
    titles = [view.model.item(i).text() for i in range(view.model.rowCount())]
    assert titles[0] == f"Devueltas a cobranza ({len(shown['returned'])})"
    assert titles[3] == f"Cerradas ({len(shown['closed'])})"
    assert titles[4] == f"Sin entregar, en cobro prejurídico ({len(unclaimed)})"
    assert view.tree.isExpanded(view.model.item(4).index())
    closed_index = view.model.item(3).index()
    assert not view.tree.isExpanded(closed_index)
    view.tree.expand(closed_index)
    view.tree.collapse(view.model.item(1).index())
    view.reload()
    settle(qtbot)
    assert view.tree.isExpanded(view.model.item(3).index()) and not view.tree.isExpanded(view.model.item(1).index())
    view.tree.collapse(view.model.item(0).index())
    window.grab().save(str(SHOTS / "collections_handovers_by_stage.png"))


def test_my_handovers_titles_count_all_when_a_group_is_cut(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, demo_desk: Desk, tmp_path: Path
) -> None:
    from legal_desk.ui import main_window

    monkeypatch.setattr(main_window, "HANDOVER_GROUP_LIMIT", 3)
    collections = actor_for(demo_desk, "dsuarez")
    stages = dict(HANDOVER_GROUPS)["in_progress"]
    total = cases.count_cases(demo_desk, collections, cases.CaseQuery(stages=stages))
    assert total > 3
    view = main_window.HandoversView(make_ctx(demo_desk, "dsuarez", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    title = view.model.item(2).text()
    count = f"{total:,}".replace(",", ".")
    assert title == f"Aceptadas, en trámite en jurídico (se muestran 3 de {count})"
    assert view.model.item(2).rowCount() == 3


# ------------------------------------------------------------------ what each role is offered


def _case_of(desk: Desk, user: str, stage: str) -> int:
    rows = cases.list_cases(desk, actor_for(desk, user), cases.CaseQuery(stage=stage, limit=1))
    assert rows, f"the demo portfolio has no {stage} case for {user}"
    return rows[0].case_id


def _visible_buttons(view: Any) -> set[str]:
    return {
        b.text() for page in view._pages for b in page.findChildren(QPushButton) if b.isVisibleTo(page) and b.text()
    }


_WRITES = {
    "Editar datos…",
    "Editar…",
    "Agregar codeudor…",
    "Agregar archivos…",
    "Retirar…",
    "Registrar gestión…",
    "Registrar comunicación…",
    "Adjuntar constancia…",
    "Registrar acuerdo…",
    "Marcar cumplido",
    "Marcar incumplido",
    "Generar documento…",
    "Armar paquete de radicación…",
    "Programar audiencia…",
    "Registrar resultado…",
    "Solicitar medida…",
    "Avanzar estado…",
    "Nueva propuesta…",
    "Contrapropuesta…",
    "Aceptar",
    "Rechazar",
    "Registrar pago…",
    "Marcar hecha",
}


def test_each_role_is_offered_only_what_it_may_do(
    qtbot: Any, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_modal: list[str]
) -> None:
    picked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: picked.append("asked") or ([], ""))

    # collections: no docket, so no search or case stepping at all (hidden, not greyed out for good)
    window = MainWindow(make_ctx(demo_desk, "dsuarez", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    visible = [a.text() for a in window.toolbar.actions() if a.isVisible() and a.text()]
    assert visible == ["&Nuevo expediente", "&Importar entregas", "Agregar &prueba"]
    assert not [a for a in window.toolbar.actions() if a.isSeparator() and a.isVisible()]
    assert not window.act_add_evidence.isEnabled()  # no case in front
    assert "Abra un expediente" in window.act_add_evidence.toolTip()

    # collections on a case they handed over that legal has not accepted yet: may add evidence
    window.open_case(_case_of(demo_desk, "dsuarez", "INTAKE"))
    settle(qtbot)
    assert window.act_add_evidence.isEnabled()
    window.add_evidence()
    assert picked == ["asked"]

    # collections on a case legal accepted (gathering evidence or filed): read-only for them, everywhere
    for stage in ("EVIDENCE", "EXECUTION"):
        filed = window.open_case(_case_of(demo_desk, "dsuarez", stage))
        settle(qtbot)
        assert filed is not None
        assert not window.act_add_evidence.isEnabled()
        assert "Jurídico ya aceptó" in window.act_add_evidence.toolTip()
        assert _visible_buttons(filed) & _WRITES == set()
        window.add_evidence()  # shortcut or menu: nothing to pick, nothing stored
        filed.add_evidence()  # e.g. from the readiness checklist: refused with the reason, before any file dialog
        assert picked == ["asked"]
        assert no_modal[-1].startswith("Jurídico ya aceptó este expediente: cobranza no puede modificarlo")
    window.grab().save(str(SHOTS / "collections_filed_case_read_only.png"))
    # back to the panels: nothing to add evidence to
    window.tabs.setCurrentIndex(0)
    assert not window.act_add_evidence.isEnabled()
    window.close()

    # paralegal on a filed case: may work on it (evidence, notices, hearings, embargoes, documents), not negotiate
    para = MainWindow(make_ctx(demo_desk, "cortiz", tmp_path))
    qtbot.addWidget(para)
    para.show()
    settle(qtbot)
    assert para.act_search.isVisible() and para.act_next_case.isVisible()
    view = para.open_case(_case_of(demo_desk, "cortiz", "EXECUTION"))
    settle(qtbot)
    assert para.act_add_evidence.isEnabled()
    buttons = _visible_buttons(view)
    assert {"Agregar archivos…", "Programar audiencia…", "Solicitar medida…", "Generar documento…"} <= buttons
    assert not buttons & {"Nueva propuesta…", "Contrapropuesta…", "Aceptar", "Rechazar", "Archivar…"}
    para.close()

    # lawyer: everything on the case, including negotiation and archiving
    lawyer = MainWindow(make_ctx(demo_desk, "lrestrepo", tmp_path))
    qtbot.addWidget(lawyer)
    lawyer.show()
    settle(qtbot)
    view = lawyer.open_case(_case_of(demo_desk, "lrestrepo", "EXECUTION"))
    settle(qtbot)
    assert lawyer.act_add_evidence.isEnabled()
    assert _WRITES - {"Marcar hecha"} <= _visible_buttons(view) | {"Marcar hecha"}
    assert "Archivar…" in _visible_buttons(view)
    # Ctrl+E (add evidence) and the parties tab's «Editar…» no longer share a key, which made both dead
    from legal_desk.ui.views.case_tabs import editing

    monkeypatch.setattr(editing.PartyDialog, "ask", classmethod(lambda cls, *a, **k: picked.append("party")))
    view.tabs.setCurrentWidget(view.parties_tab)
    view.parties_tab.select_row(0)
    view.parties_tab.table.setFocus()
    picked.clear()
    qtbot.keyClick(
        view.parties_tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: picked == ["party"])  # a button shortcut clicks after a short animation
    qtbot.keyClick(view.parties_tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.evidence_tab
    assert picked == ["party", "asked"]
    lawyer.close()
