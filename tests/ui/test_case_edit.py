"""Completing and correcting a case file: party dialog, case edit dialog, fixable checklist lines, roles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from legal_desk.services import cases, contacts, evidence, notices
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import PermissionDenied
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.case_edit import CaseEditDialog, PartyDialog
from legal_desk.ui.dialogs.records import EvidenceKindValues
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import evidence as evidence_tab
from tests.ui.helpers import wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")


def ctx_for(desk: Desk, user: str, events: AppEvents | None = None) -> UiContext:
    s = QSettings(str(Path(desk.config.store_root).parent / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, user), events or AppEvents(), UiSettings(s))


def make_pdf(path: Path, title: str) -> Path:
    """A one-page PDF standing in for a scanned document."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, title)
    c.showPage()
    c.save()
    return path


def hand_over_bare(desk: Desk) -> int:
    """A bulk-import-like case: no address, e-mail without its source, no title location."""
    row = cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref="OB-2024-0191",
            debtor=PartyInput("Jorge Iván Salazar Mejía", "CC", "79.456.123", email="jisalazar@example.com"),
            debt=DebtInput(Decimal("8750000.00"), dt.date.today() - dt.timedelta(days=150), title_number="PG-191"),
            client_name="Banco Andino S.A.",
            client_id_number="900123456",
        ),
    )
    return row.case_id


def drive(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Any, shot: str | None = None) -> list[str]:
    """Replace `cls.exec` by filling the real widgets and pressing OK; returns the inline errors seen."""
    errors: list[str] = []

    def fake_exec(dlg: Any) -> int:
        dlg.show()
        QApplication.processEvents()
        fill(dlg, errors)
        if shot:
            dlg.grab().save(str(SHOTS / shot))
        dlg.accept()
        if dlg.result() != QDialog.DialogCode.Accepted:
            errors.append(dlg.errorLabel.text())
        dlg.hide()
        return int(dlg.result())

    monkeypatch.setattr(cls, "exec", fake_exec)
    return errors


def readiness(view: CaseFileView) -> dict[str, bool]:
    assert view.case is not None
    return {i.code: i.ok for i in view.case.readiness}


def test_debtor_completed_from_the_checklist_turns_green(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), hand_over_bare(sqlite_desk))
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    assert readiness(view)["debtor_identified"] is False
    line = view.summary_tab.checklist.line("debtor_identified")
    assert line is not None and line.fixable
    assert "falta dirección, origen del correo electrónico" in line.text()
    assert "Clic para completar los datos del deudor" in line.text()
    view.grab().save(str(SHOTS / "case_edit_summary_before.png"))

    def fill(dlg: PartyDialog, errors: list[str]) -> None:
        assert dlg.nameEdit.text() == "Jorge Iván Salazar Mejía" and dlg.idNumberEdit.text() == "79456123"
        assert not dlg.roleCombo.isVisible()
        dlg.idNumberEdit.setText("79.45A")  # wrong: refused inline, the dialog stays open
        dlg.accept()
        errors.append(dlg.errorLabel.text())
        assert dlg.result() != QDialog.DialogCode.Accepted
        dlg.idNumberEdit.setText("79.456.123")
        dlg.addressEdit.setText("Calle 10 # 43-12, apto 502")
        dlg.cityEdit.setText("Medellín")
        dlg.accept()  # e-mail without its source: refused inline too
        errors.append(dlg.errorLabel.text())
        dlg.emailSourceEdit.setText("Solicitud de crédito firmada")
        dlg.phoneEdit.setText("3104567890")
        dlg.channel_boxes["call"].setChecked(True)
        dlg.channel_boxes["whatsapp"].setChecked(True)
        dlg.errorLabel.clear()

    errors = drive(monkeypatch, PartyDialog, fill, "party_dialog.png")
    sent: list[cases.PartyUpdate] = []
    real = cases.update_party
    monkeypatch.setattr(
        cases, "update_party", lambda d, a, pid, ch, **kw: (sent.append(ch), real(d, a, pid, ch, **kw))[1]
    )
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view)  # the saved case is re-read in a worker
    assert errors[0].startswith("Documento: CC 79.45A") and "dígitos" in errors[0]
    assert errors[1].startswith("Origen del correo")
    assert sent == [
        cases.PartyUpdate(
            address="Calle 10 # 43-12, apto 502",
            city="Medellín",
            email_source="Solicitud de crédito firmada",
            phone="3104567890",
            authorised_channels="call,whatsapp",
        )
    ]
    assert view.case is not None and view.case.debtor is not None
    d = view.case.debtor
    assert (d.address, d.city, d.authorised_channels) == ("Calle 10 # 43-12, apto 502", "Medellín", "call,whatsapp")
    assert readiness(view)["debtor_identified"] is True
    assert "debtor_identified" in view.summary_tab.checklist.done_codes()
    assert view.parties_tab.model.data(view.parties_tab.model.index(0, 9)) == "Llamada, WhatsApp"
    assert messages == []


def test_original_location_and_title_scan_turn_title_green(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), hand_over_bare(sqlite_desk))
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    line = view.summary_tab.checklist.line("title_scan")
    assert line is not None and "Clic para indicar dónde está el título original" in line.text()
    lawyer_id = actor_for(sqlite_desk, "abogada").user_id

    def fill(dlg: CaseEditDialog, errors: list[str]) -> None:
        assert dlg.lawyerCombo.isVisible() and not dlg.radicadoEdit.isReadOnly()
        assert dlg.originalLocationEdit.hasFocus()
        dlg.lawyerCombo.setCurrentIndex(dlg.lawyerCombo.findData(lawyer_id))
        dlg.courtEdit.setText("Juzgado 3 Civil Municipal de Medellín")
        dlg.originalLocationEdit.setText("Archivo físico, caja 14, oficina Medellín")
        dlg.waiverEdit.setPlainText("El deudor reconoció la deuda por escrito el 02/05/2025")
        dlg.agreedRateEdit.setText("250")
        dlg.accept()
        errors.append(dlg.errorLabel.text())
        dlg.agreedRateEdit.setText("24,5 %")
        dlg.costsEdit.setText("$ 150.000")
        dlg.errorLabel.clear()

    errors = drive(monkeypatch, CaseEditDialog, fill, "case_edit_dialog.png")
    sent: list[cases.CaseUpdate] = []
    real = cases.update_case
    monkeypatch.setattr(cases, "update_case", lambda d, a, c, ch, **kw: (sent.append(ch), real(d, a, c, ch, **kw))[1])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view)
    assert errors == ["Tasa pactada: es un porcentaje efectivo anual entre 0 y 200 (p. ej. 24,5)"]
    assert sent == [
        cases.CaseUpdate(
            court="Juzgado 3 Civil Municipal de Medellín",
            original_location="Archivo físico, caja 14, oficina Medellín",
            demand_letter_waiver="El deudor reconoció la deuda por escrito el 02/05/2025",
            lawyer_id=lawyer_id,
            agreed_rate=Decimal("24.5"),
            costs=Decimal("150000"),
        )
    ]
    case = view.case
    assert case is not None
    assert (case.original_location, case.agreed_rate, case.costs, case.lawyer) == (
        "Archivo físico, caja 14, oficina Medellín",
        Decimal("24.5"),
        Decimal("150000"),
        "Laura Restrepo",
    )
    assert view.debt_tab.fields["rate"].text() == "24,50 %"
    # the limitation date says which rule produced it (DOMAIN §4), on the debt tab and as the summary's tooltip
    limitation = view.debt_tab.fields["limitation"].text()
    assert limitation.startswith(f"{case.limitation_date:%d/%m/%Y} — 3 años desde el vencimiento (CCo arts. 711 y 789)")
    assert view.summary_tab.values["limitation"].toolTip().startswith("3 años desde el vencimiento")
    ok = readiness(view)
    assert ok["demand_letter"] is True and ok["title_scan"] is False  # still no scan
    # the same red line now leads to the evidence tab to add the scan
    line = view.summary_tab.checklist.line("title_scan")
    assert line is not None and "agregar el escaneo del título" in line.text()
    pdf = make_pdf(tmp_path / "pagare_PG-191.pdf", "PAGARE PG-191")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(pdf)], ""))
    monkeypatch.setattr(
        evidence_tab,
        "pick_evidence_kind",
        lambda *_: EvidenceKindValues("title", dt.date(2024, 6, 1), "Pagaré escaneado"),
    )
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.evidence_tab
    qtbot.waitUntil(lambda: readiness(view)["title_scan"] is True, timeout=10000)
    QThreadPool.globalInstance().waitForDone()
    assert "title_scan" in view.summary_tab.checklist.done_codes()
    # «Editar datos…» with nothing changed sends nothing
    sent.clear()
    drive(monkeypatch, CaseEditDialog, lambda dlg, errors: None)
    view.tabs.setCurrentWidget(view.debt_tab)
    assert view.debt_tab.edit_button.isVisible()
    view.grab().save(str(SHOTS / "case_edit_debt_tab.png"))
    assert view.debt_tab.edit_header() is False and sent == []
    # emptying the agreed rate removes it (the title refers to the legal maximum): it used to be refused with
    # «no se puede borrar», so a rate typed by mistake stayed and capped every liquidation below the table
    drive(monkeypatch, CaseEditDialog, lambda dlg, errors: dlg.agreedRateEdit.clear())
    assert view.debt_tab.edit_header() is True
    wait_loaded(qtbot, view)
    assert sent == [cases.CaseUpdate(clear_agreed_rate=True)]
    assert view.case is not None and view.case.agreed_rate is None
    assert view.debt_tab.fields["rate"].text() == "No pactada"
    assert messages == []


def test_conflict_shows_message_reloads_and_retry_goes_through(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over_bare(sqlite_desk)
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), case_id)  # own hub: misses the other change
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    seen = view.case.version if view.case else 0
    cases.update_case(sqlite_desk, actor_for(sqlite_desk, "abogada"), case_id, cases.CaseUpdate(city="Medellín"))
    # a field this user edits too (a change elsewhere alone is saved over: tests/ui/test_team_conflicts.py)
    debtor = view.case.debtor.party_id if view.case and view.case.debtor else 0
    cases.update_party(
        sqlite_desk, actor_for(sqlite_desk, "abogada"), debtor, cases.PartyUpdate(email_source="Solicitud de crédito")
    )

    def fill(dlg: PartyDialog, errors: list[str]) -> None:
        dlg.addressEdit.setText("Calle 10 # 43-12")
        dlg.emailSourceEdit.setText("Formulario de vinculación")

    drive(monkeypatch, PartyDialog, fill)
    view.parties_tab.select_row(0)
    assert view.parties_tab.edit_button.isEnabled()
    assert view.parties_tab.edit_selected() is False
    assert "modificó el expediente OB-2024-0191" in messages[-1] and "abogada" in messages[-1]
    wait_loaded(qtbot, view)  # the refusal re-reads the case
    assert view.case is not None and view.case.version > seen and view.case.city == "Medellín"
    assert view.case.debtor is not None and view.case.debtor.address is None  # nothing overwritten
    view.parties_tab.select_row(0)
    assert view.parties_tab.edit_selected() is True
    wait_loaded(qtbot, view)
    assert view.case.debtor is not None
    assert (view.case.debtor.address, view.case.debtor.email_source) == (
        "Calle 10 # 43-12",
        "Formulario de vinculación",
    )
    assert view.case.city == "Medellín"
    assert readiness(view)["debtor_identified"] is True


def test_add_codebtor_and_roles(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = hand_over_bare(sqlite_desk)
    events = AppEvents()
    coll = CaseFileView(ctx_for(sqlite_desk, "cobranza", events), case_id)
    wait_loaded(qtbot, coll)
    qtbot.addWidget(coll)
    # collections may complete a case it handed over while it is not filed; no lawyer or radicado fields
    assert coll.parties_tab.add_button.property("allowed") is True

    def fill(dlg: PartyDialog, errors: list[str]) -> None:
        assert dlg.roleCombo.isVisible()
        dlg.roleCombo.setCurrentIndex(dlg.roleCombo.findData("guarantor"))
        dlg.nameEdit.setText("Comercializadora El Roble S.A.S.")
        dlg.idTypeCombo.setCurrentIndex(dlg.idTypeCombo.findData("NIT"))
        dlg.idNumberEdit.setText("900123456")  # check digit added by the domain rule

    drive(monkeypatch, PartyDialog, fill)
    assert coll.parties_tab.add_codebtor() is True
    wait_loaded(qtbot, coll)
    assert coll.case is not None
    g = coll.case.guarantors[0]
    assert (g.role, g.name, g.id_type, g.id_number) == (
        "guarantor",
        "Comercializadora El Roble S.A.S.",
        "NIT",
        "900123456-8",
    )
    assert coll.parties_tab.model.rowCount() == 2

    def check_fields(dlg: CaseEditDialog, errors: list[str]) -> None:
        assert not dlg.lawyerCombo.isVisibleTo(dlg) and dlg.radicadoEdit.isReadOnly()
        dlg.originalLocationEdit.setText("Bóveda de cobranza")

    drive(monkeypatch, CaseEditDialog, check_fields)
    assert coll.summary_tab.edit_header() is True
    wait_loaded(qtbot, coll)
    assert coll.case.original_location == "Bóveda de cobranza"
    # file the case (complete checklist, lawyer moves it)
    lawyer, para = actor_for(sqlite_desk, "abogada"), actor_for(sqlite_desk, "dependiente")
    cases.update_party(
        sqlite_desk,
        para,
        coll.case.debtor.party_id if coll.case.debtor else 0,
        cases.PartyUpdate(address="Calle 10 # 43-12", email_source="Solicitud de crédito"),
    )
    for kind in ("title", "creditor_certificate", "power_of_attorney", "liquidation"):
        evidence.add_evidence(sqlite_desk, para, case_id, make_pdf(tmp_path / f"{kind}.pdf", kind), kind)
    contacts.log_contact(sqlite_desk, para, case_id, channel="call", at=dt.datetime(2025, 7, 1, 10), outcome="Atiende")
    n = notices.add_notice(
        sqlite_desk,
        para,
        case_id,
        channel="mail",
        sent=dt.date.today() - dt.timedelta(days=9),
        carrier="4-72",
        tracking="RA1",
    )
    notices.register_notice_receipt(
        sqlite_desk,
        para,
        n.notice_id,
        delivered=dt.date.today() - dt.timedelta(days=3),
        proof=make_pdf(tmp_path / "p.pdf", "P"),
    )
    cases.move_stage(sqlite_desk, lawyer, case_id, "EVIDENCE", reason="Completo")
    cases.move_stage(sqlite_desk, lawyer, case_id, "READY_TO_FILE", reason="Listo")
    cases.move_stage(
        sqlite_desk,
        lawyer,
        case_id,
        "FILED",
        radicado="05001400300320250012300",
        court="Juzgado 3 Civil Municipal de Medellín",
        filed_on=dt.date(2025, 3, 3),
    )
    events.case_changed.emit(case_id)
    wait_loaded(qtbot, coll)
    assert coll.case.stage == "FILED"
    # collections: no edit buttons, no fix hints, and the helpers do nothing
    for button in (coll.parties_tab.edit_button, coll.parties_tab.add_button):
        assert button.property("allowed") is False and not button.isVisibleTo(coll)
    assert not coll.summary_tab.edit_button.isVisibleTo(coll) and not coll.debt_tab.edit_button.isVisibleTo(coll)
    assert all(not w.fixable for w in coll.summary_tab.checklist._lines)
    coll.parties_tab.select_row(0)
    assert coll.parties_tab.edit_selected() is False and coll.summary_tab.edit_header() is False
    # the service refuses too
    with pytest.raises(PermissionDenied, match=r"ya lo aceptó jurídico .*: cobranza ya no puede modificarlo"):
        cases.update_party(sqlite_desk, actor_for(sqlite_desk, "cobranza"), g.party_id, cases.PartyUpdate(city="Cali"))
    # a paralegal still edits the filed case, but the radicado stays the lawyer's
    para_view = CaseFileView(ctx_for(sqlite_desk, "dependiente", events), case_id)
    wait_loaded(qtbot, para_view)
    qtbot.addWidget(para_view)
    assert para_view.parties_tab.edit_button.property("allowed") is True

    def try_radicado(dlg: CaseEditDialog, errors: list[str]) -> None:
        assert dlg.radicadoEdit.isReadOnly() and dlg.radicadoEdit.text() == "05001400300320250012300"
        dlg.radicadoEdit.setText("1")
        dlg.notesEdit.setPlainText("Pendiente de mandamiento de pago")

    drive(monkeypatch, CaseEditDialog, try_radicado)
    assert para_view.summary_tab.edit_header() is True
    wait_loaded(qtbot, para_view)
    assert para_view.case is not None
    assert (para_view.case.radicado, para_view.case.notes) == (
        "05001400300320250012300",
        "Pendiente de mandamiento de pago",
    )
    assert messages == []
    QThreadPool.globalInstance().waitForDone()


def test_a_lawyer_corrects_the_obligation_number_in_the_case_edit_dialog(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old reference of 61–64 characters blocked the move to PostgreSQL and no screen could correct it."""
    import sqlite3

    case_id = hand_over_bare(sqlite_desk)
    long_ref = "OB-2024-0191-" + "X" * 49  # 62 characters, as a desk from before the length check kept it
    with sqlite3.connect(sqlite_desk.config.sqlite_path) as conn:
        conn.execute("UPDATE cases SET account_ref = ? WHERE id = ?", (long_ref, case_id))
    case = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "admin"), case_id)

    paralegal = CaseEditDialog(None, case, may_set_account_ref=False)
    qtbot.addWidget(paralegal)
    assert paralegal.accountRefEdit.isReadOnly() and paralegal.accountRefEdit.text() == long_ref
    paralegal.courtEdit.setText("Juzgado 2 Civil Municipal de Pereira")
    paralegal.accept()
    assert paralegal.result_values == cases.CaseUpdate(court="Juzgado 2 Civil Municipal de Pereira")

    lawyer = CaseEditDialog(None, case, may_set_account_ref=True)
    qtbot.addWidget(lawyer)
    assert not lawyer.accountRefEdit.isReadOnly() and lawyer.accountRefEdit.text() == long_ref  # shown whole
    lawyer.courtEdit.setText("Juzgado 2 Civil Municipal de Pereira")
    lawyer.accept()  # the reference left as it is is not sent (nor cut to 60 behind the user's back)
    assert lawyer.result_values == cases.CaseUpdate(court="Juzgado 2 Civil Municipal de Pereira")
    lawyer = CaseEditDialog(None, case, may_set_account_ref=True)
    qtbot.addWidget(lawyer)
    lawyer.accountRefEdit.setText(long_ref[:61])
    lawyer.accept()
    assert lawyer.errorLabel.text() == "Número de obligación: tiene 61 caracteres; el máximo es 60"
    lawyer.accountRefEdit.setText("  OB-2024-0191  ")
    lawyer.accept()
    assert lawyer.result_values == cases.CaseUpdate(account_ref="OB-2024-0191")
    updated = cases.update_case(sqlite_desk, actor_for(sqlite_desk, "abogada"), case_id, lawyer.result_values)
    assert updated.account_ref == "OB-2024-0191"
    lawyer.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    lawyer.grab().save(str(SHOTS / "case_edit_account_ref.png"))
