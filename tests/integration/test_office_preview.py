"""Word/Excel/OpenDocument evidence previewed as a PDF made by real LibreOffice, cached by SHA-256."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from legal_desk.documents import office_preview, pdf
from legal_desk.documents.errors import Cancelled
from legal_desk.documents.office_preview import SPREADSHEET_PAGES, OfficePreviewError, office_pdf, prune_cache
from legal_desk.documents.pdf import converter_available
from legal_desk.store import FileStore

needs_soffice = pytest.mark.skipif(not converter_available(), reason="LibreOffice (soffice) no está instalado en PATH")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def make_docx(path: Path, text: str) -> Path:
    doc = Document()
    doc.add_heading("Acuerdo de pago", level=1)
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


def make_xlsx(path: Path, rows: int = 1) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Abonos"
    sheet.append(["Fecha", "Obligación", "Valor abonado"])
    for i in range(rows):
        sheet.append(["2025-03-21", f"PG-{77 + i}", 1250000 + i])
    book.save(str(path))
    return path


@pytest.fixture
def store(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "store")


@pytest.mark.libreoffice
@needs_soffice
def test_word_excel_and_odt_become_pdfs_without_touching_the_stored_file(tmp_path: Path, store: FileStore) -> None:
    cache = tmp_path / "cache"
    docx = store.add_file(make_docx(tmp_path / "acuerdo.docx", "El deudor pagará $1.250.000 el 21 de marzo."))
    xlsx = store.add_file(make_xlsx(tmp_path / "abonos.xlsx", rows=1500))  # ~30 pages printed
    before = {s.sha256: (s.path.read_bytes(), s.path.stat().st_mode, s.path.stat().st_mtime_ns) for s in (docx, xlsx)}

    word = office_pdf(docx.path, "acuerdo.docx", docx.sha256, cache_dir=cache)
    assert word == cache / f"{docx.sha256}.pdf"
    assert "Acuerdo de pago El deudor pagará $1.250.000 el 21 de marzo." in pdf_text(word)
    sheet = office_pdf(xlsx.path, "abonos.xlsx", cache_dir=cache)  # no hash given: computed from the file
    assert sheet == cache / f"{xlsx.sha256}.pdf"
    assert "Obligación" in pdf_text(sheet) and "PG-77" in pdf_text(sheet) and "1250000" in pdf_text(sheet)
    assert len(PdfReader(sheet).pages) == SPREADSHEET_PAGES  # the first pages only: seconds, not a minute
    for s in (docx, xlsx):
        assert (s.path.read_bytes(), s.path.stat().st_mode, s.path.stat().st_mtime_ns) == before[s.sha256]
        assert store.verify(s.sha256) is None
    assert sorted(p.name for p in store.root.rglob("*") if p.is_file()) == sorted(
        s.sha256[2:] for s in (docx, xlsx)
    )  # nothing written beside the evidence

    odt = tmp_path / "odt"  # an OpenDocument text, as LibreOffice itself saves it
    subprocess.run(
        [
            str(pdf.find_soffice()),
            f"-env:UserInstallation={pdf._profile().as_uri()}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(odt),
            str(tmp_path / "acuerdo.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    odt_file = store.add_file(odt / "acuerdo.odt")
    assert "El deudor pagará" in pdf_text(office_pdf(odt_file.path, "acuerdo.odt", odt_file.sha256, cache_dir=cache))


@pytest.mark.libreoffice
@needs_soffice
def test_second_preview_comes_from_the_cache(tmp_path: Path, store: FileStore, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    docx = store.add_file(make_docx(tmp_path / "poder.docx", "Poder especial amplio y suficiente."))
    first = office_pdf(docx.path, "poder.docx", docx.sha256, cache_dir=cache)
    made = first.read_bytes()

    def no_libreoffice(*_a: object, **_k: object) -> Path:
        raise AssertionError("LibreOffice ran again for a file already converted")

    monkeypatch.setattr(office_preview, "convert_one", no_libreoffice)
    again = office_pdf(docx.path, "poder_copia.docx", docx.sha256, cache_dir=cache)  # same content, another name
    assert again == first and again.read_bytes() == made
    assert list(cache.iterdir()) == [first]  # no staging leftovers


@pytest.mark.libreoffice
@needs_soffice
def test_a_damaged_docx_says_libreoffice_could_not_convert_it(tmp_path: Path, store: FileStore) -> None:
    bad = tmp_path / "danado.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    stored = store.add_file(bad)
    with pytest.raises(OfficePreviewError) as exc:
        office_pdf(stored.path, "danado.docx", stored.sha256, cache_dir=tmp_path / "cache")
    assert exc.value.code == "failed"
    assert str(exc.value).startswith("LibreOffice no pudo convertir el archivo (puede estar dañado o protegido")
    assert not list((tmp_path / "cache").glob("*.pdf"))


def test_without_libreoffice_or_calc_the_reason_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = make_xlsx(tmp_path / "abonos.xlsx")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("LEGAL_DESK_SOFFICE", raising=False)
    with pytest.raises(OfficePreviewError) as exc:
        office_pdf(sheet, "abonos.xlsx", cache_dir=tmp_path / "cache")
    assert exc.value.code == "no_office"
    assert str(exc.value).startswith("LibreOffice no está instalado en este equipo")

    program = tmp_path / "lo" / "program"  # a Writer-only install: Writer's library, no Calc
    program.mkdir(parents=True)
    (program / "libswlo.so").write_bytes(b"")
    soffice = program / "soffice"
    soffice.write_text("#!/bin/sh\nexit 1\n")
    soffice.chmod(0o755)
    monkeypatch.setenv("LEGAL_DESK_SOFFICE", str(soffice))
    with pytest.raises(OfficePreviewError) as exc:
        office_pdf(sheet, "abonos.xlsx", cache_dir=tmp_path / "cache")
    assert exc.value.code == "no_calc"
    assert "libreoffice-calc" in str(exc.value)
    (program / "libsclo.so").write_bytes(b"")
    assert pdf.calc_available()


def test_a_preview_cancelled_while_waiting_for_libreoffice_does_not_start_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = make_docx(tmp_path / "poder.docx", "Poder.")
    started: list[list[Path]] = []
    monkeypatch.setattr(pdf, "find_soffice", lambda: Path("/usr/bin/soffice"))
    monkeypatch.setattr(office_preview, "find_soffice", lambda: Path("/usr/bin/soffice"))
    monkeypatch.setattr(pdf, "_run_chunk", lambda _s, chunk, *_a: started.append(chunk) or "")
    user_moved_on = threading.Event()
    outcome: list[BaseException | Path] = []

    def preview() -> None:
        try:
            outcome.append(office_pdf(docx, "poder.docx", cache_dir=tmp_path / "cache", cancelled=user_moved_on.is_set))
        except BaseException as exc:
            outcome.append(exc)

    with pdf._lock:  # another conversion (a batch of documents) holds LibreOffice
        worker = threading.Thread(target=preview)
        worker.start()
        worker.join(0.3)
        assert worker.is_alive()  # waiting for LibreOffice
        user_moved_on.set()
    worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert started == [] and not list((tmp_path / "cache").glob("*.pdf"))


def test_cache_keeps_the_most_recently_used_previews(tmp_path: Path) -> None:
    import os

    for i, name in enumerate(("a", "b", "c", "d")):
        p = tmp_path / f"{name}.pdf"
        p.write_bytes(b"%PDF" + b"x" * 996)
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
    os.utime(tmp_path / "a.pdf")  # shown just now
    prune_cache(tmp_path, limit=2_500, keep=tmp_path / "b.pdf")
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["a.pdf", "b.pdf"]
