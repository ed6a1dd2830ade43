"""Handover wizard end to end: per-field validation, guarantors, pre-legal history, service refusal kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWizard

from legal_desk.services import cases
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.wizards.handover import HandoverWizard

SHOTS = Path("tests/_artifacts/screenshots")


def type_into(qtbot: Any, page: Any, key: str, text: str) -> None:
    w = page.inputs[key]
    w.clear()
    if text.isascii():
        qtbot.keyClicks(w, text)
    else:  # QTest aborts on non-ASCII key clicks; type the text as an input method would
        w.insert(text)


def fill_rows(editor: Any, rows: list[dict[str, str]]) -> None:
    for values in rows:
        r = editor.model.add_row()
        for c, col in enumerate(editor.model.columns):
            if col.key in values:
                editor.model.setData(editor.model.index(r, c), values[col.key])


def test_handover_wizard_end_to_end(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ctx = UiContext(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        AppEvents(),
        UiSettings(QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
    )
    wiz = HandoverWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    d = wiz.debtor_page
    # layout from forms/handover_debtor_page.ui: required fields marked, each error label hidden under its field
    assert (d.title(), d.accountRefLabel.text(), d.clientNameLabel.text()) == (
        "Deudor",
        "Número de o&bligación *",
        "Acr&eedor",
    )
    assert d.inputs["jurisdiction"].currentData() == "CO"
    types = [d.inputs["id_type"].itemData(i) for i in range(d.inputs["id_type"].count())]
    assert d.inputs["id_type"].currentData() == "CC" and types[:5] == ["CC", "NIT", "CE", "PP", "TI"]
    assert not any(label.isVisible() for label in d.errors.values())
    type_into(qtbot, d, "account_ref", "OB-2025-0456")
    type_into(qtbot, d, "client_name", "Banco Andino S.A.")
    type_into(qtbot, d, "client_id", "900123456")
    type_into(qtbot, d, "name", "Jorge Enrique Salazar Mejía")
    type_into(qtbot, d, "id_number", "12")  # too short for a CC (3–10 digits)
    type_into(qtbot, d, "email", "jorge.salazar@example.com")
    assert not d.validatePage()
    assert "CC" in d.errors["id_number"].text() or "cédula" in d.errors["id_number"].text().lower()
    assert d.errors["email_source"].text().startswith("Indique de dónde")
    assert d.errors["email_source"].isVisible() and not d.errors["name"].isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "handover_wizard_debtor.png"))
    type_into(qtbot, d, "id_number", "79.456.123")
    type_into(qtbot, d, "email_source", "Solicitud de crédito")
    type_into(qtbot, d, "address", "Calle 100 # 15-20")
    type_into(qtbot, d, "city", "Bogotá D.C.")
    d.channel_boxes["call"].setChecked(True)
    d.channel_boxes["email"].setChecked(True)
    wiz.next()
    assert wiz.currentPage() is wiz.guarantors_page
    fill_rows(wiz.guarantors_page.rows, [{"name": "Ana María Salazar", "id_type": "CC", "id_number": "52.111.222"}])
    fill_rows(wiz.guarantors_page.rows, [{"name": "Borrar", "id_type": "CC", "id_number": "1"}])
    assert not wiz.guarantors_page.validatePage()
    assert "Fila 2" in wiz.guarantors_page.rows.error.text()
    wiz.guarantors_page.rows.model.remove_row(1)
    wiz.next()
    assert wiz.currentPage() is wiz.debt_page
    p = wiz.debt_page
    type_into(qtbot, p, "capital", "abc")
    type_into(qtbot, p, "due_date", "31/02/2024")
    assert not p.validatePage()
    assert p.errors["capital"].text() and "no es una fecha real" in p.errors["due_date"].text()
    assert p.inputs["summary"].maximumHeight() == 70 and p.inputs["title_type"].currentData() == "pagare"
    wiz.grab().save(str(SHOTS / "handover_wizard_debt.png"))
    type_into(qtbot, p, "capital", "$ 12.500.000,00")
    type_into(qtbot, p, "due_date", "29/02/2024")
    type_into(qtbot, p, "title_number", "PG-2024-88")
    type_into(qtbot, p, "issue_date", "01/03/2023")
    type_into(qtbot, p, "agreed_rate", "24,5")
    type_into(qtbot, p, "original", "Bóveda Banco Andino, Bogotá")
    wiz.next()
    assert wiz.currentPage() is wiz.history_page
    h = wiz.history_page
    fill_rows(h.contacts, [{"at": "10/04/2024 10:30", "channel": "call", "outcome": "Promesa de pago"}])
    fill_rows(h.agreements, [{"signed_on": "15/04/2024", "total": "3.000.000", "broken_on": "15/06/2024"}])
    fill_rows(
        h.notices,
        [
            {
                "kind": "demand_letter",
                "channel": "mail",
                "sent_on": "01/07/2024",
                "carrier": "4-72",
                "tracking": "RA55",
                "delivered_on": "05/07/2024",
            }
        ],
    )
    wiz.next()
    assert wiz.currentPage() is wiz.summary_page
    html = wiz.summary_page.browser.toPlainText()
    assert "OB-2025-0456" in html and "$ 12.500.000,00" in html and "Ana María Salazar" in html
    # the creditor's NIT, with the check digit the DIAN gives it, was left off the summary (only the name)
    assert "Banco Andino S.A. — NIT 900.123.456-8" in html
    wiz.grab().save(str(SHOTS / "handover_wizard_summary.png"))
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.created is not None and wiz.result() == QWizard.DialogCode.Accepted
    cf = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), wiz.created.case_id)
    assert (cf.account_ref, cf.capital, cf.due_date, cf.title_number) == (
        "OB-2025-0456",
        Decimal("12500000.00"),
        dt.date(2024, 2, 29),
        "PG-2024-88",
    )
    assert cf.agreed_rate == Decimal("24.5") and cf.original_location == "Bóveda Banco Andino, Bogotá"
    assert cf.debtor.id_number == "79456123" and cf.debtor.authorised_channels == "call,email"
    assert [(g.name, g.id_number) for g in cf.guarantors] == [("Ana María Salazar", "52111222")]
    assert [(c["channel"], c["outcome"], c["at"]) for c in cf.contacts] == [
        ("call", "promise_to_pay", dt.datetime(2024, 4, 10, 10, 30))
    ]
    assert [(a["total"], a["status"], a["prelegal"]) for a in cf.agreements] == [
        (Decimal("3000000.00"), "broken", True)
    ]
    assert [(n["carrier"], n["tracking"], n["delivered"]) for n in cf.notices] == [
        ("4-72", "RA55", dt.date(2024, 7, 5))
    ]
    assert cf.client["id_number"] == "900123456-8"

    # the same account again: the service's Conflict is shown, the wizard stays open with what was typed
    again = HandoverWizard(ctx)
    qtbot.addWidget(again)
    again.show()
    for key, text in (("account_ref", "OB-2025-0456"), ("name", "Otro"), ("id_number", "1020304050")):
        type_into(qtbot, again.debtor_page, key, text)
    again.next()
    again.next()
    type_into(qtbot, again.debt_page, "capital", "1.000.000")
    type_into(qtbot, again.debt_page, "due_date", "2024-05-01")
    again.next()
    again.next()
    again.button(QWizard.WizardButton.FinishButton).click()
    assert "ya fue entregada" in warnings[-1] and "ya fue entregada" in again.summary_page.error.text()
    assert again.isVisible() and again.debtor_page.text("name") == "Otro"


def test_handover_of_a_spanish_case(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """The wizard had no jurisdiction: every case typed in the app was Colombian, in pesos, with a
    Colombian ID type. A Madrid team now picks España: DNI and the creditor's NIF are offered and
    checked, no Ley 2213 e-mail source is demanded, and the case is ES in euros."""
    ctx = UiContext(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        AppEvents(),
        UiSettings(QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
    )
    wiz = HandoverWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    d = wiz.debtor_page
    combo = d.inputs["jurisdiction"]
    combo.setCurrentIndex(combo.findData("ES"))
    assert [d.inputs["id_type"].itemData(i) for i in range(4)] == ["DNI", "NIE", "NIF", "PP"]
    assert d.inputs["id_type"].currentData() == "DNI" and d.clientIdLabel.text() == "NIF del ac&reedor"
    type_into(qtbot, d, "account_ref", "ES-2025-0001")
    type_into(qtbot, d, "client_name", "Banco Ibérico S.A.")
    type_into(qtbot, d, "client_id", "A12345678")
    d.inputs["name"].insert("María García López")
    type_into(qtbot, d, "id_number", "12345678A")
    type_into(qtbot, d, "email", "maria@example.es")
    # a mistyped DNI letter and CIF control are caught here, naming the right ones (12345678 mod 23 = 14 → Z;
    # CIF A1234567: 2+6+1+5 (odd positions doubled) + 2+4+6 = 26 → 4)
    assert not d.validatePage()
    assert d.errors["id_number"].text() == "DNI 12345678A: la letra de control debe ser Z"
    assert d.errors["client_id"].text() == "NIF A12345678: la letra de control debe ser 4 / D"
    type_into(qtbot, d, "client_id", "A12345674")
    type_into(qtbot, d, "id_number", "12345678Z")
    assert d.validatePage(), {k: e.text() for k, e in d.errors.items() if e.text()}
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "handover_wizard_spain.png"))
    wiz.next()
    wiz.next()
    assert wiz.debt_page.agreedRateLabel.text() == "Tasa moratoria &pactada (% nominal anual)"
    type_into(qtbot, wiz.debt_page, "capital", "12.500,00")
    type_into(qtbot, wiz.debt_page, "due_date", "29/02/2024")
    wiz.next()
    wiz.next()
    text = wiz.summary_page.browser.toPlainText()
    assert "España (ES) — EUR" in text and "12.500,00 €" in text and "DNI 12345678Z" in text
    assert "Banco Ibérico S.A. — NIF A12345674" in text
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.created is not None
    cf = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), wiz.created.case_id)
    assert (cf.jurisdiction, cf.currency, cf.debtor.id_type, cf.debtor.id_number) == ("ES", "EUR", "DNI", "12345678Z")
    assert cf.client["id_number"] == "A12345674"


def test_handover_of_an_argentine_case_checks_ids_by_argentina(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """The wizard checked a DNI without the case's country (a Spanish «12345678Z» passed for an Argentine
    case, any type of any country was offered, the co-debtors' page offered every type) and kept a CUIT
    as 20123456786. Now Argentina's documents are offered on both pages and checked by Argentina's rule,
    and the case keeps them as an Argentine writes them: CUIT 20-12345678-6, DNI 7.654.321."""
    ctx = UiContext(
        sqlite_desk,
        actor_for(sqlite_desk, "cobranza"),
        AppEvents(),
        UiSettings(QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
    )
    wiz = HandoverWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    d = wiz.debtor_page
    combo = d.inputs["jurisdiction"]
    combo.setCurrentIndex(combo.findData("AR"))
    offered = [d.inputs["id_type"].itemData(i) for i in range(d.inputs["id_type"].count())]
    assert offered == ["DNI", "CUIT", "PP"]
    type_into(qtbot, d, "account_ref", "AR-2025-0001")
    type_into(qtbot, d, "client_name", "Banco del Plata S.A.")
    type_into(qtbot, d, "client_id", "30500010912")
    type_into(qtbot, d, "name", "Martin Sosa")
    type_into(qtbot, d, "id_number", "12345678Z")
    assert not d.validatePage()
    assert d.errors["id_number"].text() == (
        "DNI 12345678Z: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)"
    )
    d.inputs["id_type"].setCurrentIndex(d.inputs["id_type"].findData("CUIT"))
    type_into(qtbot, d, "id_number", "20123456786")
    assert d.validatePage(), {k: e.text() for k, e in d.errors.items() if e.text()}
    wiz.next()
    g = wiz.guarantors_page
    fill_rows(g.rows, [{"name": "Ana Sosa", "id_number": "7654321"}])  # the first type offered: DNI
    (types,) = [c.choices for c in g.rows.model.columns if c.key == "id_type"]
    assert types == {"DNI": "DNI", "CUIT": "CUIT", "PP": "PP"}
    fill_rows(g.rows, [{"name": "Juan Ruiz", "id_type": "DNI", "id_number": "12345678Z"}])
    assert not g.validatePage()
    assert g.rows.error.text() == (
        "Fila 2, documento: DNI 12345678Z: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)"
    )
    g.rows.model.remove_row(1)
    wiz.next()
    type_into(qtbot, wiz.debt_page, "capital", "900.000,00")
    type_into(qtbot, wiz.debt_page, "due_date", "29/02/2024")
    wiz.next()
    wiz.next()
    text = wiz.summary_page.browser.toPlainText()
    assert "CUIT 20-12345678-6" in text and "Ana Sosa (DNI 7.654.321)" in text
    assert "Banco del Plata S.A. — CUIT 30-50001091-2" in text  # typed 30500010912
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "handover_wizard_argentina.png"))
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.created is not None
    cf = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), wiz.created.case_id)
    assert (cf.debtor.id_type, cf.debtor.id_number) == ("CUIT", "20-12345678-6")
    assert [(g.id_type, g.id_number) for g in cf.guarantors] == [("DNI", "7.654.321")]
    assert cf.client["id_number"] == "30-50001091-2"


@pytest.mark.parametrize(
    ("jurisdiction", "typed", "shown"),
    [
        ("CO", "900.123.456", "Acme S.A. — NIT 900.123.456-8"),
        ("AR", "30500010912", "Acme S.A. — CUIT 30-50001091-2"),
        ("MX", "bmn930209927", "Acme S.A. — RFC BMN930209927"),
        ("ES", "a58818501", "Acme S.A. — NIF A58818501"),
    ],
)
def test_the_summary_writes_the_creditors_tax_id_as_its_country_does(jurisdiction: str, typed: str, shown: str) -> None:
    from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
    from legal_desk.ui.wizards.handover import creditor_line

    def line(name: str | None, number: str | None) -> str:
        debtor = PartyInput("Ana", "PP", "AB12345")
        debt = DebtInput(Decimal("1000"), dt.date(2025, 1, 1))
        data = HandoverInput("X-1", debtor, debt, jurisdiction=jurisdiction, client_name=name, client_id_number=number)
        return creditor_line(data)

    assert line("Acme S.A.", typed) == shown
    assert line(None, typed) == shown.removeprefix("Acme S.A. — ")
    assert line("Acme S.A.", None) == "Acme S.A."
    assert line(None, None) == "—"
