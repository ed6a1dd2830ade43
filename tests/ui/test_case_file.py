"""Case-file window: drag-and-drop evidence with preview, readiness, stage moves by role, conflicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from legal_desk.domain.permissions import Action
from legal_desk.services import cases, contacts, evidence, notices
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs import records
from legal_desk.ui.dialogs.records import EvidenceKindValues, StageMoveValues
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import evidence as evidence_tab
from tests.ui.helpers import drag_pos, settle, wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")


def make_pdf(path: Path, title: str) -> Path:
    """A one-page PDF with readable text (a scanned title stand-in)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, 760, title)
    c.setFont("Helvetica", 12)
    c.drawString(72, 730, "Pagaré n.º PG-2024-77 por $ 12.500.000,00 a favor de Banco Andino S.A.")
    c.drawString(72, 712, "Vence el 29 de febrero de 2024. Deudor: Marta Lucía Gómez Pardo, C.C. 52.345.678")
    c.showPage()
    c.save()
    return path


def ctx_for(desk: Desk, user: str, events: AppEvents | None = None) -> UiContext:
    from PySide6.QtCore import QSettings

    s = QSettings(str(Path(desk.config.store_root).parent / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, user), events or AppEvents(), UiSettings(s))


def hand_over(desk: Desk, ref: str = "OB-2024-0077") -> int:
    row = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(
                "Marta Lucía Gómez Pardo",
                "CC",
                "52.345.678",
                address="Carrera 7 # 45-10",
                city="Bogotá D.C.",
                email="marta.gomez@example.com",
                email_source="Solicitud de crédito",
                authorised_channels="call,email",
            ),
            debt=DebtInput(
                Decimal("12500000.00"),
                dt.date.today() - dt.timedelta(days=200),
                title_number="PG-2024-77",
                original_location="Caja fuerte, oficina Bogotá",
            ),
            client_name="Banco Andino S.A.",
            client_id_number="900123456",
        ),
    )
    return row.case_id


def drop_files(widget: Any, paths: list[Path]) -> None:
    """Simulate a drag from the file manager: enter, then drop, with file URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        drag_pos(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        drag_pos(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)


def test_drop_evidence_preview_and_checklist_turns_green(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over(sqlite_desk)
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    before = {i.code: i.ok for i in view.case.readiness}
    assert before["title_scan"] is False and before["debtor_identified"] is True
    picked: list[list[str]] = []

    def pick(_parent: Any, names: list[str], _jurisdiction: str | None = None) -> EvidenceKindValues:
        picked.append(names)
        return EvidenceKindValues("title", dt.date(2024, 1, 15), "Pagaré original escaneado")

    monkeypatch.setattr(evidence_tab, "pick_evidence_kind", pick)
    pdf = make_pdf(tmp_path / "pagare_PG-2024-77.pdf", "PAGARÉ PG-2024-77")
    view.tabs.setCurrentWidget(view.evidence_tab)
    with qtbot.waitSignal(view.evidence_tab.evidence_added, timeout=10000) as blocker:
        drop_files(view.evidence_tab, [pdf])
    assert blocker.args == [1]
    assert picked == [["pagare_PG-2024-77.pdf"]]
    qtbot.waitUntil(lambda: len(view.case.evidence) == 1)
    stored = view.case.evidence[0]
    assert (stored["kind"], stored["filename"], stored["date"]) == (
        "title",
        "pagare_PG-2024-77.pdf",
        dt.date(2024, 1, 15),
    )
    assert view.evidence_tab.model.rowCount() == 1
    qtbot.waitUntil(lambda: view.evidence_tab.preview.kind == "pdf", timeout=10000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    view.evidence_tab.grab().save(str(SHOTS / "case_evidence_pdf.png"))
    # checklist turned green for the title item, others still pending
    after = {i.code: i.ok for i in view.case.readiness}
    assert after["title_scan"] is True and after["creditor_certificate"] is False
    lines = view.summary_tab.checklist.done_codes()
    assert "title_scan" in lines
    # a contact at 03:00 breaks Ley 2300 → amber row and a message
    monkeypatch.setattr(
        records.ContactDialog,
        "ask",
        classmethod(
            lambda cls, parent, authorised=None: records.ContactValues(
                dt.datetime(2025, 7, 1, 3, 0), "call", "out", "No contesta", None
            )
        ),
    )
    view.contacts_tab.log_contact()
    wait_loaded(qtbot, view)  # the saved case is re-read in a worker
    assert view.case.contacts[0]["violations"]
    assert any("Ley 2300" in m for m in messages)
    bg = view.contacts_tab.model.data(view.contacts_tab.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert bg is not None and bg.color().name() == "#fff1c2"
    # notice sent, then its receipt attached → demand_letter item turns green
    monkeypatch.setattr(
        records.NoticeDialog,
        "ask",
        classmethod(
            lambda cls, parent: records.NoticeValues(
                "demand_letter", "mail", dt.date.today() - dt.timedelta(days=5), "4-72", "RA123456789CO", None, None
            )
        ),
    )
    view.notices_tab.add_notice()
    wait_loaded(qtbot, view)
    assert len(view.case.notices) == 1
    view.notices_tab.select_row(0)
    proof = make_pdf(tmp_path / "certificado_472.pdf", "CERTIFICADO DE ENTREGA 4-72")
    monkeypatch.setattr(
        records.ReceiptDialog,
        "ask",
        classmethod(
            lambda cls, parent, text, sent: records.ReceiptValues(
                dt.date.today() - dt.timedelta(days=2), None, proof, None
            )
        ),
    )
    view.notices_tab.add_receipt()  # the proof is stored in a worker
    settle(qtbot)
    wait_loaded(qtbot, view)
    ready = {i.code: i.ok for i in view.case.readiness}
    assert ready["demand_letter"] is True and ready["contact_log"] is True
    view.tabs.setCurrentWidget(view.summary_tab)
    qtbot.wait(50)
    view.grab().save(str(SHOTS / "case_summary_checklist.png"))
    QThreadPool.globalInstance().waitForDone()


def _complete_readiness(desk: Desk, case_id: int, tmp_path: Path) -> None:
    para = actor_for(desk, "dependiente")
    for kind in ("title", "creditor_certificate", "power_of_attorney", "liquidation"):
        evidence.add_evidence(desk, para, case_id, make_pdf(tmp_path / f"{kind}.pdf", kind.upper()), kind)
    contacts.log_contact(desk, para, case_id, channel="call", at=dt.datetime(2025, 7, 1, 10, 0), outcome="No contesta")
    n = notices.add_notice(
        desk, para, case_id, channel="mail", sent=dt.date.today() - dt.timedelta(days=9), carrier="4-72", tracking="RA1"
    )
    notices.register_notice_receipt(
        desk,
        para,
        n.notice_id,
        delivered=dt.date.today() - dt.timedelta(days=3),
        proof=make_pdf(tmp_path / "p.pdf", "P"),
    )


def test_stage_moves_respect_roles(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over(sqlite_desk)
    events = AppEvents()
    para_view = CaseFileView(ctx_for(sqlite_desk, "dependiente", events), case_id)
    wait_loaded(qtbot, para_view)
    qtbot.addWidget(para_view)
    # paralegal: accepting a handover is the lawyer's — no button for it, and the service refuses it
    assert "EVIDENCE" not in para_view.summary_tab.stage_buttons
    lawyer_first = CaseFileView(ctx_for(sqlite_desk, "abogada", events), case_id)
    wait_loaded(qtbot, lawyer_first)
    qtbot.addWidget(lawyer_first)
    assert "EVIDENCE" in lawyer_first.summary_tab.stage_buttons
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(
            lambda cls, parent, cur, target, label, **_k: StageMoveValues("Documentos completos", None, None, None)
        ),
    )
    assert not para_view.move_stage("EVIDENCE")
    assert "no puede aceptar expedientes entregados" in messages[-1]
    cases.move_stage(sqlite_desk, actor_for(sqlite_desk, "abogada"), case_id, "EVIDENCE")
    para_view.reload()
    wait_loaded(qtbot, para_view)
    assert para_view.case.stage == "EVIDENCE"
    assert "READY_TO_FILE" not in para_view.summary_tab.stage_buttons
    assert "Solo un abogado" in para_view.summary_tab.stage_hint.text()
    # lawyer: READY_TO_FILE refused while the checklist is incomplete, message names what is missing
    lawyer_view = CaseFileView(ctx_for(sqlite_desk, "abogada", events), case_id)
    wait_loaded(qtbot, lawyer_view)
    qtbot.addWidget(lawyer_view)
    assert lawyer_view.case.stage == "EVIDENCE"
    assert not lawyer_view.move_stage("READY_TO_FILE")
    assert "aún no está listo" in messages[-1]
    _complete_readiness(sqlite_desk, case_id, tmp_path)
    lawyer_view.reload()
    wait_loaded(qtbot, lawyer_view)
    assert lawyer_view.case.ready
    assert lawyer_view.summary_tab.checklist.done_codes() == [i.code for i in lawyer_view.case.readiness]
    assert lawyer_view.move_stage("READY_TO_FILE")
    wait_loaded(qtbot, lawyer_view)
    assert "FILED" in lawyer_view.summary_tab.stage_buttons
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(
            lambda cls, parent, cur, target, label, **_k: StageMoveValues(
                "", "11001400307520240012300", "Juzgado 75 Civil Municipal de Bogotá", dt.date(2025, 3, 3)
            )
        ),
    )
    assert lawyer_view.move_stage("FILED")
    wait_loaded(qtbot, lawyer_view)
    wait_loaded(qtbot, para_view)
    assert (lawyer_view.case.stage, lawyer_view.case.radicado, lawyer_view.case.filed_on) == (
        "FILED",
        "11001400307520240012300",
        dt.date(2025, 3, 3),
    )
    # the paralegal's view followed the event; collections can't edit a filed case
    assert para_view.case.stage == "FILED"
    coll_view = CaseFileView(ctx_for(sqlite_desk, "cobranza", events), case_id)
    wait_loaded(qtbot, coll_view)
    qtbot.addWidget(coll_view)
    assert coll_view.summary_tab.stage_buttons == {}
    assert (
        not coll_view.contacts_tab.log_button.isVisible()
        and coll_view.contacts_tab.log_button.property("allowed") is False
    )
    assert not coll_view.may(Action.ADD_EVIDENCE) and not coll_view.evidence_tab.acceptDrops()
    # the service enforces it too: a paralegal forcing FILED→PAYMENT_ORDER_ISSUED is refused
    assert not para_view.move_stage("PAYMENT_ORDER_ISSUED")
    assert "no puede" in messages[-1]


def test_conflict_shows_message_and_reloads(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over(sqlite_desk)
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)  # its own event hub: misses the other change
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    seen_version = view.case.version
    cases.update_case(
        sqlite_desk, actor_for(sqlite_desk, "dependiente"), case_id, cases.CaseUpdate(court="Juzgado 12 Civil")
    )
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(lambda cls, parent, cur, target, label, **_k: StageMoveValues("", None, None, None)),
    )
    assert not view.move_stage("EVIDENCE")
    assert "modificó el expediente OB-2024-0077" in messages[-1]
    assert "Camilo" in messages[-1] or "dependiente" in messages[-1]
    wait_loaded(qtbot, view)  # the refusal re-reads the case
    assert view.case.version > seen_version and view.case.court == "Juzgado 12 Civil"
    assert view.case.stage == "INTAKE"
    assert view.move_stage("EVIDENCE")  # after the reload the same change goes through
    wait_loaded(qtbot, view)
    assert view.case.stage == "EVIDENCE"


def test_closed_case_is_reopened_by_an_explicit_event(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    from PySide6.QtWidgets import QInputDialog

    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    cases.return_to_collections(sqlite_desk, lawyer, case_id, "Falta el pagaré original")
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    from legal_desk.ui.views.case_tabs.summary import SummaryTab

    summary = view.findChild(SummaryTab)
    assert "__reopen__" in summary.stage_buttons
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Recibido de cobranza", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Cobranza aportó el original", True))
    summary.stage_buttons["__reopen__"].click()
    qtbot.waitUntil(lambda: view.case is not None and view.case.stage == "INTAKE", timeout=5000)
    assert any(t["action"] == "case.reopen" for t in cases.timeline(sqlite_desk, lawyer, case_id))
    # a paralegal sees no reopen or archive button
    cases.return_to_collections(sqlite_desk, lawyer, case_id, "Otra vez")
    para = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)
    wait_loaded(qtbot, para)
    qtbot.addWidget(para)
    assert not set(para.findChild(SummaryTab).stage_buttons) & {"__reopen__", "__archive__"}
    QThreadPool.globalInstance().waitForDone()


def test_record_tables_sort_by_a_header_click_and_keep_it_across_reloads(qtbot: Any, sqlite_desk: Desk) -> None:
    """A long contact log can be read newest first: sort by date (as dates, not text), then by outcome."""
    case_id = hand_over(sqlite_desk)
    para = actor_for(sqlite_desk, "dependiente")
    days = [dt.datetime(2025, 3, 4, 10), dt.datetime(2025, 1, 20, 9), dt.datetime(2025, 2, 11, 11)]
    for when, outcome in zip(days, ["no_answer", "promise_to_pay", "callback"], strict=True):
        contacts.log_contact(sqlite_desk, para, case_id, channel="call", at=when, outcome=outcome)
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    tab = view.contacts_tab

    def dates() -> list[dt.datetime]:
        return [tab.model.record(r)["at"] for r in range(tab.model.rowCount())]

    given = dates()
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0))
    assert dates() == sorted(days)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0))
    assert dates() == sorted(days, reverse=True)
    view.reload()  # a save elsewhere reloads the case: the user's order stays
    assert dates() == sorted(days, reverse=True)
    tab.model.sort(-1)
    assert dates() == given


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_a_bureau_notice_row_says_when_the_report_may_be_made(qtbot: Any, sqlite_desk: Desk) -> None:
    case_id = hand_over(sqlite_desk)
    para = actor_for(sqlite_desk, "dependiente")
    notices.add_notice(
        sqlite_desk, para, case_id, channel="mail", kind="bureau_notice", sent=dt.date(2025, 3, 3),
        carrier="4-72", tracking="RA9",
    )
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    tab = view.notices_tab
    tip = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "El reporte negativo a centrales de riesgo procede desde el 24/03/2025 (Ley 1266 de 2008, art. 12)"


def test_a_spanish_case_file_speaks_euros_and_skips_colombian_contact_rules(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """A Madrid case: capital, costs and payments in euros (was «$ 12.500,00 EUR»), and the contact log
    says the Ley 2300 rules do not apply instead of stamping «Conforme» on a Sunday call."""
    from legal_desk.services import payments, rates

    table = tmp_path / "tasas_es.csv"
    table.write_text("desde,hasta,tasa_efectiva_anual\n2023-01-01,2026-12-31,\"12,00\"\n", encoding="utf-8")
    rates.import_rates(sqlite_desk, actor_for(sqlite_desk, "admin"), table, jurisdiction="ES")
    row = cases.hand_over_case(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        HandoverInput(
            account_ref="ES-2025-0009",
            debtor=PartyInput("María García López", "DNI", "12345678Z", address="Calle Mayor 1", city="Madrid"),
            debt=DebtInput(capital=Decimal("12500"), due_date=dt.date(2024, 2, 29)),
            jurisdiction="ES",
        ),
    )
    para = actor_for(sqlite_desk, "dependiente")
    sunday = dt.datetime(2025, 7, 6, 10)
    contacts.log_contact(sqlite_desk, para, row.case_id, channel="call", at=sunday, outcome="no_answer")
    lawyer = actor_for(sqlite_desk, "abogada")
    payments.add_payment(sqlite_desk, lawyer, row.case_id, dt.date(2025, 7, 1), Decimal("1500"))
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), row.case_id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.case is not None)
    assert view.summary_tab.values["capital"].text() == "12.500,00 €"
    assert view.summary_tab.values["debtor_id"].text() == "DNI 12345678Z"
    assert view.debt_tab.fields["capital"].text() == "12.500,00 €"
    pay = view.payments_tab.model
    assert pay.data(pay.index(0, 1), Qt.ItemDataRole.DisplayRole) == "1.500,00 €"
    tab = view.contacts_tab
    assert tab.model.data(tab.model.index(0, 5), Qt.ItemDataRole.DisplayRole) == "No aplica"
    assert "Ley 2300 de 2023 son colombianas y no se revisan" in tab.hint.text()
    view.resize(1100, 700)
    view.tabs.setCurrentWidget(view.summary_tab)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "case_file_spain.png"))


def test_collections_do_not_see_the_lawyers_empty_tabs_on_their_own_handover(qtbot: Any, sqlite_desk: Desk) -> None:
    """Audiencias, Medidas and Ofertas are the lawyer's; on a case collections still hold they were empty clutter."""
    from legal_desk.services import tracking

    case_id = hand_over(sqlite_desk)
    events = AppEvents()
    coll = CaseFileView(ctx_for(sqlite_desk, "cobranza", events), case_id)
    qtbot.addWidget(coll)
    wait_loaded(qtbot, coll)
    visible = [coll.tabs.tabText(i) for i in range(coll.tabs.count()) if coll.tabs.isTabVisible(i)]
    assert visible == [
        "Resumen", "Partes", "Deuda", "Pruebas", "Gestiones", "Comunicaciones", "Acuerdos", "Documentos", "Pagos",
        "Historial",
    ]  # fmt: skip
    assert [a.text() for a in coll.sections_menu.actions() if a.isVisible()] == visible
    # what legal did record before accepting is shown to them, not hidden
    lawyer = actor_for(sqlite_desk, "abogada")
    tracking.make_offer(sqlite_desk, lawyer, case_id, party="debtor", amount="9000000", made_on=dt.date(2025, 1, 10))
    events.case_changed.emit(case_id)
    wait_loaded(qtbot, coll)
    assert coll.tabs.isTabVisible(coll.tabs.indexOf(coll.negotiation_tab))
    assert not coll.tabs.isTabVisible(coll.tabs.indexOf(coll.hearings_tab))
    # the lawyer, on the same case, has every tab
    law = CaseFileView(ctx_for(sqlite_desk, "abogada", events), case_id)
    qtbot.addWidget(law)
    wait_loaded(qtbot, law)
    assert all(law.tabs.isTabVisible(i) for i in range(law.tabs.count()))


def test_collections_opening_an_accepted_case_see_the_limited_view(qtbot: Any, sqlite_desk: Desk) -> None:
    """Once legal accepted a handover, collections see what «Mis entregas» needs: no legal tabs, no edits."""
    from legal_desk.services import tracking

    case_id = hand_over(sqlite_desk)
    lawyer = actor_for(sqlite_desk, "abogada")
    events = AppEvents()
    coll = CaseFileView(ctx_for(sqlite_desk, "cobranza", events), case_id)
    qtbot.addWidget(coll)
    coll.resize(1100, 700)
    coll.show()
    wait_loaded(qtbot, coll)
    labels = [coll.tabs.tabText(i) for i in range(coll.tabs.count()) if coll.tabs.isTabVisible(i)]
    assert "Pruebas" in labels and "Historial" in labels  # INTAKE: still their handover, in full
    cases.move_stage(sqlite_desk, lawyer, case_id, "EVIDENCE")
    tracking.make_offer(sqlite_desk, lawyer, case_id, party="debtor", amount="9000000", made_on=dt.date(2025, 1, 10))
    tracking.request_embargo(sqlite_desk, lawyer, case_id, asset_type="account", description="Cuentas Bancolombia")
    events.case_changed.emit(case_id)
    wait_loaded(qtbot, coll)
    case = coll.case
    assert case is not None and case.limited and case.settlement_offers == [] and case.embargoes == []
    visible = [coll.tabs.tabText(i) for i in range(coll.tabs.count()) if coll.tabs.isTabVisible(i)]
    assert visible == ["Resumen"]
    assert [a.text() for a in coll.sections_menu.actions() if a.isVisible()] == ["Resumen"]
    assert coll.timeline_rows == [] and coll.negotiation_tab.model.rowCount() == 0
    summary = coll.summary_tab
    shown = {k for k, label in summary.values.items() if label.isVisibleTo(coll)}
    assert shown == {"stage", "debtor", "debtor_id", "capital", "radicado", "lawyer", "handed"}
    assert summary.values["lawyer"].text() == "Laura Restrepo"
    assert summary.values["stage"].text() == "Recaudo de pruebas"
    assert summary.values["capital"].text() == "$ 12.500.000,00"
    assert summary.notice.isVisibleTo(coll) and "Jurídico ya aceptó este expediente" in summary.notice.text()
    for box in (summary.stages_box, summary.check_box, summary.tasks_box, summary.terms_box):
        assert not box.isVisibleTo(coll)
    assert not summary.edit_button.isVisibleTo(coll) and summary.edit_header() is False
    assert not coll.may(Action.ADD_EVIDENCE) and not coll.evidence_tab.acceptDrops()
    assert "Jurídico ya aceptó" in coll.why_not(Action.EDIT_CASE)
    SHOTS.mkdir(parents=True, exist_ok=True)
    coll.grab().save(str(SHOTS / "collections_accepted_case_limited.png"))
    # the lawyer's view of the same case is whole
    law_view = CaseFileView(ctx_for(sqlite_desk, "abogada", events), case_id)
    qtbot.addWidget(law_view)
    wait_loaded(qtbot, law_view)
    assert law_view.case is not None and not law_view.case.limited
    assert all(law_view.tabs.isTabVisible(i) for i in range(law_view.tabs.count()))
    assert len(law_view.case.settlement_offers) == 1 and law_view.timeline_rows


def test_summary_shows_the_last_actuacion_and_the_317_date(qtbot: Any, sqlite_desk: Desk) -> None:
    """A filed case's summary names its last actuación (CGP art. 317) and when the year runs out; an internal
    edit (the debtor's phone) does not change it; a case not yet filed shows «—»."""
    from sqlalchemy import select

    from legal_desk.db.models import Case
    from legal_desk.services import deadlines, tracking
    from legal_desk.services.cases import PartyUpdate

    case_id = hand_over(sqlite_desk)
    law = actor_for(sqlite_desk, "admin")
    view = CaseFileView(ctx_for(sqlite_desk, "admin"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    label = view.summary_tab.values["last_action"]
    assert label.text() == "—" and "solo en procesos radicados" in label.toolTip()
    with sqlite_desk.uow() as uow:
        c = uow.session.execute(select(Case).where(Case.id == case_id)).scalar_one()
        c.stage, c.filed_on, c.radicado = "EXECUTION", dt.date(2025, 2, 3), "11001400301220250012300"
        uow.commit()
    embargo = tracking.request_embargo(
        sqlite_desk, law, case_id, asset_type="vehicle", description="Placa KLM-123", requested_on=dt.date(2025, 2, 3)
    )
    tracking.advance_embargo(sqlite_desk, law, embargo, "decreed", on=dt.date(2025, 3, 10))
    tracking.advance_embargo(sqlite_desk, law, embargo, "registered", on=dt.date(2025, 4, 22))
    with sqlite_desk.reading() as s:
        debtor = s.execute(select(Case).where(Case.id == case_id)).scalar_one().parties[0].id
    cases.update_party(sqlite_desk, law, debtor, PartyUpdate(phone="+57 310 555 0199"))
    view.reload()
    wait_loaded(qtbot, view)
    # in execution the period is 2 years (lit. b): Tue 22/04/2025 → Thu 22/04/2027
    assert label.text() == (
        "22/04/2025 — Medida cautelar inscrita o registrada (Placa KLM-123) · desistimiento tácito el 22/04/2027"
    )
    assert label.toolTip().startswith("CGP art. 317 num. 2: 2 año(s) sin actuación")
    assert [
        (cell_text(view.summary_tab.terms.table, row, 1), cell_text(view.summary_tab.terms.table, row, 3))
        for row in range(3)
    ] == [
        ("03/02/2025", "Interrumpido el 10/03/2025"),
        ("10/03/2025", "Interrumpido el 22/04/2025"),
        ("22/04/2025", "Abierto"),
    ]
    [term] = [d for d in view.case.deadlines if d["rule"] == "INACTIVITY_317" and d["status"] == "open"]
    assert term["due"] == dt.date(2027, 4, 22)
    assert deadlines.inactivity_alerts(sqlite_desk, law, dt.date(2027, 4, 1), within_days=30)[0]["expires"] == (
        dt.date(2027, 4, 22)
    )
    view.resize(1280, 800)
    view.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "case_summary_last_actuacion.png"))


def cell_text(table: Any, row: int, col: int) -> str:
    return str(table.model().index(row, col).data())


def test_rebuilt_stage_buttons_leave_no_old_button_painted(qtbot: Any, sqlite_desk: Desk) -> None:
    """Rebuilding the stage buttons (every reload) must not leave the old ones visible until deleteLater runs:
    an «Archivar…» stayed painted over the «Siguiente etapa» title."""
    from PySide6.QtWidgets import QPushButton

    from legal_desk.ui.views.case_tabs.summary import SummaryTab

    case_id = hand_over(sqlite_desk)
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    view.show()
    summary = view.findChild(SummaryTab)
    old = list(summary.stage_buttons.values())
    assert old and all(b.isVisible() for b in old)
    summary._build_stage_buttons(view.case)  # as a reload does, with no event loop turn in between
    assert all(b.isHidden() for b in old)
    qtbot.waitUntil(lambda: summary.stage_buttons["__archive__"].isVisible())
    shown = [b for b in summary.findChildren(QPushButton) if b.text() == "Archivar…" and b.isVisible()]
    assert shown == [summary.stage_buttons["__archive__"]]
