"""Evidence as a paralegal adds it: the same file twice, a full or read-only store, a cancelled big copy."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from legal_desk.services import evidence
from legal_desk.services.errors import Cancelled, Conflict, ValidationFailed
from legal_desk.services.users import actor_for
from legal_desk.store import FileStore, StoreError, filestore, human_size
from tests.integration.test_services_core import PDF, handover


def test_same_file_twice_as_same_kind_is_refused_naming_the_first(desk, tmp_path: Path) -> None:
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    f = tmp_path / "pagare.pdf"
    f.write_bytes(PDF)
    first = evidence.add_evidence(desk, para, "OB-2024-0001", f, "title")
    copy = tmp_path / "pagare (1).pdf"  # the same scan downloaded again under another name
    copy.write_bytes(PDF)
    with pytest.raises(Conflict, match=r"pagare \(1\)\.pdf ya está en el expediente: es la prueba «pagare\.pdf»"):
        evidence.add_evidence(desk, para, "OB-2024-0001", copy, "title")
    # one scan holding the pagaré and the poder: the same content as another kind is accepted
    other = evidence.add_evidence(desk, para, "OB-2024-0001", f, "power_of_attorney")
    assert other.sha256 == first.sha256
    # once withdrawn, the file may be added again as the same kind
    evidence.archive_evidence(desk, para, first.evidence_id, "Se adjuntó por error")
    again = evidence.add_evidence(desk, para, "OB-2024-0001", f, "title")
    kinds = sorted(e.kind for e in evidence.list_evidence(desk, para, again.case_id))
    assert kinds == ["power_of_attorney", "title"]


def test_verify_evidence_says_intact_then_altered(desk, tmp_path: Path) -> None:
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    f = tmp_path / "poder.pdf"
    f.write_bytes(PDF)
    info = evidence.add_evidence(desk, para, "OB-2024-0001", f, "power_of_attorney")
    assert evidence.verify_evidence(desk, para, info.evidence_id) == (info, None)
    stored = desk.store.path_for(info.sha256)
    stored.chmod(0o644)
    stored.write_bytes(PDF + b"%alterado")
    _info, problem = evidence.verify_evidence(desk, para, info.evidence_id)
    assert problem is not None and problem.startswith("el contenido cambió")


def test_cancel_during_a_big_copy_keeps_nothing(sqlite_desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    big = tmp_path / "escaneo_grande.pdf"
    big.write_bytes(PDF + b"\0" * (5 * filestore.CHUNK))
    seen: list[int] = []
    with pytest.raises(Cancelled, match=r"escaneo_grande\.pdf no se agregó"):
        evidence.add_evidence(
            desk, para, "OB-2024-0001", big, "title", progress=seen.append, cancelled=lambda: len(seen) >= 2
        )
    assert seen == [filestore.CHUNK, 2 * filestore.CHUNK]  # bytes copied so far, chunk by chunk
    assert [p for p in desk.store.root.rglob("*") if p.is_file()] == []  # no partial copy, no stray temp file
    assert evidence.list_evidence(desk, para, 1) == []


def test_full_disk_is_said_in_spanish_with_folder_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileStore(tmp_path / "store")
    src = tmp_path / "extracto.pdf"
    src.write_bytes(PDF)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filestore.os, "fsync", no_space)
    with pytest.raises(StoreError) as caught:
        store.add_file(src)
    message = str(caught.value)
    assert message == (
        f"No hay espacio en el disco de la carpeta de archivos {store.root}; no se guardó extracto.pdf. Libere espacio"
    )
    assert "[Errno" not in message and "No space" not in message
    assert list(store.root.iterdir()) == []  # the half-written temporary file is gone


def test_read_only_store_is_refused_once_in_spanish(sqlite_desk, tmp_path: Path, monkeypatch) -> None:
    desk = sqlite_desk
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    f = tmp_path / "pagare.pdf"
    f.write_bytes(PDF)

    def read_only(*_a, **_k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(filestore.tempfile, "NamedTemporaryFile", read_only)
    with pytest.raises(ValidationFailed) as caught:
        evidence.add_evidence(desk, para, "OB-2024-0001", f, "title")
    assert str(caught.value) == f"La carpeta de archivos {desk.store.root} está en un disco de solo lectura"


def test_human_size() -> None:
    assert [human_size(n) for n in (298, 2_460, 7_920_432, 150_002_460, 3 * 1024**3)] == [
        "298 B",
        "2 KB",
        "7,6 MB",
        "143,1 MB",
        "3,0 GB",
    ]


def test_receipt_dated_in_the_future_is_refused(desk, tmp_path: Path) -> None:
    import datetime as dt

    from legal_desk.services import notices
    from legal_desk.services.legal import court_now

    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    today = court_now("CO").date()  # Bogotá's day, not the machine's (UTC here)
    n = notices.add_notice(
        desk, para, "OB-2024-0001", channel="mail", sent=today, carrier="4-72", tracking="RA123456789CO"
    )
    proof = tmp_path / "certificado_472.pdf"
    proof.write_bytes(PDF)
    later = today + dt.timedelta(days=30)  # a typo in the year or month of the certificate
    with pytest.raises(ValidationFailed) as caught:
        notices.register_notice_receipt(desk, para, n.notice_id, delivered=later, proof=proof)
    assert (
        str(caught.value)
        == f"La entrega del {later:%d/%m/%Y} está en el futuro; indique la fecha que dice la constancia"
    )
    with pytest.raises(ValidationFailed, match=r"La devolución del .* está en el futuro"):
        notices.register_notice_receipt(
            desk, para, n.notice_id, delivered=None, proof=None, returned=later, return_reason="Dirección errada"
        )
    done = notices.register_notice_receipt(desk, para, n.notice_id, delivered=today, proof=proof)
    assert done.delivered == today and done.proof_sha256 is not None


def test_office_files_and_emails_must_be_what_their_extension_says(desk, tmp_path: Path) -> None:
    """A text file renamed .docx, .msg or .eml is refused by name; real Word, Excel and e-mail files are kept."""
    from docx import Document
    from openpyxl import Workbook

    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    word = tmp_path / "acuerdo.docx"
    doc = Document()
    doc.add_paragraph("Acuerdo de pago")
    doc.save(str(word))
    book = tmp_path / "extracto.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Saldo"
    wb.save(str(book))
    mail = tmp_path / "respuesta.eml"
    mail.write_bytes(
        b"From: deudor@example.com\r\nTo: cobranza@banco.example\r\nSubject: Re: requerimiento\r\n"
        b"Date: Tue, 04 Mar 2025 10:00:00 -0500\r\n\r\nRecibida la carta.\r\n"
    )
    for good in (word, book, mail):
        assert evidence.add_evidence(desk, para, "OB-2024-0001", good, "other").filename == good.name
    for name, message in (
        ("nota.docx", "nota.docx no es un archivo DOCX válido"),
        ("correo.msg", "correo.msg no es un archivo MSG válido"),
        ("texto.eml", "texto.eml no es un correo .eml válido"),
    ):
        fake = tmp_path / name
        fake.write_text("solo unas líneas de texto\nsin formato\n", encoding="utf-8")
        with pytest.raises(ValidationFailed, match=message):
            evidence.add_evidence(desk, para, "OB-2024-0001", fake, "other")


def test_a_password_protected_office_file_is_evidence_and_a_bare_ole_file_is_not(desk, tmp_path: Path) -> None:
    """Banks send password-protected statements: Office stores an encrypted .xlsx/.docx as an OLE2 file
    with EncryptionInfo and EncryptedPackage streams, not a ZIP. It was refused as «not a valid XLSX»;
    it is now stored as it came. An OLE2 file without those streams (a renamed .doc) is still refused."""
    from extract_msg import OleWriter  # test-only: writes a real compound file

    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    protected = tmp_path / "extracto_protegido.xlsx"
    ole = OleWriter()
    ole.addEntry("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\x00" * 64)
    ole.addEntry("EncryptedPackage", (4096).to_bytes(8, "little") + bytes(range(256)) * 16)
    ole.write(str(protected))
    info = evidence.add_evidence(desk, para, "OB-2024-0001", protected, "other")
    assert info.filename == "extracto_protegido.xlsx"
    assert evidence.evidence_path(desk, para, info.evidence_id)[1].read_bytes() == protected.read_bytes()
    renamed = tmp_path / "contrato.docx"
    plain = OleWriter()
    plain.addEntry("WordDocument", b"\x00" * 512)
    plain.write(str(renamed))
    with pytest.raises(ValidationFailed, match=r"contrato\.docx no es un archivo DOCX válido"):
        evidence.add_evidence(desk, para, "OB-2024-0001", renamed, "other")


def test_bulk_writer_stores_once_and_repairs_a_file_a_crash_cut_short(tmp_path: Path) -> None:
    """The demo writes a few hundred thousand small PDFs through one writer (one disk flush at the end)."""
    store = FileStore(tmp_path / "store")
    writer = store.bulk_writer()
    first = writer.add(b"%PDF-1.4 uno", "uno.pdf")
    again = writer.add(b"%PDF-1.4 uno", "otra.pdf")
    assert first.sha256 == again.sha256 and first.media_type == "application/pdf" and first.size == 12
    assert store.read_bytes(first.sha256) == b"%PDF-1.4 uno"
    # a file left short under its hash by a crash is replaced, a whole one is kept
    short = filestore.hashlib.sha256(b"%PDF-1.4 dos").hexdigest()
    target = store.path_for(short)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"%PDF")
    fresh = store.bulk_writer()
    fresh.add(b"%PDF-1.4 dos", "dos.pdf")
    fresh.add(b"%PDF-1.4 uno", "uno.pdf")
    fresh.flush()
    assert store.read_bytes(short) == b"%PDF-1.4 dos" and store.verify(first.sha256) is None
    assert sorted(p.name for p in target.parent.iterdir()) == [short[2:]]  # no temporary file left behind
