"""Pruebas tab and file preview as a paralegal uses them: odd files, duplicates, open/save/verify, cancel."""

from __future__ import annotations

import datetime as dt
import os
import threading
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from legal_desk.documents import office_preview
from legal_desk.documents.pdf import ConverterUnavailable, converter_available
from legal_desk.services import evidence
from legal_desk.services.desk import Desk
from legal_desk.store import human_size
from legal_desk.ui.dialogs.records import EvidenceKindValues
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs import evidence as evidence_tab
from legal_desk.ui.widgets import file_actions
from legal_desk.ui.widgets import preview as preview_module
from legal_desk.ui.widgets.preview import (
    MAX_IMAGE_SIDE,
    MAX_PDF_PAGES,
    FilePreview,
    conversion_pool,
    decode_text,
    eml_text,
    msg_date,
)
from tests.outlook_msg import write_msg
from tests.ui.helpers import settle, wait_loaded
from tests.ui.test_case_file import SHOTS, ctx_for, drop_files, hand_over, make_pdf


def make_pages(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages (each a copy of a one-page title)."""
    one = PdfReader(make_pdf(path.with_name("one_" + path.name), "Extracto"))
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(one.pages[0])
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def preview(qtbot: Any) -> FilePreview:
    widget = FilePreview()
    qtbot.addWidget(widget)
    widget.resize(500, 650)
    widget.show()
    return widget


def test_email_with_unknown_charset_or_only_html_is_shown_as_text(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    odd = tmp_path / "respuesta.eml"
    odd.write_bytes(
        b"From: deudor@example.com\nTo: cobranza@banco.co\nSubject: Re: cobro\n"
        b"Content-Type: text/plain; charset=x-desconocido\n\nPagar\xe9 el viernes\n"
    )
    html = EmailMessage()
    html["From"] = "notificaciones@472.com.co"
    html["To"] = "cobranza@banco.co"
    html["Subject"] = "Certificado de entrega"
    html.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>Su env&iacute;o <b>RA123CO</b> fue "
        "entregado.</p><p>Recibi&oacute;: portería</p></body></html>",
        subtype="html",
    )
    cert = tmp_path / "certificado.eml"
    cert.write_bytes(bytes(html))
    widget = preview(qtbot)
    widget.show_file(odd)  # used to raise LookupError out of the selection slot
    assert widget.kind == "loading"  # read in a worker: a 30 MB e-mail with scans took ~1 s
    qtbot.waitUntil(lambda: widget.kind == "text", timeout=10_000)
    assert widget._text.toPlainText() == (
        "De: deudor@example.com\nPara: cobranza@banco.co\nAsunto: Re: cobro\n\nPagaré el viernes\n"
    )
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(cert)
    text = widget._text.toPlainText()
    assert text.endswith("Su envío RA123CO fue entregado.\n\nRecibió: portería")  # no tags, no CSS, entities decoded
    assert "<" not in text and "color:red" not in text
    assert eml_text(cert, {"Subject": "Subject"}).splitlines()[2] == "Subject: Certificado de entrega"


def test_email_shows_its_date_as_in_colombia_and_attachment_sizes(
    qtbot: Any, tmp_path: Path, spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The .eml showed «Fecha: Fri, 14 Mar 2025 20:30:00 +0000» and bare attachment names, unlike a .msg."""
    import time

    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    mail = EmailMessage()
    mail["From"] = "Servientrega <notificaciones@servientrega.com>"
    mail["To"] = "cobranza@banco.co"
    mail["Subject"] = "Certificado de entrega guía 9123456"
    mail["Date"] = "Fri, 14 Mar 2025 20:30:00 +0000"
    mail.set_content("Adjuntamos el certificado.")
    mail.add_attachment(b"%PDF-1.4 " + b"x" * 4000, maintype="application", subtype="pdf", filename="certificado.pdf")
    path = tmp_path / "certificado.eml"
    path.write_bytes(bytes(mail))
    try:
        widget = preview(qtbot)
        with qtbot.waitSignal(widget.loaded, timeout=10_000):
            widget.show_file(path)
        lines = widget._text.toPlainText().splitlines()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert lines[2] == "Fecha: 14/03/2025 15:30 (UTC-05:00)"
    assert lines[4] == "Adjuntos: certificado.pdf (4 KB)"
    assert lines[-1] == "Adjuntamos el certificado."


def test_an_iphone_heic_photo_is_not_called_unreadable(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """A HEIC photo stored as image/heic said «no se pudo leer la imagen», as if the evidence were damaged."""
    photo = tmp_path / "IMG_0412.HEIC"
    photo.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    widget = preview(qtbot)
    for media_type in ("image/heic", None):
        widget.show_file(photo, media_type=media_type)
        if preview_module.heif_readable():  # pragma: no cover - a Qt with a HEIF plugin decodes it in the worker
            continue
        assert widget.kind == "none"
        assert widget._none.text() == (
            "Sin vista previa de IMG_0412.HEIC: las fotos HEIC del iPhone no se pueden mostrar en este equipo. "
            "Ábrala con la aplicación del sistema o pida la foto en JPG."
        )


def test_windows_1252_text_is_read_as_written(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """A Notepad «ANSI» file showed «Se�or Jos� P�rez»."""
    sentence = "Señor José Pérez pagó $1.250.000 — cédula nº 79.123.456"
    assert decode_text(sentence.encode("cp1252")) == sentence
    assert decode_text(sentence.encode("utf-8")) == sentence
    assert decode_text(b"\xef\xbb\xbf" + sentence.encode("utf-8")) == sentence
    assert decode_text(sentence.encode("utf-16")) == sentence
    assert decode_text(sentence.encode("utf-8")[:2]) == "Se"  # a character cut by the size limit is dropped
    acta = tmp_path / "acta.txt"
    acta.write_bytes(sentence.encode("cp1252"))
    widget = preview(qtbot)
    widget.show_file(acta)
    assert widget.kind == "loading"
    qtbot.waitUntil(lambda: widget.kind == "text", timeout=10_000)
    assert widget._text.toPlainText() == sentence
    widget.grab().save(str(SHOTS / "preview_text_cp1252.png"))


def test_zip_lists_the_files_it_holds(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """A .zip of supports from the bank said only «Sin vista previa para soportes.zip»."""
    import zipfile

    path = tmp_path / "soportes.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("pagaré.pdf", (2025, 3, 14, 10, 30, 0)), b"%PDF" + b"x" * 5000)
        archive.writestr(zipfile.ZipInfo("fotos/", (2025, 3, 14, 10, 30, 0)), b"")
        archive.writestr(zipfile.ZipInfo("CXDULA.pdf", (2025, 3, 15, 8, 0, 0)), b"y" * 2000)
        archive.writestr(zipfile.ZipInfo("clave.xlsx", (2025, 3, 16, 9, 5, 0)), b"z" * 100)
    # Windows' «Enviar a carpeta comprimida» writes names in the DOS code page (850), without the UTF-8 flag
    data = bytearray(path.read_bytes().replace(b"CXDULA", "CÉDULA".encode("cp850")))
    for header, name_at, flags_at in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):  # mark clave.xlsx encrypted
        name = next(
            i for i in range(len(data)) if data.startswith(header, i - name_at) and data.startswith(b"clave", i)
        )
        data[name - name_at + flags_at] |= 0x1
    path.write_bytes(bytes(data))
    widget = preview(qtbot)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(path, media_type="application/zip")
    assert widget.kind == "text"
    assert widget._text.toPlainText().splitlines() == [
        "Archivo comprimido: 3 archivos, 7 KB al descomprimir",
        "",
        "pagaré.pdf · 5 KB · 14/03/2025 10:30",
        "CÉDULA.pdf · 2 KB · 15/03/2025 08:00",
        "clave.xlsx · 100 B · 16/03/2025 09:05 · protegido con contraseña",
    ]
    widget.grab().save(str(SHOTS / "preview_zip.png"))
    broken = tmp_path / "roto.zip"
    broken.write_bytes(path.read_bytes()[:300])
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(broken)
    assert widget.kind == "none"
    assert widget._none.text() == (
        "Sin vista previa de roto.zip: el archivo .zip está dañado o incompleto; pida al remitente una copia nueva"
    )


def test_a_zip_in_a_compression_python_cannot_read_still_lists_its_files(
    qtbot: Any, tmp_path: Path, spanish: None
) -> None:
    """WinZip's AES (method 99) cannot be unpacked here, but the listing reads only the directory: not «dañado»."""
    import struct
    import zipfile

    path = tmp_path / "soportes_aes.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("extracto.pdf", (2025, 3, 14, 10, 30, 0)), b"x" * 100)
    data = bytearray(path.read_bytes())
    data[8:10] = struct.pack("<H", 99)  # local header's compression method
    central = data.find(b"PK\x01\x02")
    data[central + 10 : central + 12] = struct.pack("<H", 99)  # and the central directory's
    path.write_bytes(bytes(data))
    widget = preview(qtbot)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(path, media_type="application/zip")
    assert widget.kind == "text"
    assert widget._text.toPlainText().splitlines()[2] == "extracto.pdf · 100 B · 14/03/2025 10:30"


def test_encrypted_and_damaged_pdfs_say_why_in_spanish(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    plain = make_pdf(tmp_path / "extracto.pdf", "Extracto bancario")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="banco123", owner_password="propietario", algorithm="RC4-128")
    locked = tmp_path / "extracto_cifrado.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    cut = tmp_path / "pagare_incompleto.pdf"
    cut.write_bytes(plain.read_bytes()[:300])
    widget = preview(qtbot)
    widget.show_file(locked)
    assert widget.kind == "loading"
    qtbot.waitUntil(lambda: widget.kind == "none", timeout=20_000)
    assert widget._none.text() == (
        "Sin vista previa de extracto_cifrado.pdf: el PDF está protegido con contraseña; "
        "ábralo con la aplicación del sistema"
    )
    widget.grab().save(str(SHOTS / "preview_encrypted_pdf.png"))
    widget.show_file(cut)
    qtbot.waitUntil(lambda: widget._none.text().startswith("Sin vista previa de pagare_incompleto"), timeout=20_000)
    assert widget._none.text().endswith("el PDF está dañado o incompleto; pida al remitente una copia nueva")
    assert "pdftoppm" not in widget._none.text() and "Command" not in widget._none.text()


def test_a_slow_pdf_does_not_replace_the_file_selected_after_it(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    pdf = make_pages(tmp_path / "expediente.pdf", MAX_PDF_PAGES + 3)
    img = tmp_path / "foto.png"
    Image.new("RGB", (300, 400), "white").save(img)
    widget = preview(qtbot)
    widget.show_file(pdf)  # pages render in a worker…
    widget.show_file(img)  # …while the user already moved on to a photo
    settle(qtbot)
    assert widget.kind == "image" and widget._stack.currentWidget() is widget._image
    widget.show_file(pdf)
    qtbot.waitUntil(lambda: widget.kind == "pdf", timeout=20_000)
    assert len(widget._page_labels) == MAX_PDF_PAGES
    assert all(not label.pixmap().isNull() for label in widget._page_labels)
    assert (
        widget.note()
        == f"Se muestran las primeras {MAX_PDF_PAGES} de {MAX_PDF_PAGES + 3} páginas; ábralo para ver el resto."
    )


def test_every_page_of_a_multipage_tiff_is_shown(
    qtbot: Any, tmp_path: Path, spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A courier's proof-of-delivery scan showed page 1 and «ábralo … para ver las demás»: the signed page was
    often the second or third."""
    tif = tmp_path / "prueba_entrega.tif"
    colours = ("white", "lightblue", "lightyellow")
    pages = [Image.new("RGB", (850 + 10 * i, 1100), c) for i, c in enumerate(colours)]
    pages[0].save(tif, save_all=True, append_images=pages[1:], compression="tiff_lzw")
    widget = preview(qtbot)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(tif)
    assert widget.kind == "image"
    assert widget._stack.currentWidget() is widget._pages
    assert [pix.toImage().pixelColor(5, 5).name() for pix in widget._page_pixmaps] == ["#ffffff", "#add8e6", "#ffffe0"]
    assert [pix.width() for pix in widget._page_pixmaps] == [850, 860, 870]
    assert all(not label.pixmap().isNull() for label in widget._page_labels)
    assert widget.note() == "3 páginas"
    widget.grab().save(str(SHOTS / "preview_tiff_pages.png"))
    monkeypatch.setattr(preview_module, "MAX_TIFF_PAGES", 2)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(tif)
    assert len(widget._page_labels) == 2
    assert widget.note() == "Se muestran las primeras 2 de 3 páginas; ábralo para ver el resto."
    one = tmp_path / "foto.png"
    Image.new("RGB", (300, 200), "orange").save(one)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_file(one)  # a one-page image is shown fitted, not as pages
    assert widget._stack.currentWidget() is widget._image and widget.note() == ""


def test_a_600_dpi_scan_is_decoded_off_the_ui_thread_and_scaled_down(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """Selecting a big scan in «Pruebas» (or opening a case whose last evidence is one) froze the window ~2 s."""
    scan = tmp_path / "pagare_600dpi.jpg"
    Image.new("RGB", (4960, 7016), "white").save(scan, quality=80)
    widget = preview(qtbot)
    widget.show_file(scan)
    assert widget.kind == "loading" and widget._none.text() == "Preparando la vista previa…"  # returned at once
    qtbot.waitUntil(lambda: widget.kind == "image", timeout=10_000)
    assert widget._pixmap is not None
    assert max(widget._pixmap.width(), widget._pixmap.height()) == MAX_IMAGE_SIDE  # not 7,016 px in memory
    assert abs(widget._pixmap.width() - 4960 * MAX_IMAGE_SIDE / 7016) <= 1  # the same proportions
    bad = tmp_path / "roto.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n no es una imagen")
    widget.show_file(bad)
    qtbot.waitUntil(lambda: widget.kind == "none", timeout=10_000)
    assert widget._none.text() == "Sin vista previa: no se pudo leer la imagen roto.png"


@pytest.fixture
def paralegal_view(qtbot: Any, sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> CaseFileView:
    monkeypatch.setattr(
        evidence_tab, "pick_evidence_kind", lambda *_: EvidenceKindValues("title", dt.date(2024, 1, 15), None)
    )
    view = CaseFileView(ctx_for(sqlite_desk, "dependiente"), hand_over(sqlite_desk))
    wait_loaded(qtbot, view)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.tabs.setCurrentWidget(view.evidence_tab)
    return view


def test_a_batch_adds_the_good_files_and_lists_each_refused_one(
    qtbot: Any, paralegal_view: CaseFileView, tmp_path: Path, messages: list[str], spanish: None
) -> None:
    tab = paralegal_view.evidence_tab
    pagare = make_pdf(tmp_path / "pagare.pdf", "PAGARÉ")
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [pagare])
    fake = tmp_path / "poder.pdf"
    fake.write_bytes(b"\xff\xd8\xff\xe0 una foto con nombre de PDF")
    again = tmp_path / "pagare (1).pdf"
    again.write_bytes(pagare.read_bytes())
    certificate = make_pdf(tmp_path / "certificado.pdf", "CERTIFICADO")
    messages.clear()
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000) as added:
        drop_files(tab, [fake, again, certificate])
    assert added.args == [1]
    settle(qtbot)
    assert [r["filename"] for r in tab.model.records()] == ["pagare.pdf", "certificado.pdf"]
    assert len(messages) == 1
    lines = messages[0].splitlines()
    assert lines[0] == "Se agregaron 1 de 3 archivos. No se agregaron:"
    assert lines[1] == "• poder.pdf no es un archivo PDF válido aunque su extensión lo diga"
    assert lines[2].startswith("• pagare (1).pdf ya está en el expediente: es la prueba «pagare.pdf»")
    assert not tab.progress_row.isVisible() and tab.worker is None


def test_open_save_and_verify_the_stored_file(
    qtbot: Any,
    paralegal_view: CaseFileView,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    spanish: None,
) -> None:
    tab = paralegal_view.evidence_tab
    pagare = make_pdf(tmp_path / "pagare_PG-77.pdf", "PAGARÉ PG-77")
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [pagare])
    settle(qtbot)
    row = tab.selected()
    assert row["filename"] == "pagare_PG-77.pdf"
    sha = row["sha256"]
    assert tab.model.data(tab.model.index(0, 5)) == sha[:12] + "…"
    assert f"SHA-256: {sha}" in tab.model.data(tab.model.index(0, 1), role=3)  # the tooltip has the whole hash
    assert tab.model.data(tab.model.index(0, 3)) == human_size(pagare.stat().st_size)  # «2 KB», not bytes/1024
    tab.grab().save(str(SHOTS / "case_evidence_sha256.png"))

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.open_button.click()  # the named copy is made in a worker
    settle(qtbot)
    shown = Path(opened[0].toLocalFile())
    assert shown.name == "pagare_PG-77.pdf"  # not the store's extension-less hash name
    assert shown.read_bytes() == pagare.read_bytes()
    assert shown != paralegal_view.ctx.desk.store.path_for(sha)

    target = tmp_path / "salida" / "copia_pagare"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_a: target)
    tab.save_button.click()
    settle(qtbot)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == pagare.read_bytes()
    assert messages[-1] == f"Copia guardada en {saved}"
    assert [p.name for p in saved.parent.iterdir()] == ["copia_pagare.pdf"]  # no partial copy left beside it

    tab.verify_button.click()
    settle(qtbot)
    assert messages[-1].startswith("«pagare_PG-77.pdf» está íntegro: su SHA-256 coincide con el registrado")
    stored = paralegal_view.ctx.desk.store.path_for(sha)
    stored.chmod(0o644)
    stored.write_bytes(b"%PDF-1.4 cambiado")
    tab.verify_button.click()
    settle(qtbot)
    assert messages[-1].startswith("«pagare_PG-77.pdf» NO coincide con lo registrado: el contenido cambió")
    ctx = paralegal_view.ctx
    assert evidence.verify_evidence(ctx.desk, ctx.actor, row["evidence_id"])[1] is not None


def test_cancel_while_adding_leaves_the_window_usable(
    qtbot: Any,
    paralegal_view: CaseFileView,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    spanish: None,
) -> None:
    tab = paralegal_view.evidence_tab
    real_start = evidence_tab.start

    def cancel_then_start(worker: Any) -> Any:
        assert tab.progress_row.isVisible() and tab.cancel_button.isEnabled()
        tab.cancel_button.click()  # the user presses Cancelar before the first file is copied
        return real_start(worker)

    monkeypatch.setattr(evidence_tab, "start", cancel_then_start)
    files = [make_pdf(tmp_path / f"anexo_{i}.pdf", f"ANEXO {i}") for i in range(3)]
    tab.add_files(files)
    settle(qtbot)
    assert tab.worker is None and not tab.progress_row.isVisible()
    assert messages == ["Se canceló la carga; los archivos ya agregados quedan en el expediente."]
    assert tab.model.rowCount() == 0
    assert [p for p in paralegal_view.ctx.desk.store.root.rglob("*") if p.is_file()] == []


def test_receipt_dialog_offers_no_future_date(qtbot: Any, spanish: None) -> None:
    from PySide6.QtCore import QDate

    from legal_desk.ui.dialogs.records import ReceiptDialog

    dialog = ReceiptDialog(None, "Carta de cobro enviada el 01/07/2025", dt.date(2025, 7, 1))
    qtbot.addWidget(dialog)
    dialog.dateEdit.setDate(QDate.currentDate().addDays(40))
    assert dialog.dateEdit.date() == QDate.currentDate()


def test_saving_a_copy_of_a_big_scan_runs_in_a_worker_and_cancel_leaves_no_partial_file(
    qtbot: Any,
    paralegal_view: CaseFileView,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    spanish: None,
) -> None:
    """«Guardar copia…» of a 200 MB scan copied it on the UI thread; now with progress and Cancelar."""
    tab = paralegal_view.evidence_tab
    scan = tmp_path / "escaneo_expediente.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(5 * 1024 * 1024))
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [scan])
    settle(qtbot)
    target = tmp_path / "usb" / "copia.pdf"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_a: target)
    real_start = evidence_tab.start

    def start(worker: Any) -> Any:
        real_progress = worker._progress

        def progress(done: int, total: int, label: str) -> None:
            if 0 < done < total:
                worker.cancel()  # the user's Cancelar, arriving half-way through the copy
            real_progress(done, total, label)

        worker._progress = progress
        return real_start(worker)

    monkeypatch.setattr(evidence_tab, "start", start)
    messages.clear()
    tab.save_button.click()
    assert tab.worker is not None and not tab.progress_row.isHidden()  # the click returned at once
    assert tab.progress.format().startswith("Copiando copia.pdf…")
    settle(qtbot)
    assert tab.worker is None and tab.progress_row.isHidden() and messages == []
    assert list(target.parent.iterdir()) == []  # neither the copy nor a partial one
    monkeypatch.setattr(evidence_tab, "start", real_start)
    tab.save_button.click()
    settle(qtbot)
    assert target.read_bytes() == scan.read_bytes()
    assert messages == [f"Copia guardada en {target}"]


@pytest.mark.libreoffice
@pytest.mark.skipif(not converter_available(), reason="LibreOffice (soffice) no está instalado en PATH")
def test_word_and_outlook_evidence_are_previewed(
    qtbot: Any, paralegal_view: CaseFileView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    tab = paralegal_view.evidence_tab
    acuerdo = Document()
    acuerdo.add_heading("ACUERDO DE PAGO", level=1)
    acuerdo.add_paragraph("Marta Lucía Gómez Pardo pagará $ 1.250.000 el 21 de marzo de 2025 (pagaré PG-2024-77).")
    acuerdo.save(str(tmp_path / "acuerdo_pago.docx"))
    respuesta = write_msg(
        tmp_path / "respuesta_deudora.msg",
        sender=("Marta Lucía Gómez Pardo", "marta.gomez@example.com"),
        to=[("Cobranza Banco Andino", "cobranza@bancoandino.co")],
        subject="Re: Pagaré PG-2024-77 — propuesta de pago",
        body="Buenos días,\r\nAdjunto el comprobante del primer abono.\r\nMarta Lucía",
        sent=dt.datetime(2025, 3, 14, 15, 30, tzinfo=dt.UTC),
        attachments=[("comprobante_abono.pdf", make_pdf(tmp_path / "c.pdf", "COMPROBANTE").read_bytes())],
    )
    with qtbot.waitSignal(tab.evidence_added, timeout=10_000):
        drop_files(tab, [tmp_path / "acuerdo_pago.docx", respuesta])
    settle(qtbot)
    names = [r["filename"] for r in tab.model.records()]
    assert names == ["acuerdo_pago.docx", "respuesta_deudora.msg"]
    stored = {r["filename"]: paralegal_view.ctx.desk.store.path_for(r["sha256"]) for r in tab.model.records()}
    docx_bytes = stored["acuerdo_pago.docx"].read_bytes()

    tab.select_row(0)  # the Word file: converted by LibreOffice in a worker, the window stays usable
    assert tab.preview.kind == "loading"
    assert tab.preview._none.text().startswith("Convirtiendo acuerdo_pago.docx a PDF con LibreOffice")
    tab.grab().save(str(SHOTS / "case_evidence_docx_converting.png"))
    qtbot.waitUntil(lambda: tab.preview.kind == "pdf", timeout=60_000)
    assert len(tab.preview._page_labels) == 1 and not tab.preview._page_labels[0].pixmap().isNull()
    assert tab.preview.note() == "Vista previa en PDF hecha con LibreOffice: la paginación puede diferir del original."
    tab.grab().save(str(SHOTS / "case_evidence_docx_preview.png"))

    tab.select_row(1)  # the Outlook e-mail: headers, attachments and body, read in a worker
    qtbot.waitUntil(lambda: tab.preview.kind == "text", timeout=10_000)
    assert tab.preview._text.toPlainText().splitlines() == [
        "De: Marta Lucía Gómez Pardo <marta.gomez@example.com>",
        "Para: Cobranza Banco Andino <cobranza@bancoandino.co>",
        "Fecha: " + msg_date(dt.datetime(2025, 3, 14, 15, 30, tzinfo=dt.UTC)),
        "Asunto: Re: Pagaré PG-2024-77 — propuesta de pago",
        "Adjuntos: comprobante_abono.pdf (2 KB)",
        "",
        "Buenos días,",
        "Adjunto el comprobante del primer abono.",
        "Marta Lucía",
    ]
    tab.grab().save(str(SHOTS / "case_evidence_msg_preview.png"))

    def no_libreoffice(*_a: Any, **_k: Any) -> Path:
        raise AssertionError("the second preview must come from the cache")

    monkeypatch.setattr(office_preview, "convert_one", no_libreoffice)
    tab.select_row(0)  # back to the Word file: from the cache, no second conversion
    assert not tab.preview._none.text().startswith("Convirtiendo")
    qtbot.waitUntil(lambda: tab.preview.kind == "pdf", timeout=20_000)
    assert stored["acuerdo_pago.docx"].read_bytes() == docx_bytes  # evidence unchanged
    ctx = paralegal_view.ctx
    assert all(evidence.verify_evidence(ctx.desk, ctx.actor, r["evidence_id"])[1] is None for r in tab.model.records())


def test_office_preview_problems_are_said_and_a_stale_conversion_is_dropped(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    sheet = tmp_path / "abonos.xlsx"
    sheet.write_bytes(b"PK\x03\x04 hoja")
    monkeypatch.setattr(office_preview, "find_soffice", lambda: (_ for _ in ()).throw(ConverterUnavailable()))
    widget = preview(qtbot)
    widget.show_file(sheet)
    qtbot.waitUntil(lambda: widget.kind == "none", timeout=10_000)
    assert widget._none.text() == (
        "Sin vista previa de abonos.xlsx: LibreOffice no está instalado en este equipo; instálelo para ver aquí "
        "los documentos de Word y Excel, o ábralo con la aplicación del sistema"
    )
    widget.grab().save(str(SHOTS / "preview_office_without_libreoffice.png"))

    release = threading.Event()

    def slow_conversion(_copy: Path, target: Path, **_k: Any) -> Path:
        release.wait(10)
        target.write_bytes(make_pdf(tmp_path / "hoja.pdf", "HOJA").read_bytes())
        return target

    monkeypatch.setattr(office_preview, "find_soffice", lambda: Path("/usr/bin/soffice"))
    monkeypatch.setattr(office_preview, "calc_available", lambda: True)
    monkeypatch.setattr(office_preview, "convert_one", slow_conversion)
    img = tmp_path / "foto.png"
    Image.new("RGB", (300, 400), "white").save(img)
    widget.show_file(sheet)  # LibreOffice busy with the spreadsheet…
    assert widget.kind == "loading"
    widget.show_file(img)  # …while the user already moved on to a photo
    release.set()
    conversion_pool().waitForDone()
    settle(qtbot)
    assert widget.kind == "image" and widget._stack.currentWidget() is widget._image


def test_closing_the_case_file_while_a_conversion_runs_is_harmless(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    import shiboken6

    release = threading.Event()
    converted: list[Path] = []

    def slow_conversion(_copy: Path, target: Path, **_k: Any) -> Path:
        release.wait(10)
        target.write_bytes(make_pdf(tmp_path / "acta.pdf", "ACTA").read_bytes())
        converted.append(target)
        return target

    monkeypatch.setattr(office_preview, "find_soffice", lambda: Path("/usr/bin/soffice"))
    monkeypatch.setattr(office_preview, "convert_one", slow_conversion)
    doc = tmp_path / "acta.docx"
    doc.write_bytes(b"PK\x03\x04 acta")
    widget = FilePreview()
    widget.show()
    widget.show_file(doc)
    assert widget.kind == "loading"
    shiboken6.delete(widget)  # the user closes the case file while LibreOffice works
    release.set()
    conversion_pool().waitForDone()
    settle(qtbot)  # the worker's report arrives for a widget that is gone: no «already deleted» error
    assert len(converted) == 1 and converted[0].is_file()  # the PDF is cached for the next time


def test_copy_into_a_folder_that_cannot_be_made_says_where(tmp_path: Path) -> None:
    """A «folder» that is a file (or cannot be created) is refused with the target named, never a traceback."""
    from legal_desk.services.errors import ValidationFailed

    source = tmp_path / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.4 escaneo")
    blocked = tmp_path / "no_es_carpeta"
    blocked.write_text("un archivo")
    with pytest.raises(ValidationFailed, match=r"^No se pudo copiar a .*no_es_carpeta/sub/escaneo\.pdf: "):
        file_actions.copy_file(source, blocked / "sub" / "escaneo.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["escaneo.pdf", "no_es_carpeta"]


def test_a_name_windows_refuses_is_opened_and_saved_under_a_name_it_accepts(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Evidence added on a Mac or Linux keeps its name: «RE: Aviso "final"?.pdf» (an e-mail subject) or a
    scanner's 230-character name. «Abrir» copied it to that very name and «Guardar como» proposed it, which
    Windows refuses (forbidden characters, a path past 260 characters); a Mac's decomposed accents stayed."""
    import unicodedata

    source = tmp_path / "almacen.pdf"
    source.write_bytes(b"%PDF-1.4 aviso")
    opened = file_actions.named_copy(source, 'RE: Aviso "final" <v2>?.pdf')
    assert opened.name == "RE_ Aviso _final_ _v2__.pdf" and opened.read_bytes() == source.read_bytes()
    long_name = "Certificado_de_entrega_472_" + "ñ" * 220 + ".pdf"
    opened = file_actions.named_copy(source, long_name)
    assert len(opened.name) <= 120 and opened.name.endswith("….pdf") and opened.name.startswith("Certificado_de")
    mac = file_actions.named_copy(source, unicodedata.normalize("NFD", "Notificación.pdf"))
    assert mac.name == unicodedata.normalize("NFC", "Notificación.pdf")
    assert file_actions.named_copy(source, "CON.pdf").name == "_CON.pdf"
    suggested: list[str] = []

    def ask(_parent: Any, _title: str, name: str, _filters: str) -> Path:
        suggested.append(name)
        return tmp_path / "copia"

    monkeypatch.setattr(file_actions, "ask_save_path", ask)
    target = file_actions.choose_copy_target(None, "Acta: entrega*.pdf")
    assert suggested == ["Acta_ entrega_.pdf"] and target == tmp_path / "copia.pdf"


def test_the_first_evidence_preview_fills_its_pane_when_the_tab_is_shown(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, spanish: None
) -> None:
    """The evidence chosen while its tab was still hidden (a case just opened) was fitted to a view not laid out
    yet: a 120 px page in a 450 px pane, until another file was chosen."""
    from legal_desk.services.demo import load_demo
    from legal_desk.services.users import actor_for
    from tests.conftest import DEMO_TODAY
    from tests.ui.helpers import make_ctx

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 2, today=DEMO_TODAY)
    view = wait_loaded(qtbot, CaseFileView(make_ctx(sqlite_desk, "admin", tmp_path), 1))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    settle(qtbot)
    view.tabs.setCurrentWidget(view.evidence_tab)
    preview = view.evidence_tab.preview
    qtbot.waitUntil(lambda: preview.kind == "pdf" and bool(preview._page_labels), timeout=20_000)
    settle(qtbot, 2)
    view.grab().save(str(SHOTS / "evidence_first_preview.png"))
    width = preview._pages.viewport().width() - 24
    assert width > 300
    assert preview._page_labels[0].pixmap().width() == width
