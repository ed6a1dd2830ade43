"""One case through its whole life, only through the desktop app's widgets (empty desk, no demo)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWizard

from legal_desk.config import Config
from legal_desk.services import calendars
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for, ensure_admin
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs import records
from legal_desk.ui.dialogs.case_edit import CreditorDialog
from legal_desk.ui.dialogs.generate_document import GenerateDocumentDialog
from legal_desk.ui.dialogs.packet import PacketDialog
from legal_desk.ui.dialogs.users import UserDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.ui.helpers import settle, wait_loaded
from tests.ui.test_case_file import make_pdf
from tests.ui.test_handover_wizard import fill_rows

pytestmark = pytest.mark.usefixtures("spanish")
SHOTS = Path("tests/_artifacts/screenshots/lifecycle")


@pytest.fixture
def empty_desk(tmp_path: Path) -> Iterator[Desk]:
    """A new desk as the first start leaves it: only «admin», no cases, no rates."""
    desk = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}", store_root=tmp_path / "store"))
    ensure_admin(desk)
    yield desk
    desk.close()


class Desktop:
    """The people at the desk: one main window per user, sharing one event hub as one app would not."""

    def __init__(self, qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot, self.desk, self.tmp, self.mp = qtbot, desk, tmp_path, monkeypatch
        self.messages: list[str] = []
        SHOTS.mkdir(parents=True, exist_ok=True)

        def box(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
            self.messages.append(text)
            return QMessageBox.StandardButton.Ok

        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, box)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def login(self, user: str) -> MainWindow:
        settings = UiSettings(QSettings(str(self.tmp / f"{user}.ini"), QSettings.Format.IniFormat))
        ctx = UiContext(self.desk, actor_for(self.desk, user), AppEvents(), settings)
        window = MainWindow(ctx)
        self.qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        settle(self.qtbot)
        return window

    def answer(self, cls: type[QDialog], fill: Callable[[Any], None]) -> None:
        """The next dialog of `cls` is filled by `fill` and confirmed with its OK button (its own checks run)."""

        def exec_(dialog: Any) -> int:
            fill(dialog)
            dialog.show()
            self.qtbot.wait(10)
            name = type(dialog).__name__
            dialog.grab().save(str(SHOTS / f"dialog_{name}.png"))
            boxes = dialog.findChildren(QDialogButtonBox)
            ok = boxes[0].button(QDialogButtonBox.StandardButton.Ok) if boxes else None
            if ok is not None:
                ok.click()  # the user's click: whatever the dialog connected to it runs
            else:
                dialog.accept()
            self.qtbot.wait(10)
            return int(dialog.result())

        self.mp.setattr(cls, "exec", exec_)

    def shot(self, widget: Any, name: str) -> None:
        widget.grab().save(str(SHOTS / f"{name}.png"))


def rate_table(tmp_path: Path) -> Path:
    """The monthly moratory-rate file a user keeps from the Superfinanciera's certifications (through next year)."""
    lines = ["desde;hasta;tasa_efectiva_anual"]
    month = dt.date(2023, 1, 1)
    while month.year <= dt.date.today().year + 1:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        lines.append(f"{month:%Y-%m-%d};{following - dt.timedelta(days=1):%Y-%m-%d};26,10")
        month = following
    path = tmp_path / "tasas_usura.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def user_form(username: str, role: str, name: str, card: str = "", idn: str = "") -> Callable[[Any], None]:
    def fill(dlg: UserDialog) -> None:
        dlg.username_edit.setText(username)
        dlg.full_name_edit.setText(name)
        dlg.role_edit.setCurrentIndex(dlg.role_edit.findData(role))
        dlg.password_edit.setText("secreto-123")
        dlg.id_number_edit.setText(idn)
        dlg.professional_card_edit.setText(card)
        dlg.email_edit.setText(f"{username}@firma.co")

    return fill


def handover_wizard(d: Desktop, wiz: HandoverWizard) -> None:
    """Collections types one account with a co-debtor and its pre-legal history, then «Finalizar»."""
    p = wiz.debtor_page
    for key, text in (
        ("account_ref", "OB-2025-0456"),
        ("client_name", "Banco Andino S.A."),
        ("client_id", "900123456"),
        ("name", "Jorge Enrique Salazar Mejía"),
        ("id_number", "79.456.123"),
        ("email", "jorge.salazar@example.com"),
        ("email_source", "Solicitud de crédito"),
        ("address", "Calle 100 # 15-20"),
        ("city", "Bogotá D.C."),
    ):
        p.inputs[key].setText(text)
    p.channel_boxes["call"].setChecked(True)
    wiz.next()
    fill_rows(wiz.guarantors_page.rows, [{"name": "Ana María Salazar", "id_type": "CC", "id_number": "52.111.222"}])
    wiz.next()
    for key, text in (
        ("capital", "12.500.000,00"),
        ("due_date", "29/02/2024"),
        ("title_number", "PG-2024-88"),
        ("issue_date", "01/03/2023"),
        ("original", "Bóveda Banco Andino, Bogotá"),
    ):
        wiz.debt_page.inputs[key].setText(text)
    wiz.next()
    h = wiz.history_page
    fill_rows(h.contacts, [{"at": "10/04/2024 10:30", "channel": "call", "outcome": "Promesa de pago"}])
    fill_rows(h.agreements, [{"signed_on": "15/04/2024", "total": "3.000.000", "broken_on": "15/06/2024"}])
    wiz.next()
    assert wiz.currentPage() is wiz.summary_page
    d.shot(wiz, "03_wizard_summary")
    wiz.button(QWizard.WizardButton.FinishButton).click()


def open_first(d: Desktop, window: MainWindow) -> CaseFileView:
    """Double-click the first row of the docket; the case opens in a tab."""
    assert window.docket is not None
    window.show_panel(window.docket)
    window.docket.table.doubleClicked.emit(window.docket.model.index(0, 0))
    settle(d.qtbot)
    view = window.current_case_view()
    assert isinstance(view, CaseFileView)
    return wait_loaded(d.qtbot, view)


def move(d: Desktop, view: CaseFileView, target: str, fill: Callable[[Any], None] | None = None) -> None:
    """Press the stage button of `target` on Resumen and confirm the dialog."""
    view.tabs.setCurrentWidget(view.summary_tab)
    d.answer(records.StageMoveDialog, fill or (lambda dlg: None))
    view.summary_tab.stage_buttons[target].click()
    settle(d.qtbot)
    wait_loaded(d.qtbot, view)  # the moved case is re-read in a worker
    assert view.case is not None and view.case.stage == target, d.messages


def cells(tab: Any) -> list[list[str]]:
    """What a record table shows, row by row."""
    m = tab.model
    return [[str(m.index(r, c).data() or "") for c in range(m.columnCount())] for r in range(m.rowCount())]


def court_terms(tab: Any) -> list[list[str]]:
    """The terms of the parties' steps, without the art. 317 year (tests/integration/test_inactivity_317.py)."""
    return [r for r in cells(tab) if r[0] != "Alerta de desistimiento tácito"]


def readiness(view: CaseFileView) -> dict[str, bool]:
    assert view.case is not None
    return {r.code: r.ok for r in view.case.readiness}


def test_one_case_from_an_empty_desk_to_closed_paid(
    qtbot: Any, empty_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = Desktop(qtbot, empty_desk, tmp_path, monkeypatch)

    # ---- admin creates the people
    admin = d.login("admin")
    assert admin.users is not None
    admin.show_panel(admin.users)
    for args in (
        ("dsuarez", "collections", "Diana Suárez"),
        ("cortiz", "paralegal", "Camilo Ortiz"),
        ("lrestrepo", "lawyer", "Laura Restrepo Gómez", "187.654 del C. S. de la J.", "52.987.654"),
    ):
        d.answer(UserDialog, user_form(*args))
        assert admin.users.add_user() is not None, d.messages
    users = {admin.users.model.item(r, 0).text(): admin.users.model.item(r, 5).text() for r in range(4)}
    assert users["lrestrepo"] == "187.654 del C. S. de la J."
    d.shot(admin, "01_users")

    # ---- collections hands the account over with the wizard
    coll = d.login("dsuarez")
    monkeypatch.setattr(HandoverWizard, "exec", lambda wiz: wiz.show() or handover_wizard(d, wiz) or wiz.result())
    coll.act_new_case.trigger()
    settle(qtbot)
    assert coll.handovers is not None
    pending = coll.handovers.groups["pending"]
    assert [r.account_ref for r, _reason in pending.rows] == ["OB-2025-0456"]
    d.shot(coll, "04_collections_pending")

    # ---- the lawyer's first docket («Mis expedientes») shows the handover waiting to be accepted
    law = d.login("lrestrepo")
    assert law.docket is not None and law.docket.mine_check.isChecked()
    assert law.docket.model.rowCount() == 1
    assert law.docket.model.row_at(0).account_ref == "OB-2025-0456"
    d.shot(law, "05_lawyer_docket")
    view = open_first(d, law)
    summary = view.summary_tab
    assert summary.stage_buttons["EVIDENCE"].text() == "Aceptar expediente…"
    assert summary.stage_buttons["RETURNED_TO_COLLECTIONS"].text() == "Devolver a cobranza…"
    d.shot(law, "06_lawyer_case_intake")
    move(d, view, "EVIDENCE", lambda dlg: dlg.reasonEdit.setPlainText("Recibido completo"))
    assert view.case is not None and view.case.lawyer == "Laura Restrepo Gómez"
    assert summary.values["lawyer"].text() == "Laura Restrepo Gómez"
    assert [g.name for g in view.case.guarantors] == ["Ana María Salazar"]

    # ---- paralegal: the pagaré scan, the creditor's certificate, a contact, the demand letter and its receipt
    para = d.login("cortiz")
    pv = open_first(d, para)
    pagare = make_pdf(tmp_path / "pagare_PG-2024-88.pdf", "PAGARÉ PG-2024-88")
    cert = make_pdf(tmp_path / "certificado_camara.pdf", "Certificado de existencia y representación")
    proof = make_pdf(tmp_path / "certificado_472.pdf", "Certificado de entrega 4-72")
    pv.tabs.setCurrentWidget(pv.evidence_tab)
    for path, kind in ((pagare, "title"), (cert, "creditor_certificate")):
        d.answer(
            records.EvidenceKindDialog, lambda dlg, k=kind: dlg.kindCombo.setCurrentIndex(dlg.kindCombo.findData(k))
        )
        pv.evidence_tab.add_files([path])
        qtbot.waitUntil(lambda: pv.evidence_tab.worker is None, timeout=20_000)
        settle(qtbot)
    assert pv.case is not None
    assert sorted(e["kind"] for e in pv.case.evidence) == ["creditor_certificate", "title"]

    def contact(dlg: Any) -> None:
        dlg.atEdit.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))  # a Tuesday, office hours
        dlg.channelCombo.setCurrentIndex(dlg.channelCombo.findData("call"))
        dlg.outcomeCombo.setCurrentIndex(dlg.outcomeCombo.findData("no_answer"))

    d.answer(records.ContactDialog, contact)
    pv.tabs.setCurrentWidget(pv.contacts_tab)
    pv.contacts_tab.log_button.click()
    settle(qtbot)

    def notice(dlg: Any) -> None:
        dlg.kindCombo.setCurrentIndex(dlg.kindCombo.findData("demand_letter"))
        dlg.channelCombo.setCurrentIndex(dlg.channelCombo.findData("mail"))
        dlg.sentEdit.setDate(QDate(2026, 11, 24))
        dlg.carrierEdit.setText("4-72")
        dlg.trackingEdit.setText("RA123456789CO")

    def receipt(dlg: Any) -> None:
        dlg.dateEdit.setDate(QDate(2026, 11, 26))
        dlg.proofEdit.setText(str(proof))

    d.answer(records.NoticeDialog, notice)
    pv.tabs.setCurrentWidget(pv.notices_tab)
    pv.notices_tab.add_button.click()
    settle(qtbot)
    pv.notices_tab.select_row(0)
    d.answer(records.ReceiptDialog, receipt)
    pv.notices_tab.receipt_button.click()
    settle(qtbot)
    d.shot(para, "10_paralegal_notices")
    ready = readiness(pv)
    assert all(ready[c] for c in ("title_scan", "demand_letter", "contact_log", "creditor_certificate"))
    assert not ready["power_of_attorney"] and not ready["liquidation"]
    move(d, pv, "DEMAND_LETTER_SENT")
    assert "Solo un abogado puede pasar a: Listo para radicar" in pv.summary_tab.stage_hint.text()
    d.shot(para, "11_paralegal_summary")
    assert d.messages == []

    # ---- lawyer: the rate table (the open case's liquidation follows it), creditor data, documents, packet
    view.reload()  # F5: the paralegal worked on it meanwhile at another desk
    view.tabs.setCurrentWidget(view.debt_tab)
    assert "No hay tabla de tasas moratorias de CO" in view.debt_tab.message.text()  # a new desk has no rates yet
    assert law.legal is not None
    law.show_panel(law.legal)
    rates_csv = str(rate_table(tmp_path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (rates_csv, ""))
    law.legal.import_button.click()
    qtbot.waitUntil(lambda: "Tabla importada de tasas_usura.csv" in law.legal.rates_status.text(), timeout=20_000)
    settle(qtbot)
    law.open_case(view.case_id)
    assert view.debt_tab.liquidation is not None, view.debt_tab.message.text()
    totals = view.debt_tab.totals.text().replace("\u00a0", " ")  # figures are kept whole with no-break spaces
    assert "TOTAL: $ " in totals and "Sin abonos" in totals and view.debt_tab.message.text() == ""
    d.shot(law, "13_lawyer_liquidation")

    view.tabs.setCurrentWidget(view.parties_tab)
    parties = view.parties_tab
    assert "Faltan para el poder y la demanda: dirección, ciudad, representante legal" in parties.creditor.text()

    def creditor(dlg: Any) -> None:
        dlg.addressEdit.setText("Carrera 7 # 71-21")
        dlg.cityEdit.setText("Bogotá D.C.")
        dlg.representativeEdit.setText("Andrés Felipe Rojas")
        dlg.representativeIdEdit.setText("80.123.456")

    d.answer(CreditorDialog, creditor)
    parties.creditor_button.click()
    settle(qtbot)
    assert parties.creditor.text() == (
        "Acreedor: Banco Andino S.A. (NIT 900123456-8) · Carrera 7 # 71-21, Bogotá D.C. · "
        "Representante legal: Andrés Felipe Rojas"
    )
    d.shot(law, "14_lawyer_parties")
    d.answer(UserDialog, lambda dlg: dlg.address_edit.setText("Calle 72 # 10-34, of. 501, Bogotá"))
    law.act_profile.trigger()
    view.tabs.setCurrentWidget(view.documents_tab)
    for template in ("poder_especial", "liquidacion_credito", "demanda_ejecutiva"):

        def choose(dlg: Any, t: str = template) -> None:
            dlg.select_template(t)
            dlg.ui.pdfRadio.setChecked(True)

        d.answer(GenerateDocumentDialog, choose)
        view.documents_tab.generate_button.click()
        qtbot.waitUntil(lambda: view.documents_tab.worker is None, timeout=120_000)
        settle(qtbot)
    assert d.messages == []
    assert view.case is not None
    assert sorted(doc["template"] for doc in view.case.documents) == [
        "demanda_ejecutiva",
        "liquidacion_credito",
        "poder_especial",
    ]
    assert all(readiness(view).values())  # the checklist is green
    d.shot(law, "15_lawyer_documents")

    built: list[Any] = []

    def packet(dlg: PacketDialog) -> int:
        dlg.show()
        assert not dlg.missing_box.isVisible()
        dlg.build()
        qtbot.waitUntil(lambda: dlg.worker is None, timeout=120_000)
        d.shot(dlg, "16_packet")
        built.append(dlg.built)
        return 1

    monkeypatch.setattr(PacketDialog, "exec", packet)
    view.documents_tab.packet_button.click()
    assert built and built[0] is not None and built[0].pages >= 10
    assert [a["title"] for a in built[0].annexes][:2] == ["Demanda ejecutiva singular", "Poder especial"]

    # ---- court: reparto, payment order, service, embargo, payment, closing as paid
    move(d, view, "READY_TO_FILE")

    def filing(dlg: Any) -> None:
        dlg.radicadoEdit.setText("11001400301220260045600")
        dlg.courtEdit.setText("Juzgado 12 Civil Municipal de Bogotá")

    move(d, view, "FILED", filing)
    assert summary.values["radicado"].text() == "11001400301220260045600"
    assert summary.values["court"].text() == "Juzgado 12 Civil Municipal de Bogotá"
    assert {"CORRECTION_PENDING", "PAYMENT_ORDER_ISSUED", "REJECTED"} <= set(summary.stage_buttons)
    move(d, view, "PAYMENT_ORDER_ISSUED")

    def embargo(dlg: Any) -> None:
        dlg.assetCombo.setCurrentIndex(dlg.assetCombo.findData("account"))
        dlg.descriptionEdit.setText("Cuenta de ahorros Banco Popular")
        dlg.capEdit.setText("25.000.000")

    view.tabs.setCurrentWidget(view.embargoes_tab)
    d.answer(records.EmbargoDialog, embargo)
    view.embargoes_tab.add_button.click()
    settle(qtbot)
    for status in ("decreed", "registered"):
        view.embargoes_tab.select_row(0)
        d.answer(
            records.EmbargoAdvanceDialog,
            lambda dlg, st=status: dlg.statusCombo.setCurrentIndex(dlg.statusCombo.findData(st)),
        )
        view.embargoes_tab.advance_button.click()
        settle(qtbot)
    assert view.case is not None and [e["status"] for e in view.case.embargoes] == ["registered"]
    d.shot(law, "17_embargo_registered")
    move(d, view, "DEBTOR_SERVED")  # served today: the debtor's 5 days to pay and 10 to propose defences run
    # and the art. 317 year runs from today's actuaciones (filing, embargo steps, service)
    assert [r[0] for r in cells(summary.terms)] == [
        "Término para pagar",
        "Término para proponer excepciones",
        "Alerta de desistimiento tácito",
    ]

    def payment(dlg: Any) -> None:
        dlg.amountEdit.setText("2.000.000")
        dlg.referenceEdit.setText("Consignación 4455")

    view.tabs.setCurrentWidget(view.payments_tab)
    d.answer(records.PaymentDialog, payment)
    view.payments_tab.add_button.click()
    settle(qtbot)
    assert d.messages[-1].startswith("Aplicado a costas: $ 0,00\nAplicado a intereses: $ ")
    assert view.case is not None and len(view.case.payments) == 1

    warned: list[str] = []

    def close_paid(dlg: Any) -> None:
        warned.append(dlg.infoLabel.text())  # a balance is still due: the dialog says so (not refused)
        dlg.reasonEdit.setPlainText("Pago total certificado por el banco")

    move(d, view, "CLOSED_PAID", close_paid)
    assert "aún se deben $ " in warned[0] and "registre ese pago en «Pagos» antes de cerrar" in warned[0]
    blocking = [t for t in view.case.tasks if t["blocking"] and not t["done_at"]]
    assert len(blocking) == 1 and blocking[0]["title"].startswith("Levantar medidas cautelares (1 vigentes)")
    assert summary.notice.isVisible() and "Tarea bloqueante: Levantar medidas cautelares" in summary.notice.text()
    assert "__reopen__" in summary.stage_buttons
    # the debtor's terms no longer run: they leave the agenda and the overdue counts
    assert [r[3] for r in cells(summary.terms)] == ["Sin efecto (expediente cerrado)"] * 3
    d.shot(law, "18_closed_paid")

    # ---- the reopen branch: a closed case comes back only through «Reabrir expediente…» with a reason
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ejecución (embargo, secuestro, remate)", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("El pago fue reversado", True))
    summary.stage_buttons["__reopen__"].click()
    settle(qtbot)
    assert view.case.stage == "EXECUTION" and view.stage_pill.text() == "Ejecución (embargo, secuestro, remate)"
    assert any("El pago fue reversado" in r["summary"] for r in view.timeline_rows)


def ready_case(desk: Desk, tmp_path: Path, ref: str) -> int:
    """Set-up only: a handed-over, accepted case whose checklist is green (the journey above does it by hand)."""
    from legal_desk.services import cases, contacts, evidence
    from legal_desk.services.cases import CaseUpdate, DebtInput, HandoverInput, PartyInput

    row = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput("Marta Lucía Gómez Pardo", "CC", "52345678", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(
                capital="8.000.000", due_date=dt.date(2025, 3, 31), title_type="pagare", original_location="Bóveda"
            ),
            client_name="Banco Andino S.A.",
            client_id_number="900123456",
        ),
    )
    law = actor_for(desk, "abogada")
    cases.move_stage(desk, law, row.case_id, "EVIDENCE")
    for kind in ("title", "creditor_certificate", "power_of_attorney", "liquidation"):
        evidence.add_evidence(desk, law, row.case_id, make_pdf(tmp_path / f"{ref}_{kind}.pdf", kind), kind)
    contacts.log_contact(
        desk, law, row.case_id, channel="call", at=dt.datetime(2026, 11, 24, 10, 0), outcome="no_answer"
    )
    cases.update_case(desk, law, row.case_id, CaseUpdate(demand_letter_waiver="Deudor ilocalizable"))
    return row.case_id


def test_branches_correction_settlement_default_return_and_reopen(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = Desktop(qtbot, sqlite_desk, tmp_path, monkeypatch)
    first = ready_case(sqlite_desk, tmp_path, "OB-2026-0001")
    law = d.login("abogada")
    view = law.open_case(first)
    assert isinstance(view, CaseFileView)
    wait_loaded(qtbot, view)
    move(d, view, "READY_TO_FILE")
    move(d, view, "FILED", lambda dlg: dlg.radicadoEdit.setText("11001400301220260000100"))

    # art. 90: inadmitted → the 5-day term appears in Resumen → not corrected → rejected (reason required)
    today = dt.date.today()  # the dialogs start on today and refuse a court event after it
    day = today.strftime("%d/%m/%Y")

    def due(days: int) -> str:
        return calendars.add_days(sqlite_desk, "CO", today, days)["due"].strftime("%d/%m/%Y")

    def inadmission(dlg: Any) -> None:
        assert (
            dlg.formLayout.isRowVisible(dlg.filedEdit)
            and dlg.filedEditLabel.text() == "&Auto inadmisorio notificado el:"
            and dlg.filedEdit.maximumDate() == QDate.currentDate()
        )

    move(d, view, "CORRECTION_PENDING", inadmission)
    summary = view.summary_tab
    terms = summary.terms
    assert court_terms(terms) == [["Término para subsanar la demanda", day, due(5), "Abierto"]]
    assert "CGP art. 90" in str(terms.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    d.shot(law, "20_correction_pending")
    assert summary.stage_buttons["FILED"].text() == "Demanda subsanada…"
    assert summary.stage_buttons["REJECTED"].text() == "Rechazada…"
    # rejected without a reason: the dialog refuses and stays open (the case does not move)
    refused: list[str] = []

    def no_reason(dlg: Any) -> None:
        dlg.accept()
        refused.append(dlg.errorLabel.text())
        dlg.reasonEdit.setPlainText("No se subsanó en término")

    move(d, view, "REJECTED", no_reason)
    assert refused == ["Motivo: indíquelo para pasar a esta etapa"]
    assert "__reopen__" in summary.stage_buttons
    # a rejected lawsuit is filed again after fixing it: reopen at «Listo para radicar»
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Listo para radicar", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Se presenta de nuevo", True))
    summary.stage_buttons["__reopen__"].click()
    settle(qtbot)
    assert view.case is not None and view.case.stage == "READY_TO_FILE"
    move(d, view, "FILED", lambda dlg: dlg.radicadoEdit.setText("11001400301220260000200"))
    filed_on = view.case.filed_on
    move(d, view, "CORRECTION_PENDING")
    seen: list[str] = []

    def corrected(dlg: Any) -> None:
        seen.extend([dlg.radicadoEdit.text(), dlg.filedEditLabel.text()])

    move(d, view, "FILED", corrected)  # corrected in time: same radicado, the filing date stays
    assert seen == ["11001400301220260000200", "&Subsanada el:"]
    assert view.case.radicado == "11001400301220260000200" and view.case.filed_on == filed_on
    # neither correction term runs any more: the rejected one stopped, the corrected one was met
    assert sorted(r[3] for r in court_terms(terms)) == ["Cumplido", "No cumplido"]

    # payment order, service on the debtor (its two terms), defences, hearing
    move(d, view, "PAYMENT_ORDER_ISSUED")

    def served(dlg: Any) -> None:
        assert dlg.filedEditLabel.text() == "&Notificado el:" and dlg.filedEdit.date() == QDate.currentDate()

    move(d, view, "DEBTOR_SERVED", served)
    assert [r for r in court_terms(terms) if r[0] != "Término para subsanar la demanda"] == [
        ["Término para pagar", day, due(5), "Abierto"],
        ["Término para proponer excepciones", day, due(10), "Abierto"],
    ]
    move(d, view, "DEFENCES_FILED")  # proposed within the 10 days: that term is met
    assert [r[3] for r in cells(terms) if r[0] == "Término para proponer excepciones"] == ["Cumplido"]

    def hearing(dlg: Any) -> None:
        dlg.kindCombo.setCurrentIndex(dlg.kindCombo.findData("initial"))
        dlg.atEdit.setDateTime(QDateTime(QDate.currentDate().addDays(60), QTime(9, 0)))
        dlg.linkEdit.setText("https://call.lifesizecloud.com/123")

    view.tabs.setCurrentWidget(view.hearings_tab)
    d.answer(records.HearingDialog, hearing)
    view.hearings_tab.add_button.click()
    settle(qtbot)
    assert view.case is not None and len(view.case.hearings) == 1
    move(d, view, "HEARING_SCHEDULED")

    # negotiation: the debtor offers, the bank counters, the debtor accepts; the agreement is signed
    def offer(amount: str, party: str) -> Callable[[Any], None]:
        def fill(dlg: Any) -> None:
            dlg.partyCombo.setCurrentIndex(dlg.partyCombo.findData(party))
            dlg.amountEdit.setText(amount)
            dlg.instalmentsSpin.setValue(3)

        return fill

    nego = view.negotiation_tab
    view.tabs.setCurrentWidget(nego)
    d.answer(records.OfferDialog, offer("6.000.000", "debtor"))
    nego.offer_button.click()
    settle(qtbot)
    nego.select_row(0)
    d.answer(records.OfferDialog, offer("7.500.000", "creditor"))
    nego.counter_button.click()
    settle(qtbot)
    assert view.case is not None and len(view.case.settlement_offers) == 2
    counter = next(o for o in view.case.settlement_offers if o["parent_id"])
    nego.select_row([o["offer_id"] for o in nego.model.records()].index(counter["offer_id"]))
    planned: list[list[str]] = []

    def agreement(dlg: Any) -> None:
        # accepting the offer asks to record the agreement at once, its plan already the accepted terms
        planned.append([row["amount"] for row in dlg.plan.rows()])

    d.answer(records.AgreementDialog, agreement)
    nego.accept_button.click()
    settle(qtbot)
    d.shot(law, "21_negotiation")
    assert planned == [["$ 2.500.000,00"] * 3]
    assert view.case is not None and view.case.stage == "SETTLEMENT_ACTIVE", d.messages
    assert view.stage_pill.text() == "Acuerdo de pago vigente"
    # the debtor defaults: the case goes back to the stage it came from
    view.agreements_tab.select_row(0)
    view.agreements_tab.broken_button.click()
    settle(qtbot)
    assert view.case.stage == "HEARING_SCHEDULED" and view.stage_pill.text() == "Audiencia programada"
    d.shot(law, "22_settlement_defaulted")

    # a second handover goes back to collections with a reason, and collections read it
    from legal_desk.services import cases as case_service
    from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput

    second = case_service.hand_over_case(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        HandoverInput(
            account_ref="OB-2026-0002",
            debtor=PartyInput("Pedro Pérez", "CC", "1020304050", address="Calle 2", city="Cali"),
            debt=DebtInput(capital="3.000.000", due_date=dt.date(2026, 1, 15), title_type="pagare"),
        ),
    )
    other = law.open_case(second.case_id)
    assert isinstance(other, CaseFileView)
    wait_loaded(qtbot, other)
    move(d, other, "RETURNED_TO_COLLECTIONS", lambda dlg: dlg.reasonEdit.setPlainText("Falta el pagaré original"))
    assert "Devuelto a cobranza: Falta el pagaré original" in other.summary_tab.notice.text()
    coll = d.login("cobranza")
    assert coll.handovers is not None
    returned = coll.handovers.groups["returned"].rows
    assert [(r.account_ref, reason) for r, reason in returned] == [("OB-2026-0002", "Falta el pagaré original")]
    d.shot(coll, "23_collections_returned")
    assert d.messages == []
