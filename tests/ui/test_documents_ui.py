"""Documents tab, filing-packet dialog and batch generation over a demo portfolio (pytest-qt)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog

from legal_desk.domain.lifecycle import Stage
from legal_desk.services import cases, documents, packets
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.evidence import add_evidence
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.batch_documents import BatchDocumentsDialog
from legal_desk.ui.dialogs.generate_document import GenerateChoice, GenerateDocumentDialog, template_rows
from legal_desk.ui.dialogs.packet import PacketDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import documents as documents_tab
from legal_desk.ui.widgets import file_actions
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")
soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice no instalado")


@pytest.fixture
def demo_desk(sqlite_desk: Desk) -> Desk:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    return sqlite_desk


def lawyer_ctx(desk: Desk) -> UiContext:
    s = QSettings(str(Path(desk.config.store_root).parent / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, "lrestrepo"), AppEvents(), UiSettings(s))


def execution_cases(desk: Desk) -> list[int]:
    return documents.cases_in_stage(desk, actor_for(desk, "lrestrepo"), "EXECUTION")


def drain() -> None:
    QThreadPool.globalInstance().waitForDone(30_000)


def open_tab(qtbot: Any, ctx: UiContext, case_id: int) -> tuple[CaseFileView, documents_tab.DocumentsTab]:
    view = CaseFileView(ctx, case_id)
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.tabs.setCurrentWidget(view.documents_tab)
    view.show()
    return view, view.documents_tab


def generate_from_tab(qtbot: Any, tab: documents_tab.DocumentsTab, timeout: int = 10_000) -> documents.DocumentInfo:
    before = tab.last_generated
    tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.worker is None and tab.last_generated is not before, timeout=timeout)
    wait_loaded(qtbot, tab.host)  # the case is re-read in a worker: the new version is then in the table
    assert tab.last_generated is not None
    return tab.last_generated


def test_generate_docx_versions_open_and_save(qtbot, demo_desk, monkeypatch, messages, tmp_path):
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    changed: list[int] = []
    ctx.events.case_changed.connect(changed.append)
    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", False))
    _view, tab = open_tab(qtbot, ctx, cid)
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()

    d1 = generate_from_tab(qtbot, tab)
    d2 = generate_from_tab(qtbot, tab)
    assert (d1.version, d2.version) == (1, 2) and d2.pdf_sha256 is None
    assert changed == [cid, cid] and messages == []
    assert tab.model.rowCount() == 2
    assert [tab.model.index(r, 1).data() for r in range(2)] == ["2", "1"]
    assert tab.model.index(0, 4).data() == "Solo DOCX" and tab.model.index(0, 3).data() == "lrestrepo"
    assert tab.selected()["document_id"] == d2.document_id
    assert "versión 2" in tab.status.text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.open_button.click()  # the named copy is made in a worker, with a progress row, then opened
    assert tab.copy_worker is not None and tab.progress_row.isVisible() and opened == []
    qtbot.waitUntil(lambda: tab.copy_worker is None, timeout=10_000)
    assert not tab.progress_row.isVisible()
    path = Path(opened[0].toLocalFile())
    assert path.name == d2.filename and path.name.endswith("_poder_especial_v2.docx")
    stored = documents.document_path(demo_desk, ctx.actor, d2.document_id, pdf=False)
    assert path.read_bytes() == stored.read_bytes() and path.read_bytes()[:2] == b"PK"

    target = tmp_path / "salida" / "poder.docx"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_: target)
    tab.save_button.click()
    assert tab.copy_worker is not None and tab.progress_row.isVisible()
    tab.open_button.click()  # one copy at a time
    assert messages == ["Espere a que termine la copia en curso"]
    qtbot.waitUntil(lambda: tab.copy_worker is None, timeout=10_000)
    assert target.read_bytes() == stored.read_bytes()
    assert str(target) in tab.status.text() and len(opened) == 1
    drain()


def test_document_copy_failures_and_cancel_are_said(qtbot, demo_desk, monkeypatch, messages, tmp_path):
    """«Guardar como…» into a folder that cannot be written, «Abrir» with no application, «Cancelar»."""
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", False))
    _view, tab = open_tab(qtbot, ctx, cid)
    doc = generate_from_tab(qtbot, tab)
    blocked = tmp_path / "no_es_carpeta"
    blocked.write_text("un archivo, no una carpeta")
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_: blocked / "poder.docx")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.copy_worker is None, timeout=10_000)
    assert messages == [  # not «Error inesperado», and it says what to do
        f"No se pudo copiar a {blocked / 'poder.docx'}: una parte de la ruta es un archivo, no una carpeta; "
        "elija otra carpeta"
    ]
    assert "Guardado" not in tab.status.text()

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    tab.open_button.click()
    qtbot.waitUntil(lambda: tab.copy_worker is None, timeout=10_000)
    assert messages[1] == f"No hay una aplicación para abrir {doc.filename}; use «Guardar como…»."

    # Cancel (pressed before the copy starts here): the copy stops at its first check, no partial file is left
    target = tmp_path / "cancelado" / "poder.docx"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_: target)
    gate = threading.Event()
    real_copy = file_actions.copy_file

    def held_copy(source: Path, to: Path, **kw: Any) -> Path:
        assert gate.wait(10)
        return real_copy(source, to, **kw)

    monkeypatch.setattr(file_actions, "copy_file", held_copy)
    tab.save_button.click()
    tab.progress_row.cancel_button.click()
    assert not tab.progress_row.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: tab.copy_worker is None, timeout=10_000)
    assert not target.exists() and list(target.parent.iterdir()) == [] and len(messages) == 2
    assert not tab.progress_row.isVisible() and tab.copy_worker is None
    drain()


def test_missing_fields_named_in_dialog_and_refusal(qtbot, demo_desk, monkeypatch, messages):
    from sqlalchemy import delete

    from legal_desk.db.models import RatePeriod, RateTableVersion

    # Without a rate table (the demo puts the illustrative one in force) the liquidation cannot be made.
    with demo_desk.uow() as uow:
        uow.session.execute(delete(RatePeriod))
        uow.session.execute(delete(RateTableVersion))
        uow.commit()
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    rows = {r.info.name: r for r in template_rows(ctx, cid)}
    assert rows["liquidacion_credito"].missing == ["liquidación del crédito", "tramos de la liquidación"]
    assert rows["poder_especial"].missing == []
    dialog = GenerateDocumentDialog(list(rows.values()))
    qtbot.addWidget(dialog)
    dialog.select_template("liquidacion_credito")
    dialog.ui.docxRadio.setChecked(True)
    assert dialog.choice() == GenerateChoice("liquidacion_credito", False)
    assert "A este caso le falta: liquidación del crédito" in dialog.ui.detailLabel.text()
    assert dialog.model.index(0, 0).data() == "Carta de requerimiento prejudicial (constitución en mora)"
    dialog.resize(900, 440)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "generate_document_dialog.png"))

    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("liquidacion_credito", False))
    _view, tab = open_tab(qtbot, ctx, cid)
    tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.worker is None and bool(messages), timeout=10_000)
    assert messages == [
        "No se puede generar «Liquidación del crédito»: faltan estos datos del caso: "
        "liquidación del crédito, tramos de la liquidación. Complételos en Términos y tasas → "
        "«Importar tabla de tasas…» (la liquidación necesita las tasas)."
    ]
    assert tab.model.rowCount() == 0 and tab.generate_button.isEnabled()
    drain()


def test_libreoffice_failure_keeps_docx_and_warns(qtbot, demo_desk, monkeypatch, messages):
    from legal_desk.documents.pdf import ConverterUnavailable

    def no_soffice(*_a: Any, **_k: Any) -> list[Path]:
        raise ConverterUnavailable()

    monkeypatch.setattr(documents, "convert_many", no_soffice)
    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", True))
    ctx = lawyer_ctx(demo_desk)
    _view, tab = open_tab(qtbot, ctx, execution_cases(demo_desk)[0])
    doc = generate_from_tab(qtbot, tab)
    assert doc.pdf_sha256 is None and doc.docx_sha256
    assert messages == [f"Se generó el DOCX pero no el PDF: {ConverterUnavailable()}"]
    assert messages[0].startswith("Se generó el DOCX pero no el PDF: No se encontró LibreOffice")
    assert tab.model.rowCount() == 1 and tab.model.index(0, 4).data() == "Solo DOCX"
    drain()


@soffice
def test_generate_pdf_with_libreoffice_and_preview(qtbot, demo_desk, monkeypatch, messages):
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    documents.generate_document(demo_desk, ctx.actor, cid, "carta_requerimiento", pdf=False)
    monkeypatch.setattr(documents_tab, "pick_template", lambda *_: GenerateChoice("poder_especial", True))
    view, tab = open_tab(qtbot, ctx, cid)
    tab.generate_button.click()
    assert tab.busy.isVisible() and not tab.generate_button.isEnabled()
    qtbot.waitUntil(lambda: tab.worker is None and tab.last_generated is not None, timeout=90_000)
    wait_loaded(qtbot, view)
    doc = tab.last_generated
    assert doc is not None and doc.pdf_sha256 and messages == []
    pdf = documents.document_path(demo_desk, ctx.actor, doc.document_id)
    assert "PODER" in PdfReader(str(pdf)).pages[0].extract_text().upper()
    assert tab.model.index(0, 4).data() == "DOCX y PDF"
    qtbot.waitUntil(lambda: tab.preview.kind == "pdf", timeout=20_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "documents_tab.png"))
    drain()


def _build(qtbot: Any, dialog: PacketDialog, timeout: int = 20_000) -> packets.PacketBuild:
    with qtbot.waitSignal(dialog.packet_built, timeout=timeout) as blocker:
        dialog.build_button.click()
    return blocker.args[0]


def test_packet_dialog_excludes_reorders_and_shows_result(qtbot, demo_desk, monkeypatch, messages, tmp_path):
    ctx = lawyer_ctx(demo_desk)
    # a debtor served by e-mail: its file holds no certificates of the citación (art. 291) and aviso (art. 292)
    cid = next(
        c
        for c in execution_cases(demo_desk)
        if not any(n["kind"] == "summons_291" for n in cases.get_case_file(demo_desk, ctx.actor, c).notices)
    )
    documents.generate_document(demo_desk, ctx.actor, cid, "carta_requerimiento", pdf=False)
    debtor = cases.get_case_file(demo_desk, ctx.actor, cid).debtor
    assert debtor is not None
    # The debtor's address went missing: the dialog says the case is not complete (the packet can still be built).
    cases.update_party(demo_desk, ctx.actor, debtor.party_id, cases.PartyUpdate(address=""))
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.annex_model
    sources = ["evidence", "evidence", "evidence", "evidence", "contact_log", "evidence", "document"]
    assert [a.source for a in model.rows] == sources
    assert dialog.missing_box.isVisible()
    assert "Deudor identificado" in dialog.missing_box.text()
    # a document kept only as Word is offered (converted to PDF when the packet is built); this one, a
    # demand letter, is not part of a filing and is left unticked
    assert model.rows[6].docx_only and model.rows[6].include is False
    assert model.index(6, 2).data() == "Word: se convierte al armar"
    assert "se convierte a PDF con LibreOffice" in model.index(6, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(6, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(model.index(6, 0), 2, 10)
    assert model.rows[6].include is True
    model.set_included(6, False)
    title, certificate, power, proof = (model.rows[i].title for i in range(4))
    assert certificate.startswith("Certificado de existencia") and power.startswith("Poder especial")
    model.set_included(1, False)  # leave the certificate, the power of attorney and the liquidation out
    model.set_included(2, False)
    model.set_included(5, False)
    dialog.move_annex(4, -1)  # contact log before the delivery proof
    assert [a.title for a in model.chosen()] == [title, "Bitácora de gestión de cobro prejurídico", proof]

    build = _build(qtbot, dialog)
    assert [a["title"] for a in build.annexes] == [title, "Bitácora de gestión de cobro prejurídico", proof]
    assert [(a["first_page"], a["last_page"]) for a in build.annexes] == [(3, 3), (4, 4), (5, 5)]
    reader = PdfReader(str(build.path))
    assert len(reader.pages) == build.pages == 6  # cover, index, 3 annexes, manifest
    assert "Folio 5" in reader.pages[4].extract_text()
    assert "Manifiesto del expediente" in reader.pages[5].extract_text()
    assert build.missing[0] == "Deudor identificado (documento, dirección y origen del correo): falta dirección"
    # The liquidation was left out, so none was cut for this packet: the demo's own (cut on its «today») is
    # missing as well once the real calendar has left that month behind.
    assert all(m.startswith("Liquidación del crédito a la fecha de radicación: falta") for m in build.missing[1:])
    assert dialog.previous_model.rowCount() == 1
    assert dialog.folio_model.rowCount() == 3 and dialog.folio_model.index(1, 2).data() == "4–4"
    assert build.sha256 in dialog.summary.text() and "6 folios" in dialog.summary.text()
    assert [p["sha256"] for p in packets.list_packets(demo_desk, ctx.actor, cid)] == [build.sha256]
    qtbot.waitUntil(lambda: dialog.preview.kind == "pdf", timeout=20_000)

    target = tmp_path / "paquete.pdf"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda _p, _t, suggested, _f: target)
    dialog.save_button.click()  # copied in a worker: the packet holds every annex
    assert dialog.worker is not None and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert target.read_bytes() == Path(build.path).read_bytes()
    assert dialog.status.text() == f"Guardado en {target}"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert Path(opened[0].toLocalFile()).name.endswith("_paquete_radicacion.pdf")

    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "packet_dialog.png"))
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", str(target), str(SHOTS / "packet_page")], check=True, timeout=60
        )
        assert len(list(SHOTS.glob("packet_page-*.png"))) >= 5
    assert messages == []
    drain()


@soffice
def test_packet_dialog_liquidates_to_the_cut_off_chosen(qtbot, demo_desk, messages):
    """«Liquidación con corte al:» (today by default) goes to the build; before the due date it is refused with
    the documents' message and nothing is saved; the result names the cut-off. The case's liquidación, kept
    only as Word, is offered ticked and generated again to the cut-off, with its PDF."""
    import datetime as dt

    from PySide6.QtCore import QDate

    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[2]
    cf = cases.get_case_file(demo_desk, ctx.actor, cid)
    documents.generate_document(demo_desk, ctx.actor, cid, "liquidacion_credito", pdf=False, today=DEMO_TODAY)
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cutoff.date() == QDate.currentDate() and dialog.cut_off() is None
    assert dialog.cutoff_label.buddy() is dialog.cutoff
    before = cf.due_date - dt.timedelta(days=1)
    dialog.cutoff.setDate(QDate(before.year, before.month, before.day))
    with qtbot.waitSignal(dialog.build_failed, timeout=20_000) as refused:
        dialog.build_button.click()
    assert f"({before:%d/%m/%Y}) es anterior al vencimiento de la obligación {cf.account_ref}" in refused.args[0]
    assert messages == [refused.args[0]] and packets.list_packets(demo_desk, ctx.actor, cid) == []
    filing = DEMO_TODAY + dt.timedelta(days=10)
    dialog.cutoff.setDate(QDate(filing.year, filing.month, filing.day))
    liq = next(a for a in dialog.annex_model.rows if a.title == "Liquidación del crédito")
    assert liq.docx_only and liq.include
    build = _build(qtbot, dialog, timeout=60_000)
    assert build.liquidation_cut_off == filing
    assert build.regenerated == ["Liquidación del crédito (versión 2)"]
    # the list now points at the version just made, with its PDF (it still said «Word: se convierte al armar»)
    row = next(r for r, a in enumerate(dialog.annex_model.rows) if a.title == "Liquidación del crédito")
    newest = documents.list_documents(demo_desk, ctx.actor, cid)[0]
    assert dialog.annex_model.rows[row].key == f"doc:{newest.document_id}" != liq.key
    assert dialog.annex_model.rows[row].include and dialog.annex_model.index(row, 2).data() == "Sí"
    assert f"Liquidación con corte al {filing:%d/%m/%Y}" in dialog.summary.text()
    assert packets.list_packets(demo_desk, ctx.actor, cid)[0]["liquidation_cut_off"] == filing.isoformat()
    qtbot.waitUntil(lambda: dialog.preview.kind == "pdf", timeout=20_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "packet_dialog_cut_off.png"))
    drain()


def test_a_cancel_that_comes_once_the_packet_is_saved_reports_it_saved(qtbot, demo_desk, monkeypatch, messages):
    """Cancel clicked after the build's last check (the packet already listed in the case) used to report
    «Armado cancelado; no se guardó ningún paquete» while the packet was there."""
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    real = packets.build_filing_packet

    def saved_then_cancelled(*args: Any, **kwargs: Any) -> packets.PacketBuild:
        build = real(*args, **kwargs)
        assert dialog.worker is not None
        dialog.worker.cancel()  # the click lands while the result is on its way to the window
        return build

    monkeypatch.setattr(packets, "build_filing_packet", saved_then_cancelled)
    build = _build(qtbot, dialog)
    assert [p["packet_id"] for p in packets.list_packets(demo_desk, ctx.actor, cid)] == [build.packet_id]
    assert dialog.status.text().startswith("Paquete guardado en el expediente")
    assert messages == []
    drain()


def test_encrypted_annex_asks_password_and_retries(qtbot, demo_desk, monkeypatch, messages, tmp_path):
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[1]
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("clave-secreta")
    enc = tmp_path / "extracto_cifrado.pdf"
    with open(enc, "wb") as fh:
        w.write(fh)
    add_evidence(demo_desk, ctx.actor, cid, enc, "other", description="Extracto bancario cifrado")
    answers = iter([("equivocada", True), ("clave-secreta", True)])
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, echo: Any, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        assert echo == __import__("PySide6.QtWidgets").QtWidgets.QLineEdit.EchoMode.Password
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    build = _build(qtbot, dialog, timeout=30_000)
    assert len(asked) == 2
    assert "está cifrado" in asked[0] and "no abrió" in asked[1]
    key = next(a.key for a in dialog.annex_model.rows if "cifrado" in a.title)
    assert dialog.passwords == {key: "clave-secreta"}
    assert any("Extracto bancario cifrado" in a["title"] for a in build.annexes)
    assert messages == []
    drain()



def test_the_password_is_asked_for_the_encrypted_file_among_untitled_evidence(
    qtbot, demo_desk, monkeypatch, messages, tmp_path
):
    """Evidence added without a description is titled by its kind alone: with an unlocked «Otro documento»
    before the encrypted one, the password went to the first and the window asked again and again («La
    contraseña no abrió…») until the user gave up. An e-mail kept as evidence offered a tick that only led
    to a refusal."""
    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[1]
    first = PdfWriter()
    first.add_blank_page(300, 300)
    first.write(tmp_path / "acta.pdf")
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("clave-secreta")
    w.write(tmp_path / "extracto.pdf")
    (tmp_path / "aviso.eml").write_bytes(b"From: a@b.co\r\nTo: c@d.co\r\nSubject: Aviso\r\n\r\nHola\r\n")
    for name in ("acta.pdf", "extracto.pdf", "aviso.eml"):
        add_evidence(demo_desk, ctx.actor, cid, tmp_path / name, "other")
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return ("clave-secreta", True) if len(asked) < 4 else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    dialog = PacketDialog(ctx, cid)
    qtbot.addWidget(dialog)
    model = dialog.annex_model
    row = next(r for r, a in enumerate(model.rows) if a.title == "Otro documento (aviso.eml)")
    assert model.index(row, 2).data() == "No: páselo a PDF"
    assert "imprímalo a PDF" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    model.set_included(row, True)
    assert not model.rows[row].include
    build = _build(qtbot, dialog, timeout=30_000)
    assert asked == ["El anexo «Otro documento (extracto.pdf)» está cifrado. Escriba su contraseña:"]
    key = next(a.key for a in model.rows if a.title == "Otro documento (extracto.pdf)")
    assert dialog.passwords == {key: "clave-secreta"}
    assert {"Otro documento (acta.pdf)", "Otro documento (extracto.pdf)"} <= {a["title"] for a in build.annexes}
    assert messages == []
    drain()

def test_batch_three_cases_one_failing(qtbot, demo_desk, messages, tmp_path):
    ctx = lawyer_ctx(demo_desk)
    law = ctx.actor
    ok_ids = execution_cases(demo_desk)[:2]
    bad = documents.cases_in_stage(demo_desk, law, "EVIDENCE")[0]
    debtor = cases.get_case_file(demo_desk, law, bad).debtor
    assert debtor is not None
    cases.update_party(demo_desk, law, debtor.party_id, cases.PartyUpdate(address=""))  # no address to serve
    seen: list[int] = []
    ctx.events.cases_changed.connect(lambda: seen.append(1))
    dialog = BatchDocumentsDialog(ctx, None, case_ids=[ok_ids[0], bad, ok_ids[1]])
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    assert not dialog.ui.stageCombo.isVisible() and dialog.ui.casesLabel.text() == "3 expedientes seleccionados"
    dialog.select_template("demanda_ejecutiva")
    dialog.ui.pdfCheck.setChecked(False)
    dialog.ui.folderEdit.setText(str(tmp_path / "lote"))
    with qtbot.waitSignal(dialog.batch_finished, timeout=20_000) as blocker:
        dialog.run_button.click()
    outcome = blocker.args[0]
    assert sorted(d.case_id for d in outcome.report.generated) == sorted(ok_ids)
    assert outcome.report.failed == [
        {
            "case": str(bad),
            "error": "No se puede generar «Demanda ejecutiva singular»: faltan estos datos del caso: "
            "dirección del deudor. Complételos en Partes → «Editar…» (deudor).",
            "account_ref": cases.get_case_file(demo_desk, law, bad).account_ref,
        }
    ]
    assert sorted(p.name for p in (tmp_path / "lote").iterdir()) == sorted(d.filename for d in outcome.report.generated)
    assert dialog.report_model.rowCount() == 3
    assert dialog.report_model.index(2, 1).data() == "Falló"
    assert "dirección del deudor" in dialog.report_model.index(2, 2).data()
    assert dialog.ui.summaryLabel.text().startswith("Generados: 2 · Fallidos: 1")
    assert seen == [1] and messages == []
    for cid in ok_ids:
        assert [d.template for d in documents.list_documents(demo_desk, ctx.actor, cid)] == ["demanda_ejecutiva"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "batch_documents.png"))
    drain()


def test_batch_by_stage_lists_counts(qtbot, demo_desk):
    ctx = lawyer_ctx(demo_desk)
    dialog = BatchDocumentsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.ui.stageCombo
    # counted in a worker (one query per stage took ~1.5 s of a frozen window on 100,000 cases)
    assert dialog.stages_pending() and not combo.isEnabled() and not dialog.run_button.isEnabled()
    assert combo.currentText() == "Contando los expedientes de cada etapa…"
    qtbot.waitUntil(lambda: not dialog.stages_pending(), timeout=10_000)
    assert combo.isEnabled() and combo.count() == len(Stage)
    expected = len(execution_cases(demo_desk))
    i = combo.findData("EXECUTION")
    assert combo.itemText(i).endswith(f"({expected})") and expected > 0  # the demo depends on today's date
    dialog.select_stage("EXECUTION")
    assert dialog.chosen_cases() == execution_cases(demo_desk)
    assert dialog.ui.casesLabel.text() == f"{expected} expedientes" and dialog.run_button.isEnabled()
    empties = [i for i in range(combo.count()) if combo.itemText(i).endswith("(0)")]
    assert empties, "a 60-case demo leaves some stage empty"
    assert all(not combo.model().item(i).isEnabled() for i in empties)
    by_stage = documents.case_ids_by_stage(demo_desk, ctx.actor)
    for stage in Stage:  # each stage as a query of its own gives the same lists
        assert by_stage.get(stage.value, []) == documents.cases_in_stage(demo_desk, ctx.actor, stage.value)
    dialog.close()
    collections = actor_for(demo_desk, "dsuarez")  # collections: only the cases it handed over
    mine = documents.case_ids_by_stage(demo_desk, collections)
    assert mine and sum(map(len, mine.values())) < sum(map(len, by_stage.values()))
    assert all(ids == documents.cases_in_stage(demo_desk, collections, st) for st, ids in mine.items())


def test_templates_dialog_opens_a_template_and_an_admin_makes_them_the_desks_own(
    qtbot, demo_desk, monkeypatch, tmp_path
):
    from legal_desk.ui.dialogs.templates import TemplatesDialog

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    lawyer = TemplatesDialog(lawyer_ctx(demo_desk))
    qtbot.addWidget(lawyer)
    assert lawyer.table.rowCount() == len(documents.desk_templates(demo_desk)) >= 8
    assert not lawyer.customize_button.isVisibleTo(lawyer)  # a desk-wide setting: the admin's
    assert lawyer.open_selected() and opened[-1].toLocalFile().endswith(".docx")
    assert "una actualización las reemplaza" in lawyer.where.text()
    assert "se perderían" in lawyer.status.text()

    s = QSettings(str(tmp_path / "admin.ini"), QSettings.Format.IniFormat)
    admin = TemplatesDialog(UiContext(demo_desk, actor_for(demo_desk, "admin"), AppEvents(), UiSettings(s)))
    qtbot.addWidget(admin)
    target = admin.customize(tmp_path / "despacho")
    assert target is not None and (target / "demanda_ejecutiva.docx").is_file()
    assert "propias del despacho" in admin.where.text() and admin.program_button.isEnabled()
    assert admin.open_selected() and Path(opened[-1].toLocalFile()).parent == target
    admin.resize(760, 420)
    admin.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    admin.grab().save(str(SHOTS / "templates_dialog.png"))
    admin.use_program()
    assert "una actualización las reemplaza" in admin.where.text()


def test_templates_folder_this_computer_cannot_reach_is_said_not_replaced(qtbot, demo_desk, monkeypatch, tmp_path):
    """On a shared server the templates setting is the team's: a folder on another computer's disk is named."""
    import shutil

    from legal_desk.ui.dialogs.templates import TemplatesDialog

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    admin_actor = actor_for(demo_desk, "admin")
    documents.customize_templates(demo_desk, admin_actor, tmp_path / "en_otro_pc")
    shutil.rmtree(tmp_path / "en_otro_pc")  # what a second desk sees: the path is not there
    s = QSettings(str(tmp_path / "admin.ini"), QSettings.Format.IniFormat)
    dialog = TemplatesDialog(UiContext(demo_desk, admin_actor, AppEvents(), UiSettings(s)))
    qtbot.addWidget(dialog)
    assert str(tmp_path / "en_otro_pc") in dialog.where.text() and "no encuentra" in dialog.where.text()
    assert dialog.table.rowCount() == 0 and dialog.program_button.isEnabled()
    dialog.customize(tmp_path / "compartida")  # the admin picks a folder every desk sees
    assert "propias del despacho" in dialog.where.text() and dialog.table.rowCount() >= 8


def test_the_generate_dialog_lets_the_user_choose_the_liquidation_cut_off(qtbot, demo_desk):
    """«Liquidación con corte al:» defaults to today (the service's default) and carries a chosen date."""
    import datetime as dt

    from PySide6.QtCore import QDate

    ctx = lawyer_ctx(demo_desk)
    cid = execution_cases(demo_desk)[0]
    dialog = GenerateDocumentDialog(template_rows(ctx, cid))
    qtbot.addWidget(dialog)
    dialog.select_template("liquidacion_credito")
    assert dialog.cutoff.date() == QDate.currentDate()
    assert dialog.choice() == GenerateChoice("liquidacion_credito", True, None)
    dialog.cutoff.setDate(QDate(2026, 12, 15))
    assert dialog.choice() == GenerateChoice("liquidacion_credito", True, dt.date(2026, 12, 15))
    dialog.resize(900, 440)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "generate_document_cutoff.png"))
