"""The refusals the services used to raise as plain Spanish strings now read in English in an English
interface: recording a procedural step (art. 317), the tracking codes, the day basis, the docket order, the
documents and the filing packet, the bulk import and opening the database. The CLI, str() and the audit keep
the Spanish, character for character."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from legal_desk.services import deadlines
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ServiceError
from legal_desk.services.users import actor_for
from legal_desk.ui.i18n import install_language
from legal_desk.ui.views.legal_panel import EventValues
from tests.ui.test_english_service_refusals import _all_english, _english, _raised
from tests.ui.test_legal_panel import hand_over, panel_for

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish")


def test_recording_a_procedural_step_refuses_in_english(qtbot: Any, sqlite_desk: Desk, messages: list[str]) -> None:
    """«Record procedural step…» and «Mark complied» in the English terms panel: the art. 317 period that is
    not typed per step, a generic step with no description, and a compliance date before the event."""
    desk = sqlite_desk
    hand_over(desk, "OB-1", dt.date(2024, 2, 29), lawyer=True)
    law = actor_for(desk, "abogada")
    served = deadlines.record_event(desk, law, "OB-1", "DEBTOR_SERVED", dt.date(2025, 11, 13))
    # the service and the CLI keep their Spanish
    period = _raised(
        deadlines.record_event,
        desk,
        law,
        "OB-1",
        "LAST_ACTION",
        dt.date(2025, 11, 14),
        description="x",
        inactivity_years=2,
    )
    assert str(period).startswith("El período del art. 317 no se indica por actuación: es el de la etapa del caso")
    undescribed = _raised(deadlines.record_event, desk, law, "OB-1", "LAST_ACTION", dt.date(2025, 11, 14))
    assert str(undescribed) == (
        "Describa la actuación (p. ej. «auto que requiere al demandante», «memorial que informa un abono», "
        "«solicitud de oficios»): el expediente la muestra como última actuación del art. 317."
    )
    early = _raised(deadlines.mark_deadline_met, desk, law, served.deadlines[0].deadline_id, dt.date(2025, 11, 10))
    assert str(early) == "La fecha de cumplimiento 10/11/2025 es anterior al evento (13/11/2025)"

    install_language("en")
    panel = panel_for(qtbot, desk, "abogada", dt.date(2025, 11, 24))
    panel.record_event(
        EventValues("OB-1", "LAST_ACTION", dt.date(2025, 11, 14), {"description": "x", "inactivity_years": 2})
    )
    panel.record_event(EventValues("OB-1", "LAST_ACTION", dt.date(2025, 11, 14)))
    panel.terms_view.selectRow(0)
    panel.mark_selected_met(dt.date(2025, 11, 10))
    assert messages == [
        "The art. 317 period is not entered for each procedural step: it is the one for the case's stage (1 year "
        "at first instance; 2 once there is a judgment or an order to proceed with enforcement, lit. b), as set "
        "in the firm's settings.",
        "Describe the procedural step (e.g. “order requiring the claimant”, “brief reporting a part-payment”, "
        "“request for official letters”): the case file shows it as the last step for art. 317.",
        "The compliance date 10/11/2025 is earlier than the event it follows (13/11/2025)",
    ]
    _all_english(*messages)


def test_tracking_codes_the_day_basis_and_the_docket_order_refuse_in_english(qapp: Any, sqlite_desk: Desk) -> None:
    """A code a command or a script names wrongly (a hearing type or status, an asset type, an offer's party or
    closing status, an agreement's mark, a party role, a docket order) and a day basis stored wrong."""
    from decimal import Decimal

    from legal_desk.db.models import Setting
    from legal_desk.services import cases, payments, tracking
    from tests.ui.test_case_file import hand_over as hand_over_case

    desk = sqlite_desk
    law = actor_for(desk, "abogada")
    case_id = hand_over_case(desk, "OB-7")
    at = dt.datetime(2025, 3, 3, 9, 0)
    day = dt.date(2025, 3, 3)
    refusals = [
        _raised(tracking.schedule_hearing, desk, law, case_id, kind="juicio", at=at, place="Sala 3"),
        _raised(tracking.record_hearing_outcome, desk, law, 1, status="aplazada"),
        _raised(tracking.request_embargo, desk, law, case_id, asset_type="yate", description="Velero"),
        _raised(tracking.make_offer, desk, law, case_id, party="bank", amount=Decimal("1000"), made_on=day),
        _raised(tracking.close_offer, desk, law, 1, "open", on=day),
        _raised(tracking.mark_agreement, desk, law, 1, "paid", on=day),
        _raised(cases.add_party, desk, law, case_id, cases.PartyInput("Ana Ruiz", "CC", "52123456", role="debtor")),
        _raised(cases.list_cases, desk, law, cases.CaseQuery(order="nombre")),
    ]
    with desk.uow() as uow:  # written round the services (put_setting refuses it): a row from elsewhere
        uow.session.merge(Setting(key="interest.day_basis", value="trescientos"))
        uow.commit()
    refusals.append(_raised(payments.liquidation, desk, law, case_id, day))
    spanish = [str(e) for e in refusals]
    assert spanish[:7] == [
        "Tipo de audiencia «juicio» desconocido; use uno de: " + ", ".join(tracking.HEARING_KINDS),
        "Estado «aplazada» desconocido",
        "Tipo de bien «yate» desconocido; use uno de: " + ", ".join(tracking.ASSET_TYPES),
        "La propuesta es del acreedor («creditor») o del deudor («debtor»)",
        "Estado «open» no válido para cerrar una propuesta",
        "El acuerdo se marca como cumplido («kept») o incumplido («broken»)",
        "Solo se agregan codeudores («codebtor») o avalistas («guarantor»)",
    ]
    assert spanish[7].startswith("Orden «nombre» desconocido; use uno de: ")
    assert spanish[8] == "La base de días configurada «trescientos» no es válida (use 365 o 360)"
    english = [_english(e) for e in refusals]
    assert english[:7] == [
        "Unknown hearing type «juicio»; use one of: " + ", ".join(tracking.HEARING_KINDS),
        "Unknown status «aplazada»",
        "Unknown asset type «yate»; use one of: " + ", ".join(tracking.ASSET_TYPES),
        "An offer is made by the creditor («creditor») or by the debtor («debtor»)",
        "«open» is not a valid status for closing an offer",
        "An agreement is marked as kept («kept») or broken («broken»)",
        "Only co-debtors («codebtor») or guarantors («guarantor») can be added",
    ]
    assert english[7].startswith("Unknown order «nombre»; use one of: ")
    assert english[8] == "The day basis in the settings, «trescientos», is not valid (use 365 or 360)"
    _all_english(*(e.replace("«juicio»", "").replace("«aplazada»", "") for e in english))


def test_the_filing_packet_says_its_steps_and_refusals_in_english(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """The packet dialog in English: the cut-off before the due date, the liquidación that cannot be generated
    again to the cut-off (a missing field; no LibreOffice for its PDF), and its progress labels
    («Generating «…» with the cut-off at…», «Converting to PDF: …»). The services keep the Spanish."""
    from PySide6.QtCore import QDate, Qt

    from legal_desk.documents.pdf import ConverterUnavailable
    from legal_desk.domain import messages as M
    from legal_desk.domain.messages import Text
    from legal_desk.services import cases, documents, packets
    from legal_desk.services.demo import load_demo
    from legal_desk.services.errors import ValidationFailed
    from legal_desk.ui.dialogs.packet import PacketDialog
    from legal_desk.ui.errors import error_text
    from tests.conftest import DEMO_TODAY
    from tests.ui.test_documents_ui import execution_cases, lawyer_ctx

    desk = sqlite_desk
    load_demo(desk, actor_for(desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    ctx = lawyer_ctx(desk)
    cid = execution_cases(desk)[2]
    cf = cases.get_case_file(desk, ctx.actor, cid)
    documents.generate_document(desk, ctx.actor, cid, "liquidacion_credito", pdf=False, today=DEMO_TODAY)
    documents.generate_document(desk, ctx.actor, cid, "carta_requerimiento", pdf=False, today=DEMO_TODAY)
    before = cf.due_date - dt.timedelta(days=1)
    spanish = _raised(packets.build_filing_packet, desk, ctx.actor, cid, liquidate_to=before)
    assert str(spanish) == (
        f"La fecha de corte de la liquidación ({before:%d/%m/%Y}) es anterior al vencimiento de la obligación "
        f"{cf.account_ref} ({cf.due_date:%d/%m/%Y}): los intereses moratorios corren desde el día siguiente al "
        "vencimiento. Elija esa fecha o una posterior."
    )

    labels: list[str] = []
    shown = PacketDialog._on_progress
    monkeypatch.setattr(
        PacketDialog, "_on_progress", lambda self, d, t, label: (labels.append(label), shown(self, d, t, label))
    )
    install_language("en")
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    filing = DEMO_TODAY + dt.timedelta(days=10)
    model = dialog.annex_model
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(3)] == ["Annex", "Source", "PDF"]  # were Spanish
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {
        "Evidence",
        "Document generated",
        "Contact log",
    }

    def build(day: dt.date) -> str:
        dialog.cutoff.setDate(QDate(day.year, day.month, day.day))
        with qtbot.waitSignal(dialog.build_failed, timeout=10_000) as refused:
            dialog.build_button.click()
        return str(refused.args[0])

    cut = f"{filing:%d/%m/%Y}"
    assert build(before) == (
        f"The liquidation cut-off date ({before:%d/%m/%Y}) is earlier than the due date of obligation "
        f"{cf.account_ref} ({cf.due_date:%d/%m/%Y}): default interest runs from the day after the due date. "
        "Choose that date or a later one."
    )

    def missing(*_a: Any, **_k: Any) -> Any:
        raise ValidationFailed(Text(M.NO_DEBTOR, ref=cf.account_ref))

    prepare = documents.prepare_document
    monkeypatch.setattr(documents, "prepare_document", missing)
    refused = build(filing)
    assert refused.startswith(f"«Liquidación del crédito» could not be generated with the cut-off at {cut}: ")
    assert refused.removeprefix(f"«Liquidación del crédito» could not be generated with the cut-off at {cut}: ") == (
        error_text(Text(M.NO_DEBTOR, ref=cf.account_ref))
    )
    monkeypatch.setattr(documents, "prepare_document", prepare)

    def no_soffice(*_a: Any, **_k: Any) -> list[Path]:
        raise ConverterUnavailable()

    monkeypatch.setattr(documents, "convert_many", no_soffice)
    refused = build(filing)
    assert refused == (
        f"The PDF of «Liquidación del crédito» could not be generated with the cut-off at {cut}: The DOCX was "
        "generated but not the PDF: LibreOffice (soffice/libreoffice) was not found on this computer, so the PDF "
        "cannot be generated. The DOCX document was generated. Install LibreOffice or set LEGAL_DESK_SOFFICE to "
        "the path of the soffice program.. Leave it out of the packet or install LibreOffice"
    )
    monkeypatch.setattr(packets, "convert_many", no_soffice)
    rows = dialog.annex_model.rows
    dialog.annex_model.set_included(next(r for r, a in enumerate(rows) if a.title.startswith("Carta de")), True)
    monkeypatch.setattr(documents, "convert_many", lambda paths, out, **_k: [_fake_pdf(p, out) for p in paths])
    refused = build(filing)
    assert refused.startswith(
        "«Carta de requerimiento prejudicial (constitución en mora)» is saved only in Word (DOCX)"
    )
    assert f"Generating «Liquidación del crédito» with the cut-off at {cut}" in labels
    assert any(label.startswith("Converting to PDF: ") for label in labels), labels
    assert len(messages) == 4
    _all_english(*(re.sub(r"«[^»]*»", "", m) for m in messages))  # the documents' titles are their own
    assert packets.list_packets(desk, ctx.actor, cid) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "packet_dialog_english_refusal.png"))


def _fake_pdf(docx: Path, out: Path) -> Path:
    """A one-page PDF standing in for LibreOffice's conversion of `docx`."""
    from pypdf import PdfWriter

    out.mkdir(parents=True, exist_ok=True)
    pdf = out / (docx.stem + ".pdf")
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with pdf.open("wb") as f:
        writer.write(f)
    return pdf


def test_a_document_left_without_pdf_warns_in_english(
    qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """Generating a document without LibreOffice: the «PDF not generated» warning of the Documents tab and the
    batch's report are English; the document keeps its Spanish warning for the CLI (JSON)."""
    from legal_desk.documents.pdf import ConverterUnavailable
    from legal_desk.services import documents
    from legal_desk.services.demo import load_demo
    from legal_desk.ui.dialogs.batch_documents import BatchOutcome, report_rows
    from legal_desk.ui.dialogs.generate_document import GenerateChoice
    from legal_desk.ui.views.case_tabs import documents as documents_tab
    from tests.conftest import DEMO_TODAY
    from tests.ui.test_documents_ui import execution_cases, generate_from_tab, lawyer_ctx, open_tab

    def no_soffice(*_a: Any, **_k: Any) -> list[Path]:
        raise ConverterUnavailable()

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    monkeypatch.setattr(documents, "convert_many", no_soffice)
    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", True))
    ctx = lawyer_ctx(sqlite_desk)
    install_language("en")
    _view, tab = open_tab(qtbot, ctx, execution_cases(sqlite_desk)[0])
    doc = generate_from_tab(qtbot, tab)
    assert doc.warning is not None and doc.warning.startswith(
        "Se generó el DOCX pero no el PDF: No se encontró LibreOffice (soffice/libreoffice) en este equipo"
    )
    english = (
        "The DOCX was generated but not the PDF: LibreOffice (soffice/libreoffice) was not found on this computer, "
        "so the PDF cannot be generated. The DOCX document was generated. Install LibreOffice or set "
        "LEGAL_DESK_SOFFICE to the path of the soffice program."
    )
    assert messages == [english]
    report = documents.BatchReport()
    report.generated.append(doc)
    (row,) = report_rows(BatchOutcome(report))
    assert row["detail"] == f"{doc.filename} — {english}"


@pytest.fixture
def english_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """app.main() in English, with the test's private settings (never the user's)."""
    from PySide6.QtCore import QSettings

    import legal_desk.ui.settings as settings_module
    from legal_desk.ui.settings import UiSettings

    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    monkeypatch.setattr(settings_module, "UiSettings", lambda *a, **k: settings)
    monkeypatch.delenv("LEGAL_DESK_DB", raising=False)
    monkeypatch.delenv("LEGAL_DESK_STORE", raising=False)


@pytest.mark.usefixtures("english_start_up")
def test_start_up_says_why_the_database_or_the_files_folder_cannot_be_used_in_english(
    sqlite_desk: Desk, tmp_path: Path, no_modal: list[str]
) -> None:
    """An English user whose database is a folder, another program's file, a damaged file, written by a newer
    version, or whose files folder cannot be written to: the start-up message is English (it was the service's
    Spanish, shown with str()). The CLI keeps the Spanish."""
    import sqlite3

    from sqlalchemy import text

    from legal_desk.app import main
    from legal_desk.config import Config

    folder = tmp_path / "una_carpeta.sqlite3"
    folder.mkdir()
    foreign = tmp_path / "otro.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE clientes (id INTEGER)")
    broken = tmp_path / "danada.sqlite3"
    broken.write_bytes(b"esto no es SQLite " * 100)
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with sqlite_desk.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    sqlite_desk.close()
    newer = sqlite_desk.config.sqlite_path
    store = str(tmp_path / "store")
    for db in (folder, foreign, broken, newer):
        assert main(db=str(db), store=store) == 1
    assert main(db=str(tmp_path / "a.sqlite3"), store=str(blocker / "store")) == 1
    assert no_modal[:3] == [
        f"{folder} is a folder; give the database file",
        f"{foreign} is another program's SQLite database (it does not have the legal_desk schema); choose another file",
        f"{broken} is not a SQLite database (or it is damaged); check --db or LEGAL_DESK_DB",
    ]
    assert no_modal[3].startswith("The database is at schema version ffffffffffff, newer than this application (")
    assert no_modal[4].startswith(f"The files folder {blocker / 'store'} cannot be written to: ")
    assert no_modal[4].endswith(". Choose another folder with --store or in Settings.")
    assert len(no_modal) == 5
    # the services keep their Spanish (CLI, logs)
    with pytest.raises(ServiceError) as spanish:
        Desk.open(Config.load(str(broken), store))
    assert str(spanish.value) == f"{broken} no es una base de datos SQLite (o está dañada); revise --db o LEGAL_DESK_DB"
    unsupported = _raised(Desk.open, Config.load("mysql://x@y/z", store))
    assert str(unsupported).startswith("La base de datos «mysql://x@y/z» no es compatible")
    assert _english(unsupported) == (
        "The database «mysql://x@y/z» is not supported: give the path of a SQLite file or a URL "
        "postgresql+psycopg://user@server/database"
    )


def test_an_import_whose_reader_died_says_so_in_english(
    qapp: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process reading a big file was killed (out of memory…): the bulk import's refusal is English."""
    from legal_desk.domain import messages as M
    from legal_desk.domain.messages import Text
    from legal_desk.importing.background import ReaderCrashed
    from legal_desk.services import intake

    def died(*_a: Any, **_k: Any) -> Any:
        raise ReaderCrashed(Text(M.READER_DIED))

    monkeypatch.setattr(intake, "referral_chunks", died)
    source = tmp_path / "remesa.xlsx"
    source.write_bytes(b"x")
    refused = _raised(intake.import_referrals, sqlite_desk, actor_for(sqlite_desk, "admin"), source)
    assert str(refused) == (
        "Importación de remesa.xlsx interrumpida: el proceso que leía el archivo terminó de forma inesperada; "
        "no se guardó nada"
    )
    assert _english(refused) == (
        "The import of remesa.xlsx was interrupted: the process reading the file ended unexpectedly; nothing was saved"
    )
