"""An English interface meets no Spanish: whole-file import errors, the refusals of the services a user
meets most (stage moves, embargoes, offers, agreements, the filing packet, documents, editing a case)
and the «Detail» column of the case history. The CLI, str() and the stored audit text stay Spanish."""

from __future__ import annotations

import datetime as dt
import io
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text
from legal_desk.importing import background
from legal_desk.importing.referrals import ReferralFileError, inspect_headers, read_referrals
from legal_desk.services import cases, intake, packets, payments, tracking
from legal_desk.services.desk import Desk
from legal_desk.services.errors import Conflict, PermissionDenied, ServiceError, ValidationFailed
from legal_desk.services.users import actor_for
from legal_desk.ui.audit_text import audit_summary
from legal_desk.ui.dialogs import records
from legal_desk.ui.dialogs.records import StageMoveValues
from legal_desk.ui.errors import error_text
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over

SHOTS = Path("tests/_artifacts/screenshots")
#: Spanish that has no business in an English sentence (names and file names aside)
SPANISH = re.compile(
    r"[áéíóúñ¿¡]|\b(debe|tiene|puede|usuario|fecha|valor|número|pasar|expediente|archivo|falta|indique|"
    r"medida|propuesta|acuerdo|anexo|plantillas|está|vacío|columnas|el|la|de|del)\b",
    re.IGNORECASE,
)

pytestmark = pytest.mark.usefixtures("spanish")


def _raised(fn: Any, *args: Any, **kwargs: Any) -> Exception:
    with pytest.raises((ServiceError, ReferralFileError)) as info:
        fn(*args, **kwargs)
    return info.value


def _english(error: Exception | Text) -> str:
    install_language("en")
    try:
        return error_text(error)
    finally:
        install_language("es")


# ------------------------------------------------------------------ whole-file import errors


def test_whole_file_import_errors_read_in_english(qapp: Any, tmp_path: Path) -> None:
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "binario.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    bad_utf8 = tmp_path / "bom.csv"
    bad_utf8.write_bytes(b"\xef\xbb\xbfnumero_obligacion;capital\n\xff\xfe;1\n")
    columns = tmp_path / "columnas.csv"
    columns.write_text("nombre;telefono\nAna;3001234567\n", encoding="utf-8")
    header_only = tmp_path / "encabezado.csv"
    header_only.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n", encoding="utf-8"
    )
    xls = tmp_path / "viejo.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0")
    refusals = [
        _raised(inspect_headers, empty),
        _raised(inspect_headers, binary),
        _raised(inspect_headers, bad_utf8),
        _raised(read_referrals, columns),
        _raised(read_referrals, header_only),
        _raised(inspect_headers, xls),
        _raised(inspect_headers, tmp_path / "no-esta.csv"),
    ]
    assert [str(e) for e in refusals][:2] == [  # the CLI and the import report keep the Spanish text
        "vacio.csv está vacío",
        "binario.csv no es un archivo de texto CSV (contiene datos binarios)",
    ]
    assert str(refusals[3]).startswith("faltan columnas obligatorias: numero_obligacion (account_ref)")
    english = [_english(e) for e in refusals]
    assert english[:3] == [
        "vacio.csv is empty",
        "binario.csv is not a CSV text file (it contains binary data)",
        "bom.csv: it says it is UTF-8 but has invalid bytes",
    ]
    assert english[3].startswith("required columns are missing: numero_obligacion (account_ref)")
    assert english[4] == "encabezado.csv has only the header row; there are no data rows"
    assert english[5] == "viejo.xls is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import it again"
    assert english[6] == f"the file {tmp_path / 'no-esta.csv'} does not exist"


def test_a_file_error_keeps_its_wording_across_the_reader_process_and_the_service(
    qapp: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """The big-file reader runs in another process; the service wraps the error for the dialog."""
    sent = ReferralFileError(Text(M.FILE_ENCODING, name="banco.csv"))
    with pytest.raises(ReferralFileError) as info:
        background._receive(io.BytesIO(pickle.dumps(("file_error", background.text_of(sent)))))
    assert str(info.value) == "banco.csv: codificación no reconocida (guárdelo como CSV UTF-8 o Windows-1252)"
    assert _english(info.value) == "banco.csv: unrecognised encoding (save it as CSV UTF-8 or Windows-1252)"
    assert _english(pickle.loads(pickle.dumps(sent))) == _english(sent)  # the exception itself pickles its Text
    empty = tmp_path / "entrega.csv"
    empty.write_text("", encoding="utf-8")
    refused = _raised(intake.import_referrals, sqlite_desk, actor_for(sqlite_desk, "cobranza"), empty)
    assert isinstance(refused, ValidationFailed) and str(refused) == "entrega.csv está vacío"
    assert _english(refused) == "entrega.csv is empty"


def test_the_import_dialog_says_why_a_file_is_refused_in_english(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    from tests.ui.test_bulk_import import make_dialog

    install_language("en")
    missing = tmp_path / "cartera.csv"
    missing.write_text("nombre;ciudad\nAna;Cali\n", encoding="utf-8")
    empty = tmp_path / "vacio.csv"
    empty.write_text("", encoding="utf-8")
    dlg = make_dialog(qtbot, sqlite_desk, tmp_path)
    dlg.load_file(empty)
    assert dlg.status.text() == "vacio.csv is empty"
    xls = tmp_path / "cartera.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0")
    dlg.load_file(xls)
    assert dlg.status.text() == (
        "cartera.xls is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import it again"
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.resize(900, 420)
    dlg.grab().save(str(SHOTS / "english_refusals_import_file.png"))
    # a file without the required columns goes to the mapping step: the fields are named in English
    dlg.load_file(missing)
    assert dlg.stack.currentIndex() == 1
    combo = dlg.mapping_combos["nombre"]
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Account reference *" in items and "Debtor name *" in items and "Número de obligación *" not in items
    assert "Account reference" in dlg.mapping_hint.text() and "Número" not in dlg.mapping_hint.text()
    dlg.resize(900, 640)
    dlg.grab().save(str(SHOTS / "english_refusals_import_mapping.png"))
    QThreadPool.globalInstance().waitForDone()


# ------------------------------------------------------------------ service refusals


def test_case_refusals_read_in_english(qapp: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    lawyer, collections = actor_for(desk, "abogada"), actor_for(desk, "cobranza")
    case_id = hand_over(desk, "OB-77")
    duplicate = _raised(hand_over, desk, "OB-77")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    not_ready = _raised(cases.move_stage, desk, lawyer, case_id, "READY_TO_FILE")
    settlement = _raised(cases.move_stage, desk, lawyer, case_id, "SETTLEMENT_ACTIVE")
    accepted = _raised(cases.update_case, desk, collections, case_id, cases.CaseUpdate(court="Juzgado 1"))
    costs = _raised(cases.update_case, desk, lawyer, case_id, cases.CaseUpdate(costs=-1))
    reopen = _raised(cases.reopen_case, desk, lawyer, case_id, "EVIDENCE", "")
    not_closed = _raised(cases.reopen_case, desk, lawyer, case_id, "EVIDENCE", "se pagó")
    stale = _raised(cases.update_case, desk, lawyer, case_id, cases.CaseUpdate(court="Juzgado 2"), expected_version=1)
    assert isinstance(duplicate, Conflict) and str(duplicate) == "La obligación OB-77 ya fue entregada a jurídico"
    assert isinstance(accepted, PermissionDenied)
    assert str(not_ready).startswith("El expediente aún no está listo para radicar. Falta: Título ejecutivo")
    assert _english(duplicate) == "Account OB-77 was already handed over to legal"
    english_ready = _english(not_ready)
    assert english_ready.startswith("The case file is not ready to be filed yet. Missing: "), english_ready
    assert _english(settlement) == (
        "To move OB-77 to «Settlement active», first record the signed payment agreement "
        "(Agreements tab → «Record agreement…»)"
    )
    assert _english(accepted).startswith("Legal has already accepted case file OB-77 (stage «Gathering evidence»)")
    assert _english(costs) == "Costs cannot be negative"
    assert _english(reopen) == "Enter the reason for reopening the case file"
    assert _english(not_closed) == "Case file OB-77 is not closed («Gathering evidence»)"
    assert re.fullmatch(
        r"abogada changed case file OB-77 on \d\d/\d\d/\d{4} at \d\d:\d\d \(«.+»\) after you opened it\. "
        r"Reload it and make the change again\.",
        _english(stale),
    ), _english(stale)
    for refusal in (duplicate, settlement, accepted, costs, reopen, not_closed):
        assert not SPANISH.search(_english(refusal)), _english(refusal)
    assert not SPANISH.search(english_ready), english_ready  # the checklist items are named in English too


def test_tracking_packet_and_liquidation_refusals_read_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-88")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    today = dt.date.today()
    embargo = tracking.request_embargo(
        desk, lawyer, case_id, asset_type="account", description="Cuenta 123", requested_on=today
    )
    no_asset = _raised(tracking.request_embargo, desk, lawyer, case_id, asset_type="vehicle", description=" ")
    skip = _raised(tracking.advance_embargo, desk, lawyer, embargo, "executed", on=today)
    earlier = _raised(tracking.advance_embargo, desk, lawyer, embargo, "decreed", on=today - dt.timedelta(days=3))
    no_place = _raised(
        tracking.schedule_hearing, desk, lawyer, case_id, kind="initial", at=dt.datetime(2030, 1, 1, 9), place=""
    )
    expires = _raised(
        tracking.make_offer,
        desk,
        lawyer,
        case_id,
        party="debtor",
        amount="1000",
        made_on=today,
        expires_on=today - dt.timedelta(days=1),
    )
    before_signing = _raised(
        tracking.record_agreement, desk, lawyer, case_id, signed_on=today, instalments=[(today - dt.timedelta(1), "5")]
    )
    no_annexes = _raised(packets.build_filing_packet, desk, lawyer, case_id, annexes=[])
    no_rates = _raised(payments.liquidation, desk, lawyer, case_id, today + dt.timedelta(days=400))
    spanish = [str(e) for e in (no_asset, skip, earlier, no_place, expires, before_signing, no_annexes)]
    assert spanish[1] == "Una medida «Solicitada» no puede pasar a «Ejecutada (remate)»"
    assert spanish[2].startswith("La medida quedó «solicitada» el ")
    english = [_english(e) for e in (no_asset, skip, earlier, no_place, expires, before_signing, no_annexes)]
    assert english[0] == "Describe the asset (account, licence plate, property registration…)"
    assert english[1] == "An attachment that is «Requested» cannot move to «Executed (auction)»", english[1]
    assert re.fullmatch(
        r"The attachment became «requested» on [\d/]+: it cannot become «ordered» on an earlier date \([\d/]+\)",
        english[2],
    ), english[2]
    assert english[3:] == [
        "Enter the place or the link of the hearing",
        "The offer cannot expire before it is made",
        "No instalment can fall due before the agreement is signed",
        "The packet has no annexes: generate the lawsuit or add evidence first",
    ]
    assert _english(no_rates).startswith("There is no default-interest rate table for CO to liquidate case file OB-88")
    for refusal in english:
        assert not SPANISH.search(refusal), refusal


# ------------------------------------------------------------------ the case file in English


def test_a_refusal_in_the_english_case_file_is_english(
    qtbot: Any, sqlite_desk: Desk, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lawyer asks for «Ready to file» on an incomplete case: the message box says why, in English."""
    case_id = hand_over(sqlite_desk)
    cases.move_stage(sqlite_desk, actor_for(sqlite_desk, "abogada"), case_id, "EVIDENCE")
    install_language("en")
    view = CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    monkeypatch.setattr(
        records.StageMoveDialog,
        "ask",
        classmethod(lambda cls, parent, cur, target, label, **_k: StageMoveValues("", None, None, None)),
    )
    assert not view.move_stage("READY_TO_FILE")
    refusal = messages[-1]
    assert refusal.startswith("The case file is not ready to be filed yet. Missing: "), refusal
    assert not SPANISH.search(refusal), refusal
    assert not view.move_stage("SETTLEMENT_ACTIVE")
    assert messages[-1].startswith("To move OB-2024-0077 to «Settlement active», first record"), messages[-1]


def test_the_history_detail_reads_in_english_and_the_stored_text_stays_spanish(
    qtbot: Any, sqlite_desk: Desk, messages: list[str]
) -> None:
    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-99")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    today = dt.date.today()
    embargo = tracking.request_embargo(
        desk, lawyer, case_id, asset_type="account", description="Cuenta de ahorros 123", requested_on=today
    )
    tracking.advance_embargo(desk, lawyer, embargo, "decreed", on=today)
    tracking.make_offer(desk, lawyer, case_id, party="debtor", amount="1500000", made_on=today)
    rows = cases.timeline(desk, lawyer, case_id)
    stored = [r["summary"] for r in rows]
    assert stored == [
        "Propuesta del deudor: $ 1.500.000,00 de contado",
        f"Medida decretada el {today:%d/%m/%Y}",
        "Medida solicitada: Cuenta bancaria — Cuenta de ahorros 123",
        "Recibido de cobranza → Recaudo de pruebas",
        "Entrega a jurídico de OB-99",
    ]
    assert [audit_summary(r) for r in rows] == stored  # Spanish interface: the stored text as it is
    install_language("en")
    english = [audit_summary(r) for r in rows]
    assert english == [
        "Offer from the debtor: $ 1.500.000,00 in cash",
        f"Attachment ordered on {today:%d/%m/%Y}",
        "Attachment requested: Bank account — Cuenta de ahorros 123",
        "Handed over → Gathering evidence",
        "Handed over to legal: OB-99",
    ]
    assert cases.timeline(desk, lawyer, case_id)[0]["summary"] == stored[0]  # nothing rewritten
    # an event whose stored values do not fit (older version) keeps its Spanish text
    assert audit_summary({"action": "payment.add", "summary": "Abono antiguo", "after": {}}) == "Abono antiguo"
    view = CaseFileView(ctx_for(desk, "abogada"), case_id)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    model = view.timeline_tab.model
    shown = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert shown == english
    view.tabs.setCurrentWidget(view.timeline_tab)
    view.resize(1200, 600)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "english_history_detail.png"))


def test_the_spanish_history_words_the_raw_values_older_releases_stored(qapp: Any) -> None:
    """Releases before this one stored «Abono de 2500000.00 …», «Propuesta del debtor: 3000000.00», «Entregada
    el 2025-03-06», «Llamada: no_answer»: the Spanish history showed them so. They read as today's do."""
    payment = {
        "action": "payment.add",
        "summary": "Abono de 2500000.00 el 05/04/2025: costas 0.00, intereses 1370923.68, capital 1129076.32",
        "after": {
            "date": "2025-04-05",
            "amount": "2500000.00",
            "to_costs": "0.00",
            "to_interest": "1370923.68",
            "to_capital": "1129076.32",
        },
    }
    offer = {
        "action": "offer.add",
        "summary": "Propuesta del debtor: 3000000.00",
        "after": {"party": "debtor", "amount": "3000000.00"},
    }
    receipt = {"action": "notice.receipt", "summary": "Entregada el 2025-03-06", "after": {"delivered": "2025-03-06"}}
    returned = {
        "action": "notice.receipt",
        "summary": "Devuelta el 2025-03-07: dirección errada",
        "after": {"delivered": None, "returned": "2025-03-07"},
    }
    call = {
        "action": "contact.add",
        "summary": "Llamada: no_answer",
        "after": {"channel": "call", "outcome": "no_answer"},
    }
    agreement = {
        "action": "agreement.add",
        "summary": "Acuerdo de pago firmado el 05/03/2025: 2 cuotas, total 5000000.00",
        "after": {"signed_on": "2025-03-05", "instalments": 2, "total": "5000000.00"},
    }
    assert [audit_summary(r) for r in (payment, offer, receipt, returned, call, agreement)] == [
        "Abono de $ 2.500.000,00 el 05/04/2025: costas $ 0,00, intereses $ 1.370.923,68, capital $ 1.129.076,32",
        "Propuesta del deudor: $ 3.000.000,00",
        "Entregada el 06/03/2025",
        "Devuelta el 07/03/2025: dirección errada",
        "Llamada: No contesta",
        "Acuerdo de pago firmado el 05/03/2025: 2 cuotas, total $ 5.000.000,00",
    ]
    # a Spanish case's amounts are in euros; an event that does not fit keeps its stored text
    assert audit_summary({**offer, "currency": "EUR"}) == "Propuesta del deudor: 3.000.000,00 €"
    assert audit_summary({"action": "payment.add", "summary": "Abono antiguo", "after": {}}) == "Abono antiguo"


def test_offer_statuses_read_in_english(qapp: Any) -> None:
    """The Offers tab's status column (services.tracking.OFFER_STATUSES) was Spanish in English."""
    from legal_desk.ui.views.case_tabs.lists import _offer_status

    rows = [{"status": s, "expires_on": None} for s in ("open", "accepted", "rejected", "expired", "countered")]
    assert [_offer_status(r) for r in rows] == ["Abierta", "Aceptada", "Rechazada", "Vencida", "Con contrapropuesta"]
    install_language("en")
    assert [_offer_status(r) for r in rows] == ["Open", "Accepted", "Rejected", "Expired", "Countered"]


def test_a_document_the_case_lacks_data_for_is_refused_in_english(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """The refusal and the generate dialog name the template, the fields and where to fill them in English."""
    from legal_desk.services import documents
    from legal_desk.ui.dialogs.generate_document import GenerateDocumentDialog, template_rows

    desk = sqlite_desk
    lawyer = actor_for(desk, "abogada")
    case_id = hand_over(desk, "OB-55")
    cases.move_stage(desk, lawyer, case_id, "EVIDENCE")
    info = next(i for i in documents.desk_templates(desk) if i.name == "liquidacion_credito")
    refused = _raised(documents.render, desk, lawyer, case_id, "liquidacion_credito")
    assert str(refused) == (  # the CLI's sentence, unchanged
        f"No se puede generar «{info.title_es}»: faltan estos datos del caso: número de documento del apoderado, "
        "tarjeta profesional del apoderado, liquidación del crédito, tramos de la liquidación. Complételos en "
        "Archivo → «Mis datos…» del abogado (o Usuarios, el administrador); Términos y tasas → «Importar tabla de "
        "tasas…» (la liquidación necesita las tasas)."
    )
    assert _english(refused) == (
        f"«{info.title_en}» cannot be generated: the case lacks these data: document number of the attorney, "
        "professional card of the attorney, debt liquidation, periods of the liquidation. Fill them in under "
        "File → «My details…» of the lawyer (or Users, the administrator); Deadlines and rates → «Import rate "
        "table…» (the liquidation needs the rates)."
    )
    install_language("en")
    rows = {r.info.name: r for r in template_rows(ctx_for(desk, "abogada"), case_id)}
    assert rows["liquidacion_credito"].missing == [
        "document number of the attorney",
        "professional card of the attorney",
        "debt liquidation",
        "periods of the liquidation",
    ]
    dialog = GenerateDocumentDialog(list(rows.values()))
    qtbot.addWidget(dialog)
    dialog.select_template("liquidacion_credito")
    assert dialog.model.index(list(rows).index("liquidacion_credito"), 0).data() == info.title_en
    detail = re.sub(r"<[^>]+>", " ", dialog.ui.detailLabel.text())
    assert "debt liquidation" in detail and not SPANISH.search(detail.replace(info.title_en, "")), detail
    dialog.resize(900, 440)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "english_generate_document_dialog.png"))
